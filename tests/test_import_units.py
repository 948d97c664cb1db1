"""Importing units from Excel: every rule of the dry run, all or nothing, the same file twice, undo."""

import io

import pytest
from flask_babel import force_locale
from sqlalchemy import func, select

from onboarding import service
from onboarding.models import BATCH_APPLIED, BATCH_UNDONE, KIND_UNITS
from registry.extensions import db
from registry.models import Unit
from registry.refusals import Refused
from registry.roles import ROLE_ADMIN, ROLE_OFFICER, ROLE_STAFF
from tests.import_files import workbook_stream


@pytest.fixture(autouse=True)
def _english():
    """Compare the messages in English (the Vietnamese catalog is checked by the page tests)."""
    with force_locale("en"):
        yield


def _units_count() -> int:
    return db.session.scalar(select(func.count()).select_from(Unit))


def _messages(report) -> list[str]:
    return [f"{error.row}:{error.message}" for error in report.errors]


@pytest.fixture
def province(make):
    root = make.unit("Tỉnh ủy Lam Hồng", group="party", level="province")
    root.code, root.admin_code = "LH", "99"
    db.session.flush()
    return root


def test_a_good_file_creates_every_unit_with_parents_defined_later_in_the_file(make, province):
    admin = make.user(ROLE_ADMIN, province)
    rows = [["Khu dân cư số 1", "Khu dân cư", "Xã/phường", "LH-X01", "LH-X01-KDC1", ""],
            ["Đảng ủy xã Tân Lập", "Đảng", "Xã/phường", "LH", "lh-x01", "99007"]]
    batch, report = service.run_import(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin, commit=True)
    assert report.errors == [] and report.new == 2 and batch.state == BATCH_APPLIED
    commune = db.session.scalar(select(Unit).where(Unit.code == "LH-X01"))
    area = db.session.scalar(select(Unit).where(Unit.code == "LH-X01-KDC1"))
    assert commune.parent_id == province.id and commune.admin_code == "99007" and commune.level == "commune"
    assert area.parent_id == commune.id and area.path == f"{commune.path}{area.id}/" and area.depth == 2
    assert area.group == "residential"


def test_a_dry_run_writes_no_unit(make, province):
    admin = make.user(ROLE_ADMIN, province)
    before = _units_count()
    batch, report = service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, [["Xã A", "Đảng", "Xã/phường", "LH",
                                                                              "LH-A", ""]]), "u.xlsx", admin)
    assert report.ok and report.new == 1 and _units_count() == before and batch.rows_new == 1


def test_bad_codes_unknown_parents_groups_and_levels_are_reported_by_row(make, province):
    admin = make.user(ROLE_ADMIN, province)
    rows = [["Xã A", "Đảng", "Xã/phường", "LH", "LH A", ""],
            ["Xã B", "Đảng", "Xã/phường", "NOPE", "LH-B", ""],
            ["Xã C", "Phi đội", "Làng", "LH", "LH-C", ""],
            ["Xã D", "Đảng", "Xã/phường", "NOPE", "LH-D", "12A45"],
            ["Xã E", "Đảng", "Tỉnh", "LH", "LH-E", "123"],
            ["", "Đảng", "Xã/phường", "LH", "LH-F", ""],
            ["Xã G", "Đảng", "Xã/phường", "LH", "LH-G", 7]]
    _batch, report = service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin)
    messages = _messages(report)
    assert any(m.startswith("2:") and "is not a valid code" in m for m in messages)
    assert any(m.startswith("3:") and "Unknown parent code NOPE" in m for m in messages)
    assert any(m.startswith("4:") and "Unknown group" in m for m in messages)
    assert any(m.startswith("4:") and "Unknown level" in m for m in messages)
    assert any(m.startswith("5:") and "digits only" in m for m in messages)
    assert any(m.startswith("5:") and "Unknown parent code NOPE" in m for m in messages)  # every error at once
    assert any(m.startswith("6:") and "has 2 digits" in m for m in messages)
    assert any(m.startswith("7:") and "required" in m for m in messages)
    assert report.failed_rows == 6 and not report.ok and report.new == 1
    _batch, report = service.run_import(KIND_UNITS, workbook_stream(KIND_UNITS, rows[-1:]), "u.xlsx", admin, True)
    assert db.session.scalar(select(Unit.admin_code).where(Unit.code == "LH-G")) == "00007"  # a number, padded


