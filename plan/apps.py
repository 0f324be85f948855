from django.apps import AppConfig


class PlanConfig(AppConfig):
    """Jouw plan: from a parent's situation to a personal, dated plan. It combines the
    step plans (content), the Regelcheck (regelingen), local schemes (gemeenten) and
    peer groups (lotgenoten); nothing about the parent is stored."""

    name = "plan"
    verbose_name = "Jouw plan"
