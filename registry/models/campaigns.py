"""Fields of work and yearly campaigns."""

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models.base import utcnow
from registry.models.units import Unit


class Field(db.Model):
    """A field of work (lĩnh vực), configurable by staff."""

    __tablename__ = "field"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: the unit whose staff change it (None: the top of the tree); see registry.policy.can_change_setting
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))

    owner_unit: Mapped[Unit | None] = relationship()


#: How a campaign's councils decide (Campaign.evaluation_mode): weighted score sheets, or a vote of the members
#: present at a session (biểu quyết).
EVALUATION_SCORING = "scoring"
EVALUATION_DELIBERATION = "deliberation"
EVALUATION_MODES = (EVALUATION_SCORING, EVALUATION_DELIBERATION)


class Campaign(db.Model):
    """One year's round of registration and recognition (đợt), with its deadlines."""

    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    year: Mapped[int] = mapped_column(Integer, unique=True)
    #: the multi-year phase, e.g. "2021–2025"
    phase: Mapped[str] = mapped_column(String(32), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    registration_deadline: Mapped[date | None] = mapped_column(Date)
    evaluation_deadline: Mapped[date | None] = mapped_column(Date)
    is_open: Mapped[bool] = mapped_column(Boolean, default=True)
    #: quorum of submitted sheets, as a fraction of the assigned members without a conflict
    quorum_numerator: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    quorum_denominator: Mapped[int] = mapped_column(Integer, default=3, server_default="3")
    #: recognition needs this average total and more than half of the sheets recommending it
    recognition_min_average: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(50),
                                                             server_default="50")
    #: selection as exemplary needs this average total
    exemplary_min_average: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(80),
                                                           server_default="80")
    #: EVALUATION_SCORING or EVALUATION_DELIBERATION
    evaluation_mode: Mapped[str] = mapped_column(String(16), default=EVALUATION_SCORING,
                                                 server_default=EVALUATION_SCORING)
    #: by deliberation, recognition needs this share of the voting members present: more than
    #: numerator/denominator when `vote_share_strict`, at least that share otherwise (default: more than half)
    vote_share_numerator: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    vote_share_denominator: Mapped[int] = mapped_column(Integer, default=2, server_default="2")
    vote_share_strict: Mapped[bool] = mapped_column(Boolean, default=True, server_default="1")
    #: the unit whose staff change it, its rubric and decision rules (None: the top of the tree)
    owner_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    owner_unit: Mapped[Unit | None] = relationship()
