"""The one way the application writes XLSX: a native writer in constant-memory mode, a sheet that explains itself.

Every sheet starts with a heading block (title, issuing body, campaign, filters in force, when it was
made), then its column headings (two rows when columns are grouped), an STT column and the rows, streamed
to a temporary file. The writer is rvgsrust-xlsxwriter (Python bindings of the Rust port of XlsxWriter):
its constant-memory worksheet flushes each row once the next one starts, so memory stays flat, and the
XML of each cell is made in native code, which makes a 100,000-row list several times faster to write
than with XlsxWriter or openpyxl (figures in bench/exports.py).

Text is always written as text (the writer makes a formula only through `write_formula`, never used here):
a title such as "=1+1" typed by a user never becomes a formula. Shares are `Percent` values, written as
numbers with a % format so that they sum and sort. Characters XML cannot carry are dropped.
"""

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from operator import itemgetter
from typing import IO
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import gettext as _
from rvgsrust_xlsxwriter import Workbook

#: Characters XML 1.0 cannot carry (a title pasted from another program may hold one): dropped.
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")
#: The issuing body when the installation names none.
DEFAULT_ORG_NAME = "Ban Tuyên giáo và Dân vận"
#: The longest text one cell holds (Excel's limit): longer text is cut rather than refused.
MAX_TEXT = 32767


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


def _format(workbook, bold: bool = False, num_format: str = "", font_size: float = 0, wrap: bool = False,
            align: str = "", valign: str = "", border: bool = False):
    """Return a new format of `workbook` with the given properties."""
    made = workbook.add_format()
    if bold:
        made.set_bold()
    if num_format:
        made.set_num_format(num_format)
    if font_size:
        made.set_font_size(font_size)
    if wrap:
        made.set_text_wrap()
    if align:
        made.set_align(align)
    if valign:
        made.set_vertical_align(valign)
    if border:
        made.set_border("thin")
    return made


def _text(value: str) -> str:
    """Return `value` without the characters XML cannot carry, cut to the longest text a cell holds."""
    return ILLEGAL_CHARACTERS_RE.sub("", value)[:MAX_TEXT]


#: The types the native writer is handed as they are, in one call a row (text is checked first).
PLAIN_TYPES = frozenset({str, int, float, type(None)})


@dataclass(frozen=True)
class _Plan:
    """Where the values of one row shape go: text to check, timestamps to convert, other values."""

    text_positions: tuple[int, ...]
    stamps: tuple[int, ...]
    others: tuple[int, ...]
    #: the positions written apart, each with its format (left blank in the row's one call)
    formatted: tuple[int, ...]
    #: picks the row's text values (one value or a tuple: either joins into the row's text)
    texts: Callable[[list], str | tuple[str, ...]] | None

    @classmethod
    def of(cls, shape: tuple[type, ...]) -> "_Plan":
        """Return the plan of the rows whose values have the types `shape`."""
        texts = tuple(position for position, kind in enumerate(shape) if kind is str)
        stamps = tuple(position for position, kind in enumerate(shape) if kind is datetime)
        others = tuple(position for position, kind in enumerate(shape)
                       if kind not in PLAIN_TYPES and kind is not datetime)
        return cls(texts, stamps, others, stamps + others, itemgetter(*texts) if texts else None)


class _LocalTime:
    """Turn stored timestamps (UTC) into the installation's local time without a zone, as Excel wants them.

    A list holds two timestamps a row; converting each through the zone is most of the Python work left
    in an export, so the offset is looked up once a UTC day and added. A day on which the zone's offset
    changes (none in Vietnam since 1975, but the zone is configurable) is converted value by value.
    """

    def __init__(self, zone: ZoneInfo):
        self.zone = zone
        self.offsets: dict[date, timedelta | None] = {}

    def __call__(self, moment: datetime) -> datetime:
        """Return `moment` (naive meaning UTC, or aware) as a naive local time."""
        if moment.tzinfo is not None:
            moment = moment.astimezone(UTC).replace(tzinfo=None)
        day = moment.date()
        offset = self.offsets.get(day, _UNKNOWN)
        if offset is _UNKNOWN:
            offset = self.offsets[day] = self._day_offset(day)
        if offset is None:
            return moment.replace(tzinfo=UTC).astimezone(self.zone).replace(tzinfo=None)
        return moment + offset

    def serial(self, moment: datetime) -> float:
        """Return `moment` as Excel stores a date and time: days since its epoch, in local time.

        Written as a number with a date format, a timestamp keeps its full precision: the writer's own
        datetime path refuses seconds past 59.999 (a stored 12:34:59.9994 would fail the export).
        """
        local = self(moment)
        # Excel counts 29 February 1900, which never was: dates before March 1900 are one day off its epoch.
        return (local - (EXCEL_EPOCH if local >= EXCEL_LEAP_BUG_END else EXCEL_EPOCH_EARLY)) / ONE_DAY

    def _day_offset(self, day: date) -> timedelta | None:
        """Return the zone's offset through the UTC day `day`, or None when it changes that day."""
        start = datetime.combine(day, time(), UTC)
        first = start.astimezone(self.zone).utcoffset()
        last = (start + timedelta(days=1, microseconds=-1)).astimezone(self.zone).utcoffset()
        return first if first == last else None


#: Marks a day whose offset is not known yet (None means "changes that day").
_UNKNOWN = object()
#: Day 0 of Excel's dates (from March 1900 on), the day before its epoch for earlier dates, and one day.
EXCEL_EPOCH, EXCEL_EPOCH_EARLY = datetime(1899, 12, 30), datetime(1899, 12, 31)
EXCEL_LEAP_BUG_END = datetime(1900, 3, 1)
ONE_DAY = timedelta(days=1)


