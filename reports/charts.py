"""Inline SVG charts drawn on the server: no JavaScript, no internet, scaled to the screen's width."""

from markupsafe import Markup, escape

#: Colours of the stacked segments, in the order of the series given.
PALETTE = ("#0d6efd", "#198754", "#ffc107", "#dc3545", "#6c757d", "#0dcaf0", "#6610f2")
WIDTH = 600
BAR = 22
GAP = 10
LABEL_WIDTH = 170
#: The smallest font size written, in the chart's units. Below Bootstrap's `md` breakpoint app.css keeps the chart
#: at least 560 units wide (its box scrolls sideways), so no label renders under 12 px on a 360-px phone.
MIN_FONT = 13


def _number(value: int) -> str:
    """Format a count with "." for thousands, the Vietnamese way."""
    return f"{value:,}".replace(",", ".")


def _opening(title: str, height: int, series: list[str]) -> list[str]:
    """Start a chart: the scalable SVG element with its accessible title, and the legend of the series."""
    parts = [f'<div class="chart-box" tabindex="0">'
             f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'class="chart w-100 h-auto" aria-label="{escape(title)}"><title>{escape(title)}</title>']
    x = 0
    for index, name in enumerate(series):
        parts.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{PALETTE[index % len(PALETTE)]}"/>'
                     f'<text x="{x + 16}" y="14" font-size="{MIN_FONT}">{escape(name)}</text>')
        x += 24 + 8 * len(str(name))
    return parts


def stacked_bars(title: str, rows: list[tuple[str, list[int]]], series: list[str]) -> Markup:
    """Draw one horizontal bar per row, stacked by series, with a legend and the totals written out."""
    biggest = max((sum(values) for _label, values in rows), default=0) or 1
    plot = WIDTH - LABEL_WIDTH - 60
    legend_height = 24
    height = legend_height + len(rows) * (BAR + GAP) + GAP
    parts = _opening(title, height, series)
    for row_index, (label, values) in enumerate(rows):
        y = legend_height + GAP + row_index * (BAR + GAP)
        short = label if len(label) <= 26 else label[:25] + "…"
        parts.append(f'<text x="0" y="{y + BAR - 6}" font-size="13">{escape(short)}</text>')
        offset = LABEL_WIDTH
        for index, value in enumerate(values):
            width = plot * value / biggest
            if width > 0:
                parts.append(f'<rect x="{offset:.1f}" y="{y}" width="{width:.1f}" height="{BAR}" '
                             f'fill="{PALETTE[index % len(PALETTE)]}"><title>{escape(series[index])}: '
                             f'{_number(value)}</title></rect>')
            offset += width
        parts.append(f'<text x="{offset + 4:.1f}" y="{y + BAR - 6}" font-size="13">{_number(sum(values))}</text>')
    parts.append("</svg></div>")
    return Markup("".join(parts))  # noqa: S704 (every text inside went through escape())


def grouped_columns(title: str, groups: list[tuple[str, list[int]]], series: list[str]) -> Markup:
    """Draw vertical columns side by side per group (e.g. one group per year), values on top."""
    height, base, top = 260, 220, 36
    biggest = max((max(values, default=0) for _label, values in groups), default=0) or 1
    slot = WIDTH / max(1, len(groups))
    column = min(48, (slot - 20) / max(1, len(series)))
    parts = _opening(title, height, series)
    for group_index, (label, values) in enumerate(groups):
        left = group_index * slot + (slot - column * len(values)) / 2
        for index, value in enumerate(values):
            bar = (base - top) * value / biggest
            x = left + index * column
            parts.append(f'<rect x="{x:.1f}" y="{base - bar:.1f}" width="{column - 4:.1f}" height="{bar:.1f}" '
                         f'fill="{PALETTE[index % len(PALETTE)]}"><title>{escape(series[index])}: '
                         f'{_number(value)}</title></rect>'
                         f'<text x="{x + (column - 4) / 2:.1f}" y="{base - bar - 4:.1f}" font-size="{MIN_FONT}" '
                         f'text-anchor="middle">{_number(value)}</text>')
        parts.append(f'<text x="{group_index * slot + slot / 2:.1f}" y="{base + 20}" font-size="13" '
                     f'text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg></div>")
    return Markup("".join(parts))  # noqa: S704 (every text inside went through escape())
