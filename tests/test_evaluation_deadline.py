"""The evaluation deadline enforced on the server: submitted sheets and votes refused after it, unless extended."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from registry.deadlines import extend_deadline, local_today
from registry.extensions import db
from registry.models.deadlines import DEADLINE_EVALUATION
from registry.refusals import Refused
from tests.session_world import deliberation_world, hold_session, vote
from tests.workflow_world import council_world_with_rubric, score
from workflows.councils.service import assign
from workflows.outbox.models import OutboxMail
from workflows.scoring.models import ScoreSheet
from workflows.sessions.models import SessionVote


def _deadline_in(world, days):
    world.initiative.campaign.evaluation_deadline = local_today() + timedelta(days=days)
    db.session.commit()


@pytest.mark.parametrize("days", [0, 3])
def test_a_sheet_is_submitted_until_the_end_of_the_deadline_day(make, days):
    world = council_world_with_rubric(make)
    _deadline_in(world, days)
    assert score(world, "member1", 80).status == "submitted"


def test_after_the_deadline_a_sheet_is_refused_with_the_date_but_a_draft_is_saved(make):
    world = council_world_with_rubric(make)
    _deadline_in(world, -1)
    with pytest.raises(Refused) as refused:
        score(world, "member1", 80)
    yesterday = (local_today() - timedelta(days=1)).strftime("%d/%m/%Y")
    assert refused.value.reason == "state"
    assert yesterday in refused.value.message and "gia hạn" in refused.value.message
    db.session.rollback()
    assert score(world, "member1", 80, submit=False).status == "draft"


def test_an_extension_for_an_ancestor_reopens_submission_for_its_subtree_only(make):
    world = council_world_with_rubric(make)
    _deadline_in(world, -2)
    elsewhere = make.unit("Đảng ủy xã Tân Lập", parent=world.province)
    other = make.initiative(unit=elsewhere, campaign=world.initiative.campaign, status="registered")
    assign(world.people["staff"], world.council, [other])
    extend_deadline(world.people["staff"], world.initiative.campaign, DEADLINE_EVALUATION, world.commune,
                    local_today() + timedelta(days=5), "Bão số 3")
    db.session.commit()
    assert score(world, "member1", 80).status == "submitted", "the initiative's unit is under the commune"
    with pytest.raises(Refused):
        score(world, "member2", 70, initiative=other)


def test_the_api_answers_409_with_the_reason_after_the_deadline(api, make):
    world = council_world_with_rubric(make)
    _deadline_in(world, -1)
    url = f"/initiatives/{world.initiative.id}/score-sheet"
    member = world.people["member1"]
    criteria = api.get(url, member).get_json()["criteria"]
    full = {criterion["code"]: 1 for criterion in criteria}
    refused = api.call("PUT", url, member, json={"scores": full, "recommendation": "recognize", "submit": True})
    assert refused.status_code == 409 and "Đã hết hạn thẩm định" in refused.get_json()["detail"]
    draft = api.call("PUT", url, member, json={"scores": full, "recommendation": "recognize"})
    assert draft.status_code == 200 and draft.get_json()["status"] == "draft"
    db.session.expire_all()
    assert db.session.scalar(select(ScoreSheet)).status == "draft"


def test_votes_are_refused_after_the_deadline_unless_extended(make):
    world = deliberation_world(make)
    session = hold_session(world)
    _deadline_in(world, -1)
    with pytest.raises(Refused) as refused:
        vote(world, session, "member1")
    assert world.initiative.code in refused.value.message and "Đã hết hạn thẩm định" in refused.value.message
    db.session.rollback()
    assert db.session.scalar(select(SessionVote)) is None
    extend_deadline(world.people["staff"], world.initiative.campaign, DEADLINE_EVALUATION, None, local_today(),
                    "Gia hạn chung")
    db.session.commit()
    assert [row.choice for row in vote(world, session, "member1")]


def test_the_vote_page_refuses_after_the_deadline(make, client, login):
    world = deliberation_world(make)
    session = hold_session(world)
    _deadline_in(world, -1)
    login(world.people["member1"])
    url = f"/councils/sessions/{session.id}/vote"
    html = client.get(url).get_data(as_text=True)
    assert "Đã hết hạn thẩm định" in html and "deadline-badge" in html and "Ghi nhận phiếu biểu quyết" not in html
    assert client.post(url, data={f"choice-{world.initiative.id}": "agree"}).status_code == 400
    assert db.session.scalar(select(SessionVote)) is None


def test_the_sheet_page_shows_the_deadline_and_disables_submit_once_past(make, client, login):
    world = council_world_with_rubric(make)
    login(world.people["member1"])
    _deadline_in(world, 2)
    html = client.get(f"/scoring/initiatives/{world.initiative.id}").get_data(as_text=True)
    assert "deadline-badge" in html and "data-submit-closed" not in html
    _deadline_in(world, -1)
    html = client.get(f"/scoring/initiatives/{world.initiative.id}").get_data(as_text=True)
    assert "deadline-badge" in html and "data-submit-closed" in html and "Đã hết hạn thẩm định" in html
    assert 'aria-describedby="submit-closed"' in html


def _assignment_mails(make, by_vote):
    world = deliberation_world(make) if by_vote else council_world_with_rubric(make)
    _deadline_in(world, 10)
    other = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered")
    assign(world.people["staff"], world.council, [other])
    db.session.flush()
    return other, db.session.scalars(select(OutboxMail).where(OutboxMail.event == "assigned",
                                                              OutboxMail.initiative_id == other.id)).all()


def test_the_assignment_mail_asks_to_score_in_a_scoring_campaign(make):
    other, mails = _assignment_mails(make, by_vote=False)
    assert mails and all("chấm" in mail.subject for mail in mails)
    assert all(f"/scoring/initiatives/{other.id}" in mail.body_text for mail in mails)


def test_the_assignment_mail_asks_for_a_vote_at_the_session_in_a_deliberation_campaign(make):
    other, mails = _assignment_mails(make, by_vote=True)
    assert mails
    for mail in mails:
        assert "biểu quyết" in mail.subject and "biểu quyết tại phiên họp" in mail.body_text
        for body in (mail.subject, mail.body_text, mail.body_html):
            assert "chấm" not in body.lower() and "phiếu chấm" not in body.lower(), body
        assert f"/initiatives/{other.id}" in mail.body_text and "/scoring/" not in mail.body_text


def test_the_not_yet_assigned_filter_lists_what_the_home_page_asks_staff_to_assign(make, client, login):
    world = council_world_with_rubric(make)
    waiting = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered",
                              title="Chưa có hội đồng")
    db.session.commit()
    login(world.people["staff"])
    html = client.get("/initiatives/?unassigned=1").get_data(as_text=True)
    assert waiting.code in html and world.initiative.code not in html, "the assigned one is left out"
    assert 'name="unassigned" value="1" checked' in html
    everything = client.get("/initiatives/").get_data(as_text=True)
    assert waiting.code in everything and world.initiative.code in everything


def test_the_home_page_to_assign_section_links_its_see_all_to_the_filter(make, client, login, monkeypatch):
    world = council_world_with_rubric(make)
    for number in range(2):
        make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered",
                        title=f"Chờ giao {number}")
    db.session.commit()
    monkeypatch.setattr("workflows.worklist.LIMIT", 1)
    login(world.people["staff"])
    html = client.get("/").get_data(as_text=True)
    assert 'href="/initiatives/?unassigned=1"' in html
