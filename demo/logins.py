"""The demo's login table: the listed accounts with their function (council seats included) and unit."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from demo.data import DEMO_DOMAIN, PROVINCE_ACCOUNTS, UNIT_ACCOUNTS, DemoAccount
from registry.extensions import db
from registry.models import Campaign, Unit, User
from workflows.councils.models import Council, CouncilMember

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


def open_council() -> Council | None:
    """Return the council of the latest open campaign, the one the listed seats act on."""
    return db.session.scalar(select(Council).join(Campaign, Campaign.id == Council.campaign_id)
                             .where(Campaign.is_open.is_(True)).order_by(Campaign.year.desc(), Council.id)
                             .limit(1))


def unit_label(unit: Unit) -> str:
    """Return a unit's name with its commune when the name does not say it ("Trường THCS X, xã X")."""
    parent = unit.parent
    if parent is None or unit.level != "commune" or parent.level != "commune":
        return unit.name
    commune = parent.name.removeprefix("Đảng ủy ")
    return unit.name if commune in unit.name else f"{unit.name}, {commune}"


def demo_logins() -> list[DemoLogin]:
    """Return the demo's listed logins in table order: council seats as seated, officers with their unit."""
    accounts: list[DemoAccount] = [*PROVINCE_ACCOUNTS, *UNIT_ACCOUNTS]
    users = {user.email: user for user in db.session.scalars(
        select(User).where(User.email.in_([account.email for account in accounts])))}
    council = open_council()
    seats: dict[int, CouncilMember] = {seat.user_id: seat for seat in council.members} if council else {}
    rows = []
    for account in accounts:
        user = users.get(account.email)
        if user is None:
            continue
        seat = seats.get(user.id)
        if seat is not None:
            unit = seat.home_unit or council.unit
            rows.append(DemoLogin(user.email, user.full_name, str(FUNCTION_LABELS[seat.role]), unit_label(unit)))
            continue
        unit = unit_label(user.roles[0].unit) if user.roles else ""
        rows.append(DemoLogin(user.email, user.full_name, str(FUNCTION_LABELS[account.function]), unit))
    return rows


def home_unit_seats() -> list[CouncilMember]:
    """Return the open council's seats whose holder works in a unit (they never score its models)."""
    council = open_council()
    return [seat for seat in council.members if seat.home_unit is not None] if council else []


def officer_count() -> int:
    """Return how many extra focal-officer accounts (canbo.*) the demo holds."""
    return db.session.scalar(select(func.count(User.id)).where(
        User.is_demo.is_(True), User.email.like(f"canbo.%@{DEMO_DOMAIN}"))) or 0
