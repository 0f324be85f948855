def test_quick_exit_leaves_without_referrer(client, settings):
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
