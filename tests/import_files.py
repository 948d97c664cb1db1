"""Workbooks for the import tests, written with openpyxl (so that a cell can hold a real formula)."""

import io

from openpyxl import Workbook

from onboarding.columns import COLUMNS, SHEET_NAMES


def workbook_bytes(kind: str, rows: list[list], sheet: str | None = None, headers: list[str] | None = None) -> bytes:
    """Return an .xlsx with the headings of `kind` and `rows` (a value starting with "=" becomes a formula)."""
    book = Workbook()
    data = book.active
    data.title = sheet or SHEET_NAMES[kind]
    data.append(headers or [column.header for column in COLUMNS[kind]])
    for row in rows:
        data.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def workbook_stream(kind: str, rows: list[list], **options) -> io.BytesIO:
    """Return `workbook_bytes` as a stream."""
    return io.BytesIO(workbook_bytes(kind, rows, **options))
