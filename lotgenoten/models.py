"""Peer groups (lotgenotengroepen), sign-ups and requests to start a group."""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

# Paths under /lotgenoten/ that are not groups; no group may take them as slug.
RESERVED_SLUGS = {"zelf-starten", "bijwerken", "meedoen"}

# From this time on a meeting counts as "outside working hours" (evening).
EVENING_FROM = datetime.time(17, 0)


class TargetGroup(models.Model):
    """Who a group is especially for: young parents, fathers, widowed parents, …"""

    name = models.CharField(_("naam"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")

    def __str__(self):
        return self.name


class PeerGroup(
    DraftStateMixin, RevisionMixin, PreviewableMixin, index.Indexed, ClusterableModel
):
    """A group where single parents meet each other (DESIGN.md §4)."""

    class Weekday(models.IntegerChoices):
        MONDAY = 1, _("maandag")
        TUESDAY = 2, _("dinsdag")
        WEDNESDAY = 3, _("woensdag")
        THURSDAY = 4, _("donderdag")
        FRIDAY = 5, _("vrijdag")
        SATURDAY = 6, _("zaterdag")
        SUNDAY = 7, _("zondag")

    class Frequency(models.TextChoices):
        WEEKLY = "wekelijks", _("elke week")
        FORTNIGHTLY = "tweewekelijks", _("om de week")
        MONTHLY = "maandelijks", _("1 keer per maand")
        OTHER = "anders", _("anders (zie de tekst)")

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

    # Who runs it
    organiser = models.ForeignKey(
        "content.Organisation",
        verbose_name=_("organisator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="peer_groups",
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=100, blank=True)
    contact_role = models.CharField(
        _("rol van de contactpersoon"),
        max_length=100,
        blank=True,
        help_text=_("Bijvoorbeeld sociaal werker."),
    )
    contact_phone = models.CharField(
        _("telefoon (openbaar)"), max_length=30, blank=True
    )
    contact_email = models.EmailField(_("e-mail (openbaar)"), blank=True)
    notify_email = models.EmailField(
        _("e-mail voor aanmeldingen"),
        blank=True,
        help_text=_(
            "Niet openbaar. Hier komen aanmeldingen en herinneringen binnen. "
            "Leeg: het e-mailadres van de organisator."
        ),
    )
    managers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beheerders"),
        blank=True,
        related_name="managed_peer_groups",
        help_text=_("Alleen zij zien de aanmeldingen voor deze groep."),
    )

    # Where
    is_online = models.BooleanField(_("online"), default=False)
    venue_name = models.CharField(_("naam van de plek"), max_length=120, blank=True)
    address = models.CharField(_("adres"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    place = models.CharField(_("plaats"), max_length=100, blank=True)
    getting_there = models.TextField(_("hoe kom je er"), blank=True)
    accessibility = models.TextField(_("toegankelijkheid"), blank=True)
    manual_coordinates = models.BooleanField(
        _("coördinaten zelf ingevuld"),
        default=False,
        help_text=_("Uit: de coördinaten komen van het midden van de postcode."),
    )
    latitude = models.FloatField(_("breedtegraad"), null=True, blank=True)
    longitude = models.FloatField(_("lengtegraad"), null=True, blank=True)
    municipality = models.ForeignKey(
        "eenouderpunt.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="peer_groups",
        help_text=_("Leeg: volgt uit de postcode."),
    )

    # When
    weekday = models.PositiveSmallIntegerField(
        _("dag"), choices=Weekday.choices, null=True, blank=True
    )
    start_time = models.TimeField(_("begintijd"), null=True, blank=True)
    end_time = models.TimeField(_("eindtijd"), null=True, blank=True)
    frequency = models.CharField(
        _("hoe vaak"), max_length=20, choices=Frequency.choices, blank=True
    )
    schedule_text = models.CharField(
        _("wanneer (tekst)"),
        max_length=200,
        blank=True,
        help_text=_(
            "Bijvoorbeeld: elke eerste dinsdag van de maand, niet in de zomer."
        ),
    )
    outside_working_hours = models.BooleanField(
        _("'s avonds of in het weekend"),
        default=False,
        editable=False,
        db_index=True,
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

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("slug"),
                FieldPanel("description"),
                FieldPanel("for_whom"),
                FieldPanel("method"),
                FieldPanel("target_groups"),
                FieldPanel("themes"),
                FieldPanel("is_example"),
            ],
            heading=_("De groep"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_role")]),
                FieldRowPanel(
                    [FieldPanel("contact_phone"), FieldPanel("contact_email")]
                ),
                FieldPanel("notify_email"),
                FieldPanel("managers"),
            ],
            heading=_("Organisator en contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("is_online"),
                FieldPanel("venue_name"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("place")]),
                FieldPanel("getting_there"),
                FieldPanel("accessibility"),
                FieldPanel("municipality"),
                FieldPanel("manual_coordinates"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Waar"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [
                        FieldPanel("weekday"),
                        FieldPanel("start_time"),
                        FieldPanel("end_time"),
                    ]
                ),
                FieldPanel("frequency"),
                FieldPanel("schedule_text"),
            ],
            heading=_("Wanneer"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("cost_note")]),
                FieldRowPanel(
                    [FieldPanel("childcare"), FieldPanel("children_welcome")]
                ),
                FieldPanel("languages"),
                FieldPanel("join_method"),
                FieldPanel("join_note"),
            ],
            heading=_("Praktisch"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("last_confirmed")],
            heading=_("Klopt het nog?"),
        ),
    ]

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

    def frontend_cache_paths(self) -> list[str]:
        """The public pages that show this group, for the CDN purge."""
        return [self.get_absolute_url()]

    @classmethod
    def search_queryset(cls):
        """What the site search (/zoeken/) may show: published, active groups."""
        return cls.objects.filter(live=True, status=cls.Status.ACTIVE)

    def get_preview_template(self, request, mode_name):
        return "lotgenoten/group_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"group": self, "is_preview": True}

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError({"slug": _("Dit webadres is al in gebruik.")})
        if not self.is_online and not self.postcode:
            raise ValidationError(
                {"postcode": _("Vul een postcode in, of vink 'online' aan.")}
            )
        if self.postcode:
            from eenouderpunt.postcodes import parse_pc4, postcode_area_get

            pc4 = parse_pc4(self.postcode)
            if pc4 is None or postcode_area_get(pc4) is None:
                raise ValidationError({"postcode": _("Deze postcode kennen we niet.")})
        if self.manual_coordinates and (
            self.latitude is None or self.longitude is None
        ):
            raise ValidationError(
                {"latitude": _("Vul breedtegraad en lengtegraad allebei in.")}
            )

    def save(self, *args, **kwargs):
        self.derive_location()
        self.outside_working_hours = schedule_is_outside_working_hours(
            self.weekday, self.start_time
        )
        super().save(*args, **kwargs)

    def derive_location(self):
        """Coordinates and municipality from the postcode's PC4 centre, unless set."""
        from eenouderpunt.postcodes import parse_pc4, postcode_area_get

        pc4 = parse_pc4(self.postcode)
        area = postcode_area_get(pc4) if pc4 else None
        if area is None:
            if not self.manual_coordinates:
                self.latitude = self.longitude = None
            return
        if not self.manual_coordinates:
            self.latitude, self.longitude = area.latitude, area.longitude
        if self.municipality_id is None:
            self.municipality_id = area.municipality_id
        if not self.place:
            self.place = area.place

    @property
    def schedule_display(self) -> str:
        """'Elke week op dinsdag 9.30–11.00 uur', or the editor's own text."""
        if self.schedule_text:
            return self.schedule_text
        parts = []
        if self.frequency and self.frequency != self.Frequency.OTHER:
            parts.append(str(self.get_frequency_display()))
        if self.weekday:
            parts.append(gettext("op %(day)s") % {"day": self.get_weekday_display()})
        if self.start_time:
            times = _clock(self.start_time)
            if self.end_time:
                times += "–" + _clock(self.end_time)
            parts.append(gettext("%(times)s uur") % {"times": times})
        return capfirst(" ".join(parts)) or gettext("Vraag het de organisator")

    @property
    def is_public(self) -> bool:
        return self.live and self.status == self.Status.ACTIVE

    @property
    def signup_email(self) -> str:
        """Where sign-ups go: the group's private address, else the organiser's."""
        if self.notify_email:
            return self.notify_email
        return self.organiser.email if self.organiser_id and self.organiser else ""


