"""Benchmark the whole list export request, before #11 against now, on a seeded database (not a test).

For each size N, seeds a temporary SQLite database (`flask db upgrade`, `flask seed-demo --initiatives N`),
then times `GET /initiatives/export?format=xlsx` signed in as the demo administrator: the code as it was
before #11 (openpyxl write-only, checked out with `git archive` from `--before`, default 46b6439^) against
this checkout (rvgsrust-xlsxwriter, registry/xlsx.py). Each run is a fresh process; runs alternate between
the two so that both meet the same load. Prints the medians of the runs (CPU and wall time, the CPU
ratio) and the memory: the process's resident size sampled every 5 ms during the request, its peak and
how far it rose above the size before the request (the response body, held by the test client, counts).

Last measured (2026-12-02, `python bench/exports.py 20000 100000`, medians of 3 runs, the shared 2-core VM
beside a test run; wall times stretch under load, read the columns of one size against each other):

    rows      before (openpyxl)           now (rvgsrust-xlsxwriter)    CPU ratio   peak RSS (rise) before / now
    20,000     4.29 s CPU  (7.2 s wall)    1.06 s CPU  (1.7 s wall)     4.0x      116 MB (+8) / 133 MB (+10)
    100,000   19.94 s CPU (39.3 s wall)    5.06 s CPU  (9.8 s wall)     3.9x      130 MB (+22) / 151 MB (+28)

"Now" writes the three columns #11 added to the list export (the latest decision's number and date, the average
score), which "before" does not: their two correlated lookups cost about 0.15 s of the query at 20,000 rows.
Before those columns the same bench gave 5.6x at 20,000 rows and 4.9x at 100,000; the 5x asked in #11 is not
reached with them. The rest of a request: the query and its rows (~0.6 s CPU at 20,000 rows, about the same in
both), the native writer (~1 µs a cell plus the zip) and the Python work of a row. XlsxWriter (the writer between
the two) measured 2.1 s CPU for 20,000 rows alone, against 0.37 s for rvgsrust-xlsxwriter and 0.26 s for
rustpy-xlsxwriter (records only: no heading block or per-cell formats).

CPU time is the figure to judge by (wall time mostly waits for the other processes on the two cores).
What is left of a request after the change: the query and its rows (~0.25 s CPU at 20,000 rows), the
native writer, and the Python work of a row (a type plan, one text check, two timestamps). The sheet is
written in constant-memory mode and saved to a temporary file.

Run: `python bench/exports.py [rows ...] [--runs 3] [--before REF] [--database URL]` (default 20000 100000;
`--database` measures an already seeded database instead of seeding one a size). Prints one line per
size and a JSON line.
"""

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
#: The commit before #11's exports work: openpyxl write-only.
BEFORE = "46b6439^"

#: Run in a fresh process with (checkout root, database URL): time one export, print the figures as JSON.
MEASURE = r"""
import json, os, sys, threading, time
root, url = sys.argv[1], sys.argv[2]
sys.path.insert(0, root)
os.chdir(root)
from app import create_app
app = create_app({"SQLALCHEMY_DATABASE_URI": url, "WTF_CSRF_ENABLED": False})
client = app.test_client()
assert client.post("/login", data={"email": "admin@demo.dvk.vn", "password": "demo1234"}).status_code in (200, 302)
page = os.sysconf("SC_PAGE_SIZE")

def resident():
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * page

samples, stop = [resident()], threading.Event()

def sample():
    while not stop.wait(0.005):
        samples.append(resident())

sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
wall, cpu = time.perf_counter(), time.process_time()
response = client.get("/initiatives/export?format=xlsx")
data = response.get_data()
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
stop.set()
sampler.join()
print(json.dumps({"status": response.status_code, "bytes": len(data), "wall_s": wall, "cpu_s": cpu,
                  "rss_before_mb": samples[0] / 2**20, "rss_peak_mb": max(samples) / 2**20}))
"""


