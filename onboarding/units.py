"""The units import: check every row (codes, parents by code even further down, cycles), then create.

Rows are matched by code: a row whose code is already a unit with the same values is "unchanged" (the
same file twice changes nothing); one with other values is an error (a unit is edited on its page).
"""

from collections.abc import Iterable
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlalchemy import insert, select, update

from onboarding.batches import Report, RowProblems, cell_text, choice_matcher, remember_created
from onboarding.columns import UNIT_COLUMNS
from onboarding.models import KIND_UNITS, ImportBatch
from onboarding.reader import SheetRow
from registry.extensions import db
from registry.labels import GROUP_LABELS, LEVEL_LABELS
from registry.models import Unit, User
from registry.models.base import utcnow
from registry.policy import can_manage_unit
from registry.text import fold
from registry.unit_codes import admin_code_problem, code_problem, normal_code

COLUMN = {column.key: column for column in UNIT_COLUMNS}


@dataclass
class UnitRow:
    """A checked row of the units sheet."""

    number: int
    name: str
    group: str
    level: str
    parent_code: str
    code: str
    admin_code: str
    ok: bool = True


def _admin_code(text: str, level: str, problems: RowProblems, numeric: bool) -> str:
    """Return the administrative code as stored, recording what is wrong with it."""
    code, problem = admin_code_problem(text, level, pad=numeric)
    if problem:
        problems.add(COLUMN["admin_code"], problem)
    return code if problem is None else ""


def _parse(row: SheetRow, report: Report, groups: dict, levels: dict) -> UnitRow:
    problems = RowProblems(report, row.number)
    values = {column.key: cell_text(row.values, column, problems) for column in UNIT_COLUMNS}
    group = groups.get(fold(values["group"])) if values["group"] else ""
    if values["group"] and group is None:
        problems.add(COLUMN["group"], _("Unknown group “%(value)s”: see the sheet of allowed values.",
                                        value=values["group"]))
    level = levels.get(fold(values["level"])) if values["level"] else ""
    if values["level"] and level is None:
        problems.add(COLUMN["level"], _("Unknown level “%(value)s”: see the sheet of allowed values.",
                                        value=values["level"]))
    code, parent_code = normal_code(values["code"]), normal_code(values["parent_code"])
    for key, text in (("code", code), ("parent_code", parent_code)):
        if problem := code_problem(text):
            problems.add(COLUMN[key], problem)
    if code and code == parent_code:
        problems.add(COLUMN["parent_code"], _("A unit cannot be its own parent."))
    admin_code = _admin_code(values["admin_code"], level or "", problems,
                             isinstance(row.values.get("admin_code"), int | float))
    return UnitRow(row.number, values["name"], group or "", level or "", parent_code, code, admin_code,
                   ok=problems.count == 0)


def _refuse_cycles(rows: dict[str, UnitRow], report: Report) -> None:
    """Mark every row whose chain of parents inside the file comes back to itself."""
    state: dict[str, int] = {}  # 1: being followed, 2: done
    for start in rows:
        chain, code = [], start
        while code in rows and state.get(code) is None:
            state[code] = 1
            chain.append(code)
            code = rows[code].parent_code
        if code in rows and state.get(code) == 1:
            loop = chain[chain.index(code):]
            text = " → ".join([*loop, code])
            for member in loop:
                RowProblems(report, rows[member].number).add(
                    COLUMN["parent_code"], _("The parent codes form a cycle: %(cycle)s.", cycle=text))
                rows[member].ok = False
        for member in chain:
            state[member] = 2


def check_units(rows: Iterable[SheetRow], actor: User | None) -> tuple[Report, list[UnitRow]]:
    """Check the rows of a units sheet; return the report and the rows to create, parents first.

    `actor` None is the command line (all rights); otherwise parents must be units the actor manages
    and only an administrator adds top-level units.
    """
    report = Report(KIND_UNITS)
    groups, levels = choice_matcher(GROUP_LABELS), choice_matcher(LEVEL_LABELS)
    existing = {unit.code: unit for unit in db.session.scalars(select(Unit).where(Unit.code.is_not(None)))}
    admin_codes = dict(db.session.execute(select(Unit.admin_code, Unit.code).where(Unit.admin_code.is_not(None))).all())
    new: dict[str, UnitRow] = {}
    seen_admin: dict[str, int] = {}
    for sheet_row in rows:
        report.total += 1
        row = _parse(sheet_row, report, groups, levels)
        problems = RowProblems(report, row.number)
        if row.code in new:
            problems.add(COLUMN["code"], _("The code %(code)s is already used on row %(row)d.", code=row.code,
                                           row=new[row.code].number))
            continue
        if row.admin_code:
            if row.admin_code in seen_admin:
                problems.add(COLUMN["admin_code"], _("The administrative code %(code)s is already used on row "
                                                     "%(row)d.", code=row.admin_code, row=seen_admin[row.admin_code]))
                row.ok = False
            elif admin_codes.get(row.admin_code, row.code) != row.code:
                problems.add(COLUMN["admin_code"], _("The administrative code %(code)s belongs to the unit %(unit)s.",
                                                     code=row.admin_code, unit=admin_codes[row.admin_code]))
                row.ok = False
            seen_admin.setdefault(row.admin_code, row.number)
        if row.code in existing:
            _compare_existing(row, existing[row.code], existing, problems, report)
            continue
        if row.code:
            new[row.code] = row
    _refuse_cycles(new, report)
    ordered = _resolve_parents(new, existing, actor, report)
    report.new = len(ordered)
    return report, ordered


