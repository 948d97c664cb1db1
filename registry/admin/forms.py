"""Admin forms: units, users, role assignments, passwords, fields and campaigns.

WTForms ships no Vietnamese catalogue, so every message a user may see is given here explicitly.
"""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField, TextAreaField
from wtforms.validators import (
    DataRequired,
    Email,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    StopValidation,
    ValidationError,
)

from registry.formfields import VietnameseIntegerField, VnDateField, options, safe_int, strip_text
from registry.labels import GROUP_LABELS, LEVEL_LABELS, ROLE_LABELS

MAX_PASSWORD_LENGTH = 128
#: The value of the "no parent" choice: a root unit (administrators only).
ROOT_CHOICE = 0
LOCALE_CHOICES = (("vi", "Tiếng Việt"), ("en", "English"))


class StrictSelectField(SelectField):
    """A select whose unknown or malformed value gives a translated error instead of WTForms' English."""

    def __init__(self, label=None, validators=None, coerce=str, **kwargs):
        super().__init__(label, validators, coerce=coerce, **kwargs)
        self.type = "SelectField"  # so that _macros.render_field styles it as a select

    def pre_validate(self, form) -> None:
        """Refuse a value that is not among the offered choices (or, without choice checking, malformed)."""
        if self.validate_choice:
            valid = any(choice.selected for choice in self.iter_choices())
        else:
            valid = self.data is not None
        if not valid:
            raise StopValidation(_l("Please choose one of the options."))


def _name_field(label, required_message):
    return StringField(label, filters=[strip_text], validators=[
        DataRequired(required_message),
        Length(max=255, message=_l("At most %(max)d characters.", max=255)),
    ])


def _password_fields():
    new = PasswordField(_l("New password"), validators=[
        DataRequired(_l("Please enter a new password.")),
        # The policy (length from PASSWORD_MIN_LENGTH, not guessable) is applied by the service.
        Length(max=MAX_PASSWORD_LENGTH, message=_l("At most %(max)d characters.", max=MAX_PASSWORD_LENGTH)),
    ])
    confirm = PasswordField(_l("Repeat the new password"), validators=[
        DataRequired(_l("Please repeat the new password.")),
        EqualTo("password", message=_l("The two passwords differ.")),
    ])
    return new, confirm


class UnitEditForm(FlaskForm):
    """A unit's name, group and level."""

    name = _name_field(_l("Unit name"), _l("Please enter the unit's name."))
    group = StrictSelectField(_l("Group"), choices=options(GROUP_LABELS.items()))
    level = StrictSelectField(_l("Level"), choices=options(LEVEL_LABELS.items()), default="commune")
    code = StringField(_l("Unit code"), filters=[strip_text], validators=[
        Optional(), Length(max=32, message=_l("At most %(max)d characters.", max=32))],
        description=_l("Unique, e.g. LH-X01: Excel imports find the unit by it."))
    admin_code = StringField(_l("Administrative code"), filters=[strip_text], validators=[Optional(), Length(
        max=8, message=_l("At most %(max)d characters.", max=8))],
        description=_l("Optional: 2 digits for a province, 5 for a commune (Quyết định 19/2025/QĐ-TTg)."))
    valid_from = VnDateField(_l("Exists since"), description=_l(
        "Leave empty when unknown. A district (abolished on 1 July 2025) needs a date before 01/07/2025."))


class UnitCreateForm(UnitEditForm):
    """A new unit and the parent it goes under (choices set by the view)."""

    parent = StrictSelectField(_l("Parent unit"), coerce=safe_int)


class UnitMoveForm(FlaskForm):
    """The new parent of a unit (choices set by the view)."""

    # Any id is accepted here: the service tells a sub-unit or a unit outside the scope apart.
    parent = StrictSelectField(_l("New parent unit"), coerce=safe_int, validate_choice=False)


class UserEditForm(FlaskForm):
    """A user's name and interface language."""

    full_name = _name_field(_l("Full name"), _l("Please enter the full name."))
    locale = StrictSelectField(_l("Interface language"), choices=options(LOCALE_CHOICES), default="vi")


