"""The downloadable templates, and the copy of an upload with an error column (XlsxWriter, constant memory).

A template has three sheets: the data sheet (Vietnamese headings, a drop-down list on every column with
allowed values), the instructions, and the allowed values the lists point at. The exports are written by
the faster native writer (registry/xlsx.py); these files stay with XlsxWriter for its data-validation lists.
"""

from tempfile import SpooledTemporaryFile

import xlsxwriter
from flask_babel import force_locale
from flask_babel import gettext as _

from onboarding.batches import vietnamese_labels
from onboarding.columns import COLUMNS, SHEET_NAMES
from onboarding.reader import Formula, as_text, read_rows
from registry.labels import GROUP_LABELS, LEVEL_LABELS, ROLE_LABELS
from workflows.machine import STATES

#: Files up to this size stay in memory; larger ones (a 20,000-row error copy) spill to disk.
IN_MEMORY = 8 * 1024 * 1024
VALUES_SHEET = "Giá trị hợp lệ"
INSTRUCTIONS_SHEET = "Hướng dẫn"
#: Rows of the data sheet that get the drop-down lists.
LIST_ROWS = 5000


def allowed_values() -> dict[str, list[str]]:
    """Return each list of allowed values, in Vietnamese."""
    return {"group": vietnamese_labels(GROUP_LABELS), "level": vietnamese_labels(LEVEL_LABELS),
            "role": vietnamese_labels(ROLE_LABELS), "status": vietnamese_labels(STATES)}


def _column_letter(index: int) -> str:
    return xlsxwriter.utility.xl_col_to_name(index)


def build_template(kind: str, rows: list[list[str]] | None = None) -> SpooledTemporaryFile:
    """Write the template of `kind` (with `rows` filled in, for the samples) and return it, rewound."""
    columns = COLUMNS[kind]
    out = SpooledTemporaryFile(max_size=IN_MEMORY)  # noqa: SIM115  (handed to the caller, who sends it)
    workbook = xlsxwriter.Workbook(out, {"in_memory": False, "strings_to_formulas": False,
                                         "strings_to_numbers": False})
    heading = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1, "text_wrap": True})
    required = workbook.add_format({"bold": True, "bg_color": "#FCE4D6", "border": 1, "text_wrap": True})
    text = workbook.add_format({"num_format": "@"})
    data = workbook.add_worksheet(SHEET_NAMES[kind])
    values = allowed_values()
    for index, column in enumerate(columns):
        data.write_string(0, index, column.header + (" *" if column.required else ""),
                          required if column.required else heading)
        # Text format: a code such as "01" stays "01", never the number 1.
        data.set_column(index, index, column.width, text)
        if column.choices:
            position = list(values).index(column.choices)
            letter = _column_letter(position)
            data.data_validation(1, index, LIST_ROWS, index, {
                "validate": "list",
                "source": f"='{VALUES_SHEET}'!${letter}$2:${letter}${len(values[column.choices]) + 1}",
                "error_message": _("Choose a value from the list (sheet “%(sheet)s”).", sheet=VALUES_SHEET)})
    data.freeze_panes(1, 0)
    for number, row in enumerate(rows or [], start=1):
        for index, value in enumerate(row):
            data.write_string(number, index, value or "")
    _instructions(workbook, kind, heading)
    sheet = workbook.add_worksheet(VALUES_SHEET)
    with force_locale("vi"):
        titles = {"group": _("Group"), "level": _("Level"), "role": _("Role"), "status": _("Status")}
    for index, (key, items) in enumerate(values.items()):
        sheet.write_string(0, index, titles[key], heading)
        sheet.set_column(index, index, 40)
        for number, item in enumerate(items, start=1):
            sheet.write_string(number, index, item)
    workbook.close()
    out.seek(0)
    return out


def _instructions(workbook, kind: str, heading) -> None:
    """Add the sheet that says what each column holds and how the import goes, in Vietnamese."""
    sheet = workbook.add_worksheet(INSTRUCTIONS_SHEET)
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    sheet.set_column(0, 0, 28)
    sheet.set_column(1, 1, 90)
    with force_locale("vi"):
        lines = [
            _("Fill in the sheet “%(sheet)s”, one row per line, from row 2; keep the headings as they are.",
              sheet=SHEET_NAMES[kind]),
            _("Columns marked * are required. Type values, not formulas."),
            _("Upload the file: a dry run checks every row and shows the errors; nothing is written until you "
              "confirm. Importing the same file twice changes nothing."),
        ]
        sheet.write_string(0, 0, _("How to fill in this file"), heading)
        for number, line in enumerate(lines, start=1):
            sheet.merge_range(number, 0, number, 1, line, wrap)
        start = len(lines) + 2
        sheet.write_string(start, 0, _("Column"), heading)
        sheet.write_string(start, 1, _("What to write"), heading)
        for number, column in enumerate(COLUMNS[kind], start=start + 1):
            sheet.write_string(number, 0, column.header + (" *" if column.required else ""))
            sheet.write_string(number, 1, str(column.help), wrap)


def error_copy(kind: str, stream, errors_by_row: dict[int, list[str]]) -> SpooledTemporaryFile:
    """Return a copy of an uploaded sheet's rows with a last column giving each row's errors."""
    columns = COLUMNS[kind]
    out = SpooledTemporaryFile(max_size=IN_MEMORY)  # noqa: SIM115  (handed to the caller, who sends it)
    workbook = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                         "strings_to_numbers": False})
    heading = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
    bad = workbook.add_format({"font_color": "#9C0006", "bg_color": "#FFC7CE", "text_wrap": True})
    sheet = workbook.add_worksheet(SHEET_NAMES[kind])
    for index, column in enumerate(columns):
        sheet.write_string(0, index, column.header, heading)
        sheet.set_column(index, index, column.width)
    with force_locale("vi"):
        sheet.write_string(0, len(columns), _("Errors"), heading)
    sheet.set_column(len(columns), len(columns), 80)
    for row in read_rows(stream, SHEET_NAMES[kind], columns):
        for index, column in enumerate(columns):
            value = row.values.get(column.key)
            sheet.write_string(row.number - 1, index, value.text if isinstance(value, Formula) else as_text(value))
        messages = errors_by_row.get(row.number)
        if messages:
            sheet.write_string(row.number - 1, len(columns), "; ".join(messages), bad)
    workbook.close()
    out.seek(0)
    return out
