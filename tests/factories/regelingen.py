import datetime

import factory
from factory.django import DjangoModelFactory

from regelingen.models import LifeEvent, Scheme, SchemeAmount, SchemeCriterion
from tests.factories.content import OrganisationFactory

factory.Faker._DEFAULT_LOCALE = "nl_NL"


class LifeEventFactory(DjangoModelFactory):
    class Meta:
        model = LifeEvent
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Gebeurtenis {n}")
    slug = factory.Sequence(lambda n: f"gebeurtenis-{n}")


class SchemeFactory(DjangoModelFactory):
    """A published scheme. Use live=False for a draft."""

    class Meta:
        model = Scheme
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Voorbeeldregeling {n}")
    slug = factory.Sequence(lambda n: f"voorbeeldregeling-{n}")
    summary = "Voorbeeld: een korte zin over deze regeling."
    provider = factory.SubFactory(OrganisationFactory)
    for_whom = "Voor ouders met een kind.\nJe woont in Nederland."
    what_you_get = "Een bedrag per maand."
    official_url = "https://www.rijksoverheid.nl/"
    last_reviewed = datetime.date(2026, 11, 1)
    next_review_due = datetime.date(2027, 5, 1)
    sources = factory.LazyFunction(
        lambda: [
            {
                "type": "source",
                "value": {
                    "title": "Voorbeeldbron",
                    "url": "https://www.rijksoverheid.nl/",
                    "publisher": "Rijksoverheid",
                },
            }
        ]
    )
    live = True

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save()

    @factory.post_generation
    def life_events(self, create, extracted, **kwargs):
        if create and extracted:
            self.life_events.set(extracted)
            self.save()


class SchemeAmountFactory(DjangoModelFactory):
    class Meta:
        model = SchemeAmount

    scheme = factory.SubFactory(SchemeFactory)
    description = "Voorbeeldbedrag per maand"
    amount = "100.00"
    valid_from = datetime.date(2026, 1, 1)
    valid_to = datetime.date(2026, 12, 31)
    source_url = "https://www.rijksoverheid.nl/"


class SchemeCriterionFactory(DjangoModelFactory):
    class Meta:
        model = SchemeCriterion

    scheme = factory.SubFactory(SchemeFactory)
    question = "housing"
    operator = "eq"
    value = "rent"
    group = 1
    reason = "je huurt"
