"""Hostile input on every public form and query parameter.

Random strings (NUL characters included: PostgreSQL refuses them in text) and
markup go into every parameter a public view reads. Whatever comes in: never a
server error, never the markup echoed unescaped, and a refused form shows the
parent what they typed (escaped) so they can correct it.
"""

import datetime
import re
from urllib.parse import quote

import pytest
from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.test import Client
from django.utils.html import escape
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from content.models import GlossaryPage
from lotgenoten import services as lotgenoten_services
from regelingen.check import STATE_SALT, state_dump
from tests.factories.content import (
    GlossaryTermFactory,
    HelplineFactory,
    HelplineHoursFactory,
    HelplineIndexPageFactory,
    ThemeFactory,
)
from tests.factories.lotgenoten import EventFactory, PeerGroupFactory
from tests.factories.regelingen import LifeEventFactory, SchemeFactory

pytestmark = pytest.mark.django_db

# Unlikely to occur in a page by chance; dangerous when echoed as they are.
PROBES = [
    '<b id="probe">',
    '"><script>alert(1)</script>',
    "<img src=x onerror=alert(1)>",
    "'><svg onload=alert(1)>",
]

hostile = st.one_of(
    st.text(max_size=40),
    st.sampled_from(PROBES),
    st.builds(
        lambda before, probe, after: before + probe + after,
        st.text(max_size=8),
        st.sampled_from(PROBES),
        st.text(max_size=8),
    ),
)
# What a parent types into a text field: printable, no carriage returns (browsers
# normalise line ends, so "\r" would not come back as it was sent).
typed = st.one_of(
    st.sampled_from(PROBES),
    st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"),
        min_size=1,
        max_size=30,
    ).filter(str.strip),
    st.builds(lambda text: text + '<b id="probe">', st.text(max_size=10)),
)
hostile_settings = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


@pytest.fixture
def hostile_client():
    """A client whose crashes reach us; `send` turns them into a failure."""
    return Client(raise_request_exception=True)


def send(client, method: str, path: str, data=None, **extra):
    """The response; a crash or 5xx fails the test and names the input."""
    cache.clear()  # rate limits per IP address must not hide the form
    try:
        # A savepoint: on PostgreSQL a failed query must not poison the next example.
        with transaction.atomic():
            response = getattr(client, method)(path, data, **extra)
    except Exception as error:
        raise AssertionError(
            f"{method.upper()} {path} {data!r} raised {error!r}"
        ) from error
    assert response.status_code < 500, (
        f"{method.upper()} {path} {data!r} gave {response.status_code}"
    )
    return response


def body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode(errors="replace")


def assert_no_raw_echo(response, *values):
    """None of the markup probes in the input comes back unescaped."""
    page = body(response)
    for value in values:
        for item in value if isinstance(value, list | tuple) else [value]:
            for probe in PROBES:
                if probe in str(item):
                    assert probe not in page, f"unescaped echo of {probe!r}"


def assert_kept(response, value: str):
    """A refused form shows what was typed, escaped."""
    assert escape(value) in body(response), f"typed value {value!r} not kept"


@pytest.fixture
def public_site(home_page, postcode_areas):
    """One of everything the public views show."""
    theme = ThemeFactory(slug="geld")
    event = LifeEventFactory(slug="scheiding")
    scheme = SchemeFactory(
        slug="kindgebonden-budget", themes=[theme], life_events=[event]
    )
    group = PeerGroupFactory(slug="koffie-uurtje-amsterdam", postcode="1012")
    PeerGroupFactory(slug="online-groep", postcode="", is_online=True)
    EventFactory(slug="workshop-amsterdam", postcode="1012")
    EventFactory(slug="webinar", postcode="", is_online=True, repeat="wekelijks")
    HelplineIndexPageFactory(parent=home_page)
    HelplineHoursFactory(helpline=HelplineFactory(name="Kindertelefoon"))
    home_page.add_child(
        instance=GlossaryPage(title="Moeilijke woorden", slug="begrippen")
    )
    GlossaryTermFactory(term="toeslag")
    return {"scheme": scheme, "group": group, "theme": theme}


# --- site search, plain pages and /weg/ ----------------------------------------


