"""Every (state, trigger) and every (persona, trigger) pair of the machine."""

import pytest
from sqlalchemy import func, select

from registry.extensions import db
from registry.refusals import Refused
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests.workflow_world import build_council_world, score
from workflows.machine import SEAT_CHAIR, SEAT_SECRETARY, STATES, TRIGGERS, TRIGGERS_BY_NAME
from workflows.models import Commendation, TransitionLog
from workflows.transitions import allowed_triggers, fire

#: The persona of the world holding each actor role of the machine.
PERSONA_OF_ACTOR = {ROLE_OFFICER: "officer", ROLE_STAFF: "staff", SEAT_CHAIR: "chair", SEAT_SECRETARY: "secretary"}
PERSONAS = ("officer", "other_officer", "staff", "outside_staff", "viewer", "admin", "chair", "secretary",
            "member1")


def _history_count(initiative):
    return db.session.scalar(select(func.count()).select_from(TransitionLog)
                             .where(TransitionLog.initiative_id == initiative.id))


def _world_where_every_rule_holds(make, status):
    world = build_council_world(make, members=1)
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, 90, "exemplary")
    world.initiative.status = status  # arranged directly: this test is about the machine itself
    db.session.flush()
    return world


@pytest.mark.parametrize("state", list(STATES))
@pytest.mark.parametrize("trigger", [spec.name for spec in TRIGGERS])
def test_every_state_and_trigger_pair(make, state, trigger):
    spec = TRIGGERS_BY_NAME[trigger]
    world = _world_where_every_rule_holds(make, state)
    actor = world.people[PERSONA_OF_ACTOR[spec.actors[0]]]
    before = _history_count(world.initiative)
    if state in spec.sources:
        log = fire(world.initiative, trigger, actor, **world.inputs())
        assert world.initiative.status == spec.dest
        assert (log.from_status, log.to_status, log.trigger) == (state, spec.dest, trigger)
        assert _history_count(world.initiative) == before + 1
    else:
        with pytest.raises(Refused) as refused:
            fire(world.initiative, trigger, actor, **world.inputs())
        assert refused.value.reason == "state"
        assert world.initiative.status == state
        assert _history_count(world.initiative) == before


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("trigger", [spec.name for spec in TRIGGERS])
def test_every_persona_and_trigger_pair(make, persona, trigger):
    spec = TRIGGERS_BY_NAME[trigger]
    world = _world_where_every_rule_holds(make, spec.sources[0])
    allowed = {PERSONA_OF_ACTOR[actor] for actor in spec.actors}
    actor = world.people[persona]
    assert (spec in allowed_triggers(world.initiative, actor)) == (persona in allowed)
    if persona in allowed:
        fire(world.initiative, trigger, actor, **world.inputs())
        assert world.initiative.status == spec.dest
    else:
        with pytest.raises(Refused) as refused:
            fire(world.initiative, trigger, actor, **world.inputs())
        assert refused.value.reason == "right"
        assert world.initiative.status == spec.sources[0]


@pytest.mark.parametrize(("trigger", "missing", "field"), [
    ("reject", "comment", "comment"),
    ("revoke", "comment", "comment"),
    ("revoke", "decision_number", "decision_number"),
    ("recognize", "decision_date", "decision_date"),
    ("commend", "form_id", "form_id"),
])
def test_required_inputs_are_named_in_the_refusal(make, trigger, missing, field):
    spec = TRIGGERS_BY_NAME[trigger]
    world = _world_where_every_rule_holds(make, spec.sources[0])
    inputs = world.inputs()
    inputs[missing] = None if missing in ("decision_date", "form_id") else ""
    with pytest.raises(Refused) as refused:
        fire(world.initiative, trigger, world.people[PERSONA_OF_ACTOR[spec.actors[0]]], **inputs)
    assert refused.value.reason == "data"
    assert field in refused.value.fields
    assert world.initiative.status == spec.sources[0]


def test_commend_records_the_commendation_and_the_decision(make):
    world = _world_where_every_rule_holds(make, "exemplary")
    world.initiative.individual_name = "Nguyễn Thị Hoa"
    inputs = {**world.inputs(), "recipient_kind": "individual", "decision_issuer": ""}
    log = fire(world.initiative, "commend", world.people["staff"], **inputs)
    commendation = db.session.scalar(select(Commendation))
    assert (commendation.form_id, commendation.issuer) == (world.form.id, "Chủ tịch UBND tỉnh")
    assert commendation.recipient_name == "Nguyễn Thị Hoa"
    assert log.decision_number == "12-QĐ/BDVTU"


def test_return_starts_a_new_round_and_keeps_the_old_sheets(make):
    world = _world_where_every_rule_holds(make, "registered")
    fire(world.initiative, "return_for_revision", world.people["secretary"], comment="Bổ sung minh chứng")
    assert world.initiative.evaluation_round == 2
    from workflows.rules import evaluate
    from workflows.scoring.models import ScoreSheet

    assert evaluate(world.initiative).submitted == 0
    assert db.session.scalar(select(func.count()).select_from(ScoreSheet)) == 3
