"""The decision page: the computed result, each decision recorded through the service, access and bad input."""

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Initiative
from tests.workflow_world import build_council_world, score
from workflows.models import Commendation, TransitionLog
from workflows.transitions import fire


def _page(initiative) -> str:
    return f"/decisions/initiatives/{initiative.id}"


def _decide(client, initiative, trigger, version=None, **fields):
    """Post one decision form as the page does: fields prefixed by the trigger's name."""
    data = {"trigger": trigger, f"{trigger}-version": str(initiative.version if version is None else version)}
    data.update({f"{trigger}-{name}": value for name, value in fields.items()})
    return client.post(_page(initiative), data=data)


def _history_count(initiative) -> int:
    return db.session.scalar(select(func.count()).select_from(TransitionLog)
                             .where(TransitionLog.initiative_id == initiative.id))


def _status(initiative) -> str:
    db.session.expire_all()
    return db.session.get(Initiative, initiative.id).status


def _scored_world(make, status="registered", total=90, recommendation="exemplary", seats=3):
    """A council of chair, secretary and one member; `seats` of them have submitted their sheets."""
    world = build_council_world(make, members=1)
    for seat in ("chair", "secretary", "member1")[:seats]:
        score(world, seat, total, recommendation)
    world.initiative.status = status
    db.session.commit()
    return world


DECISION = {"decision_number": "12-QĐ/BDVTU", "decision_date": "15/10/2026",
            "decision_issuer": "Ban Tuyên giáo và Dân vận Tỉnh ủy"}


