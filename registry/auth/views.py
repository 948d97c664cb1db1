"""Sign-in views."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy.orm import joinedload

from registry.auth.forms import ChangePasswordForm, LoginForm
from registry.extensions import db, login_manager
from registry.models import User
from registry.models.base import utcnow
from registry.models.users import user_by_email
from registry.pagination import MAX_DB_ID
from registry.urls import safe_next_url

bp = Blueprint("auth", __name__)


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    """Load the signed-in user from the session; a deactivated account is signed out at once."""
    if not user_id.isdigit() or int(user_id) > MAX_DB_ID:
        return None
    # The role assignments (and their units) come in the same query: every page asks for them, and a
    # second round trip per request cost about a millisecond on the dashboard.
    user = db.session.get(User, int(user_id), options=[joinedload(User.roles)])
    return user if user is not None and user.is_active else None


@bp.route("/login", methods=["GET", "POST"])
def login():
    """Show the sign-in form and sign the user in."""
    if current_user.is_authenticated:
        return redirect(url_for("main.home"))
    form = LoginForm()
    if form.validate_on_submit():
        user = user_by_email(form.email.data)
        if user is None or not user.check_password(form.password.data):
            flash(_("Wrong e-mail or password."), "danger")
        elif not user.is_active:
            flash(_("This account has been deactivated. Please contact the administrator."), "danger")
        else:
            login_user(user, remember=form.remember.data)
            user.last_login_at = utcnow()
            db.session.commit()
            return redirect(safe_next_url(request.args.get("next")) or url_for("main.home"))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    """Sign the user out."""
    logout_user()
    flash(_("You have signed out."), "info")
    return redirect(url_for("auth.login"))


@bp.route("/account/password", methods=["GET", "POST"])
@login_required
def change_password():
    """Let the signed-in user change their password."""
    form = ChangePasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current_password.data):
            form.current_password.errors.append(_("The current password is wrong."))
        else:
            current_user.set_password(form.new_password.data)
            db.session.commit()
            flash(_("Your password has been changed."), "success")
            return redirect(url_for("main.home"))
    return render_template("auth/change_password.html", form=form)


def init_app(app) -> None:
    """Register the blueprint and tell Flask-Login where the sign-in page is."""
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please sign in to see this page.")
    login_manager.login_message_category = "info"
    app.register_blueprint(bp)
