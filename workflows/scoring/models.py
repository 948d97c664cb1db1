"""Tables of the rubric and the score sheets."""

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DateTime, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import Initiative
from registry.models.base import utcnow
from workflows.councils.models import CouncilMember

#: What a member may recommend on a sheet. The words are the sheet's own (stored), though they resemble
#: the triggers and a state the chair then decides on.
RECOMMEND_RECOGNITION = "recognize"
RECOMMEND_REJECTION = "reject"
RECOMMEND_EXEMPLARY = "exemplary"
RECOMMENDATIONS = (RECOMMEND_RECOGNITION, RECOMMEND_REJECTION, RECOMMEND_EXEMPLARY)
#: A score sheet's own statuses (not the initiative's).
SHEET_DRAFT = "draft"
SHEET_SUBMITTED = "submitted"


class RubricCriterion(db.Model):
    """One criterion of a campaign's score sheet, with its maximum points."""

    __tablename__ = "rubric_criterion"
    __table_args__ = (UniqueConstraint("campaign_id", "code", name="uq_rubric_criterion_campaign_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    #: a short stable key, used by the API's {"scores": {code: points}}
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(500))
    max_points: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)


class ScoreSheet(db.Model):
    """A member's evaluation of one initiative in one round; locked once submitted."""

    __tablename__ = "score_sheet"
    __table_args__ = (
        UniqueConstraint("initiative_id", "member_id", "round", name="uq_score_sheet_initiative_member_round"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id", ondelete="CASCADE"), index=True)
    #: the evaluation round; a return for revision starts a new one and keeps these as the past
    round: Mapped[int] = mapped_column(Integer, default=1)
    #: SHEET_DRAFT or SHEET_SUBMITTED
    status: Mapped[str] = mapped_column(String(16), default=SHEET_DRAFT)
    #: one of RECOMMENDATIONS, or "" while not chosen
    recommendation: Mapped[str] = mapped_column(String(16), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    total: Mapped[Decimal] = mapped_column(Numeric(6, 2), default=Decimal(0))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    initiative: Mapped[Initiative] = relationship()
    member: Mapped[CouncilMember] = relationship(lazy="joined")
    scores: Mapped[list["Score"]] = relationship(back_populates="sheet", cascade="all, delete-orphan",
                                                 lazy="selectin")


class Score(db.Model):
    """The points a sheet gives one criterion."""

    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("sheet_id", "criterion_id", name="uq_score_sheet_criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    sheet_id: Mapped[int] = mapped_column(ForeignKey("score_sheet.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("rubric_criterion.id", ondelete="CASCADE"))
    points: Mapped[Decimal] = mapped_column(Numeric(5, 2))

    sheet: Mapped[ScoreSheet] = relationship(back_populates="scores")
    criterion: Mapped[RubricCriterion] = relationship(lazy="joined")
