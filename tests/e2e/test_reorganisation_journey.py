"""Staff record the 1/7/2025 merge of two communes with its preview; the leader compares 2024 with 2026 re-based."""

import re
from pathlib import Path

from playwright.sync_api import expect
from sqlalchemy import select

from registry.extensions import db
from registry.models import Campaign, Unit
from registry.roles import ROLE_STAFF, ROLE_VIEWER
from tests.e2e.conftest import ARTIFACTS, sign_in

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"


def _no_serious_axe_violations(page) -> None:
    """Run axe-core (WCAG 2.1 A and AA) on the page and fail on a serious or critical violation."""
    assert AXE.exists(), "axe-core is not vendored: run `bash scripts/ensure-axe.sh`"
    page.evaluate(AXE.read_text(encoding="utf-8"))
    result = page.evaluate("() => axe.run(document, {runOnly: {type: 'tag', values: "
                           "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})")
    serious = [violation["id"] for violation in result["violations"] if violation["impact"] in ("serious", "critical")]
    assert serious == [], serious


def _old_province(make):
    province = make.unit("Tỉnh ủy Lam Hồng", level="province")
    district = make.unit("Đảng ủy huyện Đông Lam", parent=province, level="district")
    an_phu = make.unit("Đảng ủy xã An Phú", parent=district)
    phu_thuong = make.unit("Đảng ủy xã Phú Thượng", parent=district)
    old = make.campaign(year=2024, is_open=False)
    make.campaign(year=2026, is_open=True)
    economy = make.field("Kinh tế", "KT")
    for unit, status in ((an_phu, "recognized"), (an_phu, "registered"), (phu_thuong, "recognized")):
        make.initiative(unit=unit, campaign=old, field=economy, status=status)
    make.user(ROLE_STAFF, unit=province, email="bandanvan@example.vn", full_name="Phạm Minh Tuấn")
    make.user(ROLE_VIEWER, unit=province, email="lanhdao@example.vn", full_name="Lê Thu Hà")
    db.session.commit()
    return province


def test_staff_record_a_merge_then_the_leader_compares_2024_with_2026_re_based(live_server, page, make):
    province = _old_province(make)
    sign_in(page, live_server, "bandanvan@example.vn", "password123")
    page.goto(f"{live_server}/admin/units")
    page.get_by_role("link", name="Ghi nhận sắp xếp đơn vị").click()
    page.get_by_label("Hình thức sắp xếp").select_option("merge")
    page.get_by_label("Căn cứ pháp lý").fill("Nghị quyết 1699/NQ-UBTVQH15")
    page.get_by_label("Ngày ban hành").fill("16/06/2025")
    page.get_by_label("Ngày có hiệu lực").fill("01/07/2025")
    page.get_by_label("Đơn vị kết thúc", exact=True).select_option(
        label=["— — Đảng ủy xã An Phú", "— — Đảng ủy xã Phú Thượng"])
    page.get_by_label("Đơn vị mới, mỗi tên một dòng").fill("Đảng ủy xã An Phú Thượng")
    page.get_by_label("Đơn vị mới trực thuộc").select_option(label="Tỉnh ủy Lam Hồng")
    page.get_by_role("button", name="Xem trước").click()

    preview = page.locator("#preview")
    expect(preview).to_contain_text("30/06/2025")
    expect(page.locator("#preview-closing li")).to_have_count(2)
    expect(page.locator("#preview-opening")).to_contain_text("Đảng ủy xã An Phú Thượng")
    expect(page.locator("#preview-moving")).to_contain_text("Hồ sơ đăng ký đang xử lý: 1")
    expect(page.locator("#preview-staying")).to_contain_text("Mô hình đã có quyết định (lịch sử): 2")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "reorganise-preview-1366.png"), full_page=True)
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=str(ARTIFACTS / "reorganise-preview-360.png"), full_page=True)
    _no_serious_axe_violations(page)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.set_viewport_size({"width": 1366, "height": 900})
    page.get_by_role("button", name="Xác nhận sắp xếp").click()
    expect(page).to_have_url(re.compile(r"/admin/units/reorganisations$"))
    expect(page.locator("#reorganisations")).to_contain_text("Nghị quyết 1699/NQ-UBTVQH15")

    db.session.expire_all()
    merged = db.session.scalar(select(Unit).where(Unit.name == "Đảng ủy xã An Phú Thượng"))
    assert merged is not None and merged.parent_id == province.id
    campaign = db.session.scalar(select(Campaign).where(Campaign.year == 2026))
    for status in ("registered", "recognized"):
        make.initiative(unit=merged, campaign=campaign, status=status)
    db.session.commit()

    page.context.clear_cookies()  # the leader signs in on a fresh session
    sign_in(page, live_server, "lanhdao@example.vn", "password123")
    page.goto(f"{live_server}/reports/?campaign={campaign.id}")
    # 2026 against the year before spans the reorganisation: re-based is the default and says so.
    expect(page.locator("#basis-statement")).to_have_attribute("data-basis", "rebased")
    expect(page.locator("#basis-statement")).to_contain_text("Đếm quy đổi theo đơn vị hiện nay")
    page.locator("#by-unit").get_by_role("link", name="Đảng ủy xã An Phú Thượng").click()
    by_year = page.locator("#by-year tbody")
    registered_in = lambda year: by_year.locator("tr", has_text=year).locator("td").first  # noqa: E731
    expect(registered_in("2024")).to_have_text("3")
    expect(registered_in("2026")).to_have_text("2")
    page.set_viewport_size({"width": 360, "height": 800})
    page.screenshot(path=str(ARTIFACTS / "rebased-dashboard-360.png"), full_page=True)
    page.set_viewport_size({"width": 1366, "height": 900})
    page.screenshot(path=str(ARTIFACTS / "rebased-dashboard-1366.png"), full_page=True)
    # As recorded, the new commune holds of 2024 only the registration still open on 1/7/2025 (it moved
    # there); the decided ones stay with the communes it replaced.
    page.locator("#basis").get_by_role("link", name="Theo ghi nhận").click()
    expect(page.locator("#basis-statement")).to_have_attribute("data-basis", "recorded")
    expect(registered_in("2024")).to_have_text("1")
    expect(registered_in("2026")).to_have_text("2")
