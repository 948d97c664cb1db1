"""The audit page: security events, newest first, filtered by kind, user and dates; also as CSV (administrators)."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import Response, current_app, render_template, request, stream_with_context
from flask_babel import gettext as _
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import aliased

from registry.admin.blueprint import bp
from registry.audit import KINDS
from registry.extensions import db
from registry.i18n import format_datetime_vn
from registry.models import AuditEvent, User
from registry.pagination import int_arg, paginate
from registry.roles import ROLE_ADMIN
from reports.exports import csv_chunks
from reports.tables import Table
from web.guards import role_required

PER_PAGE = 50
#: Rows read at a time for the CSV export.
BATCH = 1000


def _date_arg(args, name: str) -> date | None:
    """Read a yyyy-mm-dd (the date input) or dd/mm/yyyy date; anything else is ignored."""
    text = args.get(name, "").strip()[:10]
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


@dataclass
class AuditFilters:
    """What the audit list is narrowed to; unknown values are dropped, never an error."""

    kind: str = ""
    user: str = ""
    since: date | None = None
    until: date | None = None

    @classmethod
    def from_args(cls, args) -> "AuditFilters":
        """Read the filters from a query string."""
        kind = args.get("kind", "")
        return cls(kind=kind if kind in KINDS else "", user=args.get("user", "").strip()[:200],
                   since=_date_arg(args, "since"), until=_date_arg(args, "until"))

    def query(self) -> Select:
        """Return the events selected, newest first."""
        query = select(AuditEvent).order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
        if self.kind:
            query = query.where(AuditEvent.kind == self.kind)
        if self.user:
            # autoescape: a "%", "_" or "\\" typed in the box is matched literally, never as a pattern.
            needle = self.user.lower()
            people = select(User.id).where(or_(func.lower(User.email).contains(needle, autoescape=True),
                                               func.lower(User.full_name).contains(needle, autoescape=True)))
            query = query.where(or_(AuditEvent.actor_id.in_(people), AuditEvent.target_id.in_(people),
                                    func.lower(AuditEvent.details).contains(needle, autoescape=True)))
        zone = ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])
        if self.since:
            query = query.where(AuditEvent.created_at >= _utc_start(self.since, zone))
        if self.until:
            query = query.where(AuditEvent.created_at < _utc_start(self.until + timedelta(days=1), zone))
        return query


def _utc_start(day: date, zone: ZoneInfo) -> datetime:
    """Return the UTC moment a local day starts at."""
    return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)


@bp.get("/audit")
@role_required(ROLE_ADMIN)
def audit_events():
    """List the security events, newest first, with filters and pages."""
    filters = AuditFilters.from_args(request.args)
    page = paginate(filters.query(), int_arg(request.args, "page", 1, minimum=1), PER_PAGE)
    return render_template("admin/audit.html", page=page, filters=filters, kinds=KINDS)


def _rows(query: Select):
    """Yield the CSV rows of the events, reading them in batches."""
    actor, target = aliased(User), aliased(User)
    statement = (query.add_columns(actor.email, target.email)
                 .outerjoin(actor, actor.id == AuditEvent.actor_id)
                 .outerjoin(target, target.id == AuditEvent.target_id)
                 .execution_options(yield_per=BATCH))
    for event, actor_email, target_email in db.session.execute(statement):
        yield [format_datetime_vn(event.created_at), str(KINDS[event.kind]) if event.kind in KINDS else event.kind,
               actor_email or "", target_email or "", event.client_address, event.details, event.request_id]


@bp.get("/audit.csv")
@role_required(ROLE_ADMIN)
def audit_export():
    """Download the filtered events as CSV."""
    filters = AuditFilters.from_args(request.args)
    table = Table(key="audit", title=_("Audit log"),
                  headers=[_("Time"), _("Event"), _("By"), _("Concerning"), _("Address"), _("Details"),
                           _("Request")],
                  rows=_rows(filters.query()))
    filename = f"nhat-ky-bao-mat-{date.today():%Y%m%d}.csv"
    return Response(stream_with_context(csv_chunks(table)), mimetype="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})
