"""Admin pages for issuers: list, create, edit (the same way the catalog admin pages work)."""

from flask import abort, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from paperwork.blueprint import bp
from paperwork.forms import KIND_CHOICES, IssuerForm
from paperwork.issuers import add_issuer, list_issuers, update_issuer
from paperwork.models import Issuer
from registry.admin.blueprint import load
from registry.pagination import int_arg
from registry.policy import can_change_setting, default_owner_unit
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import require_setting_right, role_required
from web.transaction import commit_then_redirect


def _to_issuers(_saved) -> str:
    return url_for("paperwork.issuers")


@bp.get("/admin/issuers")
@role_required(ROLE_STAFF, ROLE_ADMIN)
def issuers():
    """List the issuers, the ones still valid first."""
    page = list_issuers(int_arg(request.args, "page", 1, minimum=1))
    return render_template("paperwork/issuers.html", page=page, kind_labels=dict(KIND_CHOICES),
                           may_change=lambda issuer: can_change_setting(current_user, issuer.owner_unit))


@bp.route("/admin/issuers/new", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def issuer_new():
    """Create an issuer (a renamed body is a new issuer: the old one keeps its name and its decisions)."""
    form = IssuerForm()
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: add_issuer(form.values(), default_owner_unit(current_user)), form,
            lambda issuer: _("The issuer “%(name)s” has been created.", name=issuer.name), _to_issuers)):
        return done
    return render_template("paperwork/issuer_form.html", form=form, issuer=None)


@bp.route("/admin/issuers/<int:issuer_id>/edit", methods=["GET", "POST"])
@role_required(ROLE_STAFF, ROLE_ADMIN)
def issuer_edit(issuer_id: int):
    """Change an issuer; once it has signed decisions, what they print stays (a rename is a new issuer)."""
    issuer = load(Issuer, issuer_id)
    if issuer is None:
        abort(404)
    require_setting_right(current_user, issuer.owner_unit)
    form = IssuerForm(obj=issuer)
    if form.validate_on_submit() and (done := commit_then_redirect(
            lambda: update_issuer(issuer, form.values()), form,
            lambda _saved: _("The issuer “%(name)s” has been saved.", name=issuer.name), _to_issuers)):
        return done
    return render_template("paperwork/issuer_form.html", form=form, issuer=issuer)
