"""Step-by-step plans: numbering with 'en'/'of', rendering, 'Onderdeel van'."""

import pytest

from content.models import InfoPage, StepPlanLink, StepPlanPage, ThemePage
from content.stepplans import step_labels, step_numbers
from tests.factories.content import (
    InfoPageFactory,
    StepPlanIndexPageFactory,
    StepPlanPageFactory,
    ThemePageFactory,
    step,
)


def test_step_labels_share_numbers_for_and_or():
    logics = ["", "", "en", "", "of", "of", ""]
    assert step_labels(logics) == ["1", "2", "en", "3", "of", "of", "4"]
    assert step_numbers(logics) == [1, 2, 2, 3, 3, 3, 4]


def test_first_step_is_always_number_one():
    assert step_labels(["of", "en"]) == ["1", "en"]


@pytest.fixture
def plan_setup(home_page):
    theme_page = ThemePageFactory(parent=home_page, title="Geld", slug="geld")
    info = InfoPageFactory(
        parent=theme_page, title="Hulp bij schulden", slug="schulden"
    )
    index = StepPlanIndexPageFactory(parent=home_page)
    plan = StepPlanPageFactory(
        parent=index,
        title="Geldzorgen",
        slug="geldzorgen",
        steps=[
            step("Maak een overzicht", bring=["Je bankafschriften"], when="Deze week"),
            step("Vraag hulp", pages=[info], contact_first="Je gemeente"),
            step("Vraag een vrijwilliger", logic="of"),
        ],
    )
    plan.themes.add(theme_page.theme)
    plan.save()
    return theme_page, info, plan


@pytest.mark.django_db
def test_plan_page_is_readable_without_javascript(client, plan_setup):
    html = client.get("/stappenplannen/geldzorgen/").content.decode()
    # Every step is open in the HTML; JavaScript only collapses them.
    assert html.count('<details class="step-nav__details" open') == 3
    assert '<span class="visually-hidden">Stap </span>2' in html
    assert ">of</span>" in html
    assert "Je bankafschriften" in html and "Deze week" in html
    assert "Neem eerst contact op met" in html and "Je gemeente" in html
    assert 'href="/geld/schulden/"' in html
    assert "stepplan.js" in html
    assert 'aria-label="Bronnen en controle"' in html


def test_plan_page_leads_to_a_personal_plan(client, plan_setup):
    """Every step plan offers "Jouw plan" (#13): the same steps, for your situation."""
    html = client.get("/stappenplannen/geldzorgen/").content.decode()
    assert 'href="/jouw-plan/"' in html and "Maak je plan" in html


@pytest.mark.django_db
def test_info_page_shows_part_of_plan(client, plan_setup):
    html = client.get("/geld/schulden/").content.decode()
    assert "Onderdeel van" in html
    assert 'href="/stappenplannen/geldzorgen/#stap-2"' in html
    assert "stap 2, Vraag hulp" in html


@pytest.mark.django_db
def test_draft_of_plan_does_not_change_live_links(plan_setup):
    _theme_page, info, plan = plan_setup
    plan.steps = [step("Iets anders")]
    plan.save_revision()
    assert StepPlanLink.objects.filter(plan=plan, page=info).exists()
    plan.get_latest_revision().publish()
    assert not StepPlanLink.objects.filter(plan=plan, page=info).exists()


@pytest.mark.django_db
def test_theme_page_lists_its_plans_and_pages(client, plan_setup):
    html = client.get("/geld/").content.decode()
    assert "Geldzorgen" in html and "Hulp bij schulden" in html
    assert "Stap voor stap" in html


@pytest.mark.django_db
def test_page_type_rules(home_page, plan_setup):
    theme_page, info, plan = plan_setup
    assert InfoPage.can_create_at(theme_page)
    assert not InfoPage.can_create_at(home_page)
    assert StepPlanPage.can_create_at(plan.get_parent())
    assert not StepPlanPage.can_create_at(theme_page)
    assert not ThemePage.can_create_at(theme_page)
    assert InfoPage.allowed_subpage_models() == []
