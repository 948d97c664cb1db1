"""Keep the summary tables exact: deltas on every flush, on bulk inserts and on unit moves.

Every change to an initiative goes through the ORM (the workflow service, the dossier form, the
factories), so one session listener sees them all: before the flush it notes each changed
initiative's old dimensions, after the flush its new ones, and it applies +1/-1 with an UPSERT on the
same connection — the summary commits or rolls back with the change itself. Bulk inserts that bypass
the ORM call `record_inserted`; a unit move calls `after_unit_move`. `rebuild` and `differences`
serve the operators' `flask reports` commands and the tests.

Each delta is applied twice: to the tables *as recorded* (under the registering unit) and to the
*re-based* ones (under today's unit it folds into, registry.models.UnitCurrent). A reorganisation
changes the map and sends `units_rebased`; `after_rebase` then moves the counts of the units concerned
from their old current unit to their new one.
"""

from collections import Counter
from collections.abc import Iterable

from sqlalchemy import delete, event, func, inspect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from registry.extensions import db
from registry.models import Initiative, Unit, UnitCurrent
from registry.models.units import path_ids
from registry.rebasing import BASES, REBASED, RECORDED
from registry.signals import unit_moved, units_rebased
from reports.models import ReportCount, ReportRebasedCount, ReportRebasedUnitRegistrations, ReportUnitRegistrations
from workflows.machine import STAGE_REGISTERED, STAGE_STATES

#: Statuses that count as "registered" (see workflows.machine.STAGE_STATES).
REGISTERED_STATES = STAGE_STATES[STAGE_REGISTERED]
#: The initiative's columns that place it in the summary.
TRACKED = ("campaign_id", "unit_id", "field_id", "status", "subject_type", "registration_kind")
#: The columns of a summary key, in order.
DIMENSIONS = ("campaign_id", "unit_id", "unit_level", "unit_group", "field_id", "status", "subject_type",
              "registration_kind")
#: The two ways of counting, each with its (counts, registrations) tables.
# (registry.rebasing names them: the initiative list places models the same two ways)
TABLES = {RECORDED: (ReportCount.__table__, ReportUnitRegistrations.__table__),
          REBASED: (ReportRebasedCount.__table__, ReportRebasedUnitRegistrations.__table__)}
_PENDING = "reports_pending_initiatives"
_PENDING_UNITS = "reports_pending_units"


def rollup_chain(levels_by_id: dict[int, str], path: str) -> list[int]:
    """Return the rollup units of a unit at `path`: its ancestors-or-self down to the first commune."""
    chain = []
    for unit_id in path_ids(path):
        chain.append(unit_id)
        if levels_by_id.get(unit_id) == "commune":
            break
    return chain


def _units_info(connection, unit_ids: Iterable[int]) -> tuple[dict[int, tuple[str, str, str]], dict[int, str]]:
    """Return {unit id: (path, level, group)} for `unit_ids` and {id: level} for every unit on their paths."""
    unit_ids = set(unit_ids)
    if not unit_ids:
        return {}, {}
    rows = connection.execute(select(Unit.id, Unit.path, Unit.level, Unit.group).where(Unit.id.in_(unit_ids))).all()
    info = {row.id: (row.path, row.level, row.group) for row in rows}
    ancestors = {unit_id for path, *_ in info.values() for unit_id in path_ids(path)}
    levels = dict(connection.execute(select(Unit.id, Unit.level).where(Unit.id.in_(ancestors))).all())
    return info, levels


def current_units(connection, unit_ids: Iterable[int]) -> dict[int, int]:
    """Return {closed unit id: today's unit id} for those of `unit_ids` a reorganisation closed."""
    unit_ids = set(unit_ids)
    if not unit_ids:
        return {}
    return dict(connection.execute(select(UnitCurrent.unit_id, UnitCurrent.current_id)
                                   .where(UnitCurrent.unit_id.in_(unit_ids))).all())


