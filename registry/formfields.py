"""Form pieces shared by every feature's forms: dates as dd/mm/yyyy, Vietnamese numbers, trimmed text, options, ids."""

import calendar
import re
from datetime import date, datetime
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from wtforms import Field
from wtforms.fields.choices import SelectChoice
from wtforms.validators import StopValidation
from wtforms.widgets import TextInput

from registry.i18n import NumberNotUnderstood, parse_number, vn_number
from registry.pagination import MAX_DB_ID

DATE_FORMAT = "%d/%m/%Y"


def strip_text(value):
    """Trim surrounding white space from a submitted string (use as a WTForms filter)."""
    return value.strip() if isinstance(value, str) else value


def options(pairs) -> list[SelectChoice]:
    """Turn (value, label) pairs into select options."""
    return [SelectChoice(value, label) for value, label in pairs]


def safe_int(value) -> int | None:
    """Coerce a submitted id to int, giving None (later a form error) for anything malformed or too big."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 <= number <= MAX_DB_ID else None


class VnDateField(Field):
    """A date typed as dd/mm/yyyy, as Vietnamese officials write it; empty means None."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, **kwargs):
        kwargs.setdefault("render_kw", {"placeholder": "dd/mm/yyyy", "inputmode": "numeric"})
        super().__init__(label, validators, **kwargs)

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return self.data.strftime(DATE_FORMAT) if isinstance(self.data, date) else ""

    def process_formdata(self, valuelist) -> None:
        """Parse dd/mm/yyyy, leaving None for an empty box and an error for anything else."""
        text = (valuelist[0] if valuelist else "").strip()
        if not text:
            self.data = None
            return
        try:
            self.data = datetime.strptime(text, DATE_FORMAT).date()
        except ValueError:
            self.data = None
            raise ValueError(impossible_date(text) or _l("Enter a date as dd/mm/yyyy, for example 15/10/2026.")) \
                from None


def impossible_date(text: str):
    """Say why a date written in the right dd/mm/yyyy shape does not exist ("31/02/2026"), or None for a bad shape."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return _l("There is no month %(month)d: the months run from 1 to 12 (dd/mm/yyyy).", month=month)
    if year < 1:
        return None
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        return _l("The day %(date)s does not exist: month %(month)d of %(year)d has %(days)d days.", date=text,
                  month=month, year=year, days=days)
    return None


class VietnameseDecimalField(Field):
    """A number typed the Vietnamese way ("1.800", "12,5"), shown back the same way; empty means None.

    A text box, not type="number": browsers' number inputs read "12,5" by the browser's locale, not the page's.
    """

    widget = TextInput()
    decimals = 2
    grouping = True

    def __init__(self, label=None, validators=None, *, decimals=None, grouping=None, **kwargs):
        decimals = self.decimals if decimals is None else decimals
        kwargs.setdefault("render_kw", {"inputmode": "decimal" if decimals else "numeric"})
        super().__init__(label, validators, **kwargs)
        self.decimals = decimals
        self.grouping = self.grouping if grouping is None else grouping

    def _value(self) -> str:
        if self.raw_data:
            return self.raw_data[0]
        return vn_number(self.data, grouping=self.grouping) if self.data is not None else ""

    def process_formdata(self, valuelist) -> None:
        """Parse the typed number, leaving None for an empty box and the reason for anything else."""
        self.data = None
        if not valuelist:
            return
        # No sensible number is this long: "?" has it refused with the usual message, without parsing it.
        text = valuelist[0] if len(valuelist[0]) <= 40 else "?"
        try:
            self.data = self._convert(parse_number(text, self.decimals))
        except NumberNotUnderstood as refusal:
            raise ValueError(str(refusal)) from None

    def _convert(self, number: Decimal | None):
        return number

    def pre_validate(self, form) -> None:
        """Stop at the parsing error rather than adding "required" or a range on top of it."""
        if self.process_errors:
            raise StopValidation()


class VietnameseIntegerField(VietnameseDecimalField):
    """A whole number typed the Vietnamese way ("1.800"); years are shown without grouping (grouping=False)."""

    decimals = 0

    def _convert(self, number: Decimal | None):
        return None if number is None else int(number)