def test_secretary_is_refused_before_the_quorum_then_completes_the_evaluation(client, make, login):
    world = _scored_world(make, seats=1)
    login(world.people["secretary"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert "Chưa đủ số phiếu" in page
    response = _decide(client, world.initiative, "complete_evaluation")
    assert response.status_code == 200
    assert "mới có 1/2 phiếu chấm điểm được nộp" in response.get_data(as_text=True)
    assert _status(world.initiative) == "registered"
    assert _history_count(world.initiative) == 0

    score(world, "secretary", 90, "exemplary")
    db.session.commit()
    response = _decide(client, world.initiative, "complete_evaluation")
    assert response.status_code == 302
    assert _status(world.initiative) == "evaluated"


def test_chair_sees_the_computed_result_and_the_rules(app, client, make, login):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people["chair"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert world.initiative.code in page and world.initiative.title in page
    assert 'data-result="eligible">3<' in page
    assert 'data-result="submitted">3 / 2<' in page
    assert 'data-result="average">90<' in page
    assert 'data-result="votes">3 / 3<' in page
    assert "Đủ số phiếu" in page and "Đạt điều kiện công nhận" in page and "Đạt điều kiện tiêu biểu" in page
    assert 'name="recognize-decision_number"' in page and 'name="reject-comment"' in page
    issuer = app.config["STEERING_BODY_NAME"]
    assert f'name="recognize-decision_issuer" type="text" value="{issuer}"' in page


def test_chair_recognizes_then_selects_as_exemplary_with_decisions(client, make, login):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people["chair"])
    response = _decide(client, world.initiative, "recognize", **DECISION)
    assert response.status_code == 302
    assert _status(world.initiative) == "recognized"
    log = db.session.scalars(select(TransitionLog).where(TransitionLog.trigger == "recognize")).one()
    assert (log.decision_number, log.decision_date.isoformat()) == ("12-QĐ/BDVTU", "2026-10-15")

    initiative = db.session.get(Initiative, world.initiative.id)
    response = _decide(client, initiative, "select_exemplary", **{**DECISION, "decision_number": "13-QĐ/BDVTU"})
    assert response.status_code == 302
    assert _status(world.initiative) == "exemplary"
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert "12-QĐ/BDVTU" in page and "13-QĐ/BDVTU" in page and "15/10/2026" in page


def test_issuer_left_empty_becomes_the_steering_body(app, client, make, login):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people["chair"])
    _decide(client, world.initiative, "recognize", **{**DECISION, "decision_issuer": ""})
    log = db.session.scalars(select(TransitionLog)).one()
    assert log.decision_issuer == app.config["STEERING_BODY_NAME"]


def test_reject_needs_a_reason_shown_beside_the_field(client, make, login):
    world = _scored_world(make, status="evaluated", total=30, recommendation="reject")
    login(world.people["chair"])
    response = _decide(client, world.initiative, "reject", **DECISION, comment="")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert 'id="reject-comment"' in page and "is-invalid" in page and "Vui lòng nêu lý do." in page
    assert _status(world.initiative) == "evaluated"
    assert _history_count(world.initiative) == 0

    response = _decide(client, world.initiative, "reject", **DECISION, comment="Kết quả chưa rõ")
    assert response.status_code == 302
    assert _status(world.initiative) == "not_recognized"


def test_recognition_refused_when_the_rule_fails(client, make, login):
    world = _scored_world(make, status="evaluated", total=30, recommendation="reject")
    login(world.people["chair"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert "Không đạt điều kiện công nhận" in page
    assert 'name="recognize-decision_number"' not in page
    response = _decide(client, world.initiative, "recognize", **DECISION)
    assert response.status_code == 200
    assert _status(world.initiative) == "evaluated"


def test_staff_commend_with_a_form_and_an_individual(client, make, login):
    world = _scored_world(make, status="exemplary", total=90)
    world.initiative.subject_type = "individual"
    world.initiative.individual_name = "Lò Thị Mai"
    db.session.commit()
    login(world.people["staff"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert "Lò Thị Mai" in page and world.form.name in page
    response = _decide(client, world.initiative, "commend", form_id=str(world.form.id), decision_issuer="",
                       decision_number="99-QĐ/UBND", decision_date="14/10/2026", recipient_kind="individual",
                       recipient_name="")
    assert response.status_code == 302
    assert _status(world.initiative) == "commended"
    commendation = db.session.scalars(select(Commendation)).one()
    assert (commendation.form_id, commendation.issuer, commendation.recipient_name) == (
        world.form.id, "Chủ tịch UBND tỉnh", "Lò Thị Mai")
    assert "99-QĐ/UBND" in client.get(_page(world.initiative)).get_data(as_text=True)


def test_staff_revoke_with_reason_and_decision(client, make, login):
    world = _scored_world(make, status="recognized", total=90)
    login(world.people["staff"])
    response = _decide(client, world.initiative, "revoke", decision_number="", decision_date="", comment="")
    assert response.status_code == 200
    assert _status(world.initiative) == "recognized"
    response = _decide(client, world.initiative, "revoke", **DECISION, comment="Kê khai không trung thực")
    assert response.status_code == 302
    assert _status(world.initiative) == "revoked"
    log = db.session.scalars(select(TransitionLog)).one()
    assert log.comment == "Kê khai không trung thực" and log.decision_number == "12-QĐ/BDVTU"


def test_stale_version_is_refused_and_nothing_is_written(client, make, login):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people["chair"])
    stale = world.initiative.version - 1
    response = _decide(client, world.initiative, "recognize", version=stale, **DECISION)
    assert response.status_code == 409
    assert "người khác thay đổi" in response.get_data(as_text=True)
    assert _status(world.initiative) == "evaluated"
    assert _history_count(world.initiative) == 0


@pytest.mark.parametrize("fields", [
    {**DECISION, "decision_date": "31/02/2026"},
    {**DECISION, "decision_date": "abc"},
    {**DECISION, "decision_number": "x" * 500},
    {**DECISION, "decision_issuer": "y" * 5000},
    {**DECISION, "comment": "z" * 6000},
])
def test_bad_decision_input_is_refused_without_change(client, make, login, fields):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people["chair"])
    response = _decide(client, world.initiative, "recognize", **fields)
    assert response.status_code == 200
    assert "is-invalid" in response.get_data(as_text=True)
    assert _status(world.initiative) == "evaluated"
    assert _history_count(world.initiative) == 0


@pytest.mark.parametrize("form_id", ["999999", "abc", "", "-1", "1" * 40])
def test_unknown_commendation_form_is_refused(client, make, login, form_id):
    world = _scored_world(make, status="exemplary", total=90)
    login(world.people["staff"])
    response = _decide(client, world.initiative, "commend", form_id=form_id, decision_number="1-QĐ",
                       decision_date="14/10/2026", recipient_kind="collective")
    assert response.status_code == 200
    assert "Vui lòng chọn hình thức khen thưởng." in response.get_data(as_text=True)
    assert _status(world.initiative) == "exemplary"
    assert db.session.scalar(select(func.count()).select_from(Commendation)) == 0


@pytest.mark.parametrize("trigger", ["teleport", "submit", "withdraw", ""])
def test_unknown_or_foreign_triggers_change_nothing(client, make, login, trigger):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people["chair"])
    response = client.post(_page(world.initiative), data={"trigger": trigger, "version": "1"})
    assert response.status_code == 302
    assert _status(world.initiative) == "evaluated"


def test_decision_of_another_state_redirects_with_a_message(client, make, login):
    world = _scored_world(make, status="registered", total=90)
    login(world.people["chair"])
    response = _decide(client, world.initiative, "recognize", **DECISION)
    assert response.status_code == 302
    assert _status(world.initiative) == "registered"


@pytest.mark.parametrize("persona", ["member1", "officer", "viewer"])
def test_members_officers_and_viewers_are_refused(client, make, login, persona):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people[persona])
    assert client.get(_page(world.initiative)).status_code == 403
    assert _decide(client, world.initiative, "recognize", **DECISION).status_code == 403
    assert _status(world.initiative) == "evaluated"


@pytest.mark.parametrize("persona", ["other_officer", "outside_staff"])
def test_strangers_get_404(client, make, login, persona):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people[persona])
    assert client.get(_page(world.initiative)).status_code == 404
    assert _decide(client, world.initiative, "recognize", **DECISION).status_code == 404
    assert client.get("/decisions/initiatives/999999").status_code == 404
    assert _status(world.initiative) == "evaluated"


