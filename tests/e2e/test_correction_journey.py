"""In Chromium: staff correct a decision's mistyped number, and the model's history shows the old and new values."""

from playwright.sync_api import expect

from tests.e2e.conftest import ARTIFACTS, sign_in
from tests.paperwork_world import recognised_world


def test_a_corrected_number_shows_in_the_history_of_the_model(live_server, page, make):
    paper = recognised_world(make, count=2, individuals=0)
    sign_in(page, live_server, paper.world.people["staff"].email, "password123")
    page.goto(f"{live_server}/decisions/records/{paper.decision.id}")
    page.fill("#number_text", "11-QĐ/BTGDVTU")
    page.fill("#reason", "Gõ nhầm số khi nhập quyết định")
    page.get_by_role("button", name="Đính chính quyết định").click()
    expect(page.locator("[data-corrections]")).to_contain_text("11-QĐ/BTGDVTU")
    page.context.clear_cookies()
    sign_in(page, live_server, paper.world.people["officer"].email, "password123")
    page.goto(f"{live_server}/initiatives/{paper.initiatives[1].id}")
    note = page.locator('[data-history-note="decision_correction"]')
    expect(note).to_contain_text("Đính chính quyết định từ 1-QĐ/BTGDVTU")
    expect(note).to_contain_text("thành 11-QĐ/BTGDVTU")
    expect(note).to_contain_text("Lý do: Gõ nhầm số khi nhập quyết định")
    ARTIFACTS.mkdir(exist_ok=True)
    history = page.locator("#section-history").locator("xpath=../..")
    for width, height in ((360, 740), (1366, 900)):
        page.set_viewport_size({"width": width, "height": height})
        history.scroll_into_view_if_needed()
        history.screenshot(path=str(ARTIFACTS / f"correction-history-{width}.png"))
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing spills sideways
