"""Benchmark: Excel imports of 20,000 units, accounts and initiatives: rows per second and peak memory.

Each measurement runs in a fresh process on a fresh SQLite file (or BENCH_DATABASE_URL / --database-url,
emptied first), so its peak memory (ru_maxrss) is its own: run with --rows 5000 and --rows 20000 to see
that memory stays flat while the rows grow. "check" is the dry run (read + every rule), "commit" the
dry run and the writes in one transaction (accounts: with their invitation mails queued; initiatives:
recognised models of 2024, each with its three history rows, written in bulk with the report summaries).
"CPU s" is the process's own CPU time: on this shared machine the wall clock also waits for the others.

Usage: .venv/bin/python bench/imports.py [--rows 20000] [--initiatives N] [--database-url URL]
                                         [--calamine-python PATH] [--kinds units,users,initiatives]
--calamine-python names a Python with python-calamine installed, to time its reading of the same file
beside openpyxl's read-only mode. Prints a table, then one JSON line.

Measured on the shared 2-core machine (SQLite, other jobs running), 2 December 2026:
20,000 units: check 4.7 s, commit 8.3 s (2,406 rows/s), peak RSS 158 MB (+9 MB; +7 MB at 5,000 rows);
20,000 accounts with invitations: check 11.6 s, commit 35.9 s (558 rows/s), peak 163 MB (+6 MB);
reading alone: openpyxl read-only 3,373 rows/s, python-calamine 0.9.1 19,265 rows/s.
Initiatives, before the bulk path: 2,000 rows: check 25 s, commit 159 s (13 rows/s): each step went through
the ORM and the decision-date rule one flush at a time. With it (load average 9.7 on the 2 cores):
20,000 rows: check 38.7 s (7.4 s CPU), commit 43.4 s (11.9 s CPU, 461 rows/s), peak RSS 221 MB, the peak of
the 20,000 units imported first in the same process (growth 0); 5,000 rows: check 13.3 s (2.4 s CPU),
commit 19.2 s (2.7 s CPU), peak 153 MB (+7 MB).
"""

import argparse
import io
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SECRET_KEY", "bench-only")

UNITS_PER_COMMUNE = 100


def unit_rows(count: int) -> list[list[str]]:
    """Return a province, its communes and their residential areas: `count` rows, parents first."""
    rows = [["Tỉnh ủy Lam Hồng", "Đảng", "Tỉnh", "", "LH", "99"]]
    commune = 0
    while len(rows) < count:
        code = f"LH-X{commune:04d}"
        rows.append([f"Đảng ủy xã số {commune}", "Đảng", "Xã/phường", "LH", code, f"9{commune:04d}"])
        rows += [[f"Khu dân cư số {area}", "Khu dân cư", "Xã/phường", code, f"{code}-{area:02d}", ""]
                 for area in range(1, UNITS_PER_COMMUNE)]
        commune += 1
    return rows[:count]


def account_rows(count: int) -> list[list[str]]:
    """Return `count` officers spread over the communes of unit_rows."""
    communes = max(1, count // UNITS_PER_COMMUNE)
    return [[f"canbo{number}@lamhong.example.vn", f"Nguyễn Văn {number}", "Cán bộ đầu mối đơn vị",
             f"LH-X{number % communes:04d}"] for number in range(count)]


def initiative_rows(count: int) -> list[list[str]]:
    """Return `count` recognised models of 2024 (four history rows each), spread over the communes."""
    from onboarding.columns import INITIATIVE_COLUMNS

    headers = [column.header for column in INITIATIVE_COLUMNS]
    communes = max(1, count // UNITS_PER_COMMUNE)
    rows = []
    for number in range(count):
        values = {"Mã mô hình": f"DVK-2024-{number + 1:06d}", "Tên mô hình": f"Mô hình số {number}",
                  "Mã đơn vị": f"LH-X{number % communes:04d}", "Năm đợt": "2024", "Lĩnh vực": "VHXH",
                  "Trạng thái đạt được": "Đã công nhận", "Ngày đăng ký": "15/03/2024",
                  "Thực trạng, lý do": "Đường thôn hẹp, lầy lội vào mùa mưa.", "Chỉ tiêu": "Đường bê tông",
                  "Đơn vị tính": "m", "Giá trị mục tiêu": "1.800", "Giá trị đạt được": "2.050,5",
                  "Số quyết định thứ nhất": f"{number}-QĐ/BDVTU", "Ngày quyết định thứ nhất": "20/06/2024"}
        rows.append([values.get(header, "") for header in headers])
    return rows


def _write(kind: str, rows: list[list[str]], path: Path) -> None:
    from app import create_app
    from onboarding.templates import build_template

    with create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}).app_context():
        path.write_bytes(build_template(kind, rows).read())


def _app(url: str):
    import sqlalchemy as sa
    from flask_migrate import upgrade

    from app import create_app

    if url.startswith("postgresql"):
        with sa.create_engine(url).begin() as connection:
            connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            connection.execute(sa.text("CREATE SCHEMA public"))
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "UPLOAD_DIR": tempfile.mkdtemp(prefix="dvk-bench-")})
    with app.app_context():
        upgrade()
    return app


