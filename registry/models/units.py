"""The unit tree: Party cells, offices, mass organisations, residential areas and so on."""

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from registry.extensions import db
from registry.models.base import utcnow

#: Unit groups, as the steering body's reports split them.
UNIT_GROUPS = ("party", "government", "front", "armed_forces", "residential", "school_enterprise", "other")
#: Administrative levels; "district" only survives in data from before 1 July 2025.
UNIT_LEVELS = ("province", "commune", "district")


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

    parent: Mapped["Unit | None"] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list["Unit"]] = relationship(back_populates="parent", order_by="Unit.name")

    __table_args__ = (
        # varchar_pattern_ops lets PostgreSQL answer the prefix LIKE from the index in any collation.
        Index("ix_unit_path", "path", postgresql_ops={"path": "varchar_pattern_ops"}),
    )

    def is_within(self, other: "Unit") -> bool:
        """Tell whether this unit is `other` or lies in its subtree."""
        return self.path.startswith(other.path)

    def __repr__(self) -> str:
        return f"<Unit {self.id} {self.name!r}>"
