"""Decisions and certificates as files: python-docx reads them back, LibreOffice converts, the QR decodes."""

import io
import subprocess
from pathlib import Path

import pytest
from docx import Document

from paperwork.models import Certificate
from paperwork.render import certificate_file, decision_certificates_file, decision_file
from registry.extensions import db
from tests.paperwork_world import STATE, make_issuer, recognised_world
from tests.workflow_world import TODAY_VN

ROOT = Path(__file__).resolve().parent.parent


def _lines(docx: bytes) -> list[str]:
    document = Document(io.BytesIO(docx))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.extend(paragraph.text for cell in row.cells for paragraph in cell.paragraphs)
    return lines


def _day_text(day) -> str:
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def test_party_decision_prints_its_header_number_and_an_annex_row_per_initiative(make):
    paper = recognised_world(make, count=4, individuals=1)
    decision = paper.decision
    assert decision.number == 1 and decision.number_text == "1-QĐ/BTGDVTU"
    rendered = decision_file(decision)
    assert rendered.name == "quyet-dinh-1-QD-BTGDVTU.docx"
    lines = _lines(rendered.content)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines and "TỈNH ỦY LAM HỒNG" in lines
    assert "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY" in lines
    assert "Số 1-QĐ/BTGDVTU" in lines
    assert f"Lam Hồng, {_day_text(TODAY_VN)}" in lines
    assert "QUYẾT ĐỊNH" in lines and "QUYẾT ĐỊNH:" in lines
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in lines
    assert f"(Kèm theo Quyết định số 1-QĐ/BTGDVTU ngày {TODAY_VN:%d/%m/%Y} của Ban Tuyên giáo và Dân vận Tỉnh ủy)" \
        in lines
    annex = Document(io.BytesIO(rendered.content)).tables[-1]
    rows = [[cell.text for cell in row.cells] for row in annex.rows]
    assert rows[0] == ["STT", "Tên mô hình", "Đơn vị", "Lĩnh vực"]
    assert rows[1][0] == "I. TẬP THỂ" and rows[5][0] == "II. CÁ NHÂN"
    numbered = [row for row in rows[1:] if row[0].isdigit()]
    assert len(numbered) == len(paper.initiatives) == 4
    assert [row[0] for row in numbered] == ["1", "2", "3", "1"]
    assert {row[1] for row in numbered[:3]} == {"Mô hình số 1", "Mô hình số 2", "Mô hình số 3"}
    assert numbered[3][1] == "Lê Văn Cá Nhân 4 — Mô hình số 4"
    assert all(row[2] == paper.world.unit.name for row in numbered)


def test_state_decision_has_the_national_motto_and_the_colon_number(make):
    issuer = make_issuer(**STATE)
    paper = recognised_world(make, count=2, individuals=0, issuer=issuer)
    lines = _lines(decision_file(paper.decision).content)
    assert paper.decision.number_text == "1/QĐ-UBND"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in lines and "Độc lập - Tự do - Hạnh phúc" in lines
    assert "Số: 1/QĐ-UBND" in lines and "ĐẢNG CỘNG SẢN VIỆT NAM" not in lines
    assert "TM. ỦY BAN NHÂN DÂN" in lines and "Trần Thị Bình" in lines
    assert "ỦY BAN NHÂN DÂN TỈNH LAM HỒNG" in lines  # the authority that decides, over the grounds


def test_each_recognised_model_gets_a_certificate_with_an_unguessable_code(make):
    paper = recognised_world(make, count=3, individuals=0)
    certificates = db.session.scalars(db.select(Certificate).order_by(Certificate.register_number)).all()
    assert [c.register_number for c in certificates] == [1, 2, 3]
    assert len({c.code for c in certificates}) == 3 and all(len(c.code) >= 20 for c in certificates)
    assert all(str(c.id) != c.code for c in certificates)
    lines = _lines(certificate_file(certificates[0], "docx").content)
    assert "GIẤY CHỨNG NHẬN" in lines and "Mô hình số 1" in lines
    assert "Số vào sổ: 1-GCN/BTGDVTU" in lines
    assert any(line.startswith("Đã được công nhận tại Quyết định số 1-QĐ/BTGDVTU") for line in lines)
    assert decision_certificates_file(paper.decision, "docx").content.startswith(b"PK")


@pytest.mark.usefixtures("office_tools")
@pytest.mark.office
def test_the_pdf_reads_the_same_lines_and_the_qr_opens_the_verify_page(make, tmp_path):
    paper = recognised_world(make, count=2, individuals=1)
    pdf = decision_file(paper.decision, "pdf")
    assert pdf.content.startswith(b"%PDF")
    (tmp_path / "decision.pdf").write_bytes(pdf.content)
    artifacts = ROOT / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    (artifacts / "decision.pdf").write_bytes(pdf.content)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "decision.pdf"), "-"], capture_output=True,
                          check=True, text=True).stdout
    for expected in ("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 1-QĐ/BTGDVTU", "QUYẾT ĐỊNH", "Mô hình số 1", "II. CÁ NHÂN",
                     _day_text(TODAY_VN)):
        assert expected in text
    certificate = db.session.scalars(db.select(Certificate).order_by(Certificate.id)).first()
    (tmp_path / "certificate.pdf").write_bytes(certificate_file(certificate, "pdf").content)
    (artifacts / "certificate.pdf").write_bytes((tmp_path / "certificate.pdf").read_bytes())
    subprocess.run(["pdftoppm", "-png", "-r", "110", "-singlefile", str(tmp_path / "certificate.pdf"),
                    str(tmp_path / "certificate")], check=True)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(tmp_path / "certificate.png")], capture_output=True,
                             check=True, text=True).stdout.strip()
    assert decoded == f"http://127.0.0.1:5000/verify/{certificate.code}"


def test_the_registration_form_prints_the_dossier_as_registered(make):
    from paperwork.render import registration_file

    paper = recognised_world(make, count=1, individuals=0)
    initiative = paper.initiatives[0]
    rendered = registration_file(initiative)
    assert rendered.name == f"phieu-dang-ky-{initiative.code}.docx"
    lines = _lines(rendered.content)
    assert "PHIẾU ĐĂNG KÝ" in lines and "MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2026" in lines
    assert f"Tên mô hình: {initiative.title}" in lines and f"Đơn vị đăng ký: {initiative.unit.name}" in lines
    assert "2. Tình hình, sự cần thiết xây dựng mô hình" in lines
    assert any(line == initiative.situation.splitlines()[0] for line in lines)
