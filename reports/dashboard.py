"""Build the dashboard and the report tables of one selection from the aggregates in reports.queries."""

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from registry.extensions import db
from registry.models import Campaign, Field, ReorganisationEvent, Unit, UnitCurrent, User
from registry.models.initiatives import SUBJECT_TYPES
from registry.models.units import UNIT_LEVELS
from registry.pagination import id_arg
from reports import queries
from reports.queries import Selection
from reports.summary import BASES, REBASED, RECORDED
from workflows.machine import STAGE_RECOGNISED, STAGE_STATES, STATES


def campaigns() -> list[Campaign]:
    """Return every campaign, latest year first."""
    return list(db.session.scalars(select(Campaign).order_by(Campaign.year.desc())))


def fields() -> list[Field]:
    """Return every field in display order."""
    return list(db.session.scalars(select(Field).order_by(Field.position, Field.name)))


def _default_campaign(all_campaigns: list[Campaign]) -> Campaign | None:
    """Return the latest open campaign, or the latest one."""
    return next((c for c in all_campaigns if c.is_open), all_campaigns[0] if all_campaigns else None)


def default_basis(campaign: Campaign | None) -> str:
    """Return the basis a campaign is counted on by default: re-based when its comparison with the year
    before spans a reorganisation (e.g. 2026 against 2025 across 1 July 2025), else as recorded."""
    if campaign is None:
        return RECORDED
    spanned = db.session.scalar(select(ReorganisationEvent.id).where(
        ReorganisationEvent.effective_on > date(campaign.year - 1, 1, 1),
        ReorganisationEvent.effective_on <= date(campaign.year, 12, 31)).limit(1))
    return REBASED if spanned is not None else RECORDED


def _current_of(unit: Unit) -> Unit:
    """Return today's unit a closed unit folds into (the unit itself while open)."""
    current_id = db.session.scalar(select(UnitCurrent.current_id).where(UnitCurrent.unit_id == unit.id))
    return db.session.get(Unit, current_id) if current_id else unit


def selection_from_args(args, user: User, all_campaigns: list[Campaign]) -> tuple[Selection, list[Unit]] | None:
    """Read the selection from a query string; return it with the selected unit's ancestors.

    Return None for a campaign or unit that does not exist or lies outside the user's scope: the caller
    answers 404 (no existence leak).
    """
    campaign_id = id_arg(args, "campaign")
    campaign = _default_campaign(all_campaigns)
    if campaign_id is not None:
        campaign = next((c for c in all_campaigns if c.id == campaign_id), None)
        if campaign is None:
            return None
    scope = queries.scope_units(user)
    unit_id = id_arg(args, "unit")
    unit = None
    if unit_id is not None:
        unit = db.session.get(Unit, unit_id)
        if unit is None or not queries.in_scope(unit, scope):
            return None
    elif len(scope) == 1:
        unit = scope[0]
    fallback = default_basis(campaign)
    basis = args.get("basis") if args.get("basis") in BASES else fallback
    if basis == REBASED and unit is not None and unit.is_closed:
        # Re-based, a closed unit's models are counted under today's unit: show that one.
        current = _current_of(unit)
        unit = current if queries.in_scope(current, scope) else unit
    selection = Selection(
        campaign=campaign, unit=unit, scope=scope,
        field_id=id_arg(args, "field"),
        level=args.get("level", "") if args.get("level") in UNIT_LEVELS else "",
        subject_type=args.get("subject_type", "") if args.get("subject_type") in SUBJECT_TYPES else "",
        basis=basis, default_basis=fallback,
    )
    chain = queries.ancestors(unit, scope) if unit else []
    selection.rollup = queries.rollup_flags([unit] if unit else scope, chain if unit else None)
    # Breadcrumbs stop at the top of the user's scope.
    visible_chain = [u for u in chain if queries.in_scope(u, scope)]
    return selection, visible_chain


def row_units(selection: Selection) -> list[Unit]:
    """Return the units the "by unit" table shows: the selected unit's children, or the scope."""
    if selection.unit is None:
        return selection.scope
    query = select(Unit).where(Unit.parent_id == selection.unit.id).order_by(Unit.name)
    if selection.rebased:
        query = query.where(Unit.valid_to.is_(None))  # closed units are folded into today's ones
    children = list(db.session.scalars(query))
    flag = queries.children_are_rollups(selection, selection.unit)
    selection.rollup.update({child.id: flag for child in children})
    return children


