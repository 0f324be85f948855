"""The public representation of each resource: Dutch camelCase names, public fields only.

Field lists are explicit (never `__all__`): a field added to a model stays out of
the open data until someone decides it is public. Peer groups never carry contact
details (name, phone, e-mail of a contact person, the sign-up address) nor the
street address: the group page shows those to parents who want to join, the open
data does not spread them further.
"""

from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from gemeenten.models import LocalInitiative, LocalScheme, MunicipalityPage
from lotgenoten.models import Event, PeerGroup
from regelingen.models import Scheme


def _absolute(serializer, path: str) -> str:
    request = serializer.context.get("request")
    return request.build_absolute_uri(path) if request else path


class TermSerializer(serializers.Serializer):
    naam = serializers.CharField(source="name")
    slug = serializers.SlugField()


class SourceSerializer(serializers.Serializer):
    titel = serializers.CharField()
    url = serializers.URLField()


class SchemeSerializer(serializers.ModelSerializer):
    """A national scheme, municipal scheme or fund (level: landelijk, gemeentelijk, fonds)."""

    naam = serializers.CharField(source="name")
    officieleNaam = serializers.CharField(source="official_name")
    samenvatting = serializers.CharField(source="summary")
    niveau = serializers.ChoiceField(source="level", choices=Scheme.Level.choices)
    aanbieder = serializers.CharField(source="provider.name")
    aanbiederWebsite = serializers.CharField(source="provider.website")
    voorWie = serializers.CharField(source="for_whom")
    watKrijgJe = serializers.CharField(source="what_you_get")
    onderwerpen = TermSerializer(source="themes", many=True)
    levensgebeurtenissen = TermSerializer(source="life_events", many=True)
    wettelijkeBasis = serializers.CharField(source="legal_basis")
    officieleInformatie = serializers.URLField(source="official_url")
    bronnen = serializers.SerializerMethodField()
    laatstGecontroleerd = serializers.DateField(source="last_reviewed", allow_null=True)
    webpagina = serializers.SerializerMethodField()

    class Meta:
        model = Scheme
        fields = [
            "slug",
            "naam",
            "officieleNaam",
            "samenvatting",
            "niveau",
            "aanbieder",
            "aanbiederWebsite",
            "voorWie",
            "watKrijgJe",
            "onderwerpen",
            "levensgebeurtenissen",
            "wettelijkeBasis",
            "officieleInformatie",
            "bronnen",
            "laatstGecontroleerd",
            "webpagina",
        ]

    @extend_schema_field(SourceSerializer(many=True))
    def get_bronnen(self, scheme) -> list[dict]:
        return [
            {"titel": block.value["title"], "url": block.value["url"]}
            for block in scheme.sources
        ]

    def get_webpagina(self, scheme) -> str:
        return _absolute(self, scheme.get_absolute_url())


class PeerGroupSerializer(serializers.ModelSerializer):
    """A peer group that is published and active: what it is, when and where it
    meets (place and 4-digit postcode only), and who organises it (an organisation)."""

    naam = serializers.CharField(source="name")
    beschrijving = serializers.CharField(source="description")
    werkwijze = serializers.CharField(source="method")
    voorWie = serializers.CharField(source="for_whom")
    doelgroepen = TermSerializer(source="target_groups", many=True)
    onderwerpen = TermSerializer(source="themes", many=True)
    voorbeeld = serializers.BooleanField(source="is_example")
    organisator = serializers.CharField(source="organiser.name", allow_null=True)
    online = serializers.BooleanField(source="is_online")
    plaats = serializers.CharField(source="place")
    postcodegebied = serializers.SerializerMethodField()
    gemeente = serializers.SerializerMethodField()
    breedtegraad = serializers.FloatField(source="latitude", allow_null=True)
    lengtegraad = serializers.FloatField(source="longitude", allow_null=True)
    wanneer = serializers.CharField(source="schedule_display")
    avondOfWeekend = serializers.BooleanField(source="outside_working_hours")
    gratis = serializers.BooleanField(source="is_free")
    kosten = serializers.CharField(source="cost_note")
    kinderopvang = serializers.BooleanField(source="childcare")
    kinderenWelkom = serializers.BooleanField(source="children_welcome")
    talen = serializers.CharField(source="languages")
    meedoen = serializers.ChoiceField(
        source="join_method", choices=PeerGroup.JoinMethod.choices
    )
    laatstBevestigd = serializers.DateField(source="last_confirmed")
    webpagina = serializers.SerializerMethodField()

    class Meta:
        model = PeerGroup
        fields = [
            "slug",
            "naam",
            "beschrijving",
            "werkwijze",
            "voorWie",
            "doelgroepen",
            "onderwerpen",
            "voorbeeld",
            "organisator",
            "online",
            "plaats",
            "postcodegebied",
            "gemeente",
            "breedtegraad",
            "lengtegraad",
            "wanneer",
            "avondOfWeekend",
            "gratis",
            "kosten",
            "kinderopvang",
            "kinderenWelkom",
            "talen",
            "meedoen",
            "laatstBevestigd",
            "webpagina",
        ]

    @extend_schema_field(OpenApiTypes.STR)
    def get_postcodegebied(self, group) -> str:
        return group.postcode.replace(" ", "")[:4] if group.postcode else ""

    @extend_schema_field(
        {"type": "string", "nullable": True, "description": "slug van de gemeente"}
    )
    def get_gemeente(self, group):
        return group.municipality.slug if group.municipality_id else None

    def get_webpagina(self, group) -> str:
        return _absolute(self, group.get_absolute_url())


