"""Stream a report table as XLSX (openpyxl write-only, frozen bold header, totals) or CSV (UTF-8 with BOM)."""

import csv
import io
from collections.abc import Iterator
from tempfile import SpooledTemporaryFile

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from registry.initiatives.exports import xlsx_cell
from reports.tables import Table

#: Characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Lines of CSV gathered before a chunk is sent.
CSV_LINES = 500


def _safe(value):
    """Keep a spreadsheet from running a text cell as a formula (CSV injection)."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def all_rows(table: Table) -> Iterator[list]:
    """Yield the table's rows, then its totals line."""
    yield from table.rows
    totals = table.totals if table.totals is not None else (table.totals_after() if table.totals_after else None)
    if totals is not None:
        yield totals


def csv_chunks(table: Table) -> Iterator[str]:
    """Yield the CSV text: a BOM (so Excel reads UTF-8), the headings, the rows, the totals."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write("\ufeff")
    writer.writerow(table.headers)
    for count, row in enumerate(all_rows(table), start=1):
        writer.writerow([_safe(value) for value in row])
        if count % CSV_LINES == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


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


def file_chunks(handle, size: int = 64 * 1024) -> Iterator[bytes]:
    """Yield the bytes of `handle` in chunks, then close it."""
    try:
        while chunk := handle.read(size):
            yield chunk
    finally:
        handle.close()
