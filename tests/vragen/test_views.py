"""/vraag/: the form, its done page, and bad input (never a 500, what the parent
typed is kept, a clear Dutch message)."""

import logging

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from tests.factories.content import HelplineFactory
from vragen.models import Question

pytestmark = pytest.mark.django_db

ASK = "/vraag/"
DONE = "/vraag/verstuurd/"


def _post(client, **extra):
    data = {
        "text": "Hoe vraag ik kinderbijslag aan?",
        "contact": "email",
        "email": "ouder@example.org",
        "consent": "on",
        **extra,
    }
    return client.post(ASK, data)


def test_form_is_in_b1_with_privacy_and_target(client, settings):
    settings.QUESTION_ANSWER_WORKING_DAYS = 2
    html = client.get(ASK).content.decode()
    assert "Binnen 2 werkdagen krijg je antwoord" in html
    assert "nooit gevolgen voor je uitkering, je toeslagen of jeugdhulp" in html
    assert "180 dagen" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert "(mag leeg blijven)" in html


def test_a_question_is_stored_and_the_done_page_has_the_reference(client):
    response = _post(client)
    assert response.status_code == 302
    assert response["Location"] == DONE  # nothing in the address
    question = Question.objects.get()
    done = client.get(DONE).content.decode()
    assert question.reference in done
    assert "binnen 2 werkdagen" in done.lower()
    assert len(mail.outbox) == 1


def test_the_done_page_without_a_question_is_no_error(client):
    response = client.get(DONE)
    assert response.status_code == 200
    assert "Je vraag is verstuurd" in response.content.decode()


def test_safety_words_show_the_helpline_at_once(client):
    HelplineFactory(name="Veilig Thuis", phone="0800-2000")
    HelplineFactory(name="113 Zelfmoordpreventie", phone="0800-0113")
    _post(client, text="Mijn ex slaat me en ik ben bang.")
    assert Question.objects.get().urgent
    done = client.get(DONE).content.decode()
    assert "Veilig Thuis" in done
    assert "0800-2000" in done
    assert "113 Zelfmoordpreventie" not in done


def test_no_helpline_for_an_ordinary_question(client):
    HelplineFactory(name="Veilig Thuis", phone="0800-2000")
    _post(client)
    assert "Veilig Thuis" not in client.get(DONE).content.decode()


def test_phone_answer_needs_a_number_and_no_email(client):
    response = _post(client, contact="telefoon", email="", phone="")
    assert response.status_code == 200
    assert "Vul je telefoonnummer in" in response.content.decode()
    response = _post(
        client, contact="telefoon", email="", phone="06 12345678", call_times="avond"
    )
    assert response.status_code == 302
    question = Question.objects.get()
    assert (question.phone, question.call_times) == ("06 12345678", "avond")
    assert mail.outbox == []


@pytest.mark.parametrize(
    "data, message",
    [
        ({"text": ""}, "Schrijf je vraag op."),
        ({"text": "   "}, "Schrijf je vraag op."),
        ({"text": "x" * 20_000}, "Je vraag is te lang. Houd het onder de 2000 tekens."),
        ({"email": "geen-adres"}, "Dit lijkt geen e-mailadres."),
        ({"email": ""}, "Vul je e-mailadres in."),
        ({"contact": "fax"}, "Kies per e-mail of per telefoon."),
        ({"contact": ""}, "Kies hoe we je mogen antwoorden"),
        ({"consent": ""}, "Zet een vinkje als je het goed vindt."),
        ({"postcode": "99999"}, "Dit is geen Nederlandse postcode."),
        ({"phone": "bel me", "contact": "telefoon"}, "Dit lijkt geen telefoonnummer."),
        ({"name": "n" * 500}, "Dit is te lang."),
        ({"text": "a\x00b"}, ""),
    ],
)
def test_bad_input_gives_a_dutch_message_and_keeps_what_was_typed(
    client, data, message
):
    response = _post(client, **data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er ging iets mis" in html
    assert message in html
    assert not Question.objects.exists()
    if data.get("email"):
        assert escape(data["email"]) in html


def test_typed_text_comes_back_after_an_error(client):
    text = "Mijn vraag over de alimentatie"
    html = _post(client, text=text, email="fout").content.decode()
    assert text in html


@pytest.mark.parametrize(
    "probe",
    ['"><script>alert(1)</script>', "<img src=x onerror=alert(1)>", "<b id=probe>"],
)
def test_markup_in_every_field_is_escaped(client, probe):
    html = _post(
        client,
        text=probe,
        email=probe,
        phone=probe,
        call_times=probe,
        postcode=probe,
        name=probe,
    ).content.decode()
    assert probe not in html
    assert escape(probe) in html


def test_markup_in_a_stored_question_stays_text(client):
    _post(client, text="<script>alert(1)</script>", name="<b>Sam</b>")
    question = Question.objects.get()
    assert question.text == "<script>alert(1)</script>"


def test_honeypot_stores_nothing_and_looks_done(client):
    response = _post(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Question.objects.exists()
    assert mail.outbox == []


def test_rate_limit_keeps_what_was_typed(client, settings):
    settings.QUESTION_RATE_LIMIT_PER_HOUR = 2
    for _ in range(2):
        assert _post(client).status_code == 302
    response = _post(client, text="Nog een vraag")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Probeer het over een uur nog eens" in html
    assert "Nog een vraag" in html
    assert Question.objects.count() == 2


def test_csrf_is_required():
    client = Client(enforce_csrf_checks=True)
    response = _post(client)
    assert response.status_code == 403
    assert not Question.objects.exists()


def test_no_personal_data_in_logs(client, caplog):
    with caplog.at_level(logging.DEBUG):
        _post(client, email="geheim@example.org", text="Mijn geheime vraag")
        client.get(DONE)
    assert "geheim@example.org" not in caplog.text
    assert "Mijn geheime vraag" not in caplog.text


def test_pages_are_not_cached(client):
    assert "no-store" in client.get(ASK)["Cache-Control"]
    _post(client)
    assert "no-store" in client.get(DONE)["Cache-Control"]


def test_footer_links_to_the_form(client):
    assert 'href="/vraag/"' in client.get(reverse("vragen:done")).content.decode()


def test_get_only_and_post(client):
    assert client.put(ASK).status_code == 405


def test_the_done_page_alone_sets_no_cookie(client):
    response = client.get(DONE)
    assert not response.cookies


def test_the_session_of_an_anonymous_parent_ends_within_the_hour(client):
    _post(client)
    assert client.session.get_expiry_age() <= 3600
