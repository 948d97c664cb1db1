"""Phiếu đăng ký: the registration dossier as the unit filled it, for its archive (the headings are the form's)."""

from datetime import date

from paperwork import layout
from paperwork.layout import CENTER, LEFT, RIGHT
from registry.i18n import format_number
from registry.models import Initiative

#: The dossier's sections in the order of the form in use (Đà Nẵng ward, 249/MTTQ-BTT, 2026).
SECTIONS = (
    ("political_task", "Nhiệm vụ chính trị mô hình hướng tới"),
    ("situation", "Tình hình, sự cần thiết xây dựng mô hình"),
    ("objectives", "Mục tiêu, tiêu chí đánh giá"),
    ("content", "Nội dung, phương pháp vận động"),
    ("area_and_target", "Địa bàn, đối tượng"),
    ("forces", "Lực lượng tham gia, vai trò"),
    ("resources_and_timeline", "Nguồn lực, thời gian thực hiện"),
    ("outputs", "Kết quả, sản phẩm kiểm chứng được"),
    ("sustainability", "Khả năng duy trì, nhân rộng"),
)


def _facts(initiative: Initiative) -> list[tuple[str, str]]:
    facts = [("Tên mô hình", initiative.title), ("Mã hồ sơ", initiative.code),
             ("Đơn vị đăng ký", initiative.unit.name), ("Lĩnh vực", initiative.field.name),
             ("Đối tượng", "Cá nhân" if initiative.subject_type == "individual" else "Tập thể"),
             ("Hình thức", "Duy trì, phát triển" if initiative.registration_kind == "renewal" else "Đăng ký mới")]
    if initiative.subject_type == "individual":
        facts.insert(3, ("Họ và tên", initiative.individual_name))
        facts.insert(4, ("Chức vụ", initiative.individual_position))
    if initiative.partner_units:
        facts.append(("Đơn vị phối hợp", initiative.partner_units))
    facts.append(("Người liên hệ", f"{initiative.contact_name} {initiative.contact_phone}".strip()))
    return facts


def build(initiative: Initiative, day: date, place: str) -> bytes:
    """Return the registration form of `initiative` as a .docx, dated `day` at `place`."""
    document = layout.new_document()
    left, right = layout.borderless_table(document, [6.5, 10.0])
    layout.line(left, initiative.unit.name.upper(), size=13, bold=True)
    layout.rule(left, 2.1)
    layout.line(right, layout.NATION, size=12.5, bold=True)
    layout.line(right, layout.MOTTO, size=13.5, bold=True)
    layout.rule(right, 1.9)
    layout.line(right, layout.date_line(place, day), size=13, italic=True, before=6)
    layout.line(document, "PHIẾU ĐĂNG KÝ", size=14, bold=True, before=18)
    layout.line(document, f"MÔ HÌNH “DÂN VẬN KHÉO” NĂM {initiative.campaign.year}", bold=True, after=12)
    for label, value in _facts(initiative):
        paragraph = layout.body(document, value or "…", bold_lead=f"{label}:")
        paragraph.paragraph_format.first_line_indent = None
    for number, (name, heading) in enumerate(SECTIONS, start=1):
        layout.line(document, f"{number}. {heading}", bold=True, align=LEFT, before=8)
        for text in (getattr(initiative, name) or "…").splitlines() or ["…"]:
            layout.body(document, text)
    if initiative.indicators:
        layout.line(document, f"{len(SECTIONS) + 1}. Chỉ tiêu đăng ký", bold=True, align=LEFT, before=8, after=4)
        table = layout.grid_table(document, ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu đăng ký"],
                                  [1.3, 8.2, 3.0, 4.0])
        for position, indicator in enumerate(initiative.indicators, start=1):
            target = format_number(indicator.target) if indicator.target is not None else ""
            layout.add_row(table, [str(position), indicator.name, indicator.unit_of_measure, target],
                           [CENTER, LEFT, CENTER, RIGHT])
    _, signer = layout.borderless_table(document, [7.0, 9.5])
    layout.line(signer, "THỦ TRƯỞNG ĐƠN VỊ", bold=True, before=12)
    layout.line(signer, "(Ký, ghi rõ họ tên)", size=12, italic=True, after=50)
    return layout.to_bytes(document)
