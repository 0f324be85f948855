import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from content.models import HomePage, Organisation, StandardPage, Theme, ThemePage

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
