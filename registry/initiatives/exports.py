"""Exports of the filtered list of initiatives: CSV (UTF-8 with BOM, for Excel) and XLSX."""

from collections.abc import Iterator
from datetime import datetime
from tempfile import SpooledTemporaryFile
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

from registry.csv_export import csv_chunks as write_csv
from registry.extensions import db
from registry.i18n import format_date_vn, format_datetime_vn
from registry.models.base import as_utc
from workflows.machine import STATES

#: Rows fetched from the database at a time while streaming.
BATCH = 500
#: Column widths of the XLSX sheet, in characters.
WIDTHS = (18, 60, 35, 28, 20, 14, 14, 14, 20, 25, 16, 18, 18)


def headers() -> list[str]:
    """Return the column headings, translated."""
    return [_("Code"), _("Name of the model"), _("Registering unit"), _("Field"), _("Campaign"),
            _("Subject type"), _("Registration kind"), _("Target level"), _("Status"), _("Contact person"),
            _("Contact phone"), _("Submitted on"), _("Updated on")]


def _labels() -> dict[str, str]:
    """Return the translated labels of the coded values."""
    return {
        "collective": _("Collective"), "individual": _("Individual"),
        "new": _("New registration"), "renewal": _("Renewal"),
        "commune": _("Commune level"), "province": _("Province level"), "national": _("National level"),
    }


def _values(row, labels: dict[str, str]) -> list:
    """Turn one result row into export values (timestamps left as datetimes)."""
    (code, title, unit, field, campaign, subject_type, kind, level, status, contact, phone,
     submitted_at, updated_at) = row
    return [code, title, unit, field, campaign, labels.get(subject_type, subject_type), labels.get(kind, kind),
            labels.get(level, level), str(STATES.get(status, status)), contact, phone, submitted_at, updated_at]


def _rows(query) -> Iterator:
    """Yield the query's rows, fetched in batches."""
    yield from db.session.execute(query.execution_options(yield_per=BATCH))


def _csv_values(query) -> Iterator[list]:
    """Yield the CSV rows of `query`, timestamps written as Vietnamese dates."""
    labels = _labels()
    for row in _rows(query):
        values = _values(row, labels)
        values[-2] = format_date_vn(values[-2])
        values[-1] = format_datetime_vn(values[-1])
        yield values


def csv_chunks(query) -> Iterator[str]:
    """Yield the CSV export of `query` (quoted and formula-safe): a BOM, the headings, one line each."""
    return write_csv(headers(), _csv_values(query), lines=BATCH)


def _local_naive(value: datetime) -> datetime:
    """Convert a stored timestamp to Vietnam's local time without a zone (Excel has none)."""
    zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])
    return as_utc(value).astimezone(zone).replace(tzinfo=None)


def xlsx_cell(sheet, value) -> WriteOnlyCell:
    """Build a write-only cell; text stays text even when it looks like a formula.

    Control characters XML cannot carry are dropped: openpyxl refuses them, and a title pasted from
    another program may hold one.
    """
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
    return cell


def _cell(sheet, value):
    """Build a cell of the list export: timestamps as local dates, the rest as `xlsx_cell`."""
    if isinstance(value, datetime):
        cell = WriteOnlyCell(sheet, value=_local_naive(value))
        cell.number_format = "dd/mm/yyyy"
        return cell
    return xlsx_cell(sheet, value)


def xlsx_file(query) -> SpooledTemporaryFile:
    """Write the XLSX export of `query` and return the file, rewound (kept in memory while small)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Models"))
    sheet.freeze_panes = "A2"
    for index, width in enumerate(WIDTHS):
        sheet.column_dimensions[chr(ord("A") + index)].width = width
    bold = Font(bold=True)
    heading = []
    for title in headers():
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    labels = _labels()
    for row in _rows(query):
        sheet.append([_cell(sheet, value) for value in _values(row, labels)])
    output = SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (handed to the response)
    workbook.save(output)
    output.seek(0)
    return output
