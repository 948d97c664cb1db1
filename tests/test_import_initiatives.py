"""Importing past campaigns: dossier, status reached and decisions become history marked with the batch."""

from decimal import Decimal

import pytest
from flask_babel import force_locale
from sqlalchemy import func, select

from onboarding import service
from onboarding.columns import INITIATIVE_COLUMNS
from onboarding.models import BATCH_UNDONE, KIND_INITIATIVES
from registry.codes import next_code
from registry.extensions import db
from registry.models import Initiative
from registry.refusals import Refused
from registry.roles import ROLE_ADMIN
from tests.import_files import workbook_stream
from workflows.cli import status_mismatches
from workflows.models import Commendation, CommendationForm, TransitionLog

HEADERS = [column.header for column in INITIATIVE_COLUMNS]


@pytest.fixture(autouse=True)
def _english():
    """Compare the messages in English (the Vietnamese catalog is checked by the page tests)."""
    with force_locale("en"):
        yield


@pytest.fixture
def world(make):
    root = make.unit("Tỉnh ủy Lam Hồng", level="province")
    root.code = "LH"
    commune = make.unit("Đảng ủy xã Tân Lập", parent=root)
    commune.code = "LH-X01"
    make.campaign(year=2024, name="Đợt 2024")
    make.field("Văn hóa – xã hội", "VHXH")
    form = db.session.scalar(select(CommendationForm).where(CommendationForm.name == "Giấy khen"))
    if form is None:  # the migration seeds it; the tests' cleaning empties the table
        form = CommendationForm(name="Giấy khen")
        db.session.add(form)
    form.default_issuer, form.is_active = "Ban Dân vận Tỉnh ủy Lam Hồng", True
    db.session.flush()
    return make.user(ROLE_ADMIN, root)


def row(**values) -> list:
    """Return a sheet row: a commended model of 2024 unless told otherwise."""
    base = {"Mã mô hình": "DVK-2024-000012", "Tên mô hình": "Tuyến đường hoa thôn Đông", "Mã đơn vị": "LH-X01",
            "Năm đợt": "2024", "Lĩnh vực": "VHXH", "Trạng thái đạt được": "Đã khen thưởng",
            "Ngày đăng ký": "15/03/2024", "Thực trạng, lý do": "Đường thôn hẹp.", "Chỉ tiêu": "Đường bê tông",
            "Đơn vị tính": "m", "Giá trị mục tiêu": "1.800", "Giá trị đạt được": "2.050,5",
            "Số quyết định thứ nhất": "12-QĐ/BDVTU", "Ngày quyết định thứ nhất": "20/06/2024",
            "Số quyết định thứ hai": "15-QĐ/BDVTU", "Ngày quyết định thứ hai": "01/07/2024",
            "Hình thức khen thưởng": "giấy khen", "Số quyết định khen thưởng": "30-QĐ/BDVTU",
            "Ngày quyết định khen thưởng": "10/09/2024"}
    base.update(values)
    return [base.get(header, "") for header in HEADERS]


def test_a_commended_model_comes_in_with_its_whole_history_marked_with_the_batch(world):
    batch, report = service.run_import(KIND_INITIATIVES, workbook_stream(KIND_INITIATIVES, [row()]), "m.xlsx",
                                       world, commit=True)
    assert report.errors == [] and report.new == 1
    initiative = db.session.scalar(select(Initiative).where(Initiative.code == "DVK-2024-000012"))
    assert initiative.situation == "Đường thôn hẹp." and initiative.unit.code == "LH-X01"
    assert initiative.indicators[0].target == Decimal("1800") and initiative.indicators[0].actual == Decimal("2050.5")
    history = list(db.session.scalars(select(TransitionLog).where(TransitionLog.initiative_id == initiative.id)
                                      .order_by(TransitionLog.id)))
    assert len(history) == 5 and all(log.import_batch_id == batch.id for log in history)
    assert history[-1].to_status == initiative.status
    assert [log.decision_number for log in history if log.decision_number] == [
        "12-QĐ/BDVTU", "15-QĐ/BDVTU", "30-QĐ/BDVTU"]
    commendation = db.session.scalar(select(Commendation))
    assert commendation.form.name == "Giấy khen" and commendation.issuer == "Ban Dân vận Tỉnh ủy Lam Hồng"
    assert status_mismatches() == []  # the history's integrity check holds
    assert next_code(2024) == "DVK-2024-000013"  # the counter moved past the imported code
    assert db.session.scalar(select(func.count()).select_from(
        select(TransitionLog).where(TransitionLog.import_batch_id.is_(None)).subquery())) == 0


