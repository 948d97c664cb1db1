"""`flask import`: a dry run by default, --commit writes all or nothing, undo, and a 20,000-row file."""

from sqlalchemy import func, select

from onboarding.models import KIND_UNITS, KIND_USERS, ImportBatch
from registry.extensions import db
from registry.models import Unit, User
from tests.import_files import workbook_bytes
from workflows.outbox.models import OutboxMail


def _file(tmp_path, kind, rows, name="f.xlsx"):
    path = tmp_path / name
    path.write_bytes(workbook_bytes(kind, rows))
    return str(path)


def _count(model) -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_dry_run_prints_the_report_and_writes_nothing(runner, tmp_path):
    path = _file(tmp_path, KIND_UNITS, [["Tỉnh ủy Lam Hồng", "Đảng", "Tỉnh", "", "LH", "99"],
                                        ["Xã A", "Đảng", "Xã/phường", "NOPE", "LH-A", ""]])
    result = runner.invoke(args=["import", "units", path])
    assert result.exit_code == 1
    assert "Đã đọc 2 dòng: 1 mới, 0 đã có, 1 có lỗi." in result.output
    assert "Dòng 3 · Mã đơn vị cấp trên: Mã đơn vị cấp trên không tồn tại: NOPE" in result.output
    assert _count(Unit) == 0 and _count(ImportBatch) == 0


def test_commit_imports_units_then_accounts_and_undo_takes_them_back(runner, tmp_path):
    units = _file(tmp_path, KIND_UNITS, [["Tỉnh ủy Lam Hồng", "Đảng", "Tỉnh", "", "LH", "99"],
                                         ["Xã A", "Đảng", "Xã/phường", "LH", "LH-A", "99001"]], "u.xlsx")
    result = runner.invoke(args=["import", "units", units, "--commit"])
    assert result.exit_code == 0, result.output
    assert _count(Unit) == 2 and "Đã nhập, lần nhập số" in result.output
    accounts = _file(tmp_path, KIND_USERS, [["a@example.vn", "Nguyễn Văn A", "Cán bộ đầu mối đơn vị", "LH-A"]],
                     "a.xlsx")
    result = runner.invoke(args=["import", "users", accounts, "--commit"])
    assert result.exit_code == 0, result.output
    assert _count(User) == 1 and _count(OutboxMail) == 1
    batch_id = db.session.scalar(select(func.max(ImportBatch.id)))
    assert runner.invoke(args=["import", "undo", str(batch_id)]).exit_code == 0
    assert _count(User) == 0 and _count(OutboxMail) == 0


def test_a_refused_commit_writes_nothing_and_names_the_rows(runner, tmp_path):
    path = _file(tmp_path, KIND_UNITS, [["Tỉnh ủy Lam Hồng", "Đảng", "Tỉnh", "", "LH", "99"],
                                        ["Xã A", "Đảng", "Xã/phường", "LH-B", "LH-A", ""],
                                        ["Xã B", "Đảng", "Xã/phường", "LH-A", "LH-B", ""]])
    result = runner.invoke(args=["import", "units", path, "--commit"])
    assert result.exit_code != 0 and "vòng lặp" in result.output
    assert _count(Unit) == 0 and _count(ImportBatch) == 0


def test_not_a_spreadsheet_is_refused_by_the_command(runner, tmp_path):
    path = tmp_path / "u.xlsx"
    path.write_text("Tên đơn vị;Khối\n", encoding="utf-8")
    result = runner.invoke(args=["import", "units", str(path)])
    assert result.exit_code != 0 and "không phải sổ tính Excel" in result.output


def test_twenty_thousand_units_go_through_the_command(runner, tmp_path):
    rows = [["Tỉnh ủy Lam Hồng", "Đảng", "Tỉnh", "", "LH", "99"]]
    for commune in range(200):
        rows.append([f"Đảng ủy xã {commune}", "Đảng", "Xã/phường", "LH", f"LH-X{commune:03d}", f"99{commune:03d}"])
        rows += [[f"Khu dân cư {area}", "Khu dân cư", "Xã/phường", f"LH-X{commune:03d}",
                  f"LH-X{commune:03d}-{area:02d}", ""] for area in range(99)]
    path = _file(tmp_path, KIND_UNITS, rows[:20000])
    result = runner.invoke(args=["import", "units", path, "--commit"])
    assert result.exit_code == 0, result.output
    assert "Đã đọc 20000 dòng: 20000 mới" in result.output
    assert _count(Unit) == 20000
    deepest = db.session.scalar(select(Unit).where(Unit.code == "LH-X150-50"))
    assert deepest.depth == 2 and deepest.parent.code == "LH-X150" and deepest.path.startswith(deepest.parent.path)
    again = runner.invoke(args=["import", "units", path])
    assert "0 mới, 20000 đã có" in again.output


def test_the_sample_files_import_cleanly_one_after_the_other(runner, make):
    from pathlib import Path

    from workflows.models import CommendationForm

    samples = Path(__file__).resolve().parent.parent / "docs" / "samples"
    make.campaign(year=2024, name="Đợt 2024")
    make.field("Kinh tế", "KT")
    make.field("Văn hóa – xã hội", "VHXH")
    if db.session.scalar(select(CommendationForm).where(CommendationForm.name == "Giấy khen")) is None:
        db.session.add(CommendationForm(name="Giấy khen", default_issuer="Ban Dân vận Tỉnh ủy Lam Hồng"))
    db.session.commit()
    for kind, name in (("units", "units.xlsx"), ("users", "accounts.xlsx"), ("initiatives", "initiatives.xlsx")):
        result = runner.invoke(args=["import", kind, str(samples / name), "--commit"])
        assert result.exit_code == 0, result.output
        assert "0 có lỗi" in result.output
