"""The unit picker in Chromium (#11): typing part of a unit's name without accents finds it, by keyboard."""

import re

from playwright.sync_api import expect
from sqlalchemy import func, insert, select

from registry.extensions import db
from registry.models import Unit
from registry.roles import ROLE_ADMIN
from tests.e2e.conftest import ARTIFACTS, sign_in


def _province(make, tag):
    """A province of 300 wards, the commune "Hưng Đạo <tag>" and its hamlet, and its administrator."""
    province = make.unit(f"Tỉnh ủy Chọn Đơn Vị {tag}", level="province")
    start = db.session.scalar(select(func.max(Unit.id))) + 1
    db.session.execute(insert(Unit), [
        {"id": start + number, "name": f"Đảng ủy phường Số {number:03d} {tag}", "group": "party", "level": "commune",
         "parent_id": province.id, "path": f"{province.path}{start + number}/", "depth": 1, "is_active": True}
        for number in range(300)])
    target = make.unit(f"Đảng ủy xã Hưng Đạo {tag}", parent=province)
    make.unit(f"Chi bộ thôn Đồng Tâm {tag}", parent=target)
    email = f"chondonvi{tag.lower()}@example.vn"
    make.user(ROLE_ADMIN, unit=province, email=email)
    db.session.commit()
    return email, target


def test_the_list_filter_picks_a_unit_typed_without_accents(live_server, page, make):
    email, target = _province(make, "A")
    sign_in(page, live_server, email, "password123")
    page.goto(f"{live_server}/initiatives/")
    assert page.locator("#unit-select option").count() < 10  # the page does not carry the tree
    picker = page.get_by_role("combobox", name="Đơn vị (gồm cả các đơn vị trực thuộc)")
    picker.fill("hung dao a")
    option = page.get_by_role("option", name=re.compile("Đảng ủy xã Hưng Đạo A"))
    expect(option).to_be_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.set_viewport_size({"width": 360, "height": 780})
    page.screenshot(path=str(ARTIFACTS / "unit-picker-360px.png"))
    page.set_viewport_size({"width": 1366, "height": 900})
    page.screenshot(path=str(ARTIFACTS / "unit-picker-1366px.png"))
    picker.press("ArrowDown")
    expect(picker).to_have_attribute("aria-activedescendant", re.compile(r"-option-0$"))
    picker.press("Enter")
    expect(picker).to_have_value("Tỉnh ủy Chọn Đơn Vị A › Đảng ủy xã Hưng Đạo A")
    assert page.locator("#unit-select").input_value() == str(target.id)
    page.get_by_role("button", name="Lọc").first.click()
    expect(page).to_have_url(re.compile(rf"unit={target.id}"))
    expect(page.get_by_role("combobox", name=re.compile("Đơn vị"))).to_have_value(
        "Tỉnh ủy Chọn Đơn Vị A › Đảng ủy xã Hưng Đạo A")


def test_the_admin_form_browses_into_a_unit_with_the_arrow_keys(live_server, page, make):
    email, _target = _province(make, "B")
    sign_in(page, live_server, email, "password123")
    page.goto(f"{live_server}/admin/units/new")
    picker = page.get_by_role("combobox", name=re.compile("Đơn vị cấp trên"))
    picker.fill("xa hung dao b")
    expect(page.get_by_role("option", name=re.compile("Hưng Đạo B"))).to_be_visible()
    picker.press("ArrowDown")
    picker.press("ArrowRight")  # open the units under it
    expect(page.get_by_role("option", name=re.compile("Chi bộ thôn Đồng Tâm B"))).to_be_visible()
    picker.press("ArrowDown")
    picker.press("Enter")
    expect(picker).to_have_value(re.compile("Chi bộ thôn Đồng Tâm B$"))


def test_the_dashboard_filter_picks_a_unit_and_fits_a_phone(live_server, page, make):
    email, target = _province(make, "C")
    sign_in(page, live_server, email, "password123")
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{live_server}/reports/")
    picker = page.get_by_role("combobox", name=re.compile("Đơn vị"))
    picker.fill("hung dao c")
    expect(page.get_by_role("option", name=re.compile("Hưng Đạo C"))).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "unit-picker-dashboard-360px.png"))
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    picker.press("Enter")  # the only match
    page.get_by_role("button", name="Lọc").first.click()
    expect(page).to_have_url(re.compile(rf"unit={target.id}"))
