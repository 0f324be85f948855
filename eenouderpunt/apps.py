from django.apps import AppConfig


class EenouderpuntConfig(AppConfig):
    name = "eenouderpunt"
    verbose_name = "Project"