def _remapped(per_unit: Counter, mapping: dict[int, int]) -> Counter:
    """Return per-unit counts with each unit replaced by the unit `mapping` folds it into."""
    if not mapping:
        return per_unit
    result = Counter()
    for key, number in per_unit.items():
        result[(key[0], mapping.get(key[1], key[1]), *key[2:])] += number
    return result


def _rollup(connection, per_unit: Counter, basis: str = RECORDED) -> tuple[Counter, Counter]:
    """Spread per-registering-unit counts over the rollup units; also return the registered counts.

    `per_unit` is keyed by (campaign_id, unit_id, field_id, status, subject_type, registration_kind);
    re-based, each unit is first replaced by today's unit it folds into.
    """
    if basis == REBASED:
        per_unit = _remapped(per_unit, current_units(connection, {key[1] for key in per_unit}))
    info, levels = _units_info(connection, {key[1] for key in per_unit})
    counts, registered = Counter(), Counter()
    for (campaign_id, unit_id, field_id, status, subject_type, kind), number in per_unit.items():
        if not number or unit_id not in info:
            continue
        path, level, group = info[unit_id]
        for rollup_id in rollup_chain(levels, path):
            counts[(campaign_id, rollup_id, level, group, field_id, status, subject_type, kind)] += number
        if status in REGISTERED_STATES:
            registered[(campaign_id, unit_id)] += number
    return counts, registered


def _upsert(connection, table, keys: tuple[str, ...], deltas: Counter) -> None:
    """Add each delta to its row, creating the row when missing (in key order, so no deadlocks)."""
    rows = [dict(zip(keys, key, strict=True), count=number) for key, number in sorted(deltas.items()) if number]
    if not rows:
        return
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table)
    statement = statement.on_conflict_do_update(index_elements=list(keys),
                                                set_={"count": table.c.count + statement.excluded.count})
    connection.execute(statement, rows)


def _write(connection, basis: str, counts: Counter, registered: Counter) -> None:
    """Add count and registration deltas to the tables of one way of counting."""
    counts_table, registrations_table = TABLES[basis]
    _upsert(connection, counts_table, DIMENSIONS, counts)
    _upsert(connection, registrations_table, ("campaign_id", "unit_id"), registered)


def apply(connection, per_unit: Counter) -> None:
    """Apply per-registering-unit deltas to the summary tables of both ways of counting on `connection`."""
    for basis in BASES:
        _write(connection, basis, *_rollup(connection, per_unit, basis))


def record_inserted(columns: tuple[str, ...], rows: list[tuple]) -> None:
    """Count initiatives written in bulk (outside the ORM), given their column names and row tuples."""
    positions = [columns.index(name) for name in TRACKED]
    per_unit = Counter(tuple(row[position] for position in positions) for row in rows)
    apply(db.session.connection(), per_unit)


def _key(values: dict) -> tuple | None:
    """Return an initiative's per-unit key, or None while it lacks a campaign, unit or field."""
    key = tuple(values.get(name) for name in TRACKED)
    return None if None in key[:4] else key


def _old(state, name: str):
    """Return an attribute's value as it stands in the database (before this flush's changes)."""
    history = state.attrs[name].history
    return history.deleted[0] if history.deleted else state.dict.get(name)


def _old_values(initiative: Initiative) -> dict:
    """Return the tracked values as they stand in the database."""
    state = inspect(initiative)
    return {name: _old(state, name) for name in TRACKED}


def _before_flush(session: Session, _context, _instances) -> None:
    """Note the old dimensions of every initiative about to change, and units whose level changes."""
    # A flush that failed leaves its notes behind: start afresh so they are never applied twice.
    pending = session.info[_PENDING] = []
    session.info[_PENDING_UNITS] = []
    for initiative in session.new:
        if isinstance(initiative, Initiative):
            pending.append((initiative, None))
    for initiative in session.dirty:
        if isinstance(initiative, Initiative) and session.is_modified(initiative, include_collections=False):
            pending.append((initiative, _old_values(initiative)))
    for initiative in session.deleted:
        if isinstance(initiative, Initiative):
            pending.append((initiative, _old_values(initiative)))
    for unit in session.dirty:
        state = inspect(unit) if isinstance(unit, Unit) else None
        if state is not None and (state.attrs.level.history.deleted or state.attrs.group.history.deleted):
            old = tuple(_old(state, name) for name in ("level", "group"))
            session.info[_PENDING_UNITS].append((unit, old))


