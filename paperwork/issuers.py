"""Services over issuers: list, find the one valid on a day, create and edit (a rename is a new issuer)."""

from datetime import date

from flask_babel import gettext as _
from sqlalchemy import or_, select

from paperwork.models import ISSUER_KINDS, NUMBERING_PERIODS, Decision, Issuer
from registry.extensions import db
from registry.models import Unit
from registry.pagination import Page, paginate
from registry.refusals import Refused

ISSUERS_PER_PAGE = 50
#: The issuer columns the admin form edits.
ISSUER_COLUMNS = ("name", "parent_body", "short_code", "kind", "place_name", "numbering_period", "term_start",
                  "signer_prefix", "signer_title", "signer_name", "valid_from", "valid_to")
#: Columns printed on stored decisions: once an issuer has decided, they change only through a new issuer.
PRINTED_COLUMNS = ("name", "parent_body", "short_code", "kind")


def list_issuers(page: int) -> Page:
    """Return one page of issuers, the ones valid today first, then by name."""
    return paginate(select(Issuer).order_by(Issuer.valid_to.is_not(None), Issuer.name, Issuer.valid_from.desc(),
                                            Issuer.id), page, ISSUERS_PER_PAGE)


def issuers_valid_on(day: date) -> list[Issuer]:
    """Return the issuers existing under their name on `day`, by name."""
    return list(db.session.scalars(select(Issuer).where(
        Issuer.valid_from <= day, or_(Issuer.valid_to.is_(None), Issuer.valid_to >= day)).order_by(Issuer.name)))


def issuer_choices(day: date) -> list[tuple[int, str]]:
    """Return the issuers valid on `day` as select choices, each naming the number its register proposes."""
    from paperwork.numbering import number_text, proposed_number

    return [(issuer.id, _("%(name)s — next number %(number)s", name=issuer.name,
                          number=number_text(issuer, proposed_number(issuer, day))))
            for issuer in issuers_valid_on(day)]


def find_issuer(issuer_id: int | None) -> Issuer | None:
    """Return the issuer with `issuer_id`, or None."""
    return db.session.get(Issuer, issuer_id) if issuer_id else None


def _check(values: dict, issuer: Issuer | None) -> None:
    """Refuse inconsistent values: dates in order, a known kind and period, a term start for term numbering."""
    errors = {}
    if values["kind"] not in ISSUER_KINDS:
        errors["kind"] = _("Please choose one of the options.")
    if values["numbering_period"] not in NUMBERING_PERIODS:
        errors["numbering_period"] = _("Please choose one of the options.")
    elif values["numbering_period"] == "term" and values.get("term_start") is None:
        errors["term_start"] = _("Numbering by term needs the date the current term started.")
    if values.get("valid_to") is not None and values["valid_to"] < values["valid_from"]:
        errors["valid_to"] = _("The end of validity cannot be before its start.")
    if issuer is not None and _has_decisions(issuer):
        changed = [column for column in PRINTED_COLUMNS if getattr(issuer, column) != values[column]]
        if changed:
            message = _("This issuer has signed decisions: its name, parent body, code and kind stay as printed. "
                        "For a renamed body, end this issuer's validity and create a new one.")
            errors.update({column: message for column in changed})
    if errors:
        raise Refused(" ".join(dict.fromkeys(errors.values())), "data", errors)


def _has_decisions(issuer: Issuer) -> bool:
    return db.session.scalar(select(Decision.id).where(Decision.issuer_id == issuer.id).limit(1)) is not None


def add_issuer(values: dict, owner_unit: Unit | None) -> Issuer:
    """Create an issuer from the form's `values`, owned by `owner_unit` (None: the top of the tree)."""
    _check(values, None)
    issuer = Issuer(owner_unit=owner_unit, **{key: values.get(key) for key in ISSUER_COLUMNS})
    db.session.add(issuer)
    db.session.flush()
    return issuer


def update_issuer(issuer: Issuer, values: dict) -> None:
    """Change an issuer; what its signed decisions print is refused (a rename is a new issuer)."""
    _check(values, issuer)
    for key in ISSUER_COLUMNS:
        setattr(issuer, key, values.get(key))
    db.session.flush()
