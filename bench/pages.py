"""Measure what each main page weighs on a phone: bytes over the wire, decoded bytes, requests (not a test).

Seeds the demo province into a temporary SQLite database (`flask db upgrade`, `flask seed-demo`), serves the
app in a thread, and drives Debian's Chromium (Playwright, viewport 360 x 800, the way a phone opens it) as
the demo accounts. For each page it prints, on a first visit (browser cache emptied just before) and on a
repeat visit (same browser, warm cache):

- wire: bytes the browser received for the page and every file it loaded (Resource Timing's
  `transferSize`: compressed body plus response headers; 0 for a file taken from the cache),
- decoded: the same bodies decoded (`decodedBodySize`), what the browser parses,
- requests: how many of the page's loads reached the server (the document, and every file not taken from
  the cache: a revalidation answered 304 counts),
- files: how many files the page loads at all, from the network or the cache.
The favicon is left out (Chromium loads it apart from the page, once per site).

Run: `.venv/bin/python bench/pages.py [--json]`. The figures, before and after the page-weight work of
issue #11, are in bench/README.md.
"""

import argparse
import json
import logging
import os
import re
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PASSWORD = "demo1234"  # noqa: S105  (the demo accounts' published password)
STAFF = "bandanvan@demo.dvk.vn"
OFFICER = "donvi1@demo.dvk.vn"
VIEWER = "lanhdao@demo.dvk.vn"

#: What the page loaded, read in the page once it has loaded: the document and each file, by Resource Timing.
MEASURE_SCRIPT = """() => {
  const entries = performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"));
  return entries.map(e => ({name: e.name, transfer: e.transferSize, encoded: e.encodedBodySize,
                            decoded: e.decodedBodySize}));
}"""


def seed_database(folder: Path) -> str:
    """Create and seed the demo database in `folder`; return its URL."""
    url = f"sqlite:///{folder / 'bench-pages.db'}"
    env = dict(os.environ, DATABASE_URL=url, FLASK_APP="app.py", UPLOAD_DIR=str(folder / "uploads"))
    env.setdefault("SECRET_KEY", "bench-only")
    flask = str(Path(sys.executable).with_name("flask"))
    for command in (["db", "upgrade"], ["seed-demo"]):
        subprocess.run([flask, *command], cwd=ROOT, env=env, check=True, capture_output=True)
    return url


def serve(database_url: str, folder: Path) -> tuple[str, object]:
    """Serve the app on a free port of 127.0.0.1 in a thread; return its base URL and the server."""
    from werkzeug.serving import make_server

    os.environ.setdefault("SECRET_KEY", "bench-only")
    from app import create_app

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "UPLOAD_DIR": str(folder / "uploads"),
                      "MAIL_SUPPRESS_SEND": True})
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one access-log line per file: not wanted here
    server = make_server("127.0.0.1", 0, app, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_port}", server


def sign_in(page, base_url: str, email: str) -> None:
    """Sign in through the login form."""
    page.goto(f"{base_url}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Mật khẩu").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_load_state()


def first_link(page, base_url: str, list_path: str, pattern: str) -> str:
    """The first link of the page at `list_path` whose path matches `pattern`."""
    page.goto(base_url + list_path)
    for href in page.eval_on_selector_all("a[href]", "links => links.map(a => a.getAttribute('href'))"):
        if re.fullmatch(pattern, href.split("?")[0]):
            return href
    raise SystemExit(f"no link matching {pattern} on {list_path}")


def visit(page, url: str) -> dict:
    """Open `url` and sum what it loaded."""
    page.goto(url, wait_until="load")
    # The favicon shows in Resource Timing only when it loads before the measure: left out, for steady figures.
    entries = [e for e in page.evaluate(MEASURE_SCRIPT) if "favicon" not in e["name"]]
    return {
        "wire": sum(e["transfer"] for e in entries),
        "decoded": sum(e["decoded"] for e in entries),
        "requests": sum(1 for e in entries if e["transfer"] > 0),
        "files": len(entries),
        "loaded": sorted(e["name"].split("/", 3)[-1] for e in entries),
    }


def measure_page(browser, accept_encoding: str | None, base_url: str, name: str, email: str | None,
                 path_of) -> dict:
    """First and repeat visit of one page, in a fresh phone-sized browser context signed in as `email`."""
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}
    context = browser.new_context(locale="vi-VN", viewport={"width": 360, "height": 800},
                                  extra_http_headers=headers)
    page = context.new_page()
    if email:
        sign_in(page, base_url, email)
    url = base_url + path_of(page)
    # The sign-in (and finding the page) filled the cache: empty it, so the first visit is a first visit.
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.clearBrowserCache")
    first = visit(page, url)
    repeat = visit(page, url)
    context.close()
    return {"page": name, "path": url[len(base_url):], "first": first, "repeat": repeat}


def main() -> None:
    """Seed, serve, measure every main page, print the table (and the JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="also print the figures as one JSON line")
    parser.add_argument("--files", action="store_true", help="also list the files each page loads")
    parser.add_argument("--accept-encoding", metavar="LIST",
                        help='send this Accept-Encoding instead of Chromium\'s (e.g. "gzip, deflate", what it '
                             'sends to a site over plain HTTP; over HTTPS and to 127.0.0.1 it also accepts br)')
    options = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="dvk-bench-pages-") as folder_name:
        folder = Path(folder_name)
        base_url, server = serve(seed_database(folder), folder)
        pages = [
            ("sign-in", None, lambda page: "/login"),
            ("initiative list", STAFF, lambda page: "/initiatives/"),
            ("registration form", OFFICER, lambda page: "/initiatives/new"),
            ("initiative detail", STAFF, lambda page: first_link(page, base_url, "/initiatives/",
                                                                 r"/initiatives/\d+")),
            ("dashboard", VIEWER, lambda page: "/reports/"),
            ("council page", STAFF, lambda page: first_link(page, base_url, "/councils/", r"/councils/\d+")),
        ]
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            results = [measure_page(browser, options.accept_encoding, base_url, *spec) for spec in pages]
            browser.close()
        server.shutdown()

    # The repeat visit's decoded bytes are left out of the table: Chromium counts a file taken from the cache
    # at its full size but one revalidated (304) at 0, so they would compare nothing (they are in the JSON).
    print(f"{'page':<20} {'first: wire':>12} {'decoded':>10} {'req':>4} {'files':>5}  {'repeat: wire':>12} {'req':>4}")
    for row in results:
        first, repeat = row["first"], row["repeat"]
        print(f"{row['page']:<20} {first['wire'] / 1024:>9.1f} KB {first['decoded'] / 1024:>7.1f} KB "
              f"{first['requests']:>4} {first['files']:>5}  {repeat['wire'] / 1024:>9.1f} KB {repeat['requests']:>4}")
        if options.files:
            print("    " + ", ".join(first["loaded"]))
    if options.json:
        print(json.dumps(results, ensure_ascii=False))


if __name__ == "__main__":
    main()
