"""The dashboard's SVG charts stay readable on a phone: no label under the minimum size, a box that may scroll."""

import re

from reports import charts

SERIES = ["Đã đăng ký", "Được công nhận", "Tiêu biểu"]


def _font_sizes(svg: str) -> list[float]:
    return [float(size) for size in re.findall(r'font-size="([\d.]+)"', svg)]


def test_no_chart_label_is_smaller_than_the_minimum_and_each_chart_sits_in_a_scrolling_box():
    bars = str(charts.stacked_bars("Theo lĩnh vực", [("Kinh tế", [3, 2, 1]), ("Văn hóa – xã hội", [1, 0, 4])], SERIES))
    columns = str(charts.grouped_columns("Theo năm", [("2025", [5, 3, 1]), ("2026", [7, 4, 2])], SERIES))
    for svg in (bars, columns):
        sizes = _font_sizes(svg)
        assert sizes and min(sizes) >= charts.MIN_FONT >= 12, sizes
        # app.css keeps `.chart` 560 px wide below `md` inside `.chart-box`, which scrolls.
        assert svg.startswith('<div class="chart-box" tabindex="0"><svg ') and svg.endswith("</svg></div>")
        assert 'class="chart w-100 h-auto"' in svg