@hostile_settings
@given(q=hostile, page=hostile, extra=hostile)
@example(q="\x00", page="\x00", extra="\x00")
@example(q='<b id="probe">toeslag', page="2", extra="")
@example(q="toeslag", page="99999999999999999999", extra="")
def test_site_search(hostile_client, public_site, q, page, extra):
    response = send(
        hostile_client,
        "get",
        "/zoeken/",
        {"q": q, "pagina": page, "type": extra, "onderwerp": extra},
    )
    assert response.status_code == 200
    assert_no_raw_echo(response, q, page, extra)


@hostile_settings
@given(
    path=st.sampled_from(
        ["/hulp/", "/begrippen/", "/", "/weg/", "/gemeente/amsterdam/"]
    ),
    params=st.dictionaries(hostile, hostile, max_size=4),
)
@example(path="/weg/", params={"next": '"><script>alert(1)</script>'})
@example(path="/hulp/", params={"\x00": "\x00"})
def test_plain_pages_ignore_junk_parameters(hostile_client, public_site, path, params):
    response = send(hostile_client, "get", path, params)
    assert response.status_code in (200, 302, 404)
    if path == "/weg/":
        assert response.status_code == 302
        assert "probe" not in response["Location"]
    assert_no_raw_echo(response, *params.keys(), *params.values())


# --- schemes -------------------------------------------------------------------


@hostile_settings
@given(
    q=hostile,
    onderwerp=st.one_of(hostile, st.just("geld")),
    gebeurtenis=st.one_of(hostile, st.just("scheiding")),
    aanbieder=st.one_of(hostile, st.integers().map(str)),
    extra=hostile,
)
@example(q="\x00", onderwerp="\x00", gebeurtenis="\x00", aanbieder="\x00", extra="")
@example(q="a" * 500, onderwerp="", gebeurtenis="", aanbieder="9" * 40, extra="")
def test_scheme_list_filters(
    hostile_client, public_site, q, onderwerp, gebeurtenis, aanbieder, extra
):
    params = {
        "q": q,
        "onderwerp": onderwerp,
        "gebeurtenis": gebeurtenis,
        "aanbieder": aanbieder,
        "pagina": extra,
    }
    response = send(hostile_client, "get", "/regelingen/", params)
    assert response.status_code == 200
    assert_no_raw_echo(response, *params.values())


@hostile_settings
@given(
    path=st.sampled_from(
        [
            "/regelingen/kindgebonden-budget/",
            "/regelingen/bestaat-niet/",
            "/regelingen/export.json",
            "/regelingen/export.csv",
        ]
    ),
    params=st.dictionaries(hostile, hostile, max_size=4),
)
@example(
    path="/regelingen/export.csv", params={"format": "\x00", "q": '<b id="probe">'}
)
def test_scheme_detail_and_exports_ignore_junk(
    hostile_client, public_site, path, params
):
    response = send(hostile_client, "get", path, params)
    assert response.status_code in (200, 404)
    assert_no_raw_echo(response, *params.keys(), *params.values())


def _token_until(step: int) -> str:
    """A signed state with valid answers for steps 1 up to `step`."""
    answers = {
        "1": {"household": "alone", "care": "full", "partner_died": "no"},
        "2": {"children_count": 1, "child_disability": "no"},
        "3": {"age_1": 4},
        "4": {"housing": "rent", "income": ["work"], "alimony": "no"},
    }
    return state_dump({k: v for k, v in answers.items() if int(k) <= step})


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | hostile,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(hostile, children, max_size=3)
    ),
    max_leaves=8,
)
check_state = st.one_of(
    st.just(""),
    hostile,
    st.integers(0, 4).map(_token_until),
    # Tampered: one character of a real token changed.
    st.tuples(st.integers(0, 4), st.integers(0, 200), st.characters(codec="utf-8")).map(
        lambda t: (lambda tok: tok[: t[1]] + t[2] + tok[t[1] + 1 :])(_token_until(t[0]))
    ),
    # Correctly signed, but not what the check ever writes.
    json_values.map(state_dump),
    st.dictionaries(
        st.sampled_from(["1", "2", "3", "4", "5", "6", "0", "-1"]), json_values
    ).map(state_dump),
)
CHECK_FIELDS = [
    "household",
    "care",
    "partner_died",
    "children_count",
    "child_disability",
    "age_1",
    "age_2",
    "age_12",
    "housing",
    "income",
    "alimony",
    "income_band",
    "debts",
    "alimony_trouble",
    "legal_problem",
    "postcode",
]


