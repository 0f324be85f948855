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
