"""The re-integration checklist (seed 004, structured in the schemes digest §4).

Wording generalised from "alleenstaande moeders" to parents, and from the WWB to
the Participatiewet. The comparison with other organisations is a pure function.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

SOURCE = _(
    "Gebaseerd op de 'Checklist voor de re-integratie van alleenstaande moeders' "
    "(FNV Vrouw, R. van den Berg, Hogeschool van Amsterdam; zonder datum, uit de tijd "
    "van de Wet werk en bijstand). Wij schreven 'ouders' in plaats van 'moeders' en "
    "'Participatiewet' in plaats van 'WWB', die in 2015 is vervangen."
)

# (key, heading, [(item_key, statement), ...])
CATEGORIES = [
    (
        "kinderopvang",
        _("Kinderopvang"),
        [
            ("kinderopvang-betaalbaar", _("Er is betaalbare kinderopvang.")),
            ("kinderopvang-toereikend", _("Er is genoeg kinderopvang.")),
            (
                "kinderopvang-passend",
                _(
                    "De kinderopvang past bij de kinderen, ook bij kinderen die moeite "
                    "hebben met een nieuwe omgeving."
                ),
            ),
            (
                "kinderopvang-zoeken",
                _(
                    "Alleenstaande ouders krijgen hulp bij het zoeken naar kinderopvang."
                ),
            ),
        ],
    ),
    (
        "begeleiding",
        _("Begeleiding"),
        [
            (
                "begeleiding-persoonlijk",
                _("Alleenstaande ouders krijgen persoonlijke begeleiding."),
            ),
            ("begeleiding-maatwerk", _("De begeleiding is op maat.")),
            (
                "begeleiding-luistert",
                _("De klantmanager of re-integratiecoach luistert naar de ouder."),
            ),
            (
                "begeleiding-situatie",
                _(
                    "De klantmanager of re-integratiecoach kent de situatie van "
                    "alleenstaande ouders."
                ),
            ),
            (
                "begeleiding-begrip",
                _(
                    "De klantmanager of re-integratiecoach kan zich verplaatsen in de "
                    "ouder en toont begrip."
                ),
            ),
            (
                "begeleiding-problemen",
                _(
                    "De klantmanager of re-integratiecoach herkent problemen, neemt ze "
                    "serieus en probeert ze zo mogelijk op te lossen."
                ),
            ),
            (
                "begeleiding-een-contact",
                _(
                    "De ouder werkt met één vaste klantmanager of re-integratiecoach. "
                    "Bij een overdracht wordt alles goed doorgegeven."
                ),
            ),
        ],
    ),
    (
        "mogelijkheden",
        _("Mogelijkheden"),
        [
            (
                "mogelijkheden-scholing",
                _("Er zijn mogelijkheden voor omscholing of bijscholing."),
            ),
            (
                "mogelijkheden-vrijwilligerswerk",
                _("Vrijwilligerswerk kan, als opstap naar betaald werk."),
            ),
            (
                "mogelijkheden-kennis",
                _(
                    "De klantmanager of re-integratiecoach kent de mogelijkheden en weet "
                    "welke stappen in een situatie het beste zijn."
                ),
            ),
            (
                "mogelijkheden-overleg",
                _(
                    "De klantmanager of re-integratiecoach overlegt met de ouder over de "
                    "mogelijkheden."
                ),
            ),
        ],
    ),
    (
        "werkgelegenheid",
        _("Werk"),
        [
            ("werk-parttime", _("Er zijn genoeg parttime banen.")),
            ("werk-schooltijd", _("Er zijn genoeg banen onder schooltijd.")),
            (
                "werk-werkgevers",
                _(
                    "De gemeente of het re-integratiebedrijf overlegt met werkgevers over "
                    "kansen voor alleenstaande ouders."
                ),
            ),
        ],
    ),
    (
        "voorlichting",
        _("Voorlichting"),
        [
            (
                "voorlichting-professionals",
                _(
                    "Klantmanagers en re-integratiecoaches krijgen uitleg over de "
                    "situatie van alleenstaande ouders."
                ),
            ),
            (
                "voorlichting-ouders",
                _(
                    "Alleenstaande ouders horen welke mogelijkheden de Participatiewet "
                    "biedt: omscholing, bijscholing, vrijwilligerswerk en starten als "
                    "ondernemer."
                ),
            ),
        ],
    ),
]

ITEM_KEYS = [key for _category, _heading, items in CATEGORIES for key, _text in items]

# Fewer organisations than this, and we show no average: it could point to one of them.
MIN_ORGANISATIONS = 5

SCORES = {"ja": 1.0, "gedeeltelijk": 0.5, "nee": 0.0}  # "weet-niet" does not count


@dataclass(frozen=True)
class ItemAverage:
    organisations: int  # how many others answered ja/gedeeltelijk/nee
    share_yes: int | None  # percentage "ja", None when too few answered
    score: int | None  # 0-100 (ja = 100, gedeeltelijk = 50, nee = 0)


def checklist_averages(
    answers: list[tuple[int, str, str]], *, exclude_organisation: int
) -> dict[str, ItemAverage]:
    """Anonymous averages per item over (organisation_id, item_key, answer) rows.

    The organisation itself is left out; an item gets numbers only when at least
    MIN_ORGANISATIONS other organisations gave a ja/gedeeltelijk/nee answer.
    """
    per_item: dict[str, list[float]] = defaultdict(list)
    yes: dict[str, int] = defaultdict(int)
    for organisation_id, item_key, answer in answers:
        if organisation_id == exclude_organisation or answer not in SCORES:
            continue
        per_item[item_key].append(SCORES[answer])
        yes[item_key] += answer == "ja"
    result = {}
    for key in ITEM_KEYS:
        scores = per_item.get(key, [])
        if len(scores) < MIN_ORGANISATIONS:
            result[key] = ItemAverage(len(scores), None, None)
        else:
            result[key] = ItemAverage(
                len(scores),
                round(100 * yes[key] / len(scores)),
                round(100 * sum(scores) / len(scores)),
            )
    return result
