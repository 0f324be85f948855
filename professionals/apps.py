from django.apps import AppConfig


class ProfessionalsConfig(AppConfig):
    name = "professionals"
    verbose_name = "Professionals"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from professionals import signals  # noqa: F401
