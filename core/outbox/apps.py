from django.apps import AppConfig


class OutboxConfig(AppConfig):
    """Part of the ground floor (core): imports no other app of ours."""

    name = "core.outbox"
    label = "outbox"
    verbose_name = "E-mail"
    default_auto_field = "django.db.models.BigAutoField"
