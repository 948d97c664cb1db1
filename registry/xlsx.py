"""The one way the application writes XLSX: XlsxWriter in constant-memory mode, a sheet that explains itself.

Every sheet starts with a heading block (title, issuing body, campaign, filters in force, when it was
made), then its column headings (two rows when columns are grouped), an STT column and the rows, streamed
to a temporary file: XlsxWriter's constant-memory mode flushes each row as it is written, so memory
stays flat and a 100,000-row list is written about ten times faster than with openpyxl's write-only mode.

Text is always written as text (`write_string`): a title such as "=1+1" typed by a user never becomes a
formula. Shares are `Percent` values, written as numbers with a % format so that they sum and sort.
"""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from tempfile import SpooledTemporaryFile
from zoneinfo import ZoneInfo

import xlsxwriter
from flask import current_app
from flask_babel import gettext as _

from registry.models.base import as_utc

#: Characters XML 1.0 cannot carry (a title pasted from another program may hold one): dropped.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
#: The issuing body when the installation names none.
DEFAULT_ORG_NAME = "Ban Tuyên giáo và Dân vận"
#: Files up to this size stay in memory; larger ones spill to disk.
IN_MEMORY = 8 * 1024 * 1024


@dataclass(frozen=True)
class Percent:
    """A share (0–1) shown as a Vietnamese percentage ("23,1") and written to Excel as a % number."""

    share: float

    def __str__(self) -> str:
        """Return the percentage with one decimal and a comma, the Vietnamese way."""
        return f"{100 * self.share:.1f}".replace(".", ",")


def local_now() -> datetime:
    """Return the local time of the installation (Vietnam), without a zone."""
    return datetime.now(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])).replace(tzinfo=None)


def org_name() -> str:
    """Return the issuing body printed on every export."""
    return current_app.config.get("ORG_NAME") or current_app.config.get("STEERING_BODY_NAME") or DEFAULT_ORG_NAME


def slug(text: str) -> str:
    """Return `text` as a file-name part: no accents, lower case, words joined by hyphens."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-")[:40]


def file_name(base: str, parts: Iterable[str], kind: str) -> str:
    """Return a download's file name: what it is, the filters in force, the local date."""
    words = [slug(base), *(slug(part) for part in parts if part), f"{local_now():%Y%m%d}"]
    return "-".join(word for word in words if word) + f".{kind}"


@dataclass
class Sheet:
    """What one sheet shows: its title, the filters in force and the headings of its columns."""

    title: str
    campaign: str
    filters: list[str]
    headers: list[str]
    widths: list[int]
    #: (label, span) over the columns, in order; "" for a column that stands alone (two-row headings)
    groups: list[tuple[str, int]] | None = None


def _local_naive(value: datetime) -> datetime:
    """Convert a stored timestamp to Vietnam's local time without a zone (Excel has none)."""
    zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])
    return as_utc(value).astimezone(zone).replace(tzinfo=None)


class _Writer:
    """Write cells by type with the workbook's formats."""

    def __init__(self, workbook, worksheet):
        self.sheet = worksheet
        self.date = workbook.add_format({"num_format": "dd/mm/yyyy"})
        self.percent = workbook.add_format({"num_format": "0.0%"})
        self.bold = workbook.add_format({"bold": True})
        self.bold_date = workbook.add_format({"bold": True, "num_format": "dd/mm/yyyy"})
        self.bold_percent = workbook.add_format({"bold": True, "num_format": "0.0%"})
        self.zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])

    def row(self, row: int, values: list) -> None:
        """Write one body row; plain text and whole numbers (most cells) take the short way."""
        write_string, write_number = self.sheet.write_string, self.sheet.write_number
        for column, value in enumerate(values, start=1):
            kind = type(value)
            if kind is str:
                if value:
                    write_string(row, column, value if value.isprintable() else ILLEGAL_CHARACTERS_RE.sub("", value))
            elif kind is int:
                write_number(row, column, value)
            elif kind is datetime:
                self.sheet.write_datetime(row, column, as_utc(value).astimezone(self.zone).replace(tzinfo=None),
                                          self.date)
            else:
                self.cell(row, column, value)

    def cell(self, row: int, column: int, value, bold: bool = False) -> None:
        """Write one value: text as text, numbers as numbers, dates as local dates, shares as %."""
        sheet = self.sheet
        if value is None or value == "":
            if bold:
                sheet.write_blank(row, column, None, self.bold)
        elif isinstance(value, str):
            sheet.write_string(row, column, ILLEGAL_CHARACTERS_RE.sub("", value), self.bold if bold else None)
        elif isinstance(value, Percent):
            sheet.write_number(row, column, value.share, self.bold_percent if bold else self.percent)
        elif isinstance(value, bool):
            sheet.write_boolean(row, column, value, self.bold if bold else None)
        elif isinstance(value, int | float | Decimal):
            sheet.write_number(row, column, float(value), self.bold if bold else None)
        elif isinstance(value, datetime | date):
            local = _local_naive(value) if isinstance(value, datetime) else value
            sheet.write_datetime(row, column, local, self.bold_date if bold else self.date)
        else:
            sheet.write_string(row, column, str(value), self.bold if bold else None)