class _Writer:
    """Write cells by type with the workbook's formats."""

    def __init__(self, workbook, worksheet):
        self.sheet = worksheet
        self.date = _format(workbook, num_format="dd/mm/yyyy")
        self.percent = _format(workbook, num_format="0.0%")
        self.bold = _format(workbook, bold=True)
        self.bold_date = _format(workbook, bold=True, num_format="dd/mm/yyyy")
        self.bold_percent = _format(workbook, bold=True, num_format="0.0%")
        self.local = _LocalTime(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"]))
        self.plans: dict[tuple, _Plan] = {}

    def row(self, row: int, number: int, values: list) -> None:
        """Write one body row, STT `number` first: text and plain numbers in one call, then each other value.

        Rows of a sheet mostly share one shape (the types of their values), so the columns that need
        work in Python (a timestamp to convert, a share to format) are found once a shape, and a row's
        text is checked for characters XML cannot carry in one pass over the whole row.
        """
        shape = tuple(map(type, values))
        plan = self.plans.get(shape)
        if plan is None:
            plan = self.plans[shape] = _Plan.of(shape)
        cells = [number, *values]
        if plan.texts:
            joined = "".join(plan.texts(values))
            if not joined.isprintable() or len(joined) > MAX_TEXT:
                for position in plan.text_positions:
                    text = values[position]
                    if not text.isprintable() or len(text) > MAX_TEXT:
                        cells[position + 1] = _text(text)
        for position in plan.formatted:
            cells[position + 1] = None
        sheet = self.sheet
        sheet.write_row(row, 0, cells)
        serial, write, date_format = self.local.serial, sheet.write, self.date
        for position in plan.stamps:
            write(row, position + 1, serial(values[position]), date_format)
        for position in plan.others:
            self.cell(row, position + 1, values[position])

    def cell(self, row: int, column: int, value, bold: bool = False) -> None:
        """Write one value: text as text, numbers as numbers, dates as local dates, shares as %."""
        sheet = self.sheet
        if value is None or value == "":
            if bold:
                sheet.write(row, column, None, self.bold)
        elif isinstance(value, str):
            sheet.write(row, column, _text(value), self.bold if bold else None)
        elif isinstance(value, Percent):
            sheet.write(row, column, float(value.share), self.bold_percent if bold else self.percent)
        elif isinstance(value, bool):
            sheet.write(row, column, value, self.bold if bold else None)
        elif isinstance(value, int | float | Decimal):
            sheet.write(row, column, float(value), self.bold if bold else None)
        elif isinstance(value, datetime):
            sheet.write(row, column, self.local.serial(value), self.bold_date if bold else self.date)
        elif isinstance(value, date):
            sheet.write(row, column, value, self.bold_date if bold else self.date)
        else:
            sheet.write(row, column, _text(str(value)), self.bold if bold else None)


def write(sheet: Sheet, rows: Iterable[list], totals=None) -> IO[bytes]:
    """Write the workbook of `sheet` with `rows` (numbered in an STT column) and return the file, rewound.

    `totals` is the last line, or a function returning it once the rows were read (a streamed list).
    The sheet is written in constant-memory mode (each row is flushed to a temporary file once the next
    one starts) and the workbook is saved to an unnamed temporary file, so memory does not grow with rows.
    """
    workbook = Workbook()
    worksheet = workbook.add_worksheet(_text(re.sub(r"[\[\]:*?/\\]", " ", sheet.title))[:31], constant_memory=True)
    writer = _Writer(workbook, worksheet)
    worksheet.set_column_width(0, 6)
    for index, chars in enumerate(sheet.widths, start=1):
        worksheet.set_column_width(index, chars)
    worksheet.write(0, 0, _text(org_name().upper()), writer.bold)
    worksheet.write(1, 0, _text(sheet.title), _format(workbook, bold=True, font_size=14))
    worksheet.write(2, 0, _text(_("Campaign: %(name)s", name=sheet.campaign or _("All campaigns"))))
    worksheet.write(3, 0, _text(_("Filters: %(filters)s", filters="; ".join(sheet.filters) or _("none"))))
    worksheet.write(4, 0, _("Made on %(when)s", when=f"{local_now():%d/%m/%Y %H:%M}"))
    heading = 6
    head = _format(workbook, bold=True, wrap=True, valign="top", border=True)
    group_head = _format(workbook, bold=True, align="center", border=True)
    if sheet.groups:
        # The groups' row first, then the headings' row: in constant-memory mode rows are written in order,
        # so a column standing alone leaves its top cell blank (no vertical merge).
        worksheet.write(heading, 0, None, group_head)
        column = 1
        for label, span in sheet.groups:
            if label and span > 1:
                worksheet.merge_range(heading, column, heading, column + span - 1, _text(label), group_head)
            else:
                for offset in range(span):
                    worksheet.write(heading, column + offset, _text(label) if label else None, group_head)
            column += span
        heading += 1
    worksheet.write(heading, 0, _("No."), head)
    for column, label in enumerate(sheet.headers, start=1):
        worksheet.write(heading, column, _text(label), head)
    first = heading + 1
    worksheet.freeze_panes(first, 0)
    number = 0
    write_row = writer.row
    for number, values in enumerate(rows, start=1):
        write_row(first + number - 1, number, values)
    if callable(totals):
        totals = totals()
    if totals is not None:
        worksheet.write(first + number, 0, None, writer.bold)
        for column, value in enumerate(totals, start=1):
            writer.cell(first + number, column, value, bold=True)
    return _saved(workbook)


def _saved(workbook) -> IO[bytes]:
    """Save `workbook` to a temporary file and return it open and rewound, its name already removed."""
    handle, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    try:
        workbook.close(path)
        return open(path, "rb")  # noqa: SIM115 (handed to the response, which closes it)
    finally:
        os.unlink(path)
