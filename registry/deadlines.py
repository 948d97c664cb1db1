"""A campaign's deadlines as they hold for a unit, their extensions, and the registration deadline enforced.

The services enforce the registration deadline (so the pages and the API alike). Registering means creating a
registration (a new draft or a renewal) in a campaign, or submitting a draft. Editing a dossier the council
returned, and resubmitting it, are not registering: they follow the council's process and its own dates, so
the registration deadline never blocks them.

Staff extend a deadline for the whole campaign or for a unit's subtree. The deadline for a unit is the latest
date among the campaign's own and every extension covering the unit (its own, an ancestor's, the campaign-wide
ones): an extension only ever gives more time, never less.
"""

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from registry import audit
from registry.extensions import db
from registry.i18n import format_date_vn
from registry.models import Campaign, DeadlineExtension, Unit, User
from registry.models.deadlines import DEADLINE_EVALUATION, DEADLINE_KINDS, DEADLINE_REGISTRATION
from registry.models.units import path_ids
from registry.policy import can_change_setting, can_manage_unit
from registry.refusals import Refused
from workflows.machine import INITIAL_STATE, states_where

#: The labels of the deadlines, on the pages.
DEADLINE_LABELS = {DEADLINE_REGISTRATION: _l("Registration deadline"), DEADLINE_EVALUATION: _l("Evaluation deadline")}
#: The longest reason an extension may give.
MAX_REASON = 2000


def local_today() -> date:
    """Return today's date in the installation's time zone (a deadline is a local calendar day)."""
    return datetime.now(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])).date()


def original_deadline(campaign: Campaign, kind: str) -> date | None:
    """Return the campaign's own deadline of `kind`, before any extension."""
    return campaign.registration_deadline if kind == DEADLINE_REGISTRATION else campaign.evaluation_deadline


@dataclass(frozen=True)
class Deadline:
    """A deadline as it holds for one unit: its day, and whether an extension moved it there."""

    kind: str
    day: date
    original: date | None

    @property
    def extended(self) -> bool:
        """Tell whether an extension moved the deadline past the campaign's own."""
        return self.original is None or self.day > self.original

    @property
    def label(self) -> str:
        """Return the deadline's name ("Hạn đăng ký", "Hạn thẩm định")."""
        return str(DEADLINE_LABELS[self.kind])

    def days_left(self, today: date | None = None) -> int:
        """Return the days left until the end of the deadline day (0 on the day itself, negative once passed)."""
        return (self.day - (today or local_today())).days

    def has_passed(self, today: date | None = None) -> bool:
        """Tell whether the deadline day is over."""
        return self.days_left(today) < 0

    def remaining_text(self, today: date | None = None) -> str:
        """Say how long is left: "còn N ngày", "hôm nay là hạn chót" or "đã hết hạn"."""
        left = self.days_left(today)
        if left < 0:
            return _("deadline passed")
        if left == 0:
            return _("last day today")
        return _("%(days)d days left", days=left)


class DeadlineBook:
    """The extensions of some campaigns, loaded in one query, to work out many units' deadlines without more."""

    def __init__(self, extensions: Iterable[DeadlineExtension]):
        self._by_campaign_kind: dict[tuple[int, str], list[DeadlineExtension]] = defaultdict(list)
        for extension in extensions:
            self._by_campaign_kind[extension.campaign_id, extension.kind].append(extension)

    def deadline(self, campaign: Campaign, kind: str, unit: Unit | None = None) -> Deadline | None:
        """Return the deadline of `kind` for `unit` (None: the campaign-wide one), or None when there is none."""
        original = original_deadline(campaign, kind)
        covering_ids = set(path_ids(unit.path)) if unit is not None else set()
        days = [extension.new_date for extension in self._by_campaign_kind.get((campaign.id, kind), ())
                if extension.unit_id is None or extension.unit_id in covering_ids]
        if original is not None:
            days.append(original)
        return Deadline(kind, max(days), original) if days else None


def deadline_book(campaign_ids: Iterable[int]) -> DeadlineBook:
    """Load the extensions of the campaigns `campaign_ids` (one query; none for no campaign)."""
    ids = sorted(set(campaign_ids))
    if not ids:
        return DeadlineBook([])
    return DeadlineBook(db.session.scalars(select(DeadlineExtension).where(DeadlineExtension.campaign_id.in_(ids))))


def deadline_for(campaign: Campaign, kind: str, unit: Unit | None = None) -> Deadline | None:
    """Return the deadline of `kind` of `campaign` for `unit` (None: campaign-wide), extensions included."""
    return deadline_book([campaign.id]).deadline(campaign, kind, unit)


#: The deadline an initiative works to, by its state: a draft must be registered, a registered one scored.
DEADLINE_OF_STATE = {INITIAL_STATE: DEADLINE_REGISTRATION,
                     **{state: DEADLINE_EVALUATION for state in states_where(in_evaluation=True)}}