@dataclass
class UnitRow:
    """One line of the "by unit" table: a unit (None for the selected unit's own models) and its counts."""

    unit: Unit | None
    statuses: Counter
    figures: dict
    units: int = 0
    uncovered: int = 0


def dashboard(selection: Selection, all_campaigns: list[Campaign]) -> dict:
    """Return every figure the dashboard page shows for `selection`."""
    overview = queries.grouped(selection, ("status", "field_id", "subject_type", "registration_kind", "unit_level"))
    # One pass over the overview for its five projections (queries.by five times cost a millisecond).
    statuses, field_status, subject_status, kind_status, level_status = (Counter() for _ in range(5))
    for (status, field_id, subject_type, kind, level), number in overview.items():
        statuses[status] += number
        field_status[field_id, status] += number
        subject_status[subject_type, status] += number
        kind_status[kind, status] += number
        level_status[level, status] += number
    trend = queries.grouped(selection, ("campaign_id", "field_id", "status"), all_campaigns=True)
    previous = None
    if selection.campaign is not None:
        previous = next((c for c in all_campaigns if c.year == selection.campaign.year - 1), None)
    rows = row_units(selection)
    child_counts = queries.grouped(selection, ("unit_id", "status"), bases=rows)
    covered, uncovered = queries.coverage(selection, list({u.id: u for u in rows + selection.bases}.values()),
                                          limit=20)
    per_unit: defaultdict[int, Counter] = defaultdict(Counter)
    for (unit_id, status), number in child_counts.items():
        per_unit[unit_id][status] = number
    unit_rows = []
    for unit in rows:
        unit_statuses = per_unit.get(unit.id) or Counter()
        unit_rows.append(UnitRow(unit, unit_statuses, queries.figures(unit_statuses), *covered.get(unit.id, (0, 0))))
    if selection.unit is not None:
        own = Counter(statuses)
        for row in unit_rows:
            own.subtract(row.statuses)
        own = Counter({status: n for status, n in own.items() if n > 0})
        if own:
            unit_rows.append(UnitRow(None, own, queries.figures(own)))
    by_campaign: defaultdict[int, Counter] = defaultdict(Counter)
    previous_field_status = Counter()
    for (campaign_id, field_id, status), number in trend.items():
        by_campaign[campaign_id][status] += number
        if previous and campaign_id == previous.id:
            previous_field_status[field_id, status] = number
    previous_statuses = by_campaign.get(previous.id, Counter()) if previous else Counter()
    totals_units = sum(covered.get(u.id, (0, 0))[0] for u in selection.bases)
    totals_uncovered = sum(covered.get(u.id, (0, 0))[1] for u in selection.bases)
    return {
        "statuses": statuses,
        "figures": queries.figures(statuses),
        "field_status": field_status,
        "field_recognised": _recognised_by_field(field_status),
        "previous_field_recognised": _recognised_by_field(previous_field_status),
        "subject_status": subject_status,
        "kind_status": kind_status,
        "level_status": level_status,
        "previous": previous,
        "previous_statuses": previous_statuses,
        "previous_figures": queries.figures(previous_statuses),
        "figures_of": _figures_of,
        "trend": [(c, queries.figures(by_campaign[c.id])) for c in sorted(all_campaigns, key=lambda c: c.year)
                  if c.id in by_campaign],
        "unit_rows": unit_rows,
        "units_total": totals_units,
        "units_uncovered": totals_uncovered,
        "uncovered": uncovered,
        "commendations": queries.commendations(selection),
        "states": list(STATES),
    }


def _recognised_by_field(field_status: Counter) -> Counter:
    """Return field id -> recognised count from a (field id, status) -> count table."""
    result = Counter()
    for (field_id, status), number in field_status.items():
        if status in STAGE_STATES[STAGE_RECOGNISED]:
            result[field_id] += number
    return result


def _figures_of(counts: Counter, value) -> dict:
    """Return the headline figures of one value of a (value, status) -> count table."""
    return queries.figures(Counter({status: n for (v, status), n in counts.items() if v == value}))
