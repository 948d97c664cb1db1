"""Forms for recording decisions: one initiative's decision, and one decision over a selection."""

from flask import current_app
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from registry.formfields import VnDateField, options, strip_text
from workflows.machine import TriggerSpec
from workflows.models import MAX_COMMENT

TOO_LONG = _l("At most %(max)d characters.")
RECIPIENT_KINDS = [SelectChoice("collective", _l("The collective")), SelectChoice("individual", _l("An individual"))]


def optional_id(value):
    """Turn a submitted id into an int; anything else (empty, junk, huge) becomes None."""
    if isinstance(value, int):
        return value
    text = str(value or "").strip()
    if not text.isdigit() or len(text) > 12:
        return None
    return int(text)


class DecisionForm(FlaskForm):
    """What the actor gives with one decision; the page shows only the fields the trigger asks for.

    CSRF is checked by the application-wide CSRFProtect: the forms carry a plain `csrf_token`
    input, since several prefixed forms share one page.
    """

    class Meta:
        csrf = False

    version = HiddenField()
    #: the issuer whose register numbers the decision (paperwork); empty: the number is typed by hand
    issuer_id = SelectField(_l("Issuer and register"), coerce=optional_id, validate_choice=False)
    decision_number = StringField(_l("Decision number"), filters=[strip_text],
                                  validators=[Optional(), Length(max=64, message=TOO_LONG)],
                                  render_kw={"maxlength": 64})
    decision_date = VnDateField(_l("Decision date"))
    decision_issuer = StringField(_l("Issued by"), filters=[strip_text],
                                  validators=[Optional(), Length(max=255, message=TOO_LONG)],
                                  render_kw={"maxlength": 255})
    form_id = SelectField(_l("Form of commendation"), coerce=optional_id, validate_choice=False)
    recipient_kind = RadioField(_l("Recipient of the commendation"), choices=RECIPIENT_KINDS, default="collective",
                                validate_choice=False)
    recipient_name = StringField(_l("Name of the person commended"), filters=[strip_text],
                                 validators=[Optional(), Length(max=255, message=TOO_LONG)],
                                 render_kw={"maxlength": 255})
    comment = TextAreaField(_l("Comment (optional)"), filters=[strip_text],
                            validators=[Optional(), Length(max=MAX_COMMENT, message=TOO_LONG)],
                            render_kw={"rows": 3, "maxlength": MAX_COMMENT})

    def __init__(self, *args, **kwargs):
        """Build the form; the number's placeholder names the installation's issuer (ISSUER_SHORT)."""
        super().__init__(*args, **kwargs)
        # A new dict: the field's render_kw is shared by every form built from the class.
        self.decision_number.render_kw = {**self.decision_number.render_kw,
                                          "placeholder": f"…-QĐ/{current_app.config['ISSUER_SHORT']}"}

    def prepare(self, spec: TriggerSpec, form_choices: list[tuple[int, str]],
                issuer_choices: list[tuple[int, str]] | None = None) -> None:
        """Label the comment for `spec`, offer the active forms of commendation and the issuers' registers."""
        if spec.needs_comment:
            self.comment.label.text = _l("Reason")
        self.form_id.choices = options([("", _l("— choose —")), *form_choices])
        self.issuer_id.choices = options([("", _l("— none: I type the number —")), *(issuer_choices or [])])

    def numbered_inputs(self, spec: TriggerSpec) -> dict:
        """Return the inputs of `service_inputs` less the number and issuer a register gives (its date stays)."""
        inputs = self.service_inputs(spec)
        for name in ("decision_number", "decision_issuer"):
            inputs.pop(name, None)
        return inputs

    def service_inputs(self, spec: TriggerSpec) -> dict:
        """Return the inputs for `workflows.transitions.fire` that `spec` asks for."""
        inputs: dict = {}
        if spec.needs_decision or spec.needs_commendation:
            inputs.update(decision_number=self.decision_number.data or "", decision_date=self.decision_date.data,
                          decision_issuer=self.decision_issuer.data or "")
        if spec.needs_commendation:
            kind = self.recipient_kind.data if self.recipient_kind.data in ("collective", "individual") else ""
            inputs.update(form_id=self.form_id.data, recipient_kind=kind,
                          recipient_name=self.recipient_name.data or "")
        return inputs

    def show_refusal(self, fields: dict[str, str]) -> None:
        """Put the service's messages beside the fields they are about."""
        for name, message in fields.items():
            field = self._fields.get(name)
            if field is not None:
                field.errors = [*field.errors, message]


class BulkDecisionForm(DecisionForm):
    """One decision applied to every selected initiative."""

    action = SelectField(_l("Decision to apply"), validate_choice=False)
    scope = HiddenField()
