"""Tables of councils, their members, the initiatives assigned to them and declared conflicts."""

from datetime import datetime

from sqlalchemy import Boolean, Column, DateTime, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models import Campaign, Field, Initiative, Unit, User
from registry.models.base import utcnow

#: Seats on a council, in the order they are listed.
COUNCIL_ROLES = ("chair", "secretary", "member")
#: The seats that lead a council: they read every score sheet and the running result, and take its decisions.
LEADING_SEATS = ("chair", "secretary")

council_field = Table(
    "council_field",
    db.metadata,
    Column("council_id", ForeignKey("council.id", ondelete="CASCADE"), primary_key=True),
    Column("field_id", ForeignKey("field.id"), primary_key=True),
)


class Council(db.Model):
    """A council set up for one campaign at one unit; it evaluates initiatives of that subtree."""

    __tablename__ = "council"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), index=True)
    #: the council's level and scope: it evaluates initiatives of this unit's subtree
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    campaign: Mapped[Campaign] = relationship()
    unit: Mapped[Unit] = relationship()
    #: the fields it covers; empty means every field
    fields: Mapped[list[Field]] = relationship(secondary=council_field, order_by="Field.position")
    members: Mapped[list["CouncilMember"]] = relationship(
        back_populates="council", cascade="all, delete-orphan", order_by="CouncilMember.id"
    )


class CouncilMember(db.Model):
    """A person's seat on a council: chair, secretary or member."""

    __tablename__ = "council_member"
    __table_args__ = (UniqueConstraint("council_id", "user_id", name="uq_council_member_council_user"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"), index=True)
    #: one of COUNCIL_ROLES
    role: Mapped[str] = mapped_column(String(16), default="member")
    #: the unit the member works in: its initiatives are never given to this member to score
    home_unit_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))

    council: Mapped[Council] = relationship(back_populates="members")
    user: Mapped[User] = relationship(lazy="joined")
    home_unit: Mapped[Unit | None] = relationship(lazy="joined")


class CouncilAssignment(db.Model):
    """An initiative given to a council to evaluate (one council per initiative at a time)."""

    __tablename__ = "council_assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("council.id", ondelete="CASCADE"), index=True)
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), unique=True)
    assigned_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    assigned_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    council: Mapped[Council] = relationship(lazy="joined")
    initiative: Mapped[Initiative] = relationship()


class ConflictDeclaration(db.Model):
    """A member's declaration that they cannot judge an initiative impartially."""

    __tablename__ = "conflict_declaration"
    __table_args__ = (
        UniqueConstraint("member_id", "initiative_id", name="uq_conflict_declaration_member_initiative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id", ondelete="CASCADE"))
    initiative_id: Mapped[int] = mapped_column(ForeignKey("initiative.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    member: Mapped[CouncilMember] = relationship()
