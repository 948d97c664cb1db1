"""Access to score sheets (seats only, 403 / 404 as due) and conflicts of interest."""

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.roles import ROLE_COUNCIL
from tests.workflow_world import build_council_world
from workflows.councils.models import ConflictDeclaration
from workflows.councils.service import create_council, seat_member
from workflows.rules import evaluate
from workflows.scoring.models import ScoreSheet


def _urls(world):
    base = f"/scoring/initiatives/{world.initiative.id}"
    return base, f"{base}/conflict"


def _count(model):
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def world(make):
    world = build_council_world(make)
    db.session.commit()
    return world


def test_a_member_of_another_council_gets_404(client, login, make, world):
    other = create_council(world.people["staff"], "Hội đồng khác", world.initiative.campaign, world.province, [])
    outsider = make.user(ROLE_COUNCIL, unit=world.province, email="outsider@example.vn")
    seat_member(world.people["staff"], other, outsider, "member", None)
    db.session.commit()
    login(outsider)
    sheet_url, conflict_url = _urls(world)
    # Another council's initiative is not theirs to read (issue #15 §3): it does not exist for them.
    assert client.get(sheet_url).status_code == 404
    assert client.post(sheet_url, data={"action": "submit"}).status_code == 404
    assert client.post(conflict_url, data={"reason": "x"}).status_code == 404
    assert _count(ScoreSheet) == 0 and _count(ConflictDeclaration) == 0


@pytest.mark.parametrize("persona", ["other_officer", "outside_staff"])
def test_a_stranger_gets_404(client, login, world, persona):
    login(world.people[persona])
    sheet_url, conflict_url = _urls(world)
    assert client.get(sheet_url).status_code == 404
    assert client.post(sheet_url, data={"action": "save"}).status_code == 404
    assert client.post(conflict_url, data={"reason": "x"}).status_code == 404


def test_the_staff_who_see_the_model_without_a_seat_get_403(client, login, world):
    login(world.people["staff"])
    assert client.get(_urls(world)[0]).status_code == 403


@pytest.mark.parametrize("initiative_id", ["999999", "99999999999999999999999"])
def test_an_unknown_initiative_gives_404(client, login, world, initiative_id):
    login(world.people["member1"])
    assert client.get(f"/scoring/initiatives/{initiative_id}").status_code == 404


def test_anonymous_visitors_are_sent_to_sign_in(client, world):
    for url in ("/scoring/", _urls(world)[0]):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response.headers["Location"]


def test_declaring_a_conflict_removes_the_duty_and_lowers_the_quorum(client, login, world):
    before = evaluate(world.initiative)
    login(world.people["member1"])
    sheet_url, conflict_url = _urls(world)
    assert "Đường hoa" in client.get("/scoring/?show=all").get_data(as_text=True)
    response = client.post(conflict_url, data={"reason": "Vợ tôi là chủ nhiệm mô hình"})
    assert response.status_code == 303
    db.session.expire_all()
    after = evaluate(world.initiative)
    assert (before.eligible, before.quorum_needed) == (5, 4)
    assert (after.eligible, after.quorum_needed) == (4, 3)
    assert "Đường hoa" not in client.get("/scoring/?show=all").get_data(as_text=True)
    html = client.get(sheet_url).get_data(as_text=True)
    assert 'data-standing="conflict"' in html and "Vợ tôi là chủ nhiệm mô hình" in html
    assert 'name="score-results"' not in html


def test_after_a_conflict_the_member_can_no_longer_score(client, login, world):
    login(world.people["member1"])
    sheet_url, conflict_url = _urls(world)
    client.post(conflict_url, data={"reason": "Người thân"})
    response = client.post(sheet_url, data={"score-results": "20", "action": "save"})
    assert response.status_code == 303
    assert _count(ScoreSheet) == 0


def test_a_conflict_reason_with_nul_characters_is_kept_without_them(client, login, world):
    login(world.people["member1"])
    assert client.post(_urls(world)[1], data={"reason": "Người\x00 thân"}).status_code == 303
    assert db.session.scalar(select(ConflictDeclaration.reason)) == "Người thân"


def test_a_conflict_needs_a_reason(client, login, world):
    login(world.people["member1"])
    response = client.post(_urls(world)[1], data={"reason": "   "})
    assert response.status_code == 200
    assert "Vui lòng nêu lý do." in response.get_data(as_text=True)
    assert _count(ConflictDeclaration) == 0


def test_a_conflict_cannot_be_declared_after_submitting(client, login, world):
    from tests.workflow_world import score

    score(world, "member1", 60)
    db.session.commit()
    login(world.people["member1"])
    client.post(_urls(world)[1], data={"reason": "Người thân"})
    assert _count(ConflictDeclaration) == 0


def test_a_member_of_the_models_own_unit_sees_why_they_do_not_score_it(client, login, make, world):
    insider = make.user(ROLE_COUNCIL, unit=world.province, email="insider@example.vn")
    seat_member(world.people["staff"], world.council, insider, "member", world.commune)
    db.session.commit()
    login(insider)
    html = client.get(_urls(world)[0]).get_data(as_text=True)
    assert 'data-standing="own-unit"' in html and world.commune.name in html
    assert 'name="score-results"' not in html
    assert "Đường hoa" not in client.get("/scoring/?show=all").get_data(as_text=True)
    assert client.post(_urls(world)[0], data={"action": "save"}).status_code == 303
    assert _count(ScoreSheet) == 0


def test_with_csrf_on_the_sheet_forms_carry_their_token_and_a_bare_post_is_refused(app, client, login, world):
    login(world.people["member1"])
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        html = client.get(_urls(world)[0]).get_data(as_text=True)
        assert html.count('name="csrf_token"') >= 3  # the sheet, the conflict declaration, the sign-out
        assert client.post(_urls(world)[0], data={"action": "save"}).status_code == 400
        assert client.post(_urls(world)[1], data={"reason": "x"}).status_code == 400
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
    assert _count(ScoreSheet) == 0 and _count(ConflictDeclaration) == 0
