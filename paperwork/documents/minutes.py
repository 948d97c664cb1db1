"""Biên bản họp hội đồng: the minutes of a council session, from its results (workflows.sessions.results).

The wording is Vietnamese by law, whatever the interface language; the header follows the kind of the
body the council works for (its letterhead), with the council's name under that body's.
"""

from dataclasses import dataclass
from decimal import Decimal

from paperwork import layout
from paperwork.layout import CENTER, LEFT
from registry.i18n import vn_number
from workflows.sessions.results import (
    OUTCOME_PENDING,
    OUTCOME_RECOGNITION,
    OUTCOME_RECOGNITION_EXEMPLARY,
    OUTCOME_REJECTION,
    InitiativeResult,
    SessionResults,
)

MOVEMENT = "“Dân vận khéo”"
#: The seats as the minutes print them.
SEAT_WORDS = {"chair": "Chủ tịch Hội đồng", "secretary": "Thư ký Hội đồng", "member": "Ủy viên"}
#: What the council concludes on each model, as printed.
OUTCOME_WORDS = {
    OUTCOME_RECOGNITION: "Đề nghị công nhận",
    OUTCOME_RECOGNITION_EXEMPLARY: "Đề nghị công nhận, tiêu biểu",
    OUTCOME_REJECTION: "Không đề nghị công nhận",
    OUTCOME_PENDING: "Chưa đủ điều kiện kết luận",
}


@dataclass(frozen=True)
class Letterhead:
    """The header's body: the council under the body it works for (an issuer's name, kind and place)."""

    name: str
    parent_body: str
    kind: str
    place_name: str


@dataclass
class SessionDocumentData:
    """What the minutes and the summary print: the session's results and the letterhead."""

    results: SessionResults
    letterhead: Letterhead


def score_text(value: Decimal | None) -> str:
    """Write points the Vietnamese way, with two decimals ("85,50"), or "—"."""
    if value is None:
        return "—"
    return vn_number(value.quantize(Decimal("0.01"))) if value != value.to_integral() else vn_number(value)


def share_percent(numerator: int, denominator: int) -> str:
    """Write a share as a percentage with one decimal at most ("66,7%"); "—" without a denominator."""
    if not denominator:
        return "—"
    return vn_number((Decimal(numerator * 100) / denominator).quantize(Decimal("0.1"))) + "%"


def result_text(item: InitiativeResult, by_vote: bool) -> str:
    """The model's result in one line: the votes and the share agreeing, or the average of the sheets."""
    if by_vote:
        return (f"Đồng ý {item.agree}, không đồng ý {item.disagree}, ý kiến khác {item.other} "
                f"({share_percent(item.agree, item.result.present)} đồng ý)")
    return f"Điểm trung bình {score_text(item.average)} ({item.result.submitted} phiếu)"


def session_header(document, data: SessionDocumentData) -> None:
    """Add the header (the letterhead's kind) dated the session day, at the letterhead's place."""
    layout.header(document, data.letterhead, None, data.results.held_on)


def _attendance(document, results: SessionResults) -> None:
    present = [line for line in results.attendance if line.present]
    absent = [line for line in results.attendance if not line.present]
    layout.body(document, f"Chủ trì: {results.chair_name or '……'}.")
    layout.body(document, f"Thư ký: {results.secretary_name or '……'}.")
    layout.body(document, f"Thành viên có mặt: {len(present)}/{len(results.attendance)}:")
    for number, seat in enumerate(present, start=1):
        layout.body(document, f"{number}. {seat.name} — {SEAT_WORDS.get(seat.seat, seat.seat)}", before=0)
    layout.body(document, f"Thành viên vắng mặt: {len(absent)}" + (":" if absent else "."))
    for number, seat in enumerate(absent, start=1):
        layout.body(document, f"{number}. {seat.name} — {SEAT_WORDS.get(seat.seat, seat.seat)}", before=0)


def _conclusions(document, results: SessionResults) -> None:
    exemplary = len(results.with_outcome(OUTCOME_RECOGNITION_EXEMPLARY))
    recognised = len(results.with_outcome(OUTCOME_RECOGNITION)) + exemplary
    rejected = len(results.with_outcome(OUTCOME_REJECTION))
    pending = len(results.with_outcome(OUTCOME_PENDING))
    layout.body(document, f"Hội đồng thống nhất đề nghị công nhận {recognised} mô hình {MOVEMENT} "
                          f"(trong đó {exemplary} mô hình tiêu biểu); không đề nghị công nhận {rejected} mô hình"
                + (f"; {pending} mô hình chưa đủ điều kiện kết luận." if pending else "."))
    if results.note:
        layout.body(document, f"Ý kiến khác: {results.note}")
    layout.body(document, "Biên bản được lập xong ngay sau cuộc họp, đã được đọc lại trước Hội đồng và các thành "
                          "viên có mặt thống nhất thông qua.")


def signatures(document, results: SessionResults) -> None:
    """Add the secretary's signature block left and the chair's right, each with its name."""
    left, right = layout.borderless_table(document, [8.0, 8.5])
    for cell, heading, name in ((left, "THƯ KÝ", results.secretary_name), (right, "CHỦ TRÌ", results.chair_name)):
        layout.line(cell, heading, bold=True, before=12)
        layout.line(cell, "(Ký, ghi rõ họ tên)", size=12, italic=True)
        layout.line(cell, "", after=54)  # the room for the signature
        layout.line(cell, name or "", bold=True)


def build(data: SessionDocumentData) -> bytes:
    """Lay out the minutes of the session: who attended, each model's result, the conclusions, the signatures."""
    results = data.results
    document = layout.new_document()
    session_header(document, data)
    way = "biểu quyết" if results.by_vote else "chấm điểm"
    layout.title(document, "BIÊN BẢN", f"Họp {results.council_name}")
    layout.line(document, f"đánh giá mô hình {MOVEMENT} năm {results.campaign_year}", bold=True, after=6)
    day = results.held_on
    layout.body(document, f"Hôm nay, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}, tại {results.place}, "
                          f"{results.council_name} họp để đánh giá các mô hình {MOVEMENT} đăng ký trong "
                          f"{results.campaign_name}.")
    layout.body(document, "I. THÀNH PHẦN", before=6).runs[0].bold = True
    _attendance(document, results)
    layout.body(document, "II. NỘI DUNG", before=6).runs[0].bold = True
    layout.body(document, f"Hội đồng đã xem xét và {way} {len(results.items)} mô hình; kết quả như sau:")
    table = layout.grid_table(document, ["STT", "Tên mô hình", "Đơn vị", "Kết quả", "Kết luận"],
                              [1.3, 4.8, 3.4, 3.8, 3.2])
    for number, item in enumerate(results.items, start=1):
        layout.add_row(table, [str(number), item.title, item.unit_name, result_text(item, results.by_vote),
                               OUTCOME_WORDS[item.outcome]], [CENTER, LEFT, LEFT, LEFT, LEFT], size=12)
    layout.body(document, "III. KẾT LUẬN", before=9).runs[0].bold = True
    _conclusions(document, results)
    signatures(document, results)
    return layout.to_bytes(document)
