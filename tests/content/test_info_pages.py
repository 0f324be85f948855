"""Information pages: every block type renders accessibly; queries stay constant."""

import importlib

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from content.blocks import ContactBlock, FigureBlock, StepLinkBlock
from tests.factories.content import (
    HelplineFactory,
    HelplineHoursFactory,
    HelplineIndexPageFactory,
    InfoPageFactory,
    OrganisationFactory,
    StepPlanIndexPageFactory,
    StepPlanPageFactory,
    ThemePageFactory,
    step,
)

pytestmark = pytest.mark.django_db


def every_block(helpline, organisation, image):
    return [
        {"type": "heading", "value": {"text": "Een kop", "level": "h2"}},
        {"type": "heading", "value": {"text": "Een kleinere kop", "level": "h3"}},
        {"type": "paragraph", "value": "<p>Gewone tekst met <b>nadruk</b>.</p>"},
        {"type": "tip", "value": {"text": "<p>Een handige tip.</p>"}},
        {"type": "warning", "value": {"text": "<p>Pas hiermee op.</p>"}},
        {
            "type": "faq",
            "value": {
                "heading": "Veelgestelde vragen",
                "questions": [{"question": "Kost het geld?", "answer": "<p>Nee.</p>"}],
            },
        },
        {
            "type": "contact",
            "value": {
                "helpline": helpline.pk,
                "organisation": None,
                "text": "Bel gerust.",
            },
        },
        {
            "type": "contact",
            "value": {"helpline": None, "organisation": organisation.pk, "text": ""},
        },
        {
            "type": "table",
            "value": {
                "caption": "Toeslagen en waarvoor ze zijn",
                "table": {
                    "columns": [
                        {"type": "text", "heading": "Toeslag"},
                        {"type": "text", "heading": "Waarvoor?"},
                    ],
                    "rows": [{"values": ["Huurtoeslag", "Je huur"]}],
                },
            },
        },
        {
            "type": "image",
            "value": {
                "image": {
                    "image": image.pk,
                    "decorative": False,
                    "alt_text": "Een moeder met kind",
                },
                "caption": "Voorbeeldfoto",
            },
        },
        {
            "type": "image",
            "value": {
                "image": {
                    "image": image.pk,
                    "decorative": True,
                    "alt_text": "",
                },
                "caption": "",
            },
        },
    ]


@pytest.fixture
def theme_page(home_page):
    return ThemePageFactory(parent=home_page, title="Geld", slug="geld")


@pytest.fixture
def full_page(theme_page):
    helpline = HelplineFactory(name="Veilig Thuis", phone="0800-2000", always_open=True)
    organisation = OrganisationFactory(name="LBIO", website="https://www.lbio.nl/")
    image = Image.objects.create(title="Foto", file=get_test_image_file())
    return InfoPageFactory(
        parent=theme_page,
        slug="alles",
        title="Alle blokken",
        body=every_block(helpline, organisation, image),
        last_reviewed="2026-11-01",
        sources=[
            {
                "type": "source",
                "value": {
                    "title": "Rijksoverheid",
                    "url": "https://www.rijksoverheid.nl/",
                    "publisher": "",
                },
            }
        ],
    )


def test_every_block_type_renders(client, full_page):
    html = client.get("/geld/alles/").content.decode()
    assert '<h2 class="utrecht-heading-2">Een kop</h2>' in html
    assert '<h3 class="utrecht-heading-3">Een kleinere kop</h3>' in html
    assert "<b>nadruk</b>" in html
    assert "callout--tip" in html and ">Tip<" in html
    assert "callout--warning" in html and ">Let op<" in html
    assert '<summary class="faq__question">Kost het geld?</summary>' in html
    assert "Veilig Thuis" in html and "Altijd open, dag en nacht" in html
    assert "Website van LBIO" in html
    assert (
        "<caption" in html
        and 'scope="col">Toeslag</th>' in html
        and 'scope="row">Huurtoeslag' in html
    )
    assert 'alt="Een moeder met kind"' in html and "<figcaption" in html
    assert 'alt=""' in html
    assert "Laatst gecontroleerd op" in html and "Bronnen" in html
    assert "<h1" in html and html.count("<h1") == 1


