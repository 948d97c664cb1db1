"""The board's question in one view — recognised models per field in each commune, this year against last — read
on a phone and on a desktop, with screenshots of both kept in the test artifacts."""

from playwright.sync_api import expect

from registry.extensions import db
from registry.roles import ROLE_VIEWER
from tests.e2e.conftest import ARTIFACTS, sign_in


def _two_years(make):
    province = make.unit("Tỉnh ủy Lam Hồng", level="province")
    an_phu = make.unit("Đảng ủy xã An Phú", parent=province)
    hamlet = make.unit("Chi bộ thôn Đông", parent=an_phu, group="residential")
    tan_lap = make.unit("Đảng ủy xã Tân Lập", parent=province)
    last = make.campaign(year=2025)
    this = make.campaign(year=2026, is_open=True)
    economy = make.field("Kinh tế", "KT")
    make.field("Văn hóa – xã hội", "VHXH")
    for status in ("recognized", "exemplary", "registered"):
        make.initiative(unit=hamlet, campaign=this, field=economy, status=status)
    make.initiative(unit=an_phu, campaign=last, field=economy, status="recognized")
    make.initiative(unit=tan_lap, campaign=last, field=economy, status="commended")
    make.user(ROLE_VIEWER, unit=province, email="baocao@example.vn", full_name="Lê Thu Hà")
    db.session.commit()


def test_the_field_commune_report_reads_on_a_phone_and_a_desktop(live_server, page, make):
    _two_years(make)
    sign_in(page, live_server, "baocao@example.vn", "password123")
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (360, 1366):
        page.set_viewport_size({"width": width, "height": 800})
        page.goto(f"{live_server}/reports/report/field-commune-years")
        headings = page.locator("table thead tr").last.locator("th").all_inner_texts()
        assert headings[:3] == ["Xã/phường", "2026", "2025"], headings
        # An Phú counts its hamlet's recognised and exemplary models this year, its own recognised one last year.
        an_phu = page.locator("table tbody tr", has_text="Đảng ủy xã An Phú").locator("th, td").all_inner_texts()
        assert an_phu[1:3] == ["2", "1"], an_phu
        tan_lap = page.locator("table tbody tr", has_text="Đảng ủy xã Tân Lập").locator("th, td").all_inner_texts()
        assert tan_lap[1:3] == ["0", "1"], tan_lap
        expect(page.get_by_role("link", name="Xuất Excel")).to_be_visible()
        scroll, screen = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll <= screen, f"{scroll} px wide on a {screen} px screen"
        page.screenshot(path=str(ARTIFACTS / f"report-field-commune-years-{width}.png"), full_page=True)
