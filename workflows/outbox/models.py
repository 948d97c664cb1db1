"""The outbox table: one row per mail to one person, written in the transaction of the change behind it."""

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import Initiative, User
from registry.models.base import utcnow

#: pending: waiting for the worker (maybe after a failed attempt); held: waiting for the recipient's
#: daily digest; digested: sent inside a digest; sent; failed: given up (staff may resend it).
MAIL_STATUSES = ("pending", "held", "sent", "failed", "digested")

#: The preference stored on User.mail_mode.
MAIL_MODES = ("immediate", "daily_digest")


class OutboxMail(db.Model):
    """A rendered mail to one recipient, with its delivery state."""

    __tablename__ = "outbox_mail"
    __table_args__ = (Index("ix_outbox_mail_status_next_attempt_at", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: "<outbox-…@host>": the same on every attempt, so a retry is recognisably the same message
    message_id: Mapped[str] = mapped_column(String(255), unique=True)
    #: one of recipients.EVENTS
    event: Mapped[str] = mapped_column(String(32), index=True)
    initiative_id: Mapped[int | None] = mapped_column(ForeignKey("initiative.id", ondelete="SET NULL"), index=True)
    recipient_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"), index=True)
    to_address: Mapped[str] = mapped_column(String(255))
    to_name: Mapped[str] = mapped_column(String(255), default="")
    locale: Mapped[str] = mapped_column(String(8), default="vi")
    subject: Mapped[str] = mapped_column(String(500))
    body_text: Mapped[str] = mapped_column(Text)
    body_html: Mapped[str] = mapped_column(Text)
    #: one of MAIL_STATUSES
    status: Mapped[str] = mapped_column(String(16), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    #: a pending row is not tried before this time (exponential back-off after a failure)
    next_attempt_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_error: Mapped[str] = mapped_column(Text, default="")
    #: makes "once per day" mails (reminders, digests, quorum notices) unique even under concurrent runs
    dedupe_key: Mapped[str | None] = mapped_column(String(255), unique=True)
    #: the digest mail that carried this held row
    digest_id: Mapped[int | None] = mapped_column(ForeignKey("outbox_mail.id", ondelete="SET NULL"))
    #: the .eml written in file mode, relative to MAIL_FILE_DIR
    file_name: Mapped[str] = mapped_column(String(255), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    initiative: Mapped[Initiative | None] = relationship()
    recipient: Mapped[User | None] = relationship()
