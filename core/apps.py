from django.apps import AppConfig


class CoreConfig(AppConfig):
    """The ground floor (DESIGN.md §3): reference data, client address, caching,
    shared middleware and the one form layer. Imports no other app of ours."""

    name = "core"
    verbose_name = "Referentiegegevens"
