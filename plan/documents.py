"""The plan to take away: a calendar file (.ics) and a PDF, made in memory.

Nothing is kept: the file is built from the signed answers of this request and sent.
fpdf2 (pure Python) writes the PDF with its built-in font; icalendar the calendar.
"""

import datetime
import hashlib

from django.utils import formats
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from fpdf import FPDF
from icalendar import Alarm, Calendar, Event

from plan.build import PlanResult

PRODID = "-//Eenouderpunt//Jouw plan//NL"
REMIND_DAYS = 3


def _uid(key: str, day: datetime.date) -> str:
    digest = hashlib.sha256(f"{key}:{day.isoformat()}".encode()).hexdigest()[:24]
    return f"{digest}@eenouderpunt"


def plan_ics(plan: PlanResult, site_url: str = "") -> bytes:
    """One all-day event with a reminder per step that has a date."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Jouw plan"))
    for item in plan.dated:
        day = item.deadline.date
        event = Event()
        event.add("uid", _uid(item.step.key, day))
        event.add("dtstamp", datetime.datetime.now(datetime.UTC))
        event.add("dtstart", day)
        event.add("dtend", day + datetime.timedelta(days=1))
        summary = _("Uiterste dag: %(title)s") % {"title": item.step.title}
        event.add("summary", summary)
        lines = [item.deadline.text]
        if item.contact:
            lines.append(_("Wie: %(contact)s") % {"contact": item.contact})
        lines.append(_("Bron: %(url)s") % {"url": item.deadline.source_url})
        if site_url:
            lines.append(site_url)
        event.add("description", "\n".join(lines))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", summary)
        alarm.add("trigger", datetime.timedelta(days=-REMIND_DAYS))
        event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()


# The PDF's built-in fonts know Latin-1 only: replace the few other characters.
_LATIN1 = str.maketrans(
    {
        "’": "'",
        "‘": "'",
        "“": '"',
        "”": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "€": "EUR",
        "•": "-",
    }
)


def _text(value) -> str:
    text = strip_tags(str(value or "")).translate(_LATIN1)
    return text.encode("latin-1", "replace").decode("latin-1")


def plan_pdf(plan: PlanResult, schemes: list[dict], municipality: str = "") -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_title(_text(_("Jouw plan")))
    pdf.set_author("Eenouderpunt")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    def line(text, size=11, style="", gap=2):
        pdf.set_font("Helvetica", style, size)
        pdf.multi_cell(width, size * 0.55, _text(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    line(_("Jouw plan"), 20, "B", 4)
    if plan.situations:
        line(
            _("Wat is er aan de hand: %(list)s.") % {"list": ", ".join(plan.situations)}
        )
    if municipality:
        line(_("Je gemeente: %(name)s.") % {"name": municipality})
    line(
        _("Dit plan is een hulp, geen besluit. We bewaren niets van wat je invulde."), 9
    )
    for item in plan.items:
        mark = "[x] " if item.done else "[ ] "
        line(f"{mark}{item.number}. {item.step.title}", 13, "B", 1)
        if item.deadline:
            prefix = _("Belangrijk: termijn. ") if item.urgent else ""
            when = ""
            if item.deadline.date:
                when = " " + _("Uiterlijk %(date)s.") % {
                    "date": formats.date_format(item.deadline.date, "j F Y")
                }
            line(f"{prefix}{item.deadline.text}{when}", 11, "B", 1)
        line(item.step.what_html, 11, "", 1)
        if item.contact:
            line(_("Wie: %(contact)s") % {"contact": item.contact}, 11, "", 1)
        if item.step.bring:
            line(
                _("Neem mee: %(list)s") % {"list": "; ".join(item.step.bring)},
                11,
                "",
                1,
            )
        if item.step.when:
            line(_("Wanneer: %(when)s") % {"when": item.step.when}, 11, "", 1)
        pdf.ln(2)
    if schemes:
        line(_("Regelingen die misschien bij je passen"), 14, "B", 2)
        for row in schemes:
            label = f"{row['name']}"
            if row.get("local"):
                label += " (" + _("gemeente") + ")"
            line(f"- {label}: {row['summary']} {row.get('because') or ''}", 10, "", 1)
    return bytes(pdf.output())