@settings(hostile_settings, max_examples=40)
@given(
    state=check_state,
    step=st.one_of(hostile, st.integers(-3, 9).map(str)),
    goto=st.one_of(st.none(), hostile, st.integers(-3, 9).map(str)),
    action=st.one_of(st.sampled_from(["next", "back", ""]), hostile),
    editing=st.one_of(st.sampled_from(["1", "0"]), hostile),
    values=st.dictionaries(
        st.sampled_from(CHECK_FIELDS),
        st.one_of(hostile, st.lists(hostile, max_size=3)),
    ),
)
@example(
    state="\x00",
    step="\x00",
    goto=None,
    action="\x00",
    editing="\x00",
    values={"postcode": "\x00"},
)
@example(
    state=signing.dumps({"2": {"children_count": 10**9}}, salt=STATE_SALT),
    step="3",
    goto=None,
    action="next",
    editing="",
    values={"age_1": '"><script>alert(1)</script>'},
)
def test_regelcheck_post(
    hostile_client, public_site, state, step, goto, action, editing, values
):
    data = {"check_state": state, "step": step, "action": action, "editing": editing}
    if goto is not None:
        data["goto"] = goto
    data.update(values)
    response = send(hostile_client, "post", "/regelingen/check/", data)
    assert response.status_code == 200
    assert_no_raw_echo(response, *data.values())


@hostile_settings
@given(postcode=typed, children=typed)
@example(postcode='<b id="probe">', children='"><script>alert(1)</script>')
@example(postcode="1012\x00", children="\x00")
def test_regelcheck_keeps_what_was_typed(
    hostile_client, public_site, postcode, children
):
    response = send(
        hostile_client,
        "post",
        "/regelingen/check/",
        {"check_state": _token_until(1), "step": "2", "children_count": children},
    )
    assert "Stap 2 van 5" in body(response)
    assert_kept(response, children)
    assert_no_raw_echo(response, children)
    data = {
        "check_state": _token_until(4),
        "step": "5",
        "income_band": "high",
        "debts": "no",
        "alimony_trouble": "no",
        "legal_problem": "no",
        "postcode": postcode,
    }
    response = send(hostile_client, "post", "/regelingen/check/", data)
    if "Stap 5 van 5" in body(response):  # refused: a valid postcode gives the result
        assert_kept(response, postcode)
    assert_no_raw_echo(response, postcode)


# --- peer groups and "in de buurt" ----------------------------------------------


@hostile_settings
@given(
    postcode=st.one_of(hostile, st.sampled_from(["1012", "1012 AB", "9999"])),
    page=st.one_of(hostile, st.integers().map(str)),
    flags=st.dictionaries(
        st.sampled_from(["avond", "gratis", "opvang", "kinderen", "online"]), hostile
    ),
    doelgroep=hostile,
    radius=hostile,
)
@example(
    postcode="\x00", page="\x00", flags={"online": "\x00"}, doelgroep="\x00", radius=""
)
@example(postcode="1012", page="9" * 5000, flags={}, doelgroep="", radius="-1")
def test_group_search_and_nearby(
    hostile_client, public_site, postcode, page, flags, doelgroep, radius
):
    params = {
        "postcode": postcode,
        "pagina": page,
        "doelgroep": doelgroep,
        "straal": radius,
        "afstand": radius,
        **flags,
    }
    for path in ("/lotgenoten/", "/in-de-buurt/"):
        response = send(hostile_client, "get", path, params)
        if response.status_code == 302:  # to the same search with only the 4 digits
            assert re.match(rf"{path}\?postcode=\d{{4}}(&|$)", response["Location"])
            response = send(hostile_client, "get", response["Location"])
        assert response.status_code == 200
        assert_no_raw_echo(response, *params.values())
        if postcode.strip() and postcode not in ("1012", "1012 AB", "9999"):
            if "Dit is geen Nederlandse postcode" in body(response):
                assert_kept(response, postcode)


