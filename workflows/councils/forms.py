"""Forms of the council pages: councils, seats, decision rules, the rubric and commendation forms.

WTForms has no Vietnamese catalogue, so every message a user may see is given here explicitly.
"""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, FieldList, Form, FormField, SelectField, SelectMultipleField, StringField
from wtforms.validators import (
    DataRequired,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    Regexp,
    StopValidation,
    ValidationError,
)

from registry.formfields import VietnameseDecimalField, VietnameseIntegerField, options, safe_int, strip_text

#: How the seats (workflows.councils.models.COUNCIL_ROLES) are called on the pages.
SEAT_LABELS = {
    "chair": _l("Council chair"),
    "secretary": _l("Council secretary"),
    "member": _l("Council member"),
}

#: The rubric editor never grows beyond this many rows.
MAX_CRITERIA = 30
#: The "none" choice of optional selects.
NO_CHOICE = 0


class ChoiceField(SelectField):
    """A select whose unknown or malformed value gives a translated error."""

    def __init__(self, label=None, validators=None, coerce=safe_int, **kwargs):
        super().__init__(label, validators, coerce=coerce, **kwargs)
        self.type = "SelectField"  # _macros.render_field styles it as a select

    def pre_validate(self, form) -> None:
        """Refuse a value that is not among the offered choices."""
        if self.data is None or not any(choice.selected for choice in self.iter_choices()):
            raise StopValidation(_l("Please choose one of the options."))


class CheckboxesField(SelectMultipleField):
    """Several ids ticked among the offered ones; a malformed or unknown id is a translated error."""

    def process_formdata(self, valuelist) -> None:
        """Keep the ticked ids, remembering whether any of them was malformed."""
        self.data = [safe_int(value) for value in valuelist]

    def pre_validate(self, form) -> None:
        """Refuse ids that are not among the offered choices."""
        offered = {value for value, _label, *_rest in self.iter_choices()}
        if any(value is None or value not in offered for value in self.data or []):
            raise StopValidation(_l("Please choose among the options."))


def _name(label, required_message, maximum=255):
    return StringField(label, filters=[strip_text], validators=[
        DataRequired(required_message),
        Length(max=maximum, message=_l("At most %(max)d characters.", max=maximum)),
    ])


class CouncilForm(FlaskForm):
    """A council: its name, campaign, unit and the fields it covers (choices set by the view)."""

    name = _name(_l("Council name"), _l("Please enter the council's name."))
    campaign = ChoiceField(_l("Campaign"))
    unit = ChoiceField(_l("Unit"))
    fields = CheckboxesField(_l("Fields covered"), coerce=safe_int)


class SeatForm(FlaskForm):
    """A seat on a council: who, in which role, from which unit (choices set by the view)."""

    user = ChoiceField(_l("Person"))
    role = ChoiceField(_l("Role on the council"), coerce=str, choices=options(SEAT_LABELS.items()), default="member")
    home_unit = ChoiceField(_l("The member's own unit"))


def _points_range(minimum, maximum):
    return NumberRange(min=minimum, max=maximum,
                       message=_l("Enter a number from %(min)s to %(max)s.", min=minimum, max=maximum))


class RulesForm(FlaskForm):
    """The campaign's decision rules: the quorum of sheets and the two thresholds."""

    quorum_numerator = VietnameseIntegerField(_l("Quorum: numerator"), validators=[
        InputRequired(_l("Please enter a number.")), _points_range(1, 10)])
    quorum_denominator = VietnameseIntegerField(_l("Quorum: denominator"), validators=[
        InputRequired(_l("Please enter a number.")), _points_range(1, 10)])
    recognition_min_average = VietnameseDecimalField(_l("Minimum average for recognition"), validators=[
        InputRequired(_l("Please enter a number.")), _points_range(0, 100)])
    exemplary_min_average = VietnameseDecimalField(_l("Minimum average for exemplary"), validators=[
        InputRequired(_l("Please enter a number.")), _points_range(0, 100)])

    def validate_quorum_numerator(self, field) -> None:
        """Refuse a quorum above the whole council."""
        denominator = self.quorum_denominator.data
        if field.data is not None and denominator is not None and field.data > denominator:
            raise ValidationError(_l("The numerator cannot be above the denominator."))

    def validate_exemplary_min_average(self, field) -> None:
        """Refuse an exemplary threshold below the recognition threshold."""
        recognition = self.recognition_min_average.data
        if field.data is not None and recognition is not None and field.data < recognition:
            raise ValidationError(_l("The exemplary threshold cannot be below the recognition threshold."))


class CriterionRow(Form):
    """One row of the rubric editor (no CSRF token of its own: the enclosing form carries it)."""

    code = StringField(_l("Code"), filters=[strip_text], validators=[
        DataRequired(_l("Please enter a code.")),
        Length(max=32, message=_l("At most %(max)d characters.", max=32)),
        Regexp(r"^[a-z0-9_]+$", message=_l("Use only a–z, 0–9 and _.")),
    ])
    name = _name(_l("Criterion"), _l("Please enter the criterion."), maximum=500)
    max_points = VietnameseIntegerField(_l("Maximum points"), validators=[
        InputRequired(_l("Please enter a number.")), _points_range(1, 100)])


class RubricForm(FlaskForm):
    """The rows of the campaign's score sheet."""

    criteria = FieldList(FormField(CriterionRow), min_entries=1, max_entries=MAX_CRITERIA)

    def validate_criteria(self, field) -> None:
        """Refuse two rows with the same code."""
        codes = [row.form.code.data for row in field.entries if row.form.code.data]
        if len(codes) != len(set(codes)):
            raise ValidationError(_l("Each criterion needs its own code."))


class CommendationFormEditor(FlaskForm):
    """The editor of one commendation form (a kind of award) and the issuer proposed with it."""

    name = _name(_l("Name of the commendation form"), _l("Please enter the name of the commendation form."))
    default_issuer = StringField(_l("Default issuer"), filters=[strip_text], validators=[
        Length(max=255, message=_l("At most %(max)d characters.", max=255))])
    position = VietnameseIntegerField(_l("Display order"), default=0, validators=[Optional(), _points_range(0, 9999)])
    is_active = BooleanField(_l("In use"), default=True)
