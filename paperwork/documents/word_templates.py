"""The shipped layouts as Word templates (docxtpl): the same pages as paperwork.documents, with Jinja tags
where the data goes, and the data those tags read (the real one, or a sample to validate an upload).

Staff download the template of an issuer, change it in Word and upload it back (paperwork.custom_templates).
The tags a template may use are the keys of `decision_context` and `certificate_context`, nothing else.
"""

import io
from dataclasses import dataclass
from datetime import date
from types import SimpleNamespace

from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage

from paperwork import layout
from paperwork.documents import decision as decision_document
from paperwork.documents.certificate import qr_png
from paperwork.layout import CENTER, LEFT
from paperwork.models import Issuer
from paperwork.numbering import number_text


class _Tag(str):
    """A Jinja tag handed to the layout helpers: it stays as written when they capitalise a line."""

    def upper(self):
        """Return the tag unchanged: the layout capitalises names, the tag does it itself with |upper."""
        return self


def _issuer_tags(issuer: Issuer) -> SimpleNamespace:
    """An issuer whose printed fields are tags (an empty field stays empty, so its line is not laid out)."""
    fields = ("name", "parent_body", "short_code", "place_name", "signer_prefix", "signer_title", "signer_name")
    values = {name: _Tag(f"{{{{ issuer.{name}|upper }}}}") if getattr(issuer, name) else "" for name in fields}
    values["signer_name"] = _Tag("{{ issuer.signer_name }}") if issuer.signer_name else ""
    return SimpleNamespace(kind=issuer.kind, **values)


def _date_in_header(document, text: str) -> None:
    """Add the date line under the motto of the header just laid out (its right cell)."""
    right = document.tables[-1].rows[0].cells[1]
    layout.line(right, text, size=13, italic=True, before=6)


def shipped_decision_template(issuer: Issuer) -> bytes:
    """Return the shipped decision (with its annex) of `issuer`'s kind as a .docx template."""
    tags = _issuer_tags(issuer)
    document = layout.new_document()
    layout.header(document, tags, "{{ decision.number_text }}", None)
    _date_in_header(document, "{{ decision.date_line }}")
    layout.title(document, "QUYẾT ĐỊNH", "{{ decision.summary }}", "{{ decision.authority }}")
    for ground in ("Căn cứ chức năng, nhiệm vụ, quyền hạn của {{ decision.issuer_name }};",
                   "Căn cứ Kế hoạch thực hiện phong trào thi đua “Dân vận khéo” năm {{ decision.year }};",
                   "Xét đề nghị của Hội đồng đánh giá mô hình “Dân vận khéo”,"):
        layout.body(document, ground, italic=True)
    layout.line(document, "QUYẾT ĐỊNH:", bold=True, before=12, after=6)
    layout.body(document, "{{ decision.article_one }}", bold_lead="Điều 1.")
    layout.body(document, "Quyết định có hiệu lực kể từ ngày ký.", bold_lead="Điều 2.")
    layout.body(document, "Văn phòng, các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 "
                          "chịu trách nhiệm thi hành Quyết định này.", bold_lead="Điều 3.")
    layout.signature(document, tags, ["Như Điều 3;", "Ban Chỉ đạo các cấp;", "Lưu: VT, {{ issuer.short_code }}."])
    layout.page_break(document)
    layout.header(document, tags, None, None)
    layout.line(document, "{{ decision.list_title }}", bold=True, before=18)
    layout.line(document, "{{ decision.reference }}", italic=True, after=12)
    table = layout.grid_table(document, ["STT", "Tên mô hình", "Đơn vị", "{{ decision.last_heading }}"],
                              [1.3, 7.4, 4.6, 3.2])
    # docxtpl repeats the row between the two tag rows once per annex line (the tag rows are removed).
    layout.merged_row(table, "{%tr for row in rows %}")
    layout.add_row(table, ["{{ row.position }}", "{{ row.name }}", "{{ row.unit }}", "{{ row.last }}"],
                   [CENTER, LEFT, LEFT, LEFT])
    layout.merged_row(table, "{%tr endfor %}")
    layout.line(document, "Danh sách có {{ decision.count }} mô hình.", italic=True, align=LEFT, before=6)
    return layout.to_bytes(document)


def shipped_certificate_template(issuer: Issuer) -> bytes:
    """Return the shipped certificate page of `issuer` as a .docx template, one page per certificate."""
    tags = _issuer_tags(issuer)
    document = layout.new_document(landscape=True)
    layout.line(document, "{%p for c in certificates %}")
    if issuer.parent_body:
        layout.line(document, tags.parent_body, size=14)
    layout.line(document, "{{ c.issuer_name|upper }}", size=15, bold=True)
    layout.line(document, "GIẤY CHỨNG NHẬN", size=34, bold=True, before=22, after=4)
    layout.line(document, "Mô hình “Dân vận khéo”", size=17, italic=True, after=10)
    layout.line(document, "{{ c.title }}", size=20, bold=True, after=8)
    layout.line(document, "Của: {{ c.holder }}", size=16, after=4)
    layout.line(document, "Lĩnh vực: {{ c.field }}", size=14, after=4)
    layout.line(document, "Đã được công nhận tại Quyết định số {{ c.decision_number }} ngày {{ c.decision_date }} "
                          "của {{ c.issuer_name }}.", size=14, italic=True, after=10)
    left, _middle, right = layout.borderless_table(document, [8.0, 6.0, 12.0])
    layout.line(left, "Số vào sổ: {{ c.register_number }}", size=13, align=LEFT)
    layout.line(left, "{{ c.qr }}", align=LEFT)
    layout.line(left, "Quét mã để tra cứu", size=10, italic=True, align=LEFT)
    layout.line(_middle, "")
    layout.line(right, "{{ c.date_line }}", size=14, italic=True)
    if issuer.signer_prefix:
        layout.line(right, tags.signer_prefix, size=14, bold=True)
    layout.line(right, tags.signer_title, size=14, bold=True, after=50)
    layout.line(right, tags.signer_name, size=14, bold=True)
    layout.line(document, "{%p if not loop.last %}")
    layout.page_break(document)
    layout.line(document, "{%p endif %}")
    layout.line(document, "{%p endfor %}")
    return layout.to_bytes(document)


