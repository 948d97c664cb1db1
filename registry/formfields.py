"""Form pieces shared by every feature's forms: dates typed as dd/mm/yyyy, trimmed text, select options, ids."""

from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from wtforms import Field
from wtforms.fields.choices import SelectChoice
from wtforms.widgets import TextInput

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
            raise ValueError(_l("Enter a date as dd/mm/yyyy, for example 15/10/2026.")) from None
