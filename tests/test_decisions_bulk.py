"""Bulk decisions: the chair's and secretary's table, the staff's commendations, and what is refused."""

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Initiative
from tests.workflow_world import build_council_world, score
from workflows.councils.service import assign
from workflows.models import Commendation, TransitionLog

DECISION = {"decision_number": "20-QĐ/BDVTU", "decision_date": "15/10/2026", "decision_issuer": ""}


def _council_world(make, totals=(90, 85, 30)):
    """A council (chair, secretary, one member) with one evaluated initiative per total in `totals`."""
    world = build_council_world(make, members=1)
    initiatives = [world.initiative]
    for _ in totals[1:]:
        extra = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered")
        assign(world.people["staff"], world.council, [extra])
        initiatives.append(extra)
    for initiative, total in zip(initiatives, totals, strict=True):
        recommendation = "exemplary" if total >= 50 else "reject"
        for seat in ("chair", "secretary", "member1"):
            score(world, seat, total, recommendation, initiative=initiative)
        initiative.status = "evaluated"
    db.session.commit()
    return world, initiatives


def _statuses(initiatives) -> list[str]:
    db.session.expire_all()
    return [db.session.get(Initiative, initiative.id).status for initiative in initiatives]


def _bulk(client, ids, action, **fields):
    return client.post("/decisions/bulk", data={"initiative_ids": [str(i) for i in ids], "action": action,
                                                **fields})


def test_chair_sees_evaluated_initiatives_with_their_results(client, make, login):
    world, initiatives = _council_world(make)
    login(world.people["chair"])
    page = client.get("/decisions/bulk").get_data(as_text=True)
    for initiative in initiatives:
        assert initiative.code in page and f'value="{initiative.id}"' in page
    assert "3 / 2" in page and ">90<" in page and ">30<" in page
    assert '<option value="recognize">' in page and '<option value="commend">' not in page
    registered = client.get("/decisions/bulk?status=registered").get_data(as_text=True)
    assert initiatives[0].code not in registered


def test_bulk_recognition_moves_the_passing_and_reports_the_failure(client, make, login):
    world, initiatives = _council_world(make)
    login(world.people["chair"])
    response = _bulk(client, [i.id for i in initiatives], "recognize", **DECISION)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert _statuses(initiatives) == ["recognized", "recognized", "evaluated"]
    assert f'data-refused="{initiatives[2].id}"' in page and "Chưa đạt điều kiện công nhận" in page
    assert f'data-done="{initiatives[0].id}"' in page
    logs = db.session.scalars(select(TransitionLog).where(TransitionLog.trigger == "recognize")).all()
    assert sorted(log.initiative_id for log in logs) == sorted(i.id for i in initiatives[:2])
    assert {log.decision_number for log in logs} == {"20-QĐ/BDVTU"}


def test_bulk_reject_needs_a_reason_and_moves_nothing_without_it(client, make, login):
    world, initiatives = _council_world(make, totals=(30, 20))
    login(world.people["chair"])
    response = _bulk(client, [i.id for i in initiatives], "reject", **DECISION, comment="")
    assert response.status_code == 200
    assert "Vui lòng nêu lý do." in response.get_data(as_text=True)
    assert _statuses(initiatives) == ["evaluated", "evaluated"]
    _bulk(client, [i.id for i in initiatives], "reject", **DECISION, comment="Không đạt yêu cầu")
    assert _statuses(initiatives) == ["not_recognized", "not_recognized"]


def test_secretary_completes_evaluations_in_bulk_but_may_not_recognize(client, make, login):
    world, initiatives = _council_world(make, totals=(90, 60))
    for initiative in initiatives:
        initiative.status = "registered"
    db.session.commit()
    login(world.people["secretary"])
    page = client.get("/decisions/bulk").get_data(as_text=True)
    assert initiatives[0].code in page and '<option value="recognize">' not in page
    assert _bulk(client, [initiatives[0].id], "recognize", **DECISION).status_code == 200
    assert _statuses(initiatives) == ["registered", "registered"]
    _bulk(client, [i.id for i in initiatives], "complete_evaluation")
    assert _statuses(initiatives) == ["evaluated", "evaluated"]


def test_staff_commend_and_revoke_in_bulk(client, make, login):
    world, initiatives = _council_world(make, totals=(90, 85))
    for initiative in initiatives:
        initiative.status = "exemplary"
    db.session.commit()
    login(world.people["staff"])
    page = client.get("/decisions/bulk").get_data(as_text=True)
    assert initiatives[0].code in page and '<option value="commend">' in page
    _bulk(client, [initiatives[0].id], "commend", form_id=str(world.form.id), recipient_kind="collective",
          **DECISION)
    assert _statuses(initiatives) == ["commended", "exemplary"]
    commendation = db.session.scalars(select(Commendation)).one()
    assert commendation.issuer == "Chủ tịch UBND tỉnh"
    _bulk(client, [i.id for i in initiatives], "revoke", comment="Không còn hiệu quả", **DECISION)
    assert _statuses(initiatives) == ["revoked", "revoked"]


