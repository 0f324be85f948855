"""Small helper for translators: list untranslated parent-facing entries, merge a mapping.

    python scripts/po_tool.py todo locale/ar/LC_MESSAGES/django.po [N] > todo.json
    python scripts/po_tool.py merge locale/ar/LC_MESSAGES/django.po chunk.json
    python scripts/po_tool.py stats locale/ar/LC_MESSAGES/django.po

A mapping file is JSON: {msgid: msgstr} for singular entries, {msgid: [msgstr0, ..., msgstr5]}
for plural entries. Only the standard library; the parent-facing rule lives in
tests/eenouderpunt/test_catalogue_ar.py (imported here so there is one rule).
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.eenouderpunt.test_catalogue_ar import is_parent_facing, parse_po, write_po  # noqa: E402


def main(argv):
    command, path = argv[1], Path(argv[2])
    entries, header = parse_po(path.read_text(encoding="utf-8"))
    if command == "stats":
        parent = [e for e in entries if is_parent_facing(e["refs"])]
        done = [e for e in parent if all(e["msgstr"])]
        words = sum(len(e["msgid"].split()) for e in parent)
        print(
            f"entries {len(entries)}, parent-facing {len(parent)} ({words} words), translated {len(done)}"
        )
    elif command == "todo":
        limit = int(argv[3]) if len(argv) > 3 else 10_000
        todo = {}
        for e in entries:
            if is_parent_facing(e["refs"]) and not all(e["msgstr"]):
                todo[e["msgid"]] = {"plural": e["msgid_plural"], "refs": e["refs"][:2]}
                if len(todo) >= limit:
                    break
        print(json.dumps(todo, ensure_ascii=False, indent=1))
    elif command == "merge":
        mapping = json.loads(Path(argv[3]).read_text(encoding="utf-8"))
        by_id = {e["msgid"]: e for e in entries}
        missing = [m for m in mapping if m not in by_id]
        for msgid, value in mapping.items():
            entry = by_id.get(msgid)
            if entry is None:
                continue
            if entry["msgid_plural"] is not None:
                values = value if isinstance(value, list) else [value] * 6
                entry["msgstr"] = list(values)
            else:
                entry["msgstr"] = [value if isinstance(value, str) else value[0]]
            entry["flags"] = [f for f in entry["flags"] if f != "fuzzy"]
        path.write_text(write_po(entries, header), encoding="utf-8")
        print(f"merged {len(mapping) - len(missing)}, unknown msgids {len(missing)}")
        for m in missing:
            print("  unknown:", m[:80])


if __name__ == "__main__":
    main(sys.argv)
