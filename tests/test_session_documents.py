"""Issue #12 documents 1 and 2: the minutes of a council session and its summary of results, .docx and PDF."""

import io
import subprocess

import pytest
from docx import Document

from paperwork.render import session_document_file, session_letterhead
from registry.extensions import db
from tests.paperwork_world import STATE, make_issuer
from tests.session_world import deliberation_world, hold_session, vote
from tests.workflow_world import TODAY_VN, build_council_world, score
from workflows.councils.service import assign
from workflows.machine import S
from workflows.scoring.service import ensure_rubric
from workflows.sessions.models import VOTE_AGREE, VOTE_DISAGREE, VOTE_OTHER
from workflows.sessions.service import add_to_agenda

pytestmark = pytest.mark.usefixtures("fresh_login_per_request")
PRESENT = ("chair", "secretary", "member1", "member2")


def _paragraphs(docx: bytes) -> list[str]:
    document = Document(io.BytesIO(docx))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables[:1]:  # the header
        for row in table.rows:
            lines.extend(paragraph.text for cell in row.cells for paragraph in cell.paragraphs)
    return lines


def _results_rows(docx: bytes) -> list[list[str]]:
    """The rows of the results grid (the table after the header, before the signatures)."""
    return [[cell.text for cell in row.cells] for row in Document(io.BytesIO(docx)).tables[1].rows]


NAMES = {"chair": "Nguyễn Văn Chủ", "secretary": "Lê Thị Thư", "member1": "Phạm Văn Một",
         "member2": "Hoàng Thị Hai", "member3": "Vũ Văn Ba"}


def _name_people(world) -> None:
    """Give each seat its own name (the factory names everyone alike)."""
    for seat, name in NAMES.items():
        world.people[seat].full_name = name
    db.session.flush()


def _voted_world(make):
    """A deliberation with four of five seats present: one model agreed by all, one refused, one pending."""
    world = deliberation_world(make)
    _name_people(world)
    extra = [make.initiative(unit=world.unit, campaign=world.initiative.campaign, status=S.registered)
             for _ in range(2)]
    for position, initiative in enumerate([world.initiative, *extra]):
        initiative.title = f"Mô hình biểu quyết {position + 1}"
    assign(world.people["staff"], world.council, extra)
    session = hold_session(world, present=PRESENT, initiatives=[world.initiative, *extra])
    for seat in PRESENT:
        vote(world, session, seat, VOTE_AGREE, exemplary=seat != "member2")
        vote(world, session, seat, VOTE_AGREE if seat == "chair" else VOTE_DISAGREE, initiative=extra[0])
    vote(world, session, "chair", VOTE_OTHER, initiative=extra[1])
    db.session.flush()
    return world, session


def test_the_minutes_of_a_deliberation_print_attendance_votes_and_conclusions(make):
    make_issuer()
    world, session = _voted_world(make)
    rendered = session_document_file(session, "minutes")
    assert rendered.name == f"bien-ban-hop-{TODAY_VN:%Y-%m-%d}-{session.id}.docx"
    lines = _paragraphs(rendered.content)
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in lines and "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY" in lines
    assert world.council.name.upper() in lines
    assert "BIÊN BẢN" in lines and f"Họp {world.council.name}" in lines
    assert any(line.startswith(f"Hôm nay, ngày {TODAY_VN:%d} tháng {TODAY_VN:%m} năm {TODAY_VN.year}, tại "
                               "Hội trường Tỉnh ủy") for line in lines)
    chair, secretary = world.people["chair"].full_name, world.people["secretary"].full_name
    assert f"Chủ trì: {chair}." in lines and f"Thư ký: {secretary}." in lines
    assert "Thành viên có mặt: 4/5:" in lines and "Thành viên vắng mặt: 1:" in lines
    assert f"1. {world.people['member3'].full_name} — Ủy viên" in lines
    rows = _results_rows(rendered.content)
    assert rows[0] == ["STT", "Tên mô hình", "Đơn vị", "Kết quả", "Kết luận"]
    assert [row[1] for row in rows[1:]] == ["Mô hình biểu quyết 1", "Mô hình biểu quyết 2", "Mô hình biểu quyết 3"]
    assert rows[1][3] == "Đồng ý 4, không đồng ý 0, ý kiến khác 0 (100% đồng ý)"
    assert rows[1][4] == "Đề nghị công nhận, tiêu biểu"
    assert rows[2][3] == "Đồng ý 1, không đồng ý 3, ý kiến khác 0 (25% đồng ý)"
    assert rows[2][4] == "Không đề nghị công nhận"
    assert rows[3][4] == "Chưa đủ điều kiện kết luận"
    assert any(line.startswith("Hội đồng thống nhất đề nghị công nhận 1 mô hình") and "(trong đó 1 mô hình tiêu biểu)"
               in line and "không đề nghị công nhận 1 mô hình; 1 mô hình chưa đủ" in line for line in lines)
    signatures = [cell.text for cell in Document(io.BytesIO(rendered.content)).tables[-1].rows[0].cells]
    assert signatures[0].startswith("THƯ KÝ") and signatures[0].endswith(secretary)
    assert signatures[1].startswith("CHỦ TRÌ") and signatures[1].endswith(chair)


