"""Parents' questions routed to the member's organisation (its own gemeente opted
in), and the opt-in itself. Every view goes through permissions.member_required;
each question is looked up inside the organisation's own questions, so another
organisation's question does not exist here (404)."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.models import Municipality
from professionals.permissions import member_required
from vragen import selectors, services
from vragen.forms import RoutingOptInForm
from vragen.handling import question_handle
from vragen.models import Question, RoutingOptIn

FORGED_ORGANISATION = _(
    "Je kunt alleen de instellingen van je eigen organisatie wijzigen. "
    "Er is niets opgeslagen."
)


@member_required
def question_queue(request):
    organisation = request.membership.organisation
    questions = selectors.questions_for_organisation(organisation)
    status = request.GET.get("status", "")
    return render(
        request,
        "professionals/questions.html",
        {
            "questions": selectors.question_queue(questions, status=status),
            "counts": selectors.queue_counts(questions),
            "status": status if status in Question.Status.values else "",
            "statuses": Question.Status.choices,
            "optin": RoutingOptIn.objects.filter(organisation=organisation)
            .prefetch_related("municipalities")
            .first(),
            "today": timezone.localdate(),
            "nav": "questions",
        },
    )


@member_required
@require_http_methods(["GET", "POST"])
def question_detail(request, pk):
    question = selectors.question_get(
        selectors.questions_for_organisation(request.membership.organisation), pk
    )
    if question is None:
        raise Http404
    result = question_handle(request, question)
    if result.done:
        messages.success(request, result.message)
        return redirect("professionals:question_detail", pk=question.pk)
    return render(
        request,
        "professionals/question_detail.html",
        {
            "question": question,
            "answers": selectors.question_answers(question),
            "answer_form": result.answer_form,
            "today": timezone.localdate(),
            "nav": "questions",
        },
        status=result.status,
    )


@member_required
@require_http_methods(["GET", "POST"])
def question_routing(request):
    """An organisation admin opts in to answer the questions of its own gemeente."""
    membership = request.membership
    if not membership.is_org_admin:
        raise PermissionDenied
    organisation = membership.organisation
    allowed = Municipality.objects.filter(pk=organisation.municipality_id)
    optin = RoutingOptIn.objects.filter(organisation=organisation).first()
    status = 200
    if request.method == "POST":
        form = RoutingOptInForm(request.POST, allowed=allowed)
        posted_org = request.POST.get("organisation", str(organisation.pk))
        if posted_org != str(organisation.pk):
            # The form has no such field: someone changed the request by hand.
            form.is_valid()
            form.add_error(None, FORGED_ORGANISATION)
            status = 400
        elif form.is_valid():
            services.routing_optin_save(
                organisation,
                active=form.cleaned_data["active"],
                municipalities=form.cleaned_data["municipalities"],
            )
            messages.success(request, _("De instelling is opgeslagen."))
            return redirect("professionals:question_queue")
        else:
            status = 400
    else:
        form = RoutingOptInForm(
            initial={
                "active": optin.active if optin else False,
                "municipalities": list(optin.municipalities.all()) if optin else [],
            },
            allowed=allowed,
        )
    return render(
        request,
        "professionals/question_routing.html",
        {
            "form": form,
            "has_municipality": allowed.exists(),
            "nav": "questions",
        },
        status=status,
    )
