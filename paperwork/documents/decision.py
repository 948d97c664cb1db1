"""Quyết định (công nhận, chọn điển hình, khen thưởng, thu hồi) with its Danh sách (the annex)."""

from dataclasses import dataclass, field

from paperwork import layout
from paperwork.layout import CENTER, LEFT
from paperwork.models import Decision
from registry.models import Initiative
from workflows.models import Commendation

MOVEMENT = "“Dân vận khéo”"


@dataclass(frozen=True)
class Wording:
    """What changes between kinds of decision: the summary, what Điều 1 does, the annex's title."""

    summary: str
    article_one: str
    list_title: str
    #: the annex lists the form of commendation of each line
    with_form: bool = False


WORDINGS = {
    "recognition": Wording("Về việc công nhận mô hình {m} năm {year}",
                           "Công nhận {count} mô hình {m} năm {year} (có danh sách kèm theo).",
                           "DANH SÁCH MÔ HÌNH {m} ĐƯỢC CÔNG NHẬN NĂM {year}"),
    "selection": Wording("Về việc công nhận mô hình {m} tiêu biểu năm {year}",
                         "Công nhận {count} mô hình {m} tiêu biểu năm {year} (có danh sách kèm theo).",
                         "DANH SÁCH MÔ HÌNH {m} TIÊU BIỂU NĂM {year}"),
    "commendation": Wording("Về việc khen thưởng tập thể, cá nhân có mô hình {m} tiêu biểu năm {year}",
                            "Khen thưởng {count} tập thể, cá nhân có mô hình {m} tiêu biểu năm {year} "
                            "(có danh sách kèm theo).",
                            "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG NĂM {year}", with_form=True),
    "revocation": Wording("Về việc thu hồi quyết định công nhận mô hình {m}",
                          "Thu hồi việc công nhận {count} mô hình {m} (có danh sách kèm theo).",
                          "DANH SÁCH MÔ HÌNH {m} BỊ THU HỒI CÔNG NHẬN"),
    "rejection": Wording("Về kết quả đánh giá mô hình {m} năm {year}",
                         "Không công nhận {count} mô hình {m} năm {year} (có danh sách kèm theo).",
                         "DANH SÁCH MÔ HÌNH {m} KHÔNG ĐƯỢC CÔNG NHẬN NĂM {year}"),
}


@dataclass
class DecisionData:
    """What the decision prints: the record, the initiatives it covers and their commendations."""

    decision: Decision
    initiatives: list[Initiative]
    commendations: dict[int, Commendation] = field(default_factory=dict)

    @property
    def year(self) -> int:
        """The campaign year of the decision (the first initiative's), or the decision's year."""
        return self.initiatives[0].campaign.year if self.initiatives else self.decision.decision_date.year


def fill(text: str, data: DecisionData) -> str:
    """Put the movement, the year and the count into a wording."""
    return text.format(m=MOVEMENT, year=data.year, count=len(data.initiatives))


def authority(data: DecisionData) -> str:
    """The line naming who decides: the issuer, or the body its signer signs for ("T/M Ban Thường vụ")."""
    name = data.decision.issuer_name
    signs_for = data.decision.issuer.signer_prefix
    for prefix in ("T/M", "TM.", "K/T", "KT.", "T/L", "TL."):
        signs_for = signs_for.removeprefix(prefix)
    signs_for = signs_for.strip()
    if not signs_for or signs_for.lower() in name.lower():
        return name.upper()
    return signs_for.upper()


def reference(decision: Decision) -> str:
    """Return "(Kèm theo Quyết định số … ngày … của …)", the annex's line under its title."""
    return (f"(Kèm theo Quyết định số {decision.number_text} ngày {layout.short_date(decision.decision_date)} "
            f"của {decision.issuer_name})")


def _front_pages(document, data: DecisionData) -> None:
    decision, wording = data.decision, WORDINGS[data.decision.kind]
    layout.header(document, decision.issuer, decision.number_text, decision.decision_date)
    layout.title(document, "QUYẾT ĐỊNH", fill(wording.summary, data), authority(data))
    for ground in (f"Căn cứ chức năng, nhiệm vụ, quyền hạn của {decision.issuer_name};",
                   f"Căn cứ Kế hoạch thực hiện phong trào thi đua {MOVEMENT} năm {data.year};",
                   f"Xét đề nghị của Hội đồng đánh giá mô hình {MOVEMENT},"):
        layout.body(document, ground, italic=True)
    layout.line(document, "QUYẾT ĐỊNH:", bold=True, before=12, after=6)
    layout.body(document, fill(wording.article_one, data), bold_lead="Điều 1.")
    layout.body(document, "Quyết định có hiệu lực kể từ ngày ký.", bold_lead="Điều 2.")
    layout.body(document, "Văn phòng, các cơ quan, đơn vị liên quan và các tập thể, cá nhân có tên tại Điều 1 "
                          "chịu trách nhiệm thi hành Quyết định này.", bold_lead="Điều 3.")
    layout.signature(document, decision.issuer, ["Như Điều 3;", "Ban Chỉ đạo các cấp;",
                                                 f"Lưu: VT, {decision.issuer.short_code}."])


def row_texts(initiative: Initiative, commendation: Commendation | None, with_form: bool) -> list[str]:
    """Return the name, unit and last column (field, or form of commendation) of an annex line."""
    name = initiative.title
    if initiative.subject_type == "individual" and initiative.individual_name:
        name = f"{initiative.individual_name} — {initiative.title}"
    texts = [name, initiative.unit.name, initiative.field.name]
    if with_form:
        texts[2] = commendation.form.name if commendation is not None else ""
    return texts


def _annex(document, data: DecisionData) -> None:
    decision, wording = data.decision, WORDINGS[data.decision.kind]
    layout.page_break(document)
    layout.header(document, decision.issuer, None, None)
    layout.line(document, fill(wording.list_title, data).upper(), bold=True, before=18)
    layout.line(document, reference(decision), italic=True, after=12)
    last = "Hình thức" if wording.with_form else "Lĩnh vực"
    table = layout.grid_table(document, ["STT", "Tên mô hình", "Đơn vị", last], [1.3, 7.4, 4.6, 3.2])
    parts = (("I. TẬP THỂ", [i for i in data.initiatives if i.subject_type != "individual"]),
             ("II. CÁ NHÂN", [i for i in data.initiatives if i.subject_type == "individual"]))
    for heading, initiatives in parts:
        if not initiatives:
            continue
        layout.merged_row(table, heading)
        for position, initiative in enumerate(initiatives, start=1):
            layout.add_row(table, [str(position), *row_texts(initiative, data.commendations.get(initiative.id),
                                                               wording.with_form)], [CENTER, LEFT, LEFT, LEFT])
    layout.line(document, f"Danh sách có {len(data.initiatives)} mô hình.", italic=True, align=LEFT, before=6)


def build(data: DecisionData) -> bytes:
    """Return the decision with its annex as a .docx file."""
    document = layout.new_document()
    _front_pages(document, data)
    _annex(document, data)
    return layout.to_bytes(document)

