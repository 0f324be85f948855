"""Organisations that run the demo schemes: real names and their public websites only.

No phone numbers: we only publish a number we have checked at the source.
"""

PROVIDERS = {
    "Dienst Toeslagen": (
        "overheid",
        "https://www.belastingdienst.nl/",
        "Regelt de toeslagen: huurtoeslag, zorgtoeslag, kinderopvangtoeslag en "
        "kindgebonden budget. Hoort bij het ministerie van Financiën.",
    ),
    "Belastingdienst": (
        "overheid",
        "https://www.belastingdienst.nl/",
        "Regelt de belastingen, ook de kortingen op de inkomstenbelasting.",
    ),
    "SVB": (
        "overheid",
        "https://www.svb.nl/",
        "Sociale Verzekeringsbank. Betaalt onder andere de kinderbijslag en de "
        "uitkeringen na een overlijden (Anw).",
    ),
    "UWV": (
        "overheid",
        "https://www.uwv.nl/",
        "Uitvoeringsinstituut Werknemersverzekeringen. Betaalt onder andere de "
        "WW-uitkering en helpt bij het zoeken naar werk.",
    ),
    "DUO": (
        "overheid",
        "https://duo.nl/",
        "Dienst Uitvoering Onderwijs. Regelt studiefinanciering en de "
        "tegemoetkoming scholieren.",
    ),
    "LBIO": (
        "overheid",
        "https://www.lbio.nl/",
        "Landelijk Bureau Inning Onderhoudsbijdragen. Helpt als alimentatie niet "
        "wordt betaald.",
    ),
    "Het Juridisch Loket": (
        "ketenpartner",
        "https://www.juridischloket.nl/",
        "Geeft gratis uitleg en advies bij juridische vragen.",
    ),
    "Raad voor Rechtsbijstand": (
        "overheid",
        "https://www.rechtsbijstand.nl/",
        "Regelt de vergoeding voor een advocaat of mediator als je weinig geld hebt.",
    ),
    "Je gemeente": (
        "gemeente",
        "https://www.rijksoverheid.nl/onderwerpen/bijstand",
        "De gemeente waar je woont. Elke gemeente heeft een sociaal loket of "
        "wijkteam. Zoek op de website van je gemeente naar 'sociaal loket'.",
    ),
    "Jeugdfonds Sport & Cultuur": (
        "landelijk",
        "https://jeugdfondssportencultuur.nl/",
        "Betaalt sport- of cultuurlessen voor kinderen uit gezinnen met weinig geld.",
    ),
    "Stichting Leergeld": (
        "landelijk",
        "https://www.leergeld.nl/",
        "Helpt schoolgaande kinderen uit gezinnen met weinig geld, zodat ze mee "
        "kunnen doen. Werkt met lokale stichtingen.",
    ),
    "Nationaal Fonds Kinderhulp": (
        "landelijk",
        "https://kinderhulp.nl/",
        "Helpt kinderen en jongeren die opgroeien met weinig geld.",
    ),
    "Voedselbanken Nederland": (
        "landelijk",
        "https://voedselbankennederland.nl/",
        "De vereniging van voedselbanken in Nederland.",
    ),
}
