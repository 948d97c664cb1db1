"""Word templates uploaded per issuer: validated by rendering a sample, used for documents, reverted."""

import io
import itertools

import pytest
from docx import Document

from paperwork.custom_templates import active_template, revert_template, upload_template
from paperwork.documents.word_templates import shipped_certificate_template, shipped_decision_template
from paperwork.models import Certificate, DocumentTemplate
from paperwork.render import certificate_file, decision_certificates_file, decision_file
from registry.extensions import db
from registry.refusals import Refused
from tests.paperwork_world import STATE, make_issuer, recognised_world


def _lines(docx: bytes) -> list[str]:
    document = Document(io.BytesIO(docx))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(paragraph.text for cell in row.cells for paragraph in cell.paragraphs)
    return lines


def _edited(template: bytes, old: str, new: str) -> bytes:
    """Change one paragraph's text of a template, as a user editing it in Word would."""
    document = Document(io.BytesIO(template))
    for paragraph in document.paragraphs:
        if paragraph.text == old:
            for run in paragraph.runs[1:]:
                run.text = ""
            paragraph.runs[0].text = new
            break
    else:
        raise AssertionError(f"no paragraph {old!r}")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["party", "state"])
def test_the_shipped_decision_template_renders_like_the_shipped_layout(make, kind):
    issuer = make_issuer(**STATE) if kind == "state" else None
    paper = recognised_world(make, count=3, individuals=1, issuer=issuer)
    shipped = _lines(decision_file(paper.decision).content)
    template = shipped_decision_template(paper.decision.issuer)
    upload_template(paper.decision.issuer, "decision", "mau.docx", template, None)
    through_template = _lines(decision_file(paper.decision).content)
    # The part headings ("I. TẬP THỂ") span the row in the shipped layout, one cell in the template's.
    assert _filled(through_template) == _filled(shipped)


def _filled(lines: list[str]) -> list[str]:
    """The non-empty lines, a line repeated next to itself counted once (a merged cell reads once a column)."""
    return [line for line, _same in itertools.groupby(line for line in lines if line)]


def test_an_edited_template_is_used_for_the_issuers_decisions_and_reverting_restores_the_shipped(make):
    paper = recognised_world(make, count=3, individuals=0)
    issuer = paper.decision.issuer
    template = _edited(shipped_decision_template(issuer), "QUYẾT ĐỊNH:",
                       "QUYẾT ĐỊNH (MẪU RIÊNG) số {{ decision.number_text }}:")
    saved = upload_template(issuer, "decision", "rieng.docx", template, paper.world.people["staff"])
    assert active_template(issuer.id, "decision") == saved
    lines = _lines(decision_file(paper.decision).content)
    assert f"QUYẾT ĐỊNH (MẪU RIÊNG) số {paper.decision.number_text}:" in lines
    annex = Document(io.BytesIO(decision_file(paper.decision).content)).tables[-1]
    rows = [[cell.text for cell in row.cells] for row in annex.rows]
    assert rows[1][1] == "I. TẬP THỂ" and [row[0] for row in rows[2:]] == ["1", "2", "3"]
    assert revert_template(issuer, "decision") == 1
    assert active_template(issuer.id, "decision") is None
    lines = _lines(decision_file(paper.decision).content)
    assert "QUYẾT ĐỊNH:" in lines and not any("MẪU RIÊNG" in line for line in lines)
    assert db.session.scalar(db.select(db.func.count()).select_from(DocumentTemplate)) == 1  # kept as history


def test_a_certificate_template_is_used_for_the_issuers_certificates(make):
    paper = recognised_world(make, count=2, individuals=0)
    issuer = paper.decision.issuer
    template = _edited(shipped_certificate_template(issuer), "GIẤY CHỨNG NHẬN", "GIẤY CHỨNG NHẬN (MẪU RIÊNG)")
    upload_template(issuer, "certificate", "gcn.docx", template, None)
    certificate = db.session.scalars(db.select(Certificate).order_by(Certificate.register_number)).first()
    lines = _lines(certificate_file(certificate, "docx").content)
    assert "GIẤY CHỨNG NHẬN (MẪU RIÊNG)" in lines and "Mô hình số 1" in lines
    assert "Số vào sổ: 1-GCN/BTGDVTU" in lines
    every = _lines(decision_certificates_file(paper.decision, "docx").content)
    assert every.count("GIẤY CHỨNG NHẬN (MẪU RIÊNG)") == 2 and "Mô hình số 2" in every


