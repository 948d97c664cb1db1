"""Staff import the sample units and accounts in Chromium; an invited officer chooses a password and registers."""

import re
from pathlib import Path

from playwright.sync_api import expect
from sqlalchemy import select

from registry.extensions import db
from registry.roles import ROLE_STAFF
from tests.e2e.conftest import ARTIFACTS, sign_in
from tests.factories import COMPLETE_DOSSIER
from tests.import_files import workbook_bytes
from workflows.outbox.models import OutboxMail

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "samples"


def _province(make):
    root = make.unit("Tỉnh ủy Lam Hồng", level="province", group="party")
    root.code, root.admin_code = "LH", "99"
    make.campaign(year=2026, is_open=True)
    make.field("Văn hóa – xã hội", "VHXH")
    make.user(ROLE_STAFF, unit=root, email="chuyenvien@lamhong.example.vn", full_name="Đỗ Văn Minh")
    db.session.commit()


def _import(page, base_url: str, kind: str, sample: str, shot: str) -> None:
    page.goto(f"{base_url}/admin/imports")
    page.set_input_files(f"#file-{kind}", str(SAMPLES / sample))
    page.locator(f"#import-{kind}").locator("xpath=..").get_by_role("button", name="Kiểm tra tệp").click()
    expect(page).to_have_url(re.compile(r"/admin/imports/\d+$"))
    expect(page.locator('[data-count="failed"]')).to_have_text("0")
    for width in (360, 1366):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"import-{shot}-{width}px.png"), full_page=True)
    page.get_by_role("button", name="Xác nhận nhập").click()
    expect(page.locator(".alert-success")).to_contain_text("Đã nhập")


def _import_with_errors(page, base_url: str, tmp_path) -> None:
    """Upload a units file with a cycle and an unknown parent: the report lists them and offers no confirmation."""
    bad = tmp_path / "don-vi-loi.xlsx"
    bad.write_bytes(workbook_bytes("units", [["Xã A", "Đảng", "Xã/phường", "LH-B", "LH-A", ""],
                                             ["Xã B", "Đảng", "Xã/phường", "LH-A", "LH-B", ""],
                                             ["Xã C", "Đảng", "Xã/phường", "NOPE", "LH-C", "12"]]))
    page.goto(f"{base_url}/admin/imports")
    page.set_input_files("#file-units", str(bad))
    page.locator("#import-units").locator("xpath=..").get_by_role("button", name="Kiểm tra tệp").click()
    expect(page.locator("table")).to_contain_text("vòng lặp")
    expect(page.get_by_role("button", name="Xác nhận nhập")).to_have_count(0)
    for width in (360, 1366):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"import-errors-{width}px.png"), full_page=True)


def test_staff_import_the_samples_and_an_invited_officer_registers(live_server, page, make, tmp_path):
    _province(make)
    ARTIFACTS.mkdir(exist_ok=True)
    sign_in(page, live_server, "chuyenvien@lamhong.example.vn", "password123")
    _import(page, live_server, "units", "units.xlsx", "units")
    expect(page.locator('[data-count="unchanged"]')).to_have_text("1")  # the province was there already
    _import(page, live_server, "users", "accounts.xlsx", "accounts")
    page.goto(f"{live_server}/admin/units?q=Tân Lập")
    expect(page.locator("body")).to_contain_text("LH-X01")
    _import_with_errors(page, live_server, tmp_path)
    for width in (360, 1366):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(f"{live_server}/admin/imports")
        page.screenshot(path=str(ARTIFACTS / f"imports-page-{width}px.png"), full_page=True)

    db.session.expire_all()
    mail = db.session.scalar(select(OutboxMail).where(OutboxMail.to_address == "canbo.tanlap@lamhong.example.vn"))
    path = re.search(r"(/invitation/[\w.\-]+)", mail.body_text).group(1)
    page.context.clear_cookies()
    page.set_viewport_size({"width": 360, "height": 780})
    page.goto(f"{live_server}{path}")
    expect(page.locator("h1")).to_have_text("Đặt mật khẩu của bạn")
    page.screenshot(path=str(ARTIFACTS / "invitation-360px.png"), full_page=True)
    page.get_by_label("Mật khẩu mới", exact=True).fill("Hoa sen nở giữa hồ 2026")
    page.get_by_label("Nhập lại mật khẩu mới").fill("Hoa sen nở giữa hồ 2026")
    page.get_by_role("button", name="Lưu").click()
    expect(page.locator(".alert-success")).to_contain_text("Mật khẩu của bạn đã được lưu")

    sign_in(page, live_server, "canbo.tanlap@lamhong.example.vn", "Hoa sen nở giữa hồ 2026")
    page.goto(f"{live_server}/initiatives/new")
    page.fill("#title", "Dân vận khéo trong xây dựng “Tuyến đường hoa” xã Tân Lập")
    page.select_option("#field_id", label="Văn hóa – xã hội")
    for name, value in COMPLETE_DOSSIER.items():
        page.fill(f"#{name}", value)
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".alert-success")).to_contain_text("DVK-2026-")
    page.get_by_role("button", name="Gửi đăng ký").first.click()
    expect(page.locator("h1 + *, .badge").filter(has_text="Đã đăng ký").first).to_be_visible()
