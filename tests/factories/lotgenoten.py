import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from lotgenoten.models import Event, PeerGroup, SignUp
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


def _in_days(days: int, hour: int = 19, minute: int = 30) -> datetime.datetime:
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(
        day, datetime.time(hour, minute), tzinfo=timezone.get_current_timezone()
    )


class EventFactory(DjangoModelFactory):
    """A published, approved event in a week, 19.30-21.30, in person at 1012 (needs
    the postcode_areas fixture), or pass is_online=True. Publishing is the
    factory's `live=True`; no revision is made."""

    class Meta:
        model = Event
        django_get_or_create = ("slug",)

    title = factory.Sequence(lambda n: f"Workshop {n}")
    slug = factory.Sequence(lambda n: f"workshop-{n}")
    description = "Je leert in een groepje hoe je rust vindt. Je hoeft niets."
    organiser = factory.SubFactory(OrganisationFactory, email="organisator@example.org")
    notify_email = "activiteit@example.org"
    postcode = "1012"
    starts_at = factory.LazyFunction(lambda: _in_days(7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    join_method = Event.JoinMethod.SIGN_UP
    live = True