def test_secretary_may_not_recognize(client, make, login):
    world = _scored_world(make, status="evaluated", total=90)
    login(world.people["secretary"])
    assert client.get(_page(world.initiative)).status_code == 200
    assert _decide(client, world.initiative, "recognize", **DECISION).status_code == 403
    assert _status(world.initiative) == "evaluated"


def test_decision_link_shows_only_to_those_who_may_decide(app, make):
    world = _scored_world(make, status="evaluated", total=90)
    from flask_login import login_user

    template = app.jinja_env.get_template("decisions/_link.html")
    for persona, shown in (("chair", True), ("member1", False), ("staff", False)):
        with app.test_request_context():
            login_user(world.people[persona])
            app.update_template_context(context := {"initiative": world.initiative})
            html = template.render(context)
        assert ("/decisions/initiatives/" in html) is shown, persona


def test_history_lists_only_decisions(client, make, login):
    world = _scored_world(make, status="registered", total=90)
    fire(world.initiative, "complete_evaluation", world.people["secretary"], comment="Đủ phiếu")
    db.session.commit()
    login(world.people["chair"])
    page = client.get(_page(world.initiative)).get_data(as_text=True)
    assert "Chưa có quyết định nào" in page


def test_with_csrf_on_the_decision_form_posts_with_its_token_and_not_without(app, client, make, login):
    import re

    world = _scored_world(make, status="evaluated", total=90)
    login(world.people["chair"])
    app.config["WTF_CSRF_ENABLED"] = True
    try:
        page = client.get(_page(world.initiative)).get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
        assert _decide(client, world.initiative, "recognize", **DECISION).status_code == 400
        assert _status(world.initiative) == "evaluated"
        data = {"csrf_token": token, "trigger": "recognize", "recognize-version": str(world.initiative.version),
                **{f"recognize-{name}": value for name, value in DECISION.items()}}
        assert client.post(_page(world.initiative), data=data).status_code == 302
        assert _status(world.initiative) == "recognized"
    finally:
        app.config["WTF_CSRF_ENABLED"] = False
