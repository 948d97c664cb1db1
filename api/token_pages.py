"""The profile page where users create and revoke their API tokens (signed in with the session)."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required
from flask_wtf import FlaskForm
from wtforms import SelectChoice, SelectField, StringField
from wtforms.validators import DataRequired, Length

from api import tokens
from api.models import ApiToken
from registry.extensions import db
from registry.formfields import strip_text
from web.transaction import commit_or_refuse

bp = Blueprint("api_tokens", __name__, url_prefix="/account/tokens")


class TokenForm(FlaskForm):
    """Name and lifetime of a new token."""

    name = StringField(_l("What is it for?"), filters=[strip_text],
                       validators=[DataRequired(_l("Please say what the token is for.")),
                                   Length(max=100, message=_l("At most %(max)d characters."))],
                       render_kw={"placeholder": _l("for example: provincial portal")})
    days = SelectField(_l("Valid for"), coerce=int, default=30,
                       choices=[SelectChoice(days, _l("%(num)d days", num=days)) for days in tokens.LIFETIME_CHOICES],
                       invalid_choice_message=_l("Choose one of the options."),
                       invalid_value_message=_l("Choose one of the options."))


def _own_token_or_404(token_id: int) -> ApiToken:
    """Load one of the signed-in user's tokens.

    :raise 404: when it is not theirs.
    """
    token = db.session.get(ApiToken, token_id)
    if token is None or token.user_id != current_user.id:
        abort(404)
    return token


@bp.route("/", methods=["GET", "POST"])
@login_required
def index():
    """List the user's tokens and create a new one, whose secret is shown this once."""
    form = TokenForm()
    secret = None
    if form.validate_on_submit():
        saved, issued = commit_or_refuse(lambda: tokens.issue_token(current_user, form.name.data, form.days.data))
        if saved:
            secret = issued[0]
            form = TokenForm(formdata=None)
    elif form.errors:
        flash(_("Please correct the marked fields."), "danger")
    return render_template("api/tokens.html", form=form, secret=secret, tokens=tokens.tokens_of(current_user),
                           is_live=tokens.is_live)


@bp.route("/<int:token_id>/revoke", methods=["GET", "POST"])
@login_required
def revoke(token_id: int):
    """Ask to confirm (GET), then revoke one of the user's tokens (POST)."""
    token = _own_token_or_404(token_id)
    if not tokens.is_live(token):
        flash(_("This token can no longer be used."), "info")
        return redirect(url_for(".index"))
    if FlaskForm().validate_on_submit():
        commit_or_refuse(lambda: tokens.revoke(token))
        flash(_("The token “%(name)s” has been revoked: it no longer works.", name=token.name), "success")
        return redirect(url_for(".index"))
    return render_template("api/revoke_token.html", token=token)


def init_app(app) -> None:
    """Register the token pages."""
    app.register_blueprint(bp)
