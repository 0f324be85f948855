"""Demo text for the standard pages: privacy, accessibility, colophon, safe use."""

from content.demo.blocks import h, p, source, tip, ul

SOURCE_GEONAMES = source(
    "GeoNames postcodegegevens (CC BY 4.0)", "https://www.geonames.org/", "GeoNames"
)
SOURCE_AP = source(
    "Privacy en cookies",
    "https://www.autoriteitpersoonsgegevens.nl/",
    "Autoriteit Persoonsgegevens",
)
SOURCE_DIGITOEGANKELIJK = source(
    "Toegankelijkheidsverklaring",
    "https://www.digitoegankelijk.nl/",
    "Digitoegankelijk",
)
SOURCE_NLDS = source(
    "NL Design System", "https://nldesignsystem.nl/", "NL Design System"
)
SOURCE_VEILIG_THUIS = source("Veilig Thuis", "https://veiligthuis.nl/", "Veilig Thuis")

STANDARD_PAGES = [
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": "Op Eenouderpunt hoef je niet te zeggen wie je bent. We volgen je niet.",
        "body": [
            h("Wat we niet doen"),
            p(
                "We zetten geen cookies als je alleen pagina's leest. We gebruiken geen "
                "diensten van andere bedrijven die meekijken. We laden niets van andere "
                "sites. We bewaren je postcode niet."
            ),
            h("Zoeken op de site"),
            p(
                "Zoek je iets? Dan tellen we hoe vaak een zoekwoord gebruikt wordt. Zo "
                "zien we wat mensen missen. We bewaren niet wie zocht. Lijkt je zoekwoord "
                "op een postcode, een e-mailadres of een telefoonnummer? Dan bewaren we "
                "het helemaal niet."
            ),
            h("Als je een formulier invult"),
            p(
                "Soms vul je een formulier in. Bijvoorbeeld om mee te doen met een groep. "
                "We vragen dan zo weinig mogelijk. Bij elk formulier staat wat we met je "
                "gegevens doen. En wanneer we ze weggooien."
            ),
            h("Je rechten"),
            p(
                "Heb je een formulier ingevuld? Dan mag je vragen welke gegevens we van "
                "je hebben. Je mag ook vragen of we ze weggooien. Heb je een klacht? Dan "
                "kun je die melden bij de Autoriteit Persoonsgegevens."
            ),
        ],
        "sources": [SOURCE_AP],
    },
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheid",
        "intro": "Iedereen moet Eenouderpunt kunnen gebruiken. Ook met een beperking, "
        "op een telefoon of zonder muis.",
        "body": [
            h("Aan welke regels houden we ons?"),
            p(
                "We bouwen de site volgens de regels voor toegankelijkheid. Die regels "
                "heten WCAG 2.2, niveau AA."
            ),
            h("Hoe testen we dat?"),
            ul(
                "Een computer test elke soort pagina met het programma axe.",
                "We testen of alles werkt met alleen het toetsenbord.",
                "We testen of de site werkt zonder JavaScript.",
                "We testen of alles past op een klein scherm.",
            ),
            h("Wat werkt nog niet goed?"),
            ul(
                "De knop Lees voor werkt alleen als je browser dat kan.",
                "Documenten van andere sites zijn niet altijd goed te lezen.",
                "Mensen met een beperking hebben de site nog niet zelf getest.",
            ),
            h("Werkt iets niet?"),
            p(
                "Kun je iets niet lezen of gebruiken? Dat willen we graag weten. Dan "
                "lossen we het op."
            ),
        ],
        "sources": [SOURCE_DIGITOEGANKELIJK],
    },
    {
        "slug": "colofon",
        "title": "Colofon en bronnen",
        "intro": "Wie maakt Eenouderpunt, en waar komen de gegevens vandaan?",
        "body": [
            h("Over Eenouderpunt"),
            p(
                "Eenouderpunt is er voor alle ouders die alleen voor hun kinderen zorgen. "
                "De site komt uit een onderzoek. Dat keek of er één plek kon komen met "
                "alle informatie voor deze ouders."
            ),
            h("Postcodegegevens"),
            p(
                "De lijst van postcodes en gemeenten komt van GeoNames (geonames.org). Je "
                "mag die lijst gebruiken als je zegt waar hij vandaan komt. Dat staat in de "
                "licentie CC BY 4.0."
            ),
            h("Vormgeving en software"),
            p(
                "Het ontwerp gebruikt delen van het NL Design System (EUPL-1.2). De letter "
                "is Noto Sans (SIL Open Font License). De site is gemaakt met Django en "
                "Wagtail. De code is open: je mag hem gebruiken onder de EUPL-1.2."
            ),
        ],
        "sources": [SOURCE_GEONAMES, SOURCE_NLDS],
    },
    {
        "slug": "veilig-gebruiken",
        "title": "Veilig deze site gebruiken",
        "intro": "Wil je niet dat iemand ziet dat je hier kijkt? Hier lees je hoe je "
        "sporen wist.",
        "body": [
            h("Snel weg"),
            p(
                "Bovenaan elke pagina staat de knop Snel weg. Klik erop en je gaat meteen "
                "naar een andere site. Je kunt ook twee keer op Esc drukken."
            ),
            tip(
                "Snel weg haalt deze pagina niet uit je geschiedenis. Wis je geschiedenis "
                "daarom ook zelf."
            ),
            h("Je geschiedenis wissen"),
            p(
                "Je browser onthoudt welke sites je bezoekt. Dat heet de geschiedenis. "
                "Open het menu van je browser en kies Geschiedenis. Daar kun je sites "
                "wissen. Dit kan ook op je telefoon."
            ),
            h("Privé kijken"),
            p(
                "Elke browser heeft een privé venster. Het heet ook wel incognito. Wat "
                "je daar bekijkt, wordt niet onthouden. Sluit het venster als je klaar "
                "bent."
            ),
            h("Voel je je niet veilig?"),
            p(
                "Is er gevaar? Bel 112. Wil je praten of advies? Bel Veilig Thuis: "
                "0800-2000. Dat is gratis en kan dag en nacht."
            ),
        ],
        "sources": [SOURCE_VEILIG_THUIS],
    },
]
