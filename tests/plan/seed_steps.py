"""The demo step plans' steps as plain data, read from the seed files (no database)."""

from collections import defaultdict
from types import SimpleNamespace

from content.seeding import _steps
from core.seed import pages_read
from plan.selectors import plan_steps_from_values


def demo_plan_steps():
    pages = defaultdict(lambda: SimpleNamespace(pk=1))
    steps = []
    for record in pages_read("content", "step_plans"):
        values = [block["value"] for block in _steps(record, pages)]
        steps += plan_steps_from_values(
            record["slug"],
            record["title"],
            f"/stappenplannen/{record['slug']}/",
            values,
        )
    return steps
