from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor (DESIGN.md §3): reference data, client address, caching,
    shared middleware and the one form layer. Imports no other app of ours."""

    name = "core"
    verbose_name = "Basis"

    def ready(self):
        from core.csv_safe import wagtail_exports_guard

        wagtail_exports_guard()