def test_the_summary_of_a_deliberation_prints_each_members_vote_and_the_share(make):
    make_issuer()
    world, session = _voted_world(make)
    rendered = session_document_file(session, "summary")
    lines = _paragraphs(rendered.content)
    assert "BẢNG TỔNG HỢP KẾT QUẢ" in lines and "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" not in lines  # the party issuer
    assert f"(Kèm theo Biên bản họp {world.council.name} ngày {TODAY_VN:%d/%m/%Y})" in lines
    rows = _results_rows(rendered.content)
    assert rows[0][2:] == ["Ý kiến của từng thành viên", "Đồng ý / có mặt (tỷ lệ)", "Kết quả"]
    assert len(rows) == 4
    first = rows[1][2].split("\n")
    assert f"{world.people['chair'].full_name}: Đồng ý, đề xuất tiêu biểu" in first
    assert f"{world.people['member2'].full_name}: Đồng ý" in first
    assert f"{world.people['member3'].full_name}: vắng mặt" in first
    assert rows[1][3:] == ["4/4 (100%)", "Đề nghị công nhận, tiêu biểu"]
    assert rows[2][3:] == ["1/4 (25%)", "Không đề nghị công nhận"]
    assert f"{world.people['chair'].full_name}: Ý kiến khác" in rows[3][2].split("\n")
    assert f"{world.people['secretary'].full_name}: chưa biểu quyết" in rows[3][2].split("\n")


def _scored_world(make):
    world = build_council_world(make)
    _name_people(world)
    ensure_rubric(world.initiative.campaign)
    world.initiative.title = "Mô hình chấm điểm"
    for seat, total in [("chair", 80), ("secretary", 70), ("member1", 61), ("member2", 50)]:
        score(world, seat, total)
    session = hold_session(world, present=PRESENT)
    return world, session


def test_a_scoring_session_prints_each_members_total_and_the_average(make):
    make_issuer(**STATE)
    world, session = _scored_world(make)
    minutes = session_document_file(session, "minutes").content
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in _paragraphs(minutes)
    assert "ỦY BAN NHÂN DÂN TỈNH LAM HỒNG" in _paragraphs(minutes)
    row = _results_rows(minutes)[1]
    assert row[1] == "Mô hình chấm điểm" and row[3] == "Điểm trung bình 65,25 (4 phiếu)"
    assert row[4] == "Đề nghị công nhận"
    summary = _results_rows(session_document_file(session, "summary").content)
    assert summary[0][3] == "Điểm trung bình" and summary[1][3] == "65,25"
    members = summary[1][2].split("\n")
    assert f"{world.people['member1'].full_name}: 61" in members
    assert f"{world.people['member3'].full_name}: chưa nộp phiếu" in members


def test_the_letterhead_prefers_the_issuer_of_the_councils_unit(make):
    world, session = _voted_world(make)
    assert session_letterhead(session).parent_body == ""  # no issuer yet: the council alone
    make_issuer()
    own = make_issuer(**{**STATE, "name": "Ủy ban nhân dân xã An Bình"})
    own.owner_unit_id = world.council.unit_id
    db.session.flush()
    assert session_letterhead(session).parent_body == "Ủy ban nhân dân xã An Bình"


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


