"""Services over units for the admin pages: list the managed tree, create, edit, move, (de)activate."""

from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from sqlalchemy import func, select

from registry.extensions import db
from registry.models import Unit, User
from registry.models.units import UNIT_GROUPS, UNIT_LEVELS
from registry.pagination import Page
from registry.policy import can_manage_unit, managed_units_filter
from registry.refusals import Refused
from registry.reorganisation import district_refusal
from registry.text import fold
from registry.unit_codes import admin_code_problem, code_problem, normal_code
from registry.unit_tree import create_unit, move_unit

UNITS_PER_PAGE = 50


def tree_order():
    """Return the ordering that lists units in tree order on every database.

    Paths must compare byte by byte: a linguistic collation skips the "/" separators and would
    interleave "/1/105/" between "/1/10/5/" and "/1/10/6/".
    """
    return Unit.path.collate("C") if db.engine.dialect.name == "postgresql" else Unit.path


@dataclass
class UnitFilters:
    """What the unit list is narrowed to; unknown values are dropped, never an error."""

    q: str = ""
    group: str = ""
    level: str = ""
    active: str = ""

    @classmethod
    def from_args(cls, args) -> "UnitFilters":
        """Read the filters from a query string."""
        group, level, active = args.get("group", ""), args.get("level", ""), args.get("active", "")
        return cls(
            q=args.get("q", "").strip()[:200],
            group=group if group in UNIT_GROUPS else "",
            level=level if level in UNIT_LEVELS else "",
            active=active if active in ("1", "0") else "",
        )


