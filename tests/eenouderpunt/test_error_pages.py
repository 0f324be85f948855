from django.test import Client


def test_expired_form_gives_dutch_explanation_not_a_crash(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/regelingen/check/", {"step": "1"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Dit formulier is verlopen" in html and 'lang="nl"' in html
    assert "CSRF" not in html
