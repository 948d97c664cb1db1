"""The import pages: upload → dry run report → confirm → undo, the error copy, the templates, the unit codes."""

import io
import re

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from onboarding.models import BATCH_APPLIED, BATCH_UNDONE, KIND_UNITS, ImportBatch
from registry.extensions import db
from registry.models import Unit
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests.import_files import workbook_bytes


@pytest.fixture
def staff(make, login):
    root = make.unit("Tỉnh ủy Lam Hồng", level="province")
    root.code = "LH"
    user = make.user(ROLE_STAFF, root)
    db.session.commit()
    login(user)
    return user


def _upload(client, kind, content, name="don-vi.xlsx"):
    return client.post(f"/admin/imports/{kind}", data={"file": (io.BytesIO(content), name)},
                       content_type="multipart/form-data")


def _batch_id(response) -> int:
    return int(re.search(r"/admin/imports/(\d+)$", response.headers["Location"]).group(1))


def test_staff_check_then_confirm_then_undo_a_units_file(client, staff):
    rows = [["Đảng ủy xã Tân Lập", "Đảng", "Xã/phường", "LH", "LH-X01", "99001"],
            ["Khu dân cư số 1", "Khu dân cư", "Xã/phường", "LH-X01", "LH-X01-KDC1", ""]]
    response = _upload(client, KIND_UNITS, workbook_bytes(KIND_UNITS, rows))
    batch_id = _batch_id(response)
    page = client.get(f"/admin/imports/{batch_id}").get_data(as_text=True)
    assert "Xác nhận nhập" in page and 'data-count="new">2<' in page
    assert db.session.scalar(select(func.count()).select_from(Unit)) == 1  # nothing written by the dry run
    client.post(f"/admin/imports/{batch_id}/confirm")
    assert db.session.get(ImportBatch, batch_id).state == BATCH_APPLIED
    assert db.session.scalar(select(Unit).where(Unit.code == "LH-X01-KDC1")).parent.code == "LH-X01"
    listing = client.get("/admin/units").get_data(as_text=True)
    assert "LH-X01" in listing and "99001" in listing
    client.post(f"/admin/imports/{batch_id}/undo")
    db.session.expire_all()
    assert db.session.get(ImportBatch, batch_id).state == BATCH_UNDONE
    assert db.session.scalar(select(func.count()).select_from(Unit)) == 1


def test_errors_are_listed_in_vietnamese_and_the_copy_carries_an_error_column(client, staff):
    rows = [["Xã A", "Đảng", "Xã/phường", "NOPE", "LH-A", ""], ["Xã B", "Đảng", "Xã/phường", "LH", "LH-B", ""]]
    batch_id = _batch_id(_upload(client, KIND_UNITS, workbook_bytes(KIND_UNITS, rows)))
    page = client.get(f"/admin/imports/{batch_id}").get_data(as_text=True)
    assert "Mã đơn vị cấp trên không tồn tại: NOPE" in page and "Xác nhận nhập" not in page
    copy = client.get(f"/admin/imports/{batch_id}/errors.xlsx")
    book = load_workbook(io.BytesIO(copy.data))
    values = [[cell.value for cell in row] for row in book["Đơn vị"].iter_rows()]
    assert values[0][-1] == "Lỗi" and "NOPE" in values[1][-1] and values[2][-1] is None
    refused = client.post(f"/admin/imports/{batch_id}/confirm")
    assert refused.status_code == 302
    assert db.session.scalar(select(func.count()).select_from(Unit)) == 1


def test_a_file_that_is_not_a_spreadsheet_is_refused_with_a_message(client, staff):
    response = _upload(client, KIND_UNITS, b"ten,khoi\nA,B\n", "don-vi.csv")
    assert response.status_code == 302
    page = client.get("/admin/imports").get_data(as_text=True)
    assert "không phải sổ tính Excel" in page
    assert db.session.scalar(select(func.count()).select_from(ImportBatch)) == 0


def test_the_templates_have_vietnamese_headings_instructions_and_lists(client, staff):
    response = client.get("/admin/imports/template/units.xlsx")
    book = load_workbook(io.BytesIO(response.data))
    assert book.sheetnames == ["Đơn vị", "Hướng dẫn", "Giá trị hợp lệ"]
    assert [cell.value for cell in book["Đơn vị"][1]][:2] == ["Tên đơn vị *", "Khối *"]
    validations = book["Đơn vị"].data_validations.dataValidation
    assert any("Giá trị hợp lệ" in (validation.formula1 or "") for validation in validations)
    assert "Đảng" in [cell.value for cell in book["Giá trị hợp lệ"]["A"]]


def test_officers_cannot_reach_the_imports(client, make, login):
    officer = make.user(ROLE_OFFICER, make.unit())
    db.session.commit()
    login(officer)
    assert client.get("/admin/imports").status_code == 403


def test_staff_see_only_their_own_batches(client, make, staff):
    other = make.user(ROLE_STAFF, make.unit())
    batch = ImportBatch(kind=KIND_UNITS, file_name="x.xlsx", sha256="0" * 64, actor_id=other.id)
    db.session.add(batch)
    db.session.commit()
    assert client.get(f"/admin/imports/{batch.id}").status_code == 404


def test_unit_codes_are_edited_on_the_unit_page_with_the_import_rules(client, staff, make):
    unit = make.unit("Xã A", parent=db.session.scalar(select(Unit).where(Unit.code == "LH")))
    db.session.commit()
    form = {"name": "Xã A", "group": "party", "level": "commune"}
    taken = client.post(f"/admin/units/{unit.id}/edit", data={**form, "code": "LH", "admin_code": ""})
    assert taken.status_code == 200 and "thuộc đơn vị “Tỉnh ủy Lam Hồng”" in taken.get_data(as_text=True)
    short = client.post(f"/admin/units/{unit.id}/edit", data={**form, "code": "LH-A", "admin_code": "12"})
    assert short.status_code == 200 and "5 chữ số" in short.get_data(as_text=True)
    good = client.post(f"/admin/units/{unit.id}/edit", data={"name": "Xã A", "group": "party", "level": "commune",
                                                            "code": "lh-a", "admin_code": "99001"})
    assert good.status_code == 302
    db.session.expire_all()
    assert (unit.code, unit.admin_code) == ("LH-A", "99001")