def test_blocks_refuse_what_parents_cannot_use():
    with pytest.raises(ValidationError):
        figure = FigureBlock()
        figure.clean(
            figure.to_python(
                {
                    "image": {"image": None, "decorative": False, "alt_text": ""},
                    "caption": "",
                }
            )
        )
    with pytest.raises(ValidationError):
        ContactBlock().clean({"helpline": None, "organisation": None, "text": "x"})
    with pytest.raises(ValidationError):
        StepLinkBlock().clean(
            {"page": None, "url": "https://example.org/", "title": ""}
        )


def test_an_image_needs_alt_text_unless_it_is_decorative():
    image = Image.objects.create(title="Foto", file=get_test_image_file())
    figure = FigureBlock()

    def clean(decorative, alt_text):
        value = {"image": image.pk, "decorative": decorative, "alt_text": alt_text}
        return figure.clean(figure.to_python({"image": value, "caption": ""}))

    with pytest.raises(ValidationError):
        clean(False, "")
    assert clean(True, "")["image"].contextual_alt_text == ""
    assert clean(False, "Een moeder")["image"].contextual_alt_text == "Een moeder"


def test_the_migration_nests_our_old_flat_image_value():
    migration = importlib.import_module(
        "content.migrations.0006_figure_block_with_wagtail_image_block"
    )
    apply = migration.ImageIntoFigureOperation().apply
    old = {"image": 7, "decorative": False, "alt_text": "Een kind", "caption": "Foto"}
    new = {
        "image": {"image": 7, "decorative": False, "alt_text": "Een kind"},
        "caption": "Foto",
    }
    assert apply(old) == new
    assert apply(new) == new
    decorative = apply({"image": 7, "decorative": True, "alt_text": "x"})
    assert decorative == {
        "image": {"image": 7, "decorative": True, "alt_text": ""},
        "caption": "",
    }


def _queries(client, url):
    client.get(url)  # warm caches
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def _grow(home_page, theme_page, n):
    for i in range(n):
        InfoPageFactory(
            parent=theme_page,
            slug=f"extra-{i}-{InfoPageFactory._meta.model.objects.count()}",
        )
        line = HelplineFactory()
        line.themes.add(theme_page.theme)
        line.save()
        HelplineHoursFactory(helpline=line)


@pytest.mark.parametrize(
    "url",
    [
        "/",
        "/geld/",
        "/geld/gewoon/",
        "/geld/alles/",
        "/stappenplannen/plan/",
        "/stappenplannen/",
        "/hulp/",
    ],
)
def test_public_pages_keep_a_constant_small_number_of_queries(
    client, home_page, theme_page, full_page, url
):
    helpline = HelplineFactory(name="Lijn", always_open=True)
    # A typical information page: text, tip, questions and a helpline.
    InfoPageFactory(
        parent=theme_page,
        slug="gewoon",
        body=[
            b
            for b in every_block(helpline, OrganisationFactory(), Image.objects.get())
            if b["type"] not in ("image", "table")
            and not (b["type"] == "contact" and b["value"]["organisation"])
        ],
    )
    HelplineIndexPageFactory(parent=home_page)
    index = StepPlanIndexPageFactory(parent=home_page)
    plan = StepPlanPageFactory(
        parent=index,
        slug="plan",
        steps=[step("Een", pages=[full_page]), step("Twee", logic="en")],
    )
    plan.themes.add(theme_page.theme)
    plan.save()
    _grow(home_page, theme_page, 2)
    few = _queries(client, url)
    _grow(home_page, theme_page, 10)
    many = _queries(client, url)
    assert many == few, f"{url}: {few} queries with little data, {many} with more"
    # The page with every block type also fetches its image: one more query. A theme
    # page also lists the coming events about its theme (#14): one more query. The
    # page with every block also looks up the active Wagtail locale (#16, i18n on).
    limit = 10 if url == "/" else 14 if url.endswith("/alles/") else 12
    if url == "/geld/":
        limit = 13
    assert many <= limit, f"{url}: {many} queries"
