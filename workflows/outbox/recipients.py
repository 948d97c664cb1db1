"""Who gets which mail: the functions that find the people of each audience of the notification table."""

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative, RoleAssignment, User
from registry.models.units import path_ids
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from workflows.councils.models import ConflictDeclaration, Council, CouncilAssignment, CouncilMember
from workflows.outbox.notifications import NOTIFICATIONS_BY_EVENT
from workflows.rules import has_conflict


def _users_with_role_at(role: str, unit_ids: list[int]) -> list[User]:
    """Return active users holding `role` at any of `unit_ids`, by id."""
    if not unit_ids:
        return []
    return list(db.session.scalars(
        select(User).join(RoleAssignment, RoleAssignment.user_id == User.id)
        .where(RoleAssignment.role == role, RoleAssignment.unit_id.in_(unit_ids), User.is_active_account.is_(True))
        .order_by(User.id).distinct()))


def officers(initiative: Initiative) -> list[User]:
    """Return the focal officers of the initiative's own unit."""
    return _users_with_role_at(ROLE_OFFICER, [initiative.unit_id])


def staff_over(initiative: Initiative) -> list[User]:
    """Return the staff whose scope contains the initiative's unit (the unit itself or an ancestor)."""
    ancestor_ids = path_ids(initiative.unit.path)
    return _users_with_role_at(ROLE_STAFF, ancestor_ids)


def council_of(initiative: Initiative) -> Council | None:
    """Return the council the initiative is assigned to, if any."""
    return db.session.scalar(select(Council).join(CouncilAssignment, CouncilAssignment.council_id == Council.id)
                             .where(CouncilAssignment.initiative_id == initiative.id))


def seat_holders(council: Council | None, role: str) -> list[User]:
    """Return the active users sitting on `council` in `role` ("chair", "secretary", "member")."""
    if council is None:
        return []
    return [member.user for member in council.members if member.role == role and member.user.is_active_account]


def scoring_seats(council: Council, initiative: Initiative) -> list[CouncilMember]:
    """Return the council's seats that score `initiative` (declared and own-unit conflicts left out)."""
    declared = set(db.session.scalars(select(ConflictDeclaration.member_id)
                                      .where(ConflictDeclaration.initiative_id == initiative.id)))
    return [member for member in council.members if not has_conflict(member, initiative, declared)]


def scoring_users(council: Council, initiative: Initiative) -> list[User]:
    """Return the active users who score `initiative` on `council`."""
    return [seat.user for seat in scoring_seats(council, initiative) if seat.user.is_active_account]


def audience_members(audience: str, initiative: Initiative, council: Council | None) -> list[User]:
    """Return the people of one audience for an initiative-related event."""
    if audience == "officers":
        return officers(initiative)
    if audience == "staff":
        return staff_over(initiative)
    if audience in ("secretary", "chair"):
        return seat_holders(council, audience)
    if audience == "scoring_members":
        return scoring_users(council, initiative) if council is not None else []
    raise ValueError(f"audience {audience!r} is not resolved from an initiative")


def recipients(event: str, initiative: Initiative, council: Council | None = None) -> list[tuple[User, str]]:
    """Return (user, audience) for `event` on `initiative`, each person once, in the table's order."""
    council = council if council is not None else council_of(initiative)
    seen: set[int] = set()
    chosen: list[tuple[User, str]] = []
    for audience in NOTIFICATIONS_BY_EVENT[event].audiences:
        for user in audience_members(audience, initiative, council):
            if user.id not in seen:
                seen.add(user.id)
                chosen.append((user, audience))
    return chosen
