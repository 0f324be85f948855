from django.apps import AppConfig


class OpendataConfig(AppConfig):
    """Open data: the public read API (/api/v1/…) and the pages other sites may
    frame (/embed/…). Reads the domain apps' public data; stores nothing."""

    name = "opendata"
    verbose_name = "Open data"
