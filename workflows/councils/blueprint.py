"""The councils blueprint and what its pages share: the staff-only guard, a council loader, the confirm page."""

from flask import Blueprint, abort, current_app, render_template, request, url_for
from flask_login import current_user

from registry.extensions import db
from registry.models.users import ROLE_ADMIN, ROLE_STAFF
from registry.policy import can_manage_unit
from web.guards import role_required
from workflows.councils.forms import SEAT_LABELS
from workflows.councils.models import Council

bp = Blueprint("councils", __name__, url_prefix="/councils")

#: Every council page is for steering-board staff and administrators.
staff_only = role_required(ROLE_STAFF, ROLE_ADMIN)


@bp.context_processor
def _council_helpers() -> dict:
    """Give the council templates the seat labels, a link builder for pages, and initiative links."""

    def page_url(number: int) -> str:
        args = {key: value for key, value in request.args.items() if key != "page"}
        return url_for(request.endpoint, **(request.view_args or {}), **args, page=number)

    def initiative_url(initiative) -> str | None:
        # The initiative pages belong to another blueprint: link only when it is mounted.
        if "initiatives.detail" not in current_app.view_functions:
            return None
        return url_for("initiatives.detail", initiative_id=initiative.id)

    return {"SEAT_LABELS": SEAT_LABELS, "page_url": page_url, "initiative_url": initiative_url}


def get_council_or_404(council_id: int) -> Council:
    """Load a council the current user manages.

    :raise 404: when it does not exist or lies outside the user's subtree (no existence leak).
    """
    council = db.session.get(Council, council_id)
    if council is None or not can_manage_unit(current_user, council.unit):
        abort(404)
    return council


def confirm_page(title: str, message: str, button: str, back_url: str):
    """Render the page asking to confirm a destructive POST to the current URL."""
    return render_template("councils/confirm.html", title=title, message=message, button=button,
                           back_url=back_url)
