"""The campaign's registration deadline, enforced by the services (so the pages and the API alike).

Registering means creating a registration (a new draft or a renewal) in a campaign, or submitting a draft.
Editing a dossier the council returned, and resubmitting it, are not registering: they follow the
council's process and its own dates, so the registration deadline never blocks them.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import gettext as _

from registry.i18n import format_date_vn
from registry.models import Campaign


def local_today() -> date:
    """Return today's date in the installation's time zone (a deadline is a local calendar day)."""
    return datetime.now(ZoneInfo(current_app.config["BABEL_DEFAULT_TIMEZONE"])).date()


def registration_closed(campaign: Campaign, today: date | None = None) -> str | None:
    """Return why `campaign` takes no more registrations (its deadline day has passed), or None.

    The deadline day itself still counts: registration closes at the end of it, local time.
    """
    deadline = campaign.registration_deadline
    if deadline is None or (today or local_today()) <= deadline:
        return None
    return _("Registration for “%(campaign)s” closed on %(deadline)s.", campaign=campaign.name,
             deadline=format_date_vn(deadline))
