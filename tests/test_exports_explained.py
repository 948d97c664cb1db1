"""Excel files that explain themselves (#11 item 14) and figures that agree everywhere (item 15)."""

import io
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from registry.extensions import db
from registry.roles import ROLE_STAFF, ROLE_VIEWER
from tests.test_reports_pages import _page_rows, _world
from tests.xlsx_table import table_rows
from workflows.machine import REPORT_STAGES


def _today() -> str:
    return f"{datetime.now(ZoneInfo('Asia/Ho_Chi_Minh')):%Y%m%d}"


def test_a_report_sheet_names_its_body_campaign_filters_and_date_above_an_stt_column(make, client, login, app):
    province, *_rest, current, field = _world(make)
    app.config["ORG_NAME"] = "Ban Tuyên giáo và Dân vận Tỉnh ủy Lam Hồng"
    login(make.user(ROLE_VIEWER, unit=province))
    response = client.get(f"/reports/report/locality.xlsx?campaign={current.id}&field={field.id}")
    sheet = load_workbook(io.BytesIO(response.data)).active
    assert sheet["A1"].value == "BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY LAM HỒNG"
    assert sheet["A2"].value == "Theo địa bàn, kèm mức độ bao phủ"
    assert sheet["A3"].value == f"Đợt: {current.name}"
    assert sheet["A4"].value == f"Điều kiện lọc: Cách đếm: Theo ghi nhận; Đơn vị: {province.name}; Lĩnh vực: Kinh tế"
    assert re.fullmatch(r"Lập lúc \d\d/\d\d/\d{4} \d\d:\d\d", sheet["A5"].value)
    heading, rows = table_rows(sheet)
    assert sheet.cell(heading, 1).value == "STT" and sheet.cell(heading + 1, 1).value == 1
    assert len(set(rows[0])) == len(rows[0]), rows[0]  # no two columns named alike ("Đơn vị" twice before)
    disposition = response.headers["Content-Disposition"]
    expected = f"bao-cao-theo-dia-ban-kem-muc-do-bao-phu-dot-2026-{_slug(province.name)}-kinh-te-{_today()}.xlsx"
    assert f'filename="{expected}"' in disposition


def _slug(name: str) -> str:
    from registry.xlsx import slug
    return slug(name)


def test_coverage_is_a_percent_number_not_text(make, client, login):
    province, *_ = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    sheet = load_workbook(io.BytesIO(client.get("/reports/report/locality.xlsx").data)).active
    heading, rows = table_rows(sheet)
    column = rows[0].index("Coverage (%)") if "Coverage (%)" in rows[0] else rows[0].index("Tỷ lệ bao phủ (%)")
    cell = sheet.cell(heading + 1, column + 2)
    assert isinstance(cell.value, int | float) and cell.number_format == "0.0%"
    assert cell.value == 0.5  # Đảng ủy xã An Phú: itself without a model, its hamlet with two


def test_the_field_report_groups_the_headings_that_share_a_name(make, client, login):
    province, *_ = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    sheet = load_workbook(io.BytesIO(client.get("/reports/report/field-status.xlsx").data)).active
    heading, rows = table_rows(sheet)
    groups = [cell.value for cell in sheet[heading - 1] if cell.value]
    assert groups == ["Theo trạng thái hiện tại", "Lũy kế đã qua bước"]
    named = [index for index, label in enumerate(rows[0]) if label == "Đã đăng ký"]
    assert len(named) == 2  # the state and the stage, told apart by the groups above
    first_stage = named[1] + 2
    assert sheet.cell(heading - 1, first_stage).value == "Lũy kế đã qua bước"
    page = client.get("/reports/report/field-status").get_data(as_text=True)
    assert 'scope="colgroup" colspan="' in page and "Lũy kế đã qua bước" in page


def test_the_list_export_names_the_commune_and_its_filters(make, client, login):
    province, commune, hamlet, _other, _previous, current, field = _world(make)
    login(make.user(ROLE_STAFF, unit=province))
    response = client.get(f"/initiatives/export?format=xlsx&campaign={current.id}&field={field.id}")
    sheet = load_workbook(io.BytesIO(response.data)).active
    assert sheet["A2"].value == "Danh sách mô hình"
    assert sheet["A4"].value == "Điều kiện lọc: Lĩnh vực: Kinh tế"
    heading, rows = table_rows(sheet)
    commune_column = rows[0].index("Xã/phường")
    units = {row[2]: row[commune_column] for row in rows[1:]}
    assert units[hamlet.name] == commune.name  # a hamlet's model is counted in the commune above it
    assert response.headers["Content-Disposition"].endswith(f'mo-hinh-dot-2026-kinh-te-{_today()}.xlsx"')


def test_the_locality_totals_agree_with_the_dashboard(make, client, login):
    province, *_ = _world(make)
    login(make.user(ROLE_VIEWER, unit=province))
    dashboard = client.get("/reports/").get_data(as_text=True)
    # 4 active units (the province itself among them), 2 with nothing registered: the province, An Phú
    assert re.search(r"Đơn vị chưa đăng ký mô hình</div><div class=\"fs-4\">2 / 4<", dashboard)
    totals = _page_rows(client.get("/reports/report/locality").get_data(as_text=True))[-1]
    assert totals[-3:] == ["4", "2", "50,0"]  # before: 3 and 1, the province left out of the rows' sum


def test_coverage_follows_the_field_filter(make, client, login):
    province, *_ = _world(make)
    empty = make.field("Văn hóa")
    db.session.commit()
    login(make.user(ROLE_VIEWER, unit=province))
    totals = _page_rows(client.get(f"/reports/report/locality?field={empty.id}").get_data(as_text=True))[-1]
    assert totals[1] == "0" and totals[-3:] == ["4", "4", "0,0"]  # before: 0 registered, 50,0 % covered
    dashboard = client.get(f"/reports/?field={empty.id}").get_data(as_text=True)
    assert "4 / 4<" in dashboard


def test_a_list_opened_at_a_stage_shows_the_stage_in_its_filters(make, client, login):
    province, *_ = _world(make)
    login(make.user(ROLE_STAFF, unit=province))
    html = client.get(f"/initiatives/?stage={REPORT_STAGES[1]}").get_data(as_text=True)
    select = html.split('name="stage"', 1)[1].split("</select>", 1)[0]
    assert f'value="{REPORT_STAGES[1]}" selected>Đã được công nhận (lũy kế)' in select
