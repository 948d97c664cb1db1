"""The one way the application writes CSV: every field quoted, no text cell able to start a formula.

Excel set to Vietnamese uses `;` as its list separator: an unquoted title `note;=1+1` was split there and
its second half read as a formula. Quoting every field (csv.QUOTE_ALL) keeps a cell whole whatever the
separator, and a text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is written with
a leading `'` (OWASP's advice on CSV injection), so no spreadsheet runs it.

Numbers the application itself writes (counts, totals: int, float, Decimal) stay numbers, unprefixed: a
number cannot be a formula, and a `'` would turn a negative count into text that no longer sums. Every
text is treated as text, even one that looks like a number (a title "-5" is typed by a user).
"""

import csv
import io
from collections.abc import Iterable, Iterator

#: Characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: Lines gathered before a chunk is sent.
CSV_LINES = 500


def safe_cell(value):
    """Return `value` unable to run as a formula: a text starting like one gets a leading `'`."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_chunks(headers: Iterable, rows: Iterable[Iterable], lines: int = CSV_LINES) -> Iterator[str]:
    """Yield a CSV text in chunks: a BOM (so Excel reads UTF-8), the headings, then the rows, all quoted."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL)
    buffer.write("\ufeff")
    writer.writerow([safe_cell(value) for value in headers])
    for count, row in enumerate(rows, start=1):
        writer.writerow([safe_cell(value) for value in row])
        if count % lines == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
