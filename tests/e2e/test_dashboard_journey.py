"""A report viewer narrows the dashboard to one commune, follows a number to its list, downloads Excel."""

import re

from openpyxl import load_workbook
from playwright.sync_api import expect

from registry.extensions import db
from registry.roles import ROLE_VIEWER
from tests.e2e.conftest import sign_in
from tests.xlsx_table import table_rows


def _province(make):
    province = make.unit("Tỉnh ủy Lam Hồng", level="province")
    an_phu = make.unit("Đảng ủy xã An Phú", parent=province)
    hamlet = make.unit("Chi bộ thôn Đông", parent=an_phu, group="residential")
    tan_lap = make.unit("Đảng ủy xã Tân Lập", parent=province)
    make.campaign(year=2025)
    campaign = make.campaign(year=2026, is_open=True)
    economy, culture = make.field("Kinh tế", "KT"), make.field("Văn hóa – xã hội", "VHXH")
    for status in ("recognized", "recognized", "exemplary", "registered"):
        make.initiative(unit=hamlet, campaign=campaign, field=economy, status=status)
    make.initiative(unit=an_phu, campaign=campaign, field=culture, status="recognized")
    for status in ("recognized", "not_recognized"):
        make.initiative(unit=tan_lap, campaign=campaign, field=economy, status=status)
    make.user(ROLE_VIEWER, unit=province, email="baocao@example.vn", full_name="Lê Thu Hà")
    db.session.commit()


def test_viewer_narrows_to_a_commune_follows_a_number_and_downloads_excel(live_server, page, make, tmp_path):
    _province(make)
    sign_in(page, live_server, "baocao@example.vn", "password123")
    page.goto(f"{live_server}/reports/")
    expect(page.locator('[data-figure="recognised"]')).to_have_text("5")

    page.locator("#by-unit").get_by_role("link", name="Đảng ủy xã An Phú").click()
    expect(page).to_have_url(re.compile(r"unit=\d+"))
    expect(page.locator(".breadcrumb-item.active")).to_have_text("Đảng ủy xã An Phú")
    expect(page.locator('[data-figure="recognised"]')).to_have_text("4")

    # "Recognised" models in the economy field of this commune: recognised and exemplary ones, 3.
    headings = page.locator("#field-status thead th").all_inner_texts()
    economy_row = page.locator("#field-status tbody tr", has_text="Kinh tế")
    recognised = economy_row.locator("th, td").nth(headings.index("Được công nhận"))
    number = recognised.inner_text()
    assert number == "3"
    recognised.get_by_role("link").click()
    expect(page).to_have_url(re.compile(r"/initiatives/\?.*stage=recognised"))
    expect(page.get_by_text("3 mô hình", exact=True)).to_be_visible()
    expect(page.locator("table tbody tr")).to_have_count(int(number))

    page.go_back()
    page.get_by_role("button", name="Báo cáo và xuất Excel").click()
    page.get_by_role("link", name="Theo địa bàn, kèm mức độ bao phủ").click()
    expect(page.locator("table")).to_contain_text("Chi bộ thôn Đông")
    with page.expect_download() as info:
        page.get_by_role("link", name="Xuất Excel").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    assert saved.suffix == ".xlsx"
    book = load_workbook(saved, read_only=True)
    _heading_row, table = table_rows(book.active)  # below the heading block (body, title, campaign, filters, date)
    book.close()  # a read-only workbook keeps its file open until closed
    rows = [list(row) for row in table]
    assert rows[0][0] == "Đơn vị"
    hamlet = next(row for row in rows if row[0] == "Chi bộ thôn Đông")
    assert hamlet[1:3] == [4, 3]  # registered, recognised
    assert rows[-1][0] == "Tổng cộng"
