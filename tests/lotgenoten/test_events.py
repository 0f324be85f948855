"""Events: dates and repeats, past events hidden, the agenda, the .ics, the page."""

import datetime
import json
import re

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from lotgenoten import selectors
from lotgenoten.models import MAX_OCCURRENCES, Event
from lotgenoten.models.events import AMSTERDAM
from tests.factories.lotgenoten import EventFactory, _in_days


@pytest.fixture
def areas(postcode_areas):
    return None


def test_weekly_event_keeps_its_clock_time_across_summer_time():
    start = datetime.datetime(2027, 3, 16, 19, 30, tzinfo=AMSTERDAM)  # winter time
    event = Event(
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
        repeat=Event.Repeat.WEEKLY,
        repeat_until=datetime.date(2027, 4, 13),
    )
    starts = event.starts()
    assert len(starts) == 5
    assert [s.hour for s in starts] == [19] * 5  # 30 March is summer time
    assert starts[-1].date() == datetime.date(2027, 4, 13)


def test_monthly_event_keeps_the_same_week_and_weekday():
    start = datetime.datetime(2027, 1, 12, 10, 0, tzinfo=AMSTERDAM)  # 2nd Tuesday
    event = Event(
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        repeat=Event.Repeat.MONTHLY,
        repeat_until=datetime.date(2027, 4, 30),
    )
    days = [s.date() for s in event.starts()]
    assert days == [
        datetime.date(2027, 1, 12),
        datetime.date(2027, 2, 9),
        datetime.date(2027, 3, 9),
        datetime.date(2027, 4, 13),
    ]
    assert all(d.weekday() == 1 for d in days)


def test_a_rule_that_never_ends_is_capped():
    start = datetime.datetime(2027, 1, 4, 10, 0, tzinfo=AMSTERDAM)
    weekly = Event(
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        repeat=Event.Repeat.WEEKLY,
    )
    assert len(weekly.starts()) <= MAX_OCCURRENCES
    assert weekly.starts()[-1] - start <= datetime.timedelta(days=366)
    far = Event(
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        repeat=Event.Repeat.WEEKLY,
        repeat_until=datetime.date(9999, 12, 31),
    )
    assert len(far.starts()) == MAX_OCCURRENCES


def test_end_before_start_is_refused_in_dutch(areas):
    start = _in_days(3)
    event = Event(
        title="Test",
        slug="test",
        description="x",
        postcode="1012",
        starts_at=start,
        ends_at=start - datetime.timedelta(hours=1),
    )
    with pytest.raises(ValidationError) as error:
        event.full_clean()
    assert error.value.message_dict["ends_at"] == [
        "Het einde moet na het begin liggen."
    ]


def test_past_events_and_past_dates_disappear_by_themselves(areas):
    past = EventFactory(starts_at=_in_days(-3), ends_at=_in_days(-3, 21))
    coming = EventFactory()
    weekly = EventFactory(
        starts_at=_in_days(-14),
        ends_at=_in_days(-14, 21),
        repeat=Event.Repeat.WEEKLY,
        repeat_until=timezone.localdate() + datetime.timedelta(days=20),
    )
    public = set(selectors.public_events())
    assert past not in public and coming in public and weekly in public
    # Dates that are over are gone; one that is going on right now still shows (an
    # evening run of this test falls inside today's date of the weekly event).
    assert all(end >= timezone.now() for _, end in weekly.occurrences())
    # A day after the last date the weekly event is gone too, without a cron job.
    later = timezone.now() + datetime.timedelta(days=22)
    assert weekly not in set(selectors.public_events(later))
    page = selectors.events_upcoming()
    assert [e.pk for e in page.events] == sorted(
        [coming.pk, weekly.pk],
        key=lambda pk: Event.objects.get(pk=pk).next_occurrence(),
    )


def test_events_waiting_for_approval_or_drafts_are_not_public(areas):
    waiting = EventFactory(review=Event.Review.WAITING)
    draft = EventFactory(live=False)
    assert not selectors.public_events().filter(pk__in=[waiting.pk, draft.pk]).exists()


def test_upcoming_near_is_nearest_first_and_counts(areas):
    from core.models import PostcodeArea

    near = EventFactory(postcode="1012")
    further = EventFactory(postcode="2011")  # Haarlem
    far = EventFactory(postcode="9711")  # Groningen
    online = EventFactory(is_online=True, postcode="")
    area = PostcodeArea.objects.get(pc4="1011")
    found = selectors.events_upcoming_near(area, 50, 10)
    assert [e.pk for e in found.events] == [near.pk, further.pk]
    assert far not in found.events and online not in found.events
    assert selectors.events_upcoming_count_near(area, 50) == 2
    assert (
        selectors.events_upcoming_count_near((area.latitude, area.longitude), 500) == 3
    )