class EventSerializer(serializers.ModelSerializer):
    """A coming workshop, meeting or webinar that an editor approved and published:
    what it is, when (the next date and, for a series, how it repeats), where (place
    and 4-digit postcode only) and who organises it. No contact details."""

    titel = serializers.CharField(source="title")
    beschrijving = serializers.CharField(source="description")
    voorbeeld = serializers.BooleanField(source="is_example")
    organisator = serializers.CharField(source="organiser.name", allow_null=True)
    online = serializers.BooleanField(source="is_online")
    plaats = serializers.CharField(source="place")
    postcodegebied = serializers.SerializerMethodField()
    gemeente = serializers.SerializerMethodField()
    breedtegraad = serializers.FloatField(source="latitude", allow_null=True)
    lengtegraad = serializers.FloatField(source="longitude", allow_null=True)
    begin = serializers.DateTimeField(source="starts_at")
    einde = serializers.DateTimeField(source="ends_at")
    herhaling = serializers.ChoiceField(source="repeat", choices=Event.Repeat.choices)
    herhalenTot = serializers.DateField(source="repeat_until", allow_null=True)
    volgendeKeer = serializers.SerializerMethodField()
    avondOfWeekend = serializers.BooleanField(source="evening_or_weekend")
    gratis = serializers.BooleanField(source="is_free")
    kosten = serializers.CharField(source="cost_note")
    kinderopvang = serializers.BooleanField(source="childcare")
    meedoen = serializers.ChoiceField(
        source="join_method", choices=Event.JoinMethod.choices
    )
    webpagina = serializers.SerializerMethodField()

    class Meta:
        model = Event
        fields = [
            "slug",
            "titel",
            "beschrijving",
            "voorbeeld",
            "organisator",
            "online",
            "plaats",
            "postcodegebied",
            "gemeente",
            "breedtegraad",
            "lengtegraad",
            "begin",
            "einde",
            "herhaling",
            "herhalenTot",
            "volgendeKeer",
            "avondOfWeekend",
            "gratis",
            "kosten",
            "kinderopvang",
            "meedoen",
            "webpagina",
        ]

    @extend_schema_field(OpenApiTypes.STR)
    def get_postcodegebied(self, event) -> str:
        return event.postcode.replace(" ", "")[:4] if event.postcode else ""

    @extend_schema_field(
        {"type": "string", "nullable": True, "description": "slug van de gemeente"}
    )
    def get_gemeente(self, event):
        return event.municipality.slug if event.municipality_id else None

    @extend_schema_field(
        {
            "type": "string",
            "format": "date-time",
            "nullable": True,
            "description": "begin van de eerstvolgende keer",
        }
    )
    def get_volgendeKeer(self, event):  # noqa: N802 (the API's field name)
        following = event.next_occurrence()
        return following[0].isoformat() if following else None

    def get_webpagina(self, event) -> str:
        return _absolute(self, event.get_absolute_url())


class LocalSchemeSerializer(serializers.ModelSerializer):
    """A municipality's own scheme, as its municipal page lists it."""

    naam = serializers.CharField(source="name")
    soort = serializers.ChoiceField(source="kind", choices=LocalScheme.Kind.choices)
    samenvatting = serializers.CharField(source="summary")
    meerInformatie = serializers.URLField(source="url")
    gemeente = serializers.SlugField(source="page.municipality.slug")
    gemeentenaam = serializers.CharField(source="page.municipality.name")

    class Meta:
        model = LocalScheme
        fields = [
            "id",
            "naam",
            "soort",
            "samenvatting",
            "meerInformatie",
            "gemeente",
            "gemeentenaam",
        ]


class LocalSchemeNestedSerializer(LocalSchemeSerializer):
    class Meta(LocalSchemeSerializer.Meta):
        fields = ["id", "naam", "soort", "samenvatting", "meerInformatie"]


class LocalInitiativeSerializer(serializers.ModelSerializer):
    naam = serializers.CharField(source="name")
    samenvatting = serializers.CharField(source="summary")
    link = serializers.CharField(source="url")

    class Meta:
        model = LocalInitiative
        fields = ["id", "naam", "samenvatting", "link"]


class MunicipalityPageSerializer(serializers.ModelSerializer):
    """A municipality's local offer page: its front door for parents, local schemes
    and initiatives. The front door's phone and e-mail are the municipality's
    public service channels, shown on the public page too."""

    slug = serializers.SlugField(source="municipality.slug")
    naam = serializers.CharField(source="municipality.name")
    cbsCode = serializers.CharField(source="municipality.cbs_code")
    provincie = serializers.CharField(source="municipality.province")
    introductie = serializers.CharField(source="intro")
    loket = serializers.CharField(source="front_door_name")
    adres = serializers.CharField(source="address")
    telefoon = serializers.CharField(source="phone")
    email = serializers.CharField()
    website = serializers.CharField()
    inloopuren = serializers.CharField(source="walk_in_hours")
    voorbeeld = serializers.BooleanField(source="is_example")
    laatstGecontroleerd = serializers.DateField(source="last_verified", allow_null=True)
    lokaleRegelingen = LocalSchemeNestedSerializer(source="local_schemes", many=True)
    lokaleInitiatieven = LocalInitiativeSerializer(
        source="local_initiatives", many=True
    )
    webpagina = serializers.SerializerMethodField()

    class Meta:
        model = MunicipalityPage
        fields = [
            "slug",
            "naam",
            "cbsCode",
            "provincie",
            "introductie",
            "loket",
            "adres",
            "telefoon",
            "email",
            "website",
            "inloopuren",
            "voorbeeld",
            "laatstGecontroleerd",
            "lokaleRegelingen",
            "lokaleInitiatieven",
            "webpagina",
        ]

    def get_webpagina(self, page) -> str:
        return _absolute(
            self, reverse("gemeente:detail", args=[page.municipality.slug])
        )
