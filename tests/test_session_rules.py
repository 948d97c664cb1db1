"""Issue #12 §1: deliberation rules — quorum of those present, the share, conflicts, mode switch, who votes."""

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.models.campaigns import EVALUATION_DELIBERATION, EVALUATION_SCORING
from registry.refusals import Refused
from tests.session_world import deliberation_world, hold_session, vote
from tests.workflow_world import build_council_world, score
from workflows.councils.service import declare_conflict
from workflows.machine import S, T
from workflows.rules import evaluate
from workflows.scoring.models import ScoreSheet
from workflows.scoring.service import ensure_rubric
from workflows.sessions.models import VOTE_AGREE, VOTE_DISAGREE, VOTE_OTHER, SessionVote
from workflows.sessions.modes import evaluation_started, save_evaluation_mode
from workflows.transitions import fire, refusal_reason


def _all_vote(world, session, choices):
    for seat, choice in choices.items():
        vote(world, session, seat, choice)


def test_the_quorum_counts_those_present_and_needs_all_their_votes(make):
    world = deliberation_world(make)  # 5 seats, quorum 2/3: 4 must be present
    session = hold_session(world, present=("chair", "secretary", "member1"))
    _all_vote(world, session, {"chair": VOTE_AGREE, "secretary": VOTE_AGREE, "member1": VOTE_AGREE})
    refusal = refusal_reason(world.initiative, T.complete_evaluation, world.people["secretary"])
    assert refusal is not None and "phiên họp có 3/4 thành viên cần có mặt" in refusal.message

    session = hold_session(world, present=("chair", "secretary", "member1", "member2"), place="Phòng họp số 2")
    _all_vote(world, session, {"chair": VOTE_AGREE, "secretary": VOTE_AGREE, "member1": VOTE_AGREE})
    refusal = refusal_reason(world.initiative, T.complete_evaluation, world.people["secretary"])
    assert refusal is not None and "3/4 thành viên có mặt đã biểu quyết" in refusal.message
    vote(world, session, "member2", VOTE_OTHER)
    result = evaluate(world.initiative)
    assert (result.by_vote, result.session_id, result.present, result.submitted) == (True, session.id, 4, 4)
    fire(world.initiative, T.complete_evaluation, world.people["secretary"])
    assert world.initiative.status == S.evaluated


def test_recognition_needs_more_than_half_of_those_present_by_default(make):
    world = deliberation_world(make)
    session = hold_session(world, present=("chair", "secretary", "member1", "member2"))
    _all_vote(world, session, {"chair": VOTE_AGREE, "secretary": VOTE_AGREE, "member1": VOTE_DISAGREE,
                               "member2": VOTE_OTHER})
    fire(world.initiative, T.complete_evaluation, world.people["secretary"])
    refusal = refusal_reason(world.initiative, T.recognize, world.people["chair"])
    assert refusal is not None and "2/4 thành viên có mặt đồng ý (cần trên 1/2)" in refusal.message
    # "reject" has no rule: the same guard as in scoring mode.
    assert refusal_reason(world.initiative, T.reject, world.people["chair"]) is None


def test_the_share_is_a_campaign_setting_at_least_or_more_than(make):
    world = deliberation_world(make)
    campaign = world.initiative.campaign
    save_evaluation_mode(world.people["staff"], campaign, EVALUATION_DELIBERATION, 1, 2, False)
    session = hold_session(world, present=("chair", "secretary", "member1", "member2"))
    _all_vote(world, session, {"chair": VOTE_AGREE, "secretary": VOTE_AGREE, "member1": VOTE_DISAGREE,
                               "member2": VOTE_DISAGREE})
    assert evaluate(world.initiative).meets_recognition_rule  # 2 of 4 is "at least 1/2"
    campaign.vote_share_strict = True
    assert not evaluate(world.initiative).meets_recognition_rule  # but not "more than 1/2"
    campaign.vote_share_numerator, campaign.vote_share_denominator = 1, 3
    assert evaluate(world.initiative).meets_recognition_rule  # more than 1/3


def test_a_vote_is_changed_before_closing_and_locked_after(make):
    world = deliberation_world(make)
    session = hold_session(world, present=("chair", "secretary", "member1", "member2"))
    _all_vote(world, session, {"chair": VOTE_AGREE, "secretary": VOTE_AGREE, "member1": VOTE_DISAGREE,
                               "member2": VOTE_DISAGREE})
    assert not evaluate(world.initiative).meets_recognition_rule
    vote(world, session, "member1", VOTE_AGREE, comment="Đã xem lại minh chứng")
    assert db.session.scalar(select(func.count()).select_from(SessionVote)) == 4  # changed, not added
    assert evaluate(world.initiative).agree_votes == 3
    fire(world.initiative, T.complete_evaluation, world.people["chair"])
    with pytest.raises(Refused, match="không thể thay đổi phiếu biểu quyết"):
        vote(world, session, "member1", VOTE_DISAGREE)
    fire(world.initiative, T.recognize, world.people["chair"], decision_number="5-QĐ/BDVTU",
         decision_date=session.held_on)
    assert world.initiative.status == S.recognized


def test_only_members_present_vote(make):
    world = deliberation_world(make)
    session = hold_session(world, present=("chair", "secretary", "member1", "member2"))
    with pytest.raises(Refused, match="Chỉ thành viên có mặt"):
        vote(world, session, "member3")
    with pytest.raises(Refused, match="Chỉ thành viên hội đồng"):
        vote(world, session, "officer")
    # An absent member's vote recorded earlier no longer counts once they are marked absent.
    assert db.session.scalar(select(func.count()).select_from(SessionVote)) == 0


