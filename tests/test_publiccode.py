"""publiccode.yml follows the standard (version 0.4): the mandatory keys, the allowed
values, and an honest `url`: a real repository address, or a placeholder that says so."""

from pathlib import Path
from urllib.parse import urlsplit

import yaml

PUBLICCODE = Path(__file__).resolve().parents[1] / "publiccode.yml"
# The standard's controlled vocabulary (docs/standard/categories-list.rst), the part
# a portal like this one may use; extend it from the standard when needed.
CATEGORIES = {
    "collaboration",
    "communications",
    "content-management",
    "data-collection",
    "digital-citizenship",
    "document-management",
    "educational-content",
    "knowledge-management",
    "online-community",
    "website-builder",
}
DEVELOPMENT_STATUS = {"concept", "development", "beta", "stable", "obsolete"}
SOFTWARE_TYPES = {
    "standalone/mobile",
    "standalone/iot",
    "standalone/desktop",
    "standalone/web",
    "standalone/backend",
    "standalone/other",
    "addon",
    "library",
    "configurationFiles",
}
# Reserved for examples and placeholders (RFC 2606): never a real repository.
PLACEHOLDER_HOSTS = (".invalid", ".example", "example.org", "example.com")


def _data() -> dict:
    return yaml.safe_load(PUBLICCODE.read_text(encoding="utf-8"))


def test_mandatory_keys_and_allowed_values():
    data = _data()
    assert data["publiccodeYmlVersion"] in {"0.4", "0.4.0"}
    assert data["name"]
    assert data["platforms"]
    assert set(data["categories"]) <= CATEGORIES
    assert data["developmentStatus"] in DEVELOPMENT_STATUS
    assert data["softwareType"] in SOFTWARE_TYPES
    assert data["legal"]["license"] == "EUPL-1.2"
    assert (
        (PUBLICCODE.parent / "LICENSE")
        .read_text()
        .startswith("# EUROPEAN UNION PUBLIC LICENCE v. 1.2")
    )
    assert data["maintenance"]["type"] in {"internal", "contract", "community", "none"}
    if data["maintenance"]["type"] in {"internal", "community"}:
        assert all(contact["name"] for contact in data["maintenance"]["contacts"])
    assert isinstance(data["localisation"]["localisationReady"], bool)
    assert data["localisation"]["availableLanguages"]
    for description in data["description"].values():
        assert len(description["shortDescription"]) <= 150
        assert 150 <= len(description["longDescription"]) <= 10000
        assert description["features"]


def test_url_is_a_repository_address_or_a_marked_placeholder():
    url = urlsplit(_data()["url"])
    assert url.scheme == "https" and url.netloc
    if url.hostname.endswith(PLACEHOLDER_HOSTS):
        # No invented address: a placeholder is allowed only with its TODO.
        assert url.hostname.endswith(".invalid")
        assert "TODO(publication)" in PUBLICCODE.read_text(encoding="utf-8")
