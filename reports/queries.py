"""The dashboard's aggregates: counts from the summary for rollup units, from the base table below them.

A *base* is a unit whose whole subtree is counted. A rollup unit (see reports.models) is read from
`report_count` by its own row; a unit inside a commune is counted with a GROUP BY over its subtree's
initiatives (a few hundred rows at most). Every function runs a fixed number of queries, whatever
the number of initiatives or units.

Each count is read one of two ways, the selection's `basis`: *as recorded* (under the unit that
registered, as it was) or *re-based* (units a reorganisation closed folded into today's unit they
became): the re-based summary tables, and below the rollup grain the unit -> current-unit map.
"""

from collections import Counter
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l
from sqlalchemy import and_, case, func, or_, select

from registry.extensions import db
from registry.models import Campaign, Initiative, Unit, UnitCurrent, User
from registry.models.units import path_ids
from registry.roles import ROLE_ADMIN, ROLE_STAFF, ROLE_VIEWER
from reports.models import ReportCount
from reports.summary import REBASED, RECORDED, TABLES, rollup_chain
from workflows.machine import REPORT_STAGES, STAGE_EXEMPLARY, STAGE_RECOGNISED, STAGE_REGISTERED, STAGE_STATES
from workflows.models import Commendation, CommendationForm

READER_ROLES = (ROLE_STAFF, ROLE_VIEWER, ROLE_ADMIN)
#: Each way of counting, as the switch names it.
BASIS_LABELS = {RECORDED: _l("As recorded"), REBASED: _l("Re-based onto today's units")}
#: What each way of counting means, stated on every page and file.
BASIS_STATEMENTS = {
    RECORDED: _l("Counted as recorded: each model under the unit that registered it, as that unit was then."),
    REBASED: _l("Counted re-based onto today's units: units ended by a reorganisation are folded into "
                "their main successors."),
}


@dataclass
class Selection:
    """What the dashboard counts: one campaign, one unit's subtree (or the whole scope), narrowed."""

    campaign: Campaign | None
    unit: Unit | None
    scope: list[Unit]
    field_id: int | None = None
    level: str = ""
    subject_type: str = ""
    #: unit id -> is a rollup unit (read from the summary)
    rollup: dict[int, bool] = field(default_factory=dict)
    #: how units are counted: reports.summary.RECORDED (as they were) or REBASED (onto today's units)
    basis: str = RECORDED
    #: the basis used when none is asked for (links leave the basis out when it is this one)
    default_basis: str = RECORDED

    @property
    def rebased(self) -> bool:
        """Tell whether the counts fold closed units into today's units."""
        return self.basis == REBASED

    @property
    def bases(self) -> list[Unit]:
        """Return the units whose subtrees together make the selection."""
        return [self.unit] if self.unit else self.scope

    def all_args(self) -> dict:
        """Return every query argument of this selection, None where unset (the key order of list_args)."""
        return {"campaign": self.campaign.id if self.campaign else None, "unit": self.unit.id if self.unit else None,
                "field": self.field_id, "level": self.level or None, "subject_type": self.subject_type or None,
                "basis": self.basis if self.basis != self.default_basis else None}

    def initiatives_args(self) -> dict:
        """Return every query argument of the initiatives list showing this selection's models.

        The list places models as recorded unless told otherwise, so a re-based selection always says so.
        """
        return {**self.all_args(), "basis": REBASED if self.rebased else None}

    def list_args(self, **extra) -> dict:
        """Return the initiatives list's query arguments for this selection, with `extra`."""
        args = self.all_args()
        args.update(extra)
        return {key: value for key, value in args.items() if value not in (None, "")}


def scope_units(user: User) -> list[Unit]:
    """Return the top units of `user`'s reporting scope (the roots for an administrator)."""
    if user.is_admin:
        return list(db.session.scalars(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.name)))
    units = sorted(user.units_for(*READER_ROLES), key=lambda unit: unit.path)
    top = []
    for unit in units:
        if not any(unit.is_within(other) for other in top):
            top.append(unit)
    return top


def in_scope(unit: Unit, scope: list[Unit]) -> bool:
    """Tell whether `unit` lies within the scope."""
    return any(unit.is_within(top) for top in scope)


def ancestors(unit: Unit, known: list[Unit] = ()) -> list[Unit]:
    """Return `unit`'s ancestors and itself, root first (one query, none when `known` holds them all)."""
    ids = path_ids(unit.path)
    found = {row.id: row for row in (*known, unit)}
    missing = [unit_id for unit_id in ids if unit_id not in found]
    if missing:
        found.update((row.id, row) for row in db.session.scalars(select(Unit).where(Unit.id.in_(missing))))
    return [found[unit_id] for unit_id in ids if unit_id in found]


