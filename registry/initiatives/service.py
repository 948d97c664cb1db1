"""Registering initiatives: create and edit drafts, submit them, renew last year's ones. Never commits."""

from collections.abc import Callable
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import select

from registry.attachments.storage import delete_attachment
from registry.codes import next_code
from registry.deadlines import registration_closed
from registry.dossier import DOSSIER_FIELDS
from registry.extensions import db
from registry.models import Campaign, Field, Indicator, Initiative, Unit, User
from registry.models.base import utcnow
from registry.policy import is_officer_of, is_successor_officer_of, successor_unit_id, units_user_may_register_for
from registry.refusals import Refused
from workflows.machine import INITIAL_STATE, PAGE_FORM, STAGE_REGISTERED, STAGE_STATES, trigger_from

#: Dossier values of an individual exemplar, cleared when the subject is a collective.
INDIVIDUAL_FIELDS = ("individual_name", "individual_position", "individual_gender", "individual_ethnicity")
#: Values a renewal copies from last year's entry.
COPIED_ON_RENEWAL = tuple(name for name in DOSSIER_FIELDS if name not in ("campaign_id", "registration_kind"))
#: Dossier values that may be None; the other ones are stored as "" when empty.
NULLABLE_FIELDS = ("individual_birth_year", "field_id", "campaign_id", "unit_id")
#: States from which an initiative can be renewed: it was registered (it really took place).
RENEWABLE_STATES = STAGE_STATES[STAGE_REGISTERED]


def open_campaigns() -> list[Campaign]:
    """Return the campaigns open for registration, latest year first."""
    return list(db.session.scalars(select(Campaign).where(Campaign.is_open).order_by(Campaign.year.desc())))


def current_campaign() -> Campaign | None:
    """Return this year's open campaign, else the latest open one, else None."""
    campaigns = open_campaigns()
    this_year = [campaign for campaign in campaigns if campaign.year == date.today().year]
    return (this_year or campaigns or [None])[0]


def active_fields() -> list[Field]:
    """Return the fields offered for new registrations, in their configured order."""
    return list(db.session.scalars(select(Field).where(Field.is_active).order_by(Field.position, Field.name)))


def _check_choices(actor: User, data: dict, initiative: Initiative | None = None) -> None:
    """Refuse a unit, campaign or field the actor may not use (the current ones always stay allowed)."""
    current_campaign_id = initiative.campaign_id if initiative else None
    current_field_id = initiative.field_id if initiative else None
    allowed_units = {unit.id for unit in units_user_may_register_for(actor)}
    if initiative is not None and is_officer_of(actor, initiative):
        allowed_units.add(initiative.unit_id)
    if data.get("unit_id") not in allowed_units:
        raise Refused(_("You may not register models for this unit."), "right")
    campaign = db.session.get(Campaign, data.get("campaign_id") or 0)
    if campaign is None or not (campaign.is_open or campaign.id == current_campaign_id):
        raise Refused(_("This campaign is not open for registration."), "data")
    # A new registration, or a draft moved into another campaign, must come by that campaign's deadline. A
    # dossier that stays in its campaign is not refused here: editing a returned dossier (and a draft, which
    # cannot be submitted late anyway) is not blocked by the registration deadline.
    unit = db.session.get(Unit, data["unit_id"])
    if campaign.id != current_campaign_id and (closed := registration_closed(campaign, unit=unit)):
        raise Refused(closed, "data", {"campaign_id": closed})
    field = db.session.get(Field, data.get("field_id") or 0)
    if field is None or not (field.is_active or field.id == current_field_id):
        raise Refused(_("This field is not in use."), "data")


def _apply(initiative: Initiative, data: dict) -> None:
    """Copy the dossier values given and replace the indicator rows (when they are given)."""
    for name in DOSSIER_FIELDS:
        if name in data:
            value = data[name]
            setattr(initiative, name, "" if value is None and name not in NULLABLE_FIELDS else value)
    if initiative.subject_type != "individual":
        for name in INDIVIDUAL_FIELDS:
            setattr(initiative, name, "")
        initiative.individual_birth_year = None
    if "indicators" not in data:  # an autosave that could not read a row keeps the stored ones
        return
    initiative.indicators = [
        Indicator(position=position, name=row["name"], unit_of_measure=row.get("unit_of_measure") or "",
                  target=row.get("target"), actual=row.get("actual"))
        for position, row in enumerate(data["indicators"])
    ]


def create_draft(actor: User, data: dict) -> Initiative:
    """Create a draft initiative for one of the actor's units, numbered in its campaign's year.

    :raise Refused: when the unit, campaign or field may not be used.
    """
    _check_choices(actor, data)
    campaign = db.session.get(Campaign, data["campaign_id"])
    initiative = Initiative(code=next_code(campaign.year), created_by_id=actor.id, status=INITIAL_STATE)
    _apply(initiative, data)
    db.session.add(initiative)
    db.session.flush()
    return initiative


