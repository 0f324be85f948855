"""Praktijkvoorbeelden: what one organisation learned, shared with all members."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager

from professionals.models.choices import Province, SizeClass


class PrivateStorage(FileSystemStorage):
    """Files outside MEDIA_ROOT: only a view that checks access may serve them.

    The location is read from settings on every use, so tests can change it.
    """

    @property
    def base_location(self):
        return settings.PRIVATE_MEDIA_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None

    def url(self, name):
        raise NotImplementedError("Private files have no public URL.")


def _private_storage():
    """The "private" storage of settings.STORAGES: this disk, or a private bucket."""
    from django.core.files.storage import storages

    return storages["private"]


class PracticeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication=Practice.Publication.PUBLISHED)

    def visible_to(self, membership):
        """Published practices, plus drafts of the member's own organisation."""
        return self.filter(
            models.Q(publication=Practice.Publication.PUBLISHED)
            | models.Q(organisation_id=membership.organisation_id)
        )


class Practice(models.Model):
    class Status(models.TextChoices):
        RUNNING = "loopt", _("Loopt nog")
        ENDED = "gestopt", _("Gestopt")
        EXAMPLE = "voorbeeld", _("Voorbeeld uit onderzoek")

    class Publication(models.TextChoices):
        DRAFT = "concept", _("Concept (alleen eigen organisatie)")
        PUBLISHED = "gepubliceerd", _("Gepubliceerd voor alle professionals")
        UNPUBLISHED = "offline", _("Offline gehaald door een moderator")

    title = models.CharField(_("titel"), max_length=160)
    summary = models.TextField(
        _("samenvatting"),
        max_length=600,
        help_text=_("In twee of drie zinnen: wat doen jullie en voor wie?"),
    )
    aim = models.TextField(_("doel"), blank=True)
    target_group = models.TextField(_("doelgroep"), blank=True)
    approach = models.TextField(_("aanpak"), blank=True)
    results = models.TextField(_("resultaten en evaluatie"), blank=True)
    funding = models.TextField(_("financiering"), blank=True)
    partners = models.TextField(_("partners"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RUNNING
    )
    ended_reason = models.TextField(_("waarom gestopt"), blank=True)
    size_class = models.CharField(
        _("grootte van de gemeente"),
        max_length=12,
        choices=SizeClass.choices,
        default=SizeClass.NOT_APPLICABLE,
    )
    province = models.CharField(
        _("provincie"), max_length=20, choices=Province.choices, blank=True
    )
    region = models.CharField(_("regio of wijk"), max_length=100, blank=True)
    themes = models.ManyToManyField(
        "content.Theme",
        verbose_name=_("onderwerpen"),
        blank=True,
        related_name="practices",
    )
    tags = TaggableManager(
        verbose_name=_("trefwoorden"),
        blank=True,
        help_text=_("Gescheiden door komma's, bijvoorbeeld: kinderopvang, werkcoach"),
    )
    contact_name = models.CharField(_("contactpersoon"), max_length=100, blank=True)
    contact_email = models.EmailField(_("e-mail contactpersoon"), blank=True)
    contact_phone = models.CharField(
        _("telefoon contactpersoon"), max_length=30, blank=True
    )
    source = models.CharField(
        _("bron"),
        max_length=300,
        blank=True,
        help_text=_("Waar komt dit voorbeeld vandaan? Bijvoorbeeld een rapport."),
    )
    organisation = models.ForeignKey(
        "content.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.CASCADE,
        related_name="practices",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="practices",
    )
    publication = models.CharField(
        _("publicatie"),
        max_length=12,
        choices=Publication.choices,
        default=Publication.DRAFT,
        db_index=True,
    )
    created_at = models.DateTimeField(_("aangemaakt op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    objects = PracticeQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at", "-pk"]
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("professionals:practice_detail", args=[self.pk])


def _attachment_path(instance, filename):
    # A random name: the original name is kept in a field, never in the path.
    import uuid
    from pathlib import PurePath

    return f"praktijkvoorbeelden/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()}"


class PracticeAttachment(models.Model):
    practice = models.ForeignKey(
        Practice,
        verbose_name=_("praktijkvoorbeeld"),
        on_delete=models.CASCADE,
        related_name="attachments",
    )
    file = models.FileField(
        _("bestand"), upload_to=_attachment_path, storage=_private_storage
    )
    original_name = models.CharField(_("bestandsnaam"), max_length=200)
    content_type = models.CharField(_("soort bestand"), max_length=100)
    size = models.PositiveIntegerField(_("grootte in bytes"))
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("toegevoegd op"), auto_now_add=True)

    class Meta:
        ordering = ["uploaded_at", "pk"]
        verbose_name = _("bijlage")
        verbose_name_plural = _("bijlagen")

    def __str__(self):
        return self.original_name

    def get_absolute_url(self):
        return reverse("professionals:attachment_download", args=[self.pk])


class PracticeQuestion(models.Model):
    """'Stel een vraag': a short thread under a practice, visible to all members."""

    practice = models.ForeignKey(
        Practice,
        verbose_name=_("praktijkvoorbeeld"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("auteur"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("vraag of reactie"), max_length=2000)
    created_at = models.DateTimeField(_("geplaatst op"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("vraag")
        verbose_name_plural = _("vragen")

    def __str__(self):
        return self.body[:50]
