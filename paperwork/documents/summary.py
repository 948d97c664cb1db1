"""Bảng tổng hợp kết quả: per model of a session, each member's points or vote, the average or share, the outcome."""

from docx.shared import Pt

from paperwork import layout
from paperwork.documents.minutes import (
    MOVEMENT,
    OUTCOME_WORDS,
    SessionDocumentData,
    score_text,
    session_header,
    share_percent,
    signatures,
)
from paperwork.layout import CENTER, LEFT
from workflows.sessions.models import VOTE_AGREE, VOTE_DISAGREE, VOTE_OTHER
from workflows.sessions.results import InitiativeResult, MemberVerdict

#: The votes as printed.
VOTE_WORDS = {VOTE_AGREE: "Đồng ý", VOTE_DISAGREE: "Không đồng ý", VOTE_OTHER: "Ý kiến khác"}


def verdict_text(detail: MemberVerdict, by_vote: bool) -> str:
    """One member's say on a model: the vote or the sheet's total, or why there is none."""
    if detail.conflict:
        say = "không tham gia (xung đột lợi ích)"
    elif not detail.present and by_vote:
        say = "vắng mặt"
    elif by_vote:
        say = VOTE_WORDS.get(detail.choice, "chưa biểu quyết") if detail.choice else "chưa biểu quyết"
        if detail.exemplary:
            say += ", đề xuất tiêu biểu"
    else:
        say = score_text(detail.total) if detail.total is not None else "chưa nộp phiếu"
    return f"{detail.name}: {say}"


def measure_text(item: InitiativeResult, by_vote: bool) -> str:
    """The average of the sheets, or the agreeing votes over those present and their share."""
    if by_vote:
        return f"{item.agree}/{item.result.present} ({share_percent(item.agree, item.result.present)})"
    return score_text(item.average)


def _member_cell(cell, item: InitiativeResult, by_vote: bool) -> None:
    for number, detail in enumerate(item.details):
        paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
        paragraph.alignment = LEFT
        paragraph.add_run(verdict_text(detail, by_vote)).font.size = Pt(11)


def build(data: SessionDocumentData) -> bytes:
    """Lay out the summary table of the session's results."""
    results = data.results
    document = layout.new_document()
    session_header(document, data)
    way = "biểu quyết" if results.by_vote else "chấm điểm"
    layout.title(document, "BẢNG TỔNG HỢP KẾT QUẢ",
                 f"{way.capitalize()} mô hình {MOVEMENT} năm {results.campaign_year}")
    layout.line(document, f"(Kèm theo Biên bản họp {results.council_name} ngày {layout.short_date(results.held_on)})",
                italic=True, after=9)
    measure = "Đồng ý / có mặt (tỷ lệ)" if results.by_vote else "Điểm trung bình"
    table = layout.grid_table(document, ["STT", "Tên mô hình, đơn vị", "Ý kiến của từng thành viên", measure,
                                         "Kết quả"], [1.3, 4.4, 5.6, 2.6, 2.6])
    for number, item in enumerate(results.items, start=1):
        layout.add_row(table, [str(number), f"{item.title} ({item.unit_name})", "", measure_text(item, results.by_vote),
                               OUTCOME_WORDS[item.outcome]], [CENTER, LEFT, LEFT, CENTER, LEFT], size=12)
        _member_cell(table.rows[-1].cells[2], item, results.by_vote)
    layout.body(document, f"Có mặt {results.present_count}/{len(results.attendance)} thành viên; "
                          f"vắng mặt {results.absent_count}.", before=9)
    signatures(document, results)
    return layout.to_bytes(document)
