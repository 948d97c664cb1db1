"""The demo's login table: the listed accounts with their function and unit, and the extra officers."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from registry.demo.data import DEMO_DOMAIN, PROVINCE_ACCOUNTS, UNIT_ACCOUNTS, DemoAccount
from registry.extensions import db
from registry.models import User

#: What the login table calls each function.
FUNCTION_LABELS = {
    "admin": _l("System administrator"),
    "staff": _l("Board staff"),
    "report_viewer": _l("Board leader"),
    "chair": _l("Council chair"),
    "secretary": _l("Council secretary"),
    "member": _l("Council member"),
    "unit_officer": _l("Unit focal officer"),
}


@dataclass(frozen=True)
class DemoLogin:
    """One row of the login table."""

    email: str
    full_name: str
    function: str
    unit: str


def demo_logins() -> list[DemoLogin]:
    """Return the demo's listed logins with their function label and unit, in table order."""
    accounts: list[DemoAccount] = [*PROVINCE_ACCOUNTS, *UNIT_ACCOUNTS]
    users = {user.email: user for user in db.session.scalars(
        select(User).where(User.email.in_([account.email for account in accounts])))}
    rows = []
    for account in accounts:
        user = users.get(account.email)
        if user is not None:
            unit = user.roles[0].unit.name if user.roles else ""
            rows.append(DemoLogin(user.email, user.full_name, str(FUNCTION_LABELS[account.function]), unit))
    return rows


def officer_count() -> int:
    """Return how many extra focal-officer accounts (canbo.*) the demo holds."""
    return db.session.scalar(select(func.count(User.id)).where(
        User.is_demo.is_(True), User.email.like(f"canbo.%@{DEMO_DOMAIN}"))) or 0
