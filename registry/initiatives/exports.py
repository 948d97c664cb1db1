"""Exports of the filtered list of initiatives: CSV (UTF-8 with BOM, for Excel) and XLSX."""

from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal
from tempfile import SpooledTemporaryFile

from flask_babel import gettext as _
from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from registry import xlsx
from registry.csv_export import csv_chunks as write_csv
from registry.extensions import db
from registry.i18n import format_date_vn, format_datetime_vn, vn_number
from registry.initiatives.listing import basis_note, stage_labels
from registry.models import Campaign, Field, Initiative, Unit
from registry.models.units import path_ids
from workflows.machine import STAGE_RECOGNISED, STAGE_STATES, STATES, TRIGGERS
from workflows.models import TransitionLog
from workflows.scoring.models import SHEET_SUBMITTED, ScoreSheet

#: Rows fetched from the database at a time while streaming.
BATCH = 500
#: Column widths of the XLSX sheet, in characters.
WIDTHS = (18, 60, 35, 30, 28, 20, 14, 14, 14, 20, 25, 16, 18, 18, 20, 14, 12)
#: The decisions an export names: those that recognise a model or select it as exemplary (not a rejection,
#: not a revocation), read from the machine's table.
RECOGNITION_TRIGGERS = tuple(spec.name for spec in TRIGGERS
                             if spec.needs_decision and spec.dest in STAGE_STATES[STAGE_RECOGNISED])


def headers() -> list[str]:
    """Return the column headings, translated."""
    return [_("Code"), _("Name of the model"), _("Registering unit"), _("Commune / ward"), _("Field"), _("Campaign"),
            _("Subject type"), _("Registration kind"), _("Target level"), _("Status"), _("Contact person"),
            _("Contact phone"), _("Submitted on"), _("Updated on"), _("Decision number"), _("Decision date"),
            _("Average score")]


def _labels() -> dict[str, str]:
    """Return the translated labels of the coded values and of the states (translated once, not once a row)."""
    return {
        **{state: str(label) for state, label in STATES.items()},
        "collective": _("Collective"), "individual": _("Individual"),
        "new": _("New registration"), "renewal": _("Renewal"),
        "commune": _("Commune level"), "province": _("Province level"), "national": _("National level"),
    }


