"""The re-based list in Chromium: its note in the filter bar, at a phone's width and a desktop's."""

from playwright.sync_api import expect

from registry.extensions import db
from registry.roles import ROLE_VIEWER
from tests.e2e.conftest import ARTIFACTS, sign_in, watch_csp_violations
from tests.test_list_basis import _world


def test_the_rebased_list_says_how_it_places_its_models(live_server, page, make):
    _province, _district, merged, _a, _c, old, _new, _field = _world(make)
    make.user(ROLE_VIEWER, unit=merged, email="quydoi@example.vn")
    db.session.commit()
    violations = watch_csp_violations(page)
    sign_in(page, live_server, "quydoi@example.vn", "password123")
    for width in (360, 1366):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server}/initiatives/?campaign={old.id}&unit={merged.id}&basis=rebased")
        expect(page.locator("#list-basis")).to_be_visible()
        expect(page.locator("#list-basis")).to_contain_text("Xã An Bình")
        page.screenshot(path=str(ARTIFACTS / f"list-basis-{width}.png"), full_page=True)
    page.click("#list-basis a")
    expect(page.locator("#list-basis")).to_have_count(0)
    assert violations == []
