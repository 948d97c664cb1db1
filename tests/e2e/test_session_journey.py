"""In Chromium: the secretary holds a session with its attendance and agenda, the members present vote, the chair
closes and confirms the outcomes on the prefilled bulk decision page; the pages fit a phone and axe finds nothing."""

from playwright.sync_api import expect

from registry.extensions import db
from tests.e2e.conftest import ARTIFACTS, sign_in
from tests.e2e.test_accessibility import _problems
from tests.session_world import deliberation_world
from tests.workflow_world import TODAY_VN
from workflows.councils.service import assign
from workflows.machine import S


def _as(page, base_url, user):
    page.context.clear_cookies()
    sign_in(page, base_url, user.email, "password123")


def test_a_session_with_attendance_and_votes_ends_in_the_chairs_decision(live_server, page, make):
    world = deliberation_world(make, members=2)  # four seats: three must be present (2/3)
    road = world.initiative
    market = make.initiative(unit=world.unit, campaign=road.campaign, status=S.registered, title="Chợ văn minh")
    assign(world.people["staff"], world.council, [market])
    db.session.commit()
    people, seats = world.people, world.seats

    _as(page, live_server, people["secretary"])
    page.goto(f"{live_server}/councils/sessions")
    page.goto(f"{live_server}/councils/{world.council.id}/sessions/new")
    page.get_by_label("Ngày họp").fill(TODAY_VN.strftime("%d/%m/%Y"))
    page.get_by_label("Địa điểm").fill("Hội trường Tỉnh ủy")
    page.locator(f"#present-{seats['member2'].id}").uncheck()
    page.get_by_role("button", name="Lưu phiên họp").click()
    expect(page.locator(".alert-success")).to_be_visible()
    session_url = page.url
    page.get_by_role("link", name="Đưa mô hình vào chương trình họp").click()
    page.get_by_label("Chọn tất cả mô hình trong danh sách").check()
    expect(page.locator("[data-picked-count]")).to_have_text("2")
    page.get_by_role("button", name="Đưa các mô hình đã chọn vào chương trình họp").click()
    expect(page.locator(".alert-success")).to_contain_text("2")

    votes = {"chair": ("agree", "disagree"), "secretary": ("agree", "agree"), "member1": ("agree", "disagree")}
    for seat, (on_road, on_market) in votes.items():
        _as(page, live_server, people[seat])
        page.goto(session_url)
        page.get_by_role("link", name="Biểu quyết", exact=True).click()
        page.locator(f"#choice-{road.id}-{on_road}").check()
        page.locator(f"#choice-{market.id}-{on_market}").check()
        page.locator(f"#comment-{market.id}").fill("Cần bổ sung minh chứng")
        page.get_by_role("button", name="Ghi nhận phiếu biểu quyết").click()
        expect(page.locator(".alert-success")).to_be_visible()
    _as(page, live_server, people["member2"])  # absent: the page says so and offers no ballot
    page.goto(session_url + "/vote")
    expect(page.locator(".alert-warning")).to_contain_text("Chỉ thành viên có mặt")

    _as(page, live_server, people["chair"])
    page.goto(session_url + "/results")
    expect(page.locator(f'[data-initiative="{road.id}"]')).to_have_attribute("data-outcome", "recognition")
    expect(page.locator(f'[data-initiative="{market.id}"]')).to_have_attribute("data-outcome", "rejection")
    page.get_by_role("button", name="Hoàn thành thẩm định 2 mô hình").click()
    expect(page.locator(".alert-success")).to_be_visible()
    page.locator("[data-decision=recognize]").click()
    expect(page.locator("[data-session-prefill]")).to_be_visible()
    expect(page.locator(f"#pick-{road.id}")).to_be_checked()
    expect(page.locator(f"#pick-{market.id}")).not_to_be_checked()
    page.get_by_label("Số quyết định").fill("21-QĐ/BDVTU")
    page.get_by_label("Ngày quyết định").fill(TODAY_VN.strftime("%d/%m/%Y"))
    page.get_by_role("button", name="Áp dụng cho các mô hình đã chọn…").click()
    page.locator(".modal.show").get_by_role("button", name="Xác nhận").click()
    expect(page.locator(".alert-success")).to_contain_text("1")
    db.session.expire_all()
    assert (db.session.get(type(road), road.id).status, db.session.get(type(market), market.id).status) == (
        S.recognized, S.evaluated)

    ARTIFACTS.mkdir(exist_ok=True)
    path = session_url.removeprefix(live_server)
    problems = []
    for width in (360, 1366):
        for suffix, name in (("", "detail"), ("/results", "results"), ("/vote", "vote"), ("/agenda", "agenda")):
            if suffix == "/agenda":
                _as(page, live_server, people["secretary"])
            problems += _problems(page, live_server, path + suffix, width)
            page.screenshot(path=str(ARTIFACTS / f"session-{name}-{width}.png"), full_page=True)
        _as(page, live_server, people["chair"])
    assert problems == []
