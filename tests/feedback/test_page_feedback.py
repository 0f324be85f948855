""" "Was deze pagina nuttig?": counted per page and month, on cached cookie-free pages,
protected by an origin check and a rate limit instead of a CSRF cookie."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from core.models import Municipality
from feedback.models import PageFeedbackComment, PageFeedbackMonth
from feedback.services import month_start
from tests.factories.content import (
    InfoPageFactory,
    OrganisationFactory,
    StepPlanIndexPageFactory,
    StepPlanPageFactory,
    ThemePageFactory,
)
from tests.factories.professionals import MunicipalityPageFactory
from tests.factories.regelingen import SchemeFactory

pytestmark = pytest.mark.django_db

URL = "/nuttig/"
ORIGIN = {"HTTP_ORIGIN": "http://testserver"}


@pytest.fixture
def info_page(home_page):
    theme = ThemePageFactory(parent=home_page)
    return InfoPageFactory(parent=theme, title="Kinderbijslag aanvragen")


def _key(obj):
    return f"{ContentType.objects.get_for_model(obj).pk}-{obj.pk}"


def _vote(client, obj, answer, **headers):
    return client.post(
        URL, {"pagina": _key(obj), "nuttig": answer}, **(headers or ORIGIN)
    )


def _count(obj):
    row = PageFeedbackMonth.objects.filter(object_id=obj.pk).first()
    return (row.yes, row.no) if row else (0, 0)


def test_url_is_stable():
    assert reverse("page_feedback") == URL


def test_reading_page_has_the_form_and_sets_no_cookie(client, info_page):
    response = client.get(info_page.url)
    html = response.content.decode()
    assert "Was deze pagina nuttig?" in html
    assert f'name="pagina" value="{_key(info_page)}"' in html
    assert "csrfmiddlewaretoken" not in html
    assert not response.cookies


def test_page_with_the_form_stays_in_the_page_cache(client, info_page, settings):
    settings.PAGE_CACHE_SECONDS = 60
    first = client.get(info_page.url)
    second = client.get(info_page.url)
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert "public" in first["Cache-Control"]
    assert second.content == first.content
    _vote(client, info_page, "ja")
    third = client.get(info_page.url)
    assert third["X-Page-Cache"] == "hit"  # an answer changes nothing on the page
    assert third.content == first.content


def test_yes_is_counted_and_thanked_without_a_cookie(client, info_page):
    response = _vote(client, info_page, "ja")
    assert response.status_code == 200
    assert "Bedankt voor je antwoord" in response.content.decode()
    assert info_page.url in response.content.decode()
    assert not response.cookies
    assert (
        "no-store" in response["Cache-Control"]
        or "no-cache" in response["Cache-Control"]
    )
    assert _count(info_page) == (1, 0)
    row = PageFeedbackMonth.objects.get()
    assert row.month == month_start()


def test_no_asks_what_was_missing_and_stores_it_cleaned(client, info_page):
    response = _vote(client, info_page, "nee")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Wat miste je?" in html
    assert "csrfmiddlewaretoken" not in html
    assert _count(info_page) == (0, 1)
    response = client.post(
        URL,
        {
            "pagina": _key(info_page),
            "stap": "toelichting",
            "wat_miste": "Hoeveel krijg ik? Mail me: jan@example.nl of 0612345678",
        },
        **ORIGIN,
    )
    assert "Bedankt voor je antwoord" in response.content.decode()
    comment = PageFeedbackComment.objects.get()
    assert comment.text == "Hoeveel krijg ik? Mail me: [weggehaald] of [weggehaald]"
    assert _count(info_page) == (0, 1)  # the comment is no second vote


def test_empty_comment_stores_nothing(client, info_page):
    client.post(
        URL,
        {"pagina": _key(info_page), "stap": "toelichting", "wat_miste": "  "},
        **ORIGIN,
    )
    assert not PageFeedbackComment.objects.exists()


def test_too_long_comment_gets_a_dutch_message_and_keeps_the_text(client, info_page):
    text = "a" * 501
    response = client.post(
        URL,
        {"pagina": _key(info_page), "stap": "toelichting", "wat_miste": text},
        **ORIGIN,
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Schrijf maximaal 500 tekens" in html
    assert text in html
    assert not PageFeedbackComment.objects.exists()


def test_step_plans_and_schemes_take_answers(client, home_page):
    index = StepPlanIndexPageFactory(parent=home_page)
    plan = StepPlanPageFactory(parent=index)
    scheme = SchemeFactory()
    for obj, url in ((plan, plan.url), (scheme, scheme.get_absolute_url())):
        assert _key(obj) in client.get(url).content.decode()
        assert _vote(client, obj, "ja").status_code == 200
        assert _count(obj) == (1, 0)


def test_other_site_is_refused(client, info_page):
    response = _vote(client, info_page, "ja", HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert "niet van een pagina van deze site" in response.content.decode()
    assert _count(info_page) == (0, 0)


def test_no_origin_and_no_referer_is_refused(client, info_page):
    response = client.post(URL, {"pagina": _key(info_page), "nuttig": "ja"})
    assert response.status_code == 403
    assert _count(info_page) == (0, 0)


def test_referer_of_this_site_is_enough(client, info_page):
    response = _vote(
        client, info_page, "ja", HTTP_ORIGIN="null", HTTP_REFERER="http://testserver/x/"
    )
    assert response.status_code == 200
    assert _count(info_page) == (1, 0)


def test_lookalike_host_is_refused(client, info_page):
    response = _vote(
        client, info_page, "ja", HTTP_ORIGIN="http://testserver.evil.example"
    )
    assert response.status_code == 403


def test_flood_is_dropped_silently(client, info_page, settings):
    settings.FEEDBACK_RATE_LIMIT = 30
    statuses = {_vote(client, info_page, "nee").status_code for _ in range(500)}
    assert statuses == {200}
    assert _count(info_page) == (0, 30)
    comment = client.post(
        URL,
        {"pagina": _key(info_page), "stap": "toelichting", "wat_miste": "spam"},
        **ORIGIN,
    )
    assert comment.status_code == 200
    assert not PageFeedbackComment.objects.exists()


def test_draft_page_takes_no_answer(client, info_page):
    info_page.unpublish()
    response = _vote(client, info_page, "ja")
    assert response.status_code == 400
    assert _count(info_page) == (0, 0)


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"pagina": "", "nuttig": "ja"},
        {"pagina": "abc", "nuttig": "ja"},
        {"pagina": "99999-1", "nuttig": "ja"},
        {"pagina": "1-1", "nuttig": "ja"},  # a content type that takes no answers
        {"pagina": "<script>alert(1)</script>", "nuttig": "ja"},
        {"pagina": "9" * 5000, "nuttig": "ja"},
        {"pagina": "1-" + "9" * 40, "nuttig": "ja"},
        {"pagina": "\x00", "nuttig": "ja"},
    ],
)
def test_hostile_targets_get_a_dutch_page_never_a_500(client, info_page, data):
    response = client.post(URL, data, **ORIGIN)
    assert response.status_code == 400
    assert "Dit antwoord konden we niet opslaan" in response.content.decode()
    assert not PageFeedbackMonth.objects.exists()


@pytest.mark.parametrize("answer", ["", "misschien", "<b>ja</b>", "JA", "ja" * 1000])
def test_hostile_answers_get_a_dutch_page(client, info_page, answer):
    response = _vote(client, info_page, answer)
    assert response.status_code == 400
    assert not PageFeedbackMonth.objects.exists()


def test_html_in_the_comment_is_stored_as_text_and_shown_escaped(client, info_page):
    client.post(
        URL,
        {
            "pagina": _key(info_page),
            "stap": "toelichting",
            "wat_miste": "<script>x</script>",
        },
        **ORIGIN,
    )
    assert PageFeedbackComment.objects.get().text == "<script>x</script>"


def test_get_is_not_allowed(client):
    assert client.get(URL).status_code == 405


def test_municipal_page_takes_answers_only_when_published(client, home_page):
    zutphen = Municipality.objects.create(
        cbs_code="0301", name="Zutphen", slug="zutphen", province="Gelderland"
    )
    offer = MunicipalityPageFactory(
        municipality=zutphen, organisation=OrganisationFactory(municipality=zutphen)
    )
    assert _key(offer) in client.get("/gemeente/zutphen/").content.decode()
    assert _vote(client, offer, "nee").status_code == 200
    assert _count(offer) == (0, 1)
    offer.published = False
    offer.save()
    assert _vote(client, offer, "nee").status_code == 400
