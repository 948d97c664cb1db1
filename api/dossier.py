"""Check a dossier sent as JSON with the very form the registration page uses, so the rules live once."""

from decimal import Decimal

from flask_babel import gettext as _
from werkzeug.datastructures import MultiDict

from api.problems import ApiProblem, pointer
from api.schemas.initiatives import DossierInput
from registry.dossier import DOSSIER_FIELDS
from registry.i18n import vn_number
from registry.initiatives.forms import InitiativeForm, offer_choices
from registry.models import Initiative, User


def current_values(initiative: Initiative) -> dict:
    """Return the dossier of an initiative as the API takes it."""
    values = {name: getattr(initiative, name) for name in DOSSIER_FIELDS}
    values["indicators"] = [{"name": row.name, "unit_of_measure": row.unit_of_measure,
                             "target": row.target, "actual": row.actual} for row in initiative.indicators]
    return values


def _text(value) -> str:
    """Write a value the way a browser would post it."""
    if value is None:
        return ""
    if isinstance(value, float | Decimal):
        # The form reads numbers the Vietnamese way ("1.800,5"), so a JSON 1800.5 is written that way for it.
        return vn_number(value, grouping=False)
    return str(value)


def _formdata(values: dict) -> MultiDict:
    """Lay the values out as the registration form's fields."""
    data = MultiDict()
    for name in DOSSIER_FIELDS:
        if name in values:
            data[name] = _text(values[name])
    for index, row in enumerate(values.get("indicators") or []):
        for key in ("name", "unit_of_measure", "target", "actual"):
            data[f"indicators-{index}-{key}"] = _text(row.get(key))
    return data


def _json_pointer(form_name: str) -> str:
    """Turn a form field's name ("indicators-2-name") into a pointer into the body ("/indicators/2/name")."""
    return pointer(*form_name.split("-"))


def validated_values(user: User, body: DossierInput, initiative: Initiative | None = None) -> dict:
    """Return the dossier values to save: the current ones (if any) with the body's on top, checked.

    :raise ApiProblem: 422 with a message per bad field, the same messages as the page's.
    """
    values = current_values(initiative) if initiative is not None else {}
    given = body.model_dump(exclude_unset=True, exclude={"version"})
    values.update({key: value for key, value in given.items() if key != "indicators"})
    if "indicators" in given:
        values["indicators"] = given["indicators"] or []
    form = InitiativeForm(formdata=_formdata(values), meta={"csrf": False})
    offer_choices(form, user, initiative)
    if not form.validate():
        errors = {}
        for name, messages in _flat_errors(form.errors):
            errors.setdefault(_json_pointer(name), str(messages[0]))
        raise ApiProblem(422, _("Please correct the marked values."), errors)
    return form.dossier_values()


def _flat_errors(errors: dict, prefix: str = ""):
    """Yield (form field name, messages) from WTForms' errors, nested for the indicator rows."""
    for name, value in errors.items():
        if isinstance(value, dict):
            yield from _flat_errors(value, f"{prefix}{name}-")
        elif value and isinstance(value[0], dict):  # a FieldList of sub-forms: one dict per row
            for index, row in enumerate(value):
                yield from _flat_errors(row, f"{prefix}{name}-{index}-")
        elif value:
            yield f"{prefix}{name}", value
