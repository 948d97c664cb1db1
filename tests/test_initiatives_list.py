"""The list of models: who sees what, filters, accent-blind search, sorting, paging and exports."""

import csv
import io
import re

import pytest
from openpyxl import load_workbook

from registry.extensions import db
from registry.roles import ROLE_ADMIN, ROLE_STAFF, ROLE_VIEWER
from tests.test_initiatives_units import arrange
from tests.xlsx_table import table_rows


def _codes(page: str) -> list[str]:
    return re.findall(r'<td class="text-nowrap">(DVK-\d{4}-\d{6})</td>', page)


def _mine_and_theirs(make, world):
    mine = make.initiative(unit=world.commune, campaign=world.campaign, field=world.field,
                           title="Dân vận khéo xây dựng đường làng")
    theirs = make.initiative(unit=world.other_commune, campaign=world.campaign, field=world.field,
                             title="Câu lạc bộ phụ nữ", status="registered")
    db.session.commit()
    return mine, theirs


def test_officer_lists_only_their_units_models(client, make, login):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    login(world.officer)
    codes = _codes(client.get("/initiatives/").get_data(as_text=True))
    assert codes == [mine.code]


def test_staff_see_their_subtree_only(client, make, login):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    elsewhere = make.unit("Tỉnh khác", level="province")
    outside = make.initiative(unit=elsewhere, campaign=world.campaign, field=world.field)
    commune_staff = make.user(ROLE_STAFF, unit=world.other_commune)
    db.session.commit()
    login(world.staff)
    assert sorted(_codes(client.get("/initiatives/").get_data(as_text=True))) == sorted([mine.code, theirs.code])
    assert client.get(f"/initiatives/{outside.id}").status_code == 404
    client.post("/logout")
    login(commune_staff)
    assert _codes(client.get("/initiatives/").get_data(as_text=True)) == [theirs.code]


def test_admin_and_viewer_scopes(client, make, login):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    viewer = make.user(ROLE_VIEWER, unit=world.commune)
    admin = make.user(ROLE_ADMIN, unit=make.unit("Khác"))
    db.session.commit()
    login(viewer)
    assert _codes(client.get("/initiatives/").get_data(as_text=True)) == [mine.code]
    client.post("/logout")
    login(admin)
    assert len(_codes(client.get("/initiatives/").get_data(as_text=True))) == 2


@pytest.mark.parametrize(("query", "expected"), [
    ("q=dan+van", ["mine"]),
    ("q=DUONG", ["mine"]),
    ("q=phụ+nữ", ["theirs"]),
    ("q=%25", []),
    ("q=_", []),
    ("status=registered", ["theirs"]),
    ("status=draft", ["mine"]),
    ("subject_type=individual", []),
    ("unit=province", ["mine", "theirs"]),
    ("unit=other_commune", ["theirs"]),
    ("unit=999999", []),
])
def test_staff_filters_and_searches_without_accents(client, make, login, query, expected):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    login(world.staff)
    query = query.replace("unit=province", f"unit={world.province.id}")
    query = query.replace("unit=other_commune", f"unit={world.other_commune.id}")
    codes = _codes(client.get(f"/initiatives/?{query}").get_data(as_text=True))
    names = {mine.code: "mine", theirs.code: "theirs"}
    assert sorted(names[code] for code in codes) == expected


def test_filters_by_campaign_and_field(client, make, login):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    other_field = make.field("Văn hóa – xã hội")
    last_year = make.campaign(year=world.campaign.year - 1)
    old = make.initiative(unit=world.commune, campaign=last_year, field=other_field)
    db.session.commit()
    login(world.staff)
    assert _codes(client.get(f"/initiatives/?campaign={last_year.id}").get_data(as_text=True)) == [old.code]
    assert _codes(client.get(f"/initiatives/?field={other_field.id}").get_data(as_text=True)) == [old.code]


def test_sort_by_code_both_ways(client, make, login):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    login(world.staff)
    assert _codes(client.get("/initiatives/?sort=code&dir=asc").get_data(as_text=True)) == [mine.code, theirs.code]
    assert _codes(client.get("/initiatives/?sort=code&dir=desc").get_data(as_text=True)) == [theirs.code, mine.code]


@pytest.mark.parametrize("query", ["page=abc&sort=drop", "page=-5", "page=99999999999999999999", "dir=sideways",
                                   "campaign=x&field=1e9&unit=%00&status=<script>", "q=" + "a" * 5000,
                                   "subject_type=robot&sort=title;DROP",
                                   "unit=99999999999999999999&campaign=99999999999999999999&field=3000000000"])