class UserCreateForm(UserEditForm):
    """A new account: e-mail, name, language, initial password, and a first role over a unit."""

    email = EmailField(_l("E-mail"), filters=[strip_text], validators=[
        DataRequired(_l("Please enter the e-mail.")),
        Length(max=255, message=_l("At most %(max)d characters.", max=255)),
        Email(_l("This is not a valid e-mail address.")),
    ])
    password = PasswordField(_l("Initial password"), validators=[
        DataRequired(_l("Please enter an initial password.")),
        # The policy (length from PASSWORD_MIN_LENGTH, not guessable) is applied by the service.
        Length(max=MAX_PASSWORD_LENGTH, message=_l("At most %(max)d characters.", max=MAX_PASSWORD_LENGTH)),
    ])
    role = StrictSelectField(_l("First role"))
    unit = StrictSelectField(_l("Unit of the role"), coerce=safe_int)

    def validate_unit(self, field) -> None:
        """Ask for a unit whenever a role is chosen."""
        if self.role.data and not field.data:
            raise ValidationError(_l("Please choose the unit of the role."))


class PasswordResetForm(FlaskForm):
    """A new password typed twice."""

    password, confirm = _password_fields()


class RoleAddForm(FlaskForm):
    """A role over a unit (choices set by the view)."""

    role = StrictSelectField(_l("Role"), choices=options(ROLE_LABELS.items()))
    unit = StrictSelectField(_l("Unit"), coerce=safe_int)


class FieldForm(FlaskForm):
    """A field of work."""

    name = _name_field(_l("Field name"), _l("Please enter the field's name."))
    code = StringField(_l("Code"), filters=[strip_text], validators=[
        DataRequired(_l("Please enter a code.")),
        Length(max=32, message=_l("At most %(max)d characters.", max=32)),
    ])
    position = VietnameseIntegerField(_l("Display order"), default=0, validators=[
        Optional(),
        NumberRange(min=0, max=9999, message=_l("Enter a number from %(min)d to %(max)d.", min=0, max=9999)),
    ])


class CampaignForm(FlaskForm):
    """A yearly campaign: name, year, phase, description, deadlines and whether it is open."""

    name = _name_field(_l("Campaign name"), _l("Please enter the campaign's name."))
    year = VietnameseIntegerField(_l("Year"), grouping=False, validators=[
        InputRequired(_l("Please enter the year.")),
        NumberRange(min=2000, max=2100, message=_l("Enter a year from %(min)d to %(max)d.", min=2000, max=2100)),
    ])
    phase = StringField(_l("Phase"), filters=[strip_text], render_kw={"placeholder": "2026–2030"},
                        validators=[Length(max=32, message=_l("At most %(max)d characters.", max=32))])
    description = TextAreaField(_l("Description"), filters=[strip_text], validators=[
        Length(max=10000, message=_l("At most %(max)d characters.", max=10000)),
    ])
    registration_deadline = VnDateField(_l("Registration deadline"))
    evaluation_deadline = VnDateField(_l("Evaluation deadline"))
    is_open = BooleanField(_l("Open for registration"), default=True)

    def validate_evaluation_deadline(self, field) -> None:
        """Refuse an evaluation deadline before the registration deadline."""
        start = self.registration_deadline.data
        if field.data and start and field.data < start:
            raise ValidationError(_l("The evaluation deadline cannot be before the registration deadline."))


class DeadlineExtensionForm(FlaskForm):
    """An extension of a campaign's deadline: which one, for which units, until when, and why."""

    kind = StrictSelectField(_l("Deadline"))
    #: ROOT_CHOICE means every unit of the campaign
    unit_id = StrictSelectField(_l("For"), coerce=safe_int)
    new_date = VnDateField(_l("New deadline"), validators=[InputRequired(_l("Please enter the new deadline."))])
    reason = TextAreaField(_l("Reason"), filters=[strip_text], validators=[
        DataRequired(_l("Please give the reason for the extension.")),
        Length(max=2000, message=_l("At most %(max)d characters.", max=2000)),
    ])
