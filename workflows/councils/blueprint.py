"""The councils blueprint and what its pages share: the staff-only guard, the loaders, remove-after-confirmation."""

from collections.abc import Callable

from flask import Blueprint, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from registry.extensions import db
from registry.policy import can_manage_unit
from registry.roles import ROLE_ADMIN, ROLE_STAFF
from web.guards import role_required
from web.transaction import commit_or_refuse
from workflows.councils.forms import SEAT_LABELS
from workflows.councils.models import Council

bp = Blueprint("councils", __name__, url_prefix="/councils")

#: Every council page is for steering-board staff and administrators.
staff_only = role_required(ROLE_STAFF, ROLE_ADMIN)


@bp.context_processor
def _council_helpers() -> dict:
    """Give the council templates the seat labels and initiative links."""

    def initiative_url(initiative) -> str | None:
        # The initiative pages belong to another blueprint: link only when it is mounted.
        if "initiatives.detail" not in current_app.view_functions:
            return None
        return url_for("initiatives.detail", initiative_id=initiative.id)

    return {"SEAT_LABELS": SEAT_LABELS, "initiative_url": initiative_url}


def get_council_or_404(council_id: int) -> Council:
    """Load a council the current user manages.

    :raise 404: when it does not exist or lies outside the user's subtree (no existence leak).
    """
    council = db.session.get(Council, council_id)
    if council is None or not can_manage_unit(current_user, council.unit):
        abort(404)
    return council


def get_council_part_or_404(council_id: int, model, part_id: int):
    """Load a council the current user manages and one of its seats or assignments (a `model` row).

    :raise 404: when either does not exist or the row belongs to another council.
    """
    council = get_council_or_404(council_id)
    part = db.session.get(model, part_id)
    if part is None or part.council_id != council.id:
        abort(404)
    return council, part


def remove_after_confirmation(council: Council, title: str, question: str, remove: Callable[[], object],
                              done: str):
    """Ask `question` (GET), then run `remove` and say `done` (POST); either way the council page is next."""
    back = url_for(".detail", council_id=council.id)
    if request.method == "GET":
        return render_template("councils/confirm.html", title=title, message=question,
                               button=_("Remove from the council"), back_url=back)
    if commit_or_refuse(remove)[0]:
        flash(done, "success")
    return redirect(back)
