"""Where an initiative's deliberation stands: its latest session, who was there, and the votes of its round."""

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative
from workflows.sessions.models import CouncilSession, SessionAgendaItem, SessionAttendance, SessionVote


def deciding_session(initiative: Initiative) -> CouncilSession | None:
    """Return the latest session whose agenda holds the initiative (the one whose votes decide), if any."""
    return db.session.scalar(
        select(CouncilSession).join(SessionAgendaItem, SessionAgendaItem.session_id == CouncilSession.id)
        .where(SessionAgendaItem.initiative_id == initiative.id)
        .order_by(CouncilSession.held_on.desc(), CouncilSession.id.desc()).limit(1))


def present_member_ids(session_id: int) -> set[int]:
    """Return the seats marked present at the session."""
    return set(db.session.scalars(select(SessionAttendance.member_id).where(
        SessionAttendance.session_id == session_id, SessionAttendance.present)))


def round_votes(session_id: int, initiative: Initiative) -> list[SessionVote]:
    """Return the votes cast at the session on the initiative in its current evaluation round."""
    return list(db.session.scalars(select(SessionVote).where(
        SessionVote.session_id == session_id, SessionVote.initiative_id == initiative.id,
        SessionVote.round == initiative.evaluation_round)))
