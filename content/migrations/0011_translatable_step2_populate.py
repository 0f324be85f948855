"""Step 2 of 3 (wagtail-localize's way): give existing themes, helplines and
glossary terms the default locale and a translation key; add the locales."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


def locales_add(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code in ("nl", "en", "ar"):
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("content", "0010_translatable_step1_add_locale"),
    ]

    operations = [
        migrations.RunPython(locales_add, migrations.RunPython.noop),
        BootstrapTranslatableModel("content.Theme"),
        BootstrapTranslatableModel("content.Helpline"),
        BootstrapTranslatableModel("content.GlossaryTerm"),
    ]
