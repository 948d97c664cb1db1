"""Services over accounts for the admin pages: list, create, edit, (de)activate, passwords, roles.

Staff see every user holding at least one role inside their subtree, but change an account (its
name, password, activity) only when ALL its roles lie inside that subtree: otherwise a commune's
staff could take over the account of a province officer who also happens to hold a local role.
"""

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import ColumnElement, select, true

from registry import audit
from registry.auth.passwords import password_problem
from registry.extensions import db
from registry.models import RoleAssignment, Unit, User
from registry.models.users import user_by_email
from registry.pagination import Page, id_arg
from registry.policy import can_manage_unit, managed_units_filter
from registry.refusals import Refused
from registry.roles import ROLE_ADMIN, ROLES
from registry.signals import access_ended
from registry.text import fold

USERS_PER_PAGE = 50


@dataclass
class UserFilters:
    """What the user list is narrowed to; unknown values are dropped, never an error."""

    q: str = ""
    role: str = ""
    unit: Unit | None = None
    active: str = ""

    @classmethod
    def from_args(cls, args, actor: User) -> "UserFilters":
        """Read the filters from a query string; a unit outside `actor`'s scope is ignored."""
        role, active = args.get("role", ""), args.get("active", "")
        unit_id = id_arg(args, "unit")
        unit = db.session.get(Unit, unit_id) if unit_id is not None else None
        return cls(
            q=args.get("q", "").strip()[:200],
            role=role if role in ROLES else "",
            unit=unit if unit is not None and can_manage_unit(actor, unit) else None,
            active=active if active in ("1", "0") else "",
        )


def visible_users_filter(actor: User) -> ColumnElement[bool]:
    """Return a predicate on User selecting the accounts `actor` may see."""
    if actor.is_admin:
        return true()
    holders = select(RoleAssignment.user_id).join(Unit).where(managed_units_filter(actor))
    return User.id.in_(holders)


def can_see_user(actor: User, user: User) -> bool:
    """Tell whether `actor` may see `user` (an admin, or one of the user's roles lies in their scope)."""
    return actor.is_admin or any(can_manage_unit(actor, assignment.unit) for assignment in user.roles)


def can_manage_user(actor: User, user: User) -> bool:
    """Tell whether `actor` may change `user`'s account: admins always, staff for their own people."""
    if actor.is_admin:
        return True
    return bool(user.roles) and not user.is_admin and all(
        can_manage_unit(actor, assignment.unit) for assignment in user.roles)


def can_remove_assignment(actor: User, assignment: RoleAssignment) -> bool:
    """Tell whether `actor` may take this role assignment away."""
    if actor.is_admin:
        return True
    return assignment.role != ROLE_ADMIN and can_manage_unit(actor, assignment.unit)


