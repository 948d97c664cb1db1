"""Forms of the paperwork pages: an issuer, a correction of a decision, the signed scan."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField
from wtforms import StringField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from registry.admin.forms import StrictSelectField
from registry.formfields import VnDateField, options, strip_text

TOO_LONG = _l("At most %(max)d characters.")
KIND_CHOICES = (("party", _l("Party body (Số 123-QĐ/…)")), ("state", _l("State body (Số: 15/QĐ-…)")),
                ("front", _l("Fatherland Front (Số: …/QĐ-MTTQ-…)")))
PERIOD_CHOICES = (("year", _l("Each calendar year")), ("term", _l("Each term of the Party committee")))


def _text(label, size: int, required: str | None = None):
    checks = [DataRequired(required)] if required else [Optional()]
    return StringField(label, filters=[strip_text], validators=[*checks, Length(max=size, message=TOO_LONG)],
                       render_kw={"maxlength": size})


class IssuerForm(FlaskForm):
    """An issuer: its names, number code, kind, place, numbering, signer and validity."""

    name = _text(_l("Full name of the body"), 255, _l("Please enter the body's name."))
    parent_body = _text(_l("Body above it (printed over the name)"), 255)
    short_code = _text(_l("Code in numbers"), 32, _l("Please enter the code used in numbers."))
    kind = StrictSelectField(_l("Kind of body (decides the layout)"), choices=options(KIND_CHOICES))
    place_name = _text(_l("Place on the date line"), 128, _l("Please enter the place of the date line."))
    numbering_period = StrictSelectField(_l("Numbers restart"), choices=options(PERIOD_CHOICES))
    term_start = VnDateField(_l("Start of the current term"))
    signer_prefix = _text(_l("Signing on behalf of (T/M, TM., K/T …)"), 128)
    signer_title = _text(_l("Signer's title"), 128, _l("Please enter the signer's title."))
    signer_name = _text(_l("Signer's name"), 128)
    valid_from = VnDateField(_l("Valid from"), validators=[DataRequired(_l("Please enter the first day of validity."))])
    valid_to = VnDateField(_l("Valid until (empty: still valid)"))

    def values(self) -> dict:
        """Return the issuer columns typed in the form."""
        return {name: self[name].data for name in (
            "name", "parent_body", "short_code", "kind", "place_name", "numbering_period", "term_start",
            "signer_prefix", "signer_title", "signer_name", "valid_from", "valid_to")}


class CorrectionForm(FlaskForm):
    """A corrected number or date of a decision, with the reason."""

    number_text = _text(_l("Correct decision number"), 64, _l("Please enter the decision number."))
    decision_date = VnDateField(_l("Correct decision date"),
                                validators=[DataRequired(_l("Please enter the decision date."))])
    reason = TextAreaField(_l("Reason for the correction"), filters=[strip_text], validators=[
        DataRequired(_l("Please give a reason.")), Length(max=2000, message=TOO_LONG)], render_kw={"rows": 2})


class ScanForm(FlaskForm):
    """The signed, stamped scan of a decision."""

    scan = FileField(_l("Signed scan (PDF or image)"))


class TemplateUploadForm(FlaskForm):
    """An edited Word template (.docx) for one kind of document of an issuer."""

    file = FileField(_l("Word template (.docx)"))
