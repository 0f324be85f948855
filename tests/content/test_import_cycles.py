"""No import cycles inside content/, regelingen/ and lotgenoten/, and no import hidden
in a function to dodge one (Django's AppConfig.ready() is the one allowed place)."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("content", "regelingen", "lotgenoten")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def _imports(tree: ast.AST):
    """(imported dotted names, node) for every absolute import in the tree."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield [alias.name for alias in node.names], node
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [f"{node.module}.{alias.name}" for alias in node.names]
            yield [node.module, *names], node


def _graph(modules: dict[str, Path]) -> dict[str, set[str]]:
    def owner(name: str) -> str:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name

    graph = {}
    for module, path in modules.items():
        tree = ast.parse(path.read_text())
        graph[module] = {
            owner(name) for names, _node in _imports(tree) for name in names
        } - {"", module}
    return graph


def _cycle_from(start: str, graph: dict[str, set[str]]) -> list[str] | None:
    stack, seen = [(start, [start])], set()
    while stack:
        module, trail = stack.pop()
        for target in graph[module]:
            if target == start:
                return trail + [start]
            if target not in seen:
                seen.add(target)
                stack.append((target, trail + [target]))
    return None


def test_packages_have_no_import_cycle():
    graph = _graph(_modules())
    cycles = [c for m in sorted(graph) if (c := _cycle_from(m, graph))]
    assert cycles == []


def test_no_import_hides_inside_a_function():
    hidden = []
    for module, path in _modules().items():
        tree = ast.parse(path.read_text())
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef) or function.name == "ready":
                continue
            hidden += [
                f"{module}:{node.lineno}"
                for names, node in _imports(function)
                if any(name.split(".")[0] in PACKAGES for name in names)
            ]
    assert hidden == []


@pytest.mark.parametrize("cycle", [{"a": {"b"}, "b": {"a"}}])
def test_the_cycle_finder_finds_one(cycle):
    assert _cycle_from("a", cycle) == ["a", "b", "a"]
