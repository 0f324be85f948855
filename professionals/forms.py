"""Forms of the secure area. Every field renders through the one form layer
(core/forms.py): required fields say "(verplicht)" after the label."""

import unicodedata

from django import forms
from django.conf import settings
from django.db import models
from django.forms import inlineformset_factory
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag

from content.models import Organisation
from core.forms import NameChoiceField, PostcodeField
from core.models import Municipality
from gemeenten.models import LocalInitiative, LocalScheme, MunicipalityPage
from professionals import checklist
from professionals.models import (
    ChecklistAnswer,
    Membership,
    OrganisationProfile,
    Practice,
    PracticeQuestion,
)
from professionals.models.choices import Province, SizeClass
from professionals.services import membership_request_for
from professionals.uploads import attachment_problem

TAG_MAX_LENGTH = 90

# Every kind of organisation may join (issue 15: "all organisation types").
MEMBER_KINDS = list(Organisation.Kind)


class HttpsURLField(forms.URLField):
    """Addresses typed without a scheme get https:// (what a municipality uses)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("assume_scheme", "https")
        super().__init__(**kwargs)


class LabelSaysRequiredMixin:
    """No `required` attributes: the label says "(verplicht)" (the one field
    template, core/forms.py) and the server checks, once."""

    use_required_attribute = False


def member_organisations():
    """Organisations people may pick when they sign up (approved, open)."""
    return (
        Organisation.objects.filter(kind__in=MEMBER_KINDS)
        .exclude(professional_profile__open_for_signup=False)
        .exclude(
            professional_profile__approval__in=[
                OrganisationProfile.Approval.REQUESTED,
                OrganisationProfile.Approval.REJECTED,
            ]
        )
    )


MUNICIPALITY_UNKNOWN = _(
    "Deze gemeente kennen we niet. Typ een deel van de naam en kies je gemeente "
    "uit de lijst, bijvoorbeeld Zutphen."
)
ORGANISATION_UNKNOWN = _(
    "Deze organisatie staat niet in de lijst. Kies haar uit de lijst, of vink "
    "hieronder aan dat je een nieuwe organisatie aanvraagt."
)
ORGANISATION_NAME_TAKEN = _(
    "Er is al een organisatie met deze naam, maar je kunt haar hier niet kiezen. "
    "Vraag een collega of de redactie van Eenouderpunt om hulp."
)


class OrganisationChoiceForm(LabelSaysRequiredMixin, forms.Form):
    """Where you work: one of the 342 gemeenten, or another organisation (an
    existing one, or a new one the editors approve first).

    Both lists are text boxes with suggestions (core.forms.NameChoiceField): the
    browser filters them as you type, and they work without JavaScript.
    """

    kind = forms.ChoiceField(
        label=_("Wat voor organisatie is het?"),
        # The gemeente first: most people who sign up work for one.
        choices=sorted(
            Organisation.Kind.choices,
            key=lambda c: c[0] != Organisation.Kind.MUNICIPALITY,
        ),
        widget=forms.RadioSelect,
        error_messages={"required": _("Kies wat voor organisatie het is.")},
    )
    municipality = NameChoiceField(
        label=_("Bij welke gemeente werk je? (alleen als je bij een gemeente werkt)"),
        required=False,
        prefixes=["gemeente"],
        help_text=_("Typ een deel van de naam en kies je gemeente uit de lijst."),
        error_messages={"invalid_choice": MUNICIPALITY_UNKNOWN},
    )
    organisation = NameChoiceField(
        label=_("Naam van je organisatie (als je niet bij een gemeente werkt)"),
        required=False,
        help_text=_(
            "Typ een deel van de naam en kies je organisatie uit de lijst. Staat ze "
            "er niet bij? Typ dan de volledige naam en vink hieronder aan dat je "
            "haar aanvraagt."
        ),
        error_messages={"invalid_choice": ORGANISATION_UNKNOWN},
    )
    organisation_new = forms.BooleanField(
        label=_("Mijn organisatie staat niet in de lijst: vraag haar aan"),
        required=False,
        help_text=_(
            "De redactie van Eenouderpunt kijkt eerst of de organisatie bij het "
            "portaal past. Daarna word jij de beheerder ervan."
        ),
    )
    job_title = forms.CharField(
        label=_("Je functie (mag leeg blijven)"), max_length=100, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].set_choices(
            (m.name, m) for m in Municipality.objects.only("pk", "name", "slug")
        )
        self.fields["organisation"].set_choices(
            (o.name, o)
            for o in member_organisations()
            .exclude(kind=Organisation.Kind.MUNICIPALITY)
            .only("pk", "name", "kind")
        )
        self.fields["organisation"].widget.attrs["autocomplete"] = "organization"

    def full_clean(self):
        # A name that is not in the list is fine when a new organisation is
        # asked for: read it as text first, then let the field check it.
        self._new_name = ""
        if self.is_bound and self.data.get(self.add_prefix("organisation_new")):
            self._new_name = " ".join(
                str(self.data.get(self.add_prefix("organisation"), "")).split()
            )
        super().full_clean()

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind == Organisation.Kind.MUNICIPALITY:
            self.errors.pop("organisation", None)
            cleaned.pop("organisation", None)
            cleaned["organisation_new"] = False
            if not cleaned.get("municipality") and "municipality" not in self.errors:
                self.add_error(
                    "municipality",
                    _("Typ de naam van je gemeente en kies haar uit de lijst."),
                )
        elif kind:
            self.errors.pop("municipality", None)
            cleaned.pop("municipality", None)
            if cleaned.get("organisation_new") and "organisation" in self.errors:
                self.errors.pop("organisation")
            if cleaned.get("organisation_new") and not cleaned.get("organisation"):
                self._clean_new_organisation(cleaned)
            elif not cleaned.get("organisation") and "organisation" not in self.errors:
                self.add_error(
                    "organisation",
                    _("Typ de naam van je organisatie en kies haar uit de lijst."),
                )
        return cleaned

    def _clean_new_organisation(self, cleaned):
        name = self._new_name
        if len(name) < 3 or len(name) > 150:
            self.add_error(
                "organisation",
                _("Typ de volledige naam van je organisatie (3 tot 150 tekens)."),
            )
        elif (
            strip_tags(name) != name
            or "<" in name
            or ">" in name
            or any(unicodedata.category(char).startswith("C") for char in name)
        ):
            self.add_error(
                "organisation",
                _("Typ alleen de naam, zonder < of > of andere codes."),
            )
        elif Organisation.objects.filter(name__iexact=name).exists():
            self.add_error("organisation", ORGANISATION_NAME_TAKEN)
        else:
            cleaned["new_organisation_name"] = name

    def request_membership(self, user):
        """Store the request of this valid form: see services.membership_request_for."""
        return membership_request_for(
            user,
            kind=self.cleaned_data["kind"],
            municipality=self.cleaned_data.get("municipality"),
            organisation=self.cleaned_data.get("organisation"),
            new_organisation_name=self.cleaned_data.get("new_organisation_name", ""),
            job_title=self.cleaned_data.get("job_title", ""),
        )


class SignupExtraForm(OrganisationChoiceForm):
    """Extra fields on allauth's sign-up form: which organisation you work for."""

    def signup(self, request, user):
        self.request_membership(user)


