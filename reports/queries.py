"""The dashboard's aggregates: counts from the summary for rollup units, from the base table below them.

A *base* is a unit whose whole subtree is counted. A rollup unit (see reports.models) is read from
`report_count` by its own row; a unit inside a commune is counted with a GROUP BY over its subtree's
initiatives (a few hundred rows at most). Every function runs a fixed number of queries, whatever
the number of initiatives or units.
"""

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import and_, func, or_, select

from registry.extensions import db
from registry.models import Campaign, Initiative, Unit, User
from registry.models.users import ROLE_ADMIN, ROLE_STAFF, ROLE_VIEWER
from reports.models import ReportCount, ReportUnitRegistrations
from reports.summary import REGISTERED_STATES, rollup_chain
from workflows.models import Commendation, CommendationForm

#: Statuses counted as "recognised" (holding a recognition now; a revoked one no longer counts).
RECOGNISED_STATES = frozenset(("recognized", "exemplary", "commended"))
#: Statuses counted as "exemplary" (a commended model was selected as exemplary first).
EXEMPLARY_STATES = frozenset(("exemplary", "commended"))
#: Named groups of statuses the list of initiatives understands as `stage`.
STAGES = {"registered": REGISTERED_STATES, "recognised": RECOGNISED_STATES, "exemplary": EXEMPLARY_STATES}
READER_ROLES = (ROLE_STAFF, ROLE_VIEWER, ROLE_ADMIN)


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

    @property
    def bases(self) -> list[Unit]:
        """Return the units whose subtrees together make the selection."""
        return [self.unit] if self.unit else self.scope

    def all_args(self) -> dict:
        """Return every query argument of this selection, None where unset (the key order of list_args)."""
        return {"campaign": self.campaign.id if self.campaign else None, "unit": self.unit.id if self.unit else None,
                "field": self.field_id, "level": self.level or None, "subject_type": self.subject_type or None}

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


def ancestors(unit: Unit) -> list[Unit]:
    """Return `unit`'s ancestors and itself, root first (one query)."""
    ids = [int(part) for part in unit.path.strip("/").split("/") if part]
    found = {row.id: row for row in db.session.scalars(select(Unit).where(Unit.id.in_(ids)))}
    return [found[unit_id] for unit_id in ids if unit_id in found]


def rollup_flags(units: list[Unit], chain: list[Unit] | None = None) -> dict[int, bool]:
    """Tell for each unit whether it is a rollup unit; `chain` (ancestors of units[0]) spares a query."""
    ids = {int(part) for unit in units for part in unit.path.strip("/").split("/") if part}
    if chain is not None and {u.id for u in chain} >= ids:
        levels = {u.id: u.level for u in chain}
    else:
        levels = dict(db.session.execute(select(Unit.id, Unit.level).where(Unit.id.in_(ids))).all())
    return {unit.id: unit.id in rollup_chain(levels, unit.path) for unit in units}


def children_are_rollups(selection: Selection, unit: Unit) -> bool:
    """Tell whether the children of a unit are rollup units (it is one, above commune level)."""
    return selection.rollup.get(unit.id, False) and unit.level != "commune"


_SUMMARY_COLUMNS = {"status": ReportCount.status, "field_id": ReportCount.field_id,
                    "subject_type": ReportCount.subject_type, "registration_kind": ReportCount.registration_kind,
                    "unit_level": ReportCount.unit_level, "unit_group": ReportCount.unit_group,
                    "campaign_id": ReportCount.campaign_id, "unit_id": ReportCount.unit_id}
_BASE_COLUMNS = {"status": Initiative.status, "field_id": Initiative.field_id,
                 "subject_type": Initiative.subject_type, "registration_kind": Initiative.registration_kind,
                 "unit_level": Unit.level, "unit_group": Unit.group, "campaign_id": Initiative.campaign_id,
                 "unit_id": Initiative.unit_id, "unit_path": Unit.path}


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
        columns = [_SUMMARY_COLUMNS[name] for name in dims]
        query = (select(*columns, func.sum(ReportCount.count))
                 .where(ReportCount.unit_id.in_(summary_ids), ReportCount.count != 0,
                        *_narrowed(_SUMMARY_COLUMNS, selection, all_campaigns))
                 .group_by(*columns))
        for *key, number in db.session.execute(query):
            result[tuple(key)] += int(number)
    if others:
        _count_below_rollups(selection, dims, others, all_campaigns, result)
    return result


_UNIT_DIMS = {"unit_id": Unit.path, "unit_level": Unit.level, "unit_group": Unit.group}


