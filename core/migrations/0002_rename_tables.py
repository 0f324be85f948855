# The tables get the core app's names once every foreign key points at core's models;
# content types follow, so permissions and revisions keep their rows.

from django.db import migrations


def content_types_to_core(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ContentType.objects.filter(
        app_label="eenouderpunt", model__in=["municipality", "postcodearea"]
    ).update(app_label="core")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('core', '0001_initial'),
        ('eenouderpunt', '0002_models_moved_to_core'),
    ]

    operations = [
        migrations.AlterModelTable(name='municipality', table=None),
        migrations.AlterModelTable(name='postcodearea', table=None),
        migrations.RunPython(content_types_to_core, migrations.RunPython.noop),
    ]
