"""The configurable list of commendation forms (Biểu dương, Giấy khen, Bằng khen …) and their issuers."""

from flask_babel import gettext as _
from sqlalchemy import select

from registry.extensions import db
from registry.models import Unit
from registry.refusals import Refused
from registry.text import fold
from workflows.models import CommendationForm


def list_forms() -> list[CommendationForm]:
    """Return every commendation form, in display order."""
    return list(db.session.scalars(select(CommendationForm).order_by(CommendationForm.position,
                                                                     CommendationForm.name)))


def _refuse_duplicate_name(name: str, keep: CommendationForm | None) -> None:
    """Refuse a name another form already has, ignoring case and diacritics (the list is short)."""
    wanted = fold(name)
    for other in list_forms():
        if other is not keep and fold(other.name) == wanted:
            raise Refused(_("Another commendation form already has this name."), "data", "name")


def _apply(form: CommendationForm, name: str, default_issuer: str, position: int, is_active: bool) -> None:
    name = (name or "").strip()
    if not name:
        raise Refused(_("Please enter the name of the commendation form."), "data", "name")
    _refuse_duplicate_name(name, form)
    form.name = name
    form.default_issuer = (default_issuer or "").strip()
    form.position = position
    form.is_active = is_active


def create_form(name: str, default_issuer: str, position: int, is_active: bool = True,
                owner_unit: Unit | None = None) -> CommendationForm:
    """Add a commendation form with a unique name, owned by `owner_unit` (None: the top of the tree), and flush."""
    form = CommendationForm(owner_unit=owner_unit)
    _apply(form, name, default_issuer, position, is_active)
    db.session.add(form)
    db.session.flush()
    return form


def update_form(form: CommendationForm, name: str, default_issuer: str, position: int,
                is_active: bool) -> CommendationForm:
    """Change a commendation form (the name stays unique), and flush."""
    _apply(form, name, default_issuer, position, is_active)
    db.session.flush()
    return form


def set_form_active(form: CommendationForm, active: bool) -> None:
    """Offer the form when recording commendations again, or stop offering it, and flush."""
    form.is_active = active
    db.session.flush()
