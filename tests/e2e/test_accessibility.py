"""Every page kind, as the demo user who works on it, at phone and desktop width: axe-core finds no serious or
critical violation and no page is wider than the screen."""

import json
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from demo.data import DEMO_PASSWORD
from paperwork.models import Certificate, Decision
from registry.extensions import db
from tests.e2e.conftest import ARTIFACTS

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
WIDTHS = (360, 1366)
#: WCAG 2.1 A and AA, what an automated checker can see.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _demo(runner):
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output


def _first_link(page, base_url: str, start: str, pattern: str) -> str:
    """Open `start` and return the first link whose address matches `pattern`."""
    page.goto(base_url + start)
    for href in page.locator("a[href]").evaluate_all("links => links.map(link => link.getAttribute('href'))"):
        if re.search(pattern, href):
            return href
    pytest.fail(f"no link like {pattern} on {start}")


def _problems(page, base_url: str, path: str, width: int) -> list[str]:
    """Open `path` at `width` and return its serious or critical axe violations and any overflow."""
    page.set_viewport_size({"width": width, "height": 800})
    response = page.goto(base_url + path)
    assert response is not None and response.status < 400, (path, response and response.status)
    # The Content-Security-Policy blocks inline scripts, add_script_tag(path=...) included (it inlines the file);
    # the driver's own evaluation runs beside the page's policy, so axe is evaluated there.
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", AXE_TAGS)
    found = [f"{path} @{width}: {violation['id']} ({violation['impact']}): "
             + json.dumps([node["target"] for node in violation["nodes"][:8]], ensure_ascii=False)
             for violation in result["violations"] if violation["impact"] in ("serious", "critical")]
    widths = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    if width < 768 and widths[0] > widths[1]:
        found.append(f"{path} @{width}: {widths[0]} px wide on a {widths[1]} px screen")
    # The charts' labels as rendered: their font size times the SVG's scale on this screen.
    tiny = page.evaluate("""Array.from(document.querySelectorAll('svg text'))
        .map(text => parseFloat(text.getAttribute('font-size') || '16') * text.getScreenCTM().a)
        .filter(size => size < 11).map(size => size.toFixed(1))""")
    if tiny:
        found.append(f"{path} @{width}: chart labels of {sorted(set(tiny))} px")
    return found


def _check(page, base_url: str, paths: list[str]) -> list[str]:
    return [problem for path in paths for width in WIDTHS for problem in _problems(page, base_url, path, width)]


def _as(page, base_url: str, name: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{base_url}/login")
    page.locator("input[name=email]").fill(f"{name}@demo.dvk.vn")
    page.locator("input[name=password]").fill(DEMO_PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert "/login" not in page.url, name


def test_every_page_kind_meets_wcag_aa_and_fits_a_phone(live_server, page, runner):
    assert AXE.exists(), "axe-core is not vendored: run `bash scripts/ensure-axe.sh` (make test does)"
    _demo(runner)
    problems = _check(page, live_server, ["/login"])

    _as(page, live_server, "donvi1")
    detail = _first_link(page, live_server, "/initiatives/", r"^/initiatives/\d+$")
    problems += _check(page, live_server, ["/", "/initiatives/", detail, "/initiatives/new",
                                           "/account/notifications", "/account/password"])
    # The indicator rows stack on a phone: each box about the card's width, not the 55 px of a squeezed table.
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(live_server + "/initiatives/new")
    boxes = page.locator("[data-indicator-row] input").evaluate_all(
        "inputs => inputs.map(input => input.getBoundingClientRect().width)")
    assert boxes and min(boxes) > 250, boxes
    ARTIFACTS.mkdir(exist_ok=True)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(live_server + "/initiatives/")
        page.screenshot(path=str(ARTIFACTS / f"initiative-list-{width}.png"), full_page=True)

    _as(page, live_server, "uyvien1")
    sheet = _first_link(page, live_server, "/scoring/", r"^/scoring/initiatives/\d+")
    problems += _check(page, live_server, ["/scoring/", sheet])
    # The demo's council session (last year's campaign decided by vote): its page, results and ballot.
    session = _first_link(page, live_server, "/councils/sessions", r"^/councils/sessions/\d+$")
    problems += _check(page, live_server, ["/councils/sessions", session, session + "/results", session + "/vote"])

    _as(page, live_server, "bandanvan")
    council = _first_link(page, live_server, "/councils/", r"^/councils/\d+$")
    decision = _first_link(page, live_server, "/decisions/bulk", r"^/decisions/initiatives/\d+")
    report = _first_link(page, live_server, "/reports/", r"^/reports/report/[\w-]+(\?|$)")
    problems += _check(page, live_server, ["/decisions/bulk", decision, council, "/reports/", report])
    record = f"/decisions/records/{db.session.scalars(select(Decision.id).order_by(Decision.id)).first()}"
    problems += _check(page, live_server, ["/admin/issuers", "/admin/issuers/new", record])
    page.context.clear_cookies()
    problems += _check(page, live_server, [f"/verify/{db.session.scalars(select(Certificate.code)).first()}"])

    _as(page, live_server, "admin")
    problems += _check(page, live_server, ["/admin/units", "/admin/users", "/admin/campaigns", "/admin/fields",
                                           "/admin/audit", "/admin/imports"])
    assert problems == [], "\n".join(problems)
