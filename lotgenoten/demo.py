"""Example peer groups for the demo site (DEMO DATA: none of these groups exists).

Every group is marked `is_example` and the site shows "Voorbeeldgroep". Contact
addresses are @example.org, there are no phone numbers, and venues are generic.
"""

import datetime

from django.utils.text import slugify

from content.models import Organisation, Theme
from lotgenoten.models import PeerGroup, TargetGroup

TARGET_GROUPS = [
    ("jonge-ouders", "Jonge ouders"),
    ("vaders", "Vaders"),
    ("weduwe-weduwnaar", "Ouders van wie de partner is overleden"),
    ("kind-met-beperking", "Ouders van een kind met een beperking"),
    ("nederlands-leren", "Ouders die Nederlands leren"),
]

ORGANISATIONS = [
    (
        "Voorbeeld Welzijnsorganisatie",
        "Voorbeeld: een welzijnsorganisatie die groepen begeleidt.",
    ),
    ("Voorbeeld Wijkteam", "Voorbeeld: een wijkteam van een gemeente."),
    (
        "Voorbeeld Ouderinitiatief",
        "Voorbeeld: een groep ouders die zelf iets organiseert.",
    ),
    (
        "Voorbeeld Landelijk Platform",
        "Voorbeeld: een landelijke organisatie met online groepen.",
    ),
]

# Kinds of group: name pattern, description, organiser, and practical details.
KINDS = {
    "koffie": {
        "name": "Koffie-uurtje voor alleenstaande ouders {place}",
        "description": (
            "Elke week drink je samen koffie of thee met andere ouders die er ook "
            "alleen voor staan. Je praat over wat je bezighoudt, of je luistert "
            "alleen. Je hoeft niets. Iemand van het wijkteam is erbij voor vragen."
        ),
        "method": "Meet the Parents",
        "organiser": "Voorbeeld Wijkteam",
        "weekday": 3,
        "start": (9, 30),
        "end": (11, 0),
        "childcare": True,
        "join": PeerGroup.JoinMethod.WALK_IN,
        "themes": ["steun"],
    },
    "avond": {
        "name": "Avondgroep werkende ouders {place}",
        "description": (
            "Werk je overdag? Dan is deze avondgroep iets voor jou. Je praat met "
            "andere ouders over werk, de kinderen en tijd voor jezelf. We sluiten "
            "af met een kop soep."
        ),
        "organiser": "Voorbeeld Welzijnsorganisatie",
        "weekday": 2,
        "start": (19, 30),
        "end": (21, 0),
        "join": PeerGroup.JoinMethod.CONTACT_FIRST,
        "themes": ["steun", "werk-en-opleiding"],
    },
    "zaterdag": {
        "name": "Zaterdagochtend met de kinderen {place}",
        "description": (
            "Op zaterdagochtend spelen de kinderen samen. Jij drinkt koffie met "
            "andere ouders. Soms gaan we samen op stap, bijvoorbeeld naar de "
            "speeltuin."
        ),
        "organiser": "Voorbeeld Ouderinitiatief",
        "weekday": 6,
        "start": (10, 0),
        "end": (12, 0),
        "children_welcome": True,
        "join": PeerGroup.JoinMethod.WALK_IN,
        "themes": ["steun", "opvoeden"],
    },
    "vaders": {
        "name": "Vadergroep {place}",
        "description": (
            "Een groep voor vaders die hun kinderen (een deel van de tijd) alleen "
            "opvoeden. Je praat over de zorg voor je kinderen, contact met je ex en "
            "hoe je het allemaal rond krijgt."
        ),
        "organiser": "Voorbeeld Welzijnsorganisatie",
        "weekday": 4,
        "start": (20, 0),
        "end": (21, 30),
        "targets": ["vaders"],
        "join": PeerGroup.JoinMethod.CONTACT_FIRST,
        "themes": ["steun", "scheiding"],
    },
    "jong": {
        "name": "Jonge moeders en vaders {place}",
        "description": (
            "Ben je jong en heb je een kind? Hier ontmoet je ouders van jouw "
            "leeftijd. Je deelt tips over geld, school en opvoeden. Je kindje mag "
            "mee."
        ),
        "organiser": "Voorbeeld Wijkteam",
        "weekday": 1,
        "start": (13, 30),
        "end": (15, 0),
        "children_welcome": True,
        "childcare": True,
        "targets": ["jonge-ouders"],
        "join": PeerGroup.JoinMethod.WALK_IN,
        "themes": ["steun", "opvoeden"],
    },
    "taal": {
        "name": "Taalcafé voor ouders {place}",
        "description": (
            "Oefen Nederlands en ontmoet andere ouders. We praten over dingen van "
            "elke dag: school, de dokter, brieven van de gemeente. Je mag fouten "
            "maken."
        ),
        "organiser": "Voorbeeld Welzijnsorganisatie",
        "weekday": 5,
        "start": (9, 0),
        "end": (10, 30),
        "childcare": True,
        "targets": ["nederlands-leren"],
        "languages": "Nederlands, Engels, Arabisch",
        "join": PeerGroup.JoinMethod.WALK_IN,
        "themes": ["steun"],
    },
    "verlies": {
        "name": "Samen verder na verlies {place}",
        "description": (
            "Voor ouders van wie de partner is overleden. Je praat met mensen die "
            "weten hoe het voelt. Er is ruimte voor verdriet, maar ook voor hoe "
            "je verder gaat met je kinderen."
        ),
        "organiser": "Voorbeeld Welzijnsorganisatie",
        "weekday": 2,
        "start": (14, 0),
        "end": (15, 30),
        "frequency": PeerGroup.Frequency.FORTNIGHTLY,
        "targets": ["weduwe-weduwnaar"],
        "join": PeerGroup.JoinMethod.CONTACT_FIRST,
        "themes": ["steun"],
    },
    "beperking": {
        "name": "Ouders van een bijzonder kind {place}",
        "description": (
            "Voor alleenstaande ouders van een kind met een beperking of een "
            "chronische ziekte. Je deelt ervaringen over zorg, school en regelingen. "
            "En je hebt even tijd voor jezelf."
        ),
        "organiser": "Voorbeeld Ouderinitiatief",
        "weekday": 6,
        "start": (10, 30),
        "end": (12, 0),
        "frequency": PeerGroup.Frequency.MONTHLY,
        "targets": ["kind-met-beperking"],
        "free": False,
        "cost_note": "2 euro per keer, voor koffie en iets lekkers",
        "join": PeerGroup.JoinMethod.CONTACT_FIRST,
        "themes": ["steun", "kinderopvang"],
    },
    "wandel": {
        "name": "Wandelgroep alleenstaande ouders {place}",
        "description": (
            "Elke week wandel je een uur met andere ouders. Lopen en praten gaat "
            "goed samen. Na afloop drinken we samen iets."
        ),
        "organiser": "Voorbeeld Ouderinitiatief",
        "weekday": 7,
        "start": (10, 0),
        "end": (11, 0),
        "children_welcome": True,
        "join": PeerGroup.JoinMethod.WALK_IN,
        "themes": ["steun", "gezondheid"],
    },
}

