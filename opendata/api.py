"""The read API /api/v1/…: resources, paging, formats, errors and headers (docs/api.md).

Built on Django REST framework with drf-spectacular, which generates the OpenAPI
document from these views and serializers (/api/v1/openapi.json). What the NL GOV
REST API Design Rules ask, and where it is done:

- errors as RFC 9457 problem details (`application/problem+json`): `problem()`,
  `api_exception_handler` and `not_found` (every unknown path under /api/);
- `API-Version`, CORS for reading only, the licence: `ApiView.finalize_response`;
- paging with `pagina`/`paginaGrootte` and first/prev/next/last links: `PagePaging`;
- unknown query parameters are refused (400) so a typing error in a filter never
  silently returns everything: `ApiListView.filters`;
- ETag/Last-Modified and 304: the view sets Last-Modified, opendata.middleware the
  ETag and the conditional answer (also for answers from the page cache).
"""

import io
import math
from collections.abc import Iterable
from datetime import datetime

from django.http import Http404, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils.http import http_date
from django.utils.translation import gettext as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiResponse, extend_schema
from drf_spectacular.views import SpectacularAPIView
from rest_framework import exceptions, serializers
from rest_framework.generics import GenericAPIView
from rest_framework.negotiation import BaseContentNegotiation
from rest_framework.pagination import BasePagination
from rest_framework.renderers import BaseRenderer, JSONRenderer
from rest_framework.response import Response

from core import csv_safe
from gemeenten.models import LocalScheme
from opendata import selectors
from opendata.serializers import (
    EventSerializer,
    LocalSchemeSerializer,
    MunicipalityPageSerializer,
    PeerGroupSerializer,
    SchemeSerializer,
)
from regelingen.models import Scheme

API_VERSION = "1.0.0"
PROBLEM_TYPE = "application/problem+json"
LICENCE = {
    "naam": "CC0 1.0 Universeel",
    "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
}
GEONAMES_CREDIT = (
    "Coördinaten van postcodegebieden: GeoNames (geonames.org), licentie CC BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/)."
)
# Readers may send these; everything else is for the portal's own use.
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "API-Version, ETag, Last-Modified, Link, "
    "X-Total-Count",
}
READ_METHODS = ("GET", "HEAD", "OPTIONS")


# Errors -------------------------------------------------------------------------


def problem(
    request, status: int, title: str, detail: str = "", invalid_params=()
) -> JsonResponse:
    """An RFC 9457 problem details answer, with the API's headers."""
    body = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body["instance"] = request.path
    if invalid_params:
        body["invalidParams"] = list(invalid_params)
    response = JsonResponse(
        body,
        status=status,
        content_type=PROBLEM_TYPE,
        json_dumps_params={"ensure_ascii": False},
    )
    response["API-Version"] = API_VERSION
    return response


def invalid_param(name: str, reason: str, code: str = "invalid") -> dict:
    return {"type": "about:blank", "name": name, "code": code, "reason": reason}


class ParameterProblem(exceptions.APIException):
    """A query parameter the API cannot use: 400 with `invalidParams`."""

    status_code = 400

    def __init__(self, params: list[dict]):
        self.params = params
        super().__init__(detail=_("Een of meer parameters kloppen niet."))


class PageNotFound(exceptions.NotFound):
    pass


_TITLES = {
    400: "Ongeldige vraag",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Formaat niet beschikbaar",
}


def api_exception_handler(exc, context):
    """Every error of the API views as problem details, never an HTML page."""
    request = context["request"]
    if isinstance(exc, Http404):  # get_object() of an unknown slug
        exc = exceptions.NotFound()
    if isinstance(exc, ParameterProblem):
        return problem(request, 400, _TITLES[400], str(exc.detail), exc.params)
    if isinstance(exc, exceptions.APIException):
        status = exc.status_code
        detail = str(exc.detail) if isinstance(exc.detail, str) else ""
        if isinstance(exc, exceptions.NotFound) and not isinstance(exc, PageNotFound):
            detail = _("Dit onderdeel bestaat niet (meer).")
        if isinstance(exc, exceptions.MethodNotAllowed):
            detail = _("Deze API kun je alleen lezen, met GET.")
        return problem(request, status, _TITLES.get(status, "Fout"), detail)
    return None