def rollup_flags(units: list[Unit], chain: list[Unit] | None = None) -> dict[int, bool]:
    """Tell for each unit whether it is a rollup unit; `chain` (ancestors of units[0]) spares a query."""
    ids = {unit_id for unit in units for unit_id in path_ids(unit.path)}
    if chain is not None and {u.id for u in chain} >= ids:
        levels = {u.id: u.level for u in chain}
    else:
        levels = dict(db.session.execute(select(Unit.id, Unit.level).where(Unit.id.in_(ids))).all())
    return {unit.id: unit.id in rollup_chain(levels, unit.path) for unit in units}


def children_are_rollups(selection: Selection, unit: Unit) -> bool:
    """Tell whether the children of a unit are rollup units (it is one, above commune level)."""
    return selection.rollup.get(unit.id, False) and unit.level != "commune"


# The aggregates read plain table columns, not the mapped attributes: a statement without ORM entities
# skips the ORM's result handling (about a millisecond over the dashboard's ~1,000 grouped rows).
_counts, _initiatives, _units = ReportCount.__table__.c, Initiative.__table__.c, Unit.__table__.c
_current = UnitCurrent.__table__.c
_SUMMARY_BY_BASIS = {basis: {name: table.c[name] for name in ("status", "field_id", "subject_type",
                                                              "registration_kind", "unit_level", "unit_group",
                                                              "campaign_id", "unit_id", "count")}
                     for basis, (table, _registrations) in TABLES.items()}
_SUMMARY_COLUMNS = _SUMMARY_BY_BASIS[RECORDED]
_BASE_COLUMNS = {"status": _initiatives.status, "field_id": _initiatives.field_id,
                 "subject_type": _initiatives.subject_type, "registration_kind": _initiatives.registration_kind,
                 "unit_level": _units.level, "unit_group": _units.group, "campaign_id": _initiatives.campaign_id,
                 "unit_id": _initiatives.unit_id, "unit_path": _units.path}


def _narrowed(columns: dict, selection: Selection, all_campaigns: bool, with_level: bool = True) -> list:
    """Return the WHERE clauses of the selection's filters on one source's columns."""
    clauses = []
    if selection.campaign is not None and not all_campaigns:
        clauses.append(columns["campaign_id"] == selection.campaign.id)
    if selection.field_id:
        clauses.append(columns["field_id"] == selection.field_id)
    if selection.level and with_level:
        clauses.append(columns["unit_level"] == selection.level)
    if selection.subject_type:
        clauses.append(columns["subject_type"] == selection.subject_type)
    return clauses


def grouped(selection: Selection, dims: tuple[str, ...], bases: list[Unit] | None = None,
            all_campaigns: bool = False) -> Counter:
    """Count the initiatives under `bases` (default: the selection's) by `dims`, from the fastest source.

    With "unit_id" in `dims` the counts are keyed by the base unit each row falls under.
    """
    bases = selection.bases if bases is None else bases
    summary_ids = [unit.id for unit in bases if selection.rollup.get(unit.id)]
    others = [unit for unit in bases if not selection.rollup.get(unit.id)]
    result = Counter()
    if summary_ids:
        source = _SUMMARY_BY_BASIS[selection.basis]
        columns = [source[name] for name in dims]
        query = (select(*columns, func.sum(source["count"]))
                 .where(source["unit_id"].in_(summary_ids), source["count"] != 0,
                        *_narrowed(source, selection, all_campaigns))
                 .group_by(*columns))
        for *key, number in db.session.execute(query):
            result[tuple(key)] += int(number)
    if others:
        _count_below_rollups(selection, dims, others, all_campaigns, result)
    return result


_UNIT_DIMS = {"unit_id": _units.path, "unit_level": _units.level, "unit_group": _units.group}


def _member_ids(bases: list[Unit], level: str = "", rebased: bool = False):
    """Return a subquery of the ids of the units in the subtrees of `bases` (of one level, if given).

    Re-based, the closed units folded into those units are members too.
    """
    members = select(_units.id).where(or_(*(_units.path.startswith(unit.path, autoescape=True) for unit in bases)))
    members = members.where(_units.level == level) if level else members
    if not rebased:
        return members
    return members.union(select(_current.unit_id).where(_current.current_id.in_(members)))


