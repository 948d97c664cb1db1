"""Benchmark the dashboard, the reports' exports and the list against hand-written SQL (not a test).

Seed first: `DATABASE_URL=... flask seed-demo --initiatives N`, then
`BENCH_DATABASE_URL=... python bench/dashboard.py [repeats]`. Prints a table, then one JSON line.
"""

import json
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("SECRET_KEY", "bench-only")

from sqlalchemy import func, select, text  # noqa: E402

from app import create_app  # noqa: E402
from registry.extensions import db  # noqa: E402
from registry.models import Campaign, Initiative, Unit  # noqa: E402

ADMIN = ("admin@demo.dvk.vn", "demo1234")


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
    """Fetch `url` and fail loudly unless it answers 200."""
    def call():
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        return response.data
    return call


def main() -> None:
    """Run every measurement and print the table and the JSON line."""
    url = os.environ["BENCH_DATABASE_URL"]
    repeats = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "WTF_CSRF_ENABLED": False})
    client = app.test_client()
    assert client.post("/login", data={"email": ADMIN[0], "password": ADMIN[1]}).status_code == 302
    with app.app_context():
        rows = db.session.scalar(select(func.count(Initiative.id)))
        root = db.session.scalar(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.id))
        commune = db.session.scalar(select(Unit).where(Unit.level == "commune", Unit.depth == 1).order_by(Unit.id))
        campaign = db.session.scalar(select(Campaign).order_by(Campaign.year.desc()))
        root_id, commune_id, campaign_id, dialect = root.id, commune.id, campaign.id, db.engine.dialect.name
    results = {}
    pages = {"dashboard country": "/reports/", "dashboard province": f"/reports/?unit={root_id}",
             "dashboard commune": f"/reports/?unit={commune_id}"}
    for name, page_url in pages.items():
        results[name] = timed(get(client, page_url), repeats)
    raw = [
        # The same aggregates the dashboard reads, written by hand against the summary.
        "SELECT status, field_id, subject_type, registration_kind, unit_level, sum(count) FROM report_count "
        f"WHERE unit_id = {root_id} AND campaign_id = {campaign_id} GROUP BY 1, 2, 3, 4, 5",
        f"SELECT campaign_id, field_id, status, sum(count) FROM report_count WHERE unit_id = {root_id} "
        "GROUP BY 1, 2, 3",
        "SELECT unit_id, status, sum(count) FROM report_count WHERE unit_id IN "
        f"(SELECT id FROM unit WHERE parent_id = {root_id}) AND campaign_id = {campaign_id} GROUP BY 1, 2",
    ]
    with app.app_context():
        def run_raw():
            for statement in raw:
                db.session.execute(text(statement)).all()
        results["raw SQL (same aggregates)"] = timed(run_raw, repeats)
    for report in ("field-status", "group-subject", "locality", "commendations", "exemplary"):
        results[f"export {report}.xlsx"] = timed(get(client, f"/reports/report/{report}.xlsx"), max(1, repeats // 3))
    results["list page 1"] = timed(get(client, "/initiatives/"), repeats)
    results["list page 2000"] = timed(get(client, "/initiatives/?page=2000"), repeats)
    export_url = f"/initiatives/export?format=xlsx&campaign={campaign_id}"
    tracemalloc.start()
    start = time.perf_counter()
    data = get(client, export_url)()
    export_seconds = time.perf_counter() - start
    peak_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    with app.app_context():
        exported = db.session.scalar(select(func.count(Initiative.id)).where(Initiative.campaign_id == campaign_id))
    results[f"list export xlsx ({exported} rows)"] = [export_seconds * 1000]
    print(f"{'measure':45} {'p50 ms':>10} {'max ms':>10}")
    for name, times in results.items():
        print(f"{name:45} {statistics.median(times):10.1f} {max(times):10.1f}")
    dashboard = statistics.median([t for name in pages for t in results[name]])
    raw_p50 = statistics.median(results["raw SQL (same aggregates)"])
    print(json.dumps({
        "dashboard_p50_ms": round(dashboard, 1), "raw_sql_p50_ms": round(raw_p50, 2),
        "dashboard_vs_raw_ratio": round(dashboard / raw_p50, 1) if raw_p50 else None,
        "list_p50_ms": round(statistics.median(results["list page 1"]), 1),
        "deep_list_p50_ms": round(statistics.median(results["list page 2000"]), 1),
        "export_100k_s": round(export_seconds * 100_000 / max(1, exported), 2),
        "export_rows": exported, "export_bytes": len(data), "export_100k_peak_mb": round(peak_mb, 1),
        "rows": rows, "database": dialect,
    }))


if __name__ == "__main__":
    main()
