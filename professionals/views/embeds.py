"""'Op je eigen website': the snippet to frame an embed page, with a preview."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from opendata.embeds import embed_snippet
from professionals.forms import EmbedSnippetForm
from professionals.permissions import member_required


def _initial(membership) -> dict:
    municipality = membership.organisation.municipality
    return {"gemeente": municipality.slug} if municipality else {}


@member_required
def embed_snippets(request):
    form = EmbedSnippetForm(
        request.GET if "soort" in request.GET else None,
        initial=_initial(request.membership),
    )
    context = {"nav": "embed", "form": form}
    if form.is_bound and form.is_valid():
        kind = form.cleaned_data["soort"]
        if kind == EmbedSnippetForm.Kind.MUNICIPALITY:
            municipality = form.cleaned_data["gemeente"]
            path = reverse("embed:municipality", args=[municipality.slug])
            title = _("Hulp voor alleenstaande ouders in %(name)s (Eenouderpunt)") % {
                "name": municipality.name
            }
        elif kind == EmbedSnippetForm.Kind.GROUPS:
            path = reverse("embed:peer_groups")
            if pc4 := form.cleaned_data["postcode"]:
                path += f"?postcode={pc4}"
            title = _("Lotgenotengroepen voor alleenstaande ouders (Eenouderpunt)")
        else:
            path = reverse("embed:schemes")
            title = _("Regelingen voor alleenstaande ouders (Eenouderpunt)")
        origin = request.build_absolute_uri("/").rstrip("/")
        context.update(
            embed_path=path,
            embed_title=title,
            snippet=embed_snippet(origin + path, title, origin=origin),
        )
    return render(request, "professionals/embed_snippets.html", context)
