"""In Chromium: the chair decides in bulk under an issuer's register, staff download the decision and upload the
signed scan, the officer downloads the certificate, and anyone checks it before and after a revoke."""

import io
from pathlib import Path

from docx import Document
from playwright.sync_api import expect

from registry.extensions import db
from tests.attachment_samples import pdf_bytes
from tests.e2e.conftest import ARTIFACTS, sign_in
from tests.paperwork_world import evaluated_world, make_issuer
from tests.workflow_world import TODAY_VN
from workflows.transitions import fire

DAY = TODAY_VN.strftime("%d/%m/%Y")


def _as(page, base_url, user):
    page.context.clear_cookies()
    sign_in(page, base_url, user.email, "password123")


def _shots(page, name):
    """Screenshots at a phone's and a desktop's width."""
    ARTIFACTS.mkdir(exist_ok=True)
    for width, height in ((360, 740), (1366, 900)):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(ARTIFACTS / f"paperwork-{name}-{width}.png"), full_page=True)


def test_from_the_bulk_decision_to_a_certificate_anyone_can_check(live_server, page, make):
    world, initiatives = evaluated_world(make, count=3, individuals=1)
    issuer = make_issuer()
    db.session.commit()
    people = world.people

    _as(page, live_server, people["chair"])
    page.goto(f"{live_server}/decisions/bulk")
    page.locator("[data-select-all]").check()
    page.select_option("#action", value="recognize")
    expect(page.locator("#issuer_id")).to_contain_text("1-QĐ/BTGDVTU")
    page.select_option("#issuer_id", value=str(issuer.id))
    page.fill("#decision_date", DAY)
    page.get_by_role("button", name="Áp dụng cho các mô hình đã chọn…").click()
    page.locator(".modal.show").get_by_role("button", name="Xác nhận", exact=True).click()
    expect(page.locator("[data-decision-record]")).to_contain_text("1-QĐ/BTGDVTU")

    _as(page, live_server, people["staff"])
    page.goto(f"{live_server}/decisions/initiatives/{initiatives[0].id}")
    page.locator("[data-decision]").get_by_role("link", name="Văn bản").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("1-QĐ/BTGDVTU")
    _shots(page, "decision")
    with page.expect_download() as download:
        page.locator('[data-download="decision-docx"]').click()
    document = Document(io.BytesIO(Path(download.value.path()).read_bytes()))
    annex = document.tables[-1]
    assert len([row for row in annex.rows if row.cells[0].text.isdigit()]) == 3
    page.set_input_files("#scan", files=[{"name": "quyet-dinh-da-ky.pdf", "mimeType": "application/pdf",
                                          "buffer": pdf_bytes()}])
    page.get_by_role("button", name="Tải lên bản chụp có chữ ký").click()
    expect(page.locator(".alert-success")).to_be_visible()
    expect(page.locator("[data-scan]")).to_contain_text("quyet-dinh-da-ky.pdf")

    _as(page, live_server, people["officer"])
    page.goto(f"{live_server}/initiatives/{initiatives[0].id}")
    expect(page.locator("[data-scan]")).to_be_visible()
    with page.expect_download() as download:
        page.locator('[data-download="certificate-pdf"]').first.click()
    assert Path(download.value.path()).read_bytes().startswith(b"%PDF")
    check = page.locator("[data-certificate]").first.get_by_role("link", name="Trang tra cứu").get_attribute("href")

    page.context.clear_cookies()
    page.goto(f"{live_server}{check}")
    expect(page.locator('[data-verify-status="recognised"]')).to_contain_text("Đang được công nhận")
    _shots(page, "verify")
    fire(db.session.merge(initiatives[0]), "revoke", people["staff"], "Kê khai không trung thực",
         decision_number="7-QĐ/BTGDVTU", decision_date=TODAY_VN, decision_issuer=issuer.name)
    db.session.commit()
    page.reload()
    expect(page.locator('[data-verify-status="revoked"]')).to_contain_text("Đã thu hồi")
    expect(page.locator('[data-verify-status="revoked"]')).to_contain_text("7-QĐ/BTGDVTU")
