"""Reads of the secure area and of the public municipal pages."""

from django.db.models import Q

from professionals import checklist
from professionals.models import (
    ChecklistAnswer,
    Membership,
    OrganisationProfile,
    Practice,
)


def practices_for_member(membership, *, filters: dict):
    """Practices this member may see, searched and filtered; constant query count.

    `filters` holds cleaned values: q, theme (slug), tag (slug), size_class,
    organisation_kind, province, status.
    """
    qs = (
        Practice.objects.visible_to(membership)
        .select_related("organisation")
        .prefetch_related("themes", "tags")
    )
    query = (filters.get("q") or "").strip()
    if query:
        for word in query.split()[:8]:
            qs = qs.filter(
                Q(title__icontains=word)
                | Q(summary__icontains=word)
                | Q(aim__icontains=word)
                | Q(target_group__icontains=word)
                | Q(approach__icontains=word)
                | Q(results__icontains=word)
                | Q(partners__icontains=word)
                | Q(region__icontains=word)
                | Q(organisation__name__icontains=word)
                | Q(tags__name__icontains=word)
            )
    if filters.get("theme"):
        qs = qs.filter(themes__slug=filters["theme"])
    if filters.get("tag"):
        qs = qs.filter(tags__slug=filters["tag"])
    if filters.get("size_class"):
        qs = qs.filter(size_class=filters["size_class"])
    if filters.get("organisation_kind"):
        qs = qs.filter(organisation__kind=filters["organisation_kind"])
    if filters.get("province"):
        qs = qs.filter(province=filters["province"])
    if filters.get("status"):
        qs = qs.filter(status=filters["status"])
    return qs.distinct()


def practice_for_detail(membership, pk: int) -> Practice | None:
    """The practice if this member may see it; moderators also see practices
    taken offline, so they can lift a takedown."""
    visible = Practice.objects.visible_to(membership)
    if membership.is_moderator:
        visible = visible | Practice.objects.filter(
            publication=Practice.Publication.UNPUBLISHED
        )
    return (
        visible.select_related("organisation", "author")
        .prefetch_related("themes", "tags", "attachments")
        .filter(pk=pk)
        .first()
    )


def pending_memberships_for(membership):
    qs = Membership.objects.filter(status=Membership.Status.PENDING).select_related(
        "user", "organisation"
    )
    if membership.is_moderator:
        return qs
    return qs.filter(organisation_id=membership.organisation_id)


def organisation_size_class(organisation) -> str:
    try:
        return organisation.professional_profile.size_class
    except OrganisationProfile.DoesNotExist:
        return ""


def checklist_comparison(organisation):
    """Own answers and the anonymous averages of the same size class."""
    own = {a.item_key: a for a in organisation.checklist_answers.all()}
    size_class = organisation_size_class(organisation)
    rows = []
    if size_class:
        rows = list(
            ChecklistAnswer.objects.filter(
                organisation__professional_profile__size_class=size_class
            ).values_list("organisation_id", "item_key", "answer")
        )
    averages = checklist.checklist_averages(rows, exclude_organisation=organisation.pk)
    return own, averages, size_class