def not_found(request, *args, **kwargs):
    """Any other path under /api/: a trailing slash too (no redirect, per the ADR)."""
    return problem(
        request,
        404,
        _TITLES[404],
        _("Dit adres bestaat niet. Zie /api/v1/openapi.json voor de adressen."),
    )


# Formats -------------------------------------------------------------------------


class Utf8JSONRenderer(JSONRenderer):
    """JSON with `charset=utf-8` in its Content-Type (Dutch names have accents)."""

    charset = "utf-8"


def _cell(value):
    """One CSV cell: lists joined with '; ', objects by their name or address."""
    if isinstance(value, list | tuple):
        return "; ".join(str(_cell(item)) for item in value)
    if isinstance(value, dict):
        return value.get("naam") or value.get("url") or value.get("slug") or ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value


class CSVRenderer(BaseRenderer):
    """The rows of a list (or one item) as CSV; every cell guarded (core/csv_safe.py)."""

    media_type = "text/csv"
    format = "csv"
    charset = "utf-8"

    def render(self, data, accepted_media_type=None, renderer_context=None):
        rows = data.get("resultaten", [data]) if isinstance(data, dict) else data
        if not rows:
            return "\ufeff".encode()
        stream = io.StringIO()
        stream.write("\ufeff")  # so spreadsheet programs read the accents right
        fields = [key for key in rows[0] if not key.startswith("_")]
        writer = csv_safe.DictWriter(stream, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({key: _cell(value) for key, value in row.items()})
        return stream.getvalue().encode("utf-8")


class FormatParameter(BaseContentNegotiation):
    """The format comes from `?formaat=json|csv` only, never from `Accept`: the page
    cache keys on the address, so one address must always give one format."""

    def select_renderer(self, request, renderers, format_suffix=None):
        wanted = request.query_params.get("formaat", "json")
        for renderer in renderers:
            if renderer.format == wanted:
                return renderer, renderer.media_type
        raise ParameterProblem(
            [
                invalid_param(
                    "formaat",
                    _("Kies uit: %(formats)s.")
                    % {"formats": ", ".join(r.format for r in renderers)},
                )
            ]
        )

    def select_parser(self, request, parsers):
        return None


# Paging --------------------------------------------------------------------------


class PagePaging(BasePagination):
    """`?pagina=1&paginaGrootte=50`: a count and one page of rows (2 queries)."""

    page_size = 50
    max_page_size = 200

    def _number(self, request, name: str, default: int, maximum: int) -> int:
        raw = request.query_params.get(name)
        if raw is None:
            return default
        if not raw.isascii() or not raw.isdigit() or len(raw) > 12:
            raise ParameterProblem(
                [invalid_param(name, _("Moet een heel getal vanaf 1 zijn."))]
            )
        value = int(raw)
        if value < 1 or value > maximum:
            raise ParameterProblem(
                [
                    invalid_param(
                        name,
                        _("Moet een getal van 1 tot en met %(max)s zijn.")
                        % {"max": maximum},
                    )
                ]
            )
        return value

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.size = self._number(
            request, "paginaGrootte", self.page_size, self.max_page_size
        )
        self.number = self._number(request, "pagina", 1, 10**12)
        self.count = queryset.count()
        self.pages = max(1, math.ceil(self.count / self.size))
        if self.number > self.pages:
            raise PageNotFound(
                _("Pagina %(number)s bestaat niet; er zijn %(pages)s pagina's.")
                % {"number": self.number, "pages": self.pages}
            )
        start = (self.number - 1) * self.size
        return list(queryset[start : start + self.size])

    def _link(self, number: int) -> dict | None:
        if number < 1 or number > self.pages:
            return None
        query = self.request.query_params.copy()
        query["pagina"] = str(number)
        if self.size != self.page_size:
            query["paginaGrootte"] = str(self.size)
        else:
            query.pop("paginaGrootte", None)
        return {"href": self.request.build_absolute_uri("?" + query.urlencode())}

    def links(self) -> dict:
        return {
            "self": self._link(self.number),
            "first": self._link(1),
            "prev": self._link(self.number - 1),
            "next": self._link(self.number + 1),
            "last": self._link(self.pages),
        }

    def get_paginated_response(self, data):
        links = self.links()
        body = {
            "_links": links,
            "aantal": self.count,
            "pagina": self.number,
            "paginaGrootte": self.size,
            "aantalPaginas": self.pages,
            "licentie": LICENCE,
            "resultaten": data,
        }
        response = Response(body)
        response["X-Total-Count"] = str(self.count)
        response["Link"] = ", ".join(
            f'<{link["href"]}>; rel="{rel}"' for rel, link in links.items() if link
        )
        return response

    def get_paginated_response_schema(self, schema):
        link = {
            "type": "object",
            "nullable": True,
            "properties": {"href": {"type": "string", "format": "uri"}},
            "required": ["href"],
        }
        return {
            "type": "object",
            "required": [
                "_links",
                "aantal",
                "pagina",
                "paginaGrootte",
                "aantalPaginas",
                "licentie",
                "resultaten",
            ],
            "properties": {
                "_links": {
                    "type": "object",
                    "properties": {
                        rel: link for rel in ("self", "first", "prev", "next", "last")
                    },
                },
                "aantal": {"type": "integer", "example": 123},
                "pagina": {"type": "integer", "example": 1},
                "paginaGrootte": {"type": "integer", "example": self.page_size},
                "aantalPaginas": {"type": "integer", "example": 3},
                "licentie": {
                    "type": "object",
                    "properties": {
                        "naam": {"type": "string"},
                        "url": {"type": "string", "format": "uri"},
                    },
                },
                "bronvermelding": {"type": "string"},
                "resultaten": schema,
            },
        }

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": "pagina",
                "in": "query",
                "required": False,
                "description": "Nummer van de pagina, vanaf 1.",
                "schema": {"type": "integer", "minimum": 1, "default": 1},
            },
            {
                "name": "paginaGrootte",
                "in": "query",
                "required": False,
                "description": "Aantal resultaten per pagina.",
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": self.max_page_size,
                    "default": self.page_size,
                },
            },
        ]