@pytest.mark.usefixtures("office_tools")
def test_the_pdfs_carry_the_same_lines(make, tmp_path):
    make_issuer()
    world, session = _voted_world(make)
    minutes = _pdf_text(session_document_file(session, "minutes", "pdf").content, tmp_path)
    assert "BIÊN BẢN" in minutes and "Thành viên có mặt: 4/5:" in minutes
    assert "Mô hình biểu quyết 2" in minutes and "Không đề nghị" in minutes
    assert world.people["secretary"].full_name in minutes
    summary = _pdf_text(session_document_file(session, "summary", "pdf").content, tmp_path)
    assert "BẢNG TỔNG HỢP KẾT QUẢ" in summary and "4/4 (100%)" in summary and "1/4 (25%)" in summary


def test_the_results_page_offers_the_documents_to_the_secretary_and_not_to_a_member(make, client, login):
    world, session = _voted_world(make)
    login(world.people["secretary"])
    page = client.get(f"/councils/sessions/{session.id}/results")
    assert 'data-document="minutes-docx"' in page.text and 'data-document="summary-pdf"' in page.text
    download = client.get(f"/councils/sessions/{session.id}/documents/minutes.docx")
    assert download.status_code == 200 and download.headers["Cache-Control"] == "private, no-store"
    assert "BIÊN BẢN" in _paragraphs(download.data)
    assert client.get(f"/councils/sessions/{session.id}/documents/minutes.odt").status_code == 404
    assert client.get(f"/councils/sessions/{session.id}/documents/decision.docx").status_code == 404
    client.post("/logout")
    login(world.people["member1"])
    assert 'data-document=' not in client.get(f"/councils/sessions/{session.id}/results").text
    assert client.get(f"/councils/sessions/{session.id}/documents/summary.docx").status_code == 403


def test_the_api_serves_both_documents_to_staff_and_hides_them_from_members(make, api):
    world, session = _voted_world(make)
    answer = api.get(f"/sessions/{session.id}/documents/summary?format=docx", user=world.people["staff"])
    assert answer.status_code == 200 and "BẢNG TỔNG HỢP KẾT QUẢ" in _paragraphs(answer.data)
    answer = api.get(f"/sessions/{session.id}/documents/minutes", user=world.people["chair"])
    assert answer.status_code == 200 and "BIÊN BẢN" in _paragraphs(answer.data)
    assert api.get(f"/sessions/{session.id}/documents/minutes", user=world.people["member1"]).status_code == 404
    assert api.get(f"/sessions/{session.id}/documents/minutes?format=odt",
                   user=world.people["staff"]).status_code in (400, 422)


def test_an_agenda_added_later_shows_in_the_minutes(make):
    world, session = _voted_world(make)
    later = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status=S.registered)
    later.title = "Mô hình bổ sung"
    assign(world.people["staff"], world.council, [later])
    add_to_agenda(world.people["staff"], session, [later])
    db.session.flush()
    rows = _results_rows(session_document_file(session, "minutes").content)
    assert rows[-1][1] == "Mô hình bổ sung" and len(rows) == 5


def test_the_demo_session_produces_both_documents(runner):
    from sqlalchemy import select

    from tests.test_demo import seed
    from workflows.sessions.models import CouncilSession
    from workflows.sessions.results import session_results

    assert seed(runner).exit_code == 0
    session = db.session.scalars(select(CouncilSession)).one()
    items = session_results(session).items
    minutes = session_document_file(session, "minutes").content
    assert "BIÊN BẢN" in _paragraphs(minutes) and "Thành viên có mặt: 5/6:" in _paragraphs(minutes)
    assert [row[1] for row in _results_rows(minutes)[1:]] == [item.title for item in items]
    summary = _results_rows(session_document_file(session, "summary").content)
    assert len(summary) == len(items) + 1 and all(row[3].count("/") == 1 for row in summary[1:])
