"""Demo text for the helpline page, the glossary page and the plans overview."""

HELPLINE_PAGE = {
    "slug": "hulp",
    "title": "Direct hulp nodig?",
    "intro": "Wil je nu met iemand praten? Of voel je je niet veilig? Hier vind je "
    "hulplijnen die je kunt bellen of chatten. Bij elke lijn zie je of hij nu open is.",
    "sources": [
        {
            "title": "Veilig Thuis",
            "url": "https://veiligthuis.nl/",
            "publisher": "Veilig Thuis",
        },
        {
            "title": "113 Zelfmoordpreventie",
            "url": "https://www.113.nl/",
            "publisher": "113",
        },
        {
            "title": "De Kindertelefoon",
            "url": "https://www.kindertelefoon.nl/",
            "publisher": "De Kindertelefoon",
        },
    ],
}

GLOSSARY_PAGE = {
    "slug": "begrippen",
    "title": "Moeilijke woorden",
    "intro": "In brieven van de overheid staan vaak moeilijke woorden. Hier lees je "
    "wat ze betekenen. In gewone taal.",
    "sources": [
        {
            "title": "Toeslagen",
            "url": "https://www.belastingdienst.nl/toeslagen",
            "publisher": "Dienst Toeslagen",
        },
        {
            "title": "Kinderbijslag",
            "url": "https://www.svb.nl/nl/kinderbijslag",
            "publisher": "SVB",
        },
        {
            "title": "Scheiden",
            "url": "https://www.rijksoverheid.nl/onderwerpen/scheiden",
            "publisher": "Rijksoverheid",
        },
    ],
}

STEP_PLAN_INDEX = {
    "slug": "stappenplannen",
    "title": "Stappenplannen",
    "intro": "Soms moet je veel tegelijk regelen. Een stappenplan helpt je. Je ziet wat "
    "je eerst doet, wie je belt en wat je nodig hebt.",
    "show_in_menus": False,
    "sources": [
        {
            "title": "Rijksoverheid",
            "url": "https://www.rijksoverheid.nl/",
            "publisher": "Rijksoverheid",
        },
    ],
}