# Views ---------------------------------------------------------------------------


class ProblemSerializer(serializers.Serializer):
    """RFC 9457 problem details."""

    type = serializers.CharField()
    title = serializers.CharField()
    status = serializers.IntegerField()
    detail = serializers.CharField(required=False)
    instance = serializers.CharField()
    invalidParams = serializers.ListField(child=serializers.DictField(), required=False)


class FormatSerializer(serializers.Serializer):
    formaat = serializers.ChoiceField(
        choices=["json", "csv"], required=False, help_text="json (standaard) of csv"
    )


ERRORS = {
    (400, PROBLEM_TYPE): OpenApiResponse(
        ProblemSerializer, description="Ongeldige parameter"
    ),
    (404, PROBLEM_TYPE): OpenApiResponse(
        ProblemSerializer, description="Niet gevonden"
    ),
}
NOT_FOUND = {(404, PROBLEM_TYPE): ERRORS[(404, PROBLEM_TYPE)]}
CSV_DESCRIPTION = "CSV (UTF-8 met BOM), één rij per resultaat; met ?formaat=csv"
CSV = OpenApiResponse({"type": "string"}, description=CSV_DESCRIPTION)


class ApiSchema(AutoSchema):
    """drf-spectacular's schema, but a CSV answer is text, never a paged object."""

    def _get_response_for_code(
        self, serializer, status_code, media_types=None, direction="response"
    ):
        if tuple(media_types or ()) == ("text/csv",):
            return {
                "description": CSV_DESCRIPTION,
                "content": {"text/csv": {"schema": {"type": "string"}}},
            }
        return super()._get_response_for_code(
            serializer, status_code, media_types, direction
        )


def responses(serializer, *, many: bool) -> dict:
    """The documented answers of a resource: JSON, CSV, and problem details."""
    return {
        (200, "application/json"): serializer(many=True) if many else serializer,
        (200, "text/csv"): CSV,
        **(ERRORS if many else NOT_FOUND),
    }