@hostile_settings
@given(
    slug=st.sampled_from(["koffie-uurtje-amsterdam", "bestaat-niet"]),
    params=st.dictionaries(hostile, hostile, max_size=3),
)
def test_group_detail_ignores_junk(hostile_client, public_site, slug, params):
    response = send(hostile_client, "get", f"/lotgenoten/{slug}/", params)
    assert response.status_code in (200, 404)
    assert_no_raw_echo(response, *params.keys(), *params.values())


@hostile_settings
@given(
    name=typed,
    email=st.one_of(typed, st.emails().map(str)),
    phone=st.one_of(typed, st.just("06 12345678")),
    message=hostile,
    consent=st.sampled_from([None, "on", "\x00", '<b id="probe">']),
    website=st.sampled_from(["", "", "", "http://spam.example", "\x00"]),
)
@example(
    name="\x00", email="\x00", phone="\x00", message="\x00", consent=None, website=""
)
@example(
    name='<b id="probe">',
    email="ouder@example.org",
    phone="06 12345678",
    message='"><script>alert(1)</script>',
    consent=None,
    website="",
)
def test_peer_group_signup(
    hostile_client, public_site, name, email, phone, message, consent, website
):
    data = {
        "name": name,
        "email": email,
        "phone": phone,
        "message": message,
        "website": website,
    }
    if consent is not None:
        data["consent"] = consent
    path = "/lotgenoten/koffie-uurtje-amsterdam/meedoen/"
    response = send(hostile_client, "post", path, data)
    if website.strip():
        assert response.status_code == 302  # the honeypot: looks sent, is not
    if response.status_code != 302:
        assert response.status_code in (200, 429)
        for value in (name, email, phone):
            assert_kept(response, value)
    assert_no_raw_echo(response, *data.values())


@hostile_settings
@given(
    postcode=hostile,
    page=hostile,
    where=st.one_of(hostile, st.sampled_from(["online", "ter-plekke", ""])),
    flags=st.dictionaries(st.sampled_from(["avond", "gratis"]), hostile),
)
@example(postcode="\x00", page="\x00", where="\x00", flags={"gratis": "\x00"})
@example(postcode="1012", page="9" * 5000, where="ter-plekke", flags={})
def test_agenda(hostile_client, public_site, postcode, page, where, flags):
    params = {"postcode": postcode, "pagina": page, "waar": where, **flags}
    response = send(hostile_client, "get", "/agenda/", params)
    if response.status_code == 302:  # to the same search with only the 4 digits
        assert re.match(r"/agenda/\?postcode=\d{4}(&|$)", response["Location"])
        response = send(hostile_client, "get", response["Location"])
    assert response.status_code == 200
    assert_no_raw_echo(response, *params.values())
    if "Dit is geen Nederlandse postcode" in body(response):
        assert_kept(response, postcode)


@hostile_settings
@given(
    slug=st.sampled_from(["workshop-amsterdam", "webinar", "bestaat-niet"]),
    suffix=st.sampled_from(["", "agenda.ics", "aanmelden/verstuurd/"]),
    params=st.dictionaries(hostile, hostile, max_size=3),
)
def test_event_pages_ignore_junk(hostile_client, public_site, slug, suffix, params):
    response = send(hostile_client, "get", f"/agenda/{slug}/{suffix}", params)
    assert response.status_code in (200, 404)
    assert_no_raw_echo(response, *params.keys(), *params.values())


@hostile_settings
@given(
    name=typed,
    email=st.one_of(typed, st.emails().map(str)),
    phone=st.one_of(typed, st.just("06 12345678")),
    message=hostile,
    consent=st.sampled_from([None, "on", "\x00", '<b id="probe">']),
    website=st.sampled_from(["", "", "", "http://spam.example", "\x00"]),
)
@example(
    name="\x00", email="\x00", phone="\x00", message="\x00", consent=None, website=""
)
def test_event_signup(
    hostile_client, public_site, name, email, phone, message, consent, website
):
    data = {
        "name": name,
        "email": email,
        "phone": phone,
        "message": message,
        "website": website,
    }
    if consent is not None:
        data["consent"] = consent
    response = send(
        hostile_client, "post", "/agenda/workshop-amsterdam/aanmelden/", data
    )
    if website.strip():
        assert response.status_code == 302
    if response.status_code != 302:
        assert response.status_code in (200, 429)
        for value in (name, email, phone):
            assert_kept(response, value)
    assert_no_raw_echo(response, *data.values())