def _flask(url: str, *arguments: str) -> None:
    """Run one `flask` command of this checkout on the database `url`."""
    environment = {**os.environ, "DATABASE_URL": url, "FLASK_APP": "app.py"}
    done = subprocess.run([sys.executable, "-m", "flask", *arguments], cwd=HERE, env=environment,
                          capture_output=True, text=True)
    if done.returncode:  # its log (one JSON line an event) is shown only when it failed
        raise SystemExit(f"flask {' '.join(arguments)} failed:\n{done.stderr[-4000:]}")


def seeded(size: int, folder: Path) -> str:
    """Return the URL of a new SQLite database holding the demo and `size` generated initiatives."""
    url = f"sqlite:///{folder / f'demo-{size}.sqlite'}"
    _flask(url, "db", "upgrade")
    _flask(url, "seed-demo", "--initiatives", str(size))
    return url


def checkout(reference: str, folder: Path) -> Path:
    """Write the tree of `reference` to `folder` (git archive: no worktree, no branch) and return it."""
    archive = subprocess.run(["git", "archive", "--format=tar", reference], cwd=HERE, check=True,
                             capture_output=True).stdout
    folder.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def measure(root: Path, url: str) -> dict:
    """Time one export request of the checkout `root` on `url` in a fresh process."""
    done = subprocess.run([sys.executable, "-c", MEASURE, str(root), url], check=True, capture_output=True,
                          text=True)
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    if figures["status"] != 200:
        raise SystemExit(f"{root}: the export answered {figures['status']}")
    return figures


def compare(before: Path, url: str, runs: int) -> dict:
    """Measure both checkouts `runs` times, alternating, and return the medians and the ratio."""
    samples = {"before": [], "now": []}
    for _run in range(runs):
        samples["before"].append(measure(before, url))
        samples["now"].append(measure(HERE, url))
    result = {}
    for name, figures in samples.items():
        for key in ("cpu_s", "wall_s", "rss_peak_mb"):
            result[f"{name}_{key}"] = round(statistics.median(sample[key] for sample in figures), 2)
        result[f"{name}_growth_mb"] = round(statistics.median(sample["rss_peak_mb"] - sample["rss_before_mb"]
                                                              for sample in figures), 1)
        result[f"{name}_bytes"] = figures[-1]["bytes"]
    result["speedup_cpu"] = round(result["before_cpu_s"] / result["now_cpu_s"], 1)
    result["speedup_wall"] = round(result["before_wall_s"] / result["now_wall_s"], 1)
    return result


def _option(arguments: list[str], name: str, default: str) -> str:
    """Return the value given after `name` on the command line, or `default`."""
    return arguments[arguments.index(name) + 1] if name in arguments else default


def main() -> None:
    """Seed (or take) a database for each size, then compare the two checkouts' export requests."""
    arguments = sys.argv[1:]
    runs = int(_option(arguments, "--runs", "3"))
    given = _option(arguments, "--database", "")
    options = {_option(arguments, name, "") for name in ("--runs", "--before", "--database")}
    sizes = [int(arg) for arg in arguments if arg.isdigit() and arg not in options] or [20000, 100000]
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-exports-") as scratch:
        before = checkout(_option(arguments, "--before", BEFORE), Path(scratch) / "before")
        for size in [0] if given else sizes:
            url = given or seeded(size, Path(scratch))
            figures = compare(before, url, runs)
            results[size or url] = figures
            label = f"{size:>8,} rows" if size else url
            print(f"{label}: before {figures['before_cpu_s']:.2f} s CPU ({figures['before_wall_s']:.2f} s wall,"
                  f" peak {figures['before_rss_peak_mb']:.0f} MB, +{figures['before_growth_mb']:.0f} MB),"
                  f" now {figures['now_cpu_s']:.2f} s CPU ({figures['now_wall_s']:.2f} s wall,"
                  f" peak {figures['now_rss_peak_mb']:.0f} MB, +{figures['now_growth_mb']:.0f} MB):"
                  f" {figures['speedup_cpu']}x in CPU time, {figures['speedup_wall']}x in wall time", flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
