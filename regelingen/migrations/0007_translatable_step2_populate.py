"""Step 2 of 3 (wagtail-localize's way): give existing schemes the default locale
and a translation key."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("regelingen", "0006_translatable_step1_add_locale"),
        ("content", "0011_translatable_step2_populate"),
    ]

    operations = [BootstrapTranslatableModel("regelingen.Scheme")]
