"""Peer groups for parents: search by postcode, group pages, sign-up, start a group,
and the one-click page for organisers."""

from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from core.demand import demand_counted
from core.postcodes import postcode_area_get, postcode_pc4_redirect
from core.ratelimit import rate_limit_exceeded
from lotgenoten import selectors, services
from lotgenoten.forms import (
    ChangesForm,
    GroupRequestForm,
    GroupSearchForm,
    SignUpForm,
)
from lotgenoten.models import SignUp

PAGE_SIZE = 10  # short lists read better on a phone, and render fast
MAX_PAGE = 50
# Sign-ups and requests per IP address per hour.
FORM_RATE_LIMIT = 5
FORM_RATE_PERIOD = 60 * 60
RATE_LIMIT_MESSAGE = _l(
    "Er zijn vanaf jouw internetverbinding veel formulieren verstuurd. Probeer het "
    "over een uur nog eens. Je gegevens staan nog in het formulier."
)


def _page_number(request) -> int:
    try:
        number = int(request.GET.get("pagina", "1"))
    except ValueError:
        return 1
    return min(max(number, 1), MAX_PAGE)


def _page_url(request, number: int) -> str:
    query = request.GET.copy()
    query["pagina"] = str(number)
    return "?" + query.urlencode()


@demand_counted
def search(request):
    """/lotgenoten/?postcode=…: groups nearest first, with filters; never a dead end."""
    form = GroupSearchForm(request.GET or None)
    context = {"form": form}
    if form.is_bound and form.is_valid():
        pc4 = form.cleaned_data["postcode"]
        if shorter := postcode_pc4_redirect(request, pc4):
            return shorter
        filters = form.filters()
        context["filters"] = filters
        if filters.online:
            context["online_groups"] = selectors.peer_groups_online(filters, limit=50)
            context["mode"] = "online"
        else:
            area = postcode_area_get(pc4)
            context["area"] = area
            if area is None:
                context["mode"] = "unknown"
                context["online_groups"] = selectors.peer_groups_online(limit=5)
            else:
                point = (area.latitude, area.longitude)
                number = _page_number(request)
                near = selectors.peer_groups_near(
                    point,
                    radius_km=selectors.DEFAULT_RADIUS_KM,
                    filters=filters,
                    limit=PAGE_SIZE,
                    offset=(number - 1) * PAGE_SIZE,
                )
                context.update(
                    mode="near",
                    near=near,
                    events=selectors.events_upcoming_near(
                        area, selectors.EVENT_RADIUS_KM, 3
                    ),
                    events_radius_km=selectors.EVENT_RADIUS_KM,
                    radius_km=selectors.DEFAULT_RADIUS_KM,
                    page_number=number,
                    next_url=_page_url(request, number + 1)
                    if near.total > number * PAGE_SIZE
                    else None,
                    previous_url=_page_url(request, number - 1) if number > 1 else None,
                )
                if near.total == 0:
                    context["nearest"] = selectors.peer_groups_nearest(
                        point, filters=filters
                    )
                    context["online_groups"] = selectors.peer_groups_online(
                        filters, limit=5
                    )
    return render(request, "lotgenoten/search.html", context)


def detail(request, slug):
    group = get_object_or_404(
        selectors.public_peer_groups()
        .select_related("organiser", "municipality")
        .prefetch_related("target_groups"),
        slug=slug,
    )
    return render(request, "lotgenoten/group_detail.html", {"group": group})


def _limited(request, scope: str) -> bool:
    return rate_limit_exceeded(
        request, scope, limit=FORM_RATE_LIMIT, period=FORM_RATE_PERIOD
    )


def _signup_handle(
    request,
    target,
    *,
    template: str,
    done_url: str,
    context: dict,
    for_event: bool = False,
):
    """'Ik wil meedoen' for a group or an event: one form, one service.

    POST only for the data; after sending, a page without it. A bot that fills
    the honeypot sees the done page and nothing is stored.
    """
    status = 200
    if request.method == "POST":
        form = SignUpForm(request.POST, for_event=for_event)
        if form.is_spam:
            return redirect(done_url)
        if form.is_valid():
            # Only complete sign-ups count: correcting a typo is never blocked.
            if not _limited(request, "signup"):
                services.signup_create(target, data=form.cleaned_data)
                return redirect(done_url)
            form.add_error(None, RATE_LIMIT_MESSAGE)
            status = 429
    else:
        form = SignUpForm(for_event=for_event)
    return render(request, template, {**context, "form": form}, status=status)


@never_cache  # after an error the page shows what the parent typed
@require_http_methods(["GET", "POST"])
def signup(request, slug):
    group = get_object_or_404(selectors.public_peer_groups(), slug=slug)
    return _signup_handle(
        request,
        group,
        template="lotgenoten/signup.html",
        done_url=reverse("lotgenoten:signup_done", kwargs={"slug": group.slug}),
        context={"group": group},
    )


