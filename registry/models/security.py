"""Security records: failed sign-in attempts (the throttle's counts) and the audit trail."""

from datetime import datetime

from sqlalchemy import DateTime, Float, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models.base import utcnow
from registry.models.users import User


class SignInFailure(db.Model):
    """One failed attempt counted against one key (an account's e-mail or a client address).

    Rows are only ever inserted (never updated), so concurrent instances cannot lose a count.
    """

    __tablename__ = "sign_in_failure"
    __table_args__ = (Index("ix_sign_in_failure_key_at", "key", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "account:<e-mail>", "address:<ip>", or the same with a "reset-" prefix for the forgotten-password form
    key: Mapped[str] = mapped_column(String(300))
    #: seconds since the epoch (plain numbers compare the same way in SQLite and PostgreSQL)
    at: Mapped[float] = mapped_column(Float, index=True)


class AuditEvent(db.Model):
    """One security event: who did what to whom, from where."""

    __tablename__ = "audit_event"
    __table_args__ = (Index("ix_audit_event_kind_created_at", "kind", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    #: who acted (None: someone not signed in, or the command line)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"), index=True)
    #: whose account the event concerns
    target_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"), index=True)
    #: one of registry.audit.KINDS
    kind: Mapped[str] = mapped_column(String(40))
    client_address: Mapped[str] = mapped_column(String(64), default="")
    #: free text: the e-mail typed, the role and unit granted, the token's name…
    details: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[str] = mapped_column(String(64), default="")

    actor: Mapped[User | None] = relationship(foreign_keys=[actor_id])
    target: Mapped[User | None] = relationship(foreign_keys=[target_id])
