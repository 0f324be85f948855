from django.apps import AppConfig


class ContentConfig(AppConfig):
    name = "content"
    verbose_name = "Inhoud"

    def ready(self):
        from content import signals

        signals.connect()
