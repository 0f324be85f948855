"""Reads of the public municipal pages, and the check of their local schemes."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from content import eligibility
from content.models.criteria import CRITERION_VALUES, criteria_from_rows
from gemeenten.models import LocalScheme, LocalSchemeCriterion, MunicipalityPage


def municipality_page_public(municipality) -> MunicipalityPage | None:
    """The published page of this municipality with its rows, or None."""
    return (
        MunicipalityPage.objects.filter(municipality=municipality, published=True)
        .prefetch_related("local_schemes", "local_initiatives")
        .first()
    )


def municipality_page_with_rules(municipality) -> MunicipalityPage | None:
    """The published page with its local schemes and their criteria: 3 queries."""
    if municipality is None:
        return None
    return (
        MunicipalityPage.objects.filter(municipality=municipality, published=True)
        .select_related("municipality")
        .prefetch_related(
            Prefetch(
                "local_schemes",
                LocalScheme.objects.prefetch_related(
                    Prefetch(
                        "criteria",
                        LocalSchemeCriterion.objects.order_by("sort_order", "pk"),
                    )
                ),
            )
        )
        .first()
    )


@dataclass(frozen=True)
class LocalResult:
    """A local scheme that may fit, with the reason in words."""

    scheme: LocalScheme
    because: str
    open_conditions: tuple[str, ...]
    unanswered: bool
    is_example: bool


def local_schemes_check(
    page: MunicipalityPage | None, answers: eligibility.Answers
) -> list[LocalResult]:
    """The page's local schemes whose criteria do not rule the parent out.

    Local schemes say at most "misschien" (income and the municipality decide). A
    scheme without criteria is not in the check: it stays on the municipal page.
    """
    if page is None:
        return []
    results = []
    for scheme in page.local_schemes.all():
        rows = [
            tuple(getattr(c, name) for name in CRITERION_VALUES)
            for c in scheme.criteria.all()
        ]
        rules = eligibility.SchemeRules(
            key=str(scheme.pk), criteria=criteria_from_rows(rows), maybe_only=True
        )
        outcome = eligibility.scheme_evaluate(rules, answers)
        if outcome is None or outcome.result == eligibility.NO:
            continue
        results.append(
            LocalResult(
                scheme=scheme,
                because=eligibility.reasons_sentence(outcome.reasons),
                open_conditions=outcome.open_conditions,
                unanswered=outcome.unanswered,
                is_example=page.is_example,
            )
        )
    return results


def municipality_pages_for_sitemap() -> QuerySet[MunicipalityPage]:
    """Published municipal pages with their municipality's slug: 1 query."""
    return (
        MunicipalityPage.objects.filter(published=True)
        .select_related("municipality")
        .only("updated_at", "municipality__slug")
        .order_by("municipality__slug")
    )
