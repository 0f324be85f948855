"""Demo text for the standard pages (privacy, accessibility, colophon, help)."""

SOURCE_GEONAMES = {
    "title": "GeoNames postcodegegevens (CC BY 4.0)",
    "url": "https://www.geonames.org/",
    "publisher": "GeoNames",
}
SOURCE_STUDY = {
    "title": "Haalbaarheidsonderzoek digitaal landelijk eenouderpunt",
    "url": "https://www.rijksoverheid.nl/",
    "publisher": "Rijksoverheid",
}
SOURCE_VEILIG_THUIS = {
    "title": "Veilig Thuis",
    "url": "https://veiligthuis.nl/",
    "publisher": "Veilig Thuis",
}


def p(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>"}


def h(text):
    return {"type": "heading", "value": {"text": text, "level": "h2"}}


STANDARD_PAGES = [
    {
        "slug": "hulp",
        "title": "Direct hulp nodig?",
        "intro": "Hier vind je hulp als je nu met iemand wilt praten of als je je niet "
        "veilig voelt.",
        "body": [
            h("Is er gevaar?"),
            p("Ben jij of is je kind nu in gevaar? Bel dan <b>112</b>."),
            h("Geweld of onveilig thuis"),
            p(
                "Voel je je thuis niet veilig? Of maak je je zorgen om je kinderen? Bel "
                "Veilig Thuis: <b>0800-2000</b>. Bellen is gratis. Je hoeft je naam niet "
                "te zeggen."
            ),
        ],
        "sources": [SOURCE_VEILIG_THUIS],
    },
    {
        "slug": "privacy",
        "title": "Privacy",
        "intro": "Op Eenouderpunt hoef je niet te zeggen wie je bent. We volgen je niet.",
        "body": [
            h("Wat we niet doen"),
            p(
                "We plaatsen geen cookies als je alleen pagina's leest. We gebruiken geen "
                "diensten van andere bedrijven die meekijken. We bewaren je postcode niet."
            ),
            h("Als je een formulier invult"),
            p(
                "Soms vul je een formulier in, bijvoorbeeld om mee te doen met een groep. "
                "We vragen dan zo weinig mogelijk. Bij elk formulier staat wat we met je "
                "gegevens doen en wanneer we ze weggooien."
            ),
            h("Snel weg"),
            p(
                "Met de knop 'Snel weg' ga je direct naar een andere website. Je kunt ook "
                "2 keer op Esc drukken."
            ),
        ],
        "sources": [],
    },
    {
        "slug": "toegankelijkheid",
        "title": "Toegankelijkheid",
        "intro": "Iedereen moet Eenouderpunt kunnen gebruiken. Ook met een beperking, "
        "op een telefoon of zonder muis.",
        "body": [
            h("Wat we doen"),
            p(
                "We bouwen de site volgens de regels voor toegankelijkheid (WCAG 2.2, "
                "niveau AA). We testen elke pagina automatisch. Je kunt alles met het "
                "toetsenbord doen. De site werkt ook zonder JavaScript."
            ),
            h("Werkt iets niet?"),
            p(
                "Kun je iets niet lezen of gebruiken? Dat willen we graag weten. Dan "
                "lossen we het op."
            ),
        ],
        "sources": [],
    },
    {
        "slug": "colofon",
        "title": "Colofon en bronnen",
        "intro": "Wie maakt Eenouderpunt, en waar komen de gegevens vandaan?",
        "body": [
            h("Over Eenouderpunt"),
            p(
                "Eenouderpunt is het landelijke informatiepunt voor alleenstaande ouders. "
                "Het is gemaakt naar aanleiding van een onderzoek naar een digitaal "
                "landelijk eenouderpunt."
            ),
            h("Postcodegegevens"),
            p(
                "Postcodegebieden en gemeenten komen van GeoNames (geonames.org). Deze "
                "gegevens vallen onder de licentie Creative Commons Naamsvermelding 4.0 "
                "(CC BY 4.0)."
            ),
            h("Vormgeving en software"),
            p(
                "De vormgeving gebruikt onderdelen van het NL Design System (EUPL-1.2) en "
                "het lettertype Noto Sans (SIL Open Font License). De site is gebouwd met "
                "Django en Wagtail. De broncode valt onder de EUPL-1.2."
            ),
        ],
        "sources": [SOURCE_GEONAMES],
    },
]