def _clock(value: datetime.time) -> str:
    return f"{value.hour}.{value.minute:02d}"


def schedule_is_outside_working_hours(weekday, start_time) -> bool:
    """Evening (from 17:00) or weekend: the times working parents can come."""
    if weekday in (PeerGroup.Weekday.SATURDAY, PeerGroup.Weekday.SUNDAY):
        return True
    return start_time is not None and start_time >= EVENING_FROM


class SignUp(models.Model):
    """A parent's "Ik wil meedoen" for a group. Deleted 90 days after it is closed."""

    shown_on_public_pages = False  # saving one keeps the page cache (page_cache.py)

    class Status(models.TextChoices):
        NEW = "nieuw", _("Nieuw")
        CONTACTED = "contact", _("Contact opgenomen")
        CLOSED = "afgesloten", _("Afgesloten")

    group = models.ForeignKey(
        PeerGroup,
        verbose_name=_("groep"),
        on_delete=models.CASCADE,
        related_name="signups",
    )
    name = models.CharField(_("voornaam of bijnaam"), max_length=60)
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("telefoon"), max_length=20, blank=True)
    message = models.TextField(_("bericht"), blank=True, max_length=1000)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NEW,
        db_index=True,
    )
    created_at = models.DateTimeField(_("aangemeld op"), default=timezone.now)
    handled_at = models.DateTimeField(_("behandeld op"), null=True, blank=True)
    closed_at = models.DateTimeField(
        _("afgesloten op"), null=True, blank=True, db_index=True
    )
    reminder_sent_at = models.DateTimeField(
        _("herinnering verstuurd op"), null=True, blank=True
    )

    panels = [FieldPanel("status")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("aanmelding")
        verbose_name_plural = _("aanmeldingen")

    def __str__(self):
        return f"{self.name} ({self.group})"

    def save(self, *args, **kwargs):
        now = timezone.now()
        if self.status != self.Status.NEW and self.handled_at is None:
            self.handled_at = now
        if self.status == self.Status.CLOSED and self.closed_at is None:
            self.closed_at = now
        if self.status != self.Status.CLOSED:
            self.closed_at = None
        super().save(*args, **kwargs)


class GroupRequest(models.Model):
    """'Start zelf een groep': a parent or professional asks for help to start one."""

    shown_on_public_pages = False  # saving one keeps the page cache (page_cache.py)

    class Role(models.TextChoices):
        PARENT = "ouder", _("Ik ben ouder")
        PROFESSIONAL = "professional", _("Ik werk bij een organisatie of gemeente")

    role = models.CharField(_("wie ben je"), max_length=20, choices=Role.choices)
    name = models.CharField(_("naam"), max_length=100)
    email = models.EmailField(_("e-mail"))
    place = models.CharField(_("plaats of postcode"), max_length=100)
    message = models.TextField(_("wat heb je in gedachten"), max_length=2000)
    consent_at = models.DateTimeField(_("toestemming gegeven op"))
    created_at = models.DateTimeField(_("ontvangen op"), default=timezone.now)
    handled = models.BooleanField(_("afgehandeld"), default=False)

    panels = [FieldPanel("handled")]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("verzoek nieuwe groep")
        verbose_name_plural = _("verzoeken nieuwe groep")

    def __str__(self):
        return f"{self.name}, {self.place}"


class OrganiserLinkUse(models.Model):
    """An organiser's one-click link that has done its action: it works only once.

    Only a hash of the link is kept, and only while the link could still work.
    """

    shown_on_public_pages = False  # saving one keeps the page cache (page_cache.py)

    token_hash = models.CharField(max_length=64, unique=True)
    group = models.ForeignKey(PeerGroup, on_delete=models.CASCADE, related_name="+")
    action = models.CharField(max_length=20)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("gebruikte organisatorlink")
        verbose_name_plural = _("gebruikte organisatorlinks")

    def __str__(self):
        return f"{self.group_id}: {self.action}"
