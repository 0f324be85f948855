"""Demo data: real national helplines and organisations, and Dutch public holidays.

Only phone numbers we are sure of. For the others we name the organisation and link
its official website, where parents find the current number and opening hours.
"""

ORGANISATIONS = [
    # name, kind, website, description
    (
        "Dienst Toeslagen",
        "overheid",
        "https://www.belastingdienst.nl/toeslagen",
        "Regelt de toeslagen, zoals huurtoeslag, zorgtoeslag en kinderopvangtoeslag.",
    ),
    (
        "Sociale Verzekeringsbank (SVB)",
        "overheid",
        "https://www.svb.nl/",
        "Betaalt onder meer de kinderbijslag.",
    ),
    (
        "UWV",
        "overheid",
        "https://www.uwv.nl/",
        "Helpt bij werk zoeken en betaalt uitkeringen als de WW.",
    ),
    (
        "DUO",
        "overheid",
        "https://duo.nl/",
        "Regelt studiefinanciering en andere zaken rond leren.",
    ),
    (
        "LBIO",
        "overheid",
        "https://www.lbio.nl/",
        "Helpt bij het innen van kinderalimentatie als je ex niet betaalt.",
    ),
    (
        "Het Juridisch Loket",
        "landelijk",
        "https://www.juridischloket.nl/",
        "Gratis uitleg over je rechten, bijvoorbeeld bij scheiding of schulden.",
    ),
    (
        "Nibud",
        "landelijk",
        "https://www.nibud.nl/",
        "Tips en rekenhulpen om grip te houden op je geld.",
    ),
    (
        "Geldfit",
        "landelijk",
        "https://www.geldfit.nl/",
        "Online test over je geldzaken, en hulp in de buurt als je dat wilt.",
    ),
    (
        "Humanitas",
        "landelijk",
        "https://www.humanitas.nl/",
        "Vrijwilligers helpen je met je administratie of als je het even zwaar hebt.",
    ),
    (
        "SchuldHulpMaatje",
        "landelijk",
        "https://www.schuldhulpmaatje.nl/",
        "Een getrainde vrijwilliger helpt je uit de schulden.",
    ),
    (
        "Villa Pinedo",
        "landelijk",
        "https://www.villapinedo.nl/",
        "Steun voor kinderen en jongeren van wie de ouders uit elkaar gaan.",
    ),
    (
        "Rijksoverheid",
        "overheid",
        "https://www.rijksoverheid.nl/",
        "Informatie van de overheid over regels en wetten.",
    ),
]

HELPLINES = [
    {
        "name": "Alarmnummer 112",
        "organisation": None,
        "description": "Voor spoed: als er gevaar is voor jou of je kind, of als elke "
        "seconde telt.",
        "phone": "112",
        "website": "https://www.politie.nl/",
        "cost": "Gratis",
        "always_open": True,
        "is_emergency": True,
        "themes": ["veiligheid"],
    },
    {
        "name": "Veilig Thuis",
        "organisation": None,
        "description": "Voor als je je thuis niet veilig voelt. Of als je je zorgen "
        "maakt om je kinderen of iemand anders. Ook voor advies.",
        "phone": "0800-2000",
        "website": "https://veiligthuis.nl/",
        "cost": "Gratis",
        "anonymous": True,
        "always_open": True,
        "themes": ["veiligheid", "scheiding", "opvoeden"],
    },
    {
        "name": "113 Zelfmoordpreventie",
        "organisation": None,
        "description": "Denk je aan zelfmoord? Of maak je je zorgen om iemand? Praat "
        "erover. Je kunt bellen of chatten.",
        "phone": "0800-0113",
        "website": "https://www.113.nl/",
        "cost": "Gratis",
        "anonymous": True,
        "always_open": True,
        "hours_note": "Je kunt ook 113 bellen.",
        "themes": ["gezondheid", "veiligheid"],
    },
    {
        "name": "De Kindertelefoon",
        "organisation": None,
        "description": "Voor kinderen en jongeren. Ze kunnen hier praten over alles wat "
        "ze dwarszit. Ook over de scheiding van hun ouders.",
        "phone": "0800-0432",
        "website": "https://www.kindertelefoon.nl/",
        "cost": "Gratis",
        "anonymous": True,
        "themes": ["opvoeden", "scheiding", "veiligheid"],
    },
    {
        "name": "Het Juridisch Loket",
        "organisation": "Het Juridisch Loket",
        "description": "Gratis uitleg over je rechten. Bijvoorbeeld over alimentatie, "
        "een omgangsregeling of schulden.",
        "website": "https://www.juridischloket.nl/",
        "themes": ["scheiding", "geld-en-schulden", "wonen"],
    },
    {
        "name": "Geldfit",
        "organisation": "Geldfit",
        "description": "Doe de online test over je geldzaken. Je ziet dan welke hulp "
        "bij jou past.",
        "website": "https://www.geldfit.nl/",
        "themes": ["geld-en-schulden"],
    },
    {
        "name": "De Luisterlijn",
        "organisation": None,
        "description": "Wil je je verhaal kwijt? Bij De Luisterlijn luistert iemand naar "
        "je. Je kunt bellen, chatten of mailen.",
        "website": "https://www.deluisterlijn.nl/",
        "anonymous": True,
        "themes": ["gezondheid", "steun"],
    },
    {
        "name": "MIND Korrelatie",
        "organisation": None,
        "description": "Vragen over psychische problemen? Hier kun je anoniem praten "
        "met een hulpverlener.",
        "website": "https://mindkorrelatie.nl/",
        "anonymous": True,
        "themes": ["gezondheid"],
    },
    {
        "name": "SchuldHulpMaatje",
        "organisation": "SchuldHulpMaatje",
        "description": "Een getrainde vrijwilliger helpt je om je schulden op te lossen. "
        "Stap voor stap.",
        "website": "https://www.schuldhulpmaatje.nl/",
        "themes": ["geld-en-schulden"],
    },
]

# Public holidays (national): data, kept up to date by editors in the admin.
PUBLIC_HOLIDAYS = [
    ("2026-12-25", "Eerste kerstdag"),
    ("2026-12-26", "Tweede kerstdag"),
    ("2027-01-01", "Nieuwjaarsdag"),
    ("2027-03-28", "Eerste paasdag"),
    ("2027-03-29", "Tweede paasdag"),
    ("2027-04-27", "Koningsdag"),
    ("2027-05-05", "Bevrijdingsdag"),
    ("2027-05-06", "Hemelvaartsdag"),
    ("2027-05-16", "Eerste pinksterdag"),
    ("2027-05-17", "Tweede pinksterdag"),
    ("2027-12-25", "Eerste kerstdag"),
    ("2027-12-26", "Tweede kerstdag"),
]
