"""The import of past campaigns' initiatives: the dossier, the status reached and the decisions on the way.

Each row becomes an initiative and its history: the machine's table gives the path of triggers from the
first state to the status reached; `workflows.transitions.plan_imported_history` checks each step in
memory (the decision data as for a live step) and `record_imported_history` writes them in bulk, the
history rows marked with the batch. Rows are matched by code.
"""

import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import gettext as _
from sqlalchemy import insert, select

from onboarding.batches import Report, RowProblems, cell_text, choice_matcher, remember_created
from onboarding.columns import DOSSIER_COLUMNS, INITIATIVE_COLUMNS
from onboarding.models import KIND_INITIATIVES, ImportBatch
from onboarding.reader import SheetRow
from registry.codes import current_value, reserve_codes
from registry.extensions import db
from registry.i18n import NumberNotUnderstood, parse_number
from registry.models import Campaign, Field, Indicator, Initiative, Unit, User
from registry.text import fold
from reports.summary import TRACKED as SUMMARY_COLUMNS
from reports.summary import record_inserted
from workflows.machine import INITIAL_STATE, STATES, TRIGGERS, TriggerSpec
from workflows.models import CommendationForm, TransitionLog
from workflows.transitions import ImportedHistory, plan_imported_history, record_imported_history

COLUMN = {column.key: column for column in INITIATIVE_COLUMNS}
#: The shape of the codes the registry hands out (registry.codes.format_code).
OWN_CODE = re.compile(r"DVK-(\d{4})-(\d{6})")


def path_to(state: str) -> list[TriggerSpec]:
    """Return the shortest chain of triggers from the first state to `state`, read from the machine's table."""
    previous: dict[str, tuple[str, TriggerSpec] | None] = {INITIAL_STATE: None}
    queue = deque([INITIAL_STATE])
    while queue:
        current = queue.popleft()
        for spec in TRIGGERS:
            if current in spec.sources and spec.dest not in previous:
                previous[spec.dest] = (current, spec)
                queue.append(spec.dest)
    chain: list[TriggerSpec] = []
    while previous.get(state) is not None:
        state, spec = previous[state]
        chain.insert(0, spec)
    return chain


@dataclass
class InitiativeRow:
    """A checked row of the initiatives sheet."""

    number: int
    code: str
    title: str
    unit_id: int
    campaign_id: int
    field_id: int
    status: str
    registered_on: date | None
    dossier: dict[str, str]
    indicator: tuple[str, str, object, object] | None
    steps: list[tuple[TriggerSpec, dict]] = field(default_factory=list)
    #: filled by check_histories: the history checked, ready to be written
    history: ImportedHistory | None = None


def _date(values: dict, column_key: str, problems: RowProblems) -> date | None:
    """Read a dd/mm/yyyy date (or an Excel date); refuse one that does not exist."""
    value = values.get(column_key)
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(values, COLUMN[column_key], problems)
    if not text:
        return None
    try:
        return datetime.strptime(text, "%d/%m/%Y").date()
    except ValueError:
        problems.add(COLUMN[column_key], _("“%(text)s” is not a date that exists: write it dd/mm/yyyy.", text=text))
        return None


def _number(values: dict, key: str, problems: RowProblems):
    value = values.get(key)
    if isinstance(value, int | float):
        return value
    try:
        return parse_number(cell_text(values, COLUMN[key], problems))
    except NumberNotUnderstood as error:
        problems.add(COLUMN[key], str(error))
        return None