def _count_below_rollups(selection: Selection, dims: tuple[str, ...], bases: list[Unit], all_campaigns: bool,
                         result: Counter) -> None:
    """Add to `result` the counts of units below the rollup grain, grouped on the base table.

    The units of the subtrees are picked first (a few hundred at most) and their initiatives read
    through `ix_initiative_unit_campaign_dims` by unit id; joining by path prefix instead lets the
    planner scan every initiative of the campaign.
    """
    members = _member_ids(bases, selection.level, selection.rebased)
    plain = [name for name in dims if name not in _UNIT_DIMS]
    narrowed = _narrowed(_BASE_COLUMNS, selection, all_campaigns, with_level=False)
    # Re-based, an initiative of a closed unit is placed at today's unit it folds into.
    member = func.coalesce(_current.current_id, _initiatives.unit_id) if selection.rebased else _initiatives.unit_id
    inner = select(member.label("member_id"), *(_BASE_COLUMNS[name].label(name) for name in plain),
                   func.count().label("number"))
    if selection.rebased:
        inner = inner.select_from(Initiative.__table__.outerjoin(UnitCurrent.__table__,
                                                                 _current.unit_id == _initiatives.unit_id))
    inner = (inner.where(_initiatives.unit_id.in_(members), *narrowed)
             .group_by(member, *(_BASE_COLUMNS[name] for name in plain))).subquery()
    columns = [_UNIT_DIMS[name] if name in _UNIT_DIMS else inner.c[name] for name in dims]
    query = (select(*columns, func.sum(inner.c.number)).select_from(inner)
             .join(Unit.__table__, _units.id == inner.c.member_id).group_by(*columns))
    position = dims.index("unit_id") if "unit_id" in dims else None
    for *key, number in db.session.execute(query):
        if position is not None:
            path = key[position]
            owner = max((unit for unit in bases if path.startswith(unit.path)), key=lambda unit: len(unit.path))
            key[position] = owner.id
        result[tuple(key)] += int(number)


#: Up to this many active units under a selection, coverage reads them all and counts in Python
#: (one query, ~8 µs a unit); above it, it counts in SQL (at 100,000 units: 134 ms against 820 ms).
WALK_LIMIT = 1000


def coverage(selection: Selection, rows: list[Unit], limit: int = 0) -> tuple[dict[int, tuple[int, int]], list]:
    """Return per unit of `rows` (active units in its subtree, of which with nothing registered), and
    up to `limit` of the units with nothing registered under the selection, in tree order.

    The units of `rows` must lie within the selection. A small selection is read in one pass, each
    unit counted for every unit of `rows` on its path. A large one, on PostgreSQL, when `rows` are the
    selection's bases and children of the selected unit (the dashboard's and the locality report's),
    is counted by one GROUP BY, and its first uncovered units read apart.
    """
    if selection.campaign is None or not rows:
        return {}, []
    if selection.field_id or selection.subject_type:
        # The summary counts a unit's registrations in every field: narrowed to one field (or subject
        # type), a unit is covered only by what it registered there, counted from the base table.
        # Re-based, a unit is covered by its predecessors' registrations too (units folded into it).
        own = _initiatives.unit_id == _units.id
        if selection.rebased:
            folded = select(_current.unit_id).where(_current.current_id == _units.id).correlate(Unit.__table__)
            own = or_(own, _initiatives.unit_id.in_(folded))
        registered = (select(func.count()).select_from(Initiative.__table__)
                      .where(own,
                             _initiatives.status.in_(STAGE_STATES[STAGE_REGISTERED]),
                             *_narrowed(_BASE_COLUMNS, selection, False, with_level=False))
                      .scalar_subquery())
        query = select(_units.id, _units.name, _units.path, registered.label("units_own_count"))
    else:
        registrations = TABLES[selection.basis][1].c
        counted = func.coalesce(registrations.count, 0).label("units_own_count")
        query = (select(_units.id, _units.name, _units.path, counted)
                 .outerjoin(TABLES[selection.basis][1],
                            and_(registrations.unit_id == _units.id,
                                 registrations.campaign_id == selection.campaign.id)))
    registered = query.selected_columns[3]
    query = (
        query
        .where(or_(*(_units.path.startswith(unit.path, autoescape=True) for unit in selection.bases)),
               _units.is_active.is_(True))
    )
    if selection.rebased:
        query = query.where(_units.valid_to.is_(None))
    in_order = query.order_by(_units.path)
    members = db.session.execute(in_order.limit(WALK_LIMIT + 1)).all()
    if len(members) <= WALK_LIMIT:
        return _coverage_by_walk(rows, members, limit)
    counted = _coverage_grouped(selection, rows, query)
    if counted is None:
        return _coverage_by_walk(rows, db.session.execute(in_order), limit)
    uncovered = [member for member in members if not member[3]][:limit]
    if len(uncovered) < limit:
        uncovered = list(db.session.execute(in_order.where(registered == 0).limit(limit)))
    return counted, uncovered