def _values(row, labels: dict[str, str]) -> list:
    """Turn one result row into export values (timestamps left as datetimes, the average rounded)."""
    (code, title, unit, field, campaign, subject_type, kind, level, status, contact, phone,
     submitted_at, updated_at, decision_number, decision_date, average) = row
    if average is not None:
        average = Decimal(str(average)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return [code, title, unit, field, campaign, labels.get(subject_type, subject_type), labels.get(kind, kind),
            labels.get(level, level), labels.get(status, status), contact, phone, submitted_at, updated_at,
            decision_number or "", decision_date, average]


def with_decision_and_score(query):
    """Add to the list's query each row's latest recognition decision (number, date), its average, its path.

    The decision is joined by the id of the row's latest recognition (one correlated subquery, not one per
    column); the average is a correlated subquery; both on indexed columns (transition_log by initiative and
    id, score_sheet by initiative): the export stays one query however many rows it has.
    """
    log, decided = aliased(TransitionLog), aliased(TransitionLog)
    latest = (select(log.id).where(log.initiative_id == Initiative.id, log.trigger.in_(RECOGNITION_TRIGGERS))
              .order_by(log.id.desc()).limit(1).correlate(Initiative).scalar_subquery())
    average = (select(func.avg(ScoreSheet.total))
               .where(ScoreSheet.initiative_id == Initiative.id, ScoreSheet.round == Initiative.evaluation_round,
                      ScoreSheet.status == SHEET_SUBMITTED)
               .correlate(Initiative).scalar_subquery())
    return (query.outerjoin(decided, decided.id == latest)
            .add_columns(decided.decision_number, decided.decision_date, average, Unit.path))


def _rows(query) -> Iterator:
    """Yield the query's rows, fetched in batches (plain columns: run on the connection, no ORM result)."""
    yield from db.session.connection().execute(query.execution_options(yield_per=BATCH))


def _csv_values(query) -> Iterator[list]:
    """Yield the CSV rows of `query` with each row's commune, dates and numbers written the Vietnamese way."""
    labels, communes = _labels(), _communes()
    for row in _rows(with_decision_and_score(query)):
        values = _with_commune(_values(row[:-1], labels), row[-1], communes)
        values[-5] = format_date_vn(values[-5])
        values[-4] = format_datetime_vn(values[-4])
        values[-2] = format_date_vn(values[-2])
        values[-1] = vn_number(values[-1])
        yield values


def csv_chunks(query, filters=None) -> Iterator[str]:
    """Yield the CSV export of `query` (quoted and formula-safe): a BOM, the headings, one line each.

    A re-based list's file opens with a line saying so, before the headings.
    """
    if filters is None or not filters.rebased:
        return write_csv(headers(), _csv_values(query), lines=BATCH)

    def lines() -> Iterator[list]:
        yield headers()
        yield from _csv_values(query)

    return write_csv([basis_note(filters, db.session.get(Unit, filters.unit_id) if filters.unit_id else None)],
                     lines(), lines=BATCH)


def _communes() -> dict[int, str]:
    """Return id -> name of every commune-level unit (a few hundred), to name each row's commune."""
    return dict(db.session.execute(select(Unit.id, Unit.name).where(Unit.level == "commune")).all())


def _with_commune(values: list, path: str, communes: dict[int, str]) -> list:
    """Insert after the registering unit the commune it lies in (itself, an ancestor, or "")."""
    commune = communes.get(path)
    if commune is None:  # the unit's first row: found from its path, then kept under the path (str keys)
        commune = communes[path] = next((communes[unit_id] for unit_id in path_ids(path) if unit_id in communes), "")
    return [*values[:3], commune, *values[3:]]


def filters_in_force(filters) -> list[str]:
    """Describe the list's filters in force, one phrase each (the campaign is named apart).

    A re-based list opens with the way it places models (as the reports' heading blocks do).
    """
    described = [_("Counting: %(basis)s", basis=_("Re-based onto today's units"))] if filters.rebased else []
    names = ((filters.field_id, Field, _("Field: %(name)s")), (filters.unit_id, Unit, _("Unit: %(name)s")))
    for given, model, phrase in names:
        if given:
            found = db.session.get(model, given)
            described.append(phrase % {"name": found.name if found else given})
    if filters.status:
        described.append(_("Status: %(name)s", name=STATES.get(filters.status, filters.status)))
    if filters.stage:
        described.append(_("Stage: %(name)s", name=stage_labels().get(filters.stage, filters.stage)))
    labels = _labels()
    for given, phrase in ((filters.subject_type, _("Subject type: %(name)s")),
                          (filters.kind, _("Registration kind: %(name)s")), (filters.level, _("Level: %(name)s"))):
        if given:
            described.append(phrase % {"name": labels.get(given, given)})
    if filters.q:
        described.append(_("Search: %(text)s", text=filters.q))
    return described


def campaign_name(filters) -> str:
    """Return the name of the campaign the list is filtered on ("" for all)."""
    found = db.session.get(Campaign, filters.campaign_id) if filters.campaign_id else None
    return found.name if found else ""


def file_name(filters, kind: str) -> str:
    """Name the download after the list, its campaign, its filters and the local date."""
    phrases = filters_in_force(filters)[1 if filters.rebased else 0:]  # the basis is named last, in short
    parts = [campaign_name(filters), *(phrase.split(": ", 1)[-1] for phrase in phrases),
             _("re-based") if filters.rebased else ""]
    return xlsx.file_name(_("models"), parts, kind)


def xlsx_file(query, filters) -> SpooledTemporaryFile:
    """Write the XLSX export of `query` (heading block, STT, one row each) and return the file, rewound."""
    sheet = xlsx.Sheet(_("List of models"), campaign_name(filters), filters_in_force(filters), headers(),
                       list(WIDTHS))
    labels, communes = _labels(), _communes()
    rows = (_with_commune(_values(row[:-1], labels), row[-1], communes)
            for row in _rows(with_decision_and_score(query)))
    return xlsx.write(sheet, rows)