class ApiView(GenericAPIView):
    """Read-only, anonymous, stateless: no session, no cookie, no throttle state."""

    authentication_classes = []
    permission_classes = []
    throttle_classes = []
    schema = ApiSchema()
    renderer_classes = [Utf8JSONRenderer, CSVRenderer]
    content_negotiation_class = FormatParameter
    http_method_names = ["get", "head", "options", "post", "put", "patch", "delete"]

    def get_exception_handler(self):
        return api_exception_handler

    def options(self, request, *args, **kwargs):
        """CORS preflight: reading is allowed from any origin, nothing else."""
        response = HttpResponse(status=204)
        response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
        response["Access-Control-Allow-Headers"] = "If-None-Match, If-Modified-Since"
        response["Access-Control-Max-Age"] = "86400"
        return response

    def post(self, request, *args, **kwargs):
        raise exceptions.MethodNotAllowed(request.method)

    put = patch = delete = post

    @property
    def allowed_methods(self):
        return list(READ_METHODS)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["API-Version"] = API_VERSION
        response["Link"] = ", ".join(
            filter(None, [response.get("Link"), f'<{LICENCE["url"]}>; rel="license"'])
        )
        if request.method in READ_METHODS:
            for header, value in CORS_HEADERS.items():
                response[header] = value
        if (
            isinstance(response, Response)
            and getattr(request, "accepted_renderer", None) is not None
            and request.accepted_renderer.format == "csv"
            and response.status_code == 200
        ):
            name = getattr(self, "csv_name", "export")
            response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
        return response

    def last_modified(self, response, moments: Iterable[datetime | None]) -> None:
        latest = max((m for m in moments if m is not None), default=None)
        if latest is not None:
            response["Last-Modified"] = http_date(latest.timestamp())