def write(sheet: Sheet, rows: Iterable[list], totals=None) -> SpooledTemporaryFile:
    """Write the workbook of `sheet` with `rows` (numbered in an STT column) and return the file, rewound.

    `totals` is the last line, or a function returning it once the rows were read (a streamed list).
    """
    output = SpooledTemporaryFile(max_size=IN_MEMORY)  # noqa: SIM115 (handed to the response)
    workbook = xlsxwriter.Workbook(output, {"constant_memory": True, "strings_to_numbers": False,
                                            "strings_to_formulas": False, "strings_to_urls": False})
    worksheet = workbook.add_worksheet(ILLEGAL_CHARACTERS_RE.sub("", re.sub(r"[\[\]:*?/\\]", " ", sheet.title))[:31])
    writer = _Writer(workbook, worksheet)
    worksheet.set_column(0, 0, 6)
    for index, chars in enumerate(sheet.widths, start=1):
        worksheet.set_column(index, index, chars)
    title = workbook.add_format({"bold": True, "font_size": 14})
    worksheet.write_string(0, 0, org_name().upper(), writer.bold)
    worksheet.write_string(1, 0, sheet.title, title)
    worksheet.write_string(2, 0, _("Campaign: %(name)s", name=sheet.campaign or _("All campaigns")))
    worksheet.write_string(3, 0, _("Filters: %(filters)s", filters="; ".join(sheet.filters) or _("none")))
    worksheet.write_string(4, 0, _("Made on %(when)s", when=f"{local_now():%d/%m/%Y %H:%M}"))
    heading = 6
    head = workbook.add_format({"bold": True, "text_wrap": True, "valign": "top", "border": 1})
    group_head = workbook.add_format({"bold": True, "align": "center", "border": 1})
    if sheet.groups:
        # The groups' row first, then the headings' row: in constant-memory mode a row is final once
        # a later one is written, so a column standing alone leaves its top cell blank (no vertical merge).
        worksheet.write_blank(heading, 0, None, group_head)
        column = 1
        for label, span in sheet.groups:
            if label and span > 1:
                worksheet.merge_range(heading, column, heading, column + span - 1, label, group_head)
            else:
                for offset in range(span):
                    worksheet.write_string(heading, column + offset, label, group_head)
            column += span
        heading += 1
    worksheet.write_string(heading, 0, _("No."), head)
    for column, label in enumerate(sheet.headers, start=1):
        worksheet.write_string(heading, column, label, head)
    first = heading + 1
    worksheet.freeze_panes(first, 0)
    number = 0
    for number, values in enumerate(rows, start=1):
        row = first + number - 1
        worksheet.write_number(row, 0, number)
        writer.row(row, values)
    if callable(totals):
        totals = totals()
    if totals is not None:
        for column, value in enumerate(totals, start=1):
            writer.cell(first + number, column, value, bold=True)
        worksheet.write_blank(first + number, 0, None, writer.bold)
    workbook.close()
    output.seek(0)
    return output
