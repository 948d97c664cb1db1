"""Services over the unit tree: create a unit under a parent, move a subtree, list it in order."""

from flask_babel import gettext as _
from sqlalchemy import func, select, update

from registry.extensions import db
from registry.models import Unit
from registry.refusals import Refused
from registry.signals import unit_moved


def create_unit(name: str, group: str, level: str, parent: Unit | None = None,
                is_active: bool = True) -> Unit:
    """Add a unit under `parent` (or as a root), set its materialized path and flush."""
    unit = Unit(name=name.strip(), group=group, level=level, parent=parent, is_active=is_active,
                depth=(parent.depth + 1) if parent else 0)
    db.session.add(unit)
    db.session.flush()  # the path is built from the new id
    unit.path = f"{parent.path if parent else '/'}{unit.id}/"
    db.session.flush()
    return unit


def move_unit(unit: Unit, new_parent: Unit | None) -> None:
    """Place `unit` and its whole subtree under `new_parent`, rewriting their paths, and flush.

    :raise Refused: when `new_parent` lies inside `unit`'s own subtree (the tree would break).
    """
    if new_parent is not None and new_parent.is_within(unit):
        raise Refused(_("A unit cannot be moved under itself or under one of its own sub-units."), fields="parent")
    old_path = unit.path
    new_path = f"{new_parent.path if new_parent else '/'}{unit.id}/"
    depth_change = ((new_parent.depth + 1) if new_parent else 0) - unit.depth
    unit.parent = new_parent
    db.session.flush()
    # One UPDATE rewrites the prefix of every path in the subtree, the unit's own included.
    db.session.execute(
        update(Unit)
        .where(Unit.path.startswith(old_path, autoescape=True))
        .values(path=new_path + func.substr(Unit.path, len(old_path) + 1), depth=Unit.depth + depth_change)
        .execution_options(synchronize_session=False)
    )
    db.session.expire_all()
    unit_moved.send(unit, old_path=old_path)


def subtree(unit: Unit, active_only: bool = False) -> list[Unit]:
    """Return `unit` and every unit below it, in tree order."""
    query = select(Unit).where(Unit.path.startswith(unit.path, autoescape=True)).order_by(Unit.path)
    if active_only:
        query = query.where(Unit.is_active.is_(True))
    return list(db.session.scalars(query))
