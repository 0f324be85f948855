# The foreign key now names core.Municipality (the model moved from the project
# package to the core app; same table, so nothing changes in the database).

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('lotgenoten', '0002_target_groups'),
        ('core', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='peergroup',
                    name='municipality',
                    field=models.ForeignKey(blank=True, help_text='Leeg: volgt uit de postcode.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='peer_groups', to='core.municipality', verbose_name='gemeente'),
                ),
            ],
            database_operations=[],
        ),
    ]
