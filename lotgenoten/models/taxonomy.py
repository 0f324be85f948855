"""Who a group is especially for."""

from django.utils.translation import gettext_lazy as _

from content.models import TaxonomyTerm
from core.public_content import PublicContent


class TargetGroup(PublicContent, TaxonomyTerm):
    """Who a group is especially for: young parents, fathers, widowed parents, …"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
