"""Who gets which mail: the notification table, as data, and the functions that find the people."""

from dataclasses import dataclass

from sqlalchemy import select

from registry.extensions import db
from registry.models import Initiative, RoleAssignment, User
from registry.roles import ROLE_OFFICER, ROLE_STAFF
from workflows.councils.models import ConflictDeclaration, Council, CouncilAssignment, CouncilMember
from workflows.rules import has_conflict

#: The people a notification can go to, as they are named in docs/notifications.md.
AUDIENCES = {
    "officers": "the unit's focal officers",
    "staff": "staff over the unit (its subtree scopes)",
    "secretary": "the council secretary, when assigned",
    "chair": "the council chair",
    "scoring_members": "each council member who scores it (no conflict of interest)",
    "member": "the council member with unscored assignments",
    "digest_user": "the user who chose the daily digest",
    "account_owner": "the account's owner (only when the e-mail typed belongs to an active account)",
}


@dataclass(frozen=True)
class Notification:
    """One kind of mail: its event name (also its template's name), what causes it, who receives it."""

    event: str
    cause: str
    audiences: tuple[str, ...]


#: The single table of who gets what; docs/notifications.md shows exactly this (a test checks).
NOTIFICATIONS = (
    Notification("submitted", "trigger `submit` or `resubmit`", ("officers", "staff", "secretary")),
    Notification("returned", "trigger `return_for_revision` (the mail carries the reason)", ("officers",)),
    Notification("assigned", "an initiative is newly assigned to a council", ("scoring_members",)),
    Notification("quorum_reached", "a submitted score sheet reaches the quorum (once per round)",
                 ("secretary", "chair")),
    Notification("recognized", "trigger `recognize`", ("officers",)),
    Notification("not_recognized", "trigger `reject` (with the reason)", ("officers",)),
    Notification("exemplary", "trigger `select_exemplary`", ("officers",)),
    Notification("commended", "trigger `commend`", ("officers",)),
    Notification("revoked", "trigger `revoke` (with the reason)", ("officers",)),
    Notification("reminder_scoring", "`flask reminders send`: unscored assignments, N days before the "
                 "evaluation deadline (once a day)", ("member",)),
    Notification("reminder_resubmit", "`flask reminders send`: returned initiatives waiting for resubmission "
                 "(once a day)", ("officers",)),
    Notification("digest", "`flask reminders send` or `flask outbox run`: the day's held mails (once a day)",
                 ("digest_user",)),
    Notification("password_reset", "the \"Quên mật khẩu\" form: a single-use link to choose a new password "
                 "(never held for a digest)", ("account_owner",)),
)

NOTIFICATIONS_BY_EVENT = {notification.event: notification for notification in NOTIFICATIONS}

#: The workflow trigger behind each transition mail; triggers left out (withdraw, complete_evaluation) send none.
TRIGGER_EVENTS = {
    "submit": "submitted",
    "resubmit": "submitted",
    "return_for_revision": "returned",
    "recognize": "recognized",
    "reject": "not_recognized",
    "select_exemplary": "exemplary",
    "commend": "commended",
    "revoke": "revoked",
}


def markdown_table() -> str:
    """Return the notification table as Markdown (what docs/notifications.md must contain)."""
    lines = ["| event | caused by | recipients |", "| --- | --- | --- |"]
    for notification in NOTIFICATIONS:
        people = "; ".join(AUDIENCES[audience] for audience in notification.audiences)
        lines.append(f"| `{notification.event}` | {notification.cause} | {people} |")
    return "\n".join(lines) + "\n"


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
    ancestor_ids = [int(part) for part in initiative.unit.path.strip("/").split("/") if part.isdigit()]
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
