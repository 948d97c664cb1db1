"""The bulk path of the initiatives import writes what the former step-by-step path wrote, and undoes it."""

import io
from datetime import datetime, time
from zoneinfo import ZoneInfo

import pytest
from flask import current_app
from flask_babel import force_locale
from sqlalchemy import func, select

from onboarding import service
from onboarding.columns import INITIATIVE_COLUMNS, SHEET_NAMES
from onboarding.initiatives import check_initiatives
from onboarding.models import KIND_INITIATIVES
from onboarding.reader import read_rows
from registry.extensions import db
from registry.models import Indicator, Initiative
from registry.models.base import as_utc
from reports import summary
from tests.import_files import workbook_bytes, workbook_stream
from tests.test_import_initiatives import row
from tests.test_import_initiatives import world as world  # noqa: F401 (the fixture)
from workflows.cli import status_mismatches
from workflows.machine import INITIAL_STATE, STATES
from workflows.models import Commendation, TransitionLog
from workflows.transitions import fire_imported

REASON = next(column.header for column in INITIATIVE_COLUMNS if column.key == "reason")


@pytest.fixture(autouse=True)
def _english():
    """Compare the messages in English."""
    with force_locale("en"):
        yield


def one_row_per_status() -> list[list]:
    """Return a model of each status the sheet allows, with the decisions and reasons its path asks for."""
    return [row(**{"Mã mô hình": f"DVK-2024-{number + 100:06d}", "Trạng thái đạt được": str(label),
                   REASON: "Chưa đạt yêu cầu."})
            for number, label in enumerate(STATES.values())]


def stepwise(planned, actor) -> None:
    """The former path, kept as the reference: each initiative through the ORM, each step through fire_imported."""
    zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])
    for planned_row in planned:
        initiative = Initiative(code=planned_row.code, title=planned_row.title, unit_id=planned_row.unit_id,
                                campaign_id=planned_row.campaign_id, field_id=planned_row.field_id,
                                status=INITIAL_STATE, created_by_id=actor.id, **planned_row.dossier)
        if planned_row.indicator:
            name, unit_of_measure, target, actual = planned_row.indicator
            initiative.indicators.append(Indicator(name=name, unit_of_measure=unit_of_measure, target=target,
                                                   actual=actual, position=0))
        db.session.add(initiative)
        db.session.flush()
        day = planned_row.registered_on
        for spec, inputs in planned_row.steps:
            day = inputs.get("decision_date") or day
            fire_imported(initiative, spec.name, actor, None, datetime.combine(day, time(12), zone), **inputs)


def snapshot() -> dict:
    """Return every imported fact keyed by the initiative's code (ids, clocks and lock counters left out)."""
    db.session.flush()
    db.session.expire_all()
    left_out = {"id", "created_at", "updated_at", "version"}
    facts = {}
    for initiative in db.session.scalars(select(Initiative).order_by(Initiative.code)):
        columns = {column.key: getattr(initiative, column.key) for column in Initiative.__table__.columns
                   if column.key not in left_out}
        logs = [(log.trigger, log.from_status, log.to_status, log.actor_id, log.comment, log.decision_number,
                 log.decision_date, log.decision_issuer, as_utc(log.created_at), log.import_batch_id is None)
                for log in db.session.scalars(select(TransitionLog).where(TransitionLog.initiative_id == initiative.id)
                                              .order_by(TransitionLog.id))]
        commendations = [(item.form_id, item.issuer, item.decision_number, item.decision_date, item.recipient_kind,
                          item.recipient_name, item.recorded_by_id)
                         for item in db.session.scalars(select(Commendation)
                                                        .where(Commendation.initiative_id == initiative.id))]
        indicators = [(item.name, item.unit_of_measure, item.target, item.actual, item.position)
                      for item in initiative.indicators]
        facts[initiative.code] = (columns, logs, commendations, indicators)
    connection = db.session.connection()
    facts["summaries"] = [summary.stored_counts(connection, basis) for basis in summary.BASES]
    return facts