class MembershipRequestForm(OrganisationChoiceForm):
    """The same choice on the waiting page, for an account without organisation."""


class PracticeForm(LabelSaysRequiredMixin, forms.ModelForm):
    attachment = forms.FileField(
        label=_("Bijlage toevoegen (mag leeg blijven)"),
        required=False,
        help_text=_(
            "PDF, Word, Excel, PowerPoint, OpenDocument, PNG of JPG. Hoogstens 10 MB. "
            "Zet geen gegevens van cliënten in een bijlage."
        ),
    )
    attachment_title = forms.CharField(
        label=_("Naam van de bijlage (mag leeg blijven)"),
        max_length=200,
        required=False,
    )

    class Meta:
        model = Practice
        fields = [
            "title",
            "summary",
            "aim",
            "target_group",
            "approach",
            "results",
            "funding",
            "partners",
            "status",
            "ended_reason",
            "size_class",
            "province",
            "region",
            "themes",
            "tags",
            "contact_name",
            "contact_email",
            "contact_phone",
            "source",
            "publication",
        ]
        widgets = {
            "themes": forms.CheckboxSelectMultiple,
            "publication": forms.RadioSelect,
            "status": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, membership=None, **kwargs):
        super().__init__(*args, **kwargs)
        publication = self.fields["publication"]
        publication.choices = [
            c for c in Practice.Publication.choices if c[0] != "offline"
        ]
        self.taken_offline = (
            self.instance.pk
            and self.instance.publication == Practice.Publication.UNPUBLISHED
            and not (membership and membership.is_moderator)
        )
        if self.taken_offline:
            publication.choices = Practice.Publication.choices
            publication.disabled = True
            publication.required = False
            publication.help_text = _(
                "Een moderator heeft dit voorbeeld offline gehaald. Vraag de "
                "moderator om het weer te publiceren."
            )
        if self.instance.status != Practice.Status.EXAMPLE:
            self.fields["status"].choices = [
                c for c in Practice.Status.choices if c[0] != Practice.Status.EXAMPLE
            ]
        self.fields["province"].choices = [
            ("", _("Kies een provincie (mag leeg blijven)")),
            *[c for c in self.fields["province"].choices if c[0]],
        ]
        self.fields["title"].widget.attrs["autocomplete"] = "off"
        self.fields["contact_email"].widget.attrs["autocomplete"] = "email"
        self.fields["contact_phone"].widget.attrs["autocomplete"] = "tel"

    def clean_tags(self):
        # taggit checks no length, and PostgreSQL refuses a name or slug past 100
        # characters; a slug may grow ("ﬃ" -> "ffi", "_1" when taken), so leave room.
        tags = self.cleaned_data["tags"]
        if any(
            len(t) > TAG_MAX_LENGTH or len(Tag().slugify(t)) > TAG_MAX_LENGTH
            for t in tags
        ):
            raise forms.ValidationError(
                _("Een trefwoord mag hoogstens %(limit)s tekens lang zijn."),
                params={"limit": TAG_MAX_LENGTH},
            )
        return tags

    def clean_publication(self):
        if self.taken_offline:
            return Practice.Publication.UNPUBLISHED
        return self.cleaned_data["publication"]

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return None
        head = upload.read(8192)
        upload.seek(0)
        problem = attachment_problem(
            upload.name, upload.size, head, settings.PROFESSIONALS_MAX_UPLOAD_BYTES
        )
        if problem:
            raise forms.ValidationError(problem)
        return upload

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("status") == Practice.Status.ENDED and not cleaned.get(
            "ended_reason"
        ):
            self.add_error(
                "ended_reason",
                _("Vertel kort waarom het is gestopt. Daar leren anderen van."),
            )
        return cleaned


