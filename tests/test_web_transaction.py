"""One service call through the transaction helper: committed on success, rolled back and explained on refusal."""

import click
import pytest
from flask import get_flashed_messages
from sqlalchemy import func, select

from api.models import ApiRateWindow
from api.problems import ApiProblem
from registry.admin.forms import FieldForm
from registry.extensions import db
from registry.models import Field
from registry.refusals import Refused
from registry.roles import ROLE_OFFICER
from tests.workflow_world import build_council_world
from web.transaction import api_commit, cli_commit, commit_or_refuse, commit_then_redirect
from workflows.scoring.models import RubricCriterion
from workflows.scoring.service import DEFAULT_RUBRIC


def _refuse(message, field=None, reason="rule"):
    db.session.add(Field(name="Tạm", code="TAM"))
    db.session.flush()
    raise Refused(message, reason, field)


def test_a_refusal_naming_a_field_is_shown_beside_it_and_nothing_is_written(app):
    with app.test_request_context(method="POST"):
        form = FieldForm()
        assert commit_or_refuse(lambda: _refuse("Mã đã có", "code"), form) == (False, None)
        assert form.code.errors == ["Mã đã có"]
        assert db.session.scalar(select(Field)) is None


def test_a_refusal_naming_no_field_becomes_a_flash(app):
    with app.test_request_context(method="POST"):
        form = FieldForm()
        assert commit_or_refuse(lambda: _refuse("Không có quyền"), form)[0] is False
        assert get_flashed_messages(with_categories=True) == [("danger", "Không có quyền")]


def test_a_refused_change_flashes_no_success_and_stays_on_the_page(app):
    with app.test_request_context(method="POST"):
        answer = commit_then_redirect(lambda: _refuse("Không có quyền"), None, lambda _r: "Đã lưu.", lambda _r: "/x")
        assert answer is None
        assert get_flashed_messages(with_categories=True) == [("danger", "Không có quyền")]
        assert db.session.scalar(select(Field)) is None


def test_a_saved_change_flashes_its_message_and_redirects(app):
    with app.test_request_context(method="POST"):
        answer = commit_then_redirect(lambda: db.session.add(Field(name="Kinh tế", code="KT")), None,
                                      lambda _r: "Đã lưu.", lambda _r: "/admin/fields")
        assert answer.status_code == 302 and answer.location == "/admin/fields"
        assert get_flashed_messages(with_categories=True) == [("success", "Đã lưu.")]
        assert db.session.scalar(select(func.count(Field.id))) == 1


def test_success_commits_and_returns_the_result(app, make):
    with app.test_request_context(method="POST"):
        saved, field = commit_or_refuse(lambda: make.field("Kinh tế", "KT"), FieldForm())
        assert saved and field.code == "KT"
    db.session.rollback()
    assert db.session.scalar(select(Field.code)) == "KT"


def test_the_api_answers_a_refusal_with_a_problem_and_writes_nothing(app):
    with app.test_request_context("/api/v1/anything", method="POST"):
        with pytest.raises(ApiProblem) as problem:
            api_commit(lambda: _refuse("Không có quyền", "name"))
        assert problem.value.status == 409
        assert problem.value.errors == {"/name": "Không có quyền"}
    assert db.session.scalar(select(Field)) is None


def test_a_refusal_reason_sets_the_api_status(app):
    with app.test_request_context("/api/v1/anything", method="POST"):
        for reason, status in (("right", 403), ("data", 422), ("stale", 409), ("state", 409), ("rule", 409)):
            with pytest.raises(ApiProblem) as problem:
                api_commit(lambda reason=reason: _refuse("Không được", reason=reason))
            assert problem.value.status == status and problem.value.reason == reason


def test_the_cli_answers_a_refusal_with_a_click_error_and_writes_nothing(app):
    with pytest.raises(click.ClickException) as error:
        cli_commit(lambda: _refuse("Cây đơn vị trống"))
    assert error.value.message == "Cây đơn vị trống"
    assert db.session.scalar(select(Field)) is None


def test_reading_a_score_sheet_never_writes_the_rubric(api, make):
    world = build_council_world(make)
    db.session.commit()
    sheet = api.get(f"/initiatives/{world.initiative.id}/score-sheet", world.people["chair"])
    assert sheet.status_code == 200 and len(sheet.get_json()["criteria"]) == len(DEFAULT_RUBRIC)
    assert db.session.scalar(select(func.count()).select_from(RubricCriterion)) == 0
    scores = {criterion["code"]: 1 for criterion in sheet.get_json()["criteria"]}
    saved = api.call("PUT", f"/initiatives/{world.initiative.id}/score-sheet", world.people["chair"],
                     json={"scores": scores, "recommendation": "recognize", "comment": "", "submit": False})
    assert saved.status_code == 200
    assert db.session.scalar(select(func.count()).select_from(RubricCriterion)) == len(DEFAULT_RUBRIC)


def test_the_rate_limit_counts_a_request_that_is_refused(api, make):
    user = make.user(ROLE_OFFICER)
    assert api.post("/initiatives", user, json={}).status_code in (403, 422)
    assert api.get("/me").status_code == 401
    db.session.rollback()
    assert db.session.scalar(select(func.sum(ApiRateWindow.count))) == 2
