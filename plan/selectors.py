"""Reads for Jouw plan: the step plans' steps as plain data, and the plan's extras.

The steps of all live step plans are read once and kept (`content_cached`) until
public content changes, as plain dataclasses (content.stepplans.PlanStep): the pure
functions choose, order and date them for each parent.
"""

import datetime

from wagtail.models import Page

from content import eligibility, stepplans
from content.eligibility import Criterion
from content.helplines import helplines_with_status
from content.i18n import in_source_locale
from content.models import StepPlanPage
from core.page_cache import content_cached
from core.postcodes import postcode_area_get
from gemeenten import selectors as gemeenten_selectors
from lotgenoten import selectors as lotgenoten_selectors
from regelingen import selectors as regelingen_selectors

CACHE_KEY = "plan:steps"
CACHE_SECONDS = 600
SAFETY_THEME = "veiligheid"


def _date(value):
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def _rule(value) -> stepplans.DeadlineRule:
    return stepplans.DeadlineRule(
        text=value.get("text") or "",
        source_url=value.get("source_url") or "",
        event=value.get("event") or "",
        amount=value.get("amount") or 0,
        unit=value.get("unit") or stepplans.DAYS,
        month=value.get("month") or 0,
        day=value.get("day") or 0,
        valid_from=_date(value.get("valid_from")),
        valid_to=_date(value.get("valid_to")),
        costs_money=bool(value.get("costs_money")),
    )


def plan_steps_from_values(
    plan_slug: str, plan_title: str, plan_url: str, values, link=None
) -> list[stepplans.PlanStep]:
    """The plan steps of one step plan from its step values (pure).

    `link(raw)` turns a link value into (title, url) or None; steps without
    situations are not part of Jouw plan.
    """
    steps = []
    for index, value in enumerate(values, 1):
        if not value.get("situations"):
            continue
        links = tuple(
            found
            for raw in value.get("links") or []
            if link is not None and (found := link(raw))
        )
        steps.append(
            stepplans.PlanStep(
                key=f"{plan_slug}-{index}",
                plan_slug=plan_slug,
                plan_title=plan_title,
                plan_url=plan_url,
                title=value.get("title") or "",
                what_html=str(value.get("what_to_do") or ""),
                contact=value.get("contact_first") or "",
                bring=tuple(value.get("bring") or ()),
                when=value.get("when") or "",
                links=links,
                situations=frozenset(value.get("situations") or ()),
                conditions=tuple(
                    Criterion(c["question"], c["operator"], c["value"])
                    for c in value.get("conditions") or []
                ),
                deadlines=tuple(_rule(d) for d in value.get("deadlines") or []),
            )
        )
    return steps


def _build_steps() -> list[stepplans.PlanStep]:
    plans = list(in_source_locale(StepPlanPage.objects.live()).order_by("path"))
    page_ids = {
        link.get("page")
        for plan in plans
        for block in plan.steps.raw_data
        for link in (block.get("value", {}).get("links") or [])
        if link.get("page")
    }
    linked = {
        page.pk: (page.title, page.url)
        for page in Page.objects.live().filter(pk__in=page_ids).specific()
    }

    def link(raw):
        page = raw.get("page")
        page_id = getattr(page, "pk", page)
        if page_id in linked:
            title, url = linked[page_id]
            return (raw.get("title") or title, url)
        if raw.get("url"):
            return (raw.get("title") or raw["url"], raw["url"])
        return None

    steps = []
    for plan in plans:
        values = [block.get("value", {}) for block in plan.steps.raw_data]
        steps += plan_steps_from_values(plan.slug, plan.title, plan.url, values, link)
    return steps


def plan_steps_all() -> list[stepplans.PlanStep]:
    """Every plan step of the live step plans, in the editors' order (cached)."""
    return content_cached(CACHE_KEY, _build_steps, CACHE_SECONDS)


def pc4_known(pc4: str) -> bool:
    return postcode_area_get(pc4) is not None


def national_schemes(answers: eligibility.Answers) -> list[dict]:
    """The national schemes that may fit, with the reason (as the Regelcheck): 2
    queries, the rules and the schemes found."""
    outcome = eligibility.schemes_evaluate(
        regelingen_selectors.scheme_rules_for_check(), answers
    )
    found = outcome.likely + outcome.maybe
    by_key = regelingen_selectors.schemes_by_slug(o.key for o in found)
    return [
        {
            "name": by_key[o.key].name,
            "summary": by_key[o.key].summary,
            "url": by_key[o.key].get_absolute_url(),
            "official_url": by_key[o.key].official_url,
            "because": eligibility.reasons_sentence(o.reasons),
            "open_conditions": o.open_conditions,
            "likely": o.result == eligibility.LIKELY,
            "local": False,
            "is_example": False,
        }
        for o in found
        if o.key in by_key
    ]


def local_schemes(page, answers: eligibility.Answers) -> list[dict]:
    return [
        {
            "name": row.scheme.name,
            "summary": row.scheme.summary,
            "url": row.scheme.url,
            "official_url": row.scheme.url,
            "because": row.because,
            "open_conditions": row.open_conditions,
            "likely": False,
            "local": True,
            "is_example": row.is_example,
        }
        for row in gemeenten_selectors.local_schemes_check(page, answers)
    ]


def area_and_page(pc4: str):
    """The postcode area and the municipality's published page (or None, None)."""
    if not pc4:
        return None, None
    area = postcode_area_get(pc4)
    if area is None:
        return None, None
    return area, gemeenten_selectors.municipality_page_with_rules(area.municipality)


def groups_near(area, limit: int = 3) -> list:
    """The nearest peer groups that meet in person, else online ones."""
    if area is None:
        return lotgenoten_selectors.peer_groups_online(limit=limit)
    point = (area.latitude, area.longitude)
    found = lotgenoten_selectors.peer_groups_near(point, limit=limit)
    if found.groups:
        return found.groups
    return lotgenoten_selectors.peer_groups_nearest(point, limit=limit) or (
        lotgenoten_selectors.peer_groups_online(limit=limit)
    )


def events_near(area, limit: int = 3) -> list:
    """The nearest coming events for the area (within the agenda's radius), else the
    coming online ones; without a postcode only online ones. Two queries at most."""
    if area is not None:
        found = lotgenoten_selectors.events_upcoming_near(area, limit=limit).events
        if found:
            return found
    return lotgenoten_selectors.events_online(limit=limit)


def helplines_now(now=None):
    """(the lines open now, the safety lines with their status)."""
    statuses = helplines_with_status(now)
    open_now = [s for s in statuses if s.is_open or s.helpline.is_emergency]
    safety = [
        s
        for s in statuses
        if s.helpline.is_emergency
        or SAFETY_THEME in {t.slug for t in s.helpline.themes.all()}
    ]
    return open_now, safety