@pytest.mark.parametrize(("text", "expected"), [
    ("{{ decision.number_text ", "Lỗi cú pháp trong mẫu"),
    ("{{ decision.no_such_field }}", "no_such_field"),
    ("{{ nobody }}", "'nobody' is undefined"),
    ("{{ ''.__class__.__mro__ }}", "__class__"),  # the sandbox keeps a template away from Python's internals
])
def test_a_broken_template_is_refused_with_its_reason(make, text, expected):
    paper = recognised_world(make, count=1, individuals=0)
    issuer = paper.decision.issuer
    template = _edited(shipped_decision_template(issuer), "QUYẾT ĐỊNH:", text)
    with pytest.raises(Refused) as refused:
        upload_template(issuer, "decision", "hong.docx", template, None)
    assert expected in refused.value.message
    assert active_template(issuer.id, "decision") is None


@pytest.mark.parametrize(("name", "content"), [
    ("mau.docx", b"not a zip at all"),
    ("mau.pdf", b"%PDF-1.4 fake"),
])
def test_a_file_that_is_not_a_docx_is_refused(make, name, content):
    paper = recognised_world(make, count=1, individuals=0)
    with pytest.raises(Refused) as refused:
        upload_template(paper.decision.issuer, "decision", name, content, None)
    assert ".docx" in refused.value.message


def test_a_template_over_the_size_limit_is_refused(make, monkeypatch):
    paper = recognised_world(make, count=1, individuals=0)
    monkeypatch.setattr("paperwork.custom_templates.MAX_TEMPLATE_BYTES", 1000)
    with pytest.raises(Refused) as refused:
        upload_template(paper.decision.issuer, "decision", "mau.docx",
                        shipped_decision_template(paper.decision.issuer), None)
    assert refused.value.reason == "data" and "MB" in refused.value.message


def test_staff_download_upload_and_revert_on_the_issuers_template_page(client, make, login):
    paper = recognised_world(make, count=2, individuals=0)
    issuer = paper.decision.issuer
    login(paper.world.people["staff"])
    page = client.get(f"/admin/issuers/{issuer.id}/templates")
    assert page.status_code == 200 and "Tải mẫu có sẵn" in page.get_data(as_text=True)
    shipped = client.get(f"/admin/issuers/{issuer.id}/templates/decision.docx")
    assert shipped.status_code == 200 and "{{ decision.summary }}" in _lines(shipped.data)
    broken = _edited(shipped.data, "QUYẾT ĐỊNH:", "{{ decision.missing }}")
    refused = client.post(f"/admin/issuers/{issuer.id}/templates/decision",
                          data={"decision-file": (io.BytesIO(broken), "mau.docx")}, content_type="multipart/form-data")
    assert refused.status_code == 422
    assert "missing" in refused.get_data(as_text=True) and "Mẫu bị từ chối" in refused.get_data(as_text=True)
    assert active_template(issuer.id, "decision") is None
    edited = _edited(shipped.data, "QUYẾT ĐỊNH:", "QUYẾT ĐỊNH NÀY:")
    accepted = client.post(f"/admin/issuers/{issuer.id}/templates/decision",
                           data={"decision-file": (io.BytesIO(edited), "mau.docx")}, content_type="multipart/form-data")
    assert accepted.status_code == 302
    document = client.get(f"/decisions/records/{paper.decision.id}/document.docx")
    assert "QUYẾT ĐỊNH NÀY:" in _lines(document.data)
    reverted = client.post(f"/admin/issuers/{issuer.id}/templates/decision/revert")
    assert reverted.status_code == 302 and active_template(issuer.id, "decision") is None
    assert "QUYẾT ĐỊNH:" in _lines(client.get(f"/decisions/records/{paper.decision.id}/document.docx").data)


def test_the_api_lists_templates_to_staff_only(api, make):
    paper = recognised_world(make, count=1, individuals=0)
    issuer = paper.decision.issuer
    upload_template(issuer, "decision", "mau.docx", shipped_decision_template(issuer), paper.world.people["staff"])
    db.session.commit()
    items = api.get("/document-templates", paper.world.people["staff"]).get_json()["items"]
    assert [(item["issuer_id"], item["kind"], item["file_name"], item["active"]) for item in items] == \
        [(issuer.id, "decision", "mau.docx", True)]
    assert api.get("/document-templates", paper.world.people["officer"]).status_code == 403
