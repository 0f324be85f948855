"""What can be going on in a parent's life, and the dates a deadline can count from.

The codes are stored in editors' data (the step-plan steps say which situations they
are for; a deadline rule names the event it counts from): rename one only with a
data migration. The texts are what parents read on "Wat is er aan de hand?".
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Situation:
    code: str
    label: str


@dataclass(frozen=True)
class Event:
    code: str
    label: str  # the question
    help_text: str


SEPARATION = "uit-elkaar"
DEATH = "overleden"
BABY = "zwanger-of-baby"
MONEY = "geldzorgen"
WORK = "werk-of-leren"
UNSAFE = "niet-veilig"
CARE = "extra-zorg"

SITUATIONS: tuple[Situation, ...] = (
    Situation(SEPARATION, _("We gaan uit elkaar, of we zijn uit elkaar")),
    Situation(DEATH, _("Mijn partner is overleden")),
    Situation(BABY, _("Ik ben zwanger, of ik ben alleen met een baby")),
    Situation(MONEY, _("Ik heb geldzorgen of schulden")),
    Situation(WORK, _("Ik wil (meer) gaan werken of leren")),
    Situation(UNSAFE, _("Ik voel me niet veilig thuis")),
    Situation(CARE, _("Mijn kind heeft extra zorg nodig")),
)
SITUATION_CODES = frozenset(s.code for s in SITUATIONS)
SITUATION_CHOICES = [(s.code, s.label) for s in SITUATIONS]

MOVE = "verhuizing"
DEATH_DATE = "overlijden"
CHILDCARE_START = "start-opvang"

EVENTS: tuple[Event, ...] = (
    Event(
        MOVE,
        _("Op welke dag ben jij of je ex verhuisd?"),
        _("Nog niet verhuisd? Laat het dan leeg, of vul de dag in dat je verhuist."),
    ),
    Event(
        DEATH_DATE,
        _("Op welke dag is je partner overleden?"),
        _("Dan rekenen we uit wanneer je iets moet regelen."),
    ),
    Event(
        CHILDCARE_START,
        _("Op welke dag begint (of begon) de kinderopvang?"),
        _("Weet je het nog niet? Laat het dan leeg."),
    ),
)
EVENT_CODES = frozenset(e.code for e in EVENTS)
EVENT_CHOICES = [(e.code, e.label) for e in EVENTS]