@hostile_settings
@given(
    token=st.one_of(hostile, st.text(alphabet="abcdefghij:_-0123456789", max_size=80)),
    signup=hostile,
    status=hostile,
)
def test_organiser_signups_link_with_garbage(
    hostile_client, public_site, token, signup, status
):
    path = f"/lotgenoten/aanmeldingen/{quote(token, safe='') or 'x'}/"
    response = send(
        hostile_client, "post", path, {"aanmelding": signup, "status": status}
    )
    assert response.status_code in (400, 404, 410)
    assert_no_raw_echo(response, token, signup, status)


@hostile_settings
@given(
    role=st.one_of(hostile, st.sampled_from(["ouder", "professional"])),
    name=typed,
    email=st.one_of(typed, st.emails().map(str)),
    place=typed,
    message=typed,
    consent=st.sampled_from([None, "on", "\x00"]),
    website=st.sampled_from(["", "", "", "spam"]),
)
@example(
    role="\x00",
    name="\x00",
    email="\x00",
    place="\x00",
    message="\x00",
    consent="on",
    website="",
)
def test_start_group_request(
    hostile_client, public_site, role, name, email, place, message, consent, website
):
    data = {
        "role": role,
        "name": name,
        "email": email,
        "place": place,
        "message": message,
        "website": website,
    }
    if consent is not None:
        data["consent"] = consent
    response = send(hostile_client, "post", "/lotgenoten/zelf-starten/", data)
    if response.status_code != 302:
        for value in (name, email, place, message):
            assert_kept(response, value)
    assert_no_raw_echo(response, *data.values())


# --- the organiser's signed link ------------------------------------------------

organiser_tokens = st.one_of(
    hostile.filter(lambda t: t and "/" not in t and t not in (".", "..")),
    st.just("klaar"),
    # Correctly signed, but for no group or with the wrong content.
    st.one_of(
        st.dictionaries(st.just("g"), json_values),
        json_values,
        st.just({"g": 10**12}),
    ).map(
        lambda data: signing.dumps(data, salt=lotgenoten_services.ORGANISER_LINK_SALT)
    ),
)


@hostile_settings
@given(
    token=organiser_tokens,
    method=st.sampled_from(["get", "post"]),
    action=st.one_of(
        st.sampled_from(["bevestigen", "wijzigingen", "gestopt"]), hostile
    ),
    changes=hostile,
)
@example(token="\x00", method="post", action="\x00", changes="\x00")
@example(token="%00", method="get", action="", changes="")
def test_organiser_link_with_garbage_token(
    hostile_client, public_site, token, method, action, changes
):
    path = f"/lotgenoten/bijwerken/{quote(token, safe='')}/"
    data = {"actie": action, "changes": changes} if method == "post" else {"x": action}
    response = send(hostile_client, method, path, data)
    assert response.status_code in (200, 302, 400, 404, 410)
    assert_no_raw_echo(response, token, action, changes)


@hostile_settings
@given(action=st.one_of(st.just("wijzigingen"), hostile), changes=typed)
@example(action="wijzigingen", changes="x" * 2001 + '<b id="probe">')
@example(action="wijzigingen", changes="\x00")
def test_organiser_link_with_valid_token(hostile_client, public_site, action, changes):
    group = public_site["group"]
    token = lotgenoten_services.organiser_token_make(group)
    path = f"/lotgenoten/bijwerken/{token}/"
    response = send(hostile_client, "post", path, {"actie": action, "changes": changes})
    assert response.status_code in (302, 400)
    if response.status_code == 400 and action == "wijzigingen":
        assert_kept(response, changes)
    assert_no_raw_echo(response, action, changes)
    done = send(
        hostile_client, "get", "/lotgenoten/bijwerken/klaar/", {"actie": action}
    )
    assert done.status_code in (200, 404)
    assert_no_raw_echo(done, action)