def test_a_member_with_a_declared_conflict_does_not_vote_nor_count(make):
    world = deliberation_world(make)
    declare_conflict(world.seats["member2"], world.initiative, "Người thân ở đơn vị")
    session = hold_session(world)
    with pytest.raises(Refused, match="xung đột lợi ích"):
        vote(world, session, "member2")
    _all_vote(world, session, {"chair": VOTE_AGREE, "secretary": VOTE_AGREE, "member1": VOTE_DISAGREE,
                               "member3": VOTE_AGREE})
    result = evaluate(world.initiative)
    assert (result.eligible, result.present, result.submitted, result.agree_votes) == (4, 4, 4, 3)
    assert result.has_quorum and result.meets_recognition_rule


def test_exemplary_needs_the_same_share_proposing_it(make):
    world = deliberation_world(make)
    session = hold_session(world, present=("chair", "secretary", "member1", "member2"))
    for seat, exemplary in [("chair", True), ("secretary", True), ("member1", False), ("member2", False)]:
        vote(world, session, seat, VOTE_AGREE, exemplary=exemplary)
    vote(world, session, "member2", VOTE_DISAGREE, exemplary=True)  # "exemplary" means nothing without agreeing
    fire(world.initiative, T.complete_evaluation, world.people["chair"])
    inputs = {"decision_number": "7-QĐ/BDVTU", "decision_date": session.held_on}
    fire(world.initiative, T.recognize, world.people["chair"], **inputs)
    refusal = refusal_reason(world.initiative, T.select_exemplary, world.people["chair"])
    assert refusal is not None and "2/4 thành viên có mặt đề nghị tiêu biểu" in refusal.message
    vote_row = db.session.scalar(select(SessionVote).where(SessionVote.member_id == world.seats["member2"].id))
    assert vote_row.exemplary is False


def test_no_session_means_no_deliberation(make):
    world = deliberation_world(make)
    refusal = refusal_reason(world.initiative, T.complete_evaluation, world.people["chair"])
    assert refusal is not None and "chưa có trong chương trình phiên họp nào" in refusal.message


def test_scoring_mode_ignores_votes_and_keeps_its_sheets_rule(make):
    world = build_council_world(make)
    ensure_rubric(world.initiative.campaign)
    for seat in ("chair", "secretary", "member1", "member2"):
        score(world, seat, 70)
    result = evaluate(world.initiative)
    assert (result.by_vote, result.average) == (False, Decimal("70.00"))
    assert result.meets_recognition_rule


def test_changing_the_mode_is_refused_once_evaluation_started(make):
    world = deliberation_world(make)
    campaign = world.initiative.campaign
    save_evaluation_mode(world.people["staff"], campaign, EVALUATION_SCORING, 1, 2, True)  # nothing started yet
    save_evaluation_mode(world.people["staff"], campaign, EVALUATION_DELIBERATION, 2, 3, False)
    session = hold_session(world)
    assert not evaluation_started(campaign)
    vote(world, session, "chair")
    assert evaluation_started(campaign)
    with pytest.raises(Refused, match="không thể thay đổi hình thức quyết định") as refused:
        save_evaluation_mode(world.people["staff"], campaign, EVALUATION_SCORING, 1, 2, True)
    assert refused.value.reason == "state"
    # The share may still change; the mode may be saved unchanged.
    save_evaluation_mode(world.people["staff"], campaign, EVALUATION_DELIBERATION, 3, 4, False)
    assert (campaign.vote_share_numerator, campaign.vote_share_denominator) == (3, 4)


def test_the_share_is_validated(make):
    world = deliberation_world(make)
    campaign = world.initiative.campaign
    with pytest.raises(Refused, match="Không thể đạt “trên” toàn bộ"):
        save_evaluation_mode(world.people["staff"], campaign, EVALUATION_DELIBERATION, 2, 2, True)
    with pytest.raises(Refused, match="từ 1/10 đến 10/10"):
        save_evaluation_mode(world.people["staff"], campaign, EVALUATION_DELIBERATION, 3, 2, False)
    with pytest.raises(Refused) as refused:
        save_evaluation_mode(world.people["chair"], campaign, EVALUATION_SCORING, 1, 2, True)
    assert refused.value.reason == "right"


def test_score_sheets_are_refused_in_deliberation_mode(make):
    world = deliberation_world(make)
    ensure_rubric(world.initiative.campaign)
    with pytest.raises(Refused) as refused:
        score(world, "member1", 70)
    assert refused.value.reason == "state"
    assert db.session.scalar(select(func.count()).select_from(ScoreSheet)) == 0


def test_a_campaign_deciding_by_vote_asks_nobody_for_score_sheets(make):
    from workflows.scoring.queue import member_queue

    world = deliberation_world(make)
    assert member_queue(world.people["member1"]) == []
    world.initiative.campaign.evaluation_mode = EVALUATION_SCORING
    assert [row.initiative for queue in member_queue(world.people["member1"]) for row in queue.rows] == [
        world.initiative]


def test_a_seat_that_voted_stays_on_the_council(make):
    from workflows.councils.service import remove_member

    world = deliberation_world(make)
    vote(world, hold_session(world), "member1")
    with pytest.raises(Refused):
        remove_member(world.people["staff"], world.seats["member1"])
    remove_member(world.people["staff"], world.seats["member3"])  # who never voted may go


def test_a_closed_model_stays_on_the_agenda(make):
    from workflows.sessions.service import remove_from_agenda

    world = deliberation_world(make)
    session = hold_session(world)
    world.initiative.status = S.evaluated
    with pytest.raises(Refused) as refused:
        remove_from_agenda(world.people["staff"], session, session.agenda[0])
    assert refused.value.reason == "state" and len(session.agenda) == 1