class QuestionForm(LabelSaysRequiredMixin, forms.ModelForm):
    class Meta:
        model = PracticeQuestion
        fields = ["body"]
        labels = {"body": _("Je vraag of reactie")}
        help_texts = {
            "body": _(
                "Alle professionals zien je vraag. De auteur krijgt een e-mail. "
                "Noem geen namen of gegevens van cliënten."
            )
        }


class MunicipalityPageForm(LabelSaysRequiredMixin, forms.ModelForm):
    verified = forms.BooleanField(
        label=_("Ik heb alles op deze pagina gecontroleerd en het klopt"),
        required=False,
        help_text=_("Dan zien ouders de datum van vandaag als 'laatst gecontroleerd'."),
    )

    class Meta:
        model = MunicipalityPage
        field_classes = {"website": HttpsURLField}
        fields = [
            "intro",
            "front_door_name",
            "address",
            "phone",
            "email",
            "website",
            "walk_in_hours",
            "published",
        ]
        widgets = {"intro": forms.Textarea(attrs={"rows": 3})}

    def save(self, commit=True):
        page = super().save(commit=False)
        if self.cleaned_data.get("verified"):
            page.last_verified = timezone.localdate()
        if commit:
            page.save()
        return page


class LocalSchemeForm(LabelSaysRequiredMixin, forms.ModelForm):
    class Meta:
        model = LocalScheme
        fields = ["kind", "name", "summary", "url"]
        field_classes = {"url": HttpsURLField}
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}


class LocalInitiativeForm(LabelSaysRequiredMixin, forms.ModelForm):
    class Meta:
        model = LocalInitiative
        fields = ["name", "summary", "url"]
        field_classes = {"url": HttpsURLField}
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}


LocalSchemeFormSet = inlineformset_factory(
    MunicipalityPage,
    LocalScheme,
    form=LocalSchemeForm,
    extra=1,
    max_num=20,
    absolute_max=20,
    validate_max=True,
    can_delete=True,
)
LocalInitiativeFormSet = inlineformset_factory(
    MunicipalityPage,
    LocalInitiative,
    form=LocalInitiativeForm,
    extra=1,
    max_num=20,
    absolute_max=20,
    validate_max=True,
    can_delete=True,
)


