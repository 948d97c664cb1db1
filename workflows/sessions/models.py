"""Tables of council sessions (phiên họp): the session, who attended, its agenda and the members' votes."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import Initiative
from registry.models.base import utcnow
from workflows.councils.models import Council, CouncilMember

#: A member's vote on one initiative (biểu quyết): đồng ý, không đồng ý, ý kiến khác. Stored words.
VOTE_AGREE = "agree"
VOTE_DISAGREE = "disagree"
VOTE_OTHER = "other"
VOTE_CHOICES = (VOTE_AGREE, VOTE_DISAGREE, VOTE_OTHER)


class CouncilSession(db.Model):
    """One sitting of a council: when, where, who chaired it and took the minutes."""

    __tablename__ = "council_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="CASCADE"), index=True)
    held_on: Mapped[date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(255))
    #: the session's chair and secretary: seats of the council (not necessarily its chair and secretary seats)
    chair_member_id: Mapped[int | None] = mapped_column(ForeignKey("council_member.id", ondelete="SET NULL"))
    secretary_member_id: Mapped[int | None] = mapped_column(ForeignKey("council_member.id", ondelete="SET NULL"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    council: Mapped[Council] = relationship(lazy="joined")
    chair: Mapped[CouncilMember | None] = relationship(foreign_keys=[chair_member_id])
    secretary: Mapped[CouncilMember | None] = relationship(foreign_keys=[secretary_member_id])
    attendance: Mapped[list["SessionAttendance"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionAttendance.member_id")
    agenda: Mapped[list["SessionAgendaItem"]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="SessionAgendaItem.position")


class SessionAttendance(db.Model):
    """Whether one seat of the council attended the session (the quorum counts those present)."""

    __tablename__ = "session_attendance"
    __table_args__ = (UniqueConstraint("session_id", "member_id", name="uq_session_attendance_session_member"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id", ondelete="CASCADE"), index=True)
    present: Mapped[bool] = mapped_column(Boolean, default=False)

    session: Mapped[CouncilSession] = relationship(back_populates="attendance")
    member: Mapped[CouncilMember] = relationship(lazy="joined")


class SessionAgendaItem(db.Model):
    """An initiative the session deliberates on."""

    __tablename__ = "session_agenda_item"
    __table_args__ = (UniqueConstraint("session_id", "initiative_id", name="uq_session_agenda_session_initiative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id", ondelete="CASCADE"))
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)

    session: Mapped[CouncilSession] = relationship(back_populates="agenda")
    initiative: Mapped[Initiative] = relationship(lazy="joined")


class SessionVote(db.Model):
    """A present member's vote on one initiative of the session, in the initiative's evaluation round."""

    __tablename__ = "session_vote"
    __table_args__ = (
        UniqueConstraint("session_id", "initiative_id", "member_id", "round", name="uq_session_vote"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id", ondelete="CASCADE"))
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id", ondelete="CASCADE"), index=True)
    #: the evaluation round; a return for revision starts a new one, where these votes no longer count
    round: Mapped[int] = mapped_column(Integer, default=1)
    #: one of VOTE_CHOICES
    choice: Mapped[str] = mapped_column(String(16))
    #: the second question: the member also proposes it as exemplary (only with an "agree" vote)
    exemplary: Mapped[bool] = mapped_column(Boolean, default=False)
    comment: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    member: Mapped[CouncilMember] = relationship(lazy="joined")
