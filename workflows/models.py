"""The history of every state change, with the decisions and commendations recorded on the way."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import Initiative, Unit, User
from registry.models.base import utcnow

#: The longest comment a user may write on a step of the workflow: a transition, a decision, a score sheet.
MAX_COMMENT = 5000


class TransitionLog(db.Model):
    """One row per transition: who fired which trigger, from which state to which, and why."""

    __tablename__ = "transition_log"
    __table_args__ = (Index("ix_transition_log_initiative_id_id", "initiative_id", "id"),)
    #: a state change, not a HistoryNote (the history page shows both)
    is_note = False

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    trigger: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    #: the decision behind recognize / reject / select_exemplary / revoke (e.g. "123-QĐ/BDVTU")
    decision_number: Mapped[str | None] = mapped_column(String(64))
    decision_date: Mapped[date | None] = mapped_column(Date)
    decision_issuer: Mapped[str | None] = mapped_column(String(255))
    #: the decision record (paperwork.models.Decision) this step belongs to; the text above stays as stored
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: set on history written by an Excel import of past campaigns: the import batch (onboarding) it came in
    import_batch_id: Mapped[int | None] = mapped_column(Integer, index=True)

    initiative: Mapped[Initiative] = relationship()
    actor: Mapped[User | None] = relationship(lazy="joined")


class CommendationForm(db.Model):
    """A form of commendation (Biểu dương, Giấy khen, Bằng khen …), configurable by staff."""

    __tablename__ = "commendation_form"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    #: the issuer proposed when staff record this form
    default_issuer: Mapped[str] = mapped_column(String(255), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: the unit whose staff change it (None: the top of the tree); see registry.policy.can_change_setting
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))

    owner_unit: Mapped[Unit | None] = relationship()


class Commendation(db.Model):
    """A commendation recorded for an exemplary initiative, to the collective or to a person."""

    __tablename__ = "commendation"

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    form_id: Mapped[int] = mapped_column(ForeignKey("commendation_form.id"), index=True)
    issuer: Mapped[str] = mapped_column(String(255))
    decision_number: Mapped[str] = mapped_column(String(64))
    decision_date: Mapped[date] = mapped_column(Date)
    #: "collective" or "individual"
    recipient_kind: Mapped[str] = mapped_column(String(16), default="collective")
    recipient_name: Mapped[str] = mapped_column(String(255), default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    #: the decision record (paperwork.models.Decision) that gave it
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id"), index=True)
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    initiative: Mapped[Initiative] = relationship()
    form: Mapped[CommendationForm] = relationship(lazy="joined")


#: The kind of history note a correction of a decision's number or date writes.
NOTE_DECISION_CORRECTION = "decision_correction"


class HistoryNote(db.Model):
    """An entry of an initiative's history that changes no state: what was changed, from what, to what, why.

    The transition log stays the one record of states (the integrity check reads only it); a note sits
    beside it on the history page, in the order of time.
    """

    __tablename__ = "history_note"
    #: the history page tells the notes from the transitions by this
    is_note = True

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    #: NOTE_DECISION_CORRECTION (the only kind so far)
    kind: Mapped[str] = mapped_column(String(32))
    #: the value before and after, as printed: "1-QĐ/BTGDVTU, 02/12/2026"
    old_value: Mapped[str] = mapped_column(String(255))
    new_value: Mapped[str] = mapped_column(String(255))
    reason: Mapped[str] = mapped_column(Text, default="")
    #: the decision record (paperwork.models.Decision) the note is about
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("decision.id", ondelete="SET NULL"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    actor: Mapped[User | None] = relationship(lazy="joined")
