"""The workflow service: the only way to change a status, with reasons for every refusal."""

import pytest

from registry.refusals import Refused
from registry.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_STAFF
from workflows.models import TransitionLog
from workflows.transitions import allowed_triggers, fire


def _history(initiative):
    from sqlalchemy import select

    from registry.extensions import db

    return list(db.session.scalars(select(TransitionLog).where(TransitionLog.initiative_id == initiative.id)))


def test_officer_submits_a_complete_draft(make):
    initiative = make.initiative()
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    log = fire(initiative, "submit", officer)
    assert initiative.status == "registered"
    assert initiative.submitted_at is not None
    assert (log.from_status, log.to_status, log.actor_id) == ("draft", "registered", officer.id)
    assert len(_history(initiative)) == 1


def test_incomplete_dossier_cannot_be_submitted(make):
    initiative = make.initiative(complete=False)
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    with pytest.raises(Refused) as refused:
        fire(initiative, "submit", officer)
    assert refused.value.reason == "data"
    assert initiative.status == "draft"
    assert _history(initiative) == []


def test_officer_of_another_unit_cannot_submit(make):
    initiative = make.initiative()
    stranger = make.user(ROLE_OFFICER)
    with pytest.raises(Refused) as refused:
        fire(initiative, "submit", stranger)
    assert refused.value.reason == "right"


def test_administrator_does_not_act_in_the_workflow(make):
    initiative = make.initiative()
    admin = make.user(ROLE_ADMIN, unit=initiative.unit)
    assert allowed_triggers(initiative, admin) == []


def test_trigger_from_the_wrong_state_is_refused(make):
    initiative = make.initiative(status="withdrawn")
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    with pytest.raises(Refused) as refused:
        fire(initiative, "submit", officer)
    assert refused.value.reason == "state"


def test_staff_return_needs_a_reason_and_officer_resubmits(make):
    province = make.unit("Tỉnh", level="province")
    initiative = make.initiative(unit=make.unit(parent=province), status="registered")
    staff = make.user(ROLE_STAFF, unit=province)
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    with pytest.raises(Refused) as refused:
        fire(initiative, "return_for_revision", staff, comment="  ")
    assert refused.value.reason == "data"
    fire(initiative, "return_for_revision", staff, comment="Bổ sung chỉ tiêu")
    assert initiative.status == "returned"
    assert [spec.name for spec in allowed_triggers(initiative, officer)] == ["resubmit", "withdraw"]
    fire(initiative, "resubmit", officer)
    assert initiative.status == "registered"
    assert [row.trigger for row in _history(initiative)] == ["return_for_revision", "resubmit"]


def test_stale_version_is_refused(make):
    initiative = make.initiative()
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    with pytest.raises(Refused) as refused:
        fire(initiative, "withdraw", officer, expected_version=initiative.version + 1)
    assert refused.value.reason == "stale"
    assert initiative.status == "draft"


def test_unknown_trigger_is_refused(make):
    initiative = make.initiative()
    officer = make.user(ROLE_OFFICER, unit=initiative.unit)
    with pytest.raises(Refused):
        fire(initiative, "teleport", officer)
