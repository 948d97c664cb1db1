"""Pages of the steering board: the dashboard, the printable reports and their Excel/CSV downloads."""

from flask import Blueprint, abort, render_template, request
from flask_babel import gettext as _
from flask_login import current_user

from registry.downloads import EXPORT_TYPES, download
from registry.labels import GROUP_LABELS, LEVEL_LABELS
from reports import charts, exports, summary, tables
from reports.dashboard import campaigns, dashboard, fields, selection_from_args
from reports.links import (
    change_formatter,
    list_linker,
    number_formatter,
    percent,
    selection_linker,
    status_cells,
    status_rows,
    template_gettext,
    unit_cells,
)
from reports.queries import BASIS_LABELS, BASIS_STATEMENTS, READER_ROLES
from web.guards import role_required
from workflows.machine import STATES, TREND_STAGES, states_where

bp = Blueprint("reports", __name__, url_prefix="/reports")

#: The statuses drawn in the "status by field" chart, in stacking order.
CHART_STATES = states_where(charted=True)


def _selection_or_404(all_campaigns: list):
    """Read the selection the query string asks for, with the selected unit's ancestors.

    :raise 404: for a campaign or unit that does not exist or lies outside the user's scope.
    """
    found = selection_from_args(request.args, current_user, all_campaigns)
    if found is None:
        abort(404)
    return found


@bp.get("/", endpoint="dashboard")
@role_required(*READER_ROLES)
def dashboard_page():
    """Show the counts of the selected campaign and unit subtree, each linked to its list."""
    all_campaigns = campaigns()
    selection, chain = _selection_or_404(all_campaigns)
    data = dashboard(selection, all_campaigns)
    all_fields = fields()
    field_rows = [(item.name, [data["field_status"].get((item.id, state), 0) for state in CHART_STATES])
                  for item in all_fields if any(data["field_status"].get((item.id, s)) for s in STATES)]
    status_chart = charts.stacked_bars(_("Models by field and status"), field_rows,
                                       [str(STATES[state]) for state in CHART_STATES])
    trend_chart = charts.grouped_columns(
        _("Models by year"), [(str(c.year), [f[stage] for stage in TREND_STAGES])
                              for c, f in data["trend"]],
        [_("Registered"), _("Recognised"), _("Exemplary")])
    num = number_formatter()
    n = list_linker(num, selection)
    change = change_formatter(num)
    state_labels = {state: str(label) for state, label in STATES.items()}
    return render_template("reports/dashboard.html", selection=selection, chain=chain, data=data, n=n,
                           unit_cells=unit_cells(n, num), status_cells=status_cells(n, data["states"]),
                           dashboard_url=selection_linker("reports.dashboard", selection), pct=percent,
                           change=change, state_labels=state_labels,
                           status_rows=status_rows(n, change, state_labels, data["states"]),
                           gettext=template_gettext(),
                           campaigns=all_campaigns, fields=all_fields, level_labels=LEVEL_LABELS,
                           status_chart=status_chart, trend_chart=trend_chart, reports=tables.REPORTS,
                           basis_labels=BASIS_LABELS, basis_statements=BASIS_STATEMENTS)


@bp.get("/report/<name>")
@role_required(*READER_ROLES)
def report_page(name: str):
    """Show one report as a printable page.

    :raise 404: for an unknown report.
    """
    if name not in tables.REPORTS:
        abort(404)
    all_campaigns = campaigns()
    selection, chain = _selection_or_404(all_campaigns)
    table = tables.build(name, selection)
    return render_template("reports/report.html", table=table, rows=list(exports.all_rows(table)),
                           selection=selection, chain=chain, name=name, fields=fields(), campaigns=all_campaigns,
                           level_labels=LEVEL_LABELS, group_labels=GROUP_LABELS, basis_labels=BASIS_LABELS,
                           basis_statements=BASIS_STATEMENTS)


@bp.get("/report/<name>.<kind>")
@role_required(*READER_ROLES)
def report_export(name: str, kind: str):
    """Download one report as XLSX or CSV.

    :raise 404: for an unknown report or format.
    """
    if name not in tables.REPORTS or kind not in EXPORT_TYPES:
        abort(404)
    all_campaigns = campaigns()
    selection, _chain = _selection_or_404(all_campaigns)
    table = tables.build(name, selection)
    return download(kind, exports.file_name(table, selection, kind), lambda: exports.csv_chunks(table, selection),
                    lambda: exports.xlsx_file(table, selection))


def init_app(app) -> None:
    """Register the blueprint and the summary's listeners."""
    app.register_blueprint(bp)
    summary.init_app(app)
