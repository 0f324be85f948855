"""Workshops, meetings and webinars: an event once, or repeating weekly or monthly.

Dates are stored as moments (UTC) and read in Europe/Amsterdam. A repeating event
keeps its clock time across summer and winter time. Repeats come from
python-dateutil's rrule, never from hand-written rules, and are capped: a rule
without an end gives at most MAX_OCCURRENCES dates within REPEAT_HORIZON.

Past events and past dates disappear by themselves: `series_ends_at` (the end
of the last date) is computed on save, and lists filter on it against the clock.
"""

import datetime
import itertools
from zoneinfo import ZoneInfo

from dateutil import rrule
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.models import DraftStateMixin, PreviewableMixin, RevisionMixin
from wagtail.search import index

from core.public_content import PublicContent
from lotgenoten.models.contact import GroupContact
from lotgenoten.models.place import MeetingPlace
from lotgenoten.models.schedule import EVENING_FROM
from lotgenoten.models.taxonomy import TargetGroup

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
# A repeating event shows at most this many dates, and none beyond the horizon
# after its first date: a rule that never ends cannot make an endless list.
MAX_OCCURRENCES = 52
REPEAT_HORIZON = datetime.timedelta(days=366)
# Paths under /agenda/ that are not events.
RESERVED_EVENT_SLUGS = {"aanmelden", "bijwerken"}


class EventQuerySet(models.QuerySet):
    def public(self, now: datetime.datetime | None = None):
        """Events parents may see: published, approved, not yet over."""
        return self.filter(
            live=True,
            review=Event.Review.APPROVED,
            series_ends_at__gte=now or timezone.now(),
        )


