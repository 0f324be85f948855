"""Jouw plan through the web: the journey, the plan page, downloads, bad input, privacy
and a constant number of queries. On the demo site (step plans, schemes, groups and
the example municipal pages of Zutphen and Almere)."""

import logging
import re
import zlib

import pytest
from django.core import signing
from django.core.management import call_command
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from icalendar import Calendar

from content.situations import DEATH, MONEY, SEPARATION, UNSAFE, WORK
from plan import flow
from tests.conftest import _ensure_page_tree
from tests.factories.lotgenoten import EventFactory, PeerGroupFactory
from tests.factories.regelingen import SchemeCriterionFactory, SchemeFactory

pytestmark = pytest.mark.django_db
URL = "/jouw-plan/"

ANSWERS = {
    "check-1": {"household": "alone", "care": "full", "partner_died": "no"},
    "check-2": {"children_count": "2", "child_disability": "no"},
    "check-3": {"age_1": "4", "age_2": "9"},
    "check-4": {"housing": "rent", "income": ["work"], "alimony": "no"},
    "check-5": {
        "income_band": "low",
        "debts": "no",
        "alimony_trouble": "none",
        "legal_problem": "no",
    },
}


@pytest.fixture(scope="module")
def _demo_once(django_db_setup, django_db_blocker):
    """The demo site, loaded once for this module inside a transaction that is
    rolled back at the end (each test runs in its own savepoint within it)."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            _ensure_page_tree()
            for loader in (
                "load_reference_data",
                "load_demo_content",
                "load_demo_regelingen",
                "load_demo_lotgenoten",
                "load_demo_professionals",
            ):
                call_command(loader, verbosity=0, stdout=open("/dev/null", "w"))
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def site(_demo_once, db):
    return None


def post(client, response, data, screen=None):
    ctx = response.context
    payload = {
        "plan_state": ctx["plan_state"],
        "screen": screen or ctx["screen"].name,
        "action": "next",
        **data,
    }
    return client.post(URL, payload)


def journey(client, situations, details=None, answers=None):
    """Answer every screen; return the plan page's response."""
    answers = {**ANSWERS, **(answers or {})}
    response = client.get(URL)
    assert response.status_code == 200
    for _ in range(10):
        screen = response.context["screen"]
        if screen.is_plan:
            return response
        if screen.name == flow.SITUATIONS:
            data = {"situations": situations}
        elif screen.name == flow.DETAILS:
            data = details or {}
        else:
            data = answers[screen.name]
        response = post(client, response, data)
        assert response.status_code == 200
        assert (
            not response.context["screen"].form
            or not response.context["screen"].form.errors
        ), response.context["screen"].form.errors
    raise AssertionError("no plan after 10 screens")


def test_start_page_asks_what_is_going_on(client, site):
    response = client.get(URL)
    html = response.content.decode()
    assert "Wat is er aan de hand?" in html
    assert "We bewaren niets van wat je invult" in html
    assert list(response.cookies) in ([], ["csrftoken"])


def test_separation_in_zutphen_plan_with_dates_local_schemes_and_front_door(
    client, site
):
    response = journey(
        client,
        [SEPARATION],
        {"event_verhuizing": "15-01-2026", "postcode": "7201 AB"},
    )
    html = response.content.decode()
    assert "Geef je nieuwe adres door aan de gemeente" in html
    assert "Uiterlijk 20 januari 2026." in html
    assert "Uiterlijk 12 februari 2026." in html
    # Zutphen's example local schemes, labelled, with the reason, in one list.
    assert "Voorbeeld: minimaregeling" in html
    assert "Voorbeeld: bijdrage in de kosten van kinderopvang" in html
    assert "je weinig geld hebt om van te leven" in html
    assert "voorbeeld</span>" in html
    assert "gemeente Zutphen (Voorbeeld: het wijkteam of sociaal loket)" in html
    assert "/gemeente/zutphen/" in html
    # Only the 4 digits travel: never the letters, never in the page.
    assert "7201 AB" not in html and "7201AB" not in html


def test_plan_shows_the_nearest_coming_event_and_online_ones_without_postcode(
    client, site
):
    """Events (#14) beside the groups: near the postcode first, else online ones."""
    EventFactory(title="Workshop in Zutphen", slug="workshop-zutphen", postcode="7201")
    EventFactory(title="Webinar geldzaken", slug="webinar-geld", is_online=True)
    html = journey(client, [MONEY], {"postcode": "7201"}).content.decode()
    assert "Workshop in Zutphen" in html and "/agenda/workshop-zutphen/" in html
    assert "Webinar geldzaken" not in html  # an event nearby comes first
    response = journey(client, [MONEY], {})
    events = response.context["events_near"]
    assert events and all(event.is_online for event in events)
    html = response.content.decode()
    assert "Workshop in Zutphen" not in html
    assert "?postcode=" not in html  # no answer travels in a link


def test_gemeente_without_page_gets_national_schemes_and_general_guidance(client, site):
    response = journey(client, [MONEY], {"postcode": "1012"})
    html = response.content.decode()
    assert "Amsterdam" in html
    assert "nog geen eigen pagina" in html
    assert "Voorbeeld: minimaregeling" not in html
    assert response.context["schemes"], "national schemes are listed"
    assert not any(row["local"] for row in response.context["schemes"])


