"""The list of initiatives: filters read from the query string, accent-blind search, sorting, keyset pages.

The first NUMBERED_PAGES pages are reached by number (a small OFFSET); beyond them "next" and
"previous" carry the last (first) row's sort key and id (`after=` / `before=`), so a deep page reads
the index from the cursor on instead of skipping every row before it.
"""

from dataclasses import asdict, dataclass, field
from datetime import datetime
from math import ceil

from flask_babel import gettext as _
from sqlalchemy import Select, func, select, tuple_
from sqlalchemy.orm import contains_eager

from registry.extensions import db
from registry.filters import where_given
from registry.models import Campaign, Field, Initiative, Unit, User
from registry.models.initiatives import REGISTRATION_KINDS, SUBJECT_TYPES
from registry.models.units import UNIT_LEVELS
from registry.pagination import MAX_DB_ID, Page, id_arg, int_arg
from registry.policy import visible_initiatives_filter
from registry.rebasing import BASES, REBASED, RECORDED, placed_unit_ids
from registry.text import fold
from workflows.councils.models import CouncilAssignment
from workflows.machine import REPORT_STAGES, STAGE_STATES, STATES, states_where

PER_PAGE = 25
#: Pages reached by number (OFFSET at most this many pages); deeper pages are reached by cursor.
NUMBERED_PAGES = 5
MAX_CURSOR_LENGTH = 600
#: Ids beyond a PostgreSQL integer cannot exist; reading them as "no filter" keeps the database out of it.
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
#: Named groups of statuses the dashboard links to (the machine's report stages).
STAGES = {stage: STAGE_STATES[stage] for stage in REPORT_STAGES}


def stage_labels() -> dict[str, str]:
    """Return the translated name of each stage a list can be opened at (the dashboard's stage= links)."""
    return dict(zip(REPORT_STAGES, (_("Registered (so far)"), _("Recognised (so far)"), _("Exemplary (so far)"),
                                    _("Commended (so far)")), strict=True))


def basis_note(filters: "ListFilters", unit: Unit | None) -> str:
    """Say how a re-based list places its models ("" as recorded), naming the unit filtered on."""
    if not filters.rebased:
        return ""
    if unit is not None:
        return _("Counted re-based onto today's units: the models of %(unit)s and of the units ended by a "
                 "reorganisation and folded into it.", unit=unit.name)
    return _("Counted re-based onto today's units: units ended by a reorganisation are folded into "
             "their main successors.")


@dataclass
class ListFilters:
    """What the user asked the list for; every value already checked."""

    campaign_id: int | None = None
    field_id: int | None = None
    status: str = ""
    unit_id: int | None = None
    subject_type: str = ""
    q: str = ""
    #: a group of statuses (STAGES), the registration kind and the registering unit's level
    stage: str = ""
    kind: str = ""
    level: str = ""
    #: "1": only the models under evaluation that no council has been given yet (the staff's "to assign")
    unassigned: str = ""
    sort: str = DEFAULT_SORT
    direction: str = "desc"
    page: int = 1
    #: keyset cursors "<id>:<sort value>" of the row before (after=) or after (before=) the page
    after: str = ""
    before: str = ""
    #: how models are placed in units: RECORDED (the unit that registered) or REBASED (today's unit it folds into)
    basis: str = RECORDED

    @property
    def rebased(self) -> bool:
        """Tell whether the unit and level filters place each model at today's unit its unit folds into."""
        return self.basis == REBASED

    @classmethod
    def from_args(cls, args) -> "ListFilters":
        """Read the filters from a query string, dropping whatever is malformed."""
        sort = args.get("sort", DEFAULT_SORT)
        direction = args.get("dir", "desc")
        return cls(
            campaign_id=id_arg(args, "campaign"),
            field_id=id_arg(args, "field"),
            status=args.get("status", "") if args.get("status") in STATES else "",
            unit_id=id_arg(args, "unit"),
            subject_type=args.get("subject_type", "") if args.get("subject_type") in SUBJECT_TYPES else "",
            q=args.get("q", "").strip()[:MAX_QUERY_LENGTH],
            stage=args.get("stage", "") if args.get("stage") in STAGES else "",
            kind=args.get("kind", "") if args.get("kind") in REGISTRATION_KINDS else "",
            level=args.get("level", "") if args.get("level") in UNIT_LEVELS else "",
            unassigned="1" if args.get("unassigned") == "1" else "",
            sort=sort if sort in SORT_COLUMNS else DEFAULT_SORT,
            direction=direction if direction in DIRECTIONS else "desc",
            page=int_arg(args, "page", 1, minimum=1, maximum=1_000_000),
            after=args.get("after", "")[:MAX_CURSOR_LENGTH],
            before=args.get("before", "")[:MAX_CURSOR_LENGTH],
            basis=args.get("basis") if args.get("basis") in BASES else RECORDED,
        )

    def query_args(self, **changes) -> dict:
        """Return the non-default filters as query-string arguments, with `changes` applied.

        The cursors are left out unless `changes` name them: they only mean something next to this page.
        """
        names = {"campaign_id": "campaign", "field_id": "field", "unit_id": "unit", "direction": "dir"}
        values = {names.get(key, key): value for key, value in asdict(self).items()}
        values.update(after="", before="")
        values.update(changes)
        defaults = {"sort": DEFAULT_SORT, "dir": "desc", "page": 1, "after": "", "before": "", "basis": RECORDED}
        return {key: value for key, value in values.items()
                if value not in (None, "") and defaults.get(key) != value}

    @property
    def is_filtered(self) -> bool:
        """Tell whether any filter or search narrows the list."""
        return any((self.campaign_id, self.field_id, self.status, self.unit_id, self.subject_type, self.q,
                    self.stage, self.kind, self.level, self.unassigned))


