"""Copy the NL Design System CSS and the Noto Sans fonts from node_modules into
static/vendor/ (not committed). Run after `npm ci`; `make` does both.

The Utrecht component CSS and the design tokens are cut down to what our templates,
Python and scripts use (scripts/purge_css.mjs, PurgeCSS): about 600 KB to 170 KB.

Licences: @utrecht/component-library-css and the voorbeeld design tokens are
EUPL-1.2; Noto Sans (@fontsource/noto-sans) is OFL-1.1. Notices are copied along.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NODE = ROOT / "node_modules"
VENDOR = ROOT / "static" / "vendor"

FILES = {
    "@utrecht/component-library-css/dist/index.css": "utrecht/index.css",
    "@utrecht/component-library-css/LICENSE.md": "utrecht/LICENSE.md",
    "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css": "voorbeeld/theme.css",
    "@nl-design-system-unstable/voorbeeld-design-tokens/LICENSE.md": "voorbeeld/LICENSE.md",
    "@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2": "fonts/noto-sans-latin-400-normal.woff2",
    "@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2": "fonts/noto-sans-latin-700-normal.woff2",
    "@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2": "fonts/noto-sans-latin-400-italic.woff2",
    "@fontsource/noto-sans/LICENSE": "fonts/LICENSE",
}

# Only the Latin subset (covers Dutch, including ë, é, â) in the weights we use.
FONT_CSS = """/* Noto Sans, OFL-1.1, from @fontsource/noto-sans. */
@font-face { font-family: "Noto Sans"; font-style: normal; font-weight: 400; font-display: swap;
  src: url("noto-sans-latin-400-normal.woff2") format("woff2"); }
@font-face { font-family: "Noto Sans"; font-style: italic; font-weight: 400; font-display: swap;
  src: url("noto-sans-latin-400-italic.woff2") format("woff2"); }
@font-face { font-family: "Noto Sans"; font-style: normal; font-weight: 700; font-display: swap;
  src: url("noto-sans-latin-700-normal.woff2") format("woff2"); }
"""


# NL Design System CSS to cut down to what we use: source in node_modules, target.
PURGED = {
    "@utrecht/component-library-css/dist/index.css": "utrecht/index.css",
    "@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css": "voorbeeld/theme.css",
}


def css_purge() -> None:
    args = []
    for source, target in PURGED.items():
        args += [str(NODE / source), str(VENDOR / target)]
    for own in sorted((ROOT / "static" / "css").glob("*.css")):
        args += [str(own), "-"]  # read for the design tokens it uses
    subprocess.run(
        ["node", str(ROOT / "scripts" / "purge_css.mjs"), *args], cwd=ROOT, check=True
    )


def main() -> int:
    missing = []
    for source, target in FILES.items():
        src = NODE / source
        if not src.exists():
            if source.endswith(("LICENSE", "LICENSE.md")):
                continue  # a package without a separate notice file
            missing.append(source)
            continue
        dest = VENDOR / target
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, dest)
    if missing:
        print("Missing (run `npm ci` first):", *missing, sep="\n  ", file=sys.stderr)
        return 1
    (VENDOR / "fonts" / "noto-sans.css").write_text(FONT_CSS, encoding="utf-8")
    css_purge()
    print(f"Copied front-end assets into {VENDOR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
