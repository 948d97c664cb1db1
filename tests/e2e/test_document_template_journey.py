"""In Chromium: staff download an issuer's shipped decision template, upload a broken one (refused with the
reason), upload an edited one, and the decision they download uses it."""

import io

from docx import Document
from playwright.sync_api import expect

from paperwork.documents.word_templates import shipped_decision_template
from registry.extensions import db
from tests.e2e.conftest import ARTIFACTS, sign_in
from tests.paperwork_world import recognised_world


def _with_paragraph(template: bytes, old: str, new: str) -> bytes:
    document = Document(io.BytesIO(template))
    paragraph = next(paragraph for paragraph in document.paragraphs if paragraph.text == old)
    for run in paragraph.runs[1:]:
        run.text = ""
    paragraph.runs[0].text = new
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _shots(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    for width, height in ((360, 740), (1366, 900)):
        page.set_viewport_size({"width": width, "height": height})
        page.screenshot(path=str(ARTIFACTS / f"templates-{name}-{width}.png"), full_page=True)


def test_staff_replace_the_decision_template_and_the_decision_follows(live_server, page, make, tmp_path):
    paper = recognised_world(make, count=2, individuals=0)
    issuer = paper.decision.issuer
    shipped = shipped_decision_template(issuer)
    db.session.commit()
    sign_in(page, live_server, paper.world.people["staff"].email, "password123")
    page.goto(f"{live_server}/admin/issuers/{issuer.id}/templates")
    expect(page.get_by_role("heading", name="Quyết định kèm danh sách")).to_be_visible()

    broken = tmp_path / "hong.docx"
    broken.write_bytes(_with_paragraph(shipped, "QUYẾT ĐỊNH:", "{{ decision.khong_co }}"))
    page.locator("#decision-file").set_input_files(str(broken))
    page.get_by_role("button", name="Kiểm tra và dùng mẫu này").first.click()
    expect(page.get_by_text("Mẫu bị từ chối").first).to_be_visible()
    expect(page.get_by_text("khong_co").first).to_be_visible()
    _shots(page, "refused")

    edited = tmp_path / "rieng.docx"
    edited.write_bytes(_with_paragraph(shipped, "QUYẾT ĐỊNH:", "QUYẾT ĐỊNH (MẪU RIÊNG):"))
    page.locator("#decision-file").set_input_files(str(edited))
    page.get_by_role("button", name="Kiểm tra và dùng mẫu này").first.click()
    expect(page.get_by_text("Mẫu đã được kiểm tra và đang được dùng.")).to_be_visible()
    _shots(page, "in-use")
    response = page.request.get(f"{live_server}/decisions/records/{paper.decision.id}/document.docx")
    texts = [paragraph.text for paragraph in Document(io.BytesIO(response.body())).paragraphs]
    assert "QUYẾT ĐỊNH (MẪU RIÊNG):" in texts
