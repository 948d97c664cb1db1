"""The menu: which pages each signed-in user sees at the top, and template helpers."""

from flask import current_app, url_for
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_login import current_user

from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER
from workflows.decisions.queries import deciding_seats
from workflows.machine import STATE_BADGES, STATES

ALL_ROLES = (ROLE_OFFICER, ROLE_COUNCIL, ROLE_STAFF, ROLE_VIEWER, ROLE_ADMIN)


def _takes_decisions(user) -> bool:
    """Tell whether the decisions page lists anything for `user`: staff, or a chair or secretary of a council.

    A plain council member holds the council role too, but decides nothing: the entry would lead nowhere.
    """
    return user.has_role(ROLE_STAFF) or bool(deciding_seats(user))


#: (endpoint, label, roles that see it[, a further test of the user]); an endpoint not registered yet is left out.
MENU = (
    ("reports.dashboard", _l("Statistics"), (ROLE_STAFF, ROLE_VIEWER, ROLE_ADMIN)),
    ("initiatives.index", _l("Models"), ALL_ROLES),
    ("initiatives.new", _l("Register a model"), (ROLE_OFFICER,)),
    ("scoring.queue", _l("My score sheets"), (ROLE_COUNCIL,)),
    ("sessions.mine", _l("Council sessions"), (ROLE_COUNCIL,)),
    ("decisions.bulk", _l("Decisions"), (ROLE_COUNCIL, ROLE_STAFF), _takes_decisions),
)
#: The administration pages, folded into one "Administration" menu.
ADMIN_MENU = (
    ("admin.units", _l("Units"), (ROLE_STAFF, ROLE_ADMIN)),
    ("admin.users", _l("Users"), (ROLE_STAFF, ROLE_ADMIN)),
    ("onboarding.imports", _l("Excel imports"), (ROLE_STAFF, ROLE_ADMIN)),
    ("admin.fields", _l("Fields"), (ROLE_STAFF, ROLE_ADMIN)),
    ("admin.campaigns", _l("Campaigns"), (ROLE_STAFF, ROLE_ADMIN)),
    ("councils.index", _l("Councils"), (ROLE_STAFF, ROLE_ADMIN)),
    ("councils.commendation_form_list", _l("Forms of commendation"), (ROLE_STAFF, ROLE_ADMIN)),
    ("paperwork.issuers", _l("Issuers"), (ROLE_STAFF, ROLE_ADMIN)),
    ("outbox.index", _l("Sent mail"), (ROLE_STAFF, ROLE_ADMIN)),
    ("admin.audit_events", _l("Audit log"), (ROLE_ADMIN,)),
)


def _entries(menu) -> list[dict]:
    entries = []
    for endpoint, label, roles, *test in menu:
        if endpoint not in current_app.view_functions or not current_user.has_role(*roles):
            continue
        if test and not test[0](current_user):
            continue
        entries.append({"url": url_for(endpoint), "label": label})
    return entries


def nav_items() -> list[dict]:
    """Return the main menu entries for the current user."""
    if not current_user.is_authenticated:
        return []
    return _entries(MENU)


def admin_items() -> list[dict]:
    """Return the administration entries for the current user (empty for most users)."""
    if not current_user.is_authenticated:
        return []
    return _entries(ADMIN_MENU)


def template_helpers() -> dict:
    """Expose the menu, the locale and the state vocabulary to every template."""
    return {
        "nav_items": nav_items,
        "admin_items": admin_items,
        "current_locale": lambda: str(get_locale()),
        "STATES": STATES,
        "STATE_BADGES": STATE_BADGES,
    }


def init_app(app) -> None:
    """Register the template helpers."""
    app.context_processor(template_helpers)
