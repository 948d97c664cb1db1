"""Reorganisations of the unit tree: merges, splits, renames and moves, dated, with their legal basis.

Nothing is rewritten: the units a reorganisation ends stay as closed history (valid_to the day before the
effective date, inactive for new work), linked to the units that took over (successions, one of them the
main successor their statistics are re-based onto). What still moves, to the main successor: the open
children of a closed unit, its focal officers (an option) and its open work (registrations not decided
yet, `workflows.machine` `open_work` states); decided history stays where it was recorded.

`plan_reorganisation` answers the preview without writing; `record_reorganisation` checks the same
plan and applies it, flushing only (the caller commits). The Excel import of a whole province calls
`record_reorganisation` once per event.
"""

from dataclasses import dataclass, field
from datetime import date, timedelta

from flask_babel import gettext as _
from sqlalchemy import delete, func, insert, select

from registry import audit
from registry.extensions import db
from registry.models import Initiative, ReorganisationEvent, RoleAssignment, Unit, UnitCurrent, UnitSuccession, User
from registry.models.units import REORGANISATION_KINDS, TWO_TIER_FROM, UNIT_GROUPS, UNIT_LEVELS
from registry.policy import can_manage_unit
from registry.refusals import Refused
from registry.roles import ROLE_OFFICER
from registry.signals import units_rebased
from registry.text import fold
from registry.unit_tree import create_unit, move_unit
from workflows.machine import states_where

#: The states of work still under way: it follows the closed unit to its main successor.
OPEN_WORK_STATES = states_where(open_work=True)


@dataclass
class NewUnit:
    """A unit a reorganisation creates: its name, group, level and parent."""

    name: str
    group: str
    level: str
    parent: Unit | None


@dataclass
class Plan:
    """What a reorganisation would do: the preview shows it, the service applies it."""

    kind: str
    closing: list[Unit]
    #: the successors in order, each an existing open unit or a NewUnit; `main` is the index of the main one
    successors: list
    main: int
    moving_children: list[Unit] = field(default_factory=list)
    moving_officers: list[RoleAssignment] = field(default_factory=list)
    staying_roles: list[RoleAssignment] = field(default_factory=list)
    moving_work: list[Initiative] = field(default_factory=list)
    #: how many decided initiatives stay recorded under the closing units
    staying_history: int = 0

    @property
    def main_successor(self):
        """Return the main successor (a unit, or a NewUnit not created yet)."""
        return self.successors[self.main]


def district_refusal(level: str, valid_from: date | None, field_name: str = "level") -> Refused | None:
    """Return why a unit of `level` may not start on `valid_from` (None: today), or None when it may."""
    if level != "district":
        return None
    if valid_from is None or valid_from >= TWO_TIER_FROM:
        return Refused(_("The district level was abolished on 1 July 2025: a district can only be recorded "
                         "as history, valid from a date before 01/07/2025."), "data", field_name)
    return None


def closing_day(effective_on: date) -> date:
    """Return the last day of a unit a reorganisation effective on `effective_on` closes."""
    return effective_on - timedelta(days=1)


def _refuse_dates(decided_on: date | None, effective_on: date | None, today: date) -> None:
    """Refuse missing dates, an effective date still to come, or an act adopted after it took effect."""
    if decided_on is None:
        raise Refused(_("Please enter the date the act was adopted."), "data", "decided_on")
    if effective_on is None:
        raise Refused(_("Please enter the date the change takes effect."), "data", "effective_on")
    if effective_on > today:
        raise Refused(_("A reorganisation is recorded once it has taken effect: the effective date cannot "
                        "be in the future."), "data", "effective_on")
    if decided_on > effective_on:
        raise Refused(_("The act cannot be adopted after the date it takes effect."), "data", "decided_on")


