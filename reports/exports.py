"""Stream a report table as XLSX (registry.xlsx: heading block, STT, totals) or CSV (UTF-8 with BOM)."""

from collections.abc import Iterator
from tempfile import SpooledTemporaryFile

from flask_babel import gettext as _

from registry import xlsx
from registry.csv_export import csv_chunks as write_csv
from registry.extensions import db
from registry.labels import LEVEL_LABELS
from registry.models import Field
from reports.queries import BASIS_LABELS, BASIS_STATEMENTS, Selection
from reports.tables import Table, subject_labels


def all_rows(table: Table) -> Iterator[list]:
    """Yield the table's rows, then its totals line."""
    yield from table.rows
    totals = table.totals if table.totals is not None else (table.totals_after() if table.totals_after else None)
    if totals is not None:
        yield totals


def title_line(table: Table, selection: Selection) -> str:
    """Return the line a CSV opens with: the report, the campaign and the way it was counted."""
    campaign = selection.campaign.name if selection.campaign else _("all campaigns")
    return f"{table.title} · {campaign} · {BASIS_STATEMENTS[selection.basis]}"


def csv_chunks(table: Table, selection: Selection | None = None) -> Iterator[str]:
    """Yield the CSV text (quoted and formula-safe): a BOM, the headings, the rows, the totals.

    A report of counts (given its `selection`) opens with a title line that says how it was counted.
    """
    if selection is None:
        return write_csv(table.headers, all_rows(table))

    def lines() -> Iterator[list]:
        yield table.headers
        yield from all_rows(table)

    return write_csv([title_line(table, selection)], lines())


def filters(selection: Selection) -> list[str]:
    """Describe the selection's filters in force, one phrase each (the campaign is named apart)."""
    described = [_("Counting: %(basis)s", basis=BASIS_LABELS[selection.basis])]
    if selection.unit is not None:
        described.append(_("Unit: %(name)s", name=selection.unit.name))
    if selection.field_id:
        found = db.session.get(Field, selection.field_id)
        described.append(_("Field: %(name)s", name=found.name if found else selection.field_id))
    if selection.level:
        described.append(_("Level: %(name)s", name=LEVEL_LABELS.get(selection.level, selection.level)))
    if selection.subject_type:
        described.append(_("Subject type: %(name)s", name=subject_labels().get(selection.subject_type, "")))
    return described


def file_name(table: Table, selection: Selection, kind: str) -> str:
    """Name the download after the report, the campaign, the filters in force and the local date."""
    parts = [selection.campaign.name if selection.campaign else _("all campaigns"),
             *(phrase.split(": ", 1)[-1] for phrase in filters(selection)[1:])]
    if selection.rebased:
        parts.append(_("re-based"))
    return xlsx.file_name(_("report %(name)s", name=table.title), parts, kind)


def xlsx_file(table: Table, selection: Selection) -> SpooledTemporaryFile:
    """Write the workbook (heading block, STT, grouped headings, totals) and return the file, rewound."""
    sheet = xlsx.Sheet(table.title, selection.campaign.name if selection.campaign else "", filters(selection),
                       table.headers, table.widths, table.groups)
    totals = table.totals if table.totals is not None else table.totals_after
    return xlsx.write(sheet, table.rows, totals)
