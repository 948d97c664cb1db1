"""The history of an initiative: its transitions as the transition log recorded them, and the notes beside them."""

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative
from workflows.models import HistoryNote, TransitionLog


def initiative_history(initiative: Initiative, decisions_only: bool = False) -> list[TransitionLog]:
    """Return the initiative's transitions, oldest first (only those that recorded a decision, if asked)."""
    query = select(TransitionLog).where(TransitionLog.initiative_id == initiative.id)
    if decisions_only:
        query = query.where(TransitionLog.decision_number.is_not(None))
    return list(db.session.scalars(query.order_by(TransitionLog.created_at, TransitionLog.id)))


def history_notes(initiative: Initiative) -> list[HistoryNote]:
    """Return the notes of the initiative's history (changes that moved no state), oldest first."""
    return list(db.session.scalars(select(HistoryNote).where(HistoryNote.initiative_id == initiative.id)
                                   .order_by(HistoryNote.created_at, HistoryNote.id)))


def history_timeline(initiative: Initiative, transitions: list[TransitionLog]) -> list[TransitionLog | HistoryNote]:
    """Return the transitions and the notes together in the order of time (a note after a transition of its time)."""
    entries: list[TransitionLog | HistoryNote] = [*transitions, *history_notes(initiative)]
    return sorted(entries, key=lambda entry: (entry.created_at, entry.is_note, entry.id))


def add_note(initiative_id: int, kind: str, old_value: str, new_value: str, reason: str, actor_id: int | None,
             decision_id: int | None = None) -> HistoryNote:
    """Write a note to an initiative's history (no state changes; the caller flushes)."""
    note = HistoryNote(initiative_id=initiative_id, kind=kind, old_value=old_value[:255], new_value=new_value[:255],
                       reason=reason, actor_id=actor_id, decision_id=decision_id)
    db.session.add(note)
    return note
