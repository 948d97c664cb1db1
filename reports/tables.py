"""The steering board's reports as tables (title, headings, rows, totals) shared by pages and exports."""

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import or_, select, text

from registry.extensions import db
from registry.filters import where_given
from registry.labels import GROUP_LABELS
from registry.models import Campaign, Field, Indicator, Initiative, Unit
from registry.models.units import UNIT_GROUPS
from registry.xlsx import Percent
from reports import queries
from reports.dashboard import fields, row_units
from reports.queries import Selection
from workflows.machine import REPORT_STAGES, STAGE_EXEMPLARY, STAGE_RECOGNISED, STAGE_STATES, STATES

#: Rows read from the database at a time when a report lists initiatives.
BATCH = 1000


@dataclass
class Table:
    """One report: rows are lists of plain values (str or int); `totals` is the last line, if any."""

    headers: list[str]
    rows: Iterator[list]
    totals: list | None = None
    widths: list[int] = field(default_factory=list)
    #: the totals can only be known once the rows were read (a streamed list)
    totals_after: Callable[[], list] | None = None
    #: which report this is and its title; `build` fills them in from the report's declaration
    key: str = ""
    title: str = ""
    #: (label, span) over the columns for two-row headings, "" over a column standing alone
    groups: list[tuple[str, int]] | None = None

    def screen_headers(self) -> list[str]:
        """Return the headings for the page: under a group heading, without the group's name repeated.

        A file keeps each heading whole ("Kinh tế 2026"), as a column read alone in Excel or a CSV must say
        what it counts; on screen the group's row above already says it, so "2026" is enough.
        """
        if not self.groups:
            return list(self.headers)
        shown, column = [], 0
        for label, span in self.groups:
            for heading in self.headers[column:column + span]:
                prefix = f"{label} "
                shown.append(heading[len(prefix):] if label and heading.startswith(prefix) else heading)
            column += span
        return shown + list(self.headers[column:])


#: The name (and URL) of the exemplary models' report; the same word as the state, so named once here.
EXEMPLARY_REPORT = "exemplary"


@dataclass(frozen=True)
class Report:
    """A report the board can open: its title and the function that builds its table for a selection."""

    title: str
    builder: Callable[[Selection], Table]


#: Every report, declared once with @report on its builder, in the order the dashboard offers them.
REPORTS: dict[str, Report] = {}


def report(key: str, title: str) -> Callable:
    """Declare the decorated function as the builder of the report `key` titled `title`."""

    def declare(builder: Callable[[Selection], Table]) -> Callable[[Selection], Table]:
        REPORTS[key] = Report(title, builder)
        return builder

    return declare


def subject_labels() -> dict[str, str]:
    return {"collective": _("Collective"), "individual": _("Individual")}


def _sums(statuses: Counter) -> list[int]:
    figures = queries.figures(statuses)
    return [figures[stage] for stage in REPORT_STAGES]


def _sum_headers() -> list[str]:
    return [_("Registered"), _("Recognised"), _("Exemplary"), _("Commended")]


@report("field-status", _l("Summary by field and status"))
def field_status(selection: Selection) -> Table:
    """Count the models by field (rows) and status (columns), with the derived totals."""
    counts = queries.grouped(selection, ("field_id", "status"))
    states = list(STATES)
    rows, totals = [], Counter()
    for item in fields():
        statuses = Counter({status: n for (field_id, status), n in counts.items() if field_id == item.id})
        if selection.field_id and item.id != selection.field_id:
            continue
        totals.update(statuses)
        rows.append([item.name, *(statuses.get(state, 0) for state in states), *_sums(statuses)])
    # A state and the stage it opens share a name ("Đã đăng ký"): the groups say which count is which.
    return Table([_("Field"), *(str(STATES[state]) for state in states), *_sum_headers()], iter(rows),
                 [_("Grand total"), *(totals.get(state, 0) for state in states), *_sums(totals)],
                 [40] + [14] * (len(states) + 4),
                 groups=[("", 1), (_("Now at this status"), len(states)), (_("Reached this stage (all so far)"), 4)])


@report("group-subject", _l("By unit group and subject type"))
def group_subject(selection: Selection) -> Table:
    """Count the models by the registering unit's group and by subject type."""
    counts = queries.grouped(selection, ("unit_group", "subject_type", "status"))
    subjects = subject_labels()
    rows, totals = [], Counter()
    for group in UNIT_GROUPS:
        for subject, subject_label in subjects.items():
            statuses = Counter({s: n for (g, t, s), n in counts.items() if g == group and t == subject})
            if not statuses:
                continue
            totals.update(statuses)
            rows.append([str(GROUP_LABELS[group]), subject_label, *_sums(statuses), sum(statuses.values())])
    return Table([_("Unit group"), _("Subject type"), *_sum_headers(), _("All models")], iter(rows),
                 [_("Grand total"), "", *_sums(totals), sum(totals.values())], [36, 16, 14, 14, 14, 14, 14])


