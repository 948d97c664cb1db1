"""Bulk decisions, revocation, history invariant, concurrency and the generated diagram."""

from pathlib import Path

import pytest
from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative
from registry.refusals import Refused
from tests.workflow_world import TODAY_VN, build_council_world, score
from workflows.cli import status_mismatches
from workflows.councils.service import assign
from workflows.diagram import markdown
from workflows.models import TransitionLog
from workflows.transitions import fire, fire_many

ROOT = Path(__file__).resolve().parents[1]


def _evaluated_world(make, total=90):
    world = build_council_world(make, members=1)
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, total, "exemplary")
    fire(world.initiative, "complete_evaluation", world.people["secretary"])
    return world


def test_bulk_recognition_moves_those_that_pass_and_reports_the_others(make):
    world = _evaluated_world(make)
    weak = make.initiative(unit=world.unit, campaign=world.initiative.campaign, status="registered")
    assign(world.people["staff"], world.council, [weak])
    for seat in ("chair", "secretary", "member1"):
        score(world, seat, 30, "reject", initiative=weak)
    fire(weak, "complete_evaluation", world.people["secretary"])
    outcome = fire_many([world.initiative, weak], "recognize", world.people["chair"], **world.inputs())
    assert outcome.done == [world.initiative]
    assert [(item, refusal.reason) for item, refusal in outcome.refused] == [(weak, "rule")]
    assert (world.initiative.status, weak.status) == ("recognized", "evaluated")


def test_revoke_needs_a_reason_and_a_decision_and_records_them(make):
    world = _evaluated_world(make)
    fire(world.initiative, "recognize", world.people["chair"], **world.inputs())
    with pytest.raises(Refused):
        fire(world.initiative, "revoke", world.people["staff"], comment="", decision_number="",
             decision_date=None)
    log = fire(world.initiative, "revoke", world.people["staff"], comment="Kê khai không trung thực",
               decision_number="45-QĐ/BDVTU", decision_date=TODAY_VN)  # not before the recognition
    assert world.initiative.status == "revoked"
    assert (log.decision_number, log.comment) == ("45-QĐ/BDVTU", "Kê khai không trung thực")


def test_history_invariant_holds_after_the_whole_path_and_catches_a_forged_status(make, runner):
    world = _evaluated_world(make)
    fire(world.initiative, "recognize", world.people["chair"], **world.inputs())
    fire(world.initiative, "select_exemplary", world.people["chair"], **world.inputs())
    fire(world.initiative, "commend", world.people["staff"], **world.inputs())
    db.session.commit()
    assert status_mismatches() == []
    assert runner.invoke(args=["check-integrity"]).exit_code == 0
    world.initiative.status = "recognized"  # written around the service
    db.session.commit()
    assert status_mismatches() == [(world.initiative.code, "recognized", "commended")]
    assert runner.invoke(args=["check-integrity"]).exit_code != 0


def test_two_sessions_acting_at_once_one_wins_the_other_is_told_to_reload(app, make):
    world = build_council_world(make, members=1)
    db.session.commit()
    initiative_id, officer_id, staff_id = world.initiative.id, world.people["officer"].id, world.people["staff"].id
    from registry.models import User

    with app.app_context():  # a second request: its own session and connection
        first = db.session.get(Initiative, initiative_id)
        with app.app_context():  # a third, reading the same version before the second commits
            second = db.session.get(Initiative, initiative_id)
            assert first.version == second.version
            staff = db.session.get(User, staff_id)
            with app.app_context():
                officer_session_initiative = db.session.get(Initiative, initiative_id)
                fire(officer_session_initiative, "withdraw", db.session.get(User, officer_id))
                db.session.commit()
            with pytest.raises(Refused) as refused:
                fire(second, "return_for_revision", staff, comment="Thiếu minh chứng")
            assert refused.value.reason == "stale"
            db.session.rollback()
    db.session.expire_all()
    reloaded = db.session.get(Initiative, initiative_id)
    assert reloaded.status == "withdrawn"
    triggers = db.session.scalars(select(TransitionLog.trigger).where(TransitionLog.initiative_id == initiative_id))
    assert list(triggers) == ["withdraw"]


def test_docs_workflow_diagram_is_generated_from_the_machine():
    assert (ROOT / "docs" / "workflow.md").read_text(encoding="utf-8") == markdown()


def test_help_page_explains_every_action_in_vietnamese(client, make, login):
    login(make.user("unit_officer"))
    page = client.get("/help/workflow").get_data(as_text=True)
    for words in ("Hoàn thành thẩm định", "Chủ tịch hội đồng", "Thư ký hội đồng", "đủ số phiếu chấm điểm"):
        assert words in page
    # It showed the Mermaid text with state and trigger names, developer text: officials see labels only.
    for code in ("stateDiagram-v2", "Mermaid"):
        assert code not in page
