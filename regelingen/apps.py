from django.apps import AppConfig


class RegelingenConfig(AppConfig):
    name = "regelingen"
    verbose_name = "Regelingen"