def _member_ids(bases: list[Unit], level: str = ""):
    """Return a subquery of the ids of the units in the subtrees of `bases` (of one level, if given)."""
    members = select(Unit.id).where(or_(*(Unit.path.startswith(unit.path, autoescape=True) for unit in bases)))
    return members.where(Unit.level == level) if level else members


def _count_below_rollups(selection: Selection, dims: tuple[str, ...], bases: list[Unit], all_campaigns: bool,
                         result: Counter) -> None:
    """Add to `result` the counts of units below the rollup grain, grouped on the base table.

    The units of the subtrees are picked first (a few hundred at most) and their initiatives read
    through `ix_initiative_unit_campaign_dims` by unit id; joining by path prefix instead lets the
    planner scan every initiative of the campaign.
    """
    members = _member_ids(bases, selection.level)
    plain = [name for name in dims if name not in _UNIT_DIMS]
    narrowed = _narrowed(_BASE_COLUMNS, selection, all_campaigns, with_level=False)
    inner = (select(Initiative.unit_id.label("member_id"), *(_BASE_COLUMNS[name].label(name) for name in plain),
                    func.count().label("number"))
             .where(Initiative.unit_id.in_(members), *narrowed)
             .group_by(Initiative.unit_id, *(_BASE_COLUMNS[name] for name in plain))).subquery()
    columns = [_UNIT_DIMS[name] if name in _UNIT_DIMS else inner.c[name] for name in dims]
    query = (select(*columns, func.sum(inner.c.number)).select_from(inner)
             .join(Unit, Unit.id == inner.c.member_id).group_by(*columns))
    position = dims.index("unit_id") if "unit_id" in dims else None
    for *key, number in db.session.execute(query):
        if position is not None:
            path = key[position]
            owner = max((unit for unit in bases if path.startswith(unit.path)), key=lambda unit: len(unit.path))
            key[position] = owner.id
        result[tuple(key)] += int(number)


def coverage(selection: Selection, rows: list[Unit], limit: int = 0) -> tuple[dict[int, tuple[int, int]], list]:
    """Return per unit of `rows` (active units in its subtree, of which with nothing registered), and
    up to `limit` of the units with nothing registered under the selection, in tree order.

    One pass over the active units under the selection with their own registration counts, each
    counted for every unit of `rows` on its path: a self-join of units by path prefix costs more.
    The units of `rows` must lie within the selection.
    """
    if selection.campaign is None or not rows:
        return {}, []
    registered = func.coalesce(ReportUnitRegistrations.count, 0)
    query = (
        select(Unit.id, Unit.name, Unit.path, registered)
        .outerjoin(ReportUnitRegistrations, and_(ReportUnitRegistrations.unit_id == Unit.id,
                                                 ReportUnitRegistrations.campaign_id == selection.campaign.id))
        .where(or_(*(Unit.path.startswith(unit.path, autoescape=True) for unit in selection.bases)),
               Unit.is_active.is_(True))
        .order_by(Unit.path)
    )
    totals = {unit.id: [0, 0] for unit in rows}
    uncovered = []
    for row in db.session.execute(query):
        empty = not row[3]
        if empty and len(uncovered) < limit:
            uncovered.append(row)
        for part in row.path.strip("/").split("/"):
            counts = totals.get(int(part))
            if counts is not None:
                counts[0] += 1
                counts[1] += empty
    return {unit_id: (total, missing) for unit_id, (total, missing) in totals.items() if total}, uncovered


def commendations(selection: Selection) -> list[tuple[int, str, str, int]]:
    """Return (form id, form name, issuer, count) of the commendations recorded under the selection.

    Read from the commendations themselves (a few per thousand initiatives), each checked against
    the selection by primary key: joining them the other way round reads the whole campaign.
    """
    members = _member_ids(selection.bases, selection.level)
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
    registered = sum(statuses.get(state, 0) for state in REGISTERED_STATES)
    recognised = sum(statuses.get(state, 0) for state in RECOGNISED_STATES)
    exemplary = sum(statuses.get(state, 0) for state in EXEMPLARY_STATES)
    return {
        "total": sum(statuses.values()),
        "registered": registered,
        "recognised": recognised,
        "exemplary": exemplary,
        "commended": statuses.get("commended", 0),
        "recognition_rate": recognised / registered if registered else None,
        "exemplary_rate": exemplary / recognised if recognised else None,
    }


def by(counts: Counter, *positions: int) -> Counter:
    """Sum a grouped Counter over the key positions not named."""
    result = Counter()
    for key, number in counts.items():
        result[tuple(key[position] for position in positions) if len(positions) > 1 else key[positions[0]]] += number
    return result