def _steps(path: list[TriggerSpec], values: dict, registered_on: date | None, forms: dict,
           problems: RowProblems) -> list[tuple[TriggerSpec, dict]]:
    """Give each trigger on the path its data: the decisions in order, the commendation, the reason."""
    decisions = iter((("decision_1_number", "decision_1_date"), ("decision_2_number", "decision_2_date")))
    steps = []
    for spec in path:
        inputs: dict = {}
        if spec.needs_decision:
            number_key, date_key = next(decisions, (None, None))
            if number_key is None:
                problems.add("", _("This status needs more decisions than the sheet has columns for."))
                return []
            inputs = {"decision_number": cell_text(values, COLUMN[number_key], problems, 64),
                      "decision_date": _date(values, date_key, problems)}
        if spec.needs_commendation:
            name = cell_text(values, COLUMN["commendation_form"], problems)
            form = forms.get(fold(name)) if name else None
            if name and form is None:
                problems.add(COLUMN["commendation_form"], _("Unknown form of commendation “%(value)s”.", value=name))
            inputs = {"decision_number": cell_text(values, COLUMN["commendation_number"], problems, 64),
                      "decision_date": _date(values, "commendation_date", problems),
                      "decision_issuer": cell_text(values, COLUMN["commendation_issuer"], problems),
                      "form_id": form.id if form else None}
        if spec.needs_comment:
            inputs["comment"] = cell_text(values, COLUMN["reason"], problems, 5000)
        steps.append((spec, inputs))
    if path and registered_on is None:
        problems.add(COLUMN["registered_on"], _("A registered model needs its registration date."))
    return steps


def check_initiatives(rows: Iterable[SheetRow], actor: User | None) -> tuple[Report, list[InitiativeRow]]:
    """Check the rows of an initiatives sheet; return the report and the initiatives to create.

    The decisions themselves are checked when the history is written, in the same transaction (a dry run
    writes them and rolls back), so their messages are the decision form's.
    """
    from registry.policy import can_manage_unit

    report = Report(KIND_INITIATIVES)
    statuses = choice_matcher(STATES)
    units = {unit.code: unit for unit in db.session.scalars(select(Unit).where(Unit.code.is_not(None)))}
    campaigns = {campaign.year: campaign for campaign in db.session.scalars(select(Campaign))}
    fields = {}
    for item in db.session.scalars(select(Field)):
        fields[fold(item.code)] = fields[fold(item.name)] = item
    forms = {fold(form.name): form for form in db.session.scalars(select(CommendationForm))}
    existing = {code for code in db.session.scalars(select(Initiative.code))}
    seen: dict[str, int] = {}
    planned: list[InitiativeRow] = []
    for sheet_row in rows:
        report.total += 1
        problems = RowProblems(report, sheet_row.number)
        values = sheet_row.values
        text = {key: cell_text(values, COLUMN[key], problems, 500 if key == "title" else 255)
                for key in ("code", "title", "unit_code", "campaign_year", "field", "status")}
        code = text["code"].strip().upper()
        if len(code) > 32:
            problems.add(COLUMN["code"], _("At most %(max)d characters.", max=32))
        unit = units.get(text["unit_code"].upper()) if text["unit_code"] else None
        if text["unit_code"] and unit is None:
            problems.add(COLUMN["unit_code"], _("Unknown unit code %(code)s: import or create the unit first.",
                                                code=text["unit_code"]))
        elif unit is not None and actor is not None and not can_manage_unit(actor, unit):
            problems.add(COLUMN["unit_code"], _("You may only add units inside the units you manage."))
        year = text["campaign_year"]
        campaign = campaigns.get(int(year)) if year.isdigit() else None
        if year and campaign is None:
            problems.add(COLUMN["campaign_year"], _("No campaign of the year %(year)s: create it first.", year=year))
        chosen_field = fields.get(fold(text["field"])) if text["field"] else None
        if text["field"] and chosen_field is None:
            problems.add(COLUMN["field"], _("Unknown field “%(value)s”.", value=text["field"]))
        status = statuses.get(fold(text["status"])) if text["status"] else None
        if text["status"] and status is None:
            problems.add(COLUMN["status"], _("Unknown status “%(value)s”: see the sheet of allowed values.",
                                             value=text["status"]))
        registered_on = _date(values, "registered_on", problems)
        steps = _steps(path_to(status), values, registered_on, forms, problems) if status else []
        dossier = {key: cell_text(values, COLUMN[key], problems, 255 if key.startswith("contact") else 20000)
                   for key, _header in DOSSIER_COLUMNS}
        indicator_name = cell_text(values, COLUMN["indicator"], problems)
        indicator = (indicator_name, cell_text(values, COLUMN["indicator_unit"], problems, 64),
                     _number(values, "indicator_target", problems), _number(values, "indicator_actual", problems))
        if code in seen:
            problems.add(COLUMN["code"], _("The code %(code)s is already used on row %(row)d.", code=code,
                                           row=seen[code]))
        elif code:
            seen[code] = sheet_row.number
        if problems.count:
            continue
        if code in existing:
            report.unchanged += 1
            continue
        planned.append(InitiativeRow(sheet_row.number, code, text["title"], unit.id, campaign.id, chosen_field.id,
                                     status, registered_on, dossier, indicator if indicator_name else None, steps))
    report.new = len(planned)
    return report, planned


