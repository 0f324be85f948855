"""An event as a calendar file (.ics, with the maintained `icalendar` package) and
as schema.org Event data for search engines."""

import datetime

import icalendar
from django.utils import timezone

from core.seo import absolute_url
from lotgenoten.models import Event

# A repeating event's file holds the dates of the coming months, not the rule:
# every calendar app reads plain dates the same way.
ICS_MAX_DATES = 12


def event_ics(event: Event, *, now: datetime.datetime | None = None) -> bytes:
    """A VCALENDAR with one VEVENT per coming date of `event` (at most 12)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Eenouderpunt//Agenda//NL")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    url = absolute_url(event.get_absolute_url())
    stamp = timezone.now().astimezone(datetime.UTC)
    for number, (start, end) in enumerate(event.occurrences(now)[:ICS_MAX_DATES]):
        item = icalendar.Event()
        item.add("uid", f"event-{event.pk}-{number}-{start:%Y%m%d}@eenouderpunt.nl")
        item.add("dtstamp", stamp)
        item.add("dtstart", start.astimezone(datetime.UTC))
        item.add("dtend", end.astimezone(datetime.UTC))
        item.add("summary", event.title)
        item.add("description", f"{event.description}\n\n{url}")
        item.add("url", url)
        item.add("location", event_location(event))
        calendar.add_component(item)
    return calendar.to_ical()


def event_location(event: Event) -> str:
    if event.is_online:
        return "Online"
    parts = [event.venue_name, event.address, f"{event.postcode} {event.place}".strip()]
    return ", ".join(part for part in parts if part)


def event_json_ld(event: Event, start, end) -> dict:
    """Schema.org `Event` for one date of `event`."""
    if event.is_online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
        location = {
            "@type": "VirtualLocation",
            "url": absolute_url(event.get_absolute_url()),
        }
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
        location = {
            "@type": "Place",
            "name": event.venue_name or event.place,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.address,
                "postalCode": event.postcode,
                "addressLocality": event.place,
                "addressCountry": "NL",
            },
        }
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "description": event.description[:500],
        "startDate": start.isoformat(),
        "endDate": end.isoformat(),
        "eventAttendanceMode": mode,
        "eventStatus": "https://schema.org/EventScheduled",
        "location": location,
        "url": absolute_url(event.get_absolute_url()),
        "isAccessibleForFree": event.is_free,
    }
    if event.organiser_id and event.organiser:
        data["organizer"] = {"@type": "Organization", "name": event.organiser.name}
    return data
