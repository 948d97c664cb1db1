"""Excel imports through the API: dry run, read, confirm, undo, with the same services and rights as the pages."""

import io

from sqlalchemy import func, select

from onboarding.models import KIND_UNITS
from registry.extensions import db
from registry.models import Unit
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from tests.import_files import workbook_bytes


def _province(make):
    root = make.unit("Tỉnh ủy Lam Hồng", level="province")
    root.code = "LH"
    db.session.commit()
    return root


def _upload(api, user, content, kind=KIND_UNITS):
    return api.post(f"/imports/{kind}", user, data={"files": [(io.BytesIO(content), "u.xlsx")]},
                    content_type="multipart/form-data")


def test_staff_dry_run_confirm_and_undo_through_the_api(api, make):
    staff = make.user(ROLE_STAFF, _province(make))
    rows = [["Xã A", "Đảng", "Xã/phường", "LH", "LH-A", "99001"]]
    checked = _upload(api, staff, workbook_bytes(KIND_UNITS, rows))
    assert checked.status_code == 201, checked.get_json()
    answer = checked.get_json()
    assert answer["state"] == "checked" and answer["rows_new"] == 1 and answer["errors"] == []
    assert db.session.scalar(select(func.count()).select_from(Unit)) == 1
    confirmed = api.post(f"/imports/{answer['id']}/confirm", staff)
    assert confirmed.status_code == 200 and confirmed.get_json()["state"] == "applied"
    assert db.session.scalar(select(Unit.admin_code).where(Unit.code == "LH-A")) == "99001"
    again = api.post(f"/imports/{answer['id']}/confirm", staff)
    assert again.status_code == 409
    undone = api.post(f"/imports/{answer['id']}/undo", staff)
    assert undone.status_code == 200 and undone.get_json()["state"] == "undone"
    assert db.session.scalar(select(func.count()).select_from(Unit)) == 1


def test_errors_come_back_by_row_and_confirming_them_is_refused(api, make):
    staff = make.user(ROLE_STAFF, _province(make))
    checked = _upload(api, staff, workbook_bytes(KIND_UNITS, [["Xã A", "Đảng", "Xã/phường", "NOPE", "LH-A", ""]]))
    answer = checked.get_json()
    assert answer["rows_failed"] == 1 and answer["errors"][0]["row"] == 2
    assert "NOPE" in answer["errors"][0]["message"] and answer["errors"][0]["column"] == "Mã đơn vị cấp trên"
    refused = api.post(f"/imports/{answer['id']}/confirm", staff)
    assert refused.status_code == 422
    assert db.session.scalar(select(func.count()).select_from(Unit)) == 1


def test_not_a_spreadsheet_officers_and_other_people_s_batches_are_refused(api, make):
    root = _province(make)
    staff, other = make.user(ROLE_STAFF, root), make.user(ROLE_STAFF, root)
    officer = make.user(ROLE_OFFICER, root)
    bad = _upload(api, staff, b"not a workbook")
    assert bad.status_code == 422 and bad.get_json()["errors"][0]["pointer"] == "/files"
    assert _upload(api, officer, workbook_bytes(KIND_UNITS, [])).status_code == 403
    answer = _upload(api, staff, workbook_bytes(KIND_UNITS, [["Xã A", "Đảng", "Xã/phường", "LH", "LH-A", ""]]))
    assert api.get(f"/imports/{answer.get_json()['id']}", other).status_code == 404
    assert api.get(f"/imports/{answer.get_json()['id']}", staff).status_code == 200
    assert _upload(api, staff, workbook_bytes(KIND_UNITS, []), kind="nope").status_code in (404, 405)


def test_a_file_of_past_initiatives_is_checked_through_the_api(api, make):
    from onboarding.models import KIND_INITIATIVES

    staff = make.user(ROLE_STAFF, _province(make))
    checked = _upload(api, staff, workbook_bytes(KIND_INITIATIVES, [["DVK-2024-000001", "Mô hình A", "NOPE"]]),
                      kind=KIND_INITIATIVES)
    answer = checked.get_json()
    assert checked.status_code == 201 and answer["kind"] == KIND_INITIATIVES and answer["rows_failed"] == 1
    assert any("NOPE" in error["message"] for error in answer["errors"])
