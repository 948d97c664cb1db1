"""The history of every state change."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import Initiative, User
from registry.models.base import utcnow


class TransitionLog(db.Model):
    """One row per transition: who fired which trigger, from which state to which, and why."""

    __tablename__ = "transition_log"
    __table_args__ = (Index("ix_transition_log_initiative_id_id", "initiative_id", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"))
    trigger: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(32))
    to_status: Mapped[str] = mapped_column(String(32))
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    initiative: Mapped[Initiative] = relationship()
    actor: Mapped[User | None] = relationship(lazy="joined")