def list_users(actor: User, filters: UserFilters, page: int) -> Page:
    """Return one page of the users `actor` may see, sorted by name the Vietnamese way (accents ignored)."""
    query = select(User.id, User.full_name, User.email).where(visible_users_filter(actor))
    if filters.role or filters.unit is not None:
        holders = select(RoleAssignment.user_id).join(Unit).where(managed_units_filter(actor))
        if filters.role:
            holders = holders.where(RoleAssignment.role == filters.role)
        if filters.unit is not None:
            holders = holders.where(Unit.path.startswith(filters.unit.path, autoescape=True))
        query = query.where(User.id.in_(holders))
    if filters.active:
        query = query.where(User.is_active_account.is_(filters.active == "1"))
    rows = db.session.execute(query).all()
    if filters.q:
        needle = fold(filters.q)
        rows = [row for row in rows if needle in fold(row.full_name) or needle in row.email.lower()]
    rows.sort(key=lambda row: (fold(row.full_name), row.id))
    pages = max(1, -(-len(rows) // USERS_PER_PAGE))
    page = max(1, min(page, pages))
    ids = [row.id for row in rows[(page - 1) * USERS_PER_PAGE: page * USERS_PER_PAGE]]
    by_id = {user.id: user for user in db.session.scalars(select(User).where(User.id.in_(ids)))} if ids else {}
    return Page(items=[by_id[i] for i in ids], page=page, per_page=USERS_PER_PAGE, total=len(rows))


def _check_grant(actor: User, user: User, role: str, unit: Unit) -> None:
    """Refuse a role `actor` may not grant (to themselves, admin, outside their scope), or one `user` holds."""
    if user.id is not None and user.id == actor.id:
        raise Refused(_("You cannot grant yourself a role."), "right", "role")
    if user.id is not None and not can_manage_user(actor, user):
        # A role over one's own unit would make a province council member conflicted on its initiatives.
        raise Refused(_("This account also holds roles outside your units: ask a higher level."), "right", "role")
    if role == ROLE_ADMIN and not actor.is_admin:
        raise Refused(_("Only an administrator may grant the administrator role."), "right", "role")
    if not can_manage_unit(actor, unit):
        raise Refused(_("You may only grant roles over the units you manage."), "right", "unit")
    if any(a.role == role and a.unit_id == unit.id for a in user.roles):
        raise Refused(_("This user already holds this role over this unit."), fields="role")


def _check_password(password: str, user_inputs: list[str]) -> None:
    """Refuse a password the policy refuses (registry.auth.passwords), beside the password field."""
    problem = password_problem(password, user_inputs)
    if problem:
        raise Refused(problem, "data", "password")


def create_user(actor: User, email: str, full_name: str, locale: str, password: str,
                role: str | None, unit: Unit | None) -> User:
    """Create an account with an initial password, to be changed at first sign-in, and maybe a first role."""
    email = email.strip().lower()
    if user_by_email(email) is not None:
        raise Refused(_("An account with this e-mail already exists."), fields="email")
    if not role and not actor.is_admin:
        raise Refused(_("Please choose a first role for the new user."), fields="role")
    _check_password(password, [email, full_name])
    # The administrator knows this password: the user must replace it with one only they know.
    user = User(email=email, full_name=full_name.strip(), locale=locale, must_change_password=True)
    user.set_password(password)
    if role:
        if unit is None:
            raise Refused(_("Please choose the unit of the role."), fields="unit")
        _check_grant(actor, user, role, unit)
        user.roles.append(RoleAssignment(role=role, unit=unit))
    db.session.add(user)
    db.session.flush()
    audit.record("user_created", actor=actor, target=user, details=f"{role or ''} {unit.name if unit else ''}")
    return user


def update_user(user: User, full_name: str, locale: str) -> None:
    """Change a user's name and interface language."""
    user.full_name, user.locale = full_name.strip(), locale
    db.session.flush()


def set_user_active(actor: User, user: User, active: bool) -> None:
    """Deactivate or reactivate an account; nobody deactivates their own."""
    if not active and user.id == actor.id:
        raise Refused(_("You cannot deactivate your own account."))
    if user.is_active_account != active:
        audit.record("user_reactivated" if active else "user_deactivated", actor=actor, target=user)
    user.is_active_account = active
    if not active:
        # Sessions and tokens end now, so that reactivating the account later revives none of them.
        _end_sessions_and_tokens(user)
    db.session.flush()


def _end_sessions_and_tokens(user: User) -> None:
    """End every session of `user` (a new session secret); the API revokes its tokens on `access_ended`."""
    user.rotate_session_secret()
    access_ended.send(user)


def reset_password(user: User, password: str, actor: User | None = None) -> None:
    """Replace a user's password, to be changed at next sign-in; their sessions and tokens end."""
    _check_password(password, [user.email, user.full_name])
    user.set_password(password)
    user.must_change_password = True
    _end_sessions_and_tokens(user)
    audit.record("password_reset", actor=actor, target=user)
    db.session.flush()


def grant_role(actor: User, user: User, role: str, unit: Unit) -> RoleAssignment:
    """Give `user` the `role` over `unit`'s subtree."""
    _check_grant(actor, user, role, unit)
    assignment = RoleAssignment(role=role, unit=unit)
    user.roles.append(assignment)
    db.session.flush()
    audit.record("role_granted", actor=actor, target=user, details=f"{role} @ {unit.name} (#{unit.id})")
    return assignment


def revoke_role(actor: User, assignment: RoleAssignment) -> None:
    """Take a role assignment away; nobody removes their own last administrator role."""
    user = assignment.user
    if not can_remove_assignment(actor, assignment):
        raise Refused(_("You may not remove this role."))
    if (assignment.role == ROLE_ADMIN and user.id == actor.id
            and sum(a.role == ROLE_ADMIN for a in user.roles) == 1):
        raise Refused(_("You cannot remove your own last administrator role."))
    audit.record("role_revoked", actor=actor, target=user,
                 details=f"{assignment.role} @ {assignment.unit.name} (#{assignment.unit_id})")
    user.roles.remove(assignment)
    db.session.flush()
