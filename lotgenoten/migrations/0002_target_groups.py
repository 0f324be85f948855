"""The standard target groups from the issue, so filters work on a fresh database."""

from django.db import migrations

TARGET_GROUPS = [
    ("jonge-ouders", "Jonge ouders"),
    ("vaders", "Vaders"),
    ("weduwe-weduwnaar", "Ouders van wie de partner is overleden"),
    ("kind-met-beperking", "Ouders van een kind met een beperking"),
    ("nederlands-leren", "Ouders die Nederlands leren"),
]


def create(apps, schema_editor):
    TargetGroup = apps.get_model("lotgenoten", "TargetGroup")
    for order, (slug, name) in enumerate(TARGET_GROUPS):
        TargetGroup.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("lotgenoten", "0001_initial")]
    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
