"""Column helpers shared by the tables."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Return the current time in UTC (called per row, never once at import)."""
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """Read a stored timestamp as UTC: SQLite hands timestamps back without their zone."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
