"""The registration dossier form: every field of the initiative, its indicators and their checks."""

import re
from datetime import date
from decimal import Decimal

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    FieldList,
    Form,
    FormField,
    HiddenField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import Length, Optional, StopValidation, ValidationError

from registry.dossier import DOSSIER_FIELDS, FIELD_LABELS, MAX_INDICATORS
from registry.formfields import VietnameseDecimalField, VietnameseIntegerField, options, strip_text
from registry.initiatives import service
from registry.policy import units_user_may_register_for

#: Long free-text sections: generous, but a bound so that nobody stores a novel by accident.
MAX_LONG_TEXT = 20000
#: Indicator values fit Numeric(16, 2).
MAX_AMOUNT = Decimal("99999999999999.99")
FIRST_BIRTH_YEAR = 1900

CHOOSE = _l("Choose one of the options.")
#: What a draft cannot be saved without (the form's own hint says so).
DRAFT_NEEDS = ("title", "unit_id", "campaign_id", "field_id")
TOO_LONG = _l("At most %(max)d characters.")


SUBJECT_TYPE_CHOICES = options([("collective", _l("Collective")), ("individual", _l("Individual"))])
GENDER_CHOICES = options([("", _l("— choose —")), ("male", _l("Male")), ("female", _l("Female")),
                          ("other", _l("Other"))])
REGISTRATION_KIND_CHOICES = options([("new", _l("New registration")), ("renewal", _l("Renewal"))])
TARGET_LEVEL_CHOICES = options([("commune", _l("Commune level")), ("province", _l("Province level")),
                                ("national", _l("National level"))])


def _choices(items, placeholder=None) -> list[SelectChoice]:
    """Build (id, name) choices, led by an empty placeholder when one is given."""
    pairs = [("", placeholder)] if placeholder else []
    return options(pairs + [(item.id, item.name) for item in items])


def offer_choices(form: "InitiativeForm", user, initiative=None) -> list:
    """Offer the units, open campaigns and active fields `user` may choose (and the dossier's own).

    :return: the units offered.
    """
    units = units_user_may_register_for(user)
    campaigns = service.open_campaigns()
    fields = service.active_fields()
    if initiative is not None:
        if initiative.unit not in units:
            units.append(initiative.unit)
        if initiative.campaign not in campaigns:
            campaigns.append(initiative.campaign)
        if initiative.field not in fields:
            fields.append(initiative.field)
    form.unit_id.choices = _choices(units, placeholder=None if len(units) == 1 else _l("— choose —"))
    form.campaign_id.choices = _choices(campaigns)
    form.field_id.choices = _choices(fields, placeholder=_l("— choose —"))
    return units


def optional_int(value):
    """Turn a submitted id into an int, or None for an empty choice."""
    if value in (None, ""):
        return None
    return int(value)


def _required(message):
    """Build a validator that stops with `message` when the field has no value."""

    def check(_form, field):
        if field.data in (None, "") or (isinstance(field.data, str) and not field.data.strip()):
            field.errors[:] = []
            raise StopValidation(message)

    return check


def _max_length(limit: int) -> Length:
    return Length(max=limit, message=TOO_LONG)


def _text(name: str, limit: int, area: bool = False, required_message=None):
    validators = [_required(required_message)] if required_message else [Optional()]
    field_class = TextAreaField if area else StringField
    return field_class(FIELD_LABELS[name], validators=[*validators, _max_length(limit)], filters=[strip_text],
                       default="")


def _choice(name: str, choices, coerce=str, required_message=None, default=None):
    validators = [_required(required_message)] if required_message else []
    return SelectField(FIELD_LABELS[name], choices=choices, coerce=coerce, validators=validators, default=default,
                       invalid_choice_message=CHOOSE, invalid_value_message=CHOOSE)


class AmountField(VietnameseDecimalField):
    """A non-negative amount with at most two decimals, typed the Vietnamese way ("1.800", "2,5")."""

    def _convert(self, number: Decimal | None):
        if number is not None and not 0 <= number <= MAX_AMOUNT:
            raise ValueError(_l("Enter a number from 0 to 99.999.999.999.999."))
        return None if number is None else number.quantize(Decimal("0.01"))


class IndicatorForm(Form):
    """One planned indicator row; a blank row is ignored."""

    name = StringField(_l("Indicator"), validators=[_max_length(255)], filters=[strip_text])
    unit_of_measure = StringField(_l("Unit of measure"), validators=[_max_length(64)], filters=[strip_text])
    target = AmountField(_l("Target"))
    actual = AmountField(_l("Actual"))

    def is_blank(self) -> bool:
        """Tell whether nothing at all was typed in this row."""
        typed = [self.name.data, self.unit_of_measure.data]
        typed += [field.raw_data[0] if field.raw_data else field.data for field in (self.target, self.actual)]
        return not any(str(value).strip() for value in typed if value is not None)

    def validate_name(self, field):
        """Insist on a name for a row that has anything else in it."""
        if not field.data and not self.is_blank():
            raise ValidationError(_l("Please name the indicator."))


def _validate_phone(_form, field):
    """Accept digits, spaces, +, . and - with 8 to 15 digits."""
    if not field.data:
        return
    digits = sum(ch.isdigit() for ch in field.data)
    if not re.fullmatch(r"[0-9 +.\-]+", field.data) or not 8 <= digits <= 15:
        raise ValidationError(_l("Enter a phone number of 8 to 15 digits, for example 0912 345 678."))


