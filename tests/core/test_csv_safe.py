"""Every CSV cell that could start a spreadsheet formula is guarded."""

import csv
import io

import pytest

from core import csv_safe

DANGEROUS = [
    "=HYPERLINK(1)",
    "+31 6 1234 5678",
    "-2+3",
    "@SUM(A1)",
    "\tTAB",
    "\rCR",
    "  =1+1",
    " @x",
    "   \t=1",
]
HARMLESS = ["Koffie", "Wonen; Geld", "a=b", "", "'quoted"]


@pytest.mark.parametrize("value", DANGEROUS)
def test_dangerous_cells_are_guarded_and_come_back(value):
    guarded = csv_safe.csv_cell(value)
    assert guarded == "'" + value
    assert csv_safe.csv_unguard(guarded) == value


@pytest.mark.parametrize("value", HARMLESS)
def test_harmless_cells_stay(value):
    assert csv_safe.csv_cell(value) == value
    assert csv_safe.csv_unguard(value) == value


def test_numbers_and_none_stay_numbers():
    assert csv_safe.csv_cell(-5) == -5
    assert csv_safe.csv_cell(None) is None


def test_writers_guard_every_cell():
    out = io.StringIO()
    writer = csv_safe.writer(out)
    writer.writerow(["=1", "ok", "-x"])
    writer.writerows([["@a"]])
    dict_out = io.StringIO()
    dict_writer = csv_safe.DictWriter(dict_out, fieldnames=["a", "b"])
    dict_writer.writeheader()
    dict_writer.writerow({"a": "; ".join(["=evil", "geld"]), "b": " +1"})
    assert list(csv.reader(io.StringIO(out.getvalue()))) == [
        ["'=1", "ok", "'-x"],
        ["'@a"],
    ]
    assert list(csv.DictReader(io.StringIO(dict_out.getvalue()))) == [
        {"a": "'=evil; geld", "b": "' +1"}
    ]


@pytest.mark.django_db
def test_wagtail_spreadsheet_exports_are_guarded(client, home_page):
    """The review report (a Wagtail ReportView) exports a page title as text."""
    import datetime

    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model

    from tests.factories.content import InfoPageFactory, ThemePageFactory

    theme_page = ThemePageFactory(parent=home_page, slug="geld")
    InfoPageFactory(
        parent=theme_page,
        title="=HYPERLINK(1)",
        slug="formule",
        next_review_due=datetime.date(2020, 1, 1),
    )
    editor = get_user_model().objects.create_superuser(
        "chef", "c@example.org", "x" * 12
    )
    Authenticator.objects.create(
        user=editor, type=Authenticator.Type.TOTP, data={"secret": "x"}
    )
    client.force_login(editor)
    response = client.get("/admin/rapporten/te-controleren/?export=csv")
    text = b"".join(response.streaming_content).decode()
    assert "'=HYPERLINK(1)" in text
    assert "\n=HYPERLINK" not in text and ",=HYPERLINK" not in text
