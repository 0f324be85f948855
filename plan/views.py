"""Jouw plan: the questions, the plan page and its PDF and calendar downloads.

Answers are POSTed and carried in a signed hidden field, never stored, never put in a
URL, never logged (sensitive_post_parameters keeps them out of error reports).
"""

from django.http import HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from content import stepplans
from core.demand import demand_count_pc4
from core.ratelimit import rate_limited
from plan import build, documents, flow, selectors
from regelingen import check as regelcheck


def deps_now() -> flow.Deps:
    steps = selectors.plan_steps_all()
    return flow.Deps(
        events_for=lambda situations: _events_for(steps, situations),
        pc4_known=selectors.pc4_known,
        today=timezone.localdate(),
    )


def _events_for(steps, situations):
    return stepplans.events_needed(steps, situations)


def plan_context(state: flow.PlanState, today, now=None) -> dict:
    """Everything the plan page shows, for a valid and complete state."""
    steps = selectors.plan_steps_all()
    area, page = selectors.area_and_page(state.pc4)
    door = None
    if area is not None:
        door = build.FrontDoor(
            municipality=area.municipality.name,
            name=page.front_door_name if page else "",
            phone=page.phone if page else "",
            website=page.website if page else "",
            page_url=page.get_absolute_url() if page else "",
            is_example=page.is_example if page else False,
        )
    answers = regelcheck.answers_from_steps(state.check)
    result = build.plan_build(
        steps,
        state.situations,
        answers,
        state.events(),
        state.done,
        today,
        door,
    )
    schemes = []
    if state.check:
        national = selectors.national_schemes(answers)
        local = selectors.local_schemes(page, answers)
        likely = [row for row in national if row["likely"]]
        maybe = [row for row in national if not row["likely"]]
        schemes = likely + local + maybe
    open_now, safety = selectors.helplines_now(now)
    return {
        "plan": result,
        "area": area,
        "municipality_page": page,
        "door": door,
        "pc4": state.pc4,
        "schemes": schemes,
        "asked_check": bool(state.check),
        "groups": selectors.groups_near(area),
        "events_near": selectors.events_near(area),
        "helplines_open": open_now,
        "safety_lines": safety if result.unsafe else [],
        "change_screens": _change_screens(state),
    }


def _change_screens(state: flow.PlanState) -> list[tuple[str, str]]:
    titles = {
        flow.SITUATIONS: _("Wat is er aan de hand?"),
        flow.DETAILS: _("Datum en postcode"),
    }
    result = []
    for name in flow.sequence(state):
        step = flow.screen_step(name)
        title = str(step.title) if step else titles[name]
        result.append((name, title))
    return result


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "POST"])
@rate_limited("jouw-plan", limit_setting="SEARCH_RATE_LIMIT_PER_MINUTE")
def plan_view(request):
    deps = deps_now()
    if request.method == "GET":
        screen = flow.screen_start(deps)
    else:
        screen = flow.screen_for_post(request.POST, deps)
    if screen.pc4_given:
        # One count for the gemeente of this PC4 (core/demand.py): never the postcode.
        demand_count_pc4(screen.pc4_given)
    context = {"screen": screen, "plan_state": screen.token}
    if not screen.is_plan:
        number, total = screen.position
        context.update(
            {
                "number": number,
                "total": total,
                "is_check_step": flow.screen_step(screen.name) is not None,
            }
        )
        return render(request, "plan/step.html", context)
    context.update(plan_context(screen.state, deps.today))
    if screen.export == "ics":
        response = HttpResponse(
            documents.plan_ics(context["plan"], request.build_absolute_uri("/")),
            content_type="text/calendar; charset=utf-8",
        )
        response["Content-Disposition"] = 'attachment; filename="jouw-plan.ics"'
        return response
    if screen.export == "pdf":
        municipality = context["area"].municipality.name if context["area"] else ""
        response = HttpResponse(
            documents.plan_pdf(context["plan"], context["schemes"], municipality),
            content_type="application/pdf",
        )
        response["Content-Disposition"] = 'attachment; filename="jouw-plan.pdf"'
        return response
    return render(request, "plan/plan.html", context)
