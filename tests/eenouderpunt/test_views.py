def test_quick_exit_leaves_without_referrer(client, settings, db):
    settings.QUICK_EXIT_URL = "https://neutraal.example/"
    response = client.get("/weg/")
    assert response.status_code == 302
    assert response["Location"] == "https://neutraal.example/"
    assert response["Referrer-Policy"] == "no-referrer"


def test_security_headers_on_every_response(client, db):
    response = client.get("/health/")
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["Referrer-Policy"] == "same-origin"


def test_editors_choose_the_quick_exit_target(client, home_page):
    from wagtail.models import Site

    from content.models import SafetySettings

    setting = SafetySettings.for_site(Site.objects.get(is_default_site=True))
    setting.quick_exit_url = "https://weer.example/"
    setting.save()
    assert client.get("/weg/")["Location"] == "https://weer.example/"
