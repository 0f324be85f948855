"""The start-a-group pages link to the step plan by looking it up, so the link
follows the page and never points at a slug that does not exist."""

import pytest
from django.urls import reverse

from content.models import StepPlanPage
from lotgenoten.selectors import START_PLAN_SLUG


@pytest.mark.django_db
def test_start_pages_link_to_the_live_step_plan(client, demo_site):
    plan = StepPlanPage.objects.get(slug=START_PLAN_SLUG, locale__language_code="nl")
    for name in ("lotgenoten:start", "lotgenoten:start_done"):
        html = client.get(reverse(name)).content.decode()
        assert f'href="{plan.url}"' in html, name
    assert client.get(plan.url).status_code == 200


@pytest.mark.django_db
def test_start_page_links_to_the_overview_when_the_plan_is_gone(client, demo_site):
    plan = StepPlanPage.objects.get(slug=START_PLAN_SLUG, locale__language_code="nl")
    index_url = plan.get_parent().url
    plan.unpublish()
    html = client.get(reverse("lotgenoten:start")).content.decode()
    assert f'href="{plan.url}"' not in html
    assert f'href="{index_url}"' in html