# (place, postcode, kind). Big cities and rural areas in every province.
PLACES = [
    ("Amsterdam-Centrum", "1012", "koffie"),
    ("Amsterdam-Oost", "1091", "avond"),
    ("Amsterdam-Zuidoost", "1102", "jong"),
    ("Amsterdam-West", "1063", "taal"),
    ("Haarlem", "2011", "koffie"),
    ("Zaandam", "1506", "vaders"),
    ("Alkmaar", "1811", "zaterdag"),
    ("Hoorn", "1621", "koffie"),
    ("Den Helder", "1781", "wandel"),
    ("Texel", "1791", "koffie"),
    ("Rotterdam-Centrum", "3011", "avond"),
    ("Rotterdam-Zuid", "3072", "taal"),
    ("Den Haag", "2511", "koffie"),
    ("Den Haag-Escamp", "2525", "jong"),
    ("Leiden", "2311", "verlies"),
    ("Delft", "2611", "zaterdag"),
    ("Dordrecht", "3311", "koffie"),
    ("Utrecht-Centrum", "3511", "vaders"),
    ("Utrecht-Overvecht", "3531", "koffie"),
    ("Amersfoort", "3811", "beperking"),
    ("Almere Poort", "1363", "koffie"),
    ("Lelystad", "8232", "avond"),
    ("Urk", "8321", "zaterdag"),
    ("Eindhoven", "5611", "koffie"),
    ("Tilburg", "5038", "avond"),
    ("Breda", "4811", "jong"),
    ("Den Bosch", "5211", "verlies"),
    ("Nijmegen", "6511", "koffie"),
    ("Arnhem", "6811", "vaders"),
    ("Apeldoorn", "7311", "wandel"),
    ("Harderwijk", "3841", "koffie"),
    ("Winterswijk", "7101", "zaterdag"),
    ("Enschede", "7511", "taal"),
    ("Zwolle", "8011", "koffie"),
    ("Deventer", "7411", "beperking"),
    ("Groningen", "9711", "avond"),
    ("Stadskanaal", "9501", "koffie"),
    ("Veendam", "9641", "wandel"),
    ("Leeuwarden", "8911", "koffie"),
    ("Sneek", "8601", "zaterdag"),
    ("Assen", "9401", "jong"),
    ("Emmen", "7811", "koffie"),
    ("Meppel", "7941", "wandel"),
    ("Maastricht", "6211", "koffie"),
    ("Heerlen", "6411", "avond"),
    ("Venlo", "5911", "zaterdag"),
    ("Middelburg", "4331", "koffie"),
    ("Terneuzen", "4531", "wandel"),
]

