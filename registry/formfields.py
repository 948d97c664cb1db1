"""Form fields shared by the registry's forms: dates typed as dd/mm/yyyy, trimmed text."""

from datetime import date, datetime

from flask_babel import lazy_gettext as _l
from wtforms import Field
from wtforms.widgets import TextInput

DATE_FORMAT = "%d/%m/%Y"


def strip_text(value):
    """Trim surrounding white space from a submitted string (use as a WTForms filter)."""
    return value.strip() if isinstance(value, str) else value


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
