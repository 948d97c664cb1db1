"""Readable initiative codes such as DVK-2026-000123, numbered per year without gaps or races."""

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from registry.extensions import db
from registry.models import CodeSequence


def next_code(year: int) -> str:
    """Reserve the next number of `year` and return its code.

    The counter row is bumped with one UPDATE, which takes a row lock until the transaction
    ends, so two concurrent registrations never receive the same number.
    """
    bumped = _bump(year)
    if bumped is None:
        try:
            with db.session.begin_nested():
                db.session.execute(insert(CodeSequence).values(year=year, last_value=1))
            bumped = 1
        except IntegrityError:  # another transaction opened the year first: take the next number
            bumped = _bump(year)
    return format_code(year, bumped)


def _bump(year: int) -> int | None:
    """Add one to the year's counter and return it, or None when the year has no counter yet."""
    return db.session.execute(
        update(CodeSequence).where(CodeSequence.year == year)
        .values(last_value=CodeSequence.last_value + 1).returning(CodeSequence.last_value)
    ).scalar()


def format_code(year: int, number: int) -> str:
    """Return the code of the `number`-th initiative of `year`."""
    return f"DVK-{year}-{number:06d}"


def reserve_codes(year: int, count: int) -> int:
    """Reserve `count` consecutive numbers of `year` for a bulk load; return the first."""
    first = next_code(year)
    if count > 1:
        db.session.execute(update(CodeSequence).where(CodeSequence.year == year)
                           .values(last_value=CodeSequence.last_value + count - 1))
    return int(first.rsplit("-", 1)[1])


def current_value(year: int) -> int:
    """Return the last number handed out in `year` (0 when none)."""
    return db.session.scalar(select(CodeSequence.last_value).where(CodeSequence.year == year)) or 0
