"""The dashboard and the reports: who sees what, links to the list, constant queries, exports equal pages."""

import csv
import io
import re
from contextlib import contextmanager

import pytest
from openpyxl import load_workbook
from sqlalchemy import event

from registry.extensions import db
from registry.roles import ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from reports.tables import REPORTS
from tests.xlsx_table import table_rows


def _world(make, per_unit=1):
    province = make.unit("Tỉnh ủy Lam Hồng", level="province")
    commune = make.unit("Đảng ủy xã An Phú", parent=province)
    hamlet = make.unit("Chi bộ thôn Đông", parent=commune, group="residential")
    other = make.unit("Đảng ủy xã Tân Lập", parent=province)
    previous, current = make.campaign(2025), make.campaign(2026)
    field = make.field("Kinh tế")
    for _ in range(per_unit):
        make.initiative(unit=hamlet, campaign=current, field=field, status="recognized")
        make.initiative(unit=hamlet, campaign=current, field=field, status="registered", subject_type="individual")
        make.initiative(unit=other, campaign=current, field=field, status="exemplary")
        make.initiative(unit=commune, campaign=previous, field=field, status="recognized")
    return province, commune, hamlet, other, previous, current, field


@contextmanager
def _counted_queries():
    statements = []

    def count(_connection, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def _figure(html: str, key: str) -> str:
    match = re.search(rf'data-figure="{key}"><a href="([^"]+)"[^>]*>([\d.]+)</a>', html)
    assert match, key
    return match.group(2), match.group(1).replace("&amp;", "&")


def test_officer_may_not_open_the_dashboard(make, client, login):
    login(make.user(ROLE_OFFICER))
    assert client.get("/reports/").status_code == 403


def test_viewer_sees_the_province_totals_and_rates(make, client, login):
    province, *_ = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    html = client.get("/reports/").get_data(as_text=True)
    assert _figure(html, "registered")[0] == "3"
    assert _figure(html, "recognised")[0] == "2"
    assert _figure(html, "exemplary")[0] == "1"
    assert "66,7 %" in html  # 2 recognised of 3 registered
    assert "Đảng ủy xã An Phú" in html and "Đảng ủy xã Tân Lập" in html


def test_every_headline_number_links_to_the_same_count_in_the_list(make, client, login):
    province, commune, *_ = _world(make)
    login(make.user(ROLE_STAFF, unit=province))
    html = client.get(f"/reports/?unit={commune.id}").get_data(as_text=True)
    for key in ("registered", "recognised", "exemplary"):
        number, link = _figure(html, key)
        listing = client.get(link).get_data(as_text=True)
        if number == "0":
            assert "No model matches" in listing or "Không có mô hình" in listing or "0" in listing
        else:
            assert f"{number} " in re.sub(r"<[^>]+>", " ", listing), (key, link)


def test_a_unit_outside_the_scope_is_not_found(make, client, login):
    _province, commune, _hamlet, other, *_ = _world(make)
    login(make.user(ROLE_VIEWER, unit=commune))
    assert client.get(f"/reports/?unit={other.id}").status_code == 404
    assert client.get(f"/reports/report/locality?unit={other.id}").status_code == 404
    assert client.get("/reports/?unit=abc&campaign=xyz&field=-1&level=moon").status_code == 200
    assert client.get("/reports/?campaign=999999").status_code == 404


def test_commune_viewer_sees_only_the_commune(make, client, login):
    _province, commune, *_ = _world(make)
    login(make.user(ROLE_VIEWER, unit=commune))
    html = client.get("/reports/").get_data(as_text=True)
    assert _figure(html, "registered")[0] == "2"
    assert "Đảng ủy xã Tân Lập" not in html


def test_dashboard_query_count_does_not_grow_with_the_data(make, client, login):
    province, *_ = _world(make, per_unit=1)
    login(make.user(ROLE_STAFF, unit=province))
    db.session.commit()
    client.get("/reports/")
    db.session.expire_all()  # the request shares the test's session: start both counts cold
    with _counted_queries() as small:
        assert client.get("/reports/").status_code == 200
    db.session.rollback()
    extra = make.unit("Đảng ủy xã Mới", parent=province)
    for _ in range(15):
        make.initiative(unit=extra, campaign=_world_campaign(), status="registered")
    db.session.commit()
    db.session.expire_all()
    with _counted_queries() as large:
        assert client.get("/reports/").status_code == 200
    assert len(large) == len(small), "\n\n".join(large)


def _world_campaign():
    from sqlalchemy import select

    from registry.models import Campaign
    return db.session.scalar(select(Campaign).where(Campaign.year == 2026))


def _page_rows(html: str) -> list[list[str]]:
    body = html.split('id="report"', 1)[1].split("</table>", 1)[0]
    rows = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, flags=re.S):
        cells = [re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)]
        if "colgroup" not in row:  # the groups above the headings: checked apart
            rows.append(cells)
    return rows


