"""Who reads which sheets: members after submitting, the chair and secretary always, past rounds apart."""

import pytest

from registry.extensions import db
from tests.workflow_world import build_council_world, score
from workflows.scoring.service import save_sheet
from workflows.transitions import fire


def _url(world):
    return f"/scoring/initiatives/{world.initiative.id}"


def _comment(world, seat, text, total, submit=True, recommendation="recognize"):
    sheet = score(world, seat, total, recommendation=recommendation, submit=False)
    points = {score_.criterion.code: score_.points for score_ in sheet.scores}
    return save_sheet(world.initiative, world.seats[seat], points, recommendation, text, submit)


@pytest.fixture
def world(make):
    world = build_council_world(make)
    _comment(world, "member2", "Cách làm sáng tạo", 80)
    _comment(world, "member3", "Nhận xét còn nháp", 30, submit=False)
    db.session.commit()
    return world


def test_a_member_cannot_read_the_others_before_submitting(client, login, world):
    login(world.people["member1"])
    html = client.get(_url(world)).get_data(as_text=True)
    assert "Cách làm sáng tạo" not in html
    assert "Phiếu của các thành viên khác chỉ hiển thị sau khi bạn đã nộp phiếu của mình." in html
    assert "data-result" not in html, "a member does not see the running result"


def test_a_member_reads_the_others_after_submitting(client, login, world):
    login(world.people["member1"])
    client.post(_url(world), data={**{f"score-{code}": "5" for code in (
        "political_task", "method", "participation", "results", "sustainability", "replicability")},
        "recommendation": "reject", "comment": "", "action": "submit"})
    html = client.get(_url(world)).get_data(as_text=True)
    assert "Cách làm sáng tạo" in html
    assert world.people["member2"].full_name in html


@pytest.mark.parametrize("seat", ["chair", "secretary"])
def test_chair_and_secretary_read_every_sheet_and_the_running_average(client, login, world, seat):
    login(world.people[seat])
    html = client.get(_url(world)).get_data(as_text=True)
    assert "Cách làm sáng tạo" in html and "Nhận xét còn nháp" in html
    assert "Bản nháp" in html or "Nháp" in html
    assert "data-result" in html
    # Five seats score it, 2/3 of them is 4; one sheet is submitted, averaging 80.
    assert "Đã nộp 1 phiếu, cần 4 phiếu để đủ số phiếu tối thiểu (5 thành viên chấm điểm)" in html
    assert 'data-result-average>80</dd>' in html
    assert "Chưa đủ số phiếu tối thiểu" in html


def test_the_running_result_reaches_the_quorum_and_the_rule(client, login, world):
    for seat in ("member1", "member3", "secretary"):
        score(world, seat, 70)
    db.session.commit()
    login(world.people["chair"])
    html = client.get(_url(world)).get_data(as_text=True)
    assert "Đủ số phiếu tối thiểu" in html
    assert 'data-result-average>72,5</dd>' in html  # (80 + 70 + 70 + 70) / 4


def test_past_rounds_are_listed_read_only_apart_from_the_current_one(client, login, world):
    fire(world.initiative, "return_for_revision", world.people["secretary"], "Bổ sung minh chứng")
    fire(world.initiative, "resubmit", world.people["officer"])
    db.session.commit()
    login(world.people["chair"])
    html = client.get(_url(world)).get_data(as_text=True)
    current, _sep, past = html.partition("Vòng trước")
    assert "Cách làm sáng tạo" not in current, "an old sheet is not part of the current round"
    assert "Cách làm sáng tạo" in past
    assert "Vòng thẩm định thứ 2" in html


def test_a_member_starts_afresh_in_a_new_round(client, login, world):
    fire(world.initiative, "return_for_revision", world.people["secretary"], "Bổ sung minh chứng")
    fire(world.initiative, "resubmit", world.people["officer"])
    db.session.commit()
    login(world.people["member2"])
    html = client.get(_url(world)).get_data(as_text=True)
    assert 'name="score-results"' in html, "the new round's sheet is open again"
    assert "Vòng trước" in html and "Cách làm sáng tạo" in html
