"""Benchmark the dashboard, the reports' exports and the list against hand-written SQL (not a test).

Last measured (2026-11-22, issue #4 round 3, shared 2-core VM with other jobs running: the same code measures
±5 ms from one run to the next, so before (HEAD 8bdac22, a copy in /tmp) and after were run alternately):
- PostgreSQL 15, 1,000,288 initiatives (`flask seed-demo --initiatives 1000000 --batch-size 20000`: ~4 min).
  Dashboard, `bench/dashboard.py 15 --dashboard-only`, four alternating pairs: p50 47.0, 37.0, 42.8, 47.5 ms
  (median 44.9) against before 51.8, 46.6, 46.8, 50.7 (48.75); raw SQL 16.3-20.6 ms, so the target
  1.5x raw + 20 ms (44.5-50.9 ms) was met in 4 runs of 4, by 1.3-7.5 ms (before: 3 of 4, by -1.4 to 3.5 ms).
  A whole `bench/dashboard.py 9` right after: dashboard 50.3 ms, raw SQL 21.0 ms (target 51.5); list page 1
  38.0 ms, page 2,000 by keyset 33.0 ms; list export of 95,737 rows to XLSX 52.6 s (openpyxl write-only),
  peak RSS ~125-135 MB (= the warmed process: no growth); report exports field-status 23 ms, exemplary report
  with no row 39 ms (before 2,486 ms: see reports/tables.py).
- SQLite, 100,288 initiatives, `bench/dashboard.py 9`: dashboard 26.2 ms against raw SQL 13.3 ms (2.0x; target
  39.9 ms); list export of 100,288 rows 67.9 s, peak RSS 125 MB.
Where the time went: the dashboard's remaining ~25 ms over the raw SQL is Python: Flask, the login's user
load (now one query with the role assignments), ~360 number links rendered, building and reading ~1,000
grouped rows (now plain table columns, no ORM result handling), 10 queries for the raw SQL's 6 (was 12: the
breadcrumb's units are no longer re-read). The XLSX exports spend ~0.5 ms a row inside openpyxl (cell
objects and XML elements, even for plain values); a hand-written sheet writer measured 5.6-14x faster, but
the issue asks for openpyxl and the file could not be checked in Excel or LibreOffice here, so it was not
kept. Since #11 every XLSX is written by rvgsrust-xlsxwriter in constant-memory mode (registry/xlsx.py), and files
are checked in LibreOffice by tests/test_exports_in_libreoffice.py; the writer's figures, old against new,
are in bench/exports.py. Coverage reads the active units under the selection: up to 1,000 of them in one
pass (the demo tree has 371); above that, on PostgreSQL, one GROUP BY: with 100,000 units under the root
134-162 ms, against 774-821 ms for the pass (measured by adding 100,000 hamlets in a transaction rolled back).

Seed first: `DATABASE_URL=... flask db upgrade && DATABASE_URL=... flask seed-demo --initiatives N`, then
`BENCH_DATABASE_URL=... python bench/dashboard.py [repeats] [--dashboard-only] [--rebased]`. Prints a table, then
one JSON line; `--dashboard-only` measures the dashboard and its raw SQL alone (no reports, list nor export);
`--rebased` measures the re-based dashboard (`?basis=rebased`: old units folded into today's) against its own
hand-written SQL (the re-based summary tables, the unit -> current-unit map below the commune grain).

Re-based, measured 2026-12-02 (issue #13, shared 2-core VM, six other helpers running), SQLite, the demo with
its old tree (3 districts, 18 old communes merged on 1/7/2025) and 100,000 bulk initiatives (100,330 rows):
`DATABASE_URL=sqlite:////tmp/dvk_tree_bench.sqlite3 flask seed-demo --initiatives 100000 --batch-size 20000`
(2 min 15 s), then `bench/dashboard.py 15 --dashboard-only [--rebased]`, run alternately twice each:
recorded p50 89.7 / 91.7 ms against its raw SQL 34.4 / 32.4 ms; re-based p50 79.7 / 84.1 ms against its raw
SQL 29.0 / 34.4 ms. The re-based page costs what the recorded one costs (it reads the re-based summary
tables, the same grain); on this loaded machine neither met 1.5x raw + 20 ms (the recorded page measured
26 ms on an idle one, above): the 1,000,000-row PostgreSQL run is issue #14's. Recording a merge of two
communes there (6,545 initiatives under them, 22 sub-units moved, both summaries recounted) took 6.1-7.1 s.

"Raw SQL" is, for each dashboard page, the same aggregates the page shows written by hand: the
summary-table reads where the page reads the summary, the base-table GROUP BY below the commune grain,
coverage, the uncovered units and the commendations. The plain base-table GROUP BY of the same
headline counts is printed too, for context. The export's peak memory is the maximum RSS of a child
process that only signs in and downloads the file (no tracemalloc overhead), with its maximum RSS before
the download for comparison. On PostgreSQL it first runs VACUUM ANALYZE: right after a bulk seed the
planner has no statistics (the commendations query then took 4.4 s instead of 2 ms).
"""

