"""In Chromium: the main pages work under the Content-Security-Policy, which blocks any inline script."""

from playwright.sync_api import expect

from registry.extensions import db
from tests.e2e.conftest import sign_in
from tests.workflow_world import build_council_world


def _visit(page, url: str) -> None:
    response = page.goto(url)
    assert response is not None and response.ok, url
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy, url
    assert response.headers["x-frame-options"] == "DENY" and response.headers["x-content-type-options"] == "nosniff"
    page.wait_for_load_state("load")


def test_the_policy_blocks_an_injected_inline_script_and_the_watch_sees_it(live_server, page, make):
    world = build_council_world(make, members=1)
    db.session.commit()
    sign_in(page, live_server, world.people["staff"].email, "password123")
    _visit(page, f"{live_server}/initiatives/")
    # As injected markup would: an inline script and an inline handler. Neither runs.
    page.evaluate("""() => {
        const script = document.createElement("script");
        script.textContent = "window.injected = 1";
        document.body.appendChild(script);
        document.body.insertAdjacentHTML("beforeend", '<img src="/nothing" onerror="window.injected = 2">');
    }""")
    page.wait_for_timeout(300)
    assert page.evaluate("window.injected") is None
    assert any("script-src" in text for text in page.csp_violations), page.csp_violations
    page.csp_violations.clear()  # seen: the fixture's own check at the end must not count them


def test_the_main_pages_report_no_policy_violation(live_server, page, make):
    world = build_council_world(make, members=1)
    db.session.commit()
    people, initiative_id = world.people, world.initiative.id
    sign_in(page, live_server, people["admin"].email, "password123")
    for path in ("/", "/initiatives/", f"/initiatives/{initiative_id}", "/reports/", "/reports/report/locality",
                 "/api/v1/docs", "/admin/units", "/admin/users", "/admin/campaigns", "/councils/",
                 f"/councils/{world.council.id}", f"/councils/campaigns/{world.initiative.campaign_id}/settings",
                 "/help/workflow", "/account/tokens/"):
        _visit(page, live_server + path)
    # The dashboard's charts are drawn (inline SVG, no script) and the report's print button still prints.
    _visit(page, f"{live_server}/reports/")
    expect(page.locator("svg[role=img]").first).to_be_visible()
    _visit(page, f"{live_server}/reports/report/locality")
    page.evaluate("() => { window.printed = 0; window.print = () => { window.printed += 1; }; }")
    page.get_by_role("button", name="In", exact=True).click()
    assert page.evaluate("window.printed") == 1

    page.context.clear_cookies()
    sign_in(page, live_server, people["member1"].email, "password123")
    _visit(page, f"{live_server}/scoring/")
    _visit(page, f"{live_server}/scoring/initiatives/{initiative_id}")
    # The conflict-of-interest form asks first (static JS now, not onsubmit=): dismissed, nothing is sent.
    page.locator("summary", has_text="Khai báo xung đột lợi ích").click()
    page.get_by_label("Lý do").fill("Người thân")
    asked = []
    page.once("dialog", lambda dialog: (asked.append(dialog.message), dialog.dismiss()))
    page.locator("form[data-confirm]").get_by_role("button").click()
    page.wait_for_timeout(300)
    assert asked and "xung đột lợi ích" in asked[0]
    assert page.url.endswith(f"/scoring/initiatives/{initiative_id}")

    page.context.clear_cookies()
    sign_in(page, live_server, people["chair"].email, "password123")
    _visit(page, f"{live_server}/decisions/initiatives/{initiative_id}")
    assert page.csp_violations == [], page.csp_violations