def test_cycles_in_the_parent_column_are_refused_and_so_are_their_children(make, province):
    admin = make.user(ROLE_ADMIN, province)
    rows = [["Xã A", "Đảng", "Xã/phường", "LH-B", "LH-A", ""],
            ["Xã B", "Đảng", "Xã/phường", "LH-A", "LH-B", ""],
            ["Khu C", "Khu dân cư", "Xã/phường", "LH-A", "LH-C", ""],
            ["Xã D", "Đảng", "Xã/phường", "LH", "LH-D", ""]]
    _batch, report = service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin)
    messages = _messages(report)
    assert any(m.startswith("2:") and "cycle" in m for m in messages)
    assert any(m.startswith("3:") and "cycle" in m for m in messages)
    assert any(m.startswith("4:") and "cannot be imported" in m for m in messages)
    assert report.failed_rows == 3 and report.new == 1


def test_duplicate_codes_admin_codes_and_sibling_names(make, province):
    admin = make.user(ROLE_ADMIN, province)
    rows = [["Xã A", "Đảng", "Xã/phường", "LH", "LH-A", "99001"],
            ["Xã B", "Đảng", "Xã/phường", "LH", "LH-A", ""],
            ["Xã C", "Đảng", "Xã/phường", "LH", "LH-C", "99001"],
            ["XA A", "Đảng", "Xã/phường", "LH", "LH-D", ""],
            ["Tỉnh ủy Lam Hồng", "Đảng", "Tỉnh", "", "LH2", "99"]]
    _batch, report = service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin)
    messages = _messages(report)
    assert any(m.startswith("3:") and "already used on row 2" in m for m in messages)
    assert any(m.startswith("4:") and "99001 is already used on row 2" in m for m in messages)
    assert any(m.startswith("5:") and "same name is already used under this parent on row 2" in m for m in messages)
    assert any(m.startswith("6:") and "99 belongs to the unit LH" in m for m in messages)


def test_formulas_where_values_are_expected_are_refused(make, province):
    admin = make.user(ROLE_ADMIN, province)
    rows = [['=CONCAT("Xã ","A")', "Đảng", "Xã/phường", "LH", "LH-A", ""]]
    _batch, report = service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin)
    assert any("A formula" in error.message for error in report.errors)


def test_staff_add_units_only_inside_their_own_subtree(make, province):
    other = make.unit("Tỉnh ủy khác", level="province")
    other.code = "KH"
    staff = make.user(ROLE_STAFF, province)
    rows = [["Xã A", "Đảng", "Xã/phường", "KH", "KH-A", ""], ["Tỉnh mới", "Đảng", "Tỉnh", "", "TM", ""],
            ["Xã B", "Đảng", "Xã/phường", "LH", "LH-B", ""]]
    _batch, report = service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", staff)
    messages = _messages(report)
    assert any(m.startswith("2:") and "inside the units you manage" in m for m in messages)
    assert any(m.startswith("3:") and "Only an administrator" in m for m in messages)
    assert report.new == 1


def test_a_file_with_errors_cannot_be_applied_and_writes_nothing(make, province):
    admin = make.user(ROLE_ADMIN, province)
    rows = [["Xã A", "Đảng", "Xã/phường", "LH", "LH-A", ""], ["Xã B", "Đảng", "Xã/phường", "NOPE", "LH-B", ""]]
    batch, _report = service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin)
    db.session.commit()
    before = _units_count()
    with pytest.raises(Refused, match="1 row"):
        service.apply(batch, admin)
    db.session.rollback()
    assert _units_count() == before


