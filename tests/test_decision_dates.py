"""Decision dates: never in the future (Vietnam's day), never before the step of the history they follow."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Initiative
from registry.refusals import Refused
from tests.workflow_world import FULL_INPUTS, TODAY_VN, build_council_world, score
from workflows.machine import TRIGGERS_BY_NAME, T
from workflows.models import TransitionLog
from workflows.transitions import fire

#: 20/11/2026 18:00 UTC is already 21/11/2026 in Vietnam (UTC+7): the registration's day is the 21st.
SUBMITTED_AT = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def _log(world, trigger, from_status, to_status, decision_date=None, created_at=SUBMITTED_AT):
    """Write one history row as if the step had been taken then."""
    db.session.add(TransitionLog(initiative=world.initiative, trigger=trigger, from_status=from_status,
                                 to_status=to_status, actor_id=world.people["staff"].id, comment="",
                                 decision_number="1-QĐ" if decision_date else "", decision_date=decision_date,
                                 created_at=created_at))


def _evaluated_world(make):
    """An initiative submitted on 21/11/2026 (Vietnam), scored by its council and evaluated."""
    world = build_council_world(make, members=1)
    _log(world, T.submit, "draft", "registered")
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, 90, "exemplary")
    _log(world, T.complete_evaluation, "registered", "evaluated", created_at=SUBMITTED_AT + timedelta(days=2))
    world.initiative.status = "evaluated"
    db.session.commit()
    return world


def _refusal(world, trigger, actor, day) -> Refused:
    with pytest.raises(Refused) as caught:
        fire(world.initiative, trigger, world.people[actor], **{**world.inputs(), "decision_date": day})
    db.session.rollback()
    return caught.value


def test_a_decision_dated_in_the_future_is_refused(make):
    world = _evaluated_world(make)
    refusal = _refusal(world, T.recognize, "chair", TODAY_VN + timedelta(days=1))
    assert refusal.reason == "data"
    assert refusal.fields["decision_date"] == (
        f"Ngày quyết định không được sau ngày hôm nay ({TODAY_VN:%d/%m/%Y}).")


def test_recognition_is_not_dated_before_the_vietnam_day_of_submission(make):
    world = _evaluated_world(make)
    refusal = _refusal(world, T.recognize, "chair", date(2026, 11, 20))
    assert refusal.fields["decision_date"] == (
        "Ngày quyết định không được trước ngày gửi đăng ký 21/11/2026.")
    fire(world.initiative, T.recognize, world.people["chair"],
         **{**world.inputs(), "decision_date": date(2026, 11, 21)})
    assert world.initiative.status == "recognized"


RECOGNIZED = (T.recognize, "evaluated", "recognized", date(2026, 11, 24))
EXEMPLARY = (T.select_exemplary, "recognized", "exemplary", date(2026, 11, 26))


@pytest.mark.parametrize(("history", "trigger", "actor", "named"), [
    ([RECOGNIZED], T.select_exemplary, "chair", "“Đã công nhận” ngày 24/11/2026"),
    ([RECOGNIZED, EXEMPLARY], T.commend, "staff", "“Tiêu biểu” ngày 26/11/2026"),
    ([RECOGNIZED], T.revoke, "staff", "“Đã công nhận” ngày 24/11/2026"),
])
def test_a_decision_is_not_dated_before_the_decision_it_follows(make, history, trigger, actor, named):
    world = _evaluated_world(make)
    for step, from_status, to_status, decided in history:
        _log(world, step, from_status, to_status, decision_date=decided)
    world.initiative.status = history[-1][2]
    db.session.commit()
    last = history[-1][3]
    refusal = _refusal(world, trigger, actor, last - timedelta(days=1))
    assert refusal.fields["decision_date"] == f"Ngày quyết định không được trước quyết định {named}."
    fire(world.initiative, trigger, world.people[actor], **{**world.inputs(), "decision_date": last})
    assert world.initiative.status == TRIGGERS_BY_NAME[trigger].dest


def _history_count(initiative) -> int:
    return db.session.scalar(select(func.count()).select_from(TransitionLog)
                             .where(TransitionLog.initiative_id == initiative.id))


def test_the_decision_page_shows_the_reason_beside_the_date(client, make, login):
    world = _evaluated_world(make)
    login(world.people["chair"])
    response = client.post(f"/decisions/initiatives/{world.initiative.id}", data={
        "trigger": "recognize", "recognize-version": str(world.initiative.version),
        "recognize-decision_number": "12-QĐ", "recognize-decision_date": "19/11/2026"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "is-invalid" in page and "trước ngày gửi đăng ký 21/11/2026" in page
    db.session.expire_all()
    assert db.session.get(Initiative, world.initiative.id).status == "evaluated"
    assert _history_count(world.initiative) == 2


def test_the_bulk_decision_page_shows_the_reason(client, make, login):
    world = _evaluated_world(make)
    login(world.people["chair"])
    future = TODAY_VN + timedelta(days=3)
    response = client.post("/decisions/bulk", data={
        "initiative_ids": [str(world.initiative.id)], "action": "recognize", "decision_number": "12-QĐ",
        "decision_date": f"{future:%d/%m/%Y}", "decision_issuer": ""})
    page = response.get_data(as_text=True)
    assert "không được sau ngày hôm nay" in page
    db.session.expire_all()
    assert db.session.get(Initiative, world.initiative.id).status == "evaluated"


def test_the_api_refuses_the_date_with_its_reason(api, make):
    world = _evaluated_world(make)
    response = api.post(f"/initiatives/{world.initiative.id}/transitions", world.people["chair"],
                        json={"trigger": "recognize", "decision_number": "12-QĐ", "decision_date": "2026-11-01"})
    assert response.status_code == 422
    errors = response.get_json()["errors"]
    assert any(error["pointer"] == "/decision_date" and "21/11/2026" in error["detail"] for error in errors), errors
    assert FULL_INPUTS["decision_date"] == TODAY_VN
