"""The "Maak je plan" button on the Regelcheck result, and the admin preview."""

from django.shortcuts import render
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from content.sections import CHECK_RESULT_SECTIONS, CheckResult, Section
from plan import flow, views
from plan.personas import PERSONAS, persona_raw


@hooks.register(CHECK_RESULT_SECTIONS)
def make_plan_section(result: CheckResult):
    if not result.state_token:
        return None
    return Section(
        "plan/includes/check_make_plan.html",
        {"check_state": result.state_token},
        order=5,
    )


def preview(request):
    """Pick a persona, see the plan it gets (read only, nothing stored)."""
    key = request.GET.get("persona", "")
    context = {
        "personas": [(k, p["label"]) for k, p in PERSONAS.items()],
        "chosen": key if key in PERSONAS else "",
    }
    if key in PERSONAS:
        deps = views.deps_now()
        state, _dropped = flow.state_validate(persona_raw(key), deps)
        context.update(views.plan_context(state, timezone.localdate()))
        context["preview"] = True
        context["missing"] = flow.first_missing(state)
    return render(request, "plan/admin_preview.html", context)


@hooks.register("register_admin_urls")
def admin_urls():
    return [path("jouw-plan/voorbeeld/", preview, name="plan_preview")]


@hooks.register("register_settings_menu_item")
def preview_menu_item():
    return MenuItem(
        _("Jouw plan: voorbeeld"),
        reverse("plan_preview"),
        icon_name="view",
        order=900,
    )
