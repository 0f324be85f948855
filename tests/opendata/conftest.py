import pytest

from core.models import Municipality
from gemeenten.models import LocalInitiative, LocalScheme
from tests.factories.content import OrganisationFactory, ThemeFactory
from tests.factories.lotgenoten import EventFactory, PeerGroupFactory
from tests.factories.professionals import MunicipalityPageFactory
from tests.factories.regelingen import LifeEventFactory, SchemeFactory


def municipality_page_create(municipality, **extra):
    organisation = OrganisationFactory(
        name=f"Gemeente {municipality.name}", kind="gemeente", municipality=municipality
    )
    page = MunicipalityPageFactory(
        municipality=municipality,
        organisation=organisation,
        phone="0575 123 456",
        **extra,
    )
    LocalScheme.objects.create(
        page=page,
        kind=LocalScheme.Kind.MINIMA,
        name=f"Minimaregeling {municipality.name}",
        summary="Voorbeeld: hulp als je weinig geld hebt.",
        url="https://www.example.org/minima",
    )
    LocalInitiative.objects.create(
        page=page, name="Inloop", summary="Voorbeeld: koffie.", url=""
    )
    return page


def open_data_create(count: int, *, postcode="1012"):
    """`count` schemes, groups, events, municipal pages (each with a local scheme)."""
    theme = ThemeFactory()
    event = LifeEventFactory()
    for _ in range(count):
        SchemeFactory(themes=[theme], life_events=[event])
        PeerGroupFactory(postcode=postcode, contact_phone="06 12345678")
        EventFactory(postcode=postcode)
        municipality = Municipality.objects.create(
            cbs_code=f"9{Municipality.objects.count():03d}",
            name=f"Testgemeente {Municipality.objects.count()}",
            slug=f"testgemeente-{Municipality.objects.count()}",
            province="Gelderland",
        )
        municipality_page_create(municipality)


@pytest.fixture
def open_data(db, home_page, postcode_areas):
    open_data_create(3)
