"""Checklist re-integratie: fill in, save, update; compare with the size class."""

from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from professionals import checklist, services
from professionals.forms import ChecklistForm
from professionals.models.choices import SizeClass
from professionals.permissions import member_required
from professionals.selectors import checklist_comparison


@member_required
def checklist_view(request):
    organisation = request.membership.organisation
    own, averages, size_class = checklist_comparison(organisation)
    if request.method == "POST":
        form = ChecklistForm(request.POST)
        if form.is_valid():
            services.checklist_save(organisation, form.cleaned_data, user=request.user)
            messages.success(request, _("Je antwoorden zijn opgeslagen."))
            return redirect("professionals:checklist")
    else:
        initial = {}
        for key, answer in own.items():
            initial[f"answer_{key}"] = answer.answer
            initial[f"note_{key}"] = answer.note
        form = ChecklistForm(initial=initial)
    form.averages = averages
    return render(
        request,
        "professionals/checklist.html",
        {
            "nav": "checklist",
            "form": form,
            "averages": averages,
            "own": own,
            "size_class_label": SizeClass(size_class).label if size_class else "",
            "min_organisations": checklist.MIN_ORGANISATIONS,
            "source": checklist.SOURCE,
            "answered": len(own),
            "total": len(checklist.ITEM_KEYS),
        },
        status=400 if form.errors else 200,
    )