def test_bad_list_parameters_never_fail(client, make, login, query):
    world = arrange(make)
    _mine_and_theirs(make, world)
    login(world.staff)
    response = client.get(f"/initiatives/?{query}")
    assert response.status_code == 200


def test_list_pages_by_25(client, make, login):
    world = arrange(make)
    for number in range(27):
        make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, title=f"Mô hình {number}")
    db.session.commit()
    login(world.officer)
    first = client.get("/initiatives/?sort=code&dir=asc").get_data(as_text=True)
    assert len(_codes(first)) == 25
    assert "Trang 1/2" in first
    assert len(_codes(client.get("/initiatives/?sort=code&dir=asc&page=2").get_data(as_text=True))) == 2
    assert len(_codes(client.get("/initiatives/?sort=code&dir=asc&page=40").get_data(as_text=True))) == 2


def test_empty_list_invites_an_officer_to_register(client, make, login):
    world = arrange(make)
    login(world.officer)
    page = client.get("/initiatives/").get_data(as_text=True)
    assert "Chưa có mô hình nào." in page
    assert 'href="/initiatives/new"' in page


def test_csv_export_has_a_bom_and_vietnamese_headers(client, make, login):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, title="=HYPERLINK(\"x\")")
    db.session.commit()
    login(world.staff)
    response = client.get("/initiatives/export?format=csv&status=registered")
    body = response.get_data()
    assert body.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0][:4] == ["Mã", "Tên mô hình", "Đơn vị đăng ký", "Xã/phường"]
    assert [row[0] for row in rows[1:]] == [theirs.code]
    assert rows[1][9] == "Đã đăng ký"
    everything = list(csv.reader(io.StringIO(client.get("/initiatives/export?format=csv").get_data(as_text=True))))
    assert any(row[1] == "'=HYPERLINK(\"x\")" for row in everything)


def test_xlsx_export_has_the_same_rows_as_the_filtered_page(client, make, login):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    login(world.staff)
    query = f"unit={world.province.id}&q=dan+van&sort=code&dir=asc"
    page_codes = _codes(client.get(f"/initiatives/?{query}").get_data(as_text=True))
    response = client.get(f"/initiatives/export?format=xlsx&{query}")
    assert response.mimetype.endswith("spreadsheetml.sheet")
    sheet = load_workbook(io.BytesIO(response.get_data()), read_only=True).active
    _heading, rows = table_rows(sheet)
    assert rows[0][0] == "Mã"
    assert [row[0] for row in rows[1:]] == page_codes == [mine.code]


def test_unknown_export_format_is_a_bad_request(client, make, login):
    world = arrange(make)
    login(world.staff)
    assert client.get("/initiatives/export?format=pdf").status_code == 400


def test_officer_export_never_leaks_another_units_models(client, make, login):
    world = arrange(make)
    mine, theirs = _mine_and_theirs(make, world)
    login(world.officer)
    body = client.get(f"/initiatives/export?format=csv&unit={world.other_commune.id}").get_data(as_text=True)
    assert theirs.code not in body
    assert mine.code not in body  # the unit filter narrows within what the officer may see


def test_xlsx_export_keeps_formula_like_text_as_text_under_a_bold_frozen_header(client, make, login):
    world = arrange(make)
    make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, title="=1+1")
    db.session.commit()
    login(world.officer)
    sheet = load_workbook(io.BytesIO(client.get("/initiatives/export?format=xlsx").get_data())).active
    heading, rows = table_rows(sheet)
    assert sheet.freeze_panes == f"A{heading + 1}"
    assert sheet.cell(heading, 2).font.bold
    title = sheet.cell(heading + 1, 3)
    assert (title.value, title.data_type) == ("=1+1", "s")
    assert sheet.cell(heading + 1, 2 + rows[0].index("Ngày cập nhật")).number_format == "dd/mm/yyyy"


def test_xlsx_export_drops_control_characters_instead_of_failing(client, make, login):
    world = arrange(make)
    make.initiative(unit=world.commune, campaign=world.campaign, field=world.field, title="Đường\x01 hoa\x0b")
    db.session.commit()
    login(world.officer)
    response = client.get("/initiatives/export?format=xlsx")
    assert response.status_code == 200
    heading, rows = table_rows(load_workbook(io.BytesIO(response.get_data())).active)
    assert rows[1][1] == "Đường hoa"
