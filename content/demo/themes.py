"""The ten themes (DESIGN.md §4) with a B1 introduction for each theme page."""

THEMES = [
    # slug, name, short description (home page), introduction (theme page)
    (
        "geld-en-schulden",
        "Geld en schulden",
        "Rondkomen, hulp bij geldzorgen en schulden.",
        "Alleen rondkomen is vaak zwaar. Hier lees je hoe je grip houdt op je geld. "
        "En waar je hulp krijgt als je schulden hebt. Hulp vragen is slim, niet iets om "
        "je voor te schamen.",
    ),
    (
        "toeslagen-en-regelingen",
        "Toeslagen en regelingen",
        "Geld waar je misschien recht op hebt.",
        "Als alleenstaande ouder heb je misschien recht op extra geld. Bijvoorbeeld "
        "toeslagen van de overheid of hulp van je gemeente. Hier zie je welke regelingen "
        "er zijn en hoe je ze aanvraagt.",
    ),
    (
        "scheiding",
        "Scheiding en contact met je ex",
        "Afspraken over de kinderen, alimentatie en omgang.",
        "Uit elkaar gaan is moeilijk, ook voor je kinderen. Hier lees je welke afspraken "
        "je moet maken. En wie je daarbij kan helpen.",
    ),
    (
        "opvoeden",
        "Opvoeden",
        "Tips en hulp bij het opvoeden van je kinderen.",
        "Je kinderen alleen opvoeden vraagt veel van je. Iedereen heeft soms vragen of "
        "twijfels. Hier vind je tips en mensen met wie je kunt praten.",
    ),
    (
        "werk-en-opleiding",
        "Werk en opleiding",
        "Werk vinden, werk en zorg combineren, leren.",
        "Werken of een opleiding volgen naast de zorg voor je kinderen is een hele "
        "klus. Hier lees je welke hulp er is. En wat je gemeente van je mag vragen.",
    ),
    (
        "kinderopvang",
        "Kinderopvang",
        "Opvang voor je kinderen als je werkt of leert.",
        "Goede opvang voor je kinderen maakt werken of leren makkelijker. Hier lees je "
        "welke soorten opvang er zijn. En hoe je hulp krijgt bij de kosten.",
    ),
    (
        "wonen",
        "Wonen",
        "Een huis vinden, huur betalen, verhuizen.",
        "Na een scheiding moet je vaak snel een andere woning vinden. Dat is niet "
        "makkelijk. Hier lees je waar je terecht kunt en welke hulp er is.",
    ),
    (
        "gezondheid",
        "Gezondheid en tijd voor jezelf",
        "Zorg goed voor jezelf, ook als het druk is.",
        "Als je alles alleen doet, vergeet je jezelf snel. Toch is rust belangrijk, "
        "voor jou en je kinderen. Hier lees je hoe je wat tijd voor jezelf maakt.",
    ),
    (
        "steun",
        "Lotgenoten en steun",
        "Praat met andere ouders die alleen voor hun kinderen zorgen.",
        "Praten met andere alleenstaande ouders helpt. Zij weten hoe het is. Hier vind "
        "je groepen bij jou in de buurt en online.",
    ),
    (
        "veiligheid",
        "Veiligheid",
        "Hulp als je je thuis of bij je ex niet veilig voelt.",
        "Voel jij je niet veilig, of je kinderen? Je staat er niet alleen voor. Hier "
        "lees je waar je terecht kunt. Ook als je anoniem wilt blijven.",
    ),
]

RO = "https://www.rijksoverheid.nl/onderwerpen/"
# The main official source for each theme page.
THEME_SOURCES = {
    "geld-en-schulden": [
        {"title": "Schulden", "url": RO + "schulden", "publisher": "Rijksoverheid"}
    ],
    "toeslagen-en-regelingen": [
        {
            "title": "Toeslagen",
            "url": "https://www.belastingdienst.nl/toeslagen",
            "publisher": "Dienst Toeslagen",
        }
    ],
    "scheiding": [
        {"title": "Scheiden", "url": RO + "scheiden", "publisher": "Rijksoverheid"}
    ],
    "opvoeden": [
        {"title": "Jeugdhulp", "url": RO + "jeugdhulp", "publisher": "Rijksoverheid"}
    ],
    "werk-en-opleiding": [
        {
            "title": "Participatiewet",
            "url": RO + "participatiewet",
            "publisher": "Rijksoverheid",
        }
    ],
    "kinderopvang": [
        {
            "title": "Kinderopvang",
            "url": RO + "kinderopvang",
            "publisher": "Rijksoverheid",
        }
    ],
    "wonen": [
        {"title": "Huurwoning", "url": RO + "huurwoning", "publisher": "Rijksoverheid"}
    ],
    "gezondheid": [
        {
            "title": "Thuisarts",
            "url": "https://www.thuisarts.nl/",
            "publisher": "Nederlands Huisartsen Genootschap",
        }
    ],
    "steun": [
        {
            "title": "Humanitas",
            "url": "https://www.humanitas.nl/",
            "publisher": "Humanitas",
        }
    ],
    "veiligheid": [
        {
            "title": "Veilig Thuis",
            "url": "https://veiligthuis.nl/",
            "publisher": "Veilig Thuis",
        }
    ],
}
