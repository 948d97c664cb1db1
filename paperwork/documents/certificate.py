"""Giấy chứng nhận: one landscape A4 page per recognised model, with its register number and a QR code."""

import io
from dataclasses import dataclass

import segno
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, RGBColor

from paperwork import layout
from paperwork.layout import LEFT
from paperwork.models import Certificate
from paperwork.numbering import number_text

TITLE_RED = RGBColor(0xB0, 0x10, 0x10)


@dataclass(frozen=True)
class CertificateData:
    """A certificate and the address its QR code opens."""

    certificate: Certificate
    verify_url: str


def qr_png(url: str) -> bytes:
    """Return the QR code of `url` as a PNG (error correction M, a quiet zone of four modules)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=6, border=4)
    return buffer.getvalue()


def _page_border(section) -> None:
    """Frame the page with a double line, as printed certificates are."""
    borders = OxmlElement("w:pgBorders")
    borders.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        edge = OxmlElement(f"w:{side}")
        for key, value in (("w:val", "double"), ("w:sz", "18"), ("w:space", "24"), ("w:color", "8B1A1A")):
            edge.set(qn(key), value)
        borders.append(edge)
    section._sectPr.append(borders)


def _page(document, data: CertificateData) -> None:
    certificate = data.certificate
    decision, initiative = certificate.decision, certificate.initiative
    issuer = decision.issuer
    if issuer.parent_body:
        layout.line(document, issuer.parent_body.upper(), size=14)
    layout.line(document, decision.issuer_name.upper(), size=15, bold=True)
    layout.line(document, "GIẤY CHỨNG NHẬN", size=34, bold=True, color=TITLE_RED, before=22, after=4)
    layout.line(document, "Mô hình “Dân vận khéo”", size=17, italic=True, after=10)
    layout.line(document, initiative.title, size=20, bold=True, after=8)
    holder = initiative.unit.name
    if initiative.subject_type == "individual" and initiative.individual_name:
        holder = f"{initiative.individual_name} — {initiative.unit.name}"
    layout.line(document, f"Của: {holder}", size=16, after=4)
    layout.line(document, f"Lĩnh vực: {initiative.field.name}", size=14, after=4)
    layout.line(document, f"Đã được công nhận tại Quyết định số {decision.number_text} "
                          f"ngày {layout.short_date(decision.decision_date)} của {decision.issuer_name}.",
                size=14, italic=True, after=10)
    left, middle, right = layout.borderless_table(document, [8.0, 6.0, 12.0])
    layout.line(left, f"Số vào sổ: {number_text(issuer, certificate.register_number, certificate.register.doc_type)}",
                size=13, align=LEFT)
    picture = left.add_paragraph()
    picture.alignment = LEFT
    picture.add_run().add_picture(io.BytesIO(qr_png(data.verify_url)), width=Cm(2.8))
    layout.line(left, "Quét mã để tra cứu", size=10, italic=True, align=LEFT)
    layout.line(middle, "")
    layout.line(right, layout.date_line(issuer.place_name, decision.decision_date), size=14, italic=True)
    if issuer.signer_prefix:
        layout.line(right, issuer.signer_prefix.upper(), size=14, bold=True)
    layout.line(right, issuer.signer_title.upper(), size=14, bold=True, after=50)
    layout.line(right, issuer.signer_name, size=14, bold=True)


def build(certificates: list[CertificateData]) -> bytes:
    """Return one .docx with a landscape page per certificate (one file prints the whole decision's)."""
    document = layout.new_document(landscape=True)
    _page_border(document.sections[0])
    for position, data in enumerate(certificates):
        if position:
            layout.page_break(document)
        _page(document, data)
    return layout.to_bytes(document)
