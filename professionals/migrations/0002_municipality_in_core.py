# The foreign key now names core.Municipality (the model moved from the project
# package to the core app; same table, so nothing changes in the database).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('professionals', '0001_initial'),
        ('core', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='municipalitypage',
                    name='municipality',
                    field=models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='offer_page', to='core.municipality', verbose_name='gemeente'),
                ),
            ],
            database_operations=[],
        ),
    ]
