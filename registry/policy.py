"""Who may see and change what: role scopes over the unit tree, as SQL predicates and pure checks.

Domain code (services, queries) uses these; the web guards built on them live in web.guards.
"""

from sqlalchemy import ColumnElement, Select, false, or_, select, true

from registry.extensions import db
from registry.models import Initiative, Unit, UnitCurrent, User
from registry.rebasing import placed_unit_ids
from registry.roles import ROLE_ADMIN, ROLE_COUNCIL, ROLE_OFFICER, ROLE_STAFF, ROLE_VIEWER

#: Roles that see every initiative of their unit's subtree. Council members are not among them: they
#: read what is assigned to the councils they sit on (`seated_initiative_ids`).
SUBTREE_READERS = (ROLE_STAFF, ROLE_VIEWER)
#: Roles that manage the unit tree, users, fields and campaigns of their subtree.
MANAGERS = (ROLE_STAFF, ROLE_ADMIN)


def subtree_of(units: list[Unit]) -> ColumnElement[bool]:
    """Return a predicate on Unit selecting every unit within any of `units`."""
    if not units:
        return false()
    return or_(*(Unit.path.startswith(unit.path, autoescape=True) for unit in units))


def managed_units_filter(user: User) -> ColumnElement[bool]:
    """Return a predicate on Unit selecting the units `user` may administer."""
    if user.is_admin:
        return true()
    return subtree_of(user.units_for(ROLE_STAFF))


def seated_initiative_ids(user: User, initiative_id: int | None = None) -> Select:
    """Return a query of the ids of the initiatives assigned to a council `user` sits on (or only this one)."""
    from workflows.councils.models import CouncilAssignment, CouncilMember  # the councils build on registry

    query = (select(CouncilAssignment.initiative_id)
             .join(CouncilMember, CouncilMember.council_id == CouncilAssignment.council_id)
             .where(CouncilMember.user_id == user.id))
    if initiative_id is not None:
        query = query.where(CouncilAssignment.initiative_id == initiative_id)
    return query


def visible_initiatives_filter(user: User, rebased: bool = False) -> ColumnElement[bool]:
    """Return a predicate on Initiative (joined to Unit) selecting what `user` may read.

    Re-based, a subtree reader's models are those placed in their subtrees (closed units folded in,
    models of their units folded elsewhere left out), as the re-based dashboard counts them.
    """
    if user.is_admin:
        return true()
    officer_unit_ids = [unit.id for unit in user.units_for(ROLE_OFFICER)]
    readers = user.units_for(*SUBTREE_READERS)
    clauses = [Initiative.unit_id.in_(placed_unit_ids(readers)) if rebased else subtree_of(readers)]
    if officer_unit_ids:
        clauses.append(Initiative.unit_id.in_(officer_unit_ids))
        # A successor's officers read the models of the units folded into theirs (to renew them).
        clauses.append(Initiative.unit_id.in_(select(UnitCurrent.unit_id)
                                              .where(UnitCurrent.current_id.in_(officer_unit_ids))))
    if user.has_role(ROLE_COUNCIL):
        clauses.append(Initiative.id.in_(seated_initiative_ids(user)))
    return or_(*clauses)


def can_manage_unit(user: User, unit: Unit) -> bool:
    """Tell whether `user` administers `unit` (it lies in one of their staff subtrees)."""
    return user.is_admin or any(unit.is_within(scope) for scope in user.units_for(ROLE_STAFF))


def is_officer_of(user: User, initiative: Initiative) -> bool:
    """Tell whether `user` is a focal officer of the initiative's own unit."""
    return any(unit.id == initiative.unit_id for unit in user.units_for(ROLE_OFFICER))


def successor_unit_id(initiative: Initiative) -> int | None:
    """Return the id of today's unit the initiative's closed unit folds into (None while the unit is open)."""
    if not initiative.unit.is_closed:
        return None
    return db.session.scalar(select(UnitCurrent.current_id).where(UnitCurrent.unit_id == initiative.unit_id))


def is_successor_officer_of(user: User, initiative: Initiative) -> bool:
    """Tell whether `user` is a focal officer of the unit that took over the initiative's closed unit."""
    successor_id = successor_unit_id(initiative)
    return successor_id is not None and any(unit.id == successor_id for unit in user.units_for(ROLE_OFFICER))


def can_view_initiative(user: User, initiative: Initiative) -> bool:
    """Tell whether `user` may read the dossier, its history and its attachments."""
    if user.is_admin or is_officer_of(user, initiative) or is_successor_officer_of(user, initiative):
        return True
    readers = user.units_for(*SUBTREE_READERS)
    if any(initiative.unit.is_within(scope) for scope in readers):
        return True
    # The re-based list shows a reader the models of closed units folded into their subtree.
    successor_id = successor_unit_id(initiative) if readers else None
    successor = db.session.get(Unit, successor_id) if successor_id else None
    if successor is not None and any(successor.is_within(scope) for scope in readers):
        return True
    return user.has_role(ROLE_COUNCIL) and db.session.scalar(
        seated_initiative_ids(user, initiative.id).limit(1)) is not None


def can_edit_initiative(user: User, initiative: Initiative) -> bool:
    """Tell whether `user` may change the dossier now (its unit's officer, while editable)."""
    return initiative.is_editable and is_officer_of(user, initiative)


def units_user_may_register_for(user: User) -> list[Unit]:
    """Return the active units for which `user` registers initiatives as focal officer."""
    return [unit for unit in user.units_for(ROLE_OFFICER) if unit.is_active]


def managed_units(user: User) -> list[Unit]:
    """Return every unit `user` administers, ordered by path (tree order)."""
    query = select(Unit).where(managed_units_filter(user)).order_by(Unit.path)
    return list(db.session.scalars(query))


def visible_units_filter(user: User) -> ColumnElement[bool]:
    """Return a predicate on Unit selecting the units whose initiatives `user` may read."""
    if user.is_admin:
        return true()
    officer_unit_ids = [unit.id for unit in user.units_for(ROLE_OFFICER)]
    clauses = [subtree_of(user.units_for(*SUBTREE_READERS))]
    if officer_unit_ids:
        clauses.append(Unit.id.in_(officer_unit_ids))
    if user.has_role(ROLE_COUNCIL):
        seated_units = select(Initiative.unit_id).where(Initiative.id.in_(seated_initiative_ids(user)))
        clauses.append(Unit.id.in_(seated_units))
    return or_(*clauses)


def can_change_setting(user: User, owner_unit: Unit | None) -> bool:
    """Tell whether `user` may change a campaign, field or commendation form owned by `owner_unit`.

    Administrators may; staff only when scoped at the owner unit or above it, so a commune's staff
    never change the province's settings. No owner means the top of the tree: staff of a root unit.
    """
    if user.is_admin:
        return True
    scopes = user.units_for(ROLE_STAFF)
    if owner_unit is None:
        return any(scope.parent_id is None for scope in scopes)
    return any(owner_unit.is_within(scope) for scope in scopes)


def default_owner_unit(user: User) -> Unit | None:
    """Return the owner of a setting `user` creates: their top staff unit, or the root for administrators."""
    scopes = sorted(user.units_for(ROLE_STAFF), key=lambda unit: (unit.depth, unit.path))
    if scopes and not user.is_admin:
        return scopes[0]
    return db.session.scalar(select(Unit).where(Unit.parent_id.is_(None)).order_by(Unit.id).limit(1))
