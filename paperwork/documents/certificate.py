"""Giấy chứng nhận: one landscape A4 page per recognised model, with its register number and a QR code."""

import io
from dataclasses import dataclass

import segno
from docx.oxml import CT_Inline, OxmlElement
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


#: A fixed mask pattern: choosing the best of eight took 17 ms a code, a third of a 500-certificate file's
#: time, for a code that any reader decodes either way (the mask only evens out dark and light areas).
QR_MASK = 2
#: Picture ids of the QR codes, above any id python-docx gives (it scans the whole document for the
#: highest id on every picture: quadratic over 500 certificates).
QR_SHAPE_IDS = 10_000


def qr_png(url: str) -> bytes:
    """Return the QR code of `url` as a PNG (error correction M, a quiet zone of four modules)."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False, mask=QR_MASK).save(buffer, kind="png", scale=5, border=4)
    return buffer.getvalue()


def _add_qr(document, paragraph, url: str, shape_id: int) -> None:
    """Add the QR code of `url` to `paragraph` as an inline picture 2.8 cm wide."""
    relation, image = document.part.get_or_add_image(io.BytesIO(qr_png(url)))
    width, height = image.scaled_dimensions(Cm(2.8), None)
    paragraph.add_run()._r.add_drawing(CT_Inline.new_pic_inline(shape_id, relation, image.filename, width, height))


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


def _page(document, data: CertificateData, position: int) -> None:
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
    picture = layout.paragraph_in(left)
    picture.alignment = LEFT
    _add_qr(document, picture, data.verify_url, QR_SHAPE_IDS + position)
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
        _page(document, data, position)
    return layout.to_bytes(document)
