"""The sessions blueprint and what its pages share: loading a council or a session the user may reach."""

from flask import Blueprint, abort
from flask_login import current_user

from registry.extensions import db
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_STAFF
from web.guards import role_required
from workflows.councils.forms import SEAT_LABELS
from workflows.councils.models import Council
from workflows.sessions.forms import VOTE_LABELS
from workflows.sessions.models import CouncilSession
from workflows.sessions.service import may_prepare, voter_seat
from workflows.transitions import share_text

bp = Blueprint("sessions", __name__, url_prefix="/councils")

#: Session pages are for the councils' members and the staff (and administrators) who set councils up; each page
#: then checks the seat or the scope.
session_people = role_required(ROLE_COUNCIL, ROLE_STAFF, ROLE_ADMIN)


@bp.context_processor
def _session_helpers() -> dict:
    """Give the session templates the seat and vote labels."""
    return {"SEAT_LABELS": SEAT_LABELS, "VOTE_LABELS": VOTE_LABELS}


def _vote_helpers() -> dict:
    """Give every template the share a deliberation needs, in words (the decision page shows it)."""
    return {"vote_share_text": share_text}


bp.app_context_processor(_vote_helpers)


def get_council_for_sessions_or_404(council_id: int) -> Council:
    """Load a council whose sessions the current user prepares (staff over it, its chair or secretary).

    :raise 404: otherwise (no existence leak).
    """
    council = db.session.get(Council, council_id)
    if council is None or not may_prepare(current_user, council):
        abort(404)
    return council


def get_session_or_404(session_id: int, prepare: bool = False) -> CouncilSession:
    """Load a session the current user prepares or sits at; with `prepare`, only one they prepare.

    :raise 404: when it does not exist or the user has no seat on its council and does not prepare it.
    :raise 403: with `prepare`, for a member who sits on the council but does not prepare its sessions.
    """
    session = db.session.get(CouncilSession, session_id)
    if session is None:
        abort(404)
    preparer = may_prepare(current_user, session.council)
    if not preparer and voter_seat(current_user, session) is None:
        abort(404)
    if prepare and not preparer:
        abort(403)
    return session
