"""Stream a report table as XLSX (openpyxl write-only, frozen bold header, totals) or CSV (UTF-8 with BOM)."""

from collections.abc import Iterator
from tempfile import SpooledTemporaryFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from registry.csv_export import csv_chunks as write_csv
from registry.initiatives.exports import xlsx_cell
from reports.tables import Table


def all_rows(table: Table) -> Iterator[list]:
    """Yield the table's rows, then its totals line."""
    yield from table.rows
    totals = table.totals if table.totals is not None else (table.totals_after() if table.totals_after else None)
    if totals is not None:
        yield totals


def csv_chunks(table: Table) -> Iterator[str]:
    """Yield the CSV text (quoted and formula-safe): a BOM, the headings, the rows, the totals."""
    return write_csv(table.headers, all_rows(table))


def xlsx_file(table: Table) -> SpooledTemporaryFile:
    """Write the workbook row by row (write-only: memory stays flat) and return the file, rewound."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(table.title[:31])
    sheet.freeze_panes = "A2"
    for index, width in enumerate(table.widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    sheet.append([_bold(sheet, title, bold) for title in table.headers])
    totals = table.totals
    for row in table.rows:
        sheet.append([xlsx_cell(sheet, value) for value in row])
    if totals is None and table.totals_after:
        totals = table.totals_after()
    if totals is not None:
        sheet.append([_bold(sheet, value, bold) for value in totals])
    output = SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (handed to the response)
    workbook.save(output)
    output.seek(0)
    return output


def _bold(sheet, value, font: Font) -> WriteOnlyCell:
    """Build a bold cell for the header and the totals line."""
    cell = xlsx_cell(sheet, value)
    cell.font = font
    return cell