def _compare_existing(row: UnitRow, unit: Unit, existing: dict[str, Unit], problems: RowProblems,
                      report: Report) -> None:
    """Count a row that repeats an existing unit as unchanged, or explain how it differs."""
    parent_code = unit.parent.code if unit.parent is not None else ""
    same = (fold(unit.name) == fold(row.name) and unit.group == row.group and unit.level == row.level
            and (parent_code or "") == row.parent_code and (unit.admin_code or "") == row.admin_code)
    if same:
        report.unchanged += 1
    elif row.ok:
        problems.add(COLUMN["code"], _("A unit with the code %(code)s already exists with other values "
                                       "(“%(name)s”): change it on its page, or give this row another code.",
                                       code=row.code, name=unit.name))


def _resolve_parents(new: dict[str, UnitRow], existing: dict[str, Unit], actor: User | None,
                     report: Report) -> list[UnitRow]:
    """Check each new row's parent and its name among its siblings; return the good rows, parents first."""
    ordered: list[UnitRow] = []
    decided: set[str] = set()
    sibling_names: dict[str, dict[str, int]] = {}

    def decide(row: UnitRow) -> None:
        problems = RowProblems(report, row.number)
        if row.ok and row.parent_code in new:
            parent_row = new[row.parent_code]
            if not parent_row.ok:
                problems.add(COLUMN["parent_code"], _("Its parent (row %(row)d) cannot be imported.",
                                                      row=parent_row.number))
                row.ok = False
        elif row.parent_code and row.parent_code not in new:
            # Checked even on a row with other errors: every error of the row is shown at once.
            parent = existing.get(row.parent_code)
            if parent is None:
                problems.add(COLUMN["parent_code"], _("Unknown parent code %(code)s: no unit has it, here or in "
                                                      "the registry.", code=row.parent_code))
                row.ok = False
            elif row.ok and actor is not None and not can_manage_unit(actor, parent):
                problems.add(COLUMN["parent_code"], _("You may only add units inside the units you manage."))
                row.ok = False
        elif row.ok and actor is not None and not actor.is_admin:
            problems.add(COLUMN["parent_code"], _("Only an administrator may create a top-level unit."))
            row.ok = False
        if row.ok:
            _check_sibling_name(row, existing, sibling_names, problems)
        if row.ok:
            ordered.append(row)
        decided.add(row.code)

    for row in new.values():
        # Walk up to the first decided (or refused) ancestor, then decide downwards: parents first, no recursion.
        chain = [row]
        while (chain[-1].ok and chain[-1].parent_code in new and chain[-1].parent_code not in decided):
            chain.append(new[chain[-1].parent_code])
        for member in reversed(chain):
            if member.code not in decided:
                decide(member)
    return ordered


def _check_sibling_name(row: UnitRow, existing: dict[str, Unit], names: dict[str, dict[str, int]],
                        problems: RowProblems) -> None:
    """Refuse a second unit of the same name under one parent, in the file or in the registry."""
    key = row.parent_code
    if key not in names:
        names[key] = {}
        parent = existing.get(key)
        if parent is not None or not key:
            query = select(Unit.name).where(Unit.parent_id == parent.id if parent else Unit.parent_id.is_(None))
            names[key] = {fold(name): 0 for name in db.session.scalars(query)}
    wanted = fold(row.name)
    if wanted in names[key]:
        where = names[key][wanted]
        if where:
            problems.add(COLUMN["name"], _("The same name is already used under this parent on row %(row)d.",
                                           row=where))
        elif key:
            problems.add(COLUMN["name"], _("“%(parent)s” already has a unit named “%(name)s”.",
                                           parent=existing[key].name, name=row.name))
        else:
            problems.add(COLUMN["name"], _("A top-level unit named “%(name)s” already exists.", name=row.name))
        row.ok = False
    else:
        names[key][wanted] = row.number


def apply_units(batch: ImportBatch, rows: list[UnitRow]) -> list[int]:
    """Create the checked rows' units, parents before children, and record them on the batch; return their ids.

    Bulk statements (one INSERT … RETURNING and one UPDATE of the paths per generation of the tree), not
    one ORM flush per unit: 20,000 units go in seconds.
    """
    known = {code: (unit_id, path, depth) for code, unit_id, path, depth in db.session.execute(
        select(Unit.code, Unit.id, Unit.path, Unit.depth).where(Unit.code.is_not(None)))}
    created: list[int] = []
    pending = list(rows)
    now = utcnow()
    while pending:
        # One generation at a time: a unit's path needs its parent's id.
        ready = [row for row in pending if not row.parent_code or row.parent_code in known]
        pending = [row for row in pending if row.parent_code and row.parent_code not in known]
        if not ready:
            raise ValueError("rows whose parents are neither created nor planned: check_units orders them")
        parents = [known[row.parent_code] if row.parent_code else None for row in ready]
        values = [{"name": row.name, "group": row.group, "level": row.level, "code": row.code,
                   "admin_code": row.admin_code or None, "parent_id": parent[0] if parent else None,
                   "depth": parent[2] + 1 if parent else 0, "path": "", "is_active": True, "created_at": now}
                  for row, parent in zip(ready, parents, strict=True)]
        ids = list(db.session.scalars(insert(Unit).returning(Unit.id, sort_by_parameter_order=True), values))
        paths = []
        for row, parent, unit_id in zip(ready, parents, ids, strict=True):
            path = f"{parent[1] if parent else '/'}{unit_id}/"
            known[row.code] = (unit_id, path, parent[2] + 1 if parent else 0)
            paths.append({"id": unit_id, "path": path})
        db.session.execute(update(Unit), paths)
        created += ids
    remember_created(batch, "unit", created)
    db.session.flush()
    return created