class ChecklistForm(LabelSaysRequiredMixin, forms.Form):
    """One radio group and one note per checklist item."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for _key, _heading, items in checklist.CATEGORIES:
            for item_key, text in items:
                self.fields[f"answer_{item_key}"] = forms.ChoiceField(
                    label=text,
                    choices=ChecklistAnswer.Answer.choices,
                    widget=forms.RadioSelect,
                    required=False,
                )
                self.fields[f"note_{item_key}"] = forms.CharField(
                    label=_("Toelichting (mag leeg blijven)"),
                    max_length=1000,
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 2}),
                )

    def categories(self):
        """(heading, [(answer field, note field, average), ...]) for the template.

        The view sets `self.averages` (item key → checklist.ItemAverage)."""
        averages = getattr(self, "averages", {})
        for _key, heading, items in checklist.CATEGORIES:
            yield (
                heading,
                [
                    (self[f"answer_{key}"], self[f"note_{key}"], averages.get(key))
                    for key, _text in items
                ],
            )


class MembershipDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("approve", _("Goedkeuren")), ("reject", _("Afwijzen"))]
    )
    role = forms.ChoiceField(
        choices=[
            (Membership.Role.MEMBER, Membership.Role.MEMBER.label),
            (Membership.Role.ORG_ADMIN, Membership.Role.ORG_ADMIN.label),
        ],
        required=False,
    )


class PracticeFilterForm(LabelSaysRequiredMixin, forms.Form):
    """GET filters of the practice list; unknown values are ignored, never a 500."""

    q = forms.CharField(label=_("Zoekwoorden"), max_length=200, required=False)
    theme = forms.ChoiceField(label=_("Onderwerp"), required=False)
    tag = forms.ChoiceField(label=_("Trefwoord"), required=False)
    size_class = forms.ChoiceField(label=_("Grootte van de gemeente"), required=False)
    organisation_kind = forms.ChoiceField(label=_("Soort organisatie"), required=False)
    province = forms.ChoiceField(label=_("Provincie"), required=False)
    status = forms.ChoiceField(label=_("Status"), required=False)

    def __init__(self, *args, themes=(), tags=(), **kwargs):
        super().__init__(*args, **kwargs)
        every = [("", _("Alle"))]
        self.fields["theme"].choices = every + [(t.slug, t.name) for t in themes]
        self.fields["tag"].choices = every + [(t.slug, t.name) for t in tags]
        self.fields["size_class"].choices = every + list(SizeClass.choices)
        self.fields["organisation_kind"].choices = every + [
            (k.value, k.label) for k in MEMBER_KINDS
        ]
        self.fields["province"].choices = every + list(Province.choices)
        self.fields["status"].choices = every + list(Practice.Status.choices)

    def filters(self) -> dict:
        self.is_valid()
        return {k: v for k, v in self.cleaned_data.items() if v}


class EmbedSnippetForm(forms.Form):
    """What a member wants to show on their own website (GET, nothing is stored)."""

    class Kind(models.TextChoices):
        MUNICIPALITY = "gemeente", _("Het aanbod van een gemeente")
        GROUPS = "lotgenoten", _("Lotgenotengroepen bij een postcode")
        SCHEMES = "regelingen", _("De lijst met regelingen")

    soort = forms.ChoiceField(
        label=_("Wat wil je laten zien?"),
        choices=Kind.choices,
        widget=forms.RadioSelect,
        initial=Kind.MUNICIPALITY,
    )
    gemeente = forms.ModelChoiceField(
        label=_("Gemeente"),
        help_text=_("Alleen nodig voor het aanbod van een gemeente."),
        queryset=Municipality.objects.order_by("name"),
        to_field_name="slug",
        required=False,
    )
    postcode = PostcodeField(
        required=False,
        help_text=_(
            "Alleen nodig voor lotgenotengroepen. Leeg: bezoekers vullen zelf hun "
            "postcode in."
        ),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("soort") == self.Kind.MUNICIPALITY and not cleaned.get(
            "gemeente"
        ):
            self.add_error("gemeente", _("Kies een gemeente."))
        return cleaned


class LocalOfferImportForm(LabelSaysRequiredMixin, forms.Form):
    """Upload of local schemes and initiatives (professionals/local_offer_io.py)."""

    file = forms.FileField(
        label=_("Bestand (CSV of JSON)"),
        help_text=_(
            "Gebruik de opbouw van de export: de kolommen type, kind, name, summary "
            "en url. Hoogstens 1 MB en 200 regels."
        ),
        error_messages={
            "required": _("Kies een bestand."),
            "empty": _("Het bestand is leeg."),
        },
    )
    replace = forms.BooleanField(
        label=_(
            "Regelingen en initiatieven die niet in het bestand staan, verwijderen"
        ),
        required=False,
    )
    dry_run = forms.BooleanField(
        label=_("Alleen controleren: nog niets opslaan"),
        required=False,
        initial=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].widget.attrs["accept"] = (
            ".csv,.json,text/csv,application/json"
        )
