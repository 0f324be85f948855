"""Praktijkvoorbeelden: list with search and filters, detail, form, questions."""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from taggit.models import Tag

from content.i18n import in_source_locale
from content.models import Theme
from professionals import services
from professionals.forms import PracticeFilterForm, PracticeForm, QuestionForm
from professionals.models import Practice
from professionals.permissions import (
    TAKEDOWN_REASON,
    editable_by,
    member_required,
    takedown_liftable_by,
    unpublishable_by,
)
from professionals.selectors import practice_for_detail, practices_for_member

PER_PAGE = 20


def _tags_visible_to(membership):
    practice_type = ContentType.objects.get_for_model(Practice)
    visible = Practice.objects.visible_to(membership).values("pk")
    return (
        Tag.objects.filter(
            taggit_taggeditem_items__content_type=practice_type,
            taggit_taggeditem_items__object_id__in=visible,
        )
        .distinct()
        .order_by("name")
    )


@member_required
def practice_list(request):
    membership = request.membership
    form = PracticeFilterForm(
        request.GET or None,
        themes=in_source_locale(Theme.objects.all()),
        tags=_tags_visible_to(membership),
    )
    filters = form.filters() if request.GET else {}
    practices = practices_for_member(membership, filters=filters)
    page = Paginator(practices, PER_PAGE).get_page(request.GET.get("pagina"))
    query_without_page = request.GET.copy()
    query_without_page.pop("pagina", None)
    return render(
        request,
        "professionals/practice_list.html",
        {
            "nav": "practices",
            "form": form,
            "page_obj": page,
            "filtered": bool(filters),
            "query_string": query_without_page.urlencode(),
        },
    )


def _get_practice(request, pk):
    practice = practice_for_detail(request.membership, pk)
    if practice is None:
        raise Http404
    return practice


@member_required
def practice_detail(request, pk):
    practice = _get_practice(request, pk)
    return render(
        request,
        "professionals/practice_detail.html",
        _detail_context(request, practice, QuestionForm()),
    )


def _detail_context(request, practice, question_form):
    return {
        "nav": "practices",
        "practice": practice,
        "questions": practice.questions.select_related(
            "author__membership__organisation"
        ),
        "question_form": question_form,
        "can_edit": editable_by(practice, request.membership),
        "can_unpublish": unpublishable_by(practice, request.membership)
        and practice.publication == Practice.Publication.PUBLISHED,
        "can_republish": practice.publication == Practice.Publication.UNPUBLISHED
        and takedown_liftable_by(practice, request.membership),
    }


@member_required
def practice_create(request):
    return _practice_form(request, Practice())


@member_required
def practice_edit(request, pk):
    practice = _get_practice(request, pk)
    if not editable_by(practice, request.membership):
        return render(request, "professionals/forbidden.html", status=403)
    return _practice_form(request, practice)


def _practice_form(request, practice):
    form = PracticeForm(
        request.POST or None,
        request.FILES or None,
        instance=practice,
        membership=request.membership,
    )
    if request.method == "POST" and form.is_valid():
        saved = services.practice_save(
            form, membership=request.membership, user=request.user
        )
        messages.success(request, _("Het praktijkvoorbeeld is opgeslagen."))
        return redirect(saved)
    return render(
        request,
        "professionals/practice_form.html",
        {"form": form, "practice": practice, "nav": "practices"},
        status=400 if form.errors else 200,
    )


@member_required
@require_POST
def practice_unpublish(request, pk):
    practice = _get_practice(request, pk)
    if not unpublishable_by(practice, request.membership):
        return render(request, "professionals/forbidden.html", status=403)
    moderator = (
        request.membership.is_moderator
        and practice.organisation_id != request.membership.organisation_id
    )
    services.practice_unpublish(practice, by_moderator=moderator)
    messages.success(request, _("Het praktijkvoorbeeld is offline gehaald."))
    return redirect("professionals:practice_list")


@member_required
@require_POST
def practice_republish(request, pk):
    """Lift a moderator's takedown; only a moderator may (permissions)."""
    practice = _get_practice(request, pk)
    if practice.publication != Practice.Publication.UNPUBLISHED:
        return redirect(practice)
    if not takedown_liftable_by(practice, request.membership):
        return render(
            request,
            "professionals/forbidden.html",
            {"reason": TAKEDOWN_REASON},
            status=403,
        )
    services.practice_republish(practice)
    messages.success(request, _("Het praktijkvoorbeeld is weer gepubliceerd."))
    return redirect(practice)


@member_required
@require_POST
def practice_question(request, pk):
    practice = _get_practice(request, pk)
    form = QuestionForm(request.POST)
    if form.is_valid():
        services.question_post(
            practice,
            user=request.user,
            body=form.cleaned_data["body"],
            request=request,
        )
        messages.success(
            request, _("Je vraag is geplaatst. De auteur krijgt een e-mail.")
        )
        return redirect(practice.get_absolute_url() + "#vragen")
    return render(
        request,
        "professionals/practice_detail.html",
        _detail_context(request, practice, form),
        status=400,
    )
