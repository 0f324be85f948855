"""'Onze gemeentepagina': edited by a gemeente's organisation admins."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from gemeenten.models import MunicipalityPage
from professionals.forms import (
    LocalInitiativeFormSet,
    LocalSchemeFormSet,
    MunicipalityPageForm,
)
from professionals.permissions import member_required


@member_required
def municipality_page_edit(request):
    membership = request.membership
    organisation = membership.organisation
    if not (
        membership.is_org_admin
        and organisation.kind == "gemeente"
        and organisation.municipality_id
    ):
        return render(
            request,
            "professionals/forbidden.html",
            {
                "reason": _(
                    "Alleen beheerders van een gemeente kunnen de gemeentepagina "
                    "bijhouden."
                )
            },
            status=403,
        )
    page = MunicipalityPage.objects.filter(
        municipality_id=organisation.municipality_id
    ).first()
    if page is not None and page.organisation_id != organisation.pk:
        return render(request, "professionals/forbidden.html", status=403)
    if page is None:
        page = MunicipalityPage(
            municipality=organisation.municipality, organisation=organisation
        )
    data = request.POST if request.method == "POST" else None
    form = MunicipalityPageForm(data, instance=page)
    schemes = LocalSchemeFormSet(data, instance=page, prefix="regelingen")
    initiatives = LocalInitiativeFormSet(data, instance=page, prefix="initiatieven")
    if data is not None:
        valid = form.is_valid() & schemes.is_valid() & initiatives.is_valid()
        if valid:
            with transaction.atomic():
                page = form.save(commit=False)
                page.updated_by = request.user
                page.save()
                schemes.instance = initiatives.instance = page
                schemes.save()
                initiatives.save()
            messages.success(request, _("De gemeentepagina is opgeslagen."))
            return redirect("professionals:municipality_page")
    return render(
        request,
        "professionals/municipality_page_form.html",
        {
            "form": form,
            "schemes": schemes,
            "initiatives": initiatives,
            "page": page,
            "error_forms": [*schemes.forms, *initiatives.forms],
            "formset_errors": [
                *schemes.non_form_errors(),
                *initiatives.non_form_errors(),
            ],
            "has_errors": bool(
                form.errors
                or any(schemes.errors)
                or schemes.non_form_errors()
                or any(initiatives.errors)
                or initiatives.non_form_errors()
            ),
        },
        status=400 if data is not None else 200,
    )
