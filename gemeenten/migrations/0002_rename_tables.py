# The tables get the gemeenten app's names; content types follow, so permissions keep
# their rows.

from django.db import migrations

MODELS = ["municipalitypage", "localscheme", "localinitiative"]


def content_types_to_gemeenten(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(app_label="professionals", model__in=MODELS).update(
        app_label="gemeenten"
    )


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('gemeenten', '0001_initial'),
        ('professionals', '0003_municipal_pages_moved_to_gemeenten'),
    ]

    operations = [
        migrations.AlterModelTable(name='municipalitypage', table=None),
        migrations.AlterModelTable(name='localscheme', table=None),
        migrations.AlterModelTable(name='localinitiative', table=None),
        migrations.RunPython(content_types_to_gemeenten, migrations.RunPython.noop),
    ]
