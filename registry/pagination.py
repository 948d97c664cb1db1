"""Pagination and query-string parsing that never fails on malformed input."""

from dataclasses import dataclass
from math import ceil

from sqlalchemy import Select, func, select

from registry.extensions import db

#: The largest id a table holds: PostgreSQL's integer columns are 32-bit, and a larger number in a query
#: would make the database raise instead of finding nothing.
MAX_DB_ID = 2**31 - 1


def int_arg(args, name: str, default: int | None = None, minimum: int | None = None,
            maximum: int | None = None) -> int | None:
    """Read an integer query parameter; anything malformed or out of range gives `default`."""
    raw = args.get(name, "")
    try:
        value = int(raw)
    except (TypeError, ValueError):
        return default
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        return default
    return value


def id_arg(args, name: str, default: int | None = None) -> int | None:
    """Read a row id from the query string; anything that cannot be an id gives `default`."""
    return int_arg(args, name, default, minimum=1, maximum=MAX_DB_ID)


@dataclass
class Page:
    """One page of results and where it lies among all pages."""

    items: list
    page: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        """Return the number of pages (at least 1)."""
        return max(1, ceil(self.total / self.per_page))

    @property
    def has_prev(self) -> bool:
        """Tell whether there is a page before this one."""
        return self.page > 1

    @property
    def has_next(self) -> bool:
        """Tell whether there is a page after this one."""
        return self.page < self.pages


def paginate(query: Select, page: int, per_page: int, scalars: bool = True, total: int | None = None,
             clamp: bool = True) -> Page:
    """Run `query` for one page and count the total (unless known).

    Pages clamp `page` to the last page; the API does not (`clamp=False`): a page past the end is empty,
    so a client reading pages until one comes back empty stops.
    """
    if total is None:
        total = db.session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    if clamp:
        page = max(1, min(page, max(1, ceil(total / per_page))))
    limited = query.limit(per_page).offset((page - 1) * per_page)
    rows = db.session.scalars(limited) if scalars else db.session.execute(limited)
    return Page(items=list(rows.unique() if scalars else rows), page=page, per_page=per_page, total=total)