#: How many initiatives one INSERT … RETURNING writes (with their history): the memory stays flat.
CHUNK = 1000


def check_histories(rows: list[InitiativeRow], actor: User | None, report: Report) -> None:
    """Check each row's history as the machine and the decision form would; a refusal becomes its row's error.

    Nothing is read or written: the history of a new initiative is only the steps of its row.
    """
    from registry.refusals import Refused

    zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])
    for row in rows:
        steps, day = [], row.registered_on
        for spec, inputs in row.steps:
            day = inputs.get("decision_date") or day
            # A past step's time of day is not known: noon of its day in Vietnam.
            steps.append((spec.name, datetime.combine(day, time(12), zone), inputs))
        try:
            row.history = plan_imported_history(steps, actor)
        except Refused as refusal:
            RowProblems(report, row.number).add("", refusal.message)


def apply_initiatives(batch: ImportBatch, rows: list[InitiativeRow], actor: User | None) -> list[int]:
    """Create the checked initiatives, their indicators and their history in bulk; keep the summaries exact.

    Every row's history has been checked (check_histories) in this same transaction.
    """
    created = []
    subject_type = Initiative.__table__.c.subject_type.default.arg
    registration_kind = Initiative.__table__.c.registration_kind.default.arg
    for start in range(0, len(rows), CHUNK):
        chunk = rows[start:start + CHUNK]
        values = [{"code": row.code, "title": row.title, "unit_id": row.unit_id, "campaign_id": row.campaign_id,
                   "field_id": row.field_id, "created_by_id": actor.id if actor else None,
                   "subject_type": subject_type, "registration_kind": registration_kind, "version": 1,
                   "search_text": fold(f"{row.code} {row.title}"), **row.dossier} for row in chunk]
        ids = record_imported_history(values, [row.history for row in chunk], batch.id)
        indicators = [{"initiative_id": initiative_id, "name": row.indicator[0], "unit_of_measure": row.indicator[1],
                       "target": row.indicator[2], "actual": row.indicator[3], "position": 0}
                      for initiative_id, row in zip(ids, chunk, strict=True) if row.indicator]
        if indicators:
            db.session.execute(insert(Indicator.__table__), indicators)
        record_inserted(SUMMARY_COLUMNS, [tuple(item[name] for name in SUMMARY_COLUMNS) for item in values])
        created += ids
    remember_created(batch, "initiative", created)
    _advance_code_sequences([row.code for row in rows])
    db.session.flush()
    return created


def _advance_code_sequences(codes: list[str]) -> None:
    """Move each year's code counter past the imported codes of the registry's own shape (no later clash)."""
    highest: dict[int, int] = {}
    for code in codes:
        if match := OWN_CODE.fullmatch(code):
            year, number = int(match[1]), int(match[2])
            highest[year] = max(highest.get(year, 0), number)
    for year, number in highest.items():
        if current_value(year) < number:
            reserve_codes(year, number - current_value(year))


def imported_history_only(ids: list[int], batch_id: int) -> bool:
    """Tell whether the initiatives' whole history is the batch's own (nothing built on them since)."""
    later = db.session.scalar(select(TransitionLog.id).where(
        TransitionLog.initiative_id.in_(ids),
        (TransitionLog.import_batch_id != batch_id) | TransitionLog.import_batch_id.is_(None)).limit(1))
    return later is None