def list_units(actor: User, filters: UnitFilters, page: int) -> tuple[Page, dict[int, int]]:
    """Return one page of the units `actor` manages, in tree order, and each one's number of children."""
    query = select(Unit.id, Unit.name).where(managed_units_filter(actor))
    if filters.group:
        query = query.where(Unit.group == filters.group)
    if filters.level:
        query = query.where(Unit.level == filters.level)
    if filters.active:
        query = query.where(Unit.is_active.is_(filters.active == "1"))
    rows = db.session.execute(query.order_by(tree_order())).all()
    if filters.q:
        # Accent-blind search is done here: SQLite's lower() does not even fold "Đ".
        needle = fold(filters.q)
        rows = [row for row in rows if needle in fold(row.name)]
    pages = max(1, -(-len(rows) // UNITS_PER_PAGE))
    page = max(1, min(page, pages))
    ids = [row.id for row in rows[(page - 1) * UNITS_PER_PAGE: page * UNITS_PER_PAGE]]
    units = list(db.session.scalars(select(Unit).where(Unit.id.in_(ids)).order_by(tree_order()))) if ids else []
    counts = db.session.execute(
        select(Unit.parent_id, func.count()).where(Unit.parent_id.in_(ids)).group_by(Unit.parent_id)
    ).all() if ids else []
    return Page(items=units, page=page, per_page=UNITS_PER_PAGE, total=len(rows)), dict(counts)


def unit_choices(actor: User, active_only: bool = False, exclude: Unit | None = None) -> list[tuple[int, str]]:
    """Return (id, indented name) for the units `actor` manages, in tree order, leaving out `exclude`'s subtree."""
    query = select(Unit).where(managed_units_filter(actor)).order_by(tree_order())
    if active_only:
        query = query.where(Unit.is_active.is_(True))
    if exclude is not None:
        query = query.where(~Unit.path.startswith(exclude.path, autoescape=True))
    units = list(db.session.scalars(query))
    top = min((unit.depth for unit in units), default=0)
    return [(unit.id, f"{'— ' * (unit.depth - top)}{unit.name}") for unit in units]


def _refuse_same_name(name: str, parent: Unit | None, field: str, unit: Unit | None = None) -> None:
    """Refuse a second unit of the same name under `parent`, ignoring case, accents and spacing ("Xa An Binh").

    :raise Refused: naming `field`, when a sibling other than `unit` itself already bears the name.
    """
    siblings = select(Unit.name).where(Unit.parent_id.is_(None) if parent is None else Unit.parent_id == parent.id)
    if unit is not None and unit.id is not None:
        siblings = siblings.where(Unit.id != unit.id)
    wanted = fold(name)
    # Folded in Python: SQLite's lower() folds neither accents nor "Đ".
    taken = next((other for other in db.session.scalars(siblings) if fold(other) == wanted), None)
    if taken is None:
        return
    if parent is None:
        message = _("A top-level unit named “%(name)s” already exists.", name=taken)
    else:
        message = _("“%(parent)s” already has a unit named “%(name)s”.", parent=parent.name, name=taken)
    raise Refused(message, "conflict", field)


def set_unit_codes(unit: Unit, code: str | None, admin_code: str | None) -> None:
    """Give a unit its own code and administrative code (blank: none); None leaves a code as it is.

    :raise Refused: for a malformed code or one another unit holds, beside its field.
    """
    if code is not None:
        code = normal_code(code)
        if problem := code_problem(code):
            raise Refused(problem, "data", "code")
        holder = db.session.scalar(select(Unit).where(Unit.code == code)) if code else None
        if holder is not None and holder is not unit:
            raise Refused(_("The code %(code)s belongs to the unit “%(name)s”.", code=code, name=holder.name),
                          "conflict", "code")
        unit.code = code or None
    if admin_code is not None:
        admin_code, problem = admin_code_problem(admin_code, unit.level)
        if problem:
            raise Refused(problem, "data", "admin_code")
        holder = db.session.scalar(select(Unit).where(Unit.admin_code == admin_code)) if admin_code else None
        if holder is not None and holder is not unit:
            raise Refused(_("The administrative code %(code)s belongs to the unit “%(name)s”.", code=admin_code,
                            name=holder.name), "conflict", "admin_code")
        unit.admin_code = admin_code or None


def add_unit(actor: User, name: str, group: str, level: str, parent: Unit | None,
             valid_from: date | None = None, code: str | None = None, admin_code: str | None = None) -> Unit:
    """Create a unit under `parent` (None: a root, for administrators only), existing from `valid_from`, with its codes.

    :raise Refused: for a district valid from 1 July 2025 on (or from an unknown date), a code wrong or taken,
        among others.
    """
    if parent is None and not actor.is_admin:
        raise Refused(_("Only an administrator may create a top-level unit."), "right", "parent")
    if parent is not None and not can_manage_unit(actor, parent):
        raise Refused(_("You may only add units inside the units you manage."), "right", "parent")
    if parent is not None and parent.is_closed:
        raise Refused(_("“%(name)s” has ended: new units go under today's units.", name=parent.name),
                      "state", "parent")
    if refusal := district_refusal(level, valid_from):
        raise refusal
    _refuse_same_name(name, parent, "name")
    unit = create_unit(name, group, level, parent)
    unit.valid_from = valid_from
    set_unit_codes(unit, code, admin_code)
    db.session.flush()
    return unit


def update_unit(unit: Unit, name: str, group: str, level: str, valid_from: date | None = None,
                code: str | None = None, admin_code: str | None = None) -> None:
    """Change a unit's name, group, level, first day and (when given) its codes.

    :raise Refused: when another unit under the same parent already bears the name, a code is wrong or taken,
        or for a unit made a district that is not valid from before 1 July 2025.
    """
    if level != unit.level and (refusal := district_refusal(level, valid_from)):
        raise refusal
    _refuse_same_name(name, unit.parent, "name", unit)
    unit.name, unit.group, unit.level, unit.valid_from = name.strip(), group, level, valid_from
    set_unit_codes(unit, code, admin_code)
    db.session.flush()


def relocate_unit(actor: User, unit: Unit, new_parent_id: int | None) -> None:
    """Move `unit` and its subtree under the unit `new_parent_id` (None: to the top, administrators only)."""
    if new_parent_id is None:
        if not actor.is_admin:
            raise Refused(_("Only an administrator may make a unit top-level."), "right", "parent")
        new_parent = None
    else:
        new_parent = db.session.get(Unit, new_parent_id)
        # An unknown unit and one outside the actor's scope get the same answer: no existence leak.
        if new_parent is None or not can_manage_unit(actor, new_parent):
            raise Refused(_("Please choose a unit you manage."), "right", "parent")
    if new_parent_id == unit.parent_id:
        raise Refused(_("The unit is already there."), fields="parent")
    _refuse_same_name(unit.name, new_parent, "parent", unit)
    move_unit(unit, new_parent)


def set_unit_active(unit: Unit, active: bool) -> None:
    """Deactivate or reactivate a unit; its initiatives, users and history stay as they are.

    :raise Refused: when reactivating a unit a reorganisation ended (it stays history).
    """
    if active and unit.is_closed:
        raise Refused(_("“%(name)s” ended on %(day)s in a reorganisation: it stays closed as history.",
                        name=unit.name, day=unit.valid_to.strftime("%d/%m/%Y")), "state")
    unit.is_active = active
    db.session.flush()

