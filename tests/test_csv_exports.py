"""Every CSV the application writes quotes every field and neutralises text that a spreadsheet would run."""

import csv
import io

import pytest

from registry.csv_export import csv_chunks, safe_cell
from registry.extensions import db
from registry.roles import ROLE_STAFF, ROLE_VIEWER

HOSTILE = "note;=1+1"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_text_starting_like_a_formula_gets_a_quote_mark(start):
    assert safe_cell(f"{start}1+1") == f"'{start}1+1"


def test_numbers_stay_numbers_and_ordinary_text_is_untouched():
    # Counts we write ourselves stay numbers (a negative one too: a "'" would make it text that no longer
    # sums); only text cells are neutralised, even one that looks like a number.
    assert [safe_cell(value) for value in (-3, 2.5, 0, None, "An Phú", "-3")] == [-3, 2.5, 0, None, "An Phú", "'-3"]
    text = "".join(csv_chunks(["Tên", "Số"], [["=cmd", -3], ["a;b", 4]]))
    assert text == '\ufeff"Tên","Số"\r\n"\'=cmd","-3"\r\n"a;b","4"\r\n'


def _world(make):
    province = make.unit("Tỉnh ủy Lam Hồng", level="province")
    commune = make.unit("Đảng ủy xã An Phú", parent=province)
    campaign, field = make.campaign(2026), make.field("Kinh tế")
    hostile = make.initiative(unit=commune, campaign=campaign, field=field, status="exemplary", title=HOSTILE,
                              contact_name="@SUM(1+1)*cmd|' /C calc'!A0")
    make.initiative(unit=commune, campaign=campaign, field=field, status="exemplary", title="-2+3")
    db.session.commit()
    return province, hostile


def _lines(body: bytes) -> list[str]:
    return body.decode("utf-8-sig").splitlines()


def test_the_list_export_quotes_every_field_and_neutralises_formulas(client, make, login):
    province, hostile = _world(make)
    login(make.user(ROLE_STAFF, unit=province))
    body = client.get("/initiatives/export?format=csv").get_data()
    lines = _lines(body)
    assert all(line.startswith('"') and line.endswith('"') for line in lines), lines[:3]
    row = next(line for line in lines if hostile.code in line)
    # Quoted, the `;` of Excel in Vietnamese no longer splits the title, and its second half is no formula.
    assert f'"{hostile.code}","{HOSTILE}",' in row
    assert '"\'@SUM(1+1)*cmd|\' /C calc\'!A0"' in row
    parsed = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert any(cells[1] == "'-2+3" for cells in parsed)


def test_the_report_export_quotes_every_field_and_neutralises_formulas(client, make, login):
    province, hostile = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    body = client.get("/reports/report/exemplary.csv").get_data()
    lines = _lines(body)
    assert lines and all(line.startswith('"') and line.endswith('"') for line in lines), lines[:3]
    assert any(f'"{hostile.code}","{HOSTILE}"' in line for line in lines)
    assert any('"\'-2+3"' in line for line in lines)