class Event(
    PublicContent,
    DraftStateMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    GroupContact,
    MeetingPlace,
    ClusterableModel,
):
    """A workshop, meeting or webinar for single parents (issue 14)."""

    class Repeat(models.TextChoices):
        NONE = "", _("Eén keer")
        WEEKLY = "wekelijks", _("Elke week")
        MONTHLY = "maandelijks", _("Elke maand (zelfde week en dag)")

    class JoinMethod(models.TextChoices):
        OPEN = "open", _("Je kunt gewoon komen")
        SIGN_UP = "aanmelden", _("Meld je aan via Eenouderpunt")
        LINK = "link", _("Meld je aan bij de organisator")

    class Review(models.TextChoices):
        WAITING = "wacht", _("Wacht op goedkeuring")
        APPROVED = "goedgekeurd", _("Goedgekeurd")

    # Overrides of the shared parts: their reverse names are the groups'.
    organiser = models.ForeignKey(
        "content.Organisation",
        verbose_name=_("organisator"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        help_text=_("Leeg: volgt uit de postcode."),
    )

    title = models.CharField(_("titel"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        unique=True,
        help_text=_("Het laatste deel van het webadres."),
    )
    description = models.TextField(
        _("wat er gebeurt"),
        max_length=4000,
        help_text=_("In eenvoudige woorden (B1): wat doe je er, wat heb je eraan?"),
    )
    target_groups = ParentalManyToManyField(
        TargetGroup, verbose_name=_("voor wie"), blank=True, related_name="events"
    )
    themes = ParentalManyToManyField(
        "content.Theme",
        verbose_name=_("onderwerpen"),
        blank=True,
        related_name="events",
    )
    is_example = models.BooleanField(
        _("voorbeeld"),
        default=False,
        help_text=_("Voorbeelddata: de pagina zegt dan 'Voorbeeld'."),
    )
    managers = ParentalManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("beheerders"),
        blank=True,
        related_name="managed_events",
        help_text=_("Alleen zij zien de aanmeldingen."),
    )

    starts_at = models.DateTimeField(_("begint"))
    ends_at = models.DateTimeField(_("eindigt"))
    repeat = models.CharField(
        _("herhalen"), max_length=20, choices=Repeat.choices, blank=True
    )
    repeat_until = models.DateField(
        _("herhalen tot en met"),
        null=True,
        blank=True,
        help_text=_("Leeg: hoogstens een jaar, tot 52 keer."),
    )
    series_ends_at = models.DateTimeField(editable=False, db_index=True, null=True)
    evening_or_weekend = models.BooleanField(
        _("'s avonds of in het weekend"), default=False, editable=False
    )

    is_free = models.BooleanField(_("gratis"), default=True)
    cost_note = models.CharField(_("kosten"), max_length=120, blank=True)
    childcare = models.BooleanField(_("kinderopvang"), default=False)
    join_method = models.CharField(
        _("hoe doe je mee"),
        max_length=20,
        choices=JoinMethod.choices,
        default=JoinMethod.OPEN,
    )
    join_url = models.URLField(
        _("link om je aan te melden"),
        max_length=300,
        blank=True,
        help_text=_("Alleen als je je bij de organisator aanmeldt."),
    )

    review = models.CharField(
        _("goedkeuring"),
        max_length=20,
        choices=Review.choices,
        default=Review.APPROVED,
        db_index=True,
        help_text=_(
            "Activiteiten van professionals komen pas online als de redactie ze "
            "goedkeurt."
        ),
    )
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    objects = EventQuerySet.as_manager()

    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("description"),
        index.SearchField("place"),
        index.AutocompleteField("title"),
        index.FilterField("live"),
        index.FilterField("review"),
        index.FilterField("series_ends_at"),
    ]

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("activiteit")
        verbose_name_plural = _("activiteiten")
        indexes = [models.Index(fields=["latitude", "longitude"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("lotgenoten:event_detail", kwargs={"slug": self.slug})

    def public_paths(self) -> list[str]:
        return [self.get_absolute_url(), reverse("lotgenoten:agenda")]

    @classmethod
    def search_queryset(cls):
        """What the site search may show: public, upcoming events."""
        return cls.objects.public()

    def get_preview_template(self, request, mode_name):
        return "lotgenoten/event_detail.html"

    def get_preview_context(self, request, mode_name):
        return {
            "event": self,
            "occurrences": self.occurrences()[:6],
            "is_preview": True,
        }

    # --- Checks -------------------------------------------------------------

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_EVENT_SLUGS:
            errors["slug"] = _("Dit webadres is al in gebruik.")
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("Het einde moet na het begin liggen.")
        elif self.starts_at and self.ends_at:
            if self.ends_at - self.starts_at > datetime.timedelta(days=14):
                errors["ends_at"] = _(
                    "Een activiteit duurt hoogstens 2 weken. Herhaalt hij? Kies "
                    "dan bij 'herhalen'."
                )
        if self.repeat_until and self.starts_at:
            if self.repeat_until < timezone.localtime(self.starts_at, AMSTERDAM).date():
                errors["repeat_until"] = _(
                    "Deze datum ligt voor het begin. Kies een latere datum."
                )
        if self.join_method == self.JoinMethod.LINK and not self.join_url:
            errors["join_url"] = _("Vul de link in waar ouders zich aanmelden.")
        if errors:
            raise ValidationError(errors)
        self.clean_place()

    def clean_place(self):
        if self.is_online:
            return
        super().clean_place()

    def save(self, *args, **kwargs):
        self.series_ends_at = self._series_end()
        self.evening_or_weekend = self._evening_or_weekend()
        super().save(*args, **kwargs)

    # --- Dates --------------------------------------------------------------

    @property
    def duration(self) -> datetime.timedelta:
        return self.ends_at - self.starts_at

    def _rule(self):
        """The rrule of the dates (local wall-clock times), or None for once."""
        if not self.repeat or not self.starts_at:
            return None
        local = timezone.localtime(self.starts_at, AMSTERDAM).replace(tzinfo=None)
        horizon = local + REPEAT_HORIZON
        until = horizon
        if self.repeat_until:
            until = min(
                horizon,
                datetime.datetime.combine(self.repeat_until, datetime.time.max),
            )
        if self.repeat == self.Repeat.WEEKLY:
            return rrule.rrule(rrule.WEEKLY, dtstart=local, until=until)
        # Monthly on the same weekday of the same week: "every 2nd Tuesday";
        # a start in the 5th week means "the last … of the month".
        nth = (local.day - 1) // 7 + 1
        weekday = rrule.weekdays[local.weekday()](-1 if nth == 5 else nth)
        return rrule.rrule(
            rrule.MONTHLY,
            dtstart=local,
            until=until,
            byweekday=weekday,
        )

    def starts(self) -> list[datetime.datetime]:
        """Every start (aware, Amsterdam), capped; the single start for once."""
        rule = self._rule()
        if rule is None:
            return (
                [timezone.localtime(self.starts_at, AMSTERDAM)]
                if self.starts_at
                else []
            )
        # until= and islice together: RFC 5545 forbids count with until.
        capped = itertools.islice(rule, MAX_OCCURRENCES)
        return [start.replace(tzinfo=AMSTERDAM) for start in capped]

    def occurrences(
        self, after: datetime.datetime | None = None
    ) -> list[tuple[datetime.datetime, datetime.datetime]]:
        """(start, end) of the dates not yet over at `after` (default: now)."""
        after = after or timezone.now()
        duration = self.duration
        return [
            (start, start + duration)
            for start in self.starts()
            if start + duration >= after
        ]

    def next_occurrence(self, after=None):
        found = self.occurrences(after)
        return found[0] if found else None

    def _series_end(self):
        starts = self.starts()
        if not starts or not self.ends_at:
            return None
        return starts[-1] + self.duration

    def _evening_or_weekend(self) -> bool:
        if not self.starts_at:
            return False
        local = timezone.localtime(self.starts_at, AMSTERDAM)
        return local.weekday() >= 5 or local.time() >= EVENING_FROM

    @property
    def is_public(self) -> bool:
        return (
            self.live
            and self.review == self.Review.APPROVED
            and self.series_ends_at is not None
            and self.series_ends_at >= timezone.now()
        )
