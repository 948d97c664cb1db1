"""Deadline extensions: staff move a campaign's registration or evaluation deadline, for all or a subtree."""

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models.base import utcnow
from registry.models.campaigns import Campaign
from registry.models.units import Unit
from registry.models.users import User

#: The deadlines a campaign has, and an extension moves.
DEADLINE_REGISTRATION = "registration"
DEADLINE_EVALUATION = "evaluation"
DEADLINE_KINDS = (DEADLINE_REGISTRATION, DEADLINE_EVALUATION)


class DeadlineExtension(db.Model):
    """One extension of a campaign's deadline, kept for ever as the campaign's history of extensions."""

    __tablename__ = "deadline_extension"
    __table_args__ = (Index("ix_deadline_extension_campaign_kind", "campaign_id", "kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"))
    #: one of DEADLINE_KINDS
    kind: Mapped[str] = mapped_column(String(16))
    #: the subtree it covers; None: the whole campaign
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    new_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    campaign: Mapped[Campaign] = relationship()
    unit: Mapped[Unit | None] = relationship(lazy="joined")
    created_by: Mapped[User | None] = relationship(lazy="joined")
