from django.apps import AppConfig


class VragenConfig(AppConfig):
    """ "Stel je vraag": a parent's question answered by a person (the national
    team, or the organisation that takes the questions of the parent's gemeente)."""

    name = "vragen"
    verbose_name = "Vragen van ouders"
