"""Decision rules at their thresholds: quorum, recognition, exemplary."""

from decimal import Decimal

import pytest

from registry.refusals import Refused
from tests.workflow_world import build_council_world, score
from workflows.councils.service import declare_conflict
from workflows.rules import evaluate, quorum_needed
from workflows.transitions import fire


@pytest.mark.parametrize(("eligible", "needed"), [(1, 1), (2, 2), (3, 2), (4, 3), (5, 4), (6, 4), (9, 6)])
def test_quorum_is_two_thirds_rounded_up(eligible, needed):
    assert quorum_needed(eligible, 2, 3) == needed


def test_secretary_cannot_close_before_quorum(make):
    world = build_council_world(make)  # 5 seats: quorum 4
    for seat in ("member1", "member2", "member3"):
        score(world, seat, 70)
    with pytest.raises(Refused) as refused:
        fire(world.initiative, "complete_evaluation", world.people["secretary"])
    assert refused.value.reason == "rule"
    score(world, "chair", 70)
    fire(world.initiative, "complete_evaluation", world.people["secretary"])
    assert world.initiative.status == "evaluated"


def test_a_declared_conflict_lowers_the_quorum(make):
    world = build_council_world(make, members=1)  # 3 seats: quorum 2
    declare_conflict(world.seats["member1"], world.initiative, "Người thân là chủ nhiệm mô hình")
    score(world, "chair", 60)
    assert evaluate(world.initiative).quorum_needed == 2
    score(world, "secretary", 60)
    assert evaluate(world.initiative).has_quorum


def test_member_of_the_initiatives_own_unit_does_not_score(make):
    world = build_council_world(make, members=1)
    world.seats["member1"].home_unit = world.commune  # the initiative's unit lies under it
    assert evaluate(world.initiative).eligible == 2
    from registry.refusals import Refused

    with pytest.raises(Refused):
        score(world, "member1", 60)


def _evaluated(make, totals, recommendations):
    world = build_council_world(make, members=len(totals) - 2)
    seats = ["chair", "secretary"] + [f"member{i}" for i in range(1, len(totals) - 1)]
    for seat, total, recommendation in zip(seats, totals, recommendations, strict=True):
        score(world, seat, total, recommendation)
    fire(world.initiative, "complete_evaluation", world.people["secretary"])
    return world


def test_recognition_needs_exactly_the_average_threshold(make):
    world = _evaluated(make, [50, 50, 50], ["recognize"] * 3)
    assert evaluate(world.initiative).average == Decimal("50.00")
    fire(world.initiative, "recognize", world.people["chair"], **world.inputs())
    assert world.initiative.status == "recognized"


def test_recognition_refused_just_below_the_threshold(make):
    world = _evaluated(make, [50, 50, 49], ["recognize"] * 3)
    with pytest.raises(Refused) as refused:
        fire(world.initiative, "recognize", world.people["chair"], **world.inputs())
    assert refused.value.reason == "rule"
    assert world.initiative.status == "evaluated"


def test_recognition_needs_more_than_half_of_the_sheets(make):
    world = _evaluated(make, [90, 90, 90, 90], ["recognize", "exemplary", "reject", "reject"])
    with pytest.raises(Refused):  # 2 of 4 is not more than half
        fire(world.initiative, "recognize", world.people["chair"], **world.inputs())


def test_exemplary_refused_just_below_the_exemplary_average(make):
    world = _evaluated(make, [80, 80, 79], ["exemplary"] * 3)
    fire(world.initiative, "recognize", world.people["chair"], **world.inputs())
    with pytest.raises(Refused) as refused:
        fire(world.initiative, "select_exemplary", world.people["chair"], **world.inputs())
    assert refused.value.reason == "rule"
    assert world.initiative.status == "recognized"


def test_exemplary_at_exactly_the_exemplary_average(make):
    world = _evaluated(make, [80, 80, 80], ["exemplary"] * 3)
    fire(world.initiative, "recognize", world.people["chair"], **world.inputs())
    fire(world.initiative, "select_exemplary", world.people["chair"], **world.inputs())
    assert world.initiative.status == "exemplary"


def test_thresholds_are_campaign_settings(make):
    world = build_council_world(make, members=1)
    world.initiative.campaign.recognition_min_average = Decimal(70)
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, 65)
    fire(world.initiative, "complete_evaluation", world.people["chair"])
    with pytest.raises(Refused):
        fire(world.initiative, "recognize", world.people["chair"], **world.inputs())
