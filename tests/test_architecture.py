"""The house plan (docs/architecture.md, DESIGN.md §3) holds: arrows point down only.

Each check reads the code as text or through its import graph; none runs the code.
"""

import ast
import re
import subprocess
import sys
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
# Top first. Apps on one line (one layer) do not import each other.
LAYERS = [
    ["eenouderpunt"],
    ["professionals"],
    ["plan", "opendata"],
    ["regelingen", "lotgenoten", "gemeenten", "feedback", "vragen"],
    ["content"],
    ["core"],
]
LAYER_OF = {app: len(LAYERS) - i for i, apps in enumerate(LAYERS) for app in apps}
OUR_APPS = set(LAYER_OF)
# Template folders that are not an app's own: the shared components, blocks and
# layouts belong to the ground floor; allauth's templates to the secure area.
TEMPLATE_LAYER = {
    **LAYER_OF,
    "account": LAYER_OF["professionals"],
    "allauth": LAYER_OF["professionals"],
    "mfa": LAYER_OF["professionals"],
}
TEMPLATE_REF = re.compile(r"""\{%\s*(?:include|extends)\s+["']([^"']+)["']""")


def _python_files():
    for app in sorted(OUR_APPS):
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield app, path


def test_import_contracts_are_kept():
    """The import-linter contracts in pyproject.toml: layers, and no imports across
    apps of one layer. In its own process: it configures logging for itself."""
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint), "--no-cache", "--config", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def _cycles(graph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []

    def visit(module):
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return found


def test_no_import_cycles():
    graph = grimp.build_graph(*sorted(OUR_APPS), cache_dir=None)
    assert _cycles(graph) == []


def test_cycle_finder_finds_a_cycle():
    graph = grimp.ImportGraph()
    for name in ("a", "b", "c"):
        graph.add_module(name)
    graph.add_import(importer="a", imported="b")
    graph.add_import(importer="b", imported="a")
    graph.add_import(importer="b", imported="c")
    assert _cycles(graph) == [["a", "b"]]


def _function_local_imports(path: Path) -> list[str]:
    """Imports of our own apps inside a function body (the usual way to dodge a cycle).

    AppConfig.ready() is the one place Django wants them (signals, hooks)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if node.name == "ready" and path.name == "apps.py":
            continue
        for inner in ast.walk(node):
            names = []
            if isinstance(inner, ast.ImportFrom) and inner.module and not inner.level:
                names = [inner.module]
            elif isinstance(inner, ast.Import):
                names = [alias.name for alias in inner.names]
            found += [
                f"{path.relative_to(ROOT)}:{inner.lineno} {name}"
                for name in names
                if name.split(".")[0] in OUR_APPS
            ]
    return found


def test_no_function_local_imports_of_our_apps():
    found = [
        line for _, path in _python_files() for line in _function_local_imports(path)
    ]
    assert found == []


def test_lower_layers_name_no_higher_app_in_strings():
    """No model label, module path or template path of a higher app in a string."""
    found = []
    for app, path in _python_files():
        higher = [a for a in OUR_APPS if LAYER_OF[a] > LAYER_OF[app]]
        if not higher:
            continue
        # "app.Model", "app.module", "app/template.html", "app:url"; not a domain.
        names = "|".join(higher)
        pattern = re.compile(rf"""["']({names})(/|:|\.(?!example\b|nl\b))""")
        for number, line in enumerate(path.read_text().splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def _template_layer(relative: Path) -> int:
    folder = relative.parts[0] if len(relative.parts) > 1 else ""
    return TEMPLATE_LAYER.get(folder, LAYER_OF["core"])


def test_templates_include_no_template_of_a_higher_app():
    found = []
    templates = ROOT / "templates"
    for path in sorted(templates.rglob("*.html")) + sorted(templates.rglob("*.txt")):
        own = _template_layer(path.relative_to(templates))
        for ref in TEMPLATE_REF.findall(path.read_text()):
            folder = ref.split("/")[0] if "/" in ref else ""
            if folder in TEMPLATE_LAYER and TEMPLATE_LAYER[folder] > own:
                found.append(f"{path.relative_to(templates)} -> {ref}")
    assert found == []


@pytest.mark.parametrize(
    ("relative", "ref"),
    [("content/theme_page.html", "regelingen/includes/theme_schemes.html")],
)
def test_template_check_sees_an_upward_include(relative, ref):
    own = _template_layer(Path(relative))
    assert TEMPLATE_LAYER[ref.split("/")[0]] > own