def test_expired_organiser_link_is_410(hostile_client, public_site):
    group = public_site["group"]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            "django.core.signing.time.time",
            lambda: datetime.datetime(2000, 1, 1).timestamp(),
        )
        token = lotgenoten_services.organiser_token_make(group)
    response = send(hostile_client, "post", f"/lotgenoten/bijwerken/{token}/")
    assert response.status_code == 410


# --- issue 17: replays, search privacy, CSV formulas -----------------------------


@hostile_settings
@given(
    action=st.one_of(
        st.sampled_from(["bevestigen", "wijzigingen", "gestopt"]), hostile
    ),
    changes=typed,
)
@example(action="gestopt", changes="x")
@example(action="\x00", changes="\x00")
def test_a_used_organiser_link_refuses_every_replay(
    hostile_client, public_site, action, changes
):
    group = public_site["group"]
    token = lotgenoten_services.organiser_token_make(group)
    path = f"/lotgenoten/bijwerken/{token}/"
    assert send(hostile_client, "post", path, {"actie": "bevestigen"}).status_code == (
        302
    )
    before = type(group).objects.values("status", "last_confirmed").get(pk=group.pk)
    for method in ("get", "post"):
        response = send(
            hostile_client, method, path, {"actie": action, "changes": changes}
        )
        assert response.status_code == 410
        assert "Deze link is al gebruikt" in body(response)
        assert_no_raw_echo(response, action, changes)
    after = type(group).objects.values("status", "last_confirmed").get(pk=group.pk)
    assert after == before


address = st.builds(
    lambda name, street, number, extra: f"{name} {street} {number}{extra}",
    st.sampled_from(["Jan Jansen", "anna de vries", "Mohamed El Amrani"]),
    st.sampled_from(["Dorpsstraat", "Kerkweg", "Molenlaan", "Lange Gracht"]),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(["", "a", " B", "-2"]),
)


@hostile_settings
@given(query=st.one_of(address, st.emails()))
@example(query="Jan Jansen Dorpsstraat 12")
def test_search_never_stores_a_name_and_address(hostile_client, public_site, query):
    from wagtail.contrib.search_promotions.models import Query

    response = send(hostile_client, "get", "/zoeken/", {"q": query})
    assert response.status_code == 200
    stored = " ".join(Query.objects.values_list("query_string", flat=True))
    for word in ("jansen", "vries", "amrani", "dorpsstraat", "kerkweg", "@"):
        assert word not in stored


FORMULA_START = re.compile(r"^[ ]*[=+\-@\t\r]")


@hostile_settings
@given(
    name=st.one_of(
        hostile,
        st.builds(
            lambda spaces, start, rest: spaces + start + rest,
            st.sampled_from(["", " ", "   "]),
            st.sampled_from(["=", "+", "-", "@", "\t", "\r"]),
            st.text(max_size=10),
        ),
    )
)
@example(name="=HYPERLINK(1)")
@example(name="  \t=1")
def test_scheme_export_never_starts_a_cell_with_a_formula(
    hostile_client, public_site, name
):
    import csv
    import io

    name = name.replace("\x00", "")
    public_site["theme"].name = name[:40] or "x"
    public_site["theme"].save()
    scheme = public_site["scheme"]
    scheme.name = name[:40] or "x"
    scheme.save()
    response = send(hostile_client, "get", "/regelingen/export.csv")
    text = response.content.decode("utf-8-sig")
    for row in csv.reader(io.StringIO(text, newline="")):
        for cell in row:
            assert not FORMULA_START.match(cell), cell


@pytest.mark.django_db
@pytest.mark.parametrize("number", ["²", "٣", "9" * 5000, "-1", "0"])
@pytest.mark.parametrize("url", ["/zoeken/?q=geld", "/regelingen/"])
def test_page_numbers_that_are_not_page_numbers(client, home_page, url, number):
    # "²" is a digit to str.isdigit() but not to int(); 5,000 digits exceed int()'s limit.
    joiner = "&" if "?" in url else "?"
    response = client.get(f"{url}{joiner}pagina={number}")
    assert response.status_code == 200