def test_the_same_file_twice_changes_nothing(make, province):
    admin = make.user(ROLE_ADMIN, province)
    rows = [["Xã A", "Đảng", "Xã/phường", "LH", "LH-A", "99001"], ["Khu 1", "Khu dân cư", "Xã/phường", "LH-A",
                                                                   "LH-A-1", ""]]
    service.run_import(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin, commit=True)
    count = _units_count()
    batch, report = service.run_import(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin, commit=True)
    assert report.errors == [] and report.new == 0 and report.unchanged == 2 and _units_count() == count
    changed = [["Xã A mới", "Đảng", "Xã/phường", "LH", "LH-A", "99001"]]
    _batch, report = service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, changed), "u.xlsx", admin)
    assert "already exists with other values" in report.errors[0].message


def test_undo_deletes_the_batch_units_and_is_refused_once_something_is_built_on_them(make, province):
    admin = make.user(ROLE_ADMIN, province)
    rows = [["Xã A", "Đảng", "Xã/phường", "LH", "LH-A", ""], ["Xã B", "Đảng", "Xã/phường", "LH", "LH-B", ""]]
    batch, _report = service.run_import(KIND_UNITS, workbook_stream(KIND_UNITS, rows), "u.xlsx", admin, commit=True)
    db.session.commit()
    unit_b = db.session.scalar(select(Unit).where(Unit.code == "LH-B"))
    make.user(ROLE_OFFICER, unit_b)
    with pytest.raises(Refused, match="hold roles"):
        service.undo(batch, admin)
    db.session.rollback()
    other, _ = service.run_import(KIND_UNITS, workbook_stream(KIND_UNITS, [["Xã C", "Đảng", "Xã/phường", "LH",
                                                                           "LH-C", ""]]), "c.xlsx", admin, commit=True)
    make.initiative(unit=db.session.scalar(select(Unit).where(Unit.code == "LH-C")))
    with pytest.raises(Refused, match="Initiatives"):
        service.undo(other, admin)
    db.session.rollback()
    third, _ = service.run_import(KIND_UNITS, workbook_stream(KIND_UNITS, [["Xã D", "Đảng", "Xã/phường", "LH",
                                                                           "LH-D", ""]]), "d.xlsx", admin, commit=True)
    service.undo(third, admin)
    assert third.state == BATCH_UNDONE
    assert db.session.scalar(select(Unit).where(Unit.code == "LH-D")) is None
    with pytest.raises(Refused, match="Only a confirmed import"):
        service.undo(third, admin)


@pytest.mark.parametrize("content, message", [
    (b"name,group\nA,B\n", "not an Excel workbook"),
    (b"PK\x03\x04 not really a zip", "not an Excel workbook"),
    (b"", "empty"),
])
def test_files_that_are_not_spreadsheets_are_refused(make, province, content, message):
    admin = make.user(ROLE_ADMIN, province)
    with pytest.raises(Refused, match=message):
        service.dry_run(KIND_UNITS, io.BytesIO(content), "u.xlsx", admin)


def test_a_workbook_without_the_sheet_or_a_column_is_refused(make, province):
    admin = make.user(ROLE_ADMIN, province)
    with pytest.raises(Refused, match="no sheet named"):
        service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, [], sheet="Sheet1"), "u.xlsx", admin)
    with pytest.raises(Refused, match="lacks the column"):
        service.dry_run(KIND_UNITS, workbook_stream(KIND_UNITS, [], headers=["Tên đơn vị", "Khối"]), "u.xlsx", admin)


def test_a_file_over_the_size_limit_is_refused(app, make, province):
    admin = make.user(ROLE_ADMIN, province)
    app.config["IMPORT_MAX_MB"] = 1
    try:
        with pytest.raises(Refused, match="too large"):
            service.dry_run(KIND_UNITS, io.BytesIO(b"PK\x03\x04" + b"0" * (1024 * 1024 + 1)), "u.xlsx", admin)
    finally:
        app.config["IMPORT_MAX_MB"] = 20
