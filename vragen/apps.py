from django.apps import AppConfig


class VragenConfig(AppConfig):
    """The app behind "Stel je vraag": a question answered by a person (the national
    team, or the organisation that takes the questions of the parent's gemeente)."""

    name = "vragen"
    verbose_name = "Vragen van ouders"