def update_draft(initiative: Initiative, actor: User, data: dict, expected_version: int | None) -> Initiative:
    """Replace the dossier of an editable initiative, refusing a stale or forbidden edit.

    :raise Refused: "stale" when someone saved since `expected_version`, "right" or "state"
        when the actor may not edit it now.
    """
    if expected_version is None or expected_version != initiative.version:
        raise Refused(_("Someone else has changed this initiative. Please reload the page."), "stale")
    if not initiative.is_editable:
        raise Refused(_("This dossier can no longer be changed."), "state")
    if not is_officer_of(actor, initiative):
        raise Refused(_("You do not have the right to do this."), "right")
    _check_choices(actor, data, initiative)
    _apply(initiative, data)
    # Touch the row so that every save bumps the version, even when only indicators changed.
    initiative.updated_at = utcnow()
    db.session.flush()
    return initiative


def save_and_submit(initiative: Initiative | None, actor: User, data: dict, expected_version: int | None,
                    fire: Callable[..., object], comment: str = "") -> Initiative:
    """Save the dossier (creating it when `initiative` is None), then submit or resubmit it through `fire`.

    The workflow's `fire` is passed in: the registry sits below the workflows and does not import their engine.
    `comment` is the unit's answer to the council when it resubmits a returned dossier (kept in the history).

    :raise Refused: when saving or submitting is refused; the caller rolls back.
    """
    if initiative is None:
        initiative = create_draft(actor, data)
    else:
        initiative = update_draft(initiative, actor, data, expected_version)
    fire(initiative, trigger_from(initiative.status, PAGE_FORM).name, actor, comment)
    return initiative


def existing_renewal(source: Initiative, campaign: Campaign) -> Initiative | None:
    """Return the renewal of `source` already registered in `campaign`, if any."""
    return db.session.scalar(select(Initiative).where(Initiative.renewed_from_id == source.id,
                                                      Initiative.campaign_id == campaign.id).limit(1))


def renewing_unit_id(source: Initiative, actor: User) -> int | None:
    """Return the unit a renewal of `source` by `actor` registers under: its own active unit, or, once a
    reorganisation closed that unit, the successor unit the actor is an officer of; None when neither."""
    if source.unit.is_active and is_officer_of(actor, source):
        return source.unit_id
    if is_successor_officer_of(actor, source):
        return successor_unit_id(source)
    return None


def renewal_refusal(source: Initiative, actor: User, campaign: Campaign | None) -> Refused | None:
    """Return why `actor` may not renew `source` for `campaign`, or None when they may."""
    if campaign is None or not campaign.is_open:
        return Refused(_("No campaign is open for registration."), "state")
    if closed := registration_closed(campaign, unit=source.unit):
        return Refused(closed, "state")
    if renewing_unit_id(source, actor) is None:
        return Refused(_("You do not have the right to do this."), "right")
    if source.campaign.year >= campaign.year or source.status not in RENEWABLE_STATES:
        return Refused(_("Only a model registered in an earlier campaign can be renewed."), "state")
    if existing_renewal(source, campaign) is not None:
        return Refused(_("This model has already been renewed for %(campaign)s.", campaign=campaign.name), "data")
    return None


def renew(source: Initiative, actor: User, campaign: Campaign) -> Initiative:
    """Register a prefilled renewal of `source` in `campaign`, indicators copied without actual values.

    :raise Refused: when the actor may not renew it (see `renewal_refusal`).
    """
    refusal = renewal_refusal(source, actor, campaign)
    if refusal is not None:
        raise refusal
    copy = Initiative(code=next_code(campaign.year), created_by_id=actor.id, status=INITIAL_STATE,
                      campaign_id=campaign.id, registration_kind="renewal", renewed_from_id=source.id)
    for name in COPIED_ON_RENEWAL:
        setattr(copy, name, getattr(source, name))
    copy.unit_id = renewing_unit_id(source, actor)  # the successor, when the source's unit was reorganised
    copy.indicators = [Indicator(position=row.position, name=row.name, unit_of_measure=row.unit_of_measure,
                                 target=row.target, actual=None) for row in source.indicators]
    db.session.add(copy)
    db.session.flush()
    return copy


def may_delete_draft(initiative: Initiative, actor: User) -> bool:
    """Tell whether `actor` may delete `initiative`: a draft, by a focal officer of its own unit."""
    return initiative.status == INITIAL_STATE and is_officer_of(actor, initiative)


def delete_draft(initiative: Initiative, actor: User) -> str:
    """Delete a draft with its indicators and evidence files, and return its code (for the message).

    The code is not given back: the yearly sequence only moves forward (registry/codes.py), so the
    deleted draft's number stays unused, and no later model can be mistaken for it in a printout.
    The evidence files are removed from the disk once the deletion is committed.

    :raise Refused: when it is no longer a draft, or `actor` is not an officer of its unit.
    """
    if not is_officer_of(actor, initiative):
        raise Refused(_("Only a focal officer of the model's unit may delete its draft."), "right")
    if initiative.status != INITIAL_STATE:
        raise Refused(_("Only a draft can be deleted; a submitted model can be withdrawn instead."), "state")
    code = initiative.code
    for attachment in list(initiative.attachments):
        delete_attachment(attachment)
    db.session.expire(initiative, ["attachments"])  # already deleted: the cascade must not delete them again
    db.session.delete(initiative)  # the indicators go with it (cascade)
    db.session.flush()
    return code
