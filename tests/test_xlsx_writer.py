"""registry.xlsx.write, the one XLSX writer, cell by cell: what it keeps of each value (#11 item 16)."""

import io
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from registry import xlsx


def _sheet(app, rows, totals=None, groups=None, headers=None):
    """Write `rows` with registry.xlsx and return the sheet, read back by openpyxl."""
    headers = headers or [f"Cột {n}" for n in range(len(rows[0]))]
    with app.test_request_context():
        sheet = xlsx.Sheet("Danh sách: thử/1", "Đợt 2026", ["Lĩnh vực: Kinh tế"], headers, [12] * len(headers),
                           groups)
        handle = xlsx.write(sheet, rows, totals)
        data = handle.read()
        handle.close()
    return load_workbook(io.BytesIO(data)).active


def test_each_value_keeps_its_kind_and_text_stays_text(app):
    rows = [["=1+1", "a\x01b\x1fc", "x" * 40000, 7, 2.5, Decimal("1.25"), True, None, "", xlsx.Percent(0.231),
             date(2026, 3, 2)]]
    sheet = _sheet(app, rows)
    heading = 7
    assert sheet.title == "Danh sách  thử 1"
    assert [sheet.cell(row, 1).value for row in range(1, 6)][1:4] == [
        "Danh sách: thử/1", "Đợt: Đợt 2026", "Điều kiện lọc: Lĩnh vực: Kinh tế"]
    assert sheet.cell(heading, 1).value == "STT" and sheet.cell(heading, 1).font.bold
    assert sheet.freeze_panes == f"A{heading + 1}"
    cells = [sheet.cell(heading + 1, column) for column in range(1, 13)]
    assert cells[0].value == 1
    assert (cells[1].value, cells[1].data_type) == ("=1+1", "s")
    assert cells[2].value == "abc"
    assert cells[3].value == "x" * 32767
    assert [cell.value for cell in cells[4:8]] == [7, 2.5, 1.25, True]
    assert cells[8].value is None and cells[9].value is None
    assert cells[10].value == 0.231 and cells[10].number_format == "0.0%"
    assert cells[11].value == datetime(2026, 3, 2) and cells[11].number_format == "dd/mm/yyyy"
    assert round(sheet.column_dimensions["B"].width) == 13  # 12 characters, in Excel's units


def test_timestamps_become_local_dates_whether_naive_utc_or_aware(app):
    evening_utc = datetime(2026, 3, 1, 20, 30)  # 03:30 on 2 March in Vietnam
    aware = datetime(2026, 3, 1, 20, 30, tzinfo=ZoneInfo("Europe/Paris"))  # 19:30 UTC, 02:30 on 2 March
    sheet = _sheet(app, [["a", evening_utc, aware]])
    assert sheet.cell(8, 3).value == datetime(2026, 3, 2, 3, 30) and sheet.cell(8, 3).number_format == "dd/mm/yyyy"
    assert sheet.cell(8, 4).value == datetime(2026, 3, 2, 2, 30)


def test_a_timestamp_a_hair_before_the_minute_is_written_whole(app):
    # The writer's own datetime path refuses seconds past 59.999: such a stored timestamp once failed a
    # 100,000-row export with a 500.
    moment = datetime(2026, 3, 1, 5, 34, 59, 999443)
    sheet = _sheet(app, [["a", moment], ["b", xlsx.Percent(0.1)]], totals=["", moment])
    assert abs(sheet.cell(8, 3).value - datetime(2026, 3, 1, 12, 34, 59, 999443)) < timedelta(milliseconds=1)
    assert sheet.cell(8, 3).number_format == "dd/mm/yyyy"
    assert sheet.cell(10, 3).font.bold and sheet.cell(10, 3).value.date() == date(2026, 3, 1)


def test_dates_before_march_1900_follow_excels_calendar(app):
    with app.test_request_context():
        serial = xlsx._LocalTime(ZoneInfo("UTC")).serial
        assert [serial(datetime(1900, 1, 1)), serial(datetime(1900, 2, 28)), serial(datetime(1900, 3, 1))] == [
            1, 59, 61]
        assert serial(datetime(2026, 3, 1, 12)) == 46082.5


def test_a_row_of_another_shape_and_a_bold_totals_line_are_written_by_kind(app):
    rows = [["a", 1, datetime(2026, 1, 1)], [None, "b", xlsx.Percent(0.5)]]
    sheet = _sheet(app, rows, totals=lambda: ["Tổng", 3, xlsx.Percent(1.0)])
    assert [sheet.cell(9, column).value for column in range(1, 5)] == [2, None, "b", 0.5]
    assert sheet.cell(9, 4).number_format == "0.0%"
    totals = [sheet.cell(10, column) for column in range(1, 5)]
    assert [cell.value for cell in totals] == [None, "Tổng", 3, 1.0]
    assert all(cell.font.bold for cell in totals) and totals[3].number_format == "0.0%"


def test_grouped_headings_take_two_rows_with_the_groups_merged(app):
    sheet = _sheet(app, [["Kinh tế", 1, 2, 3]], groups=[("", 1), ("2026", 2), ("Tổng", 1)],
                   headers=["Lĩnh vực", "Đăng ký", "Công nhận", "Tất cả"])
    assert [str(merged) for merged in sheet.merged_cells.ranges] == ["C7:D7"]
    assert sheet["C7"].value == "2026" and sheet["E7"].value == "Tổng" and sheet["B7"].value is None
    assert [sheet.cell(8, column).value for column in range(1, 6)] == ["STT", "Lĩnh vực", "Đăng ký", "Công nhận",
                                                                       "Tất cả"]
    assert sheet.freeze_panes == "A9"


def test_local_time_follows_the_zone_across_a_change_of_offset():
    paris = ZoneInfo("Europe/Paris")
    local = xlsx._LocalTime(paris)
    start = datetime(2026, 3, 28, 22, 0)  # the night summer time starts (01:00 UTC on 29 March)
    for minutes in range(0, 6 * 60, 17):
        moment = start + timedelta(minutes=minutes)
        assert local(moment) == moment.replace(tzinfo=UTC).astimezone(paris).replace(tzinfo=None), moment
