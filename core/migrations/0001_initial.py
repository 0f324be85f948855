# Municipality and PostcodeArea move from the project package (app "eenouderpunt")
# to the core app. The tables stay as they are here (state only); 0002 renames them.

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('eenouderpunt', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='Municipality',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('cbs_code', models.CharField(max_length=4, unique=True, verbose_name='CBS-gemeentecode')),
                        ('name', models.CharField(max_length=100, verbose_name='naam')),
                        ('slug', models.SlugField(max_length=100, unique=True, verbose_name='slug')),
                        ('province', models.CharField(max_length=40, verbose_name='provincie')),
                    ],
                    options={
                        'verbose_name': 'gemeente',
                        'verbose_name_plural': 'gemeenten',
                        'ordering': ['name'],
                        'db_table': 'eenouderpunt_municipality',
                    },
                ),
                migrations.CreateModel(
                    name='PostcodeArea',
                    fields=[
                        ('pc4', models.CharField(max_length=4, primary_key=True, serialize=False, verbose_name='postcode (4 cijfers)')),
                        ('place', models.CharField(max_length=100, verbose_name='plaats')),
                        ('latitude', models.FloatField(verbose_name='breedtegraad')),
                        ('longitude', models.FloatField(verbose_name='lengtegraad')),
                        ('municipality', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='postcode_areas', to='core.municipality')),
                    ],
                    options={
                        'verbose_name': 'postcodegebied',
                        'verbose_name_plural': 'postcodegebieden',
                        'ordering': ['pc4'],
                        'db_table': 'eenouderpunt_postcodearea',
                    },
                ),
            ],
            database_operations=[],
        ),
    ]