def _after_flush(session: Session, _context) -> None:
    """Apply the deltas of the flushed initiatives; recount the subtrees of units whose level changed."""
    pending = session.info.pop(_PENDING, [])
    units = session.info.pop(_PENDING_UNITS, [])
    per_unit = Counter()
    for initiative, old in pending:
        if old is not None and (key := _key(old)):
            per_unit[key] -= 1
        if inspect(initiative).deleted or initiative in session.deleted:
            continue
        if key := _key({name: getattr(initiative, name) for name in TRACKED}):
            per_unit[key] += 1
    per_unit = Counter({key: number for key, number in per_unit.items() if number})
    connection = session.connection()
    if per_unit:
        apply(connection, per_unit)
    for unit, old in units:
        for basis in BASES:
            recount_subtree(connection, unit.path, unit.path, {unit.id: old}, basis)


def _subtree_counts(connection, path: str, basis: str = RECORDED) -> Counter:
    """Return the per-unit counts of every initiative counted within `path` (re-based: under today's units).

    Re-based, the initiatives are picked by unit id (the subtree's units and the closed units folded into
    them) and placed at today's unit, kept when that unit lies in the subtree (a closed unit's models are
    counted elsewhere); joining on the re-based unit instead reads every initiative.
    """
    plain = [getattr(Initiative, name) for name in TRACKED]
    members = select(Unit.id).where(Unit.path.startswith(path, autoescape=True))
    if basis == RECORDED:
        query = select(*plain, func.count()).where(Initiative.unit_id.in_(members)).group_by(*plain)
    else:
        current = func.coalesce(UnitCurrent.current_id, Initiative.unit_id)
        columns = [current if name == "unit_id" else column for name, column in zip(TRACKED, plain, strict=True)]
        folded = select(UnitCurrent.unit_id).where(UnitCurrent.current_id.in_(members))
        query = (select(*columns, func.count())
                 .outerjoin(UnitCurrent, UnitCurrent.unit_id == Initiative.unit_id)
                 .where(Initiative.unit_id.in_(members.union(folded)), current.in_(members))
                 .group_by(*columns))
    return Counter({tuple(row[:-1]): row[-1] for row in connection.execute(query)})


def recount_subtree(connection, old_path: str, new_path: str,
                    old_kinds: dict[int, tuple[str, str]] | None = None, basis: str = RECORDED) -> None:
    """Re-place the counts of the subtree now at `new_path` (it was at `old_path`) in one way of counting.

    Rollup units above the subtree lose the subtree's counts (with the level and group its units
    had, `old_kinds` overriding the stored ones) and the new chain gains them; the rows of rollup units
    inside the subtree are rebuilt from the base table, which reads the subtree's initiatives only.
    """
    subtree_ids = {row[0] for row in connection.execute(
        select(Unit.id).where(Unit.path.startswith(new_path, autoescape=True)))}
    per_unit = _subtree_counts(connection, new_path, basis)
    info, _levels = _units_info(connection, {key[1] for key in per_unit})
    old_kinds = old_kinds or {}
    totals = Counter()
    for (campaign_id, unit_id, field_id, status, subject_type, kind), number in per_unit.items():
        level, group = old_kinds.get(unit_id, info[unit_id][1:])
        totals[(campaign_id, level, group, field_id, status, subject_type, kind)] += number
    above_ids = path_ids(old_path)
    levels = dict(connection.execute(select(Unit.id, Unit.level).where(Unit.id.in_(above_ids))).all())
    old_above = [unit_id for unit_id in rollup_chain(levels, old_path) if unit_id not in subtree_ids]
    change, _registered = _rollup(connection, per_unit)
    for (campaign_id, *rest), number in totals.items():
        for unit_id in old_above:
            change[(campaign_id, unit_id, *rest)] -= number
    counts_table = TABLES[basis][0]
    connection.execute(delete(counts_table).where(counts_table.c.unit_id.in_(subtree_ids)))
    _upsert(connection, counts_table, DIMENSIONS, change)


