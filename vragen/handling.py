"""One POST handler for the actions on a question, shared by the Wagtail admin
queue and the secure area's queue (each checks access first, then calls this)."""

from dataclasses import dataclass

from django.utils.translation import gettext as _

from vragen import services
from vragen.forms import AnswerForm
from vragen.models import Question

ACTIONS = {"oppakken", "antwoorden", "sluiten", "heropenen"}


@dataclass
class HandleResult:
    answer_form: AnswerForm
    done: bool = False
    message: str = ""
    status: int = 200


def question_handle(request, question: Question) -> HandleResult:
    """Apply the posted action ("oppakken", "antwoorden", "sluiten", "heropenen")
    for `request.user`; a GET or an invalid answer gives the form back."""
    form = AnswerForm(question=question)
    if request.method != "POST":
        return HandleResult(form)
    action = request.POST.get("actie", "")
    if action == "oppakken":
        services.question_take(question, request.user)
        return HandleResult(form, True, _("Je hebt deze vraag opgepakt."))
    if action == "sluiten":
        services.question_close(question)
        return HandleResult(form, True, _("De vraag is gesloten."))
    if action == "heropenen" and question.status == Question.Status.CLOSED:
        services.question_reopen(question)
        return HandleResult(form, True, _("De vraag is weer open."))
    if action == "antwoorden":
        form = AnswerForm(request.POST, question=question)
        if form.is_valid():
            answer = services.answer_create(
                question,
                text=form.cleaned_data["text"],
                via=form.cleaned_data["via"],
                by=request.user,
            )
            message = (
                _("Het antwoord is per e-mail verstuurd.")
                if answer.via == answer.Via.EMAIL
                else _("Het telefoongesprek is vastgelegd.")
            )
            return HandleResult(form, True, message)
        return HandleResult(form, status=400)
    return HandleResult(form, status=400)