SHIPPED = {"decision": shipped_decision_template, "certificate": shipped_certificate_template}


def issuer_context(issuer) -> dict:
    """The `issuer` tags: what the issuer prints."""
    return {name: getattr(issuer, name) or "" for name in (
        "name", "parent_body", "short_code", "place_name", "signer_prefix", "signer_title", "signer_name")}


def decision_context(data: decision_document.DecisionData) -> dict:
    """Return what a decision template reads: `issuer`, `decision` and the annex's `rows`."""
    decision = data.decision
    wording = decision_document.WORDINGS[decision.kind]
    rows = []
    parts = (("I. TẬP THỂ", [i for i in data.initiatives if i.subject_type != "individual"]),
             ("II. CÁ NHÂN", [i for i in data.initiatives if i.subject_type == "individual"]))
    for heading, initiatives in parts:
        if initiatives:
            rows.append({"position": "", "name": heading, "unit": "", "last": ""})
        for position, initiative in enumerate(initiatives, start=1):
            name, unit, last = decision_document.row_texts(
                initiative, data.commendations.get(initiative.id), wording.with_form)
            rows.append({"position": str(position), "name": name, "unit": unit, "last": last})
    return {"issuer": issuer_context(decision.issuer), "rows": rows, "decision": {
        "number_text": decision.number_text, "date": layout.short_date(decision.decision_date),
        "date_line": layout.date_line(decision.issuer.place_name, decision.decision_date),
        "issuer_name": decision.issuer_name, "year": data.year, "count": len(data.initiatives),
        "summary": decision_document.fill(wording.summary, data), "authority": decision_document.authority(data),
        "article_one": decision_document.fill(wording.article_one, data),
        "list_title": decision_document.fill(wording.list_title, data).upper(),
        "reference": decision_document.reference(decision),
        "last_heading": "Hình thức" if wording.with_form else "Lĩnh vực"}}


@dataclass(frozen=True)
class CertificateLine:
    """What one certificate page prints (the QR code is added at render time, as a picture)."""

    issuer_name: str
    title: str
    holder: str
    field: str
    decision_number: str
    decision_date: str
    register_number: str
    date_line: str
    verify_url: str


def certificate_context(issuer, lines: list[CertificateLine], template: DocxTemplate) -> dict:
    """Return what a certificate template reads: `issuer` and `certificates` (each with its `qr` picture)."""
    certificates = []
    for line in lines:
        entry = dict(vars(line))
        entry["qr"] = InlineImage(template, io.BytesIO(qr_png(line.verify_url)), width=Cm(2.8))
        certificates.append(entry)
    return {"issuer": issuer_context(issuer), "certificates": certificates}


def _sample_initiative(number: int, individual: bool = False) -> SimpleNamespace:
    return SimpleNamespace(
        id=number, title=f"Mô hình mẫu số {number}", subject_type="individual" if individual else "collective",
        individual_name="Nguyễn Văn A" if individual else None, unit=SimpleNamespace(name=f"Đơn vị mẫu {number}"),
        field=SimpleNamespace(name="Kinh tế"), campaign=SimpleNamespace(year=date.today().year))


def sample_decision_data(issuer: Issuer) -> decision_document.DecisionData:
    """A fake recognition decision of `issuer` with three annex lines: what an upload is rendered with."""
    decision = SimpleNamespace(kind="recognition", number_text="01-QĐ/MẪU", decision_date=date.today(),
                               issuer=issuer, issuer_name=issuer.name)
    initiatives = [_sample_initiative(1), _sample_initiative(2), _sample_initiative(3, individual=True)]
    return decision_document.DecisionData(decision, initiatives)


def sample_certificate_lines(issuer: Issuer) -> list[CertificateLine]:
    """Three fake certificates of `issuer`: what an uploaded certificate template is rendered with."""
    day = date.today()
    return [CertificateLine(issuer.name, f"Mô hình mẫu số {n}", f"Đơn vị mẫu {n}", "Kinh tế", "01-QĐ/MẪU",
                            layout.short_date(day), f"{n:03d}/GCN", layout.date_line(issuer.place_name, day),
                            "https://example.invalid/verify/sample") for n in (1, 2, 3)]


def certificate_line(data) -> CertificateLine:
    """Return what the page of one stored certificate (a CertificateData) prints."""
    certificate = data.certificate
    decision, initiative = certificate.decision, certificate.initiative
    holder = initiative.unit.name
    if initiative.subject_type == "individual" and initiative.individual_name:
        holder = f"{initiative.individual_name} — {initiative.unit.name}"
    return CertificateLine(
        decision.issuer_name, initiative.title, holder, initiative.field.name, decision.number_text,
        layout.short_date(decision.decision_date),
        number_text(decision.issuer, certificate.register_number, certificate.register.doc_type),
        layout.date_line(decision.issuer.place_name, decision.decision_date), data.verify_url)