def test_invisible_and_junk_ids_change_nothing_and_are_reported(client, make, login):
    world, initiatives = _council_world(make, totals=(90,))
    elsewhere = make.initiative(unit=make.unit("Tỉnh khác", level="province"), status="evaluated")
    db.session.commit()
    login(world.people["chair"])
    response = client.post("/decisions/bulk", data={
        "initiative_ids": [str(elsewhere.id), "999999", "abc", "-3", "1e9"], "action": "recognize", **DECISION})
    assert response.status_code == 200
    assert "2 mô hình được chọn không tồn tại" in response.get_data(as_text=True)
    assert _statuses([elsewhere, *initiatives]) == ["evaluated", "evaluated"]
    assert db.session.scalar(select(func.count()).select_from(TransitionLog)) == 0


@pytest.mark.parametrize("fields", [
    {"action": "recognize", **DECISION, "decision_date": "31/02/2026"},
    {"action": "recognize", **DECISION, "decision_date": "abc"},
    {"action": "teleport", **DECISION},
    {"action": "commend", **DECISION},
    {"action": "recognize", **DECISION, "decision_number": ""},
])
def test_bad_bulk_input_is_refused_without_change(client, make, login, fields):
    world, initiatives = _council_world(make, totals=(90,))
    login(world.people["chair"])
    response = client.post("/decisions/bulk", data={"initiative_ids": [str(initiatives[0].id)], **fields})
    assert response.status_code == 200
    assert "is-invalid" in response.get_data(as_text=True)
    assert _statuses(initiatives) == ["evaluated"]


def test_junk_filters_in_a_bulk_post_are_ignored(client, make, login):
    world, initiatives = _council_world(make, totals=(90,))
    login(world.people["chair"])
    response = client.post("/decisions/bulk", data={
        "initiative_ids": [str(initiatives[0].id)], "action": "recognize", **DECISION,
        "page": "abc", "council": "x", "status": "nonsense", "scope": "god"})
    assert response.status_code == 200
    assert _statuses(initiatives) == ["recognized"]
    assert client.get("/decisions/bulk?page=abc&council=x&status=nonsense&scope=god").status_code == 200


def test_empty_selection_is_refused(client, make, login):
    world, initiatives = _council_world(make, totals=(90,))
    login(world.people["chair"])
    response = client.post("/decisions/bulk", data={"action": "recognize", **DECISION})
    assert "Vui lòng chọn ít nhất một mô hình." in response.get_data(as_text=True)
    assert _statuses(initiatives) == ["evaluated"]


@pytest.mark.parametrize("persona", ["officer", "viewer"])
def test_officers_and_viewers_cannot_reach_the_bulk_page(client, make, login, persona):
    world, initiatives = _council_world(make, totals=(90,))
    login(world.people[persona])
    assert client.get("/decisions/bulk").status_code == 403
    assert _bulk(client, [initiatives[0].id], "recognize", **DECISION).status_code == 403
    assert _statuses(initiatives) == ["evaluated"]


def test_a_plain_member_sees_no_council_to_decide_for_and_cannot_act(client, make, login):
    world, initiatives = _council_world(make, totals=(90,))
    login(world.people["member1"])
    page = client.get("/decisions/bulk").get_data(as_text=True)
    assert "Bạn không phải là chủ tịch hay thư ký" in page and initiatives[0].code not in page
    _bulk(client, [initiatives[0].id], "recognize", **DECISION)
    assert _statuses(initiatives) == ["evaluated"]


def test_menu_offers_decisions_to_council_members_and_staff(client, make, login):
    world, _initiatives = _council_world(make, totals=(90,))
    login(world.people["chair"])
    assert 'href="/decisions/bulk"' in client.get("/").get_data(as_text=True)


def test_staff_see_only_their_subtree(client, make, login):
    world, initiatives = _council_world(make, totals=(90,))
    initiatives[0].status = "exemplary"
    db.session.commit()
    login(world.people["outside_staff"])
    assert initiatives[0].code not in client.get("/decisions/bulk").get_data(as_text=True)
    _bulk(client, [initiatives[0].id], "commend", form_id=str(world.form.id), recipient_kind="collective",
          **DECISION)
    assert _statuses(initiatives) == ["exemplary"]