ONLINE = [
    (
        "online-avondgesprek",
        "Online avondgesprek voor alleenstaande ouders",
        "Praat vanuit huis met ouders uit het hele land. Je zet je camera aan of "
        "uit, wat jij fijn vindt. Een begeleider zorgt dat iedereen aan de beurt komt.",
        2,
        (20, 30),
        (21, 30),
        [],
    ),
    (
        "online-vaders",
        "Online vadergroep",
        "Een online groep voor vaders die hun kinderen alleen of voor een deel van "
        "de tijd opvoeden. Je praat over wat je tegenkomt, zonder oordeel.",
        4,
        (21, 0),
        (22, 0),
        ["vaders"],
    ),
    (
        "online-jonge-ouders",
        "Online groep jonge ouders",
        "Voor ouders tot ongeveer 25 jaar. Je praat met leeftijdgenoten over je "
        "kind, school of werk en geld.",
        7,
        (19, 0),
        (20, 0),
        ["jonge-ouders"],
    ),
    (
        "online-na-verlies",
        "Online groep: alleen verder na verlies",
        "Voor ouders van wie de partner is overleden. In een kleine groep praat je "
        "over verdriet en over het gewone leven met je kinderen.",
        1,
        (20, 0),
        (21, 15),
        ["weduwe-weduwnaar"],
    ),
]

# A fixed date, so that a second run changes nothing.
DEMO_CONFIRMED = datetime.date(2026, 10, 1)


def target_groups_ensure() -> dict[str, TargetGroup]:
    result = {}
    for order, (slug, name) in enumerate(TARGET_GROUPS):
        obj, _ = TargetGroup.objects.get_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )
        result[slug] = obj
    return result


def _organisations() -> dict[str, Organisation]:
    result = {}
    for name, description in ORGANISATIONS:
        obj, _ = Organisation.objects.get_or_create(
            name=name,
            defaults={
                "kind": Organisation.Kind.LOCAL_INITIATIVE,
                "description": description,
                "email": "groepen@example.org",
            },
        )
        result[name] = obj
    return result


def _slug(text: str) -> str:
    return slugify(text)[:120]


def _save(slug: str, fields: dict, targets, themes) -> bool:
    if PeerGroup.objects.filter(slug=slug).exists():
        return False
    group = PeerGroup(
        slug=slug, is_example=True, last_confirmed=DEMO_CONFIRMED, **fields
    )
    group.save()
    group.target_groups.set(targets)
    group.themes.set(themes)
    group.save()
    group.save_revision().publish()
    return True


def demo_load() -> tuple[int, int]:
    """Create the example groups that do not exist yet. Returns (created, total)."""
    targets = target_groups_ensure()
    organisations = _organisations()
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    created = 0
    for place, postcode, kind in PLACES:
        spec = KINDS[kind]
        name = spec["name"].format(place=place)
        slug = _slug(name)
        town = place.split("-")[0].replace(" Poort", "")
        fields = {
            "name": name,
            "description": spec["description"],
            "method": spec.get("method", ""),
            "organiser": organisations[spec["organiser"]],
            "contact_name": "Voorbeeld Contactpersoon",
            "contact_role": "sociaal werker",
            "contact_email": "",
            "notify_email": f"{slug[:50]}@example.org",
            "venue_name": "Buurthuis (voorbeeld)",
            "address": "Voorbeeldstraat 1",
            "postcode": postcode,
            "place": town,
            "getting_there": "Met de bus of op de fiets. Voor de deur kun je je fiets stallen.",
            "accessibility": "De ruimte is op de begane grond. Er is een toilet voor mensen in een rolstoel.",
            "weekday": spec["weekday"],
            "start_time": datetime.time(*spec["start"]),
            "end_time": datetime.time(*spec["end"]),
            "frequency": spec.get("frequency", PeerGroup.Frequency.WEEKLY),
            "is_free": spec.get("free", True),
            "cost_note": spec.get("cost_note", ""),
            "childcare": spec.get("childcare", False),
            "children_welcome": spec.get("children_welcome", False),
            "languages": spec.get("languages", "Nederlands"),
            "join_method": spec["join"],
        }
        if _save(
            slug,
            fields,
            [targets[t] for t in spec.get("targets", [])],
            [themes[t] for t in spec["themes"] if t in themes],
        ):
            created += 1
    for slug, name, description, weekday, start, end, target_slugs in ONLINE:
        fields = {
            "name": name,
            "description": description,
            "organiser": organisations["Voorbeeld Landelijk Platform"],
            "contact_name": "Voorbeeld Begeleider",
            "contact_role": "gespreksleider",
            "notify_email": f"{slug}@example.org",
            "is_online": True,
            "weekday": weekday,
            "start_time": datetime.time(*start),
            "end_time": datetime.time(*end),
            "frequency": PeerGroup.Frequency.FORTNIGHTLY,
            "join_method": PeerGroup.JoinMethod.CONTACT_FIRST,
            "join_note": "Na je aanmelding krijg je een link om mee te doen.",
        }
        if _save(
            slug,
            fields,
            [targets[t] for t in target_slugs],
            [themes["steun"]] if "steun" in themes else [],
        ):
            created += 1
    return created, PeerGroup.objects.filter(is_example=True).count()
