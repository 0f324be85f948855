"""The national team's answer queue in the Wagtail admin: the questions that no
organisation took (routed to the national team), with the same actions as the
secure area's queue. Only users who may change questions get in."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.cache import never_cache

from vragen import selectors
from vragen.handling import question_handle
from vragen.models import Question

PERMISSION = "vragen.change_question"


def _check(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied


@never_cache
def queue(request):
    _check(request)
    status = request.GET.get("status", "")
    questions = selectors.questions_for_national_team()
    return render(
        request,
        "vragen/admin/queue.html",
        {
            "questions": selectors.question_queue(questions, status=status),
            "counts": selectors.queue_counts(questions),
            "status": status if status in Question.Status.values else "",
            "statuses": Question.Status.choices,
            "today": timezone.localdate(),
        },
    )


@never_cache
def detail(request, pk):
    _check(request)
    question = selectors.question_get(selectors.questions_for_national_team(), pk)
    if question is None:
        raise Http404
    result = question_handle(request, question)
    if result.done:
        messages.success(request, result.message)
        return redirect("vragen_admin:detail", pk=question.pk)
    return render(
        request,
        "vragen/admin/detail.html",
        {
            "question": question,
            "answers": selectors.question_answers(question),
            "answer_form": result.answer_form,
            "today": timezone.localdate(),
        },
        status=result.status,
    )


@never_cache
def report(request):
    _check(request)
    return render(
        request,
        "vragen/admin/report.html",
        {
            "national": selectors.month_reports(
                selectors.questions_for_national_team()
            ),
            "everyone": selectors.month_reports(Question.objects.all()),
        },
    )
