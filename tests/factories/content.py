import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from content.models import (
    GlossaryTerm,
    Helpline,
    HelplineHours,
    HelplineIndexPage,
    HomePage,
    InfoPage,
    Organisation,
    StandardPage,
    StepPlanIndexPage,
    StepPlanPage,
    Theme,
    ThemePage,
)

factory.Faker._DEFAULT_LOCALE = "nl_NL"


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Onderwerp {n}")
    slug = factory.Sequence(lambda n: f"onderwerp-{n}")
    description = "Korte uitleg over dit onderwerp."


class OrganisationFactory(DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = Organisation.Kind.CHAIN_PARTNER
    website = "https://example.org/"


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Eenouderpunt"
    slug = "home"
    intro = "Informatie en hulp voor alleenstaande ouders."


class ThemePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ThemePage

    title = factory.Sequence(lambda n: f"Onderwerp {n}")
    theme = factory.SubFactory(ThemeFactory)
    intro = "Hier lees je meer over dit onderwerp."
    show_in_menus = True


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "Een korte introductie."


class InfoPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = InfoPage

    title = factory.Sequence(lambda n: f"Informatie {n}")
    intro = "Hier lees je hoe het werkt."
    body = factory.LazyFunction(
        lambda: [{"type": "paragraph", "value": "<p>Een korte tekst.</p>"}]
    )


class StepPlanIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StepPlanIndexPage

    title = "Stappenplannen"
    slug = "stappenplannen"


def step(title, logic="", pages=(), what="<p>Doe dit.</p>", **extra):
    """StreamField data for one step of a plan."""
    return {
        "type": "step",
        "value": {
            "title": title,
            "logic": logic,
            "what_to_do": what,
            "contact_first": extra.get("contact_first", ""),
            "bring": extra.get("bring", []),
            "when": extra.get("when", ""),
            "links": [{"page": p.pk, "url": "", "title": ""} for p in pages]
            + extra.get("urls", []),
        },
    }


class StepPlanPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StepPlanPage

    title = factory.Sequence(lambda n: f"Stappenplan {n}")
    intro = "Zo pak je het aan."
    steps = factory.LazyFunction(lambda: [step("Begin hier")])


class HelplineIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HelplineIndexPage

    title = "Direct hulp nodig?"
    slug = "hulp"
    intro = "Hulplijnen."


class HelplineFactory(DjangoModelFactory):
    class Meta:
        model = Helpline

    name = factory.Sequence(lambda n: f"Hulplijn {n}")
    description = "Voor als je wilt praten."
    website = "https://example.org/"
    phone = ""
    live = True


class HelplineHoursFactory(DjangoModelFactory):
    class Meta:
        model = HelplineHours

    helpline = factory.SubFactory(HelplineFactory)
    weekday = 0
    opens = datetime.time(9)
    closes = datetime.time(17)


class GlossaryTermFactory(DjangoModelFactory):
    class Meta:
        model = GlossaryTerm
        django_get_or_create = ("term",)

    term = factory.Sequence(lambda n: f"woord{n}")
    explanation = "Een uitleg in gewone taal."
