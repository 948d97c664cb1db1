"""The unit picker's options: the units of a user's scope for one purpose, searched accent-blind, few at a time.

Accent-blind search folds names in Python (registry.text.fold): SQLite's lower() folds neither accents nor "Đ",
and the units table has no folded column, so a search reads the scope's names (folded once, then cached);
browsing reads ids only, and the names, paths and labels of the page answered. At most MAX_OPTIONS units.
"""

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import ColumnElement, or_, select

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

#: Folding is most of a search's time; a name folds the same way every time (keyed by the text, so a renamed
#: unit is simply folded anew). A province's tens of thousands of short names fit.
folded = lru_cache(maxsize=200_000)(fold)


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
    in_scope = scope_filter(user, scope)
    needle = fold(text)
    if needle:
        # Every name of the scope is read and folded (cached): no SQL function folds Vietnamese on SQLite.
        rows = db.session.execute(select(Unit.id, Unit.name, Unit.depth).where(in_scope)).all()
        matched = [row for row in rows if needle in folded(row.name)]
        matched.sort(key=lambda row: (row.depth, folded(row.name), row.id))
        ids = [row.id for row in matched[:limit + 1]]
    elif parent_id:
        ids = list(db.session.scalars(select(Unit.id).where(in_scope, Unit.parent_id == parent_id)
                                      .order_by(Unit.name, Unit.id).limit(limit + 1)))
    else:
        # The top of the scope: the units whose parent lies outside it. The inner query stands on its own
        # (correlate(None)): it is the whole scope, not the outer row.
        scope_ids = select(Unit.id).where(in_scope).correlate(None)
        ids = list(db.session.scalars(select(Unit.id).where(
            in_scope, or_(Unit.parent_id.is_(None), Unit.parent_id.not_in(scope_ids)))
            .order_by(Unit.name, Unit.id).limit(limit + 1)))
    more = len(ids) > limit
    ids = ids[:limit]
    if not ids:
        return [], more
    units = {row.id: row for row in db.session.execute(
        select(Unit.id, Unit.name, Unit.path, Unit.depth).where(Unit.id.in_(ids))).all()}
    if not needle and not parent_id:
        ids.sort(key=lambda unit_id: (folded(units[unit_id].name), unit_id))
    parents = set(db.session.scalars(select(Unit.parent_id).where(in_scope, Unit.parent_id.in_(ids)).distinct()))
    labels = path_labels([units[unit_id].path for unit_id in ids])
    return [UnitOption(unit_id, units[unit_id].name, labels[units[unit_id].path], units[unit_id].depth,
                       unit_id in parents) for unit_id in ids], more


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
