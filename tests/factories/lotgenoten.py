import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from lotgenoten.models import PeerGroup, SignUp
from tests.factories.content import OrganisationFactory

factory.Faker._DEFAULT_LOCALE = "nl_NL"


class PeerGroupFactory(DjangoModelFactory):
    """A published, active group. Pass postcode= for coordinates from the PC4 table
    (needs the postcode_areas fixture), or is_online=True."""

    class Meta:
        model = PeerGroup
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Koffie-uurtje {n}")
    slug = factory.Sequence(lambda n: f"koffie-uurtje-{n}")
    description = "Je drinkt samen koffie met andere ouders. Je hoeft niets."
    organiser = factory.SubFactory(OrganisationFactory, email="organisator@example.org")
    notify_email = "aanmeldingen@example.org"
    postcode = "1012"
    weekday = PeerGroup.Weekday.TUESDAY
    start_time = datetime.time(9, 30)
    end_time = datetime.time(11, 0)
    frequency = PeerGroup.Frequency.WEEKLY
    last_confirmed = factory.LazyFunction(timezone.localdate)


class SignUpFactory(DjangoModelFactory):
    class Meta:
        model = SignUp

    group = factory.SubFactory(PeerGroupFactory)
    name = factory.Faker("first_name")
    email = "ouder@example.org"
    consent_at = factory.LazyFunction(timezone.now)