def signup_done(request, slug):
    group = get_object_or_404(selectors.public_peer_groups(), slug=slug)
    return render(request, "lotgenoten/signup_done.html", {"group": group})


@require_http_methods(["GET", "POST"])
def start_group(request):
    """'Start zelf een groep': a request to the editors, and the step-by-step plan."""
    status = 200
    if request.method == "POST":
        form = GroupRequestForm(request.POST)
        if form.is_spam:
            return redirect("lotgenoten:start_done")
        if form.is_valid():
            if not _limited(request, "start"):
                services.group_request_create(data=form.cleaned_data)
                return redirect("lotgenoten:start_done")
            form.add_error(None, RATE_LIMIT_MESSAGE)
            status = 429
    else:
        form = GroupRequestForm()
    return render(
        request,
        "lotgenoten/start_group.html",
        {"form": form, "start_plan_url": selectors.start_plan_url()},
        status=status,
    )


def start_done(request):
    return render(
        request,
        "lotgenoten/start_done.html",
        {"start_plan_url": selectors.start_plan_url()},
    )


ORGANISER_ACTIONS = {"bevestigen", "wijzigingen", "gestopt"}


@never_cache
@require_http_methods(["GET", "POST"])
def organiser(request, token):
    """The organiser's one-click page. GET only shows buttons: link checkers that
    open e-mail links must not confirm a group; a POST does."""
    try:
        group = services.organiser_token_read(token)
    except services.OrganiserLinkExpired:
        return render(
            request,
            "lotgenoten/organiser_link_invalid.html",
            {"expired": True},
            status=410,
        )
    except services.OrganiserLinkInvalid:
        return render(
            request,
            "lotgenoten/organiser_link_invalid.html",
            {"expired": False},
            status=400,
        )
    except services.OrganiserLinkUsed:
        return _organiser_link_used(request)
    changes_form = ChangesForm()
    status = 200
    if request.method == "POST":
        action = request.POST.get("actie", "")
        if action == "wijzigingen":
            changes_form = ChangesForm(request.POST)
        if action in ("bevestigen", "gestopt") or (
            action == "wijzigingen" and changes_form.is_valid()
        ):
            try:
                _organiser_action(token, group, action, changes_form)
            except services.OrganiserLinkUsed:
                return _organiser_link_used(request)
            return redirect(reverse("lotgenoten:organiser_done") + f"?actie={action}")
        status = 400
    return render(
        request,
        "lotgenoten/organiser.html",
        {"group": group, "changes_form": changes_form},
        status=status,
    )


@transaction.atomic
def _organiser_action(token, group, action, changes_form):
    # Each link does one action once: a forwarded or replayed link changes nothing.
    services.organiser_link_spend(token, group, action=action)
    if action == "bevestigen":
        services.peer_group_confirm(group)
    elif action == "gestopt":
        services.peer_group_stop(group)
    else:
        services.peer_group_report_changes(
            group, changes=changes_form.cleaned_data["changes"]
        )


def _organiser_link_used(request):
    return render(
        request,
        "lotgenoten/organiser_link_invalid.html",
        {"used": True},
        status=410,
    )


def organiser_done(request):
    action = request.GET.get("actie", "")
    if action not in ORGANISER_ACTIONS:
        raise Http404
    return render(request, "lotgenoten/organiser_done.html", {"action": action})


@never_cache  # the page shows parents' names and contact details
@require_http_methods(["GET", "POST"])
def organiser_signups(request, token):
    """The sign-ups of one group or event, for its organiser, through the signed,
    expiring link in their e-mail: no account, never the Wagtail admin."""
    try:
        target = services.signups_token_read(token)
    except services.OrganiserLinkExpired:
        return render(
            request,
            "lotgenoten/organiser_link_invalid.html",
            {"expired": True, "days": services.SIGNUPS_LINK_MAX_AGE.days},
            status=410,
        )
    except services.OrganiserLinkInvalid:
        return render(
            request,
            "lotgenoten/organiser_link_invalid.html",
            {"expired": False},
            status=400,
        )
    if request.method == "POST":
        try:
            pk = int(request.POST.get("aanmelding", ""))
        except ValueError:
            pk = 0
        changed = services.signup_status_set(target, pk, request.POST.get("status", ""))
        if changed is None:
            raise Http404
        return redirect(request.path + "?bijgewerkt=1#aanmeldingen")
    response = render(
        request,
        "lotgenoten/organiser_signups.html",
        {
            "target": target,
            "signups": services.signups_of(target),
            "statuses": SignUp.Status.choices,
            "updated": request.GET.get("bijgewerkt") == "1",
        },
    )
    # The token is in the address: never send it on to another site.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response