def test_no_postcode_no_local_part_and_no_error(client, site):
    response = journey(client, [DEATH], {})
    html = response.content.decode()
    assert "Je gaf geen postcode" in html
    assert response.context["area"] is None
    assert not any(row["local"] for row in response.context["schemes"])


def test_not_safe_asks_only_the_postcode_and_shows_safety_first(client, site):
    response = client.get(URL)
    response = post(client, response, {"situations": [UNSAFE]})
    assert response.context["screen"].name == flow.DETAILS
    response = post(client, response, {})
    assert response.context["screen"].is_plan
    html = response.content.decode()
    assert html.index("Eerst: ben je veilig?") < html.index("Jouw stappen")
    assert "Veilig Thuis" in html


def test_back_keeps_the_answers(client, site):
    response = client.get(URL)
    response = post(client, response, {"situations": [SEPARATION, WORK]})
    response = post(client, response, {"postcode": "7201"})
    response = post(client, response, {"action": "back"})
    assert response.context["screen"].name == flow.DETAILS
    assert 'value="7201"' in response.content.decode()
    response = post(client, response, {"action": "back"})
    html = response.content.decode()
    assert response.context["screen"].name == flow.SITUATIONS
    assert re.search(r'value="uit-elkaar"[^>]*checked', html)
    assert re.search(r'value="werk-of-leren"[^>]*checked', html)


def test_ticking_steps_as_done_and_changing_an_answer(client, site):
    response = journey(client, [UNSAFE], {})
    key = response.context["plan"].items[0].step.key
    response = client.post(
        URL,
        {
            "plan_state": response.context["plan_state"],
            "screen": "plan",
            "action": "done",
            "done": [key],
        },
    )
    assert response.context["plan"].items[0].done
    assert "checked" in response.content.decode()
    # Change the situations: the done ticks stay, the plan follows.
    response = client.post(
        URL, {"plan_state": response.context["plan_state"], "goto": "situations"}
    )
    assert response.context["screen"].name == flow.SITUATIONS
    response = post(client, response, {"situations": [UNSAFE, MONEY]})
    response = journey_from(client, response)
    assert response.context["plan"].items[0].done
    assert len(response.context["plan"].items) > 1


def journey_from(client, response):
    for _ in range(10):
        screen = response.context["screen"]
        if screen.is_plan:
            return response
        data = {} if screen.name == flow.DETAILS else ANSWERS[screen.name]
        response = post(client, response, data)
    raise AssertionError("no plan")


def test_ics_has_one_event_with_a_reminder_per_dated_step(client, site):
    response = journey(
        client,
        [SEPARATION, DEATH],
        {"event_verhuizing": "15-01-2026", "event_overlijden": "20-03-2026"},
    )
    dated = response.context["plan"].dated
    assert len(dated) == 3
    response = client.post(
        URL,
        {
            "plan_state": response.context["plan_state"],
            "screen": "plan",
            "action": "ics",
        },
    )
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    calendar = Calendar.from_ical(response.content)
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    assert all(len(event.walk("VALARM")) == 1 for event in events)
    starts = sorted(event.decoded("dtstart").isoformat() for event in events)
    assert starts == ["2026-01-20", "2026-02-12", "2027-02-28"]


def _pdf_text(data: bytes) -> str:
    text = ""
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            text += zlib.decompress(stream).decode("latin-1")
        except zlib.error:
            text += stream.decode("latin-1")
    return text


def test_pdf_opens_and_holds_the_steps(client, site):
    response = journey(client, [SEPARATION], {"event_verhuizing": "15-01-2026"})
    response = client.post(
        URL,
        {
            "plan_state": response.context["plan_state"],
            "screen": "plan",
            "action": "pdf",
        },
    )
    assert response["Content-Type"] == "application/pdf"
    data = response.content
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    text = _pdf_text(data)
    for title in ("Jouw plan", "Zoek een woning", "Geef je nieuwe adres door"):
        assert title in text, title
    assert "20 januari 2026" in text


# --- the Regelcheck result: local schemes and "Maak je plan" ----------------------


def _check_result(client, postcode):
    state = ""
    data = {}
    for number in range(1, 6):
        data = {"step": number, "check_state": state, "action": "next"}
        data.update(ANSWERS[f"check-{number}"])
        if number == 5:
            data["postcode"] = postcode
        response = client.post("/regelingen/check/", data)
        state = response.context["check_state"]
    return response


def test_check_result_shows_local_schemes_and_carries_answers_into_the_plan(
    client, site
):
    response = _check_result(client, "7201")
    html = response.content.decode()
    assert "Regelingen van de gemeente Zutphen" in html
    assert "Voorbeeld: minimaregeling" in html
    assert "Maak je plan" in html
    response = client.post(URL, {"check_state": response.context["check_state"]})
    assert response.context["screen"].name == flow.SITUATIONS
    response = post(client, response, {"situations": [SEPARATION]})
    assert response.context["screen"].name == flow.DETAILS
    assert 'value="7201"' in response.content.decode()  # carried, not asked again
    response = post(client, response, {"postcode": "7201"})
    assert response.context["screen"].is_plan  # no Regelcheck question again


