"""The one way a list's or a report's filters narrow a query: a filter left blank is no filter."""

from sqlalchemy import Select


def where_given(query: Select, *conditions: tuple) -> Select:
    """Add `column == value` for each (column, value) pair whose value is given (not empty, None or 0)."""
    for column, value in conditions:
        if value:
            query = query.where(column == value)
    return query
