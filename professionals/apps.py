from django.apps import AppConfig


class ProfessionalsConfig(AppConfig):
    name = "professionals"
    verbose_name = "Professionals"
