"""Dates and numbers shown the Vietnamese way: dd/mm/yyyy in Vietnam's time zone, locale-aware numbers."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import format_decimal

from registry.models.base import as_utc


def _local(value: datetime) -> datetime:
    """Convert a stored timestamp (naive means UTC, as SQLite returns it) to local time."""
    return as_utc(value).astimezone(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"]))


def format_date_vn(value: date | datetime | None) -> str:
    """Show a date as dd/mm/yyyy (a timestamp in Vietnam's time zone)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = _local(value)
    return value.strftime("%d/%m/%Y")


def format_datetime_vn(value: datetime | None) -> str:
    """Show a timestamp as dd/mm/yyyy HH:MM in Vietnam's time zone."""
    if value is None:
        return ""
    return _local(value).strftime("%d/%m/%Y %H:%M")


def format_number(value) -> str:
    """Show a number the locale's way ("1.234" in Vietnamese)."""
    if value is None:
        return ""
    return format_decimal(value)
