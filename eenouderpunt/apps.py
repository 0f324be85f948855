from django.apps import AppConfig


class EenouderpuntConfig(AppConfig):
    name = "eenouderpunt"
    verbose_name = "Project"

    def ready(self):
        from eenouderpunt.frontend_cache import frontend_cache_connect_signals
        from eenouderpunt.page_cache import page_cache_connect_signals

        page_cache_connect_signals()
        frontend_cache_connect_signals()
