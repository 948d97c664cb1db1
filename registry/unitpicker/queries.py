"""The unit picker's options: the units of a user's scope for one purpose, searched accent-blind, few at a time.

Accent-blind search folds names in Python (registry.text.fold): SQLite's lower() folds neither accents nor "Đ",
and the units table has no folded column. One query reads the scope's (id, parent, name, path); a second one
names the ancestors above the scope for the path labels. Either way at most MAX_OPTIONS units are answered.
"""

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select

from registry.extensions import db
from registry.models import Unit, User
from registry.models.units import path_ids
from registry.policy import managed_units_filter, units_user_may_register_for, visible_units_filter
from registry.text import fold

#: The most units one answer holds; the picker asks for more precise text beyond that.
MAX_OPTIONS = 50
#: Up to this many choices a page still lists them all in its <select> (usable without JavaScript).
SMALL_SCOPE = 30
#: The units whose initiatives the user may read (the list's filter).
SCOPE_VISIBLE = "visible"
#: The active units the user registers models for (the dossier's unit).
SCOPE_REGISTER = "register"
#: The active units the user administers (a unit's parent, a user's unit, a council's unit).
SCOPE_MANAGED = "managed"
SCOPES = (SCOPE_VISIBLE, SCOPE_REGISTER, SCOPE_MANAGED)
#: Between the names of a path label.
SEPARATOR = " › "


@dataclass(frozen=True)
class UnitOption:
    """One unit the picker offers: its name, where it sits (the names from the top down) and whether it has
    units under it in the same scope (the picker can open them)."""

    id: int
    name: str
    label: str
    depth: int
    has_children: bool


def scope_filter(user: User, scope: str) -> ColumnElement[bool]:
    """Return the predicate on Unit of the units `user` may pick for `scope` (one of SCOPES)."""
    if scope == SCOPE_REGISTER:
        return Unit.id.in_([unit.id for unit in units_user_may_register_for(user)])
    if scope == SCOPE_MANAGED:
        return managed_units_filter(user) & Unit.is_active.is_(True)
    return visible_units_filter(user)


def path_labels(paths: list[str]) -> dict[str, str]:
    """Return path -> "Province › Commune › Unit" for each materialized path, naming every ancestor in one query."""
    ids = {unit_id for path in paths for unit_id in path_ids(path)}
    names = dict(db.session.execute(select(Unit.id, Unit.name).where(Unit.id.in_(ids))).all()) if ids else {}
    return {path: SEPARATOR.join(names.get(unit_id, "?") for unit_id in path_ids(path)) for path in paths}


def unit_label(unit_id: int | None) -> str:
    """Return the path label of one unit ("" for none or an unknown one)."""
    path = db.session.scalar(select(Unit.path).where(Unit.id == unit_id)) if unit_id else None
    return path_labels([path])[path] if path else ""


def unit_options(user: User, scope: str, text: str = "", parent_id: int | None = None,
                 limit: int = MAX_OPTIONS) -> tuple[list[UnitOption], bool]:
    """Return up to `limit` units of `user`'s `scope`, and whether more matched.

    With `text`: the units whose name holds it, accents and case aside, the shallowest first. Without: the
    units directly under `parent_id` in the scope, or the scope's top units when no parent is given.
    """
    rows = db.session.execute(select(Unit.id, Unit.parent_id, Unit.name, Unit.path, Unit.depth)
                              .where(scope_filter(user, scope))).all()
    in_scope = {row.id for row in rows}
    with_children = {row.parent_id for row in rows}
    needle = fold(text)
    if needle:
        chosen = [row for row in rows if needle in fold(row.name)]
        chosen.sort(key=lambda row: (row.depth, fold(row.name), row.id))
    else:
        chosen = [row for row in rows
                  if (row.parent_id == parent_id if parent_id else row.parent_id not in in_scope)]
        chosen.sort(key=lambda row: (fold(row.name), row.id))
    more = len(chosen) > limit
    chosen = chosen[:limit]
    labels = path_labels([row.path for row in chosen])
    return [UnitOption(row.id, row.name, labels[row.path], row.depth, row.id in with_children)
            for row in chosen], more


def filter_choices(user: User, scope: str, selected_id: int | None,
                   text: str = "") -> tuple[list[tuple[int, str]], bool]:
    """Return the (id, label) choices a page's own <select> lists, and whether that is the whole scope.

    A small scope is listed whole, in tree order and indented. A large one lists the unit chosen and, for a
    browser without JavaScript, the units matching `text` (its search box); the picker asks for the rest.
    """
    rows = db.session.execute(select(Unit.id, Unit.name, Unit.path, Unit.depth)
                              .where(scope_filter(user, scope)).limit(SMALL_SCOPE + 1)).all()
    if len(rows) <= SMALL_SCOPE:
        top = min((row.depth for row in rows), default=0)
        rows.sort(key=lambda row: path_ids(row.path))
        return [(row.id, f"{'· ' * (row.depth - top)}{row.name}") for row in rows], True
    choices = []
    if selected_id and (label := unit_label(selected_id)):
        choices.append((selected_id, label))
    if fold(text):
        found, _more = unit_options(user, scope, text)
        choices += [(option.id, option.label) for option in found if option.id != selected_id]
    return choices, False