def _refuse_sources(actor: User, kind: str, sources: list[Unit], effective_on: date) -> None:
    """Refuse an empty, unmanaged, already closed or too young set of units to close."""
    if not sources:
        raise Refused(_("Please choose the units the reorganisation ends."), "data", "sources")
    if len({unit.id for unit in sources}) != len(sources):
        raise Refused(_("A unit is chosen twice."), "data", "sources")
    if kind != "merge" and len(sources) != 1:
        raise Refused(_("A split, a rename or a move ends exactly one unit."), "data", "sources")
    for unit in sources:
        if not can_manage_unit(actor, unit):
            raise Refused(_("Please choose a unit you manage."), "right", "sources")
        if unit.is_closed:
            raise Refused(_("“%(name)s” already ended on %(day)s.", name=unit.name,
                            day=unit.valid_to.strftime("%d/%m/%Y")), "state", "sources")
        if unit.valid_from is not None and unit.valid_from >= effective_on:
            raise Refused(_("“%(name)s” only exists from %(day)s: it cannot end before that.", name=unit.name,
                            day=unit.valid_from.strftime("%d/%m/%Y")), "data", "effective_on")


def _inside_sources(unit: Unit | None, sources: list[Unit]) -> bool:
    """Tell whether `unit` is one of `sources` or lies in one of their subtrees."""
    return unit is not None and any(unit.is_within(source) for source in sources)


def _refuse_successor(actor: User, successor, sources: list[Unit], effective_on: date) -> None:
    """Refuse a successor that is closed, unmanaged, one of the closing units, inside them, or misdated."""
    if isinstance(successor, NewUnit):
        if not successor.name.strip():
            raise Refused(_("Please enter the name of each new unit."), "data", "successors")
        if successor.group not in UNIT_GROUPS or successor.level not in UNIT_LEVELS:
            raise Refused(_("Please choose one of the options."), "data", "successors")
        if successor.parent is None and not actor.is_admin:
            raise Refused(_("Only an administrator may create a top-level unit."), "right", "successors")
        parent = successor.parent
        if parent is not None and (parent.is_closed or not can_manage_unit(actor, parent)):
            raise Refused(_("A new unit goes under an open unit you manage."), "right", "successors")
        if _inside_sources(successor.parent, sources):
            raise Refused(_("A new unit cannot go under a unit this reorganisation ends: the tree would loop."),
                          "data", "successors")
        if refusal := district_refusal(successor.level, effective_on, "successors"):
            raise refusal
        _refuse_taken_name(successor.name, successor.parent, sources)
        return
    if any(successor.id == unit.id for unit in sources):
        raise Refused(_("“%(name)s” cannot be merged into itself.", name=successor.name), "data", "successors")
    if _inside_sources(successor, sources):
        raise Refused(_("“%(name)s” lies under a unit this reorganisation ends: the tree would loop.",
                        name=successor.name), "data", "successors")
    if successor.is_closed or not successor.is_active or not can_manage_unit(actor, successor):
        raise Refused(_("A successor must be an open unit you manage."), "data", "successors")


def _refuse_taken_name(name: str, parent: Unit | None, sources: list[Unit]) -> None:
    """Refuse a new unit named as an open sibling that stays open (closed siblings are history)."""
    siblings = select(Unit).where(Unit.parent_id.is_(None) if parent is None else Unit.parent_id == parent.id,
                                  Unit.valid_to.is_(None))
    closing = {unit.id for unit in sources}
    wanted = fold(name)
    for sibling in db.session.scalars(siblings):
        if sibling.id not in closing and fold(sibling.name) == wanted:
            raise Refused(_("“%(parent)s” already has a unit named “%(name)s”.",
                            parent=parent.name if parent else "—", name=sibling.name), "conflict", "successors")


