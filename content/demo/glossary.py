"""Demo glossary: difficult official words with a B1 explanation.

Each entry: word, explanation, simpler words, other forms we also recognise.
"""

GLOSSARY = [
    (
        "toeslag",
        "Geld van de overheid als je inkomen laag is. Je vraagt het aan bij Dienst "
        "Toeslagen.",
        "bijdrage, extra geld",
        "toeslagen",
    ),
    (
        "huurtoeslag",
        "Geld van de overheid om je huur te helpen betalen. Of je het krijgt, hangt af "
        "van je inkomen en je huur.",
        "hulp bij de huur",
        "",
    ),
    (
        "zorgtoeslag",
        "Geld van de overheid om je zorgverzekering te helpen betalen.",
        "hulp bij de zorgverzekering",
        "",
    ),
    (
        "kinderopvangtoeslag",
        "Geld van de overheid voor de kosten van de opvang van je kind. Bijvoorbeeld als "
        "je werkt of een opleiding volgt.",
        "hulp bij de kosten van opvang",
        "",
    ),
    (
        "kindgebonden budget",
        "Extra geld van de overheid voor ouders met een laag of gemiddeld inkomen. "
        "Alleenstaande ouders krijgen er een extra bedrag bij.",
        "extra geld voor je kind",
        "",
    ),
    (
        "kinderbijslag",
        "Geld van de SVB voor elk kind tot 18 jaar. Hoeveel je verdient, maakt niet uit.",
        "geld voor je kind",
        "",
    ),
    (
        "alimentatie",
        "Geld dat je ex na de scheiding betaalt. Voor de kinderen of voor jou.",
        "bijdrage van je ex",
        "kinderalimentatie, partneralimentatie",
    ),
    (
        "bijstand",
        "Geld van je gemeente als je niet genoeg geld hebt om van te leven.",
        "uitkering van de gemeente",
        "bijstandsuitkering",
    ),
    (
        "bijzondere bijstand",
        "Geld van je gemeente voor nodige kosten die je zelf niet kunt betalen.",
        "extra hulp van de gemeente",
        "",
    ),
    (
        "Participatiewet",
        "De wet over de bijstand en over hulp bij werk. Je gemeente voert deze wet uit.",
        "wet voor bijstand en werk",
        "",
    ),
    (
        "ontheffing",
        "Toestemming om iets een tijd niet te hoeven doen. Bijvoorbeeld geen werk zoeken.",
        "vrijstelling, uitzondering",
        "ontheffingen",
    ),
    (
        "ouderschapsplan",
        "Een plan met afspraken over de kinderen als jullie uit elkaar gaan. Bijvoorbeeld "
        "wie wanneer voor ze zorgt.",
        "afspraken over de kinderen",
        "",
    ),
    (
        "omgangsregeling",
        "Afspraken over wanneer je kind bij de andere ouder is.",
        "afspraken over bezoek",
        "",
    ),
    (
        "gezag",
        "Het recht en de plicht om besluiten over je kind te nemen. Bijvoorbeeld over "
        "school of de dokter.",
        "zeggenschap over je kind",
        "ouderlijk gezag",
    ),
    (
        "mediator",
        "Iemand die jullie helpt om samen afspraken te maken. Een mediator kiest geen kant.",
        "bemiddelaar",
        "mediation",
    ),
    (
        "schuldhulpverlening",
        "Hulp van je gemeente als je schulden hebt. Deze hulp is gratis.",
        "schuldhulp",
        "schuldhulp",
    ),
    (
        "startkwalificatie",
        "Een diploma van havo, vwo of mbo niveau 2 of hoger.",
        "diploma voor werk",
        "",
    ),
    (
        "wijkteam",
        "Een team van hulpverleners in je buurt. Je kunt er met allerlei vragen terecht.",
        "hulp in de buurt",
        "wijkteams, buurtteam",
    ),
]
