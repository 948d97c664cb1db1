"""Fast number links and cells for the dashboard: hundreds per page, so no url_for, Babel nor template call each."""

from functools import lru_cache
from urllib.parse import quote_plus

from flask import url_for
from flask_babel import format_decimal, get_translations
from jinja2 import pass_context
from markupsafe import Markup, escape

from workflows.machine import REPORT_STAGES


def number_formatter():
    """Return a function showing an integer the locale's way ("1.234" in Vietnamese), Babel asked once."""
    sample = format_decimal(1234)
    separator = sample[1] if len(sample) == 5 else ""

    def formatted(value) -> str:
        if isinstance(value, int):
            return f"{value:,}".replace(",", separator)
        return format_decimal(value)
    return formatted


@lru_cache(maxsize=4096)
def _pair(name: str, value) -> str:
    """Return one `name=value` of a query string (the same few pairs recur on every page)."""
    return f"{quote_plus(name)}={quote_plus(str(value))}"


def query_string(args: dict) -> str:
    """Encode query-string arguments as urlencode would."""
    return "&".join(_pair(name, value) for name, value in args.items())


def linker(endpoint: str, formatted=None):
    """Return a function `link(args, value)` giving `value` linked to `endpoint` under `args`.

    Without a value it returns the bare URL.
    """
    base = url_for(endpoint)
    # Escaped once here: the pairs quote_plus builds need no escaping but for the "&" between them.
    base_html = str(escape(base))

    def link(args: dict, value=None):
        if value is None:
            query = query_string(args)
            return f"{base}?{query}" if query else base
        query = "&amp;".join(_pair(name, item) for name, item in args.items())
        href = f"{base_html}?{query}" if query else base_html
        text = formatted(value)
        if not isinstance(value, int):
            text = escape(text)
        # An f-string, not Markup's %: this runs for hundreds of numbers on each page.
        return Markup(f'<a href="{href}" class="report-number">{text}</a>')  # noqa: S704 (both parts escaped)
    return link


def _selection_args(arguments: dict, extra: dict) -> dict:
    """Return selection.list_args(**extra) from the selection's `arguments` (Selection.all_args)."""
    merged = {**arguments, **extra} if extra else arguments
    return {key: value for key, value in merged.items() if value is not None and value != ""}


def selection_linker(endpoint: str, selection, formatted=None, arguments: dict | None = None):
    """Return a function `link(value, **extra)` linking `value` to `endpoint` under `selection.list_args(**extra)`.

    One template call per number instead of two; without a value (None) it returns the bare URL.
    `arguments` replaces the selection's own (Selection.all_args).
    """
    link = linker(endpoint, formatted)
    arguments = selection.all_args() if arguments is None else arguments
    return lambda value=None, /, **extra: link(_selection_args(arguments, extra), value)


def list_linker(formatted, selection):
    """Return a function `n(value, **extra)` giving a number linked to the initiatives list of the selection."""
    return selection_linker("initiatives.index", selection, formatted, selection.initiatives_args())


def percent(rate: float | None) -> str:
    """Show a rate as a percentage with one decimal and a comma ("—" when undefined)."""
    return "—" if rate is None else f"{rate * 100:.1f} %".replace(".", ",")


#: The linked figures of a "by unit" row: (figure, list argument, its value).
UNIT_ROW_LINKS = tuple((stage, "stage", stage) for stage in REPORT_STAGES)


def unit_cells(link, formatted):
    """Return a function giving the number cells of one row of the "by unit" table.

    Built here rather than in the template: dozens of rows of eight template calls each cost more than
    the rest of the page. The numbers and rates need no escaping; `link` escapes its URL.
    """
    def cells(row) -> Markup:
        figures, unit_id = row.figures, row.unit.id
        numbers = "\n      ".join(f'<td class="num">{link(figures[key], unit=unit_id, **{arg: value})}</td>'
                                  for key, arg, value in UNIT_ROW_LINKS)
        return Markup(f'{numbers}\n      <td class="num">{percent(figures["recognition_rate"])}</td>\n'  # noqa: S704
                      f'      <td class="num">{formatted(row.uncovered)} / {formatted(row.units)}</td>')
    return cells


def status_cells(link, states):
    """Return a function giving one linked cell per status of a (key, status) -> count table.

    With `key` None the table is status -> count.
    """
    def cells(counts, key, cell_class="num", **args) -> Markup:
        return Markup("".join(  # noqa: S704 (a class of ours and an escaped link)
            f'<td class="{cell_class}">'
            f'{link(counts.get(state if key is None else (key, state), 0), **args, status=state)}</td>'
            for state in states))
    return cells


def status_rows(link, change, labels: dict, states):
    """Return a function giving the rows of the "by status" table: this year, and last year with the change."""
    def rows(statuses, previous_statuses, previous) -> Markup:
        parts = []
        for state in states:
            now = statuses.get(state, 0)
            row = (f'\n        <tr><td>{escape(labels[state])}</td>'
                   f'<td class="num">{link(now, status=state)}</td>\n        ')
            if previous:
                before = previous_statuses.get(state, 0)
                row += (f'<td class="num">{link(before, status=state, campaign=previous.id)}</td>'
                        f'<td class="num">{change(now, before)}</td>')
            parts.append(row + "</tr>\n      ")  # the whitespace the template's loop wrote
        return Markup("".join(parts))  # noqa: S704 (labels escaped, links escape their URLs)
    return rows


def change_formatter(formatted):
    """Return a function showing the change between two counts, signed and coloured."""
    def change(now: int, before: int) -> Markup:
        delta = now - before
        style = "text-success" if delta > 0 else ("text-danger" if delta < 0 else "text-muted")
        return Markup('<span class="%s">%s%s</span>') % (style, "+" if delta > 0 else "", formatted(delta))
    return change


def template_gettext():
    """Return the templates' `gettext` with this request's catalogue looked up once.

    Passed to render_template it stands in for the one Flask-Babel installs (which looks the catalogue
    up again for each of the page's ~80 strings) and behaves alike: Jinja's "newstyle" gettext.
    """
    translate = get_translations().ugettext

    @pass_context
    def gettext(context, string: str, **variables):
        text = translate(string)
        if context.eval_ctx.autoescape:
            text = Markup(text)  # noqa: S704 (our own catalogue; `%` escapes the variables, as in Jinja)
        return text % variables
    return gettext
