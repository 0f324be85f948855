"""The editors' "Was dit nuttig?" list and its desk panel take a fixed number of
queries, whatever the number of pages with answers."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback.models import PageFeedbackMonth
from feedback.selectors import feedback_by_page, pages_with_no_count
from feedback.services import month_start
from tests.factories.content import InfoPageFactory, ThemePageFactory
from tests.factories.regelingen import SchemeFactory

pytestmark = pytest.mark.django_db


def _answers(pages):
    for obj in pages:
        PageFeedbackMonth.objects.create(
            content_type=ContentType.objects.get_for_model(obj),
            object_id=obj.pk,
            month=month_start(),
            yes=1,
            no=obj.pk % 7,
        )


def _queries():
    with CaptureQueriesContext(connection) as queries:
        rows = feedback_by_page(month=month_start())
        pages_with_no_count(month=month_start())
    return len(queries), len(rows)


def test_feedback_list_queries_do_not_grow_with_pages(home_page):
    theme = ThemePageFactory(parent=home_page)
    _answers([InfoPageFactory(parent=theme) for _ in range(2)] + [SchemeFactory()])
    ContentType.objects.get_for_model(SchemeFactory._meta.model)  # warm the cache
    small, small_rows = _queries()
    _answers([InfoPageFactory(parent=theme) for _ in range(25)])
    _answers([SchemeFactory() for _ in range(10)])
    large, large_rows = _queries()
    assert (small_rows, large_rows) == (3, 38)
    # counts + one per page type (info pages, schemes) + the desk count
    assert small == large == 4
