from django.apps import AppConfig


class LotgenotenConfig(AppConfig):
    name = "lotgenoten"
    verbose_name = "Lotgenoten"
