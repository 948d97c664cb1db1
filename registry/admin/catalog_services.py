"""Services over fields of work and yearly campaigns: list, create, edit, (de)activate, open/close."""

from flask_babel import gettext as _
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Campaign, Field, Unit
from registry.pagination import Page, paginate
from registry.refusals import Refused

FIELDS_PER_PAGE = 50
CAMPAIGNS_PER_PAGE = 20
#: The campaign columns the admin form edits.
CAMPAIGN_COLUMNS = ("name", "year", "phase", "description", "registration_deadline", "evaluation_deadline",
                    "is_open")


def list_fields(page: int) -> Page:
    """Return one page of fields in display order."""
    return paginate(select(Field).order_by(Field.position, Field.name, Field.id), page, FIELDS_PER_PAGE)


def _check_field_unique(name: str, code: str, field: Field | None) -> None:
    """Refuse a name or code another field already has (compared case-insensitively)."""
    others = select(Field.id).where(Field.id != field.id) if field else select(Field.id)
    if db.session.scalar(others.where(func.lower(Field.name) == name.lower())) is not None:
        raise Refused(_("Another field already has this name."), fields="name")
    if db.session.scalar(others.where(func.lower(Field.code) == code.lower())) is not None:
        raise Refused(_("Another field already has this code."), fields="code")


def add_field(name: str, code: str, position: int, owner_unit: Unit | None = None) -> Field:
    """Create an active field of work, owned by `owner_unit` (None: the top of the tree)."""
    _check_field_unique(name, code, None)
    field = Field(name=name, code=code, position=position, is_active=True, owner_unit=owner_unit)
    db.session.add(field)
    db.session.flush()
    return field


def update_field(field: Field, name: str, code: str, position: int) -> None:
    """Change a field's name, code and display order."""
    _check_field_unique(name, code, field)
    field.name, field.code, field.position = name, code, position
    db.session.flush()


def set_field_active(field: Field, active: bool) -> None:
    """Offer a field for new registrations again, or stop offering it (existing ones keep it)."""
    field.is_active = active
    db.session.flush()


def list_campaigns(page: int) -> Page:
    """Return one page of campaigns, newest year first."""
    return paginate(select(Campaign).order_by(Campaign.year.desc()), page, CAMPAIGNS_PER_PAGE)


def _check_campaign(values: dict, campaign: Campaign | None) -> None:
    """Refuse a year another campaign already has, or an evaluation deadline before registration closes."""
    others = select(Campaign.id).where(Campaign.year == values["year"])
    if campaign is not None:
        others = others.where(Campaign.id != campaign.id)
    if db.session.scalar(others) is not None:
        raise Refused(_("There is already a campaign for %(year)d.", year=values["year"]), fields="year")
    start, end = values.get("registration_deadline"), values.get("evaluation_deadline")
    if start and end and end < start:
        raise Refused(_("The evaluation deadline cannot be before the registration deadline."),
                         fields="evaluation_deadline")


def add_campaign(values: dict, owner_unit: Unit | None = None) -> Campaign:
    """Create a campaign from the form's `values` (keys in CAMPAIGN_COLUMNS), owned by `owner_unit`."""
    _check_campaign(values, None)
    campaign = Campaign(**{key: values[key] for key in CAMPAIGN_COLUMNS}, owner_unit=owner_unit)
    db.session.add(campaign)
    db.session.flush()
    return campaign


def update_campaign(campaign: Campaign, values: dict) -> None:
    """Change a campaign from the form's `values` (keys in CAMPAIGN_COLUMNS)."""
    _check_campaign(values, campaign)
    for key in CAMPAIGN_COLUMNS:
        setattr(campaign, key, values[key])
    db.session.flush()


def set_campaign_open(campaign: Campaign, is_open: bool) -> None:
    """Open a campaign for registration, or close it."""
    campaign.is_open = is_open
    db.session.flush()