def _narrow(query: Select, user: User, filters: ListFilters) -> Select:
    """Add the visibility rule and the user's filters to a query joined to Unit."""
    query = where_given(query.where(visible_initiatives_filter(user, filters.rebased)),
                        (Initiative.campaign_id, filters.campaign_id), (Initiative.field_id, filters.field_id),
                        (Initiative.status, filters.status), (Initiative.subject_type, filters.subject_type),
                        (Initiative.registration_kind, filters.kind))
    if filters.stage:
        query = query.where(Initiative.status.in_(STAGES[filters.stage]))
    if filters.unassigned:
        query = query.where(Initiative.status.in_(states_where(in_evaluation=True)),
                            ~Initiative.id.in_(select(CouncilAssignment.initiative_id)))
    unit = db.session.get(Unit, filters.unit_id) if filters.unit_id else None
    if filters.unit_id and unit is None:
        query = query.where(Unit.id.is_(None))  # an unknown unit selects nothing rather than everything
    elif filters.rebased and (unit or filters.level):
        # Re-based, a model sits at today's unit its unit folds into, with that unit's level.
        query = query.where(Initiative.unit_id.in_(placed_unit_ids([unit] if unit else None, filters.level)))
    else:
        query = where_given(query, (Unit.level, filters.level))
        if unit:
            query = query.where(Unit.path.startswith(unit.path, autoescape=True))
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


@dataclass
class ListPage(Page):
    """A page of the list with the cursors its "previous" and "next" links carry."""

    more: bool | None = None
    cursors: dict = field(default_factory=dict)

    @property
    def has_next(self) -> bool:
        """Tell whether rows follow this page (known exactly when it was read by cursor)."""
        return self.more if self.more is not None else self.page < self.pages

    def link_args(self, page: int) -> dict:
        """Return the query-string changes reaching `page` (next to this one, or a numbered one)."""
        if page <= NUMBERED_PAGES or not self.items:
            return {"page": page, "after": "", "before": ""}
        if page > self.page:
            return {"page": page, "after": self.cursors["last"], "before": ""}
        return {"page": page, "before": self.cursors["first"], "after": ""}


def encode_cursor(initiative: Initiative, sort: str) -> str:
    """Return the cursor of one row: its id and its value of the sort column."""
    value = getattr(initiative, SORT_COLUMNS[sort].key)
    return f"{initiative.id}:{value.isoformat() if isinstance(value, datetime) else value}"


