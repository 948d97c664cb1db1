"""The machine is the one table: no state or trigger is named by a string anywhere but workflows/machine.py."""

import ast
import re
from pathlib import Path

from workflows.machine import STATES, TRIGGERS

ROOT = Path(__file__).resolve().parent.parent
NAMES = set(STATES) | {spec.name for spec in TRIGGERS}
#: Where Python code lives; tests, migrations and benchmarks are aside (they arrange concrete states).
SKIPPED = {"tests", "migrations", "bench", ".venv", "node_modules"}
#: Strings equal to a state or trigger name that mean something else: file -> the names the string is
#: assigned to or passed to. Keep it tiny: prefer a constant from the machine.
ALLOWED = {
    # the outbox's event names: a trigger's mail is named after the state it announces (stored in outbox_mail)
    "workflows/outbox/notifications.py": {"Notification"},
    # a score sheet's own status and a member's recommendation, stored words of the sheet
    "workflows/scoring/models.py": {"SHEET_DRAFT", "RECOMMEND_RECOGNITION", "RECOMMEND_REJECTION",
                                    "RECOMMEND_EXEMPLARY"},
    # the name and URL of a report
    "reports/tables.py": {"EXEMPLARY_REPORT"},
    # the value of the forms' "save and submit" buttons (the dossier's and the score sheet's)
    "registry/initiatives/views.py": {"submitting"},
    "workflows/scoring/views.py": {"submit"},
}
#: A template comparing a value with a literal: `== "x"`, `!= "x"`, `"x" ==`, or `in ("x", ...)`.
TEMPLATE_COMPARISON = re.compile(r"""(?:[!=]=\s*["'](\w+)["'])|(?:["'](\w+)["']\s*[!=]=)|(?:\bin\s*\(([^)]*)\))""")


def _python_files():
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if not SKIPPED.intersection(relative.parts) and relative.as_posix() != "workflows/machine.py":
            yield relative


def _context(parents: dict, node: ast.AST) -> str:
    """Return the name the constant is assigned to, keyed under, or passed to (the nearest one)."""
    while node in parents:
        parent = parents[node]
        if isinstance(parent, ast.Call):
            func = parent.func
            return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        if isinstance(parent, ast.keyword):
            return parent.arg or ""
        if isinstance(parent, (ast.Assign, ast.AnnAssign)):
            target = parent.targets[0] if isinstance(parent, ast.Assign) else parent.target
            return target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        node = parent
    return ""


def _named_states(relative: Path) -> list[str]:
    tree = ast.parse((ROOT / relative).read_text(encoding="utf-8"))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and node.value in NAMES:
            context = _context(parents, node)
            if context not in ALLOWED.get(relative.as_posix(), ()):
                found.append(f"{relative}:{node.lineno} {node.value!r} (in {context or 'an expression'})")
    return found


def test_no_python_code_outside_the_machine_names_a_state_or_a_trigger():
    found = [hit for relative in _python_files() for hit in _named_states(relative)]
    assert found == [], "ask workflows.machine instead:\n" + "\n".join(found)


def test_no_template_compares_with_a_state_or_a_trigger_name():
    found = []
    for path in sorted((ROOT / "templates").rglob("*.html")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in TEMPLATE_COMPARISON.finditer(line):
                words = set(match.groups()[:2]) | set(re.findall(r"""["'](\w+)["']""", match.group(3) or ""))
                if words & NAMES:
                    found.append(f"{path.relative_to(ROOT)}:{number} {sorted(words & NAMES)}")
    assert found == [], "pass a flag from the machine's specs instead:\n" + "\n".join(found)


def test_the_check_would_catch_a_state_named_in_code():
    tree_hits = [name for name in ("draft", "commend") if name in NAMES]
    assert tree_hits == ["draft", "commend"]
    assert TEMPLATE_COMPARISON.search('{% if initiative.status == "returned" %}')
