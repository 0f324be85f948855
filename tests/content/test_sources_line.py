"""'Bronnen: … · Laatst gecontroleerd: …' on the home page, the Regelcheck result and
/in-de-buurt/: the sources of the data shown, and the date a person checked it."""

import datetime
import re
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.urls import reverse

from content.models import Helpline
from content.sources_line import SourceLink, sources_line
from regelingen.models import Scheme
from tests.regelingen.test_check import post_data, token_until


def _block(title, url):
    return SimpleNamespace(value={"title": title, "url": url})


def test_sources_line_dedups_and_takes_the_oldest_date():
    a = SimpleNamespace(
        sources=[
            _block("A", "https://a.nl/x"),
            _block("A2", "https://a.nl/x"),
            _block("a", "https://a.nl/other"),
        ],
        last_reviewed=datetime.date(2026, 11, 1),
    )
    b = SimpleNamespace(
        sources=[],
        website="https://b.nl/y",
        name="B",
        last_reviewed=datetime.date(2026, 10, 1),
    )
    c = SimpleNamespace(sources=[], last_reviewed=None)
    line = sources_line([a, b, c], extra=[SourceLink("P", "https://p.nl/z")])
    assert [link.url for link in line.sources] == [
        "https://p.nl/z",
        "https://a.nl/x",
        "https://b.nl/y",
    ]
    assert line.checked == datetime.date(2026, 10, 1)
    assert not sources_line([])
    many = [SimpleNamespace(website=f"https://x.nl/{n}", name=str(n)) for n in range(9)]
    line = sources_line(many, limit=6)
    assert len(line.sources) == 6 and line.more == 3 and line.checked is None


def _line(response) -> str:
    html = response.content.decode()
    match = re.search(
        r'<p class="utrecht-paragraph sources-line">(.*?)</p>', html, re.S
    )
    assert match, "no sources line"
    return " ".join(match.group(1).split())


def _date(value: datetime.date) -> str:
    return f'<time datetime="{value:%Y-%m-%d}">'


@pytest.mark.django_db
def test_sources_lines_on_home_result_and_nearby(client, demo_site, postcode_areas):
    helplines = Helpline.objects.filter(live=True)
    oldest_helpline = min(h.last_reviewed for h in helplines if h.last_reviewed)

    # Home page: at the bottom, the helplines' sources and their oldest check.
    home = client.get("/")
    assert home.status_code == 200
    line = _line(home)
    assert "Bronnen:" in line and "Laatst gecontroleerd:" in line
    assert home.content.decode().index("sources-line") > home.content.decode().index(
        'id="onderwerpen"'
    )

    # Regelcheck result: the shown schemes' sources and their oldest check.
    call_command("load_demo_regelingen", verbosity=0)
    result = client.post(
        reverse("regelingen:check"), post_data(5, state_token=token_until(4))
    )
    assert result.status_code == 200
    shown = [
        row["scheme"] for row in result.context["likely"] + result.context["maybe"]
    ]
    assert shown
    line = _line(result)
    dates = [s.last_reviewed for s in shown if s.last_reviewed]
    assert _date(min(dates)) in line
    first_source = next(s for s in shown if s.sources).sources[0].value["url"]
    assert first_source in line
    assert Scheme.objects.exists()

    # /in-de-buurt/: the postcode data and the helplines, with their oldest check.
    nearby = client.get(reverse("nearby"), {"postcode": "3511"})
    assert nearby.status_code == 200
    line = _line(nearby)
    assert "https://download.geonames.org/export/zip/" in line
    assert _date(oldest_helpline) in line
    # No postcode yet: no data shown, so no line.
    assert "sources-line" not in client.get(reverse("nearby")).content.decode()