def _coverage_grouped(selection: Selection, rows: list[Unit], members) -> dict[int, tuple[int, int]] | None:
    """Count coverage per base and per child of the selected unit in one GROUP BY; None where it cannot."""
    if db.session.get_bind().dialect.name != "postgresql":
        return None  # SQLite has no split_part (and its installations are small)
    base_ids = {unit.id for unit in selection.bases}
    unit = selection.unit
    children = {row.id for row in rows if unit is not None and row.parent_id == unit.id and row.id not in base_ids}
    if any(row.id not in base_ids and row.id not in children for row in rows):
        return None
    member = members.subquery()
    base = case(*((member.c.path.startswith(top.path, autoescape=True), top.id) for top in selection.bases))
    # A path is "/root/…/self/": the ancestor at depth d is its (d + 2)th part ("" for the unit itself).
    keys = [base, func.split_part(member.c.path, "/", unit.depth + 3)] if children else [base]
    query = select(*keys, func.count(), func.sum(case((member.c[3] == 0, 1), else_=0))).group_by(*keys)
    totals: Counter = Counter()
    for found in db.session.execute(query):
        number, missing = found[-2], int(found[-1])
        for key in (found[0], int(found[1]) if children and found[1] else None):
            if key in base_ids or key in children:
                totals[key, 0] += number
                totals[key, 1] += missing
    return {row.id: (totals[row.id, 0], totals[row.id, 1]) for row in rows if totals[row.id, 0]}


def _coverage_by_walk(rows: list[Unit], members, limit: int) -> tuple[dict[int, tuple[int, int]], list]:
    """Count coverage over every active unit under the selection (`members`, in tree order)."""
    totals = {unit.id: [0, 0] for unit in rows}
    uncovered = []
    for row in members:
        empty = not row[3]
        if empty and len(uncovered) < limit:
            uncovered.append(row)
        for unit_id in path_ids(row.path):
            counts = totals.get(unit_id)
            if counts is not None:
                counts[0] += 1
                counts[1] += empty
    return {unit_id: (total, missing) for unit_id, (total, missing) in totals.items() if total}, uncovered


def commendations(selection: Selection) -> list[tuple[int, str, str, int]]:
    """Return (form id, form name, issuer, count) of the commendations recorded under the selection.

    Read from the commendations themselves (a few per thousand initiatives), each checked against
    the selection by primary key: joining them the other way round reads the whole campaign.
    """
    members = _member_ids(selection.bases, selection.level, selection.rebased)
    matching = (select(Initiative.id)
                .where(Initiative.id == Commendation.initiative_id, Initiative.unit_id.in_(members),
                       *_narrowed(_BASE_COLUMNS, selection, False, with_level=False))
                .exists())
    query = (
        select(CommendationForm.id, CommendationForm.name, Commendation.issuer, func.count())
        .select_from(Commendation)
        .join(CommendationForm, CommendationForm.id == Commendation.form_id)
        .where(matching)
        .group_by(CommendationForm.id, CommendationForm.name, Commendation.issuer)
        .order_by(CommendationForm.name, Commendation.issuer)
    )
    return [tuple(row) for row in db.session.execute(query)]


def figures(statuses: Counter) -> dict:
    """Return the headline figures of a status -> count table, rates included (None when undefined)."""
    stages = {stage: sum(statuses.get(state, 0) for state in STAGE_STATES[stage]) for stage in REPORT_STAGES}
    registered, recognised, exemplary = (stages[STAGE_REGISTERED], stages[STAGE_RECOGNISED],
                                         stages[STAGE_EXEMPLARY])
    return {
        "total": sum(statuses.values()),
        **stages,
        "recognition_rate": recognised / registered if registered else None,
        "exemplary_rate": exemplary / recognised if recognised else None,
    }


def by(counts: Counter, *positions: int) -> Counter:
    """Sum a grouped Counter over the key positions not named."""
    result = Counter()
    for key, number in counts.items():
        result[tuple(key[position] for position in positions) if len(positions) > 1 else key[positions[0]]] += number
    return result
