"""Embed pages in a real browser: framed by a page on another origin, with axe on
both; and the professionals' 'Op je eigen website' page with its preview."""

import os
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.models import Municipality
from opendata.embeds import embed_snippet
from professionals.models import Membership
from tests.e2e.axe import assert_accessible, axe_violations, format_violations
from tests.e2e.test_professionals import login_as
from tests.factories.professionals import MunicipalityOrganisationFactory, member_create

pytestmark = pytest.mark.django_db(transaction=True)
SHOTS = os.environ.get("SCREENSHOT_DIR", "")


class _HostPage(BaseHTTPRequestHandler):
    """A partner's website: one page that frames the embed with the pasted code."""

    def __init__(self, body: bytes, *args, **kwargs):
        self.body = body
        super().__init__(*args, **kwargs)

    def do_GET(self):  # noqa: N802 (the http.server API)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *args):
        pass


@pytest.fixture
def partner_site(live_server):
    """Serve a host page from a second local port (another origin)."""
    pages = {}

    def start(snippet: str) -> str:
        body = (
            '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>Gemeente Voorbeeld: hulp voor ouders</title></head><body><main>"
            "<h1>Hulp voor alleenstaande ouders</h1>"
            f"{snippet}</main></body></html>"
        ).encode()
        server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_HostPage, body))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        pages["server"] = server
        return f"http://127.0.0.1:{server.server_address[1]}/"

    yield start
    if "server" in pages:
        pages["server"].shutdown()


def _assert_frame_accessible(frame, label):
    violations = axe_violations(frame)
    print(f"axe {label}: {len(violations)} violations")
    assert not violations, f"axe on {label}:\n{format_violations(violations)}"


def _shoot(page, name):
    if SHOTS:
        page.screenshot(path=f"{SHOTS}/{name}.png", full_page=True)


def test_embed_inside_a_page_on_another_origin(
    page, site_url, partner_site, outside_requests
):
    amsterdam = Municipality.objects.get(slug="amsterdam")
    src = f"{site_url}/embed/gemeente/{amsterdam.slug}/"
    host = partner_site(
        embed_snippet(src, "Hulp in Amsterdam (Eenouderpunt)", origin=site_url)
    )
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        page.goto(host)
        frame = page.frame_locator("iframe").first
        frame.get_by_role("heading", level=1).wait_for()
        embed = next(f for f in page.frames if f.url.startswith(src))
        assert "Amsterdam" in embed.inner_text("h1")
        # The frame follows the host page's width: no sideways scrolling inside.
        assert embed.evaluate(
            "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
        )
        # The resize script of the snippet made the frame as tall as its content.
        page.wait_for_function("document.querySelector('iframe').style.height !== ''")
        _shoot(page, f"embed-in-partner-{width}")
    assert_accessible(page, "partner page with the embed")
    _assert_frame_accessible(embed, "embed page in the frame")
    assert page.context.cookies() == []
    others = [url for url in outside_requests if not url.startswith(host)]
    assert others == [], others


def test_embed_pages_alone_are_accessible(page, site_url):
    for path, name in [
        ("/embed/regelingen/", "embed-regelingen"),
        ("/embed/lotgenoten/?postcode=1012", "embed-lotgenoten"),
        ("/embed/lotgenoten/?postcode=abc", "embed-lotgenoten-fout"),
        ("/embed/gemeente/bestaat-niet/", "embed-404"),
    ]:
        for width in (1280, 320):
            page.set_viewport_size({"width": width, "height": 900})
            page.goto(site_url + path)
            _shoot(page, f"{name}-{width}")
        assert_accessible(page, path)


def test_professionals_embed_code_page(page, site_url, context):
    amsterdam = Municipality.objects.get(slug="amsterdam")
    organisation = MunicipalityOrganisationFactory(
        name="Gemeente Amsterdam", municipality=amsterdam
    )
    login_as(
        context, member_create(organisation, role=Membership.Role.MEMBER), site_url
    )
    page.goto(site_url + "/professionals/op-je-website/")
    assert_accessible(page, "op je website, leeg")
    page.get_by_role("button", name="Maak de code").click()
    code = page.get_by_label("Code voor je website")
    assert "/embed/gemeente/amsterdam/" in code.input_value()
    page.frame_locator(".professionals-embed-preview").get_by_role(
        "heading", level=1
    ).wait_for()
    for width in (1280, 320):
        page.set_viewport_size({"width": width, "height": 900})
        _shoot(page, f"professionals-op-je-website-{width}")
    assert_accessible(page, "op je website, met code en voorbeeld")
    page.get_by_label("Lotgenotengroepen bij een postcode").check()
    page.get_by_role("textbox", name="Je postcode").fill("abc")
    page.get_by_role("button", name="Maak de code").click()
    assert page.get_by_role("alert").is_visible()
    assert page.get_by_role("textbox", name="Je postcode").input_value() == "abc"
    assert_accessible(page, "op je website, fout")
