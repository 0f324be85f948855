"""The Halfwezenuitkering was folded into the Anw nabestaandenuitkering in 2013
(Wet vereenvoudiging regelingen SVB, Kamerstuk 33 318): it is no scheme a parent can
apply for. Remove the seeded scheme from databases that already have it, and send its
old address to the Anw (a link or bookmark to it then still helps)."""

from django.db import migrations

SLUG = "anw-halfwezenuitkering"
OLD_PATH = f"/regelingen/{SLUG}"
NEW_PATH = "/regelingen/anw-nabestaandenuitkering/"


def scheme_remove(apps, schema_editor):
    Scheme = apps.get_model("regelingen", "Scheme")
    if not Scheme.objects.filter(slug=SLUG).exists():
        return
    Scheme.objects.filter(slug=SLUG).delete()
    Redirect = apps.get_model("wagtailredirects", "Redirect")
    # Wagtail stores redirects without the trailing slash (Redirect.normalise_path).
    Redirect.objects.get_or_create(
        old_path=OLD_PATH,
        site=None,
        defaults={"redirect_link": NEW_PATH, "is_permanent": True},
    )


class Migration(migrations.Migration):
    dependencies = [
        ("regelingen", "0002_criterion_open_and_source"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [migrations.RunPython(scheme_remove, migrations.RunPython.noop)]
