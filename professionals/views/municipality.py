"""'Onze gemeentepagina': edited by a gemeente's organisation admins."""

from django.contrib import messages
from django.db import transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from gemeenten.models import LocalScheme, MunicipalityPage
from professionals import local_offer_io
from professionals.forms import (
    LocalInitiativeFormSet,
    LocalOfferImportForm,
    LocalSchemeFormSet,
    MunicipalityPageForm,
)
from professionals.permissions import member_required


def _own_page(request):
    """The member's municipal page (unsaved when it has none yet), or the 403
    response for anyone who is not an admin of that gemeente."""
    membership = request.membership
    organisation = membership.organisation
    if not (
        membership.is_org_admin
        and organisation.kind == "gemeente"
        and organisation.municipality_id
    ):
        return None, render(
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
    page = (
        MunicipalityPage.objects.select_related("municipality")
        .filter(municipality_id=organisation.municipality_id)
        .first()
    )
    if page is not None and page.organisation_id != organisation.pk:
        return None, render(request, "professionals/forbidden.html", status=403)
    if page is None:
        page = MunicipalityPage(
            municipality=organisation.municipality, organisation=organisation
        )
    return page, None


@member_required
def municipality_page_edit(request):
    page, refused = _own_page(request)
    if refused:
        return refused
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


@member_required
@require_GET
def municipality_page_export(request):
    """The page's local schemes and initiatives as a CSV or JSON download."""
    page, refused = _own_page(request)
    if refused:
        return refused
    slug = page.municipality.slug
    if request.GET.get("formaat") == "json":
        response = HttpResponse(
            local_offer_io.local_offer_json(page),
            content_type="application/json; charset=utf-8",
        )
        filename = f"lokaal-aanbod-{slug}.json"
    else:
        # A BOM, so Excel reads the UTF-8 as UTF-8.
        response = HttpResponse(
            "\ufeff" + local_offer_io.local_offer_csv(page),
            content_type="text/csv; charset=utf-8",
        )
        filename = f"lokaal-aanbod-{slug}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


@member_required
def municipality_page_import(request):
    """Upload a CSV or JSON file of local schemes and initiatives; see the report."""
    page, refused = _own_page(request)
    if refused:
        return refused
    form = LocalOfferImportForm(request.POST or None, request.FILES or None)
    report = None
    status = 200
    if request.method == "POST":
        if form.is_valid():
            report = local_offer_io.ImportReport()
            try:
                rows = local_offer_io.local_offer_read(form.cleaned_data["file"])
            except local_offer_io.FileProblem as problem:
                form.add_error("file", str(problem))
                report = None
            else:
                with transaction.atomic():
                    if page.pk is None:
                        page.updated_by = request.user
                        page.save()
                    report = local_offer_io.local_offer_import(
                        page,
                        rows,
                        replace=form.cleaned_data["replace"],
                        dry_run=form.cleaned_data["dry_run"],
                    )
                    if report.dry_run:
                        transaction.set_rollback(True)
        if form.errors:
            status = 400
    return render(
        request,
        "professionals/municipality_import.html",
        {
            "form": form,
            "report": report,
            "page": page,
            "scheme_kinds": LocalScheme.Kind.choices,
        },
        status=status,
    )