import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SECRET_KEY", "bench-only")

from sqlalchemy import event, func, select, text  # noqa: E402

from app import create_app  # noqa: E402
from registry.extensions import db  # noqa: E402
from registry.initiatives.listing import PER_PAGE, encode_cursor  # noqa: E402
from registry.models import Campaign, Initiative, Unit  # noqa: E402
from reports.models import ReportCount  # noqa: E402

ADMIN = ("admin@demo.dvk.vn", "demo1234")
DEEP_PAGE = 2000
EXPORT_TARGET = 100_000


def timed(call, repeats: int) -> list[float]:
    """Return the milliseconds of each of `repeats` calls, after one warm-up."""
    call()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1000)
    return times


def get(client, url: str):
    """Return a call fetching `url` that fails loudly unless it answers 200."""
    def call():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return response.data
    return call


def signed_in_client(url: str):
    """Return the app and a test client signed in as the demo administrator."""
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "WTF_CSRF_ENABLED": False})
    client = app.test_client()
    assert client.post("/login", data={"email": ADMIN[0], "password": ADMIN[1]}).status_code == 302
    return app, client


def raw_statements(unit: Unit, children: list[Unit], children_are_rollups: bool, campaign_id: int,
                   rebased: bool = False) -> list[str]:
    """Write by hand the aggregates the dashboard page of `unit` shows (the summary where it reads it).

    Re-based: the re-based summary tables, today's units only, and below the commune grain the
    initiatives of the unit's subtree and of the closed units folded into it, placed at today's unit.
    """
    path = unit.path
    ids = ", ".join(str(child.id) for child in children) or "NULL"
    counts = "report_rebased_count" if rebased else "report_count"
    registrations = "report_rebased_unit_registrations" if rebased else "report_unit_registrations"
    today = " AND member.valid_to IS NULL" if rebased else ""
    subtree = f"SELECT id FROM unit WHERE path LIKE '{path}%'"
    members = f"{subtree} UNION SELECT unit_id FROM unit_current WHERE current_id IN ({subtree})" if rebased \
        else subtree
    statements = [
        # headline, by status, field x status, subject type, new/renewal, level
        f"SELECT status, field_id, subject_type, registration_kind, unit_level, sum(count) FROM {counts} "
        f"WHERE unit_id = {unit.id} AND campaign_id = {campaign_id} AND count <> 0 GROUP BY 1, 2, 3, 4, 5",
        # trend by year and last year's figures
        f"SELECT campaign_id, field_id, status, sum(count) FROM {counts} WHERE unit_id = {unit.id} "
        "AND count <> 0 GROUP BY 1, 2, 3",
        # coverage of the unit and of each child
        "SELECT top.id, count(member.id), sum(CASE WHEN coalesce(r.count, 0) = 0 THEN 1 ELSE 0 END) FROM unit top "
        f"JOIN unit member ON member.path LIKE top.path || '%' LEFT JOIN {registrations} r "
        f"ON r.unit_id = member.id AND r.campaign_id = {campaign_id} WHERE top.id IN ({ids}, {unit.id}) "
        f"AND member.is_active{today} GROUP BY top.id",
        # the first uncovered units
        f"SELECT member.id, member.name FROM unit member LEFT JOIN {registrations} r ON r.unit_id = member.id AND "
        f"r.campaign_id = {campaign_id} WHERE member.path LIKE '{path}%' AND member.is_active{today} "
        "AND coalesce(r.count, 0) = 0 ORDER BY member.path LIMIT 20",
        # commendations by form and issuer
        "SELECT f.id, f.name, c.issuer, count(*) FROM commendation c JOIN commendation_form f ON f.id = c.form_id "
        f"WHERE EXISTS (SELECT 1 FROM initiative i WHERE i.id = c.initiative_id AND i.campaign_id = {campaign_id} "
        f"AND i.unit_id IN ({members})) GROUP BY 1, 2, 3 ORDER BY 2, 3",
    ]
    if children_are_rollups:
        statements.append(f"SELECT unit_id, status, sum(count) FROM {counts} WHERE unit_id IN ({ids}) "
                          f"AND campaign_id = {campaign_id} AND count <> 0 GROUP BY 1, 2")
    elif rebased:
        statements.append(
            "SELECT u.path, s.status, sum(s.n) FROM (SELECT coalesce(c.current_id, i.unit_id) AS unit_id, i.status, "
            "count(*) AS n FROM initiative i LEFT JOIN unit_current c ON c.unit_id = i.unit_id "
            f"WHERE i.campaign_id = {campaign_id} AND i.unit_id IN ({members}) GROUP BY 1, 2) s "
            "JOIN unit u ON u.id = s.unit_id GROUP BY 1, 2")
    else:
        statements.append(
            "SELECT u.path, s.status, sum(s.n) FROM (SELECT unit_id, status, count(*) AS n FROM initiative "
            f"WHERE campaign_id = {campaign_id} AND unit_id IN ({subtree}) "
            "GROUP BY 1, 2) s JOIN unit u ON u.id = s.unit_id GROUP BY 1, 2")
    return statements