@report("locality", _l("By locality, with coverage"))
def locality(selection: Selection) -> Table:
    """Count the models of each unit under the selection, rolled up over its subtree, with coverage."""
    units = row_units(selection)
    counts = queries.grouped(selection, ("unit_id", "status"), bases=units)
    # The totals are the selection's own (its unit included), as on the dashboard: summing the rows
    # would leave out the selected unit itself and its own models.
    covered, _uncovered = queries.coverage(selection, list({u.id: u for u in units + selection.bases}.values()))
    all_units = sum(covered.get(unit.id, (0, 0))[0] for unit in selection.bases)
    all_uncovered = sum(covered.get(unit.id, (0, 0))[1] for unit in selection.bases)
    rows, totals = [], Counter()
    for unit in units:
        statuses = Counter({s: n for (u, s), n in counts.items() if u == unit.id})
        total_units, uncovered = covered.get(unit.id, (0, 0))
        totals.update(statuses)
        rows.append([unit.name, *_sums(statuses), total_units, uncovered, _share(total_units - uncovered, total_units)])
    if selection.unit is not None:
        own = Counter(queries.by(queries.grouped(selection, ("status",)), 0))
        own.subtract(totals)
        own = Counter({status: n for status, n in own.items() if n > 0})
        if own:
            rows.append([_("%(unit)s (its own models)", unit=selection.unit.name), *_sums(own), "", "", ""])
            totals.update(own)
    return Table([_("Unit"), *_sum_headers(), _("Active units"), _("Units with nothing registered"),
                  _("Coverage (%)")],
                 iter(rows), [_("Grand total"), *_sums(totals), all_units, all_uncovered,
                              _share(all_units - all_uncovered, all_units)],
                 [40, 14, 14, 14, 14, 12, 18, 14])


def _communes(selection: Selection) -> list[Unit]:
    """Return the communes of the selection in tree order: the first commune on each path under it.

    A selection inside a commune is its one row. Each row is flagged as a rollup unit, so that its counts
    are read from the summary table.
    """
    unit = selection.unit
    if unit is not None and (unit.level == "commune" or not selection.rollup.get(unit.id)):
        return [unit]
    query = select(Unit).where(Unit.level == "commune",
                               or_(*(Unit.path.startswith(unit.path, autoescape=True) for unit in selection.bases)))
    if selection.rebased:
        query = query.where(Unit.valid_to.is_(None))  # re-based, the rows are today's communes
    found = db.session.scalars(query.order_by(Unit.path))
    communes: list[Unit] = []
    for unit in found:
        if not communes or not unit.path.startswith(communes[-1].path):
            communes.append(unit)
    selection.rollup.update({unit.id: True for unit in communes})
    return communes


@report("field-commune-years", _l("Recognised models by field in each commune, this year against last year"))
def field_commune_years(selection: Selection) -> Table:
    """Count the recognised models per commune (rows) and field (columns) in the campaign and the year before."""
    this = selection.campaign
    previous = None
    if this is not None:
        previous = db.session.scalar(select(Campaign).where(Campaign.year == this.year - 1).order_by(Campaign.id))
    communes = _communes(selection)
    counts = queries.grouped(selection, ("unit_id", "campaign_id", "field_id", "status"), bases=communes,
                             all_campaigns=True)
    recognised = set(STAGE_STATES[STAGE_RECOGNISED])
    chosen = [item for item in fields() if not selection.field_id or item.id == selection.field_id]
    campaigns = [this.id if this else None, previous.id if previous else None]
    cells: Counter = Counter()
    for (unit_id, campaign_id, field_id, status), number in counts.items():
        if status in recognised and campaign_id in campaigns:
            cells[unit_id, field_id, campaign_id] += number
            cells[unit_id, None, campaign_id] += number

    def pair(unit_id, field_id) -> list[int]:
        return [cells[unit_id, field_id, campaign_id] if campaign_id else 0 for campaign_id in campaigns]

    rows = [[unit.name, *(n for item in chosen for n in pair(unit.id, item.id)), *pair(unit.id, None)]
            for unit in communes]
    totals = [_("Grand total"), *(sum(row[index] for row in rows) for index in range(1, 2 * len(chosen) + 3))]
    years = [str(this.year) if this else _("This year"), str(previous.year) if previous else _("Last year")]
    headers = [_("Commune / ward")]
    for item in [*chosen, None]:
        name = item.name if item else _("All fields")
        headers += [f"{name} {years[0]}", f"{name} {years[1]}"]
    groups = [("", 1), *((item.name, 2) for item in chosen), (_("All fields"), 2)]
    return Table(headers, iter(rows), totals, [32] + [11] * (2 * len(chosen) + 2), groups=groups)


