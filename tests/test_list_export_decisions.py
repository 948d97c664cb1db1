"""The list export names each model's latest recognition decision and its current average score (#11 item 14).

The decision is the latest `recognize` / `select_exemplary` of the history (not a rejection or revocation);
the average is over the submitted sheets of the current round only. The export stays one query whatever the
number of rows, and the file opens in LibreOffice with the cells written.
"""

import csv
import io
from datetime import date

import pytest
from openpyxl import load_workbook

from registry.extensions import db
from registry.roles import ROLE_STAFF
from tests.test_exports_in_libreoffice import _convert, _shown
from tests.test_reports_pages import _counted_queries
from tests.workflow_world import build_council_world, score
from tests.xlsx_table import table_rows
from workflows.models import TransitionLog

HEADERS = ["Số quyết định", "Ngày quyết định", "Điểm trung bình"]


def _decision(initiative, trigger, number, when, to_status):
    db.session.add(TransitionLog(initiative_id=initiative.id, trigger=trigger, from_status=initiative.status,
                                 to_status=to_status, decision_number=number, decision_date=when))
    initiative.status = to_status


def _scored_world(make):
    """One model recognised then selected as exemplary, scored 80 and 71 in round 2 (round 1 set aside)."""
    world = build_council_world(make)
    initiative = world.initiative
    score(world, "member1", 40)  # round 1: set aside by the return below
    initiative.evaluation_round = 2
    score(world, "member1", 80)
    score(world, "member2", 71)
    score(world, "member3", 99, submit=False)  # a draft sheet does not count
    _decision(initiative, "complete_evaluation", None, None, "evaluated")
    _decision(initiative, "recognize", "12-QĐ/BTGDVTU", date(2026, 3, 2), "recognized")
    _decision(initiative, "select_exemplary", "45-QĐ/BTGDVTU", date(2026, 4, 9), "exemplary")
    bare = make.initiative(unit=world.unit, campaign=initiative.campaign, status="registered", title="Chưa chấm")
    db.session.commit()
    return world, initiative, bare


def _csv(client, query=""):
    body = client.get(f"/initiatives/export?format=csv{query}").get_data().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(body)))
    return rows[0], {row[0]: dict(zip(rows[0], row, strict=True)) for row in rows[1:]}


def test_csv_names_the_latest_recognition_decision_and_the_current_rounds_average(make, client, login):
    world, initiative, bare = _scored_world(make)
    login(world.people["staff"])
    headers, rows = _csv(client)
    assert headers[-3:] == HEADERS
    assert [rows[initiative.code][name] for name in HEADERS] == ["45-QĐ/BTGDVTU", "09/04/2026", "75,5"]
    assert [rows[bare.code][name] for name in HEADERS] == ["", "", ""]


def test_a_rejection_or_revocation_is_not_the_decision_named(make, client, login):
    world, initiative, _bare = _scored_world(make)
    _decision(initiative, "revoke", "99-QĐ/BTGDVTU", date(2026, 5, 1), "revoked")
    db.session.commit()
    login(world.people["staff"])
    _headers, rows = _csv(client)
    assert rows[initiative.code]["Số quyết định"] == "45-QĐ/BTGDVTU"


def test_xlsx_writes_the_decision_date_as_a_date_and_the_average_as_a_number(make, client, login):
    world, initiative, _bare = _scored_world(make)
    login(world.people["staff"])
    sheet = load_workbook(io.BytesIO(client.get("/initiatives/export?format=xlsx").data)).active
    _heading, rows = table_rows(sheet)
    assert list(rows[0][-3:]) == HEADERS
    mine = next(row for row in rows[1:] if row[0] == initiative.code)
    assert mine[-3] == "45-QĐ/BTGDVTU"
    assert mine[-2].date() == date(2026, 4, 9)
    assert mine[-1] == pytest.approx(75.5)


def test_the_export_takes_the_same_number_of_queries_for_2_and_12_rows(make, client, login):
    world, initiative, _bare = _scored_world(make)
    login(world.people["staff"])
    client.get("/initiatives/export?format=xlsx")  # warm the caches of the first request

    def counted(kind):
        with _counted_queries() as statements:
            assert client.get(f"/initiatives/export?format={kind}").status_code == 200
        return len(statements)

    few = {kind: counted(kind) for kind in ("csv", "xlsx")}
    for number in range(10):
        make.initiative(unit=world.unit, campaign=initiative.campaign, status="registered", title=f"Thêm {number}")
    db.session.commit()
    assert {kind: counted(kind) for kind in ("csv", "xlsx")} == few


@pytest.mark.office
def test_the_export_with_decisions_and_averages_opens_in_libreoffice(make, client, login, tmp_path):
    world, _initiative, _bare = _scored_world(make)
    login(world.people["staff"])
    data = client.get("/initiatives/export?format=xlsx").data
    opened = _convert({"list": data}, tmp_path)["list"]
    sheet = load_workbook(io.BytesIO(data)).active
    written = [[_shown(cell) for cell in row] for row in sheet.iter_rows()]
    width = max(len(row) for row in written)
    assert [row + [""] * (width - len(row)) for row in opened] == written
    assert any("75.5" in row and "09/04/2026" in row and "45-QĐ/BTGDVTU" in row for row in opened)


def test_staff_of_another_subtree_gets_none_of_these_rows(make, client, login):
    world, initiative, bare = _scored_world(make)
    login(make.user(ROLE_STAFF, unit=make.unit("Đảng ủy xã Khác", parent=world.province)))
    _headers, rows = _csv(client)
    assert initiative.code not in rows and bare.code not in rows
