"""/vraag/: a parent asks a question; the page after it says what happens next.

The done page carries nothing in its address: the reference and the safety topics
travel in the session (the form already set the CSRF cookie), so no reference or
sign of distress ends up in a URL, the browser history or a server log.
"""

from django.conf import settings
from django.shortcuts import redirect, render
from django.utils.translation import gettext_lazy as _l
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from content.helplines import helpline_statuses, helplines_live
from core.ratelimit import rate_limit_exceeded
from vragen import services
from vragen.forms import QuestionForm
from vragen.safety import safety_helpline_names

SESSION_KEY = "vragen_done"
SESSION_SECONDS = 60 * 60
RATE_PERIOD = 60 * 60
RATE_LIMIT_MESSAGE = _l(
    "Er zijn vanaf jouw internetverbinding veel vragen verstuurd. Probeer het over "
    "een uur nog eens. Je vraag staat nog in het formulier."
)


@never_cache  # after an error the page shows what the parent typed
@require_http_methods(["GET", "POST"])
def ask(request):
    status = 200
    if request.method == "POST":
        form = QuestionForm(request.POST)
        if form.is_spam:
            request.session[SESSION_KEY] = {"reference": "", "topics": []}
            return redirect("vragen:done")
        if form.is_valid():
            # Only complete questions count: correcting a typo is never blocked.
            if not rate_limit_exceeded(
                request,
                "vraag",
                limit=settings.QUESTION_RATE_LIMIT_PER_HOUR,
                period=RATE_PERIOD,
            ):
                question = services.question_create(data=form.cleaned_data)
                request.session[SESSION_KEY] = {
                    "reference": question.reference,
                    "topics": question.safety_topics.split(",")
                    if question.safety_topics
                    else [],
                    "email": bool(question.email),
                    "phone": question.contact == question.Contact.PHONE,
                }
                if not request.user.is_authenticated:
                    # A sign of distress is not kept for the weeks a session lasts.
                    request.session.set_expiry(SESSION_SECONDS)
                return redirect("vragen:done")
            form.add_error(None, RATE_LIMIT_MESSAGE)
            status = 429
    else:
        form = QuestionForm()
    return render(
        request,
        "vragen/ask.html",
        {
            "form": form,
            "working_days": settings.QUESTION_ANSWER_WORKING_DAYS,
            "retention_days": settings.QUESTION_RETENTION_DAYS,
        },
        status=status,
    )


def _helplines_for(topics: list[str]):
    names = safety_helpline_names(topics)
    if not names:
        return []
    lines = {line.name: line for line in helplines_live().filter(name__in=names)}
    return helpline_statuses([lines[name] for name in names if name in lines])


@never_cache
def done(request):
    state = request.session.get(SESSION_KEY) or {}
    topics = [t for t in state.get("topics", []) if isinstance(t, str)]
    return render(
        request,
        "vragen/done.html",
        {
            "reference": state.get("reference", ""),
            "by_email": state.get("email", False),
            "by_phone": state.get("phone", False),
            "helplines": _helplines_for(topics),
            "working_days": settings.QUESTION_ANSWER_WORKING_DAYS,
        },
    )