def initiative_deadlines(initiatives: Iterable) -> dict[int, Deadline]:
    """Return the deadline each initiative works to now (by its state), keyed by id; one query for them all."""
    initiatives = [initiative for initiative in initiatives if initiative.status in DEADLINE_OF_STATE]
    book = deadline_book(initiative.campaign_id for initiative in initiatives)
    found = {}
    for initiative in initiatives:
        deadline = book.deadline(initiative.campaign, DEADLINE_OF_STATE[initiative.status], initiative.unit)
        if deadline is not None:
            found[initiative.id] = deadline
    return found


def registration_closed(campaign: Campaign, today: date | None = None, unit: Unit | None = None) -> str | None:
    """Return why `campaign` takes no more registrations from `unit` (its deadline day has passed), or None.

    The deadline day itself still counts: registration closes at the end of it, local time. Without a unit,
    only the campaign-wide extensions count.
    """
    deadline = deadline_for(campaign, DEADLINE_REGISTRATION, unit)
    if deadline is None or not deadline.has_passed(today):
        return None
    return _("Registration for “%(campaign)s” closed on %(deadline)s.", campaign=campaign.name,
             deadline=format_date_vn(deadline.day))


def evaluation_closed(campaign: Campaign, unit: Unit | None = None, today: date | None = None) -> str | None:
    """Return why the council may no longer submit sheets or votes for `unit`'s models, or None while it may.

    The deadline day itself still counts (local time); extensions covering the unit count too. Saving a draft
    sheet is never blocked: only what decides (a submitted sheet, a vote) is.
    """
    deadline = deadline_for(campaign, DEADLINE_EVALUATION, unit)
    if deadline is None or not deadline.has_passed(today):
        return None
    return _("The evaluation deadline passed on %(deadline)s: staff can extend it for the campaign or the unit.",
             deadline=format_date_vn(deadline.day))


def campaign_extensions(campaign: Campaign) -> list[DeadlineExtension]:
    """Return every extension ever made to the campaign's deadlines, latest first."""
    return list(db.session.scalars(select(DeadlineExtension).where(DeadlineExtension.campaign_id == campaign.id)
                                   .order_by(DeadlineExtension.created_at.desc(), DeadlineExtension.id.desc())))


def _extension_errors(campaign: Campaign, kind: str, unit: Unit | None, new_date: date | None, reason: str,
                      today: date) -> dict[str, str]:
    """Check an extension's values; return the message of each wrong field."""
    errors: dict[str, str] = {}
    if kind not in DEADLINE_KINDS:
        errors["kind"] = _("Please choose the deadline to extend.")
    if not reason.strip():
        errors["reason"] = _("Please give the reason for the extension.")
    elif len(reason) > MAX_REASON:
        errors["reason"] = _("The reason is too long (at most %(max)d characters).", max=MAX_REASON)
    if new_date is None:
        errors["new_date"] = _("Please enter the new deadline.")
    elif new_date < today:
        errors["new_date"] = _("The new deadline cannot be in the past (today is %(today)s).",
                               today=format_date_vn(today))
    elif kind in DEADLINE_KINDS:
        original = original_deadline(campaign, kind)
        current = deadline_for(campaign, kind, unit)
        if original is not None and new_date < original:
            errors["new_date"] = _("The new deadline cannot be before the campaign's own deadline (%(date)s).",
                                   date=format_date_vn(original))
        elif current is not None and new_date <= current.day:
            errors["new_date"] = _("The deadline already runs until %(date)s here: choose a later date.",
                                   date=format_date_vn(current.day))
    return errors


def extend_deadline(actor: User, campaign: Campaign, kind: str, unit: Unit | None, new_date: date | None,
                    reason: str, today: date | None = None) -> DeadlineExtension:
    """Extend the campaign's deadline of `kind` to `new_date`, for `unit`'s subtree (None: every unit); flush.

    The extension is kept for ever (the campaign's history of extensions) and written to the audit log.

    :raise Refused: "right" when `actor` may not change the campaign or the unit, "data" for wrong values.
    """
    if not can_change_setting(actor, campaign.owner_unit) or (unit is not None and not can_manage_unit(actor, unit)):
        raise Refused(_("You do not have the right to do this."), "right")
    errors = _extension_errors(campaign, kind, unit, new_date, reason, today or local_today())
    if errors:
        raise Refused(" ".join(errors.values()), "data", errors)
    extension = DeadlineExtension(campaign_id=campaign.id, kind=kind, unit_id=unit.id if unit else None,
                                  new_date=new_date, reason=reason.strip(), created_by_id=actor.id)
    db.session.add(extension)
    scope = unit.name if unit is not None else _("every unit")
    audit.record("deadline_extended", actor, details=f"{campaign.name}: {DEADLINE_LABELS[kind]} → "
                 f"{format_date_vn(new_date)} ({scope}). {reason.strip()}")
    db.session.flush()
    return extension
