"""Which units' models a re-based list shows: each unit placed at today's unit it folds into.

Counting re-based (reports.summary), a model counts under the current unit of its unit
(registry.models.UnitCurrent; an open unit is its own). The list follows the same rule, as a
subquery of unit ids over the unit table (a few thousand rows), so its queries stay as many as before.
"""

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import aliased

from registry.models import Unit, UnitCurrent

RECORDED, REBASED = "recorded", "rebased"
BASES = (RECORDED, REBASED)


def placed_unit_ids(under: list[Unit] | None = None, level: str = "") -> Select:
    """Return a query of the ids of the units whose current unit lies within `under` (and is of `level`).

    `under` None means anywhere; an empty list means nowhere.
    """
    placed = aliased(Unit)
    query = (select(Unit.id)
             .outerjoin(UnitCurrent, UnitCurrent.unit_id == Unit.id)
             .join(placed, placed.id == func.coalesce(UnitCurrent.current_id, Unit.id)))
    if under is not None:
        query = query.where(_within(placed, under))
    if level:
        query = query.where(placed.level == level)
    return query


def _within(placed, units: list[Unit]) -> ColumnElement[bool]:
    """Return a predicate on the placed unit: it lies within one of `units` (false for none)."""
    if not units:
        return placed.id.is_(None)
    return or_(*(placed.path.startswith(unit.path, autoescape=True) for unit in units))