def skips_rows(statement: str, parameters) -> bool:
    """Tell whether a statement skips rows with OFFSET (SQLite always writes "OFFSET ?", bound to 0)."""
    if " OFFSET " not in statement.upper():
        return False
    values = list(parameters.values()) if isinstance(parameters, dict) else list(parameters or ())
    return not (values and values[-1] == 0)


def base_table_statement(unit: Unit, campaign_id: int) -> str:
    """Return the headline counts as a plain GROUP BY over the initiatives (no summary), for context."""
    return ("SELECT i.status, i.field_id, count(*) FROM initiative i JOIN unit u ON u.id = i.unit_id "
            f"WHERE i.campaign_id = {campaign_id} AND u.path LIKE '{unit.path}%' GROUP BY 1, 2")


def export_child(url: str, export_url: str) -> None:
    """In a child process: sign in, download one export, print seconds, RSS before and peak RSS (MB)."""
    app, client = signed_in_client(url)
    client.get("/initiatives/")  # warm the app up so the baseline holds everything but the export
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    data = get(client, export_url)()
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "baseline_mb": before, "peak_mb": peak, "bytes": len(data)}))


def export_filter(campaigns: list[int]) -> tuple[str, int]:
    """Pick the list filter whose row count is nearest EXPORT_TARGET: everything, a campaign, or campaign+field."""
    total = db.session.scalar(select(func.count(Initiative.id)))
    choices = [("", total)]
    for campaign_id in campaigns:
        number = db.session.scalar(select(func.count(Initiative.id)).where(Initiative.campaign_id == campaign_id))
        choices.append((f"&campaign={campaign_id}", number))
        for field_id, count in db.session.execute(
                select(Initiative.field_id, func.count()).where(Initiative.campaign_id == campaign_id)
                .group_by(Initiative.field_id)):
            choices.append((f"&campaign={campaign_id}&field={field_id}", count))
    return min(choices, key=lambda choice: abs(choice[1] - EXPORT_TARGET))


