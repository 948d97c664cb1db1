"""The API's counts: the dashboard's aggregates grouped by the dimensions the caller names."""

from flask import abort
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from api.core import api_user, operation
from api.problems import ApiProblem
from api.schemas.catalog import StatsAnswer, StatsQuery
from reports import queries
from reports.dashboard import campaigns, selection_from_args

#: What counts may be grouped by.
DIMENSIONS = ("status", "field_id", "subject_type", "registration_kind", "unit_level", "unit_group", "campaign_id")


@operation("/stats", "GET", summary=_l("Count initiatives"), tag="statistics", query=StatsQuery,
           response=StatsAnswer, errors=(403, 404),
           description=_l("The dashboard's counts for the caller's scope (staff, report viewers, administrators), "
                          "from the same summary tables. Without `campaign_id` the latest open campaign is counted, "
                          "or every campaign when grouping by `campaign_id`; without `unit_id`, the caller's whole "
                          "scope. `group_by` is a comma-separated list of: status, field_id, subject_type, "
                          "registration_kind, unit_level, unit_group, campaign_id. `basis` counts as recorded "
                          "(under the unit as it was) or re-based (closed units folded into today's units); the "
                          "answer says which."))
def stats(query: StatsQuery):
    """Count the initiatives of the selection, grouped by the named dimensions."""
    user = api_user()
    if not (user.is_admin or user.has_role(*queries.READER_ROLES)):
        raise ApiProblem(403, _("Only the steering board's staff and report viewers may read the counts."),
                         reason="right")
    dims = tuple(dict.fromkeys(name.strip() for name in query.group_by.split(",") if name.strip()))
    unknown = [name for name in dims if name not in DIMENSIONS]
    if unknown:
        raise ApiProblem(400, _("Counts cannot be grouped by: %(names)s.", names=", ".join(unknown)),
                         {"/group_by": _("Choose among: %(names)s.", names=", ".join(DIMENSIONS))})
    args = {"campaign": query.campaign_id, "unit": query.unit_id, "field": query.field_id,
            "level": query.level, "subject_type": query.subject_type, "basis": query.basis}
    found = selection_from_args({key: str(value) for key, value in args.items() if value is not None},
                                user, campaigns())
    if found is None:
        abort(404)
    selection, _chain = found
    every_campaign = "campaign_id" in dims and query.campaign_id is None
    counts = queries.grouped(selection, dims or ("status",), all_campaigns=every_campaign)
    rows = [{**dict(zip(dims, key, strict=True)), "count": number} for key, number in sorted(
        counts.items(), key=lambda item: tuple(str(part) for part in item[0])) if number] if dims else []
    total = sum(counts.values())
    if not dims:
        rows = [{"count": total}]
    return StatsAnswer(rows=rows, total=total, basis=selection.basis,
                       basis_statement=str(queries.BASIS_STATEMENTS[selection.basis]))
