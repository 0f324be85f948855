"""The Halfwezenuitkering was folded into the Anw nabestaandenuitkering in 2013
(Wet vereenvoudiging regelingen SVB, Kamerstuk 33 318): it is no scheme a parent can
apply for. Remove the seeded scheme from databases that already have it."""

from django.db import migrations

SLUG = "anw-halfwezenuitkering"


def scheme_remove(apps, schema_editor):
    Scheme = apps.get_model("regelingen", "Scheme")
    Scheme.objects.filter(slug=SLUG).delete()


class Migration(migrations.Migration):
    dependencies = [("regelingen", "0002_criterion_open_and_source")]

    operations = [migrations.RunPython(scheme_remove, migrations.RunPython.noop)]
