"""The history of an initiative: its transitions as the transition log recorded them."""

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative
from workflows.models import TransitionLog


def initiative_history(initiative: Initiative, decisions_only: bool = False) -> list[TransitionLog]:
    """Return the initiative's transitions, oldest first (only those that recorded a decision, if asked)."""
    query = select(TransitionLog).where(TransitionLog.initiative_id == initiative.id)
    if decisions_only:
        query = query.where(TransitionLog.decision_number.is_not(None))
    return list(db.session.scalars(query.order_by(TransitionLog.created_at, TransitionLog.id)))
