# Municipality and PostcodeArea now live in the core app (state only: the tables are
# renamed by core.0002 after every foreign key points at core's models).

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('eenouderpunt', '0001_initial'),
        ('core', '0001_initial'),
        ('content', '0005_municipality_in_core'),
        ('lotgenoten', '0003_municipality_in_core'),
        ('professionals', '0002_municipality_in_core'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='PostcodeArea'),
                migrations.DeleteModel(name='Municipality'),
            ],
            database_operations=[],
        ),
    ]
