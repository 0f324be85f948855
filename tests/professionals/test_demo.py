"""The demo command: idempotent, accounts only in development."""

import pytest
from allauth.mfa.utils import is_mfa_enabled
from django.contrib.auth import get_user_model
from django.core.management import call_command

from core.models import DemandCount
from gemeenten.models import MunicipalityPage
from professionals.models import Membership, Practice

pytestmark = pytest.mark.django_db


def _load(capsys):
    call_command("load_demo_professionals")
    return capsys.readouterr().out


def test_demo_without_debug_creates_no_accounts(demo_site, settings, capsys):
    settings.DEBUG = False
    _load(capsys)
    assert Practice.objects.count() >= 10
    assert all(p.source for p in Practice.objects.all())
    assert MunicipalityPage.objects.filter(is_example=True).count() == 2
    assert not Membership.objects.exists()
    assert not DemandCount.objects.exists()  # invented demand: development only
    assert "TOTP" not in capsys.readouterr().out


def test_demo_with_debug_is_idempotent_and_has_two_factor(demo_site, settings, capsys):
    settings.DEBUG = True
    out = _load(capsys)
    assert "TOTP-geheim" in out
    counts = (
        Practice.objects.count(),
        Membership.objects.count(),
        DemandCount.objects.count(),
    )
    _load(capsys)
    assert (
        Practice.objects.count(),
        Membership.objects.count(),
        DemandCount.objects.count(),
    ) == counts
    assert counts[2] >= 12 * 10
    assert not DemandCount.objects.filter(is_example=False).exists()
    for membership in Membership.objects.select_related("user"):
        assert membership.user.email.endswith(".example")
        assert is_mfa_enabled(membership.user)
    editor = get_user_model().objects.get(email="redactie@eenouderpunt.example")
    assert is_mfa_enabled(editor)
    assert Membership.objects.filter(status="pending").count() == 1