def print_table(results: dict, pages: dict) -> None:
    """Print each measure's median and maximum, then how much slower the dashboard is than its raw SQL."""
    print(f"{'measure':48} {'p50 ms':>10} {'max ms':>10}")
    for name, times in results.items():
        print(f"{name:48} {statistics.median(times):10.1f} {max(times):10.1f}")
    ratios = {name: statistics.median(results[f"dashboard {name}"])
              / statistics.median(results[f"raw SQL {name} (same aggregates)"]) for name in pages}
    print("ratios dashboard / raw SQL: " + ", ".join(f"{name} {ratio:.1f}x" for name, ratio in ratios.items()))


def report_dashboard(results: dict, pages: dict) -> None:
    """Print the dashboard's table, its ratios to the raw SQL and a JSON line of the dashboard figures."""
    print_table(results, pages)
    dashboard = statistics.median([t for name in pages for t in results[f"dashboard {name}"]])
    raw_p50 = statistics.median([t for name in pages for t in results[f"raw SQL {name} (same aggregates)"]])
    print(json.dumps({"dashboard_p50_ms": round(dashboard, 1), "raw_sql_p50_ms": round(raw_p50, 2),
                      "dashboard_vs_raw_ratio": round(dashboard / raw_p50, 1) if raw_p50 else None,
                      "dashboard_minus_raw_ms": round(dashboard - raw_p50, 1)}))


