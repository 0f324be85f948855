"""POST /nuttig/: "Was deze pagina nuttig? Ja / Nee", and after nee "Wat miste je?".

The form sits on cached, cookie-free reading pages, so it carries no CSRF token
(a token needs a cookie). Instead: the request must come from a page of this site
(Origin, else Referer, the same host), and each client may post FEEDBACK_RATE_LIMIT
times a minute. Above that the answers are dropped without a word (the same
thanks page), so a flood neither counts nor learns that it is blocked. Nothing
here sets a cookie; the pages it answers with are never cached.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.ratelimit import rate_limit_exceeded
from feedback import services
from feedback.forms import MissingForm
from feedback.targets import target_from_key

RATE_LIMIT = 30  # answers a minute from one client; FEEDBACK_RATE_LIMIT overrides


def _same_site(url: str, request) -> bool:
    parts = urlsplit(url)
    try:
        host = request.get_host()
    except DisallowedHost:
        return False
    own = f"{request.scheme}://{host}".lower()
    given = f"{parts.scheme}://{parts.netloc}".lower()
    return given == own or given in {
        origin.lower() for origin in settings.CSRF_TRUSTED_ORIGINS
    }


def request_same_origin(request) -> bool:
    """The form was sent from a page of this site: by its Origin header, or (old
    browsers, "null" origins) its Referer. Neither: refused."""
    origin = request.META.get("HTTP_ORIGIN", "")
    if origin and origin != "null":
        return _same_site(origin, request)
    referer = request.META.get("HTTP_REFERER", "")
    return bool(referer) and _same_site(referer, request)


def _answer(request, template, context, status=200):
    response = render(request, template, context, status=status)
    add_never_cache_headers(response)
    return response


@csrf_exempt
@require_POST
def page_feedback(request):
    if not request_same_origin(request):
        return _answer(request, "feedback/refused.html", {}, status=403)
    target = target_from_key(request.POST.get("pagina", ""))
    if target is None:
        return _answer(request, "feedback/unknown.html", {}, status=400)
    limit = getattr(settings, "FEEDBACK_RATE_LIMIT", RATE_LIMIT)
    flooded = rate_limit_exceeded(request, "feedback", limit=limit, period=60)
    context = {"target": target}
    if request.POST.get("stap") == "toelichting":
        form = MissingForm(request.POST)
        if not form.is_valid():
            context["form"] = form
            return _answer(request, "feedback/missing.html", context, status=400)
        if not flooded:
            services.feedback_comment(target, text=form.cleaned_data["wat_miste"])
        return _answer(request, "feedback/thanks.html", context)
    answer = request.POST.get("nuttig", "")
    if answer not in ("ja", "nee"):
        return _answer(request, "feedback/unknown.html", {}, status=400)
    if not flooded:
        services.feedback_vote(target, useful=answer == "ja")
    if answer == "nee" and not flooded:
        context["form"] = MissingForm()
        return _answer(request, "feedback/missing.html", context)
    return _answer(request, "feedback/thanks.html", context)
