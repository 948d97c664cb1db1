"""A unit officer registers a model in Chromium; staff find it; the form is usable at phone width."""

import re

from playwright.sync_api import expect

from registry.extensions import db
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests.e2e.conftest import ARTIFACTS, sign_in
from tests.factories import COMPLETE_DOSSIER

MINIMAL_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
               b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def _province(make):
    province = make.unit("Tỉnh ủy Mẫu", level="province")
    commune = make.unit("Đảng ủy xã An Bình", parent=province)
    unit = make.unit("Hội Liên hiệp Phụ nữ xã An Bình", parent=commune, group="front")
    make.campaign(year=2026, is_open=True)
    make.field("Văn hóa – xã hội", "VHXH")
    make.user(ROLE_OFFICER, unit=unit, email="canbo@example.vn", full_name="Phạm Thị Hạnh")
    make.user(ROLE_STAFF, unit=province, email="chuyenvien@example.vn", full_name="Đỗ Văn Minh")
    db.session.commit()


def test_officer_registers_with_evidence_and_staff_find_it(live_server, page, make, tmp_path):
    _province(make)
    page.set_viewport_size({"width": 360, "height": 780})
    sign_in(page, live_server, "canbo@example.vn", "password123")
    page.goto(f"{live_server}/initiatives/new")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "registration-form-360px.png"), full_page=True)

    page.fill("#title", "Dân vận khéo trong xây dựng “Tuyến đường hoa” thôn Đông")
    page.select_option("#field_id", label="Văn hóa – xã hội")
    for name, value in COMPLETE_DOSSIER.items():
        page.fill(f"#{name}", value)
    page.get_by_role("button", name="Lưu nháp").click()
    expect(page.locator(".alert-success")).to_contain_text("DVK-2026-")

    evidence = tmp_path / "ke-hoach-thuc-hien.pdf"
    evidence.write_bytes(MINIMAL_PDF)
    page.set_input_files("#attachment-files", str(evidence))
    page.locator("#attachments").get_by_role("button", name="Tải lên").click()
    expect(page.locator("#attachments")).to_contain_text("ke-hoach-thuc-hien.pdf")

    page.get_by_role("button", name="Gửi đăng ký").first.click()
    expect(page.locator("h1 + *, .badge").filter(has_text="Đã đăng ký").first).to_be_visible()

    page.goto(f"{live_server}/initiatives/")
    row = page.locator("tr", has_text="Tuyến đường hoa")
    expect(row).to_contain_text("Đã đăng ký")

    page.context.clear_cookies()
    sign_in(page, live_server, "chuyenvien@example.vn", "password123")
    page.goto(f"{live_server}/initiatives/?q=tuyen duong hoa")
    expect(page.locator("tr", has_text="Tuyến đường hoa")).to_contain_text("Hội Liên hiệp Phụ nữ xã An Bình")
    page.locator("tr", has_text="Tuyến đường hoa").get_by_role("link").first.click()
    expect(page).to_have_url(re.compile(r"/initiatives/\d+$"))
    expect(page.locator("#attachments")).to_contain_text("ke-hoach-thuc-hien.pdf")