def main() -> None:
    """Run every measurement and print the table and the JSON line."""
    url = os.environ["BENCH_DATABASE_URL"]
    if len(sys.argv) > 2 and sys.argv[1] == "--export-child":
        export_child(url, sys.argv[2])
        return
    dashboard_only = "--dashboard-only" in sys.argv[1:]
    rebased = "--rebased" in sys.argv[1:]
    numbers = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    repeats = int(numbers[0]) if numbers else 9
    app, client = signed_in_client(url)
    with app.app_context():
        if db.engine.dialect.name == "postgresql":
            # A database just bulk-loaded has no statistics nor visibility map until autovacuum passes;
            # measure it in its steady state (index-only scans, sane plans).
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                connection.execute(text("VACUUM ANALYZE"))
    with app.app_context():
        rows = db.session.scalar(select(func.count(Initiative.id)))
        root = db.session.scalar(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.id))
        commune = db.session.scalar(select(Unit).where(Unit.level == "commune", Unit.depth == 1).order_by(Unit.id))
        campaign = db.session.scalar(select(Campaign).where(Campaign.is_open.is_(True)).order_by(Campaign.year.desc())
                                     ) or db.session.scalar(select(Campaign).order_by(Campaign.year.desc()))
        campaign_id, dialect = campaign.id, db.engine.dialect.name
        raw, base = {}, {}
        for name, unit, rollups in (("country", root, True), ("province", root, True), ("commune", commune, False)):
            query = select(Unit).where(Unit.parent_id == unit.id)
            if rebased:
                query = query.where(Unit.valid_to.is_(None))  # the re-based page lists today's units only
            children = list(db.session.scalars(query))
            raw[name] = raw_statements(unit, children, rollups, campaign_id, rebased)
            base[name] = base_table_statement(unit, campaign_id)
        summary_rows = db.session.scalar(select(func.count()).select_from(ReportCount))
        deep = db.session.scalar(select(Initiative).order_by(Initiative.updated_at.desc(), Initiative.id.desc())
                                 .offset((DEEP_PAGE - 1) * PER_PAGE - 1).limit(1))
        deep_url = f"/initiatives/?page={DEEP_PAGE}&after={encode_cursor(deep, 'updated')}" if deep else None
        if not dashboard_only:
            export_args, export_rows = export_filter([c.id for c in db.session.scalars(select(Campaign))])
        root_id, commune_id = root.id, commune.id
    results = {}
    basis = "rebased" if rebased else "recorded"
    pages = {"country": f"/reports/?basis={basis}", "province": f"/reports/?unit={root_id}&basis={basis}",
             "commune": f"/reports/?unit={commune_id}&basis={basis}"}
    with app.app_context():
        for name, page_url in pages.items():
            results[f"dashboard {name}"] = timed(get(client, page_url), repeats)

            def run(statements=raw[name]):
                for statement in statements:
                    db.session.execute(text(statement)).all()
            results[f"raw SQL {name} (same aggregates)"] = timed(run, repeats)
            results[f"base-table GROUP BY {name} (context)"] = timed(
                lambda statement=base[name]: db.session.execute(text(statement)).all(), max(3, repeats // 3))
            db.session.rollback()
    if dashboard_only:
        print(f"basis: {basis}; rows: {rows}; database: {dialect}")
        report_dashboard(results, pages)
        return
    for report in ("field-status", "group-subject", "locality", "commendations", "exemplary"):
        results[f"report {report}.xlsx"] = timed(get(client, f"/reports/report/{report}.xlsx"), max(1, repeats // 3))
    results["list page 1"] = timed(get(client, "/initiatives/"), repeats)
    offsets = []
    if deep_url:
        with app.app_context():
            def note(_connection, _cursor, statement, parameters, *_rest):
                offsets.append(skips_rows(statement, parameters))
            event.listen(db.engine, "before_cursor_execute", note)
            results[f"list page {DEEP_PAGE} (keyset)"] = timed(get(client, deep_url), repeats)
            event.remove(db.engine, "before_cursor_execute", note)
    export_url = f"/initiatives/export?format=xlsx{export_args}"
    child = subprocess.run([sys.executable, __file__, "--export-child", export_url], capture_output=True, text=True,
                           check=True, env=os.environ)
    export = json.loads(child.stdout.strip().splitlines()[-1])
    results[f"list export xlsx ({export_rows} rows)"] = [export["seconds"] * 1000]
    print_table(results, pages)
    print(f"export: {export['bytes']} bytes, RSS before {export['baseline_mb']:.0f} MB, "
          f"peak {export['peak_mb']:.0f} MB; deep page used OFFSET: {any(offsets)}; summary rows: {summary_rows}")
    dashboard = statistics.median([t for name in pages for t in results[f"dashboard {name}"]])
    raw_p50 = statistics.median([t for name in pages for t in results[f"raw SQL {name} (same aggregates)"]])
    base_p50 = statistics.median([t for name in pages for t in results[f"base-table GROUP BY {name} (context)"]])
    print(json.dumps({
        "dashboard_p50_ms": round(dashboard, 1), "raw_sql_p50_ms": round(raw_p50, 2),
        "dashboard_vs_raw_ratio": round(dashboard / raw_p50, 1) if raw_p50 else None,
        "dashboard_minus_raw_ms": round(dashboard - raw_p50, 1),
        "base_table_group_by_p50_ms": round(base_p50, 1),
        "list_p50_ms": round(statistics.median(results["list page 1"]), 1),
        "deep_list_p50_ms": (round(statistics.median(results[f"list page {DEEP_PAGE} (keyset)"]), 1)
                             if deep_url else None),
        "deep_list_uses_offset": any(offsets),
        "export_100k_s": round(export["seconds"] * EXPORT_TARGET / max(1, export_rows), 2),
        "export_rows": export_rows, "export_s": round(export["seconds"], 2), "export_bytes": export["bytes"],
        "export_100k_peak_mb": round(export["peak_mb"], 1), "export_baseline_rss_mb": round(export["baseline_mb"], 1),
        "rows": rows, "database": dialect,
    }))


if __name__ == "__main__":
    main()
