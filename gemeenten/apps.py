from django.apps import AppConfig


class GemeentenConfig(AppConfig):
    """Public municipal data: each gemeente's local offer page, its local schemes
    and initiatives. Parents read it here; professionals/ keeps the editing."""

    name = "gemeenten"
    verbose_name = "Gemeenten"
