from django.core.management import call_command

from lotgenoten.models import PeerGroup


def test_demo_groups_are_many_marked_and_idempotent(demo_site):
    call_command("load_demo_lotgenoten", verbosity=0)
    groups = PeerGroup.objects.all()
    assert groups.count() >= 40
    assert groups.filter(is_online=True).count() >= 3
    assert not groups.filter(is_example=False).exists()
    assert (
        groups.filter(municipality__isnull=False)
        .values("municipality__province")
        .distinct()
        .count()
        == 12
    )
    assert not groups.exclude(notify_email__endswith="@example.org").exists()
    assert not groups.exclude(contact_phone="").exists()
    before = list(groups.values_list("slug", "updated_at").order_by("slug"))
    call_command("load_demo_lotgenoten", verbosity=0)
    assert (
        list(PeerGroup.objects.values_list("slug", "updated_at").order_by("slug"))
        == before
    )


def test_demo_events_are_upcoming_marked_spread_and_idempotent(demo_site):
    import datetime

    from django.utils import timezone

    from lotgenoten.models import Event
    from lotgenoten.seeding import events_seed_load
    from lotgenoten.selectors import public_events

    call_command("load_demo_lotgenoten", verbosity=0)
    events = Event.objects.all()
    assert events.count() >= 15
    assert public_events().count() == events.count()
    assert not events.filter(is_example=False).exists()
    assert events.filter(is_online=True).count() >= 3
    assert events.exclude(repeat="").count() >= 5
    assert (
        events.filter(municipality__isnull=False)
        .values("municipality__province")
        .distinct()
        .count()
        >= 8
    )
    assert not events.exclude(notify_email__endswith="@example.org").exists()
    assert not events.exclude(contact_phone="").exists()
    before = list(events.values_list("slug", "starts_at").order_by("slug"))
    assert events_seed_load()[0] == 0
    assert list(events.values_list("slug", "starts_at").order_by("slug")) == before
    # Months later the one-off example events are over; loading again moves them.
    later = timezone.now() + datetime.timedelta(days=400)
    assert events_seed_load(now=later)[0] == events.count()
    assert public_events(later).count() == events.count()


def test_demo_events_have_their_themes_and_target_groups(demo_site):
    from lotgenoten.models import Event

    call_command("load_demo_lotgenoten", verbosity=0)
    fathers = Event.objects.get(slug="voorbeeld-online-praatavond-vaders")
    assert [t.slug for t in fathers.target_groups.all()] == ["vaders"]
    assert Event.objects.filter(themes__slug="steun").count() >= 5
