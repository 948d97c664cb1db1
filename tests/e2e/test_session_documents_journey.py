"""In Chromium: the secretary of a session downloads its minutes from the results page, and python-docx reads them."""

import io

from docx import Document
from playwright.sync_api import expect

from registry.extensions import db
from tests.e2e.conftest import ARTIFACTS, sign_in
from tests.session_world import deliberation_world, hold_session, vote


def test_the_secretary_downloads_the_minutes_from_the_results_page(live_server, page, make):
    world = deliberation_world(make)
    world.initiative.title = "Đường hoa nông thôn mới"
    session = hold_session(world)
    for seat in ("chair", "secretary", "member1", "member2", "member3"):
        vote(world, session, seat)
    db.session.commit()

    sign_in(page, live_server, world.people["secretary"].email, "password123")
    page.goto(f"{live_server}/councils/sessions/{session.id}/results")
    link = page.get_by_role("link", name="Biên bản họp (Word)")
    expect(link).to_be_visible()
    with page.expect_download() as download_info:
        link.click()
    download = download_info.value
    assert download.suggested_filename.startswith("bien-ban-hop-") and download.suggested_filename.endswith(".docx")
    document = Document(io.BytesIO(download.path().read_bytes()))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "BIÊN BẢN" in texts and "Thành viên có mặt: 5/5:" in texts
    assert document.tables[1].rows[1].cells[1].text == "Đường hoa nông thôn mới"
    assert document.tables[1].rows[1].cells[4].text == "Đề nghị công nhận"
    expect(page.get_by_role("link", name="Bảng tổng hợp kết quả (PDF)")).to_be_visible()

    ARTIFACTS.mkdir(exist_ok=True)
    for width in (360, 1366):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"session-documents-{width}.png"), full_page=True)
