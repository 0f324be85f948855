"""The peer group itself: what it is, who runs it, and whether it still runs."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from core.public_content import PublicContent
from lotgenoten.models.contact import GroupContact
from lotgenoten.models.place import MeetingPlace
from lotgenoten.models.schedule import MeetingSchedule
from lotgenoten.models.taxonomy import TargetGroup

# Paths under /lotgenoten/ that are not groups; no group may take them as slug.
RESERVED_SLUGS = {"zelf-starten", "bijwerken", "meedoen", "aanmeldingen"}


class PeerGroupQuerySet(models.QuerySet):
    def public(self):
        """Groups parents may see: published and active (not stopped, not hidden)."""
        return self.filter(live=True, status=PeerGroup.Status.ACTIVE)


class PeerGroup(
    PublicContent,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    GroupContact,
    MeetingPlace,
    MeetingSchedule,
    ClusterableModel,
):
    """A group where single parents meet each other (DESIGN.md §4).

    Who to contact, where and when it meets are in GroupContact, MeetingPlace and
    MeetingSchedule; the editor's form is PeerGroupViewSet.panels (wagtail_hooks.py).
    """

    class JoinMethod(models.TextChoices):
        WALK_IN = "binnenlopen", _("Je kunt gewoon binnenlopen")
        CONTACT_FIRST = "eerst-contact", _("Neem eerst contact op")

    class Status(models.TextChoices):
        ACTIVE = "actief", _("Actief")
        PAUSED = "gepauzeerd", _("Tijdelijk gestopt")
        STOPPED = "gestopt", _("Gestopt")
        UNCONFIRMED = "onbevestigd", _("Verborgen: niet bevestigd")

    # What it is
    name = models.CharField(_("naam"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Het laatste deel van het webadres, bijvoorbeeld koffie-in-oost."),
    )
    description = models.TextField(
        _("wat er gebeurt"),
        help_text=_("In eenvoudige woorden (B1): wat doe je er, hoe voelt het?"),
    )
    method = models.CharField(
        _("werkwijze"),
        max_length=120,
        blank=True,
        help_text=_("Bijvoorbeeld Meet the Parents."),
    )
    for_whom = models.TextField(_("voor wie"), blank=True)
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("doelgroepen"), blank=True, related_name="groups"
    )
    themes = ParentalManyToManyField(
        "content.Theme",
        verbose_name=_("onderwerpen"),
        blank=True,
        related_name="peer_groups",
    )
    is_example = models.BooleanField(
        _("voorbeeldgroep"),
        default=False,
        help_text=_("Voorbeelddata: de pagina zegt dan 'Voorbeeldgroep'."),
    )

    # Who runs it (organiser and public contact: GroupContact)
    managers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beheerders"),
        blank=True,
        related_name="managed_peer_groups",
        help_text=_("Alleen zij zien de aanmeldingen voor deze groep."),
    )

    # Practical
    is_free = models.BooleanField(_("gratis"), default=True)
    cost_note = models.CharField(
        _("kosten"),
        max_length=120,
        blank=True,
        help_text=_("Als het niet gratis is: hoeveel, en of er korting is."),
    )
    childcare = models.BooleanField(_("kinderopvang tijdens de groep"), default=False)
    children_welcome = models.BooleanField(_("kinderen mogen mee"), default=False)
    languages = models.CharField(
        _("talen"), max_length=120, blank=True, default="Nederlands"
    )
    join_method = models.CharField(
        _("hoe doe je mee"),
        max_length=20,
        choices=JoinMethod.choices,
        default=JoinMethod.CONTACT_FIRST,
    )
    join_note = models.TextField(_("meer over meedoen"), blank=True)

    # Keeping it true
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.ACTIVE,
        db_index=True,
    )
    last_confirmed = models.DateField(
        _("laatst bevestigd"), default=datetime.date.today, db_index=True
    )
    confirmation_requested_at = models.DateTimeField(
        _("bevestiging gevraagd op"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = PeerGroupQuerySet.as_manager()

    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("description"),
        index.SearchField("place"),
        index.AutocompleteField("name"),
        index.FilterField("live"),
        index.FilterField("status"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("lotgenotengroep")
        verbose_name_plural = _("lotgenotengroepen")
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("lotgenoten:detail", kwargs={"slug": self.slug})

    def public_paths(self) -> list[str]:
        """The public pages that show this group, for the CDN purge."""
        return [self.get_absolute_url()]

    @classmethod
    def search_queryset(cls):
        """What the site search (/zoeken/) may show: published, active groups."""
        return cls.objects.public()

    def get_preview_template(self, request, mode_name):
        return "lotgenoten/group_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"group": self, "is_preview": True}

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Dit webadres is al in gebruik.")})
        self.clean_place()

    @property
    def is_public(self) -> bool:
        return self.live and self.status == self.Status.ACTIVE
