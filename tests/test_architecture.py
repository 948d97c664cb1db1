"""The house plan, checked: no import cycle, no oversized module, no web request objects in domain code."""

import ast
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("registry", "workflows", "reports", "paperwork", "onboarding", "api", "web", "demo")
#: The packages that hold the domain: they read no request (their *views* modules aside).
DOMAIN_PACKAGES = {"registry", "workflows", "reports", "paperwork", "onboarding"}
MAX_LINES = 400
#: Modules over MAX_LINES for now, each with the step that splits it.
#: What domain code never imports: it gets the user and the data as arguments, and raises or returns.
WEB_NAMES = {"request", "current_user", "abort", "flash"}
#: Web modules of the feature packages, by name: they parse requests, answer and redirect.
WEB_MODULE_NAMES = {"views", "forms", "blueprint", "cli", "help"}
#: Infrastructure that reads the request by design, with why.
REQUEST_READERS = {
    "registry/logs.py",  # every log line carries the request id, path and user
    "registry/audit.py",  # an audit row records the client's address and the request id
    "registry/admin/actions.py",  # the admin views' commit-or-explain helper (flashes the outcome)
}


def _python_files():
    for path in sorted(ROOT.rglob("*.py")):
        relative = path.relative_to(ROOT)
        if relative.parts[0] in {".venv", "tests", "migrations", "instance", "node_modules"} or \
                any(part.startswith(".") for part in relative.parts):
            continue
        yield relative


def _strongly_connected(adjacency: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected components of a graph (Tarjan's algorithm, iterative)."""
    index, low, on_stack, stack, found, counter = {}, {}, set(), [], [], [0]
    for start in adjacency:
        if start in index:
            continue
        work = [(start, iter(sorted(adjacency[start])))]
        index[start] = low[start] = counter[0]
        counter[0] += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, successors = work[-1]
            advanced = False
            for successor in successors:
                if successor not in index:
                    index[successor] = low[successor] = counter[0]
                    counter[0] += 1
                    stack.append(successor)
                    on_stack.add(successor)
                    work.append((successor, iter(sorted(adjacency.get(successor, ())))))
                    advanced = True
                    break
                if successor in on_stack:
                    low[node] = min(low[node], index[successor])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(sorted(component))
    return found


def test_strongly_connected_finds_a_cycle_and_leaves_a_chain_apart():
    components = _strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}})
    assert sorted(components) == [["a", "b", "c"], ["d"]]


def test_no_module_imports_itself_back_through_others():
    graph = grimp.build_graph(*PACKAGES, cache_dir=None)
    adjacency = {module: graph.find_modules_directly_imported_by(module) for module in graph.modules}
    cycles = [component for component in _strongly_connected(adjacency) if len(component) > 1]
    assert cycles == []


def test_no_python_module_is_over_400_lines():
    sizes = {str(path): len((ROOT / path).read_text(encoding="utf-8").splitlines()) for path in _python_files()}
    oversized = {path for path, lines in sizes.items() if lines > MAX_LINES}
    assert oversized == set()


def _is_domain(path: Path) -> bool:
    if path.parts[0] not in DOMAIN_PACKAGES or str(path) in REQUEST_READERS:
        return False
    return path.stem not in WEB_MODULE_NAMES and not path.stem.endswith("_views")


def test_domain_modules_do_not_import_the_request_the_user_abort_or_flash():
    offenders = []
    for path in filter(_is_domain, _python_files()):
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in {"flask", "flask_login"}:
                offenders += [f"{path}:{node.lineno} {alias.name}" for alias in node.names
                              if alias.name in WEB_NAMES]
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
                    node.value.id in {"flask", "flask_login"} and node.attr in WEB_NAMES:
                offenders.append(f"{path}:{node.lineno} {node.value.id}.{node.attr}")
    assert offenders == []