def _refuse_shape(kind: str, sources: list[Unit], successors: list) -> None:
    """Refuse a number or kind of successors that does not fit the kind of event."""
    if kind not in REORGANISATION_KINDS:
        raise Refused(_("Please choose one of the options."), "data", "kind")
    if not successors:
        raise Refused(_("Please name the unit or units that take over."), "data", "successors")
    if kind == "merge" and len(successors) != 1:
        raise Refused(_("A merge has exactly one successor."), "data", "successors")
    if kind == "merge" and len(sources) < 2 and isinstance(successors[0], NewUnit):
        raise Refused(_("Merging one unit into a new one is a rename: choose at least two units, "
                        "or an existing successor."), "data", "sources")
    if kind == "split" and len(successors) < 2:
        raise Refused(_("A split has at least two successors."), "data", "successors")
    if kind in ("rename", "move"):
        new, old = successors[0], sources[0]
        if len(successors) != 1 or not isinstance(new, NewUnit):
            raise Refused(_("A rename or a move has exactly one new unit."), "data", "successors")
        if kind == "rename" and fold(new.name) == fold(old.name):
            raise Refused(_("The new name is the same as the old one."), "data", "successors")
        if kind == "move" and (new.parent.id if new.parent else None) == old.parent_id:
            raise Refused(_("The unit is already there."), "data", "successors")


def plan_reorganisation(actor: User, kind: str, sources: list[Unit], successors: list, main: int,
                        decided_on: date | None, effective_on: date | None, today: date,
                        move_officers: bool = True) -> Plan:
    """Check a reorganisation and return what it would do, writing nothing.

    :raise Refused: naming the field at fault (kind, sources, successors, decided_on, effective_on).
    """
    _refuse_dates(decided_on, effective_on, today)
    _refuse_shape(kind, sources, successors)
    _refuse_sources(actor, kind, sources, effective_on)
    if not 0 <= main < len(successors):
        raise Refused(_("Please choose the main successor."), "data", "main")
    for successor in successors:
        _refuse_successor(actor, successor, sources, effective_on)
    plan = Plan(kind, sources, successors, main)
    ids = [unit.id for unit in sources]
    plan.moving_children = list(db.session.scalars(
        select(Unit).where(Unit.parent_id.in_(ids), Unit.valid_to.is_(None), Unit.id.notin_(ids)).order_by(Unit.name)))
    for assignment in db.session.scalars(select(RoleAssignment).where(RoleAssignment.unit_id.in_(ids))):
        moves = move_officers and assignment.role == ROLE_OFFICER
        (plan.moving_officers if moves else plan.staying_roles).append(assignment)
    plan.moving_work = list(db.session.scalars(
        select(Initiative).where(Initiative.unit_id.in_(ids), Initiative.status.in_(OPEN_WORK_STATES))
        .order_by(Initiative.code)))
    plan.staying_history = db.session.scalar(
        select(func.count()).select_from(Initiative)
        .where(Initiative.unit_id.in_(ids), Initiative.status.notin_(OPEN_WORK_STATES)))
    return plan


def _successor_units(plan: Plan, effective_on: date) -> list[Unit]:
    """Create the new successors (valid from the effective date) and return every successor as a unit."""
    units = []
    for successor in plan.successors:
        if isinstance(successor, NewUnit):
            unit = create_unit(successor.name, successor.group, successor.level, successor.parent)
            unit.valid_from = effective_on
            successor = unit
        units.append(successor)
    return units


def _move_officers(plan: Plan, main: Unit) -> None:
    """Move the officers' role assignments of the closing units to the main successor (no duplicates)."""
    held = {(row.user_id, row.role) for row in db.session.scalars(
        select(RoleAssignment).where(RoleAssignment.unit_id == main.id))}
    for assignment in plan.moving_officers:
        if (assignment.user_id, assignment.role) in held:
            db.session.delete(assignment)
        else:
            held.add((assignment.user_id, assignment.role))
            assignment.unit_id = main.id


def _move_work(plan: Plan, main: Unit, actor: User, event: ReorganisationEvent) -> None:
    """Move the open work of the closing units to the main successor, noting each move in the audit trail."""
    with db.session.no_autoflush:
        _note_moves(plan, main, actor, event)
    db.session.flush()


