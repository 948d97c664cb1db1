"""The list of initiatives: filters read from the query string, accent-blind search, sorting."""

from dataclasses import asdict, dataclass

from sqlalchemy import Select, select
from sqlalchemy.orm import contains_eager

from registry.access import visible_initiatives_filter, visible_units_filter
from registry.extensions import db
from registry.models import Campaign, Field, Initiative, Unit, User
from registry.models.initiatives import SUBJECT_TYPES
from registry.pagination import int_arg
from registry.text import fold
from workflows.machine import STATES

PER_PAGE = 25
#: Ids beyond a PostgreSQL integer cannot exist; reading them as "no filter" keeps the database out of it.
MAX_ID = 2**31 - 1
MAX_QUERY_LENGTH = 200
#: The columns a list may be sorted by; anything else falls back to the default.
SORT_COLUMNS = {
    "code": Initiative.code,
    "title": Initiative.title,
    "status": Initiative.status,
    "updated": Initiative.updated_at,
}
DEFAULT_SORT = "updated"
DIRECTIONS = ("asc", "desc")


@dataclass
class ListFilters:
    """What the user asked the list for; every value already checked."""

    campaign_id: int | None = None
    field_id: int | None = None
    status: str = ""
    unit_id: int | None = None
    subject_type: str = ""
    q: str = ""
    sort: str = DEFAULT_SORT
    direction: str = "desc"
    page: int = 1

    @classmethod
    def from_args(cls, args) -> "ListFilters":
        """Read the filters from a query string, dropping whatever is malformed."""
        sort = args.get("sort", DEFAULT_SORT)
        direction = args.get("dir", "desc")
        return cls(
            campaign_id=int_arg(args, "campaign", None, minimum=1, maximum=MAX_ID),
            field_id=int_arg(args, "field", None, minimum=1, maximum=MAX_ID),
            status=args.get("status", "") if args.get("status") in STATES else "",
            unit_id=int_arg(args, "unit", None, minimum=1, maximum=MAX_ID),
            subject_type=args.get("subject_type", "") if args.get("subject_type") in SUBJECT_TYPES else "",
            q=args.get("q", "").strip()[:MAX_QUERY_LENGTH],
            sort=sort if sort in SORT_COLUMNS else DEFAULT_SORT,
            direction=direction if direction in DIRECTIONS else "desc",
            page=int_arg(args, "page", 1, minimum=1, maximum=1_000_000),
        )

    def query_args(self, **changes) -> dict:
        """Return the non-default filters as query-string arguments, with `changes` applied."""
        names = {"campaign_id": "campaign", "field_id": "field", "unit_id": "unit", "direction": "dir"}
        values = {names.get(key, key): value for key, value in asdict(self).items()}
        values.update(changes)
        defaults = {"sort": DEFAULT_SORT, "dir": "desc", "page": 1}
        return {key: value for key, value in values.items()
                if value not in (None, "") and defaults.get(key) != value}

    @property
    def is_filtered(self) -> bool:
        """Tell whether any filter or search narrows the list."""
        return any((self.campaign_id, self.field_id, self.status, self.unit_id, self.subject_type, self.q))


def visible_units(user: User) -> list[Unit]:
    """Return the units whose initiatives `user` may read, in tree order."""
    return list(db.session.scalars(select(Unit).where(visible_units_filter(user)).order_by(Unit.path)))


def _narrow(query: Select, user: User, filters: ListFilters) -> Select:
    """Add the visibility rule and the user's filters to a query joined to Unit."""
    query = query.where(visible_initiatives_filter(user))
    if filters.campaign_id:
        query = query.where(Initiative.campaign_id == filters.campaign_id)
    if filters.field_id:
        query = query.where(Initiative.field_id == filters.field_id)
    if filters.status:
        query = query.where(Initiative.status == filters.status)
    if filters.subject_type:
        query = query.where(Initiative.subject_type == filters.subject_type)
    if filters.unit_id:
        unit = db.session.get(Unit, filters.unit_id)
        # An unknown unit selects nothing rather than silently showing everything.
        query = query.where(Unit.path.startswith(unit.path, autoescape=True) if unit else Unit.id.is_(None))
    if filters.q:
        query = query.where(Initiative.search_text.contains(fold(filters.q), autoescape=True))
    column = SORT_COLUMNS[filters.sort]
    order = column.asc() if filters.direction == "asc" else column.desc()
    tie = Initiative.id.asc() if filters.direction == "asc" else Initiative.id.desc()
    return query.order_by(order, tie)


def initiatives_query(user: User, filters: ListFilters) -> Select:
    """Return the initiatives `user` may read that match `filters`, sorted, unit loaded."""
    query = select(Initiative).join(Initiative.unit).options(contains_eager(Initiative.unit))
    return _narrow(query, user, filters)


def export_rows_query(user: User, filters: ListFilters) -> Select:
    """Return the same rows as `initiatives_query`, as plain columns for an export."""
    query = (
        select(Initiative.code, Initiative.title, Unit.name, Field.name, Campaign.name, Initiative.subject_type,
               Initiative.registration_kind, Initiative.target_level, Initiative.status,
               Initiative.contact_name, Initiative.contact_phone, Initiative.submitted_at,
               Initiative.updated_at)
        .select_from(Initiative)
        .join(Unit, Initiative.unit_id == Unit.id)
        .join(Field, Initiative.field_id == Field.id)
        .join(Campaign, Initiative.campaign_id == Campaign.id)
    )
    return _narrow(query, user, filters)
