"""Summary tables kept exact in the same transaction as every change to an initiative.

The grain (why not one row per unit): counts are kept for every *rollup unit* — each unit from the
root of the tree down to, and including, the first commune-level unit on the way (a province, its
province-level offices, each commune's own committee; nationally also each province). A unit below a
commune (a Party cell, a hamlet, a school) is rolled into its commune. Keyed by every unit the table
would hold about as many rows as initiatives; keyed this way a whole province, one of its communes, or
the list of a province's communes is read from a handful of rows, and anything finer (one unit inside
a commune) is a small GROUP BY on the base table through `ix_initiative_unit_campaign_dims`.
"""

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from registry.extensions import db
from registry.models import Initiative


class ReportCount(db.Model):
    """How many initiatives of one campaign, under one rollup unit, share the same dimensions."""

    __tablename__ = "report_count"

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True)
    #: the rollup unit: the registering unit itself or one of its ancestors, down to the first commune
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    #: the registering unit's level (province / commune / district), for the "by level" figures
    unit_level: Mapped[str] = mapped_column(String(16), primary_key=True)
    #: the registering unit's group (Party, government, Front...), for the "by unit group" report
    unit_group: Mapped[str] = mapped_column(String(32), primary_key=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("field.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(32), primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    registration_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (
        # The children of a unit are read by unit first: the primary key's order already serves it.
        Index("ix_report_count_unit_campaign", "unit_id", "campaign_id"),
    )


class ReportUnitRegistrations(db.Model):
    """How many registered initiatives one unit itself has in one campaign (for coverage)."""

    __tablename__ = "report_unit_registrations"

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


class ReportRebasedCount(db.Model):
    """ReportCount re-based: each initiative counted under today's unit its registering unit folded into.

    The same grain and columns as ReportCount; the unit, its level and its group are those of the
    registering unit's current unit (registry.models.UnitCurrent), kept exact by the same listener.
    """

    __tablename__ = "report_rebased_count"

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    unit_level: Mapped[str] = mapped_column(String(16), primary_key=True)
    unit_group: Mapped[str] = mapped_column(String(32), primary_key=True)
    field_id: Mapped[int] = mapped_column(ForeignKey("field.id", ondelete="CASCADE"), primary_key=True)
    status: Mapped[str] = mapped_column(String(32), primary_key=True)
    subject_type: Mapped[str] = mapped_column(String(16), primary_key=True)
    registration_kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)

    __table_args__ = (Index("ix_report_rebased_count_unit_campaign", "unit_id", "campaign_id"),)


class ReportRebasedUnitRegistrations(db.Model):
    """How many registered initiatives today's unit and the units folded into it have in one campaign."""

    __tablename__ = "report_rebased_unit_registrations"

    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0)


# Indexes on the base table, declared here (the registry's models belong to another area) so that the
# models and the migrations agree. They are attached to Initiative's table when this module loads.
_initiative = Initiative.__table__
#: A commune's counts from the base table, answered from the index alone on PostgreSQL.
Index("ix_initiative_unit_campaign_dims", _initiative.c.unit_id, _initiative.c.campaign_id,
      postgresql_include=["status", "field_id", "subject_type", "registration_kind"])
#: The list's default order (last updated first), so that keyset pages read the index in order.
Index("ix_initiative_updated_at_id", _initiative.c.updated_at, _initiative.c.id)