# --- bad input ---------------------------------------------------------------------


def _state(raw):
    return signing.dumps(raw, salt=flow.STATE_SALT, compress=True)


@pytest.mark.parametrize(
    "data",
    [
        {"plan_state": "tampered:token", "screen": "details"},
        {"plan_state": _state({"s": ["no-such-situation"]}), "screen": "details"},
        {"plan_state": _state({"s": "uit-elkaar", "e": [], "c": "x", "d": "y"})},
        {"plan_state": _state({"s": [SEPARATION]}), "screen": "check-5"},
        {"plan_state": _state({"s": [SEPARATION]}), "screen": "check-99"},
        {"plan_state": _state({"s": [SEPARATION]}), "screen": "plan", "action": "pdf"},
        {"plan_state": _state({"s": [SEPARATION]}), "goto": "check-4"},
        {"plan_state": _state({"s": [SEPARATION]}), "goto": "x" * 5000},
        {"situations": ["uit-elkaar", "<script>"], "screen": "situations"},
        {"check_state": "forged"},
        {"plan_state": _state([1, 2]), "screen": "situations"},
    ],
)
def test_bad_input_gives_a_dutch_message_never_a_500(client, site, data):
    response = client.post(URL, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Traceback" not in html
    screen = response.context["screen"]
    assert screen.messages or (screen.form is not None and screen.form.errors)


def test_expired_state_is_asked_again(client, site, monkeypatch):
    token = _state({"s": [SEPARATION]})
    monkeypatch.setattr(flow, "STATE_MAX_AGE", -1)
    response = client.post(URL, {"plan_state": token, "screen": "details"})
    assert flow.MSG_BROKEN in response.context["screen"].messages
    assert response.context["screen"].name == flow.SITUATIONS


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("01-01-1900", "Vul een datum in tussen"),
        ("01-01-2100", "Vul een datum in tussen"),
        ("31-02-2026", "Vul een datum in zoals"),
        ("gisteren", "Vul een datum in zoals"),
    ],
)
def test_bad_dates_keep_the_answers(client, site, value, message):
    response = client.get(URL)
    response = post(client, response, {"situations": [SEPARATION]})
    response = post(client, response, {"event_verhuizing": value, "postcode": "7201"})
    html = response.content.decode()
    assert response.context["screen"].name == flow.DETAILS
    assert message in html
    assert 'value="7201"' in html and f'value="{value}"' in html


def test_a_postcode_that_does_not_exist_is_said_in_dutch(client, site):
    response = client.get(URL)
    response = post(client, response, {"situations": [MONEY]})
    response = post(client, response, {"postcode": "5999"})  # not in the PC4 table
    html = response.content.decode()
    assert "We kennen deze postcode niet" in html
    assert 'value="5999"' in html


def test_an_unknown_situation_code_is_refused(client, site):
    response = client.get(URL)
    response = post(client, response, {"situations": ["bestaat-niet"]})
    assert "Kies alleen uit de antwoorden" in response.content.decode()


# --- privacy -----------------------------------------------------------------------


def test_no_cookie_but_csrf_no_answer_in_a_url_and_none_in_the_log(
    client, site, caplog
):
    caplog.set_level(logging.DEBUG)
    urls = []
    original = client.post

    def spy(path, data=None, **kwargs):
        urls.append(path)
        return original(path, data, **kwargs)

    client.post = spy
    response = journey(
        client, [SEPARATION], {"event_verhuizing": "15-01-2026", "postcode": "7201"}
    )
    assert set(urls) == {URL}
    assert set(client.cookies) <= {"csrftoken"}
    assert not response.get("Location")
    log = caplog.text
    for secret in ("7201", "15-01-2026", "2026-01-15", SEPARATION, "alone", "rent"):
        assert secret not in log
    assert "Cache-Control" in response and "no-cache" in response["Cache-Control"]


# --- speed ---------------------------------------------------------------------------


def _plan_post(client):
    response = journey(
        client,
        [SEPARATION, MONEY, WORK],
        {
            "event_verhuizing": "15-01-2026",
            "event_start-opvang": "02-03-2026",
            "postcode": "7201",
        },
    )
    return {"plan_state": response.context["plan_state"], "screen": "plan"}


def _count(client, data):
    for _ in range(2):
        with CaptureQueriesContext(connection) as ctx:
            response = client.post(URL, data)
        assert response.status_code == 200
    return len(ctx.captured_queries)


def test_plan_page_takes_a_constant_number_of_queries(client, site):
    data = _plan_post(client)
    small = _count(client, data)
    theme = None
    for n in range(30):
        scheme = SchemeFactory(slug=f"extra-regeling-{n}")
        SchemeCriterionFactory(scheme=scheme)
        PeerGroupFactory(slug=f"extra-groep-{n}", postcode="7201")
        theme = theme or scheme
    large = _count(client, data)
    assert large == small
    assert small <= 14
