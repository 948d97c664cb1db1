"""The initiative list on a 360-px phone weighs under 150 KB on a first visit, and only its page on the next.

A size check, not a timing: for a fixed database the bytes a page transfers are the same on every run.
bench/pages.py measures every main page the same way on the demo province.
"""

from playwright.sync_api import expect

from registry.extensions import db
from registry.initiatives.listing import PER_PAGE
from registry.roles import ROLE_STAFF
from tests.e2e.conftest import ARTIFACTS, sign_in

LIMIT = 150 * 1024
#: The document and every file it loaded (Resource Timing; transferSize is 0 for a file from the cache).
LOADED = """() => performance.getEntriesByType("navigation").concat(performance.getEntriesByType("resource"))
    .filter(e => !e.name.includes("favicon"))
    .map(e => ({name: e.name, transfer: e.transferSize, decoded: e.decodedBodySize}))"""


def _full_list(make):
    """A province with a full first page of registered models (long titles, as real ones are)."""
    province = make.unit("Tỉnh ủy Lam Hồng", level="province")
    campaign = make.campaign(year=2026, is_open=True)
    field = make.field("Kinh tế", "KT")
    for number in range(PER_PAGE + 5):
        commune = make.unit(f"Đảng ủy xã Số {number}", parent=province)
        make.initiative(unit=commune, campaign=campaign, field=field, status="registered",
                        title=f"Mô hình “Dân vận khéo” phát triển kinh tế hộ gia đình số {number}")
    make.user(ROLE_STAFF, unit=province, email="chuyenvien@example.vn")
    db.session.commit()


def test_the_list_page_weighs_under_150_kb_on_a_first_visit(live_server, page, make):
    _full_list(make)
    page.set_viewport_size({"width": 360, "height": 800})
    sign_in(page, live_server, "chuyenvien@example.vn", "password123")
    # Signing in filled the cache: empty it, so that the list is opened as on a first visit.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.clearBrowserCache")

    page.goto(f"{live_server}/initiatives/", wait_until="load")
    first = page.evaluate(LOADED)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "page-weight-list-360.png"), full_page=True)
    names = [entry["name"] for entry in first]
    assert any("bootstrap.min.css" in name for name in names) and any("/initiatives/" in name for name in names)
    transferred = sum(entry["transfer"] for entry in first)
    decoded = sum(entry["decoded"] for entry in first)
    assert 0 < transferred < LIMIT, first
    # Compressed: what travelled is a fraction of what the browser decoded.
    assert transferred < decoded / 3, (transferred, decoded)

    page.goto(f"{live_server}/initiatives/", wait_until="load")
    again = page.evaluate(LOADED)
    from_network = [entry["name"] for entry in again if entry["transfer"] > 0]
    assert len(from_network) == 1 and "/initiatives/" in from_network[0], again
    # Bootstrap's JS, from the cache under its versioned URL, runs: the phone's menu opens.
    page.get_by_role("button", name="Trình đơn").click()
    expect(page.get_by_role("link", name="Mô hình", exact=True)).to_be_visible()