def _share(part: int, whole: int) -> Percent | str:
    """Return the share as a Percent (shown "23,1", a % number in Excel); "" when undefined."""
    return Percent(part / whole) if whole else ""


@report("commendations", _l("Commendations by form and issuer"))
def commendations(selection: Selection) -> Table:
    """Count the commendations recorded under the selection by form and issuer."""
    found = queries.commendations(selection)
    rows = [[name, issuer, number] for _form_id, name, issuer, number in found]
    return Table([_("Form"), _("Issuer"), _("Commendations")],
                 iter(rows), [_("Grand total"), "", sum(number for *_rest, number in found)], [30, 50, 16])


def _key_results(indicators: list[Indicator]) -> str:
    """Write an initiative's indicators as "name: actual/target unit" joined by semicolons."""
    parts = []
    for indicator in indicators:
        actual = "" if indicator.actual is None else f"{indicator.actual.normalize():f}"
        target = "" if indicator.target is None else f"{indicator.target.normalize():f}"
        parts.append(f"{indicator.name}: {actual or '—'}/{target or '—'} {indicator.unit_of_measure}".strip())
    return "; ".join(parts)


@report(EXEMPLARY_REPORT, _l("Exemplary models and their key results"))
def exemplary(selection: Selection) -> Table:
    """List the exemplary (and commended) models under the selection with their key results."""
    query = (
        select(Initiative.id, Initiative.code, Initiative.title, Unit.name, Field.name, Initiative.subject_type,
               Initiative.individual_name, Initiative.status)
        .join(Unit, Unit.id == Initiative.unit_id).join(Field, Field.id == Initiative.field_id)
        .where(Initiative.status.in_(STAGE_STATES[STAGE_EXEMPLARY]),
               or_(*(Unit.path.startswith(unit.path, autoescape=True) for unit in selection.bases)))
        .order_by(Initiative.code)
    )
    query = where_given(query, (Initiative.campaign_id, selection.campaign.id if selection.campaign else None),
                        (Initiative.field_id, selection.field_id), (Unit.level, selection.level),
                        (Initiative.subject_type, selection.subject_type))
    counted = [0]
    subjects = subject_labels()

    def rows() -> Iterator[list]:
        if db.session.get_bind().dialect.name == "postgresql":
            # Streamed through a server-side cursor, PostgreSQL plans for the first tenth of the rows
            # and walks every initiative in code order (2.2 s at a million, for no row at all); planned
            # for all the rows it filters first, then sorts (50 ms). Only this transaction is affected.
            db.session.execute(text("SET LOCAL cursor_tuple_fraction = 1"))
        batch = []
        for row in db.session.execute(query.execution_options(yield_per=BATCH)):
            batch.append(row)
            if len(batch) == BATCH:
                yield from _with_results(batch, subjects, counted)
                batch = []
        yield from _with_results(batch, subjects, counted)

    return Table([_("Code"), _("Name of the model"), _("Registering unit"), _("Field"), _("Subject type"),
                  _("Individual"), _("Status"), _("Key results")], rows(), None,
                 [18, 60, 35, 28, 14, 25, 16, 70],
                 totals_after=lambda: [_("Grand total"), counted[0], "", "", "", "", "", ""])


def _with_results(batch: list, subjects: dict, counted: list) -> Iterator[list]:
    """Yield the batch's rows with their indicators, read in one query."""
    if not batch:
        return
    indicators: dict[int, list[Indicator]] = {}
    for indicator in db.session.scalars(select(Indicator).where(Indicator.initiative_id.in_([r[0] for r in batch]))
                                        .order_by(Indicator.initiative_id, Indicator.position)):
        indicators.setdefault(indicator.initiative_id, []).append(indicator)
    for initiative_id, code, title, unit, field_name, subject, person, status in batch:
        counted[0] += 1
        yield [code, title, unit, field_name, subjects.get(subject, subject), person, str(STATES[status]),
               _key_results(indicators.get(initiative_id, []))]


def build(key: str, selection: Selection) -> Table:
    """Build the report named `key` for `selection`."""
    declared = REPORTS[key]
    return replace(declared.builder(selection), key=key, title=str(declared.title))
