"""Dates and numbers shown the Vietnamese way: dd/mm/yyyy in Vietnam's time zone, locale-aware numbers."""

import re
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import format_decimal
from flask_babel import gettext as _

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


def format_time_vn(value: datetime | None) -> str:
    """Show a timestamp's time of day as HH:MM in Vietnam's time zone."""
    if value is None:
        return ""
    return _local(value).strftime("%H:%M")


def format_number(value) -> str:
    """Show a number the locale's way ("1.234" in Vietnamese)."""
    if value is None:
        return ""
    return format_decimal(value)


#: A number written the Vietnamese way: digits grouped by "." in threes (or not grouped), "," before decimals.
_VN_NUMBER = re.compile(r"(?P<sign>-?)(?P<whole>\d+|\d{1,3}(?:\.\d{3})+)(?:,(?P<fraction>\d+))?")
#: "1,800" or "12,500": a Vietnamese 1,8 but an English 1800; never guessed.
_AMBIGUOUS_COMMA = re.compile(r"-?[1-9]\d{0,2},\d{3}")


class NumberNotUnderstood(ValueError):
    """A typed number that is malformed or ambiguous; its message says how to write it."""


def parse_number(text: str, decimals: int = 2) -> Decimal | None:
    """Read a number typed the Vietnamese way ("1.800" = 1800, "12,5" = 12.5); None for an empty box.

    :raise NumberNotUnderstood: for a malformed or ambiguous value ("1.80", "1,800", "1,234.5"), with the reason.
    """
    text = (text or "").strip()
    if not text:
        return None
    if _AMBIGUOUS_COMMA.fullmatch(text):
        # Both readings are plausible, so the person is asked rather than one of them silently saved.
        small = vn_number(Decimal(text.replace(",", ".")))
        large = vn_number(Decimal(text.replace(",", "")))
        raise NumberNotUnderstood(_("“%(text)s” may mean %(small)s or %(large)s: please write %(small)s or "
                                    "%(large)s.", text=text, small=small, large=large))
    match = _VN_NUMBER.fullmatch(text)
    if match is None and decimals == 0:
        raise NumberNotUnderstood(_("Enter a whole number, for example 1.800."))
    if match is None:
        raise NumberNotUnderstood(_("Write the number the Vietnamese way: a dot between thousands and a comma "
                                    "before decimals, for example 1.800 or 12,5."))
    fraction = match["fraction"] or ""
    if len(fraction) > decimals:
        if decimals == 0:
            raise NumberNotUnderstood(_("Enter a whole number, for example 1.800."))
        raise NumberNotUnderstood(_("Enter at most %(decimals)d decimals, for example 12,5.", decimals=decimals))
    return Decimal(match["sign"] + match["whole"].replace(".", "") + (f".{fraction}" if fraction else ""))


def vn_number(value, grouping: bool = True) -> str:
    """Write a number the Vietnamese way whatever the interface's language ("1.800", "12,5"): form inputs."""
    if value is None or value == "":
        return ""
    number = Decimal(str(value))
    if not number.is_finite():
        return ""
    whole, _dot, fraction = format(abs(number), "f").partition(".")
    fraction = fraction.rstrip("0")
    if grouping:
        whole = f"{int(whole):,}".replace(",", ".")
    return ("-" if number < 0 else "") + whole + (f",{fraction}" if fraction else "")