def test_ics_parses_with_the_right_dates(client, areas):
    event = EventFactory(
        title="Workshop rust",
        repeat=Event.Repeat.WEEKLY,
        repeat_until=timezone.localdate() + datetime.timedelta(days=30),
    )
    response = client.get(f"/agenda/{event.slug}/agenda.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    items = list(calendar.walk("VEVENT"))
    expected = event.occurrences()
    assert len(items) == len(expected) >= 4
    for item, (start, end) in zip(items, expected, strict=True):
        assert str(item["summary"]) == "Workshop rust"
        assert item.decoded("dtstart") == start
        assert item.decoded("dtend") == end


def test_event_page_has_json_ld_and_example_label(client, areas):
    event = EventFactory(title="Avond </script><b>x</b>", is_example=True)
    html = client.get(f"/agenda/{event.slug}/").content.decode()
    assert "Voorbeeld." in html
    assert "Zet in je agenda" in html
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    data = json.loads(match.group(1))
    assert data["@type"] == "Event" and data["name"] == event.title
    assert data["startDate"].startswith(str(event.next_occurrence()[0].date()))
    assert "<b>x</b>" not in html


def test_agenda_results_none_and_bad_input(client, areas):
    EventFactory(title="Workshop in Amsterdam")
    EventFactory(title="Webinar", is_online=True, postcode="")
    html = client.get("/agenda/").content.decode()
    assert "Workshop in Amsterdam" in html and "Webinar" in html
    near = client.get("/agenda/?postcode=1012").content.decode()
    assert "binnen 50 km" in near and "Online, waar je ook woont" in near
    online = client.get("/agenda/?waar=online").content.decode()
    assert "Webinar" in online and "Workshop in Amsterdam" not in online
    none = client.get("/agenda/?postcode=9711&waar=ter-plekke").content.decode()
    assert "Geen activiteit binnen 50 km" in none
    for query in (
        "postcode=<script>",
        "postcode=" + "9" * 20000,
        "waar=mars",
        "pagina=-1",
        "pagina=99999999999999999999",
        "gratis=<b>",
    ):
        response = client.get("/agenda/?" + query)
        assert response.status_code == 200, query
    error = client.get("/agenda/?postcode=abcd").content.decode()
    assert 'value="abcd"' in error


def test_unknown_event_is_404(client, areas):
    assert client.get("/agenda/bestaat-niet/").status_code == 404
    assert client.get("/agenda/bestaat-niet/agenda.ics").status_code == 404


def test_theme_section_lists_upcoming_events_of_the_theme(areas):
    from lotgenoten.templatetags.lotgenoten_tags import theme_events
    from tests.factories.content import ThemeFactory

    theme = ThemeFactory(slug="steun")
    mine = EventFactory(title="Over steun")
    mine.themes.set([theme])
    mine.save()  # a ParentalManyToManyField is stored on save
    EventFactory(title="Ander onderwerp")
    past = EventFactory(starts_at=_in_days(-2), ends_at=_in_days(-2, 21))
    past.themes.set([theme])
    past.save()
    assert [e.title for e in theme_events(theme)["events"]] == ["Over steun"]
    assert theme_events(None) == {"events": []}


def _editor(client):
    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser(
        "chef", "chef@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(editor)
    return editor


def test_editors_list_approve_and_preview_events_in_wagtail(client, areas):
    _editor(client)
    event = EventFactory(title="Wacht even", review=Event.Review.WAITING)
    base = "/admin/snippets/lotgenoten/event/"
    listing = client.get(base + "?review=wacht")
    assert listing.status_code == 200 and "Wacht even" in listing.content.decode()
    assert client.get(base + "add/").status_code == 200
    edit = client.get(f"{base}edit/{event.pk}/")
    assert edit.status_code == 200
    preview = client.post(
        f"{base}preview/{event.pk}/",
        {
            "title": "Wacht even",
            "slug": event.slug,
            "description": "Tekst",
            "starts_at": "2030-01-08 19:30",
            "ends_at": "2030-01-08 21:30",
            "postcode": "1012",
            "join_method": "aanmelden",
            "review": "wacht",
        },
    )
    assert preview.status_code == 200
    signups = client.get("/admin/snippets/lotgenoten/signup/")
    assert signups.status_code == 200