def decode_cursor(raw: str, sort: str) -> tuple | None:
    """Return (sort value, id) from a cursor, or None when it is malformed."""
    ident, separator, value = raw.partition(":")
    if not separator or not ident.isdigit() or not 0 < int(ident) <= MAX_DB_ID:
        return None
    if sort == "updated":
        try:
            return datetime.fromisoformat(value), int(ident)
        except ValueError:
            return None
    return value, int(ident)


def _keyset(query: Select, filters: ListFilters, cursor: tuple, forward: bool) -> Select:
    """Narrow a sorted query to the rows after (forward) or before a cursor, nearest first."""
    key = tuple_(SORT_COLUMNS[filters.sort], Initiative.id)
    ascending = filters.direction == "asc"
    if forward:
        return query.where(key > tuple_(*cursor) if ascending else key < tuple_(*cursor))
    backward = query.where(key < tuple_(*cursor) if ascending else key > tuple_(*cursor))
    return backward.order_by(None).order_by(*_reversed_order(filters))


def _reversed_order(filters: ListFilters) -> tuple:
    """Return the list's order turned round (to read from the end, or backwards from a cursor)."""
    column = SORT_COLUMNS[filters.sort]
    if filters.direction == "asc":
        return column.desc(), Initiative.id.desc()
    return column.asc(), Initiative.id.asc()


def _rows(query: Select, limit: int) -> list:
    """Read up to `limit` initiatives of a query."""
    return list(db.session.scalars(query.limit(limit)).unique())


def _page_by_cursor(query: Select, filters: ListFilters, total: int) -> ListPage | None:
    """Read the page a cursor points at; None when there is no usable cursor."""
    pages = max(1, ceil(total / PER_PAGE))
    forward = bool(filters.after)
    cursor = decode_cursor(filters.after or filters.before, filters.sort)
    if cursor is None:
        return None
    rows = _rows(_keyset(query, filters, cursor, forward), PER_PAGE + 1)
    more = len(rows) > PER_PAGE
    rows = rows[:PER_PAGE]
    if not rows:
        return None  # a cursor past the end (or forged): show the first page
    if forward:
        page = max(2, min(filters.page, pages))
        return ListPage(items=rows, page=page, per_page=PER_PAGE, total=total, more=more)
    rows.reverse()
    # Stepping back onto the first page: the number the link carried may be stale.
    page = max(2, min(filters.page, pages)) if more else 1
    return ListPage(items=rows, page=page, per_page=PER_PAGE, total=total, more=True)


def _last_page(query: Select, filters: ListFilters, total: int) -> ListPage:
    """Read the last page from the end of the order (no OFFSET, however deep)."""
    pages = max(1, ceil(total / PER_PAGE))
    rows = _rows(query.order_by(None).order_by(*_reversed_order(filters)), total - (pages - 1) * PER_PAGE)
    rows.reverse()
    return ListPage(items=rows, page=pages, per_page=PER_PAGE, total=total, more=False)


def _count(query: Select) -> int:
    """Count the rows of a list query."""
    return db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0


def list_page(user: User, filters: ListFilters, total: int | None = None) -> ListPage:
    """Return one page of the list; `total` is the count when known already (from the report summary).

    A cursor reads the page by keyset (a malformed one gives the first page). A page number beyond
    NUMBERED_PAGES without a cursor gives the last page when it lies at or beyond the end, else the
    last numbered page: OFFSET stays small.
    """
    query = initiatives_query(user, filters)
    if total is None:
        total = _count(query)
    page = None
    number = filters.page
    if filters.after or filters.before:
        page = _page_by_cursor(query, filters, total)
        number = 1  # a malformed or stale cursor shows the first page
    if page is None:
        pages = max(1, ceil(total / PER_PAGE))
        number = min(number, pages)
        if number > NUMBERED_PAGES and number == pages:
            page = _last_page(query, filters, total)
        else:
            number = max(1, min(number, NUMBERED_PAGES))
            items = _rows(query.offset((number - 1) * PER_PAGE), PER_PAGE)
            page = ListPage(items=items, page=number, per_page=PER_PAGE, total=total)
    if page.items:
        page.cursors = {"first": encode_cursor(page.items[0], filters.sort),
                        "last": encode_cursor(page.items[-1], filters.sort)}
    return page
