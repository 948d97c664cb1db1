"""Read an uploaded workbook row by row, streaming (openpyxl read-only): memory stays flat at any size.

openpyxl's read-only mode was chosen over python-calamine (see bench/imports.py: calamine reads 5–8 times
faster, but the whole import of 20,000 rows stays well under a minute with openpyxl): openpyxl streams the
sheet's XML and tells a formula from a value (`data_type == "f"`), which the import must refuse, while
calamine 0.9 gives only a formula's cached result as if it were typed (nothing when none was saved).
"""

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import IO

from flask import current_app
from flask_babel import gettext as _
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from onboarding.columns import Column
from registry.refusals import Refused

#: The first bytes of every .xlsx (a zip archive).
ZIP_MAGIC = b"PK\x03\x04"


class Formula:
    """A cell holding a formula where a value is expected; the row is refused with its text."""

    def __init__(self, text: str):
        self.text = text


@dataclass
class SheetRow:
    """One data row: its number in the sheet (as Excel shows it) and its cells by column key."""

    number: int
    values: dict[str, object]


def check_upload(stream: IO[bytes], size: int) -> None:
    """Refuse a file that is too large or is not an .xlsx workbook, before reading it.

    :raise Refused: with a message the person can act on.
    """
    limit = current_app.config["IMPORT_MAX_MB"]
    if size > limit * 1024 * 1024:
        raise Refused(_("The file is too large: at most %(mb)d MB.", mb=limit), "data", "file")
    if size == 0:
        raise Refused(_("The file is empty."), "data", "file")
    head = stream.read(4)
    stream.seek(0)
    if head != ZIP_MAGIC or not zipfile.is_zipfile(stream):
        stream.seek(0)
        raise Refused(_("This file is not an Excel workbook (.xlsx). Please use the template."), "data", "file")
    stream.seek(0)


def _cell_value(cell) -> object:
    """Return the cell's value, a Formula for a formula, text stripped, None for an empty cell."""
    if cell.data_type == "f":
        return Formula(str(cell.value))
    value = cell.value
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _header_key(text, columns: list[Column]) -> str | None:
    wanted = " ".join(str(text or "").replace("*", "").split()).casefold()
    return next((column.key for column in columns if column.header.casefold() == wanted), None)


def read_rows(stream: IO[bytes], sheet_name: str, columns: list[Column]) -> Iterator[SheetRow]:
    """Yield the data rows of the sheet `sheet_name`, keyed by the columns its header row names.

    :raise Refused: when the workbook cannot be opened, lacks the sheet or a required column.
    """
    try:
        workbook = load_workbook(stream, read_only=True, data_only=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError):
        raise Refused(_("This file is not an Excel workbook (.xlsx). Please use the template."),
                      "data", "file") from None
    try:
        if sheet_name not in workbook.sheetnames:
            raise Refused(_("The workbook has no sheet named “%(sheet)s”: please use the template of this "
                            "import.", sheet=sheet_name), "data", "file")
        rows = workbook[sheet_name].iter_rows()
        header = next(rows, None)
        keys = [_header_key(cell.value, columns) for cell in header or ()]
        missing = [column.header for column in columns if column.required and column.key not in keys]
        if missing:
            raise Refused(_("The sheet “%(sheet)s” lacks the column(s): %(columns)s.", sheet=sheet_name,
                            columns=", ".join(missing)), "data", "file")
        for number, cells in enumerate(rows, start=2):
            values = {key: _cell_value(cell) for key, cell in zip(keys, cells, strict=False)
                      if key is not None and cell is not None and hasattr(cell, "data_type")}
            if any(value is not None for value in values.values()):
                yield SheetRow(number, values)
    finally:
        workbook.close()


def as_text(value) -> str:
    """Return a cell as text: whole numbers without ".0", dates dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()
