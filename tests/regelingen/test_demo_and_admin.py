"""Demo content and the editors' admin."""

import importlib

import pytest
from django.core.management import call_command
from wagtail.contrib.redirects.models import Redirect

from regelingen.models import LifeEvent, Scheme, SchemeCriterion
from regelingen.seeding import schemes_read
from tests.factories.regelingen import SchemeFactory
from tests.support.readability import lix

pytestmark = pytest.mark.django_db
SCHEMES = schemes_read()


def test_demo_loads_real_schemes_once(demo_site):
    call_command("load_demo_regelingen", verbosity=0)
    counts = (
        Scheme.objects.count(),
        SchemeCriterion.objects.count(),
        LifeEvent.objects.count(),
    )
    call_command("load_demo_regelingen", verbosity=0)
    assert (
        Scheme.objects.count(),
        SchemeCriterion.objects.count(),
        LifeEvent.objects.count(),
    ) == counts
    assert Scheme.objects.live().count() >= 25
    for scheme in Scheme.objects.select_related("provider").prefetch_related("themes"):
        assert scheme.official_url.startswith("https://")
        assert len(scheme.sources) >= 1, scheme.slug
        assert scheme.last_reviewed and scheme.next_review_due
        assert scheme.themes.exists(), scheme.slug
        assert not scheme.amounts.exists(), "demo schemes carry no amounts"
        assert len(scheme.summary) <= 200
    assert Scheme.objects.get(slug="kinderbijslag").provider.name == "SVB"
    assert Scheme.objects.get(slug="huurtoeslag").latest_revision is not None


def test_demo_skips_missing_themes(db, home_page):
    call_command("load_demo_regelingen", verbosity=0)
    assert Scheme.objects.count() >= 25


@pytest.fixture
def editor_client(client, django_user_model, home_page):
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    user = django_user_model.objects.create_superuser(
        "redactie", "r@example.org", "x" * 16
    )
    # The admin asks for two-factor authentication; set it up as an editor would.
    TOTP.activate(user, generate_totp_secret())
    client.force_login(user)
    return client


def test_admin_list_search_and_review_filter(editor_client):
    import datetime

    SchemeFactory(name="Huurtoeslag", next_review_due=datetime.date(2020, 1, 1))
    SchemeFactory(name="Kinderbijslag", next_review_due=datetime.date(2099, 1, 1))
    url = "/admin/snippets/regelingen/scheme/"
    assert editor_client.get(url).status_code == 200
    html = editor_client.get(url, {"q": "huur"}).content.decode()
    assert "Huurtoeslag" in html and "Kinderbijslag" not in html
    html = editor_client.get(url, {"to_review": "true"}).content.decode()
    assert "Huurtoeslag" in html and "Kinderbijslag" not in html


def test_admin_edit_and_preview(editor_client):
    scheme = SchemeFactory(name="Huurtoeslag")
    response = editor_client.get(f"/admin/snippets/regelingen/scheme/edit/{scheme.pk}/")
    assert response.status_code == 200
    assert "Regelcheck" in response.content.decode()
    assert (
        editor_client.get("/admin/snippets/regelingen/scheme/add/").status_code == 200
    )
    assert editor_client.get("/admin/snippets/regelingen/lifeevent/").status_code == 200


def test_criterion_validation_message_for_editors():
    from django.core.exceptions import ValidationError

    criterion = SchemeCriterion(question="housing", operator="lt", value="rent")
    with pytest.raises(ValidationError) as error:
        criterion.clean()
    assert "past niet" in str(error.value)


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s["slug"] for s in SCHEMES])
def test_demo_texts_are_plain_language(scheme):
    """DESIGN.md: no parent text above LIX 40."""
    text = " ".join(
        [scheme["summary"], scheme["for_whom"], scheme["what_you_get"]]
        + [f"{step['title']}. {step['text']}" for step in scheme["steps"]]
    )
    assert lix(text) <= 40


def test_overdue_scheme_is_in_the_review_report(home_page):
    import datetime

    from content.review import review_items_due

    SchemeFactory(name="Oude regeling", next_review_due=datetime.date(2020, 1, 1))
    items = review_items_due(datetime.date(2026, 11, 22))
    assert "Oude regeling" in [item.title for item in items]


def test_preview_renders_the_detail_page_for_a_draft(rf, home_page):
    scheme = SchemeFactory(name="Concept huurhulp", live=False)
    request = rf.get("/")
    response = scheme.serve_preview(request, scheme.default_preview_mode)
    html = response.render().content.decode()
    assert "Concept huurhulp" in html and "Voor wie?" in html


def test_refresh_sets_corrected_rules_of_existing_schemes(demo_site):
    call_command("load_demo_regelingen", verbosity=0)
    scheme = Scheme.objects.get(slug="kindgebonden-budget")
    scheme.name = "Kindgebonden budget (met extra voor alleenstaande ouders)"
    scheme.check_maybe_only = False
    scheme.save()
    scheme.criteria.all().delete()
    call_command("load_demo_regelingen", verbosity=0)  # leaves existing schemes alone
    assert not SchemeCriterion.objects.filter(scheme__slug="kindgebonden-budget")
    call_command(
        "load_demo_regelingen", "--refresh", "kindgebonden-budget", verbosity=0
    )
    scheme = Scheme.objects.get(slug="kindgebonden-budget")
    assert scheme.name == "Kindgebonden budget" and scheme.check_maybe_only
    rows = scheme.criteria.all()
    assert rows.filter(open=True).exists()
    assert all(row.source_url.startswith("https://") for row in rows if row.legal_basis)
    assert scheme.latest_revision.content["name"] == "Kindgebonden budget"


def test_halfwezenuitkering_is_removed_by_a_migration():
    migration = importlib.import_module(
        "regelingen.migrations.0003_remove_halfwezenuitkering"
    )
    SchemeFactory(slug="anw-halfwezenuitkering")
    SchemeFactory(slug="anw-nabestaandenuitkering")

    class Apps:
        @staticmethod
        def get_model(app, name):
            return {"Scheme": Scheme, "Redirect": Redirect}[name]

    migration.scheme_remove(Apps, None)
    assert not Scheme.objects.filter(slug="anw-halfwezenuitkering").exists()
    assert Scheme.objects.filter(slug="anw-nabestaandenuitkering").exists()
    # The old address leads to the Anw instead of a 404.
    redirect = Redirect.objects.get(old_path="/regelingen/anw-halfwezenuitkering")
    assert redirect.link == "/regelingen/anw-nabestaandenuitkering/"