def _note_moves(plan: Plan, main: Unit, actor: User, event: ReorganisationEvent) -> None:
    """Point each open initiative at the main successor and add its audit row (no flush in between)."""
    names = {unit.id: unit.name for unit in plan.closing}
    for initiative in plan.moving_work:
        # The old name from the closing units: reading initiative.unit would flush once per initiative.
        old_name = names[initiative.unit_id]
        initiative.unit_id = main.id
        audit.record("initiative_unit_moved", actor, details=_(
            "%(code)s: from “%(old)s” to “%(new)s” (reorganisation #%(event)s, %(basis)s)",
            code=initiative.code, old=old_name, new=main.name, event=event.id, basis=event.legal_basis))


def _rebase(closing: list[Unit], main: Unit) -> None:
    """Point the closing units, and every unit already folded into them, at `main`'s current unit."""
    ids = [unit.id for unit in closing]
    target = db.session.scalar(select(UnitCurrent.current_id).where(UnitCurrent.unit_id == main.id)) or main.id
    before = {unit_id: unit_id for unit_id in ids}
    before.update(db.session.execute(select(UnitCurrent.unit_id, UnitCurrent.current_id)
                                     .where(UnitCurrent.current_id.in_(ids))).all())
    db.session.flush()  # every pending change is counted with the old map before the map changes
    db.session.execute(delete(UnitCurrent).where(UnitCurrent.unit_id.in_(list(before))))
    db.session.execute(insert(UnitCurrent), [{"unit_id": unit_id, "current_id": target} for unit_id in before])
    units_rebased.send(None, before=before)


def record_reorganisation(actor: User, kind: str, legal_basis: str, decided_on: date | None,
                          effective_on: date | None, sources: list[Unit], successors: list, main: int = 0,
                          today: date | None = None, move_officers: bool = True, note: str = "",
                          ) -> tuple[ReorganisationEvent, Plan]:
    """Record a reorganisation and apply it: close `sources`, open or link `successors`, move what follows.

    `successors` are open units or NewUnit values; `main` indexes the main successor. Flushes only.

    :raise Refused: with the field at fault, before anything is written.
    """
    legal_basis = (legal_basis or "").strip()
    if not legal_basis:
        raise Refused(_("Please enter the legal basis (e.g. Nghị quyết 1658/NQ-UBTVQH15)."), "data", "legal_basis")
    plan = plan_reorganisation(actor, kind, sources, successors, main, decided_on, effective_on,
                               today or date.today(), move_officers)
    event = ReorganisationEvent(kind=kind, legal_basis=legal_basis[:255], decided_on=decided_on,
                                effective_on=effective_on, note=(note or "").strip(), recorded_by_id=actor.id)
    db.session.add(event)
    units = _successor_units(plan, effective_on)
    main_unit = units[plan.main]
    for source in sources:
        source.valid_to, source.is_active = closing_day(effective_on), False
        for position, unit in enumerate(units):
            db.session.add(UnitSuccession(event=event, predecessor_id=source.id, successor_id=unit.id,
                                          is_main=position == plan.main))
    db.session.flush()
    # The open work first: moving a unit expires the session, and each initiative would then be read again.
    _move_work(plan, main_unit, actor, event)
    _move_officers(plan, main_unit)
    for child in plan.moving_children:
        move_unit(child, main_unit)
    _rebase(sources, main_unit)
    audit.record("unit_reorganised", actor, details=_(
        "%(basis)s: %(closed)s → %(opened)s", basis=legal_basis,
        closed=", ".join(unit.name for unit in sources), opened=", ".join(unit.name for unit in units)))
    db.session.flush()
    return event, plan


def successions_of(unit: Unit) -> tuple[list[UnitSuccession], list[UnitSuccession]]:
    """Return the successions `unit` came from and those it went to."""
    came_from = list(db.session.scalars(select(UnitSuccession).where(UnitSuccession.successor_id == unit.id)))
    went_to = list(db.session.scalars(select(UnitSuccession).where(UnitSuccession.predecessor_id == unit.id)))
    return came_from, went_to


def current_unit(unit: Unit) -> Unit:
    """Return today's unit `unit` folds into (itself while open)."""
    current_id = db.session.scalar(select(UnitCurrent.current_id).where(UnitCurrent.unit_id == unit.id))
    return db.session.get(Unit, current_id) if current_id else unit
