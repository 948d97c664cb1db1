"""The unit tree: Party cells, offices, mass organisations, residential areas and so on."""

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models.base import utcnow

#: Unit groups, as the steering body's reports split them.
UNIT_GROUPS = ("party", "government", "front", "armed_forces", "residential", "school_enterprise", "other")
#: Administrative levels; "district" only survives in data from before 1 July 2025.
UNIT_LEVELS = ("province", "commune", "district")
#: The first day of the two-tier local government (Nghị quyết 202/2025/QH15): no district is valid from then on.
TWO_TIER_FROM = date(2025, 7, 1)
#: The kinds of reorganisation event.
REORGANISATION_KINDS = ("merge", "split", "rename", "move")


def path_ids(path: str) -> list[int]:
    """Return the unit ids a materialized path names, from the root down ("/1/7/42/" gives [1, 7, 42])."""
    return [int(part) for part in path.strip("/").split("/") if part]


class Unit(db.Model):
    """A registering or steering unit, placed in a tree by a materialized path."""

    __tablename__ = "unit"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    #: one of UNIT_GROUPS
    group: Mapped[str] = mapped_column(String(32), default="other")
    #: one of UNIT_LEVELS
    level: Mapped[str] = mapped_column(String(16), default="commune")
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"), index=True)
    #: "/1/7/42/": ids from the root down, so a subtree is one `path LIKE '/1/7/%'` predicate
    path: Mapped[str] = mapped_column(String(512), default="")
    depth: Mapped[int] = mapped_column(Integer, default=0)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    #: the unit's own short code, the key Excel imports match rows by ("LH", "LH-TX01"); unique
    code: Mapped[str | None] = mapped_column(String(32), unique=True, index=True)
    #: the official administrative code (Quyết định 19/2025/QĐ-TTg: 2 digits a province, 5 a commune)
    admin_code: Mapped[str | None] = mapped_column(String(8), unique=True, index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    #: the first day the unit existed (None: before the registry's records begin)
    valid_from: Mapped[date | None] = mapped_column(Date)
    #: the last day the unit existed (None: it still exists); set by a reorganisation
    valid_to: Mapped[date | None] = mapped_column(Date)

    parent: Mapped["Unit | None"] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list["Unit"]] = relationship(back_populates="parent", order_by="Unit.name")

    __table_args__ = (
        # varchar_pattern_ops lets PostgreSQL answer the prefix LIKE from the index in any collation.
        Index("ix_unit_path", "path", postgresql_ops={"path": "varchar_pattern_ops"}),
    )

    def is_within(self, other: "Unit") -> bool:
        """Tell whether this unit is `other` or lies in its subtree."""
        return self.path.startswith(other.path)

    @property
    def is_closed(self) -> bool:
        """Tell whether a reorganisation ended this unit (it stays as history)."""
        return self.valid_to is not None

    def __repr__(self) -> str:
        return f"<Unit {self.id} {self.name!r}>"


class ReorganisationEvent(db.Model):
    """A merge, split, rename or move of units, with the legal act that made it."""

    __tablename__ = "reorganisation_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: one of REORGANISATION_KINDS
    kind: Mapped[str] = mapped_column(String(16))
    #: the act, e.g. "Nghị quyết 1658/NQ-UBTVQH15"
    legal_basis: Mapped[str] = mapped_column(String(255))
    #: the day the act was adopted
    decided_on: Mapped[date] = mapped_column(Date)
    #: the first day of the new units; the old ones end the day before
    effective_on: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    successions: Mapped[list["UnitSuccession"]] = relationship(back_populates="event", order_by="UnitSuccession.id")


class UnitSuccession(db.Model):
    """One link from a unit a reorganisation closed (or changed) to a unit that took over from it."""

    __tablename__ = "unit_succession"
    __table_args__ = (UniqueConstraint("event_id", "predecessor_id", "successor_id",
                                       name="uq_unit_succession_event_predecessor_successor"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("reorganisation_event.id", ondelete="CASCADE"), index=True)
    predecessor_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    successor_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    #: the successor the predecessor's statistics are re-based onto (one per closed unit)
    is_main: Mapped[bool] = mapped_column(Boolean, default=True)

    event: Mapped[ReorganisationEvent] = relationship(back_populates="successions")
    predecessor: Mapped[Unit] = relationship(foreign_keys=[predecessor_id])
    successor: Mapped[Unit] = relationship(foreign_keys=[successor_id])


class UnitCurrent(db.Model):
    """A closed unit and today's unit its statistics fold into (main successors followed to an open unit).

    Kept by the reorganisation service; open units have no row (they are their own current unit).
    """

    __tablename__ = "unit_current"

    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    current_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
