"""'Bronnen: … · Laatst gecontroleerd: …' for screens that show data, not a page.

The home page, the Regelcheck result and /in-de-buurt/ show helplines, schemes and
groups; this line names the sources of what the screen shows and the date a person
last checked it. The date comes from the data (`last_reviewed`, or a group's
`last_confirmed`): the oldest of the items shown, so the line never claims more than
is true. Pure: works on any objects with these attributes.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

MAX_SOURCES = 6


@dataclass(frozen=True)
class SourceLink:
    title: str
    url: str


@dataclass
class SourcesLine:
    sources: list[SourceLink] = field(default_factory=list)
    more: int = 0  # sources left out to keep the line short
    checked: datetime.date | None = None

    def __bool__(self) -> bool:
        return bool(self.sources or self.checked)


def _item_sources(item) -> list[SourceLink]:
    found = []
    for block in getattr(item, "sources", None) or []:
        value = block.value
        if value.get("url"):
            found.append(SourceLink(str(value.get("title") or ""), value["url"]))
    if not found:
        website = getattr(item, "website", "") or getattr(item, "official_url", "")
        if website:
            name = getattr(item, "name", "") or str(item)
            found.append(SourceLink(str(name), website))
    return found


def _checked(item) -> datetime.date | None:
    for name in ("last_reviewed", "last_confirmed"):
        value = getattr(item, name, None)
        if isinstance(value, datetime.date):
            return value
    return None


def sources_line(items, extra=(), limit: int = MAX_SOURCES) -> SourcesLine:
    """The sources of `items` (each once, in order) and the oldest checked date.

    `extra`: SourceLinks of data without a checked date (e.g. postcode data),
    listed first. An item without `sources` is named by its `website`.
    """
    links: list[SourceLink] = []
    seen: set[str] = set()
    dates = []

    def add(link):
        # Each source once: the same address, or the same title (two pages called
        # "Kinderbijslag" read as a repeat in a short line).
        key = link.title.strip().lower()
        if link.url not in seen and key not in seen:
            seen.update({link.url, key})
            links.append(link)

    for link in extra:
        add(link)
    for item in items:
        if (date := _checked(item)) is not None:
            dates.append(date)
        for link in _item_sources(item):
            add(link)
    return SourcesLine(
        sources=links[:limit],
        more=max(0, len(links) - limit),
        checked=min(dates) if dates else None,
    )
