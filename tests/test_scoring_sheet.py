"""A council member's score sheet: save a draft, submit and lock it, messages beside bad fields."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from tests.workflow_world import council_world_with_rubric, score
from workflows.scoring.models import ScoreSheet

#: Full marks minus a little on each default criterion: 14 + 13.5 + 18 + 22.25 + 12 + 8 = 87.75
GOOD_POINTS = {"political_task": "14", "method": "13,5", "participation": "18", "results": "22,25",
               "sustainability": "12", "replicability": "8"}


def _url(world):
    return f"/scoring/initiatives/{world.initiative.id}"


def _post(client, world, points=None, recommendation="recognize", comment="Mô hình tốt", action="save"):
    data = {f"score-{code}": value for code, value in (points if points is not None else GOOD_POINTS).items()}
    data.update({"recommendation": recommendation, "comment": comment, "action": action})
    return client.post(_url(world), data=data)


def _sheet_of(world, seat):
    db.session.expire_all()
    return db.session.scalar(select(ScoreSheet).where(ScoreSheet.member_id == world.seats[seat].id,
                                                      ScoreSheet.initiative_id == world.initiative.id))


def _sheet_count():
    return db.session.scalar(select(func.count()).select_from(ScoreSheet))


@pytest.fixture
def world(make):
    return council_world_with_rubric(make)


def test_member_sees_the_dossier_summary_and_the_rubric(client, login, world):
    login(world.people["member1"])
    page = client.get(_url(world))
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert world.initiative.title in html
    assert world.initiative.political_task in html
    assert "Tính mới, sự khéo léo của phương pháp vận động" in html
    assert 'name="score-results"' in html and 'data-max="25"' in html and 'inputmode="decimal"' in html
    assert 'value="submit"' in html and 'value="save"' in html


def test_member_saves_a_draft_and_finds_the_values_again(client, login, world):
    login(world.people["member1"])
    response = _post(client, world, points={"political_task": "12,5", "results": "20"}, recommendation="",
                     comment="Còn thiếu minh chứng")
    assert response.status_code == 303
    sheet = _sheet_of(world, "member1")
    assert sheet.status == "draft" and sheet.total == Decimal("32.5")
    assert sheet.comment == "Còn thiếu minh chứng"
    html = client.get(_url(world)).get_data(as_text=True)
    assert 'value="12,5"' in html and 'value="20"' in html
    assert "Còn thiếu minh chứng" in html
    assert "Đã lưu nháp phiếu chấm điểm." in html


def test_member_submits_and_the_sheet_is_locked(client, login, world):
    login(world.people["member1"])
    response = _post(client, world, action="submit")
    assert response.status_code == 303
    sheet = _sheet_of(world, "member1")
    assert sheet.status == "submitted" and sheet.total == Decimal("87.75")
    assert sheet.recommendation == "recognize"
    html = client.get(_url(world)).get_data(as_text=True)
    assert 'name="score-results"' not in html, "a submitted sheet is shown read-only"
    assert "87,75" in html


def test_a_second_post_on_a_submitted_sheet_is_refused_and_changes_nothing(client, login, world):
    login(world.people["member1"])
    _post(client, world, action="submit")
    again = _post(client, world, points={code: "1" for code in GOOD_POINTS}, recommendation="reject",
                  comment="Đổi ý", action="submit")
    assert again.status_code == 303
    sheet = _sheet_of(world, "member1")
    assert sheet.total == Decimal("87.75") and sheet.recommendation == "recognize" and sheet.comment == "Mô hình tốt"
    html = client.get(_url(world)).get_data(as_text=True)
    assert "đã được nộp và bị khóa" in html


@pytest.mark.parametrize(("points", "bad_code"), [
    ({**GOOD_POINTS, "results": "26"}, "results"),
    ({**GOOD_POINTS, "method": "-1"}, "method"),
    ({**GOOD_POINTS, "participation": "mười"}, "participation"),
    ({**GOOD_POINTS, "replicability": "7,125"}, "replicability"),
    ({**GOOD_POINTS, "sustainability": ""}, "sustainability"),
    ({**GOOD_POINTS, "political_task": "1e999"}, "political_task"),
    ({**GOOD_POINTS, "political_task": "NaN"}, "political_task"),
    ({**GOOD_POINTS, "political_task": "9" * 500}, "political_task"),
])
def test_bad_points_on_submit_give_a_message_beside_the_field_and_write_nothing(client, login, world, points,
                                                                                 bad_code):
    login(world.people["member1"])
    response = _post(client, world, points=points, action="submit")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert f'id="score-{bad_code}-error"' in html
    assert html.count("invalid-feedback d-block") == 1, "only the bad criterion is marked"
    assert _sheet_count() == 0


def test_submitting_without_a_recommendation_or_points_marks_each_field(client, login, world):
    login(world.people["member1"])
    response = _post(client, world, points={}, recommendation="", action="submit")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    for code in GOOD_POINTS:
        assert f'id="score-{code}-error"' in html
    assert "Vui lòng chọn đề xuất." in html
    assert _sheet_count() == 0


def test_a_draft_keeps_its_values_when_a_bad_submit_is_refused(client, login, world):
    login(world.people["member1"])
    _post(client, world, points={"results": "20"}, recommendation="")
    response = _post(client, world, points={**GOOD_POINTS, "results": "99"}, action="submit")
    assert response.status_code == 200
    assert 'value="99"' in response.get_data(as_text=True), "the member's typing is shown again"
    sheet = _sheet_of(world, "member1")
    assert sheet.status == "draft" and sheet.total == Decimal("20")
    assert [score.points for score in sheet.scores] == [Decimal("20")]


def test_an_unknown_recommendation_or_a_huge_comment_is_refused(client, login, world):
    login(world.people["member1"])
    assert _post(client, world, recommendation="teleport", action="submit").status_code == 200
    assert _post(client, world, comment="x" * 6000, action="submit").status_code == 200
    assert _sheet_count() == 0


@pytest.mark.parametrize("data", [
    {},
    {"action": "submit"},
    {"score-results": ["1", "2"], "recommendation": ["recognize", "reject"], "action": "submit"},
    {"score-results": "\x00", "comment": "\x00<script>", "recommendation": "\x00"},
    {"points": "1e999", "page": "abc", "version": "-1"},
])
def test_malformed_posts_never_give_a_server_error(client, login, world, data):
    login(world.people["member1"])
    response = client.post(_url(world), data=data)
    assert response.status_code in (200, 303)
    assert _sheet_of(world, "member1") is None or _sheet_of(world, "member1").status == "draft"


def test_nul_characters_in_the_comment_are_dropped_rather_than_failing(client, login, world):
    login(world.people["member1"])
    assert _post(client, world, comment="Tốt\x00 lắm").status_code == 303
    assert _sheet_of(world, "member1").comment == "Tốt lắm"


def test_the_running_total_is_computed_on_the_server_for_a_sheet_being_corrected(client, login, world):
    login(world.people["member1"])
    response = _post(client, world, points={**GOOD_POINTS, "results": ""}, action="submit")
    html = response.get_data(as_text=True)
    assert "65,5" in html  # 87.75 - 22.25


def test_a_closed_initiative_shows_the_sheet_read_only_and_refuses_a_post(client, login, world):
    score(world, "member1", 70)
    world.initiative.status = "evaluated"
    db.session.commit()
    login(world.people["member1"])
    html = client.get(_url(world)).get_data(as_text=True)
    assert 'name="score-results"' not in html
    assert 'data-standing="closed"' in html
    response = _post(client, world, points={code: "1" for code in GOOD_POINTS}, action="submit")
    assert response.status_code == 303
    assert _sheet_of(world, "member1").total == Decimal("70")
    assert "Việc thẩm định mô hình này đã kết thúc: không thể thay đổi phiếu chấm điểm nữa." in \
        client.get(_url(world)).get_data(as_text=True)


def test_a_closed_initiative_without_my_sheet_refuses_a_first_post(client, login, world):
    world.initiative.status = "returned"
    db.session.commit()
    login(world.people["member2"])
    assert _post(client, world, action="submit").status_code == 303
    assert _sheet_count() == 0