def test_dates_that_do_not_exist_numbers_and_unknown_references_are_reported(world):
    rows = [row(**{"Mã mô hình": "A1", "Ngày đăng ký": "31/02/2024"}),
            row(**{"Mã mô hình": "A2", "Giá trị mục tiêu": "1,800"}),
            row(**{"Mã mô hình": "A3", "Năm đợt": "2019", "Lĩnh vực": "Không có", "Mã đơn vị": "NOPE"}),
            row(**{"Mã mô hình": "A4", "Trạng thái đạt được": "Đã bay", "Hình thức khen thưởng": "Huân chương"}),
            row(**{"Mã mô hình": "A5", "Ngày quyết định thứ nhất": "01/01/2024"}),
            row(**{"Mã mô hình": "A5"})]
    _batch, report = service.dry_run(KIND_INITIATIVES, workbook_stream(KIND_INITIATIVES, rows), "m.xlsx", world)
    messages = [f"{error.row}:{error.message}" for error in report.errors]
    assert any(m.startswith("2:") and "not a date that exists" in m for m in messages)
    assert any(m.startswith("3:") and "may mean" in m for m in messages)
    assert any(m.startswith("4:") and "No campaign of the year 2019" in m for m in messages)
    assert any(m.startswith("4:") and "Unknown field" in m for m in messages)
    assert any(m.startswith("4:") and "Unknown unit code NOPE" in m for m in messages)
    assert any(m.startswith("5:") and "Unknown status" in m for m in messages)
    assert any(m.startswith("6:") for m in messages)  # a decision dated before the registration
    assert any(m.startswith("7:") and "already used on row 6" in m for m in messages)
    assert db.session.scalar(select(func.count()).select_from(Initiative)) == 0  # the dry run took it back


def test_the_same_file_twice_changes_nothing_and_undo_takes_the_batch_back(world):
    rows = [row(), row(**{"Mã mô hình": "DVK-2024-000013", "Trạng thái đạt được": "Đã đăng ký"})]
    batch, _report = service.run_import(KIND_INITIATIVES, workbook_stream(KIND_INITIATIVES, rows), "m.xlsx", world,
                                        commit=True)
    _again, report = service.run_import(KIND_INITIATIVES, workbook_stream(KIND_INITIATIVES, rows), "m.xlsx", world,
                                        commit=True)
    assert report.new == 0 and report.unchanged == 2
    assert db.session.scalar(select(func.count()).select_from(Initiative)) == 2
    service.undo(batch, world)
    assert batch.state == BATCH_UNDONE and db.session.scalar(select(func.count()).select_from(Initiative)) == 0


def test_undo_is_refused_once_the_history_moved_on(world, make):
    rows = [row(**{"Trạng thái đạt được": "Đã công nhận"})]
    batch, _report = service.run_import(KIND_INITIATIVES, workbook_stream(KIND_INITIATIVES, rows), "m.xlsx", world,
                                        commit=True)
    initiative = db.session.scalar(select(Initiative))
    db.session.add(TransitionLog(initiative=initiative, trigger=initiative.status, from_status=initiative.status,
                                 to_status=initiative.status, comment="a later step"))
    db.session.flush()
    with pytest.raises(Refused, match="moved on"):
        service.undo(batch, world)