class ApiListView(ApiView):
    """A paged collection resource with its own filters (a serializer of them)."""

    pagination_class = PagePaging
    filter_serializer: type[serializers.Serializer]
    csv_name = "export"

    def filters(self) -> dict:
        known = set(self.filter_serializer().fields) | {
            "pagina",
            "paginaGrootte",
            "formaat",
        }
        unknown = sorted(set(self.request.query_params) - known)
        if unknown:
            raise ParameterProblem(
                [
                    invalid_param(
                        name[:60],
                        _("Deze parameter kent de API niet. Zie de documentatie."),
                        "unknown",
                    )
                    for name in unknown[:10]
                ]
            )
        values = self.filter_serializer(data=self.request.query_params)
        if not values.is_valid():
            raise ParameterProblem(
                [
                    invalid_param(name, " ".join(str(e) for e in errors))
                    for name, errors in values.errors.items()
                ]
            )
        return values.validated_data

    def moment(self, item) -> datetime | None:
        return getattr(item, "updated_at", None)

    def get(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        response = self.get_paginated_response(
            self.get_serializer(page, many=True).data
        )
        self.last_modified(response, (self.moment(item) for item in page))
        self.decorate(response)
        return response

    def decorate(self, response) -> None:
        """Add resource-specific parts to a list answer (attribution)."""


class ApiDetailView(ApiView):
    lookup_field = "slug"

    def moment(self, item) -> datetime | None:
        return getattr(item, "updated_at", None)

    def get(self, request, *args, **kwargs):
        item = self.get_object()
        response = Response(self.get_serializer(item).data)
        self.last_modified(response, [self.moment(item)])
        return response


# Resources -----------------------------------------------------------------------


class SchemeFilters(serializers.Serializer):
    niveau = serializers.ChoiceField(
        choices=Scheme.Level.values,
        required=False,
        help_text="landelijk, gemeentelijk of fonds",
    )
    onderwerp = serializers.SlugField(
        required=False, max_length=100, help_text="slug van een onderwerp"
    )


class SchemeMixin:
    serializer_class = SchemeSerializer
    csv_name = "regelingen"

    def moment(self, item):
        return item.last_published_at


@extend_schema(
    summary="Regelingen",
    description="Landelijke en gemeentelijke regelingen en fondsen voor alleenstaande "
    "ouders, op naam gesorteerd.",
    parameters=[SchemeFilters, FormatSerializer],
    responses=responses(SchemeSerializer, many=True),
    tags=["regelingen"],
)
class SchemeList(SchemeMixin, ApiListView):
    filter_serializer = SchemeFilters

    def get_queryset(self):
        f = self.filters()
        return selectors.schemes_public(
            level=f.get("niveau", ""), theme=f.get("onderwerp", "")
        )


@extend_schema(
    summary="Regeling",
    parameters=[FormatSerializer],
    responses=responses(SchemeSerializer, many=False),
    tags=["regelingen"],
)
class SchemeDetail(SchemeMixin, ApiDetailView):
    def get_queryset(self):
        return selectors.schemes_public()


class PeerGroupFilters(serializers.Serializer):
    gemeente = serializers.SlugField(
        required=False, max_length=100, help_text="slug van de gemeente"
    )
    online = serializers.BooleanField(
        required=False, allow_null=True, default=None, help_text="true of false"
    )


class PeerGroupMixin:
    serializer_class = PeerGroupSerializer
    csv_name = "lotgenotengroepen"


@extend_schema(
    summary="Lotgenotengroepen",
    description="Groepen waar alleenstaande ouders elkaar ontmoeten: openbare gegevens, "
    "zonder contactgegevens. " + GEONAMES_CREDIT,
    parameters=[PeerGroupFilters, FormatSerializer],
    responses=responses(PeerGroupSerializer, many=True),
    tags=["lotgenotengroepen"],
)
class PeerGroupList(PeerGroupMixin, ApiListView):
    filter_serializer = PeerGroupFilters

    def get_queryset(self):
        f = self.filters()
        return selectors.peer_groups_public(
            municipality=f.get("gemeente", ""), online=f.get("online")
        )

    def decorate(self, response):
        response.data["bronvermelding"] = GEONAMES_CREDIT


@extend_schema(
    summary="Lotgenotengroep",
    parameters=[FormatSerializer],
    responses=responses(PeerGroupSerializer, many=False),
    tags=["lotgenotengroepen"],
)
class PeerGroupDetail(PeerGroupMixin, ApiDetailView):
    def get_queryset(self):
        return selectors.peer_groups_public()


class EventMixin:
    serializer_class = EventSerializer
    csv_name = "activiteiten"


@extend_schema(
    summary="Activiteiten",
    description="Workshops, bijeenkomsten en webinars voor alleenstaande ouders die nog "
    "komen, goedgekeurd door de redactie: openbare gegevens, zonder contactgegevens. "
    + GEONAMES_CREDIT,
    parameters=[PeerGroupFilters, FormatSerializer],
    responses=responses(EventSerializer, many=True),
    tags=["activiteiten"],
)
class EventList(EventMixin, ApiListView):
    filter_serializer = PeerGroupFilters

    def get_queryset(self):
        f = self.filters()
        return selectors.events_public(
            municipality=f.get("gemeente", ""), online=f.get("online")
        )

    def decorate(self, response):
        response.data["bronvermelding"] = GEONAMES_CREDIT


@extend_schema(
    summary="Activiteit",
    parameters=[FormatSerializer],
    responses=responses(EventSerializer, many=False),
    tags=["activiteiten"],
)
class EventDetail(EventMixin, ApiDetailView):
    def get_queryset(self):
        return selectors.events_public()


class MunicipalityFilters(serializers.Serializer):
    provincie = serializers.CharField(
        required=False, max_length=40, help_text="naam van de provincie"
    )


class MunicipalityMixin:
    serializer_class = MunicipalityPageSerializer
    csv_name = "gemeenten"
    lookup_field = "municipality__slug"
    lookup_url_kwarg = "slug"


@extend_schema(
    summary="Gemeenten met een gemeentepagina",
    description="Het lokale aanbod dat gemeenten zelf bijhouden: loket, inloopuren, "
    "lokale regelingen en initiatieven. Alleen gepubliceerde pagina's.",
    parameters=[MunicipalityFilters, FormatSerializer],
    responses=responses(MunicipalityPageSerializer, many=True),
    tags=["gemeenten"],
)
class MunicipalityList(MunicipalityMixin, ApiListView):
    filter_serializer = MunicipalityFilters

    def get_queryset(self):
        return selectors.municipality_pages_public(
            province=self.filters().get("provincie", "")
        )


@extend_schema(
    summary="Gemeente",
    parameters=[FormatSerializer],
    responses=responses(MunicipalityPageSerializer, many=False),
    tags=["gemeenten"],
)
class MunicipalityDetail(MunicipalityMixin, ApiDetailView):
    def get_queryset(self):
        return selectors.municipality_pages_public()


class LocalSchemeFilters(serializers.Serializer):
    gemeente = serializers.SlugField(
        required=False, max_length=100, help_text="slug van de gemeente"
    )
    soort = serializers.ChoiceField(choices=LocalScheme.Kind.values, required=False)


class LocalSchemeMixin:
    serializer_class = LocalSchemeSerializer
    csv_name = "lokale-regelingen"
    lookup_field = "pk"
    lookup_url_kwarg = "id"

    def moment(self, item):
        return item.page.updated_at


@extend_schema(
    summary="Lokale regelingen",
    description="Regelingen van gemeenten, zoals hun gemeentepagina ze noemt.",
    parameters=[LocalSchemeFilters, FormatSerializer],
    responses=responses(LocalSchemeSerializer, many=True),
    tags=["lokale regelingen"],
)
class LocalSchemeList(LocalSchemeMixin, ApiListView):
    filter_serializer = LocalSchemeFilters

    def get_queryset(self):
        f = self.filters()
        return selectors.local_schemes_public(
            municipality=f.get("gemeente", ""), kind=f.get("soort", "")
        )


@extend_schema(
    summary="Lokale regeling",
    parameters=[FormatSerializer],
    responses=responses(LocalSchemeSerializer, many=False),
    tags=["lokale regelingen"],
)
class LocalSchemeDetail(LocalSchemeMixin, ApiDetailView):
    def get_queryset(self):
        return selectors.local_schemes_public()


# The collections, in the order the index lists them. A new resource (the agenda's
# events: docs/api.md) is one more row here and two views above.
RESOURCES = [
    ("regelingen", "opendata:scheme-list", "Regelingen"),
    ("lotgenotengroepen", "opendata:peer-group-list", "Lotgenotengroepen"),
    ("activiteiten", "opendata:event-list", "Activiteiten"),
    ("gemeenten", "opendata:municipality-list", "Gemeenten met een gemeentepagina"),
    ("lokaleRegelingen", "opendata:local-scheme-list", "Lokale regelingen"),
]


class IndexSerializer(serializers.Serializer):
    naam = serializers.CharField()
    versie = serializers.CharField()
    licentie = serializers.DictField()
    _links = serializers.DictField()


@extend_schema(
    summary="Overzicht",
    description="De onderdelen van de API en de plek van de OpenAPI-beschrijving.",
    responses={200: IndexSerializer},
    tags=["overzicht"],
)
class Index(ApiView):
    renderer_classes = [Utf8JSONRenderer]

    def get(self, request, *args, **kwargs):
        links = {
            key: {"href": request.build_absolute_uri(reverse(name)), "title": title}
            for key, name, title in RESOURCES
        }
        links["openapi"] = {
            "href": request.build_absolute_uri(reverse("opendata:openapi")),
            "title": "OpenAPI-beschrijving",
        }
        links["self"] = {"href": request.build_absolute_uri(request.path)}
        return Response(
            {
                "naam": "Eenouderpunt open data",
                "versie": API_VERSION,
                "licentie": LICENCE,
                "_links": links,
            }
        )


SPECTACULAR_SETTINGS = {
    "TITLE": "Eenouderpunt open data",
    "DESCRIPTION": (
        "Openbare gegevens van Eenouderpunt, het digitale informatiepunt voor "
        "alleenstaande ouders: regelingen, lotgenotengroepen, gemeentepagina's en "
        "lokale regelingen. Alleen lezen (GET), zonder sleutel. JSON of CSV "
        "(?formaat=csv). Fouten volgen RFC 9457 (application/problem+json). "
        "Licentie: CC0 1.0 voor de gegevens van Eenouderpunt. " + GEONAMES_CREDIT
    ),
    "VERSION": API_VERSION,
    "LICENSE": {"name": "CC0 1.0", "url": LICENCE["url"]},
    "SERVERS": [{"url": "/api/v1", "description": "Eenouderpunt"}],
    "SCHEMA_PATH_PREFIX": "/v1",
    "SCHEMA_PATH_PREFIX_TRIM": True,
    "COMPONENT_SPLIT_REQUEST": False,
    "ENUM_NAME_OVERRIDES": {},
    "DISABLE_ERRORS_AND_WARNINGS": True,
}


@extend_schema(exclude=True)
class OpenAPIDocument(ApiView, SpectacularAPIView):
    """/api/v1/openapi.json, generated from the views above (drf-spectacular)."""

    custom_settings = SPECTACULAR_SETTINGS
    urlconf = "opendata.urls"  # only this API, not Wagtail's admin API
    renderer_classes = [Utf8JSONRenderer]

    def get(self, request, *args, **kwargs):
        response = SpectacularAPIView.get(self, request, *args, **kwargs)
        del response["Content-Disposition"]
        return response
