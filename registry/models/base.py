"""Column helpers shared by the tables."""

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Return the current time in UTC (called per row, never once at import)."""
    return datetime.now(UTC)