def _validate_birth_year(_form, field):
    """Accept a year of birth from 1900 to this year."""
    if field.data is not None and not FIRST_BIRTH_YEAR <= field.data <= date.today().year:
        raise ValidationError(_l("Enter a year from %(first)d to %(last)d.", first=FIRST_BIRTH_YEAR,
                                 last=date.today().year))


class InitiativeForm(FlaskForm):
    """The whole registration dossier; choices of unit, campaign and field are set per request."""

    version = HiddenField()
    title = _text("title", 500, required_message=_l("Please enter the name of the model."))
    subject_type = _choice("subject_type", SUBJECT_TYPE_CHOICES, default="collective")
    individual_name = _text("individual_name", 255)
    individual_position = _text("individual_position", 255)
    individual_gender = _choice("individual_gender", GENDER_CHOICES, default="")
    individual_birth_year = VietnameseIntegerField(FIELD_LABELS["individual_birth_year"], grouping=False,
                                                   validators=[Optional(), _validate_birth_year])
    individual_ethnicity = _text("individual_ethnicity", 64)
    unit_id = _choice("unit_id", [], optional_int, required_message=_l("Please choose the registering unit."))
    campaign_id = _choice("campaign_id", [], optional_int, required_message=_l("Please choose a campaign."))
    field_id = _choice("field_id", [], optional_int, required_message=_l("Please choose a field."))
    partner_units = _text("partner_units", MAX_LONG_TEXT, area=True)
    political_task = _text("political_task", MAX_LONG_TEXT, area=True)
    situation = _text("situation", MAX_LONG_TEXT, area=True)
    objectives = _text("objectives", MAX_LONG_TEXT, area=True)
    content = _text("content", MAX_LONG_TEXT, area=True)
    area_and_target = _text("area_and_target", MAX_LONG_TEXT, area=True)
    forces = _text("forces", MAX_LONG_TEXT, area=True)
    resources_and_timeline = _text("resources_and_timeline", MAX_LONG_TEXT, area=True)
    outputs = _text("outputs", MAX_LONG_TEXT, area=True)
    sustainability = _text("sustainability", MAX_LONG_TEXT, area=True)
    registration_kind = _choice("registration_kind", REGISTRATION_KIND_CHOICES, default="new")
    target_level = _choice("target_level", TARGET_LEVEL_CHOICES, default="commune")
    contact_name = _text("contact_name", 255)
    contact_phone = StringField(FIELD_LABELS["contact_phone"], filters=[strip_text], default="",
                                render_kw={"type": "tel", "autocomplete": "tel"},
                                validators=[Optional(), _max_length(32), _validate_phone])
    indicators = FieldList(FormField(IndicatorForm), label=FIELD_LABELS["indicators"], max_entries=MAX_INDICATORS)

    def dossier_values(self) -> dict:
        """Return the submitted dossier as plain values, with the non-blank indicator rows."""
        values = {name: getattr(self, name).data for name in DOSSIER_FIELDS}
        values["indicators"] = [
            {"name": row.form.name.data, "unit_of_measure": row.form.unit_of_measure.data or "",
             "target": row.form.target.data, "actual": row.form.actual.data}
            for row in self.indicators if not row.form.is_blank()
        ]
        return values

    def autosave_values(self, creating: bool) -> tuple[dict, dict[str, str]]:
        """Return the dossier values an autosave may keep, and {field name: message} for those it may not.

        A value that cannot be read (a malformed number, a phone number, a text too long) is left out, so the
        stored one stays; one unreadable indicator row keeps every stored row. A new draft needs its name, unit,
        campaign and field: without them `DRAFT_NEEDS` names what is missing (see `draft_blockers`).
        """
        values = self.dossier_values()
        skipped: dict[str, str] = {}
        for name in DOSSIER_FIELDS:
            field = getattr(self, name)
            if field.errors and not (creating and name in DRAFT_NEEDS):
                skipped[field.name] = str(field.errors[0])
                values.pop(name, None)
        for row in self.indicators:
            for sub in row.form:
                if sub.errors:
                    skipped[sub.name] = str(sub.errors[0])
        if any(name.startswith(f"{self.indicators.name}-") for name in skipped):
            values.pop("indicators")
        return values, skipped

    def draft_blockers(self) -> dict[str, str]:
        """Return {field name: message} for the values a new draft cannot be created without."""
        return {name: str(getattr(self, name).errors[0]) for name in DRAFT_NEEDS if getattr(self, name).errors}

    def expected_version(self) -> int | None:
        """Return the version the user saw, or None when it is missing or malformed."""
        raw = (self.version.data or "").strip()
        return int(raw) if raw.isdigit() and len(raw) < 10 else None

    def offer_blank_indicator_rows(self, count: int = 2) -> None:
        """Make sure the form ends with `count` blank indicator rows, for browsers without JavaScript."""
        trailing = 0
        for row in reversed(self.indicators.entries):
            if not row.form.is_blank():
                break
            trailing += 1
        while trailing < count and len(self.indicators.entries) < MAX_INDICATORS:
            self.indicators.append_entry()
            trailing += 1

    def mark_missing(self, names: list[str]) -> None:
        """Put a "required" message beside each field named in `names` that has no message of its own yet."""
        for name in names:
            field = getattr(self, name, None)
            if field is not None and not field.errors:
                field.errors = [*field.errors, _l("This field is required to submit the registration.")]