def after_unit_move(unit: Unit, old_path: str) -> None:
    """Keep the summary exact after `unit`'s subtree moved away from `old_path` (same transaction)."""
    db.session.flush()
    new_path = db.session.scalar(select(Unit.path).where(Unit.id == unit.id))
    if new_path != old_path:
        for basis in BASES:
            recount_subtree(db.session.connection(), old_path, new_path, basis=basis)


def after_rebase(_sender, before: dict[int, int]) -> None:
    """Move the re-based counts of units whose current unit changed (`before`: unit id -> its old one).

    Sent by the reorganisation service right after it rewrote the map, before any other flush.
    """
    if not before:
        return
    connection = db.session.connection()
    query = (select(*(getattr(Initiative, name) for name in TRACKED), func.count())
             .where(Initiative.unit_id.in_(set(before)))
             .group_by(*(getattr(Initiative, name) for name in TRACKED)))
    per_unit = Counter({tuple(row[:-1]): row[-1] for row in connection.execute(query)})
    old_counts, old_registered = _rollup(connection, _remapped(per_unit, before))
    counts, registered = _rollup(connection, per_unit, REBASED)
    counts.subtract(old_counts)
    registered.subtract(old_registered)
    _write(connection, REBASED, counts, registered)


def fresh_counts(connection, basis: str = RECORDED) -> tuple[Counter, Counter]:
    """Return what the summary tables of one way of counting should hold, counted from the base table."""
    query = select(*(getattr(Initiative, name) for name in TRACKED), func.count()).group_by(
        *(getattr(Initiative, name) for name in TRACKED))
    per_unit = Counter({tuple(row[:-1]): row[-1] for row in connection.execute(query)})
    return _rollup(connection, per_unit, basis)


def stored_counts(connection, basis: str = RECORDED) -> tuple[Counter, Counter]:
    """Return what the summary tables of one way of counting hold, zero rows left out."""
    counts_table, registrations_table = TABLES[basis]
    counts = Counter({tuple(row[:-1]): row[-1] for row in connection.execute(
        select(*(counts_table.c[name] for name in DIMENSIONS), counts_table.c.count)
        .where(counts_table.c.count != 0))})
    registered = Counter({(row[0], row[1]): row[2] for row in connection.execute(
        select(registrations_table.c.campaign_id, registrations_table.c.unit_id, registrations_table.c.count)
        .where(registrations_table.c.count != 0))})
    return counts, registered


def differences(connection) -> list[tuple]:
    """Return the summary rows that disagree with a fresh count: (table, key, stored, fresh)."""
    found = []
    for basis in BASES:
        fresh, stored = fresh_counts(connection, basis), stored_counts(connection, basis)
        for table, expected, actual in zip(TABLES[basis], fresh, stored, strict=True):
            for key in sorted(set(expected) | set(actual), key=repr):
                if expected.get(key, 0) != actual.get(key, 0):
                    found.append((table.name, key, actual.get(key, 0), expected.get(key, 0)))
    return found


def rebuild(connection, bases: tuple[str, ...] = BASES) -> int:
    """Replace the summary tables (of `bases`) with a fresh count; return the number of summary rows written."""
    written = 0
    for basis in bases:
        counts, registered = fresh_counts(connection, basis)
        for table in TABLES[basis]:
            connection.execute(delete(table))
        _write(connection, basis, counts, registered)
        written += len(counts) + len(registered)
    return written


def init_app(_app) -> None:
    """Listen to every session's flushes, to units moving and to units re-based (once per process)."""
    unit_moved.connect(after_unit_move)
    units_rebased.connect(after_rebase)
    if not event.contains(Session, "before_flush", _before_flush):
        event.listen(Session, "before_flush", _before_flush)
        event.listen(Session, "after_flush", _after_flush)