def _plain(value, number_format: str = "") -> str:
    if "%" in number_format and value is not None:  # a share: a number in Excel, "23,1" on the page
        return f"{100 * value:.1f}".replace(".", ",")
    if isinstance(value, float) and value.is_integer():  # the writer stores 3 as "3.0": the same number
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return "" if value is None else str(value)


@pytest.mark.parametrize("name", list(REPORTS))
def test_each_export_opens_and_equals_the_page(make, client, login, name):
    province, *_ = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    page = client.get(f"/reports/report/{name}")
    assert page.status_code == 200
    expected = _page_rows(page.get_data(as_text=True))
    response = client.get(f"/reports/report/{name}.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.data)).active
    heading, _rows = table_rows(sheet)
    assert sheet.freeze_panes == f"A{heading + 1}"
    cells = [[_plain(cell.value, cell.number_format) for cell in row[1:]] for row in sheet.iter_rows(min_row=heading)]
    assert cells[1:] == expected[1:]
    _same_headings(cells[0], expected[0])
    text = client.get(f"/reports/report/{name}.csv").data
    assert text.startswith(b"\xef\xbb\xbf")
    title, *lines = list(csv.reader(io.StringIO(text.decode("utf-8-sig"))))
    assert "Counted as recorded" in title[0] or "Đếm theo ghi nhận" in title[0]
    assert [[_plain(int(v)) if v.isdigit() else v for v in line] for line in lines[1:]] == expected[1:]
    _same_headings(lines[0], expected[0])


def _same_headings(in_file: list[str], on_page: list[str]) -> None:
    """A file's heading says the whole ("Kinh tế 2026"); the page's may drop the group above it ("2026")."""
    for whole, shown in zip(in_file, on_page, strict=True):
        assert whole == shown or whole.endswith(f" {shown}"), (whole, shown)


def test_the_field_report_counts_and_totals(make, client, login):
    province, *_ = _world(make, per_unit=2)
    login(make.user(ROLE_VIEWER, unit=province))
    sheet = load_workbook(io.BytesIO(client.get("/reports/report/field-status.xlsx").data)).active
    _heading, rows = table_rows(sheet)
    headers, kinh_te, totals = rows[0], rows[1], rows[-1]
    registered = headers.index("Registered") if "Registered" in headers else headers.index("Đã đăng ký", 3)
    assert kinh_te[0] == "Kinh tế" and kinh_te[registered] == 6
    assert totals[registered] == 6


def test_unknown_report_or_format_is_not_found(make, client, login):
    province, *_ = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    assert client.get("/reports/report/salaries").status_code == 404
    assert client.get("/reports/report/locality.pdf").status_code == 404


def test_the_board_sees_recognised_models_per_field_and_commune_this_year_against_last(make, client, login):
    province, commune, _hamlet, other, _previous, current, field = _world(make)
    make.field("Văn hóa")
    db.session.commit()
    login(make.user(ROLE_VIEWER, unit=province))
    dashboard = client.get("/reports/").get_data(as_text=True)
    assert "/reports/report/field-commune-years" in dashboard
    html = client.get(f"/reports/report/field-commune-years?campaign={current.id}").get_data(as_text=True)
    rows = _page_rows(html)
    # The group row above names the field; each column under it names the year.
    assert rows[0] == ["Xã/phường", "2026", "2025", "2026", "2025", "2026", "2025"]
    # An Phú: its hamlet's model recognised this year (rolled up), its own last year; the registered one is not
    assert rows[1] == [commune.name, "1", "1", "0", "0", "1", "1"]
    assert rows[2] == [other.name, "1", "0", "0", "0", "1", "0"]  # an exemplary model was recognised first
    assert rows[3] == ["Tổng cộng", "2", "1", "0", "0", "2", "1"]
    assert 'colspan="2" class="text-center">Kinh tế</th>' in html
    narrowed = _page_rows(client.get(f"/reports/report/field-commune-years?field={field.id}&unit={commune.id}")
                          .get_data(as_text=True))
    assert narrowed[1:] == [[commune.name, "1", "1", "1", "1"], ["Tổng cộng", "1", "1", "1", "1"]]