def measure(kind: str, mode: str, file: str, url: str, units_file: str) -> dict:
    """Run one import in this process and return its figures."""
    import logging

    logging.disable(logging.INFO)
    from onboarding import service
    from registry.extensions import db

    app = _app(url)
    with app.app_context():
        if kind in ("users", "initiatives"):  # they name units: import those first (not timed)
            with open(units_file, "rb") as stream:
                service.run_import("units", stream, "units.xlsx", None, commit=True)
            if kind == "initiatives":
                from registry.models import Campaign, Field

                db.session.add_all([Campaign(name="Đợt 2024", year=2024, phase="2021–2025"),
                                    Field(name="Văn hóa – xã hội", code="VHXH", position=1)])
            db.session.commit()
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        with open(file, "rb") as stream:
            content = io.BytesIO(stream.read())
        start, cpu_start = time.perf_counter(), time.process_time()
        _batch, report = service.run_import(kind, content, Path(file).name, None, commit=mode == "commit")
        if mode == "commit":
            db.session.commit()
        else:
            db.session.rollback()
        seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu_start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert not report.errors, report.errors[:3]
    return {"kind": kind, "mode": mode, "rows": report.total, "seconds": round(seconds, 2),
            "cpu_s": round(cpu_seconds, 2), "rows_per_s": round(report.total / seconds),
            "peak_rss_mb": round(peak / 1024), "growth_mb": round((peak - before) / 1024)}


def read_only(file: str) -> dict:
    """Time openpyxl's read-only reading of the file's data sheet (no rules)."""
    from openpyxl import load_workbook

    start = time.perf_counter()
    book = load_workbook(file, read_only=True)
    rows = sum(1 for _row in book[book.sheetnames[0]].iter_rows(min_row=2, values_only=True))
    book.close()
    seconds = time.perf_counter() - start
    return {"reader": "openpyxl read_only", "rows": rows, "seconds": round(seconds, 2),
            "rows_per_s": round(rows / seconds),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}


CALAMINE = """
import json, resource, sys, time
from python_calamine import CalamineWorkbook
start = time.perf_counter()
book = CalamineWorkbook.from_path(sys.argv[1])
rows = sum(1 for _row in book.get_sheet_by_index(0).iter_rows()) - 1
seconds = time.perf_counter() - start
print(json.dumps({"reader": "python-calamine", "rows": rows, "seconds": round(seconds, 2),
                  "rows_per_s": round(rows / seconds),
                  "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)}))
"""


def _child(*arguments: str) -> dict:
    output = subprocess.run([sys.executable, __file__, "--child", *arguments], check=True,
                            capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    """Write the files, run each measurement in its own process, print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20000)
    parser.add_argument("--database-url", default=os.environ.get("BENCH_DATABASE_URL", ""))
    parser.add_argument("--calamine-python", default="")
    parser.add_argument("--initiatives", type=int, default=0, help="rows of the initiatives file (default: --rows)")
    parser.add_argument("--kinds", default="units,users,initiatives", help="which imports to time, e.g. initiatives")
    parser.add_argument("--child", nargs="*")
    options = parser.parse_args()
    if options.child:
        kind, mode, file, url, units_file = options.child
        figures = read_only(file) if mode == "read" else measure(kind, mode, file, url, units_file)
        print(json.dumps(figures))
        return
    folder = Path(tempfile.mkdtemp(prefix="dvk-bench-imports-"))
    units_file, users_file = folder / "units.xlsx", folder / "accounts.xlsx"
    _write("units", unit_rows(options.rows), units_file)
    if "users" in options.kinds.split(","):
        _write("users", account_rows(options.rows), users_file)
    initiatives_file = folder / "initiatives.xlsx"
    _write("initiatives", initiative_rows(options.initiatives or options.rows), initiatives_file)
    results = []
    for kind, file in (("units", units_file), ("users", users_file), ("initiatives", initiatives_file)):
        if kind not in options.kinds.split(","):
            continue
        for mode in ("check", "commit"):
            url = options.database_url or f"sqlite:///{folder / f'{kind}-{mode}.sqlite3'}"
            results.append(_child(kind, mode, str(file), url, str(units_file)))
    readers = [_child("units", "read", str(units_file), "", "")]
    if options.calamine_python:
        output = subprocess.run([options.calamine_python, "-c", CALAMINE, str(units_file)], check=True,
                                capture_output=True, text=True).stdout
        readers.append(json.loads(output))
    print(f"{'import':<8} {'mode':<7} {'rows':>7} {'seconds':>8} {'CPU s':>7} {'rows/s':>8} {'peak MB':>8} "
          f"{'growth MB':>9}")
    for row in results:
        print(f"{row['kind']:<8} {row['mode']:<7} {row['rows']:>7} {row['seconds']:>8} {row['cpu_s']:>7} "
              f"{row['rows_per_s']:>8} "
              f"{row['peak_rss_mb']:>8} {row['growth_mb']:>9}")
    print(f"\n{'reader (units file, values only)':<34} {'rows':>7} {'seconds':>8} {'rows/s':>8} {'peak MB':>8}")
    for row in readers:
        print(f"{row['reader']:<34} {row['rows']:>7} {row['seconds']:>8} {row['rows_per_s']:>8} "
              f"{row['peak_rss_mb']:>8}")
    print(json.dumps({"imports": results, "readers": readers}))


if __name__ == "__main__":
    main()
