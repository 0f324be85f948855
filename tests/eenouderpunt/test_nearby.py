import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st


def test_nearby_shows_municipality(client, home_page, postcode_areas):
    response = client.get("/in-de-buurt/", {"postcode": "1012 ab"}, follow=True)
    html = response.content.decode()
    assert "hoort bij de gemeente Amsterdam" in html


@pytest.mark.parametrize("postcode", ["xx", "0000", "12345", "<b>1012</b>"])
def test_nearby_rejects_bad_postcode_and_keeps_input(client, home_page, postcode):
    response = client.get("/in-de-buurt/", {"postcode": postcode})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dit is geen Nederlandse postcode" in html
    assert 'aria-invalid="true"' in html
    if postcode == "xx":
        assert 'value="xx"' in html
    assert "<b>1012</b>" not in html


def test_nearby_unknown_area(client, home_page, postcode_areas):
    html = client.get("/in-de-buurt/", {"postcode": "2765"}).content.decode()
    assert "We kennen deze postcode niet" in html


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(postcode=st.text(max_size=40))
def test_nearby_never_fails(client, home_page, postcode):
    response = client.get("/in-de-buurt/", {"postcode": postcode}, follow=True)
    assert response.status_code == 200