def test_the_bulk_path_writes_the_same_initiatives_history_and_summaries_as_the_step_by_step_one(world):
    content = workbook_bytes(KIND_INITIATIVES, one_row_per_status())
    report, planned = check_initiatives(read_rows(io.BytesIO(content), SHEET_NAMES[KIND_INITIATIVES],
                                                  INITIATIVE_COLUMNS), world)
    assert report.errors == [] and len(planned) == len(STATES)
    savepoint = db.session.begin_nested()
    stepwise(planned, world)
    before = snapshot()
    savepoint.rollback()
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Initiative)) == 0

    _batch, report = service.run_import(KIND_INITIATIVES, io.BytesIO(content), "m.xlsx", world,
                                        commit=True)
    assert report.errors == [] and report.new == len(STATES)
    after = snapshot()
    # The step-by-step reference wrote no batch; the bulk path marks every history row with it.
    assert after.pop("summaries") == before.pop("summaries")
    assert sorted(after) == sorted(before) and len(before) == len(STATES)
    for code, (columns, logs, commendations, indicators) in before.items():
        assert after[code] == (columns, [(*log[:-1], False) for log in logs], commendations, indicators), code
    assert sum(summary.stored_counts(db.session.connection())[0].values()) > 0
    assert summary.differences(db.session.connection()) == []  # `flask reports verify` holds
    assert status_mismatches() == []


def test_the_dry_run_writes_nothing_and_reports_a_decision_dated_before_the_registration(world):
    rows = [row(), row(**{"Mã mô hình": "DVK-2024-000013", "Ngày quyết định thứ nhất": "01/03/2024"})]
    _batch, report = service.dry_run(KIND_INITIATIVES, workbook_stream(KIND_INITIATIVES, rows), "m.xlsx", world)
    assert [(error.row, error.message) for error in report.errors] == [
        (3, "The decision date cannot be before the registration was submitted on 15/03/2024.")]
    for model in (Initiative, TransitionLog, Commendation, Indicator):
        assert db.session.scalar(select(func.count()).select_from(model)) == 0, model
    assert summary.stored_counts(db.session.connection()) == (summary.Counter(), summary.Counter())


def test_undo_takes_back_the_bulk_rows_and_their_counts(world):
    batch, _report = service.run_import(KIND_INITIATIVES, workbook_stream(KIND_INITIATIVES, one_row_per_status()),
                                        "m.xlsx", world, commit=True)
    assert db.session.scalar(select(func.count()).select_from(TransitionLog)) > 0
    service.undo(batch, world)
    for model in (Initiative, TransitionLog, Commendation, Indicator):
        assert db.session.scalar(select(func.count()).select_from(model)) == 0, model
    assert summary.stored_counts(db.session.connection()) == (summary.Counter(), summary.Counter())
    assert summary.differences(db.session.connection()) == []


def test_twenty_thousand_initiatives_through_the_cli(world, runner, tmp_path):
    statuses = ["Đã đăng ký", "Đã công nhận", "Đã khen thưởng", "Không công nhận"]
    rows = [row(**{"Mã mô hình": f"DVK-2023-{number + 1:06d}", "Tên mô hình": f"Mô hình số {number}",
                   "Trạng thái đạt được": statuses[number % 4], REASON: "Chưa đạt yêu cầu."})
            for number in range(20000)]
    path = tmp_path / "initiatives.xlsx"
    path.write_bytes(workbook_bytes(KIND_INITIATIVES, rows))
    db.session.commit()
    result = runner.invoke(args=["import", "initiatives", str(path), "--commit"])
    assert result.exit_code == 0, result.output
    assert "20000 row(s) read: 20000 new, 0 already there, 0 with errors." in result.output
    db.session.expire_all()
    assert db.session.scalar(select(func.count()).select_from(Initiative)) == 20000
    # registered 1 step, recognized 3, commended 5, not recognized 3: 12 per four rows
    assert db.session.scalar(select(func.count()).select_from(TransitionLog)) == 12 * 5000
    assert db.session.scalar(select(func.count()).select_from(Commendation)) == 5000
    assert summary.differences(db.session.connection()) == []
