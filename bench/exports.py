"""Benchmark the XLSX writer of the list export: openpyxl write-only (before #11) against XlsxWriter (not a test).

Writes N rows shaped like the list export's (14 columns: text, a commune, labels, two timestamps) with the
writer as it was (openpyxl write-only, one WriteOnlyCell a value, as in registry/initiatives/exports.py
before #11) and with `registry.xlsx.write` (XlsxWriter, constant-memory mode, heading block and STT). The
database is left out: both read the same rows, so the difference is the writer's. The whole request on a
seeded database is measured by `bench/dashboard.py` ("list export xlsx").

Last measured (2026-12-02, `nice python bench/exports.py 20000 100000`, a shared 2-core VM at load 9-12:
five helpers' test suites ran beside it, so the absolute times are 5-10x those of an idle machine and the
two writers of one size did not run under the same load):

    rows       openpyxl (before)   XlsxWriter (now)   speed-up   bytes before / now
    20,000         26.0 s              7.6 s            3.4x      1,269,276 / 1,413,021
    100,000       647.7 s             41.8 s           15.5x      6,348,571 / 7,062,579

The 100,000-row openpyxl run overlapped a full test run (-n 2), the XlsxWriter one mostly did not: its
15.5x overstates the gain. The 20,000-row pair ran under like load; 3.4x is the figure to trust, and by
itself it misses the 5x asked in #11. XlsxWriter's own per-cell path is the floor: 14 `write_string` calls
a row and nothing else measured 3.2 s for 10,000 rows at that load (openpyxl wrote 10,000 in ~13 s), so
going further means bypassing its public API or writing the sheet XML directly (see bench/dashboard.py).

Run: `python bench/exports.py [rows ...]` (default 20000 100000). Prints one line per size and a JSON line.
"""

import json
import os
import sys
import time
from datetime import UTC, datetime, timedelta
from tempfile import SpooledTemporaryFile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _rows(number: int):
    """Yield `number` rows like the list export's."""
    start = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    for index in range(number):
        yield [f"DVK-2026-{index:06d}", f"Mô hình dân vận khéo số {index} về xây dựng nông thôn mới",
               "Chi bộ thôn Đông", "Đảng ủy xã An Phú", "Kinh tế", "Đợt 2026", "Tập thể", "Đăng ký mới",
               "Cấp xã", "Đã công nhận", "Nguyễn Văn An", "0912345678", start + timedelta(minutes=index),
               start + timedelta(minutes=2 * index)]


def openpyxl_before(headers: list[str], rows) -> SpooledTemporaryFile:
    """Write the sheet as registry/initiatives/exports.py did before #11 (openpyxl write-only)."""
    from zoneinfo import ZoneInfo

    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    zone = ZoneInfo("Asia/Ho_Chi_Minh")
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Models")
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    heading = []
    for title in headers:
        cell = WriteOnlyCell(sheet, value=title)
        cell.font = bold
        heading.append(cell)
    sheet.append(heading)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, datetime):
                cell = WriteOnlyCell(sheet, value=value.astimezone(zone).replace(tzinfo=None))
                cell.number_format = "dd/mm/yyyy"
            else:
                cell = WriteOnlyCell(sheet, value=value)
                if isinstance(value, str) and value.startswith("="):
                    cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    output = SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 (returned to the caller, as before #11)
    workbook.save(output)
    output.seek(0)
    return output


def _write_once(writer: str, size: int) -> int:
    """Write `size` rows with one writer ("openpyxl" or "xlsxwriter") and return the file's size in bytes."""
    from registry import xlsx

    headers = [f"Cột {n}" for n in range(14)]
    if writer == "openpyxl":
        return len(openpyxl_before(headers, _rows(size)).read())
    sheet = xlsx.Sheet("Danh sách mô hình", "Đợt 2026", [], headers, [18] * 14)
    return len(xlsx.write(sheet, _rows(size)).read())


def main() -> None:
    """Time both writers at each size given on the command line, in wall-clock and CPU time."""
    from app import create_app

    arguments = sys.argv[1:]
    sizes = [int(arg) for arg in arguments if arg.isdigit()] or [20000, 100000]
    app = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": "sqlite://"})
    results = {}
    with app.test_request_context():
        for size in sizes:
            figures = {}
            for writer in ("openpyxl", "xlsxwriter"):
                wall, cpu = time.perf_counter(), time.process_time()
                figures[f"{writer}_bytes"] = _write_once(writer, size)
                figures[f"{writer}_s"] = round(time.perf_counter() - wall, 2)
                figures[f"{writer}_cpu_s"] = round(time.process_time() - cpu, 2)
            figures["speedup_cpu"] = round(figures["openpyxl_cpu_s"] / figures["xlsxwriter_cpu_s"], 1)
            line = (f"{size:>8,} rows: openpyxl {figures['openpyxl_s']:6.2f} s ({figures['openpyxl_cpu_s']:.2f} s CPU),"
                    f" XlsxWriter {figures['xlsxwriter_s']:6.2f} s ({figures['xlsxwriter_cpu_s']:.2f} s CPU):"
                    f" {figures['speedup_cpu']}x in CPU time")
            results[size] = figures
            print(line, flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
