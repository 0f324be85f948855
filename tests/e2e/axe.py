"""axe-core audit helper for browser tests: WCAG 2.0/2.1/2.2 level A and AA.

axe-core comes from npm (package.json), so every machine audits with the same version.
"""

from pathlib import Path

AXE_JS = (
    Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page) -> list[dict]:
    """Run axe on the page as it is now and return its violations."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_TAGS,
    )
    return result["violations"]


def format_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        targets = ", ".join(str(n["target"]) for n in v["nodes"][:5])
        lines.append(f"{v['id']} ({v['impact']}): {v['help']} -> {targets}")
    return "\n".join(lines)


def assert_accessible(page, label: str = "") -> None:
    """Fail with a readable list when axe finds any WCAG A/AA violation."""
    violations = axe_violations(page)
    where = label or page.url
    print(f"axe {where}: {len(violations)} violations")
    assert not violations, f"axe on {where}:\n{format_violations(violations)}"
