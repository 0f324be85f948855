"""The agenda: upcoming workshops, meetings and webinars, an event's page, its
calendar file and the sign-up (the peer groups' sign-up, for an event)."""

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.postcodes import postcode_area_get, postcode_pc4_redirect
from core.seo import json_ld_dumps
from lotgenoten import selectors
from lotgenoten.calendar import event_ics, event_json_ld
from lotgenoten.forms import EventSearchForm
from lotgenoten.views import (
    PAGE_SIZE,
    _page_number,
    _page_url,
    _signup_handle,
)


def agenda(request):
    """/agenda/: upcoming events by date, or nearest first with a postcode."""
    form = EventSearchForm(request.GET or None)
    context = {"form": form}
    filters = None
    area = None
    if form.is_bound and form.is_valid():
        pc4 = form.cleaned_data["postcode"]
        if pc4 and (shorter := postcode_pc4_redirect(request, pc4)):
            return shorter
        filters = form.filters()
        if pc4:
            area = postcode_area_get(pc4)
            context["unknown_postcode"] = area is None
    elif form.is_bound:
        context["events"] = selectors.EventPage()
        return render(request, "lotgenoten/agenda.html", context)
    number = _page_number(request)
    offset = (number - 1) * PAGE_SIZE
    if area is not None and (filters is None or filters.where != "online"):
        found = selectors.events_upcoming_near(
            area, selectors.EVENT_RADIUS_KM, PAGE_SIZE, filters=filters, offset=offset
        )
        context.update(
            area=area,
            radius_km=selectors.EVENT_RADIUS_KM,
            online_events=selectors.events_online(filters, limit=5)
            if not (filters and filters.where == "ter-plekke")
            else [],
        )
    else:
        found = selectors.events_upcoming(filters, limit=PAGE_SIZE, offset=offset)
    context.update(
        events=found,
        filters=filters,
        page_number=number,
        next_url=_page_url(request, number + 1)
        if found.total > number * PAGE_SIZE
        else None,
        previous_url=_page_url(request, number - 1) if number > 1 else None,
    )
    return render(request, "lotgenoten/agenda.html", context)


def _public_event(slug):
    return get_object_or_404(
        selectors.public_events()
        .select_related("organiser", "municipality")
        .prefetch_related("target_groups"),
        slug=slug,
    )


def event_detail(request, slug):
    event = _public_event(slug)
    occurrences = event.occurrences()[:6]
    json_ld = ""
    if occurrences:
        start, end = occurrences[0]
        json_ld = mark_safe(json_ld_dumps(event_json_ld(event, start, end)))  # noqa: S308
    return render(
        request,
        "lotgenoten/event_detail.html",
        {"event": event, "occurrences": occurrences, "json_ld": json_ld},
    )


def event_ics_download(request, slug):
    """'Zet in je agenda': the coming dates as a calendar file."""
    event = _public_event(slug)
    response = HttpResponse(
        event_ics(event), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


@never_cache  # after an error the page shows what the parent typed
@require_http_methods(["GET", "POST"])
def event_signup(request, slug):
    event = _public_event(slug)
    if event.join_method != event.JoinMethod.SIGN_UP:
        raise Http404
    return _signup_handle(
        request,
        event,
        template="lotgenoten/event_signup.html",
        done_url=reverse("lotgenoten:event_signup_done", kwargs={"slug": event.slug}),
        context={"event": event},
        for_event=True,
    )


def event_signup_done(request, slug):
    event = _public_event(slug)
    return render(request, "lotgenoten/event_signup_done.html", {"event": event})
