"""Demo step-by-step plans (GOV.UK step-by-step pattern), in B1 Dutch.

Each step: title, logic ("" new step, "en" together with the previous one, "of"
instead of the previous one), what to do (HTML), who to contact first, what to bring,
when, and links: information pages by slug, other sites as (title, url).
"""

from content.demo.blocks import source

RO = "Rijksoverheid"
TOESLAGEN = source(
    "Toeslagen", "https://www.belastingdienst.nl/toeslagen", "Dienst Toeslagen"
)

STEP_PLANS = [
    {
        "slug": "uit-elkaar",
        "title": "Je gaat uit elkaar",
        "intro": "Uit elkaar gaan is zwaar. Er is ook veel te regelen. Dit plan helpt "
        "je om niets te vergeten.",
        "themes": ["scheiding", "wonen", "toeslagen-en-regelingen"],
        "steps": [
            {
                "title": "Zorg dat jij en je kinderen veilig zijn",
                "what": "<p>Voel je je niet veilig bij je ex? Regel dat dan eerst. Is er "
                "gevaar? Bel 112.</p>",
                "contact": "Veilig Thuis, gratis: 0800-2000",
                "when": "Meteen",
                "pages": ["niet-veilig-thuis"],
            },
            {
                "title": "Maak afspraken over de kinderen",
                "what": "<p>Spreek af bij wie de kinderen wonen en wanneer ze bij de andere "
                "ouder zijn. Zet dit in een ouderschapsplan.</p>",
                "contact": "Het Juridisch Loket of een mediator",
                "bring": [
                    "Je agenda en die van de kinderen",
                    "Een overzicht van de kosten van de kinderen",
                ],
                "when": "In de eerste weken",
                "pages": ["ouderschapsplan", "je-kind-en-de-scheiding"],
            },
            {
                "title": "Regel de alimentatie",
                "logic": "en",
                "what": "<p>Spreek af wat je ex betaalt voor de kinderen. Lukt dat niet "
                "samen? Dan beslist de rechter.</p>",
                "contact": "Het Juridisch Loket",
                "bring": ["Loonstroken van jullie allebei"],
                "pages": ["kinderalimentatie"],
            },
            {
                "title": "Zoek een woning",
                "what": "<p>Moet je verhuizen? Schrijf je dan meteen in voor een "
                "huurwoning. Vraag je gemeente of je voorrang kunt krijgen.</p>",
                "contact": "Je gemeente",
                "bring": ["Je identiteitsbewijs", "Bewijs van je inkomen"],
                "when": "Zo snel als je kunt",
                "pages": ["een-woning-zoeken", "huur-betalen"],
            },
            {
                "title": "Geef je nieuwe situatie door",
                "what": "<p>Geef aan Dienst Toeslagen door dat je alleen woont. Regel bij de "
                "SVB wie de kinderbijslag krijgt.</p>",
                "contact": "Dienst Toeslagen en de SVB",
                "bring": ["Je DigiD"],
                "when": "Zo snel mogelijk",
                "pages": ["toeslagen-aanvragen", "geld-voor-je-kinderen"],
            },
            {
                "title": "Zorg ook voor jezelf",
                "what": "<p>Praat met mensen die je vertrouwt. Of met andere ouders die dit "
                "ook meemaakten.</p>",
                "pages": ["praten-met-andere-ouders", "tijd-voor-jezelf"],
            },
        ],
        "sources": [
            source("Scheiden", "https://www.rijksoverheid.nl/onderwerpen/scheiden", RO),
            TOESLAGEN,
        ],
    },
    {
        "slug": "geldzorgen-en-schulden",
        "title": "Geldzorgen en schulden",
        "intro": "Heb je geldzorgen of schulden? Met dit plan zet je stap voor stap je "
        "geld weer op orde.",
        "themes": ["geld-en-schulden"],
        "steps": [
            {
                "title": "Maak een overzicht",
                "what": "<p>Schrijf op wat er binnenkomt en wat eruit gaat. Zet ook je "
                "schulden op een rij. Open alle post, ook als dat eng is.</p>",
                "bring": [
                    "Je bankafschriften",
                    "Brieven van bedrijven aan wie je geld moet geven",
                ],
                "when": "Deze week",
                "pages": ["rondkomen"],
            },
            {
                "title": "Kijk of je geld mist",
                "what": "<p>Misschien heb je recht op toeslagen of hulp van je gemeente. "
                "Vraag die meteen aan.</p>",
                "contact": "Dienst Toeslagen en je gemeente",
                "bring": ["Je DigiD"],
                "pages": ["toeslagen-aanvragen", "geld-voor-je-kinderen"],
                "urls": [("Regelingen voor jou", "/regelingen/")],
            },
            {
                "title": "Betaal eerst de vaste lasten",
                "what": "<p>Betaal eerst je huur, energie en zorgverzekering. Bel bedrijven "
                "die je niet kunt betalen. Vraag of je in delen mag betalen.</p>",
                "when": "Voor de volgende rekening",
                "pages": ["huur-betalen"],
            },
            {
                "title": "Vraag hulp bij je gemeente",
                "what": "<p>Lukt het niet alleen? Vraag dan hulp bij schulden aan je "
                "gemeente. Die hulp is gratis.</p>",
                "contact": "Je gemeente of het wijkteam",
                "bring": ["Je overzicht van stap 1"],
                "pages": ["hulp-bij-schulden"],
            },
            {
                "title": "Vraag een vrijwilliger",
                "logic": "of",
                "what": "<p>Wil je liever eerst hulp van een vrijwilliger? Dat kan bij "
                "SchuldHulpMaatje of Humanitas.</p>",
                "urls": [
                    ("SchuldHulpMaatje", "https://www.schuldhulpmaatje.nl/"),
                    ("Humanitas", "https://www.humanitas.nl/"),
                ],
            },
        ],
        "sources": [
            source("Schulden", "https://www.rijksoverheid.nl/onderwerpen/schulden", RO),
            source("Nibud", "https://www.nibud.nl/", "Nibud"),
        ],
    },
    {
        "slug": "van-bijstand-naar-werk",
        "title": "Van bijstand naar werk",
        "intro": "Wil je van de bijstand naar werk? Dit plan laat zien welke stappen je "
        "zet. En wat je gemeente voor je kan doen.",
        "themes": ["werk-en-opleiding", "kinderopvang"],
        "steps": [
            {
                "title": "Maak een plan met je gemeente",
                "what": "<p>Praat met je contactpersoon bij de gemeente. Vertel wat je wilt "
                "en wat je kunt. Vertel ook wat je nodig hebt voor je kinderen.</p>",
                "contact": "Je contactpersoon bij de gemeente",
                "bring": ["Je diploma's", "Je cv, als je dat hebt"],
                "when": "In de eerste maanden",
                "pages": ["bijstand-en-werk"],
            },
            {
                "title": "Regel opvang voor je kinderen",
                "logic": "en",
                "what": "<p>Zoek opvang die past bij je werk of opleiding. Vraag naar "
                "hulp bij de kosten.</p>",
                "contact": "Het kinderopvangbureau en je gemeente",
                "pages": ["soorten-opvang", "kosten-van-opvang"],
            },
            {
                "title": "Volg een opleiding",
                "what": "<p>Heb je nog geen diploma op mbo niveau 2? Een opleiding helpt. "
                "Vraag de gemeente wat er kan.</p>",
                "contact": "Je gemeente",
                "pages": ["een-opleiding-volgen"],
            },
            {
                "title": "Zoek werk",
                "logic": "of",
                "what": "<p>Zoek werk dat past bij de tijden van school en opvang. Je "
                "gemeente of het UWV helpt je.</p>",
                "contact": "Je gemeente of het UWV",
                "pages": ["werk-en-zorg"],
                "urls": [("UWV", "https://www.uwv.nl/")],
            },
            {
                "title": "Geef je inkomen door",
                "what": "<p>Heb je werk? Geef je inkomen door aan de gemeente en aan Dienst "
                "Toeslagen. Zo krijg je het juiste bedrag.</p>",
                "contact": "Je gemeente en Dienst Toeslagen",
                "bring": ["Je contract en je eerste loonstrook"],
                "when": "Zodra je weet wat je gaat verdienen",
                "pages": ["toeslagen-aanvragen"],
            },
        ],
        "sources": [
            source(
                "Participatiewet",
                "https://www.rijksoverheid.nl/onderwerpen/participatiewet",
                RO,
            ),
            TOESLAGEN,
        ],
    },
    {
        "slug": "kinderopvang-regelen",
        "title": "Kinderopvang regelen",
        "intro": "Ga je werken of leren? Dan heb je misschien opvang nodig voor je "
        "kinderen. Zo regel je dat.",
        "themes": ["kinderopvang"],
        "steps": [
            {
                "title": "Kies de soort opvang",
                "what": "<p>Kies tussen dagopvang, opvang na school of een gastouder. Kijk "
                "wat past bij je kind en je werk.</p>",
                "when": "Een paar maanden van tevoren",
                "pages": ["soorten-opvang"],
            },
            {
                "title": "Zoek een plek en teken een contract",
                "what": "<p>Kijk of de opvang in het Landelijk Register Kinderopvang staat. "
                "Zet je kind op de wachtlijst.</p>",
                "contact": "De opvang bij jou in de buurt",
                "urls": [
                    (
                        "Landelijk Register Kinderopvang",
                        "https://www.landelijkregisterkinderopvang.nl/",
                    )
                ],
            },
            {
                "title": "Vraag toeslag aan",
                "what": "<p>Vraag kinderopvangtoeslag aan bij Dienst Toeslagen. Geen recht "
                "op toeslag? Vraag dan je gemeente of die meebetaalt.</p>",
                "contact": "Dienst Toeslagen",
                "bring": ["Je DigiD", "Je contract met de opvang"],
                "when": "Uiterlijk drie maanden na de maand waarin de opvang begint",
                "pages": ["kosten-van-opvang"],
            },
            {
                "title": "Geef veranderingen door",
                "what": "<p>Ga je meer of minder uren gebruiken? Of verandert je inkomen? "
                "Geef dat meteen door.</p>",
                "contact": "Dienst Toeslagen",
                "pages": ["toeslagen-aanvragen"],
            },
        ],
        "sources": [
            source(
                "Kinderopvang",
                "https://www.rijksoverheid.nl/onderwerpen/kinderopvang",
                RO,
            ),
            TOESLAGEN,
        ],
    },
    {
        "slug": "partner-overleden",
        "title": "Je partner is overleden",
        "intro": "Je partner is overleden. Dat is heel verdrietig. Dit plan helpt je met "
        "wat je moet regelen. Neem de tijd die je nodig hebt.",
        "themes": ["steun", "geld-en-schulden"],
        "steps": [
            {
                "title": "Regel de uitvaart",
                "what": "<p>Een uitvaartondernemer helpt je. Die geeft het overlijden "
                "meestal ook door aan de gemeente.</p>",
                "contact": "Een uitvaartondernemer",
                "when": "In de eerste dagen",
            },
            {
                "title": "Kijk naar je geld",
                "what": "<p>Kijk of je een uitkering voor nabestaanden van de SVB kunt "
                "krijgen. Geef ook aan Dienst Toeslagen door dat je situatie anders "
                "is.</p>",
                "contact": "De SVB en Dienst Toeslagen",
                "bring": ["Je DigiD"],
                "when": "In de eerste maanden",
                "pages": ["partner-overleden", "toeslagen-aanvragen"],
                "urls": [("SVB", "https://www.svb.nl/")],
            },
            {
                "title": "Steun je kinderen",
                "what": "<p>Praat met je kinderen over wat er is gebeurd. Vertel het ook op "
                "school. Dan kunnen zij helpen.</p>",
                "contact": "De school van je kinderen",
                "pages": ["hulp-bij-opvoeden"],
            },
            {
                "title": "Zorg ook voor jezelf",
                "what": "<p>Rouw kost tijd en energie. Vraag mensen om je heen om hulp. "
                "Praat met je huisarts als het te zwaar wordt.</p>",
                "pages": ["als-het-te-veel-wordt", "praten-met-andere-ouders"],
            },
        ],
        "sources": [
            source("Sociale Verzekeringsbank", "https://www.svb.nl/", "SVB"),
            TOESLAGEN,
        ],
    },
    {
        "slug": "lotgenotengroep-starten",
        "title": "Een lotgenotengroep starten",
        "intro": "Wil je in je buurt een groep starten voor alleenstaande ouders? Dit "
        "plan is voor ouders, vrijwilligers en professionals. Het volgt de aanpak Meet "
        "the Parents uit Almere.",
        "themes": ["steun"],
        "steps": [
            {
                "title": "Kijk of er behoefte is",
                "what": "<p>Hoeveel alleenstaande ouders wonen er in de buurt? Wat "
                "missen ze? Gebruik cijfers van de gemeente. En praat met mensen.</p>",
                "contact": "Je gemeente",
            },
            {
                "title": "Praat met de buurt",
                "what": "<p>Praat met scholen, het wijkteam, welzijn en kerken of moskeeën. "
                "Zo bouw je een netwerk. Maak samen een plan.</p>",
                "contact": "Het wijkteam",
            },
            {
                "title": "Vraag ouders wat ze willen",
                "what": "<p>Praat met alleenstaande ouders. Wat willen zij doen? Bouw de "
                "groep rond hun wensen.</p>",
            },
            {
                "title": "Regel mensen en geld",
                "what": "<p>Zoek een professional die de groep begeleidt. Zoek ook een "
                "vrijwilliger als gastheer of gastvrouw. Vraag geld aan bij de gemeente "
                "of een fonds.</p>",
                "contact": "Je gemeente of een fonds",
            },
            {
                "title": "Kies een plek",
                "what": "<p>Kies een plek die dichtbij is en die ouders vertrouwen. "
                "Bijvoorbeeld een buurthuis of een school.</p>",
            },
            {
                "title": "Kies een tijd",
                "logic": "en",
                "what": "<p>De tijd bepaalt wie er komt. Overdag kunnen werkende ouders "
                "vaak niet. Plan uitjes ook buiten werktijd.</p>",
            },
            {
                "title": "Maak een warm netwerk",
                "what": "<p>Vraag scholen, het wijkteam en andere partners om ouders naar "
                "de groep te sturen. Vertel hen vaak hoe het gaat.</p>",
            },
            {
                "title": "Start een WhatsApp-groep",
                "what": "<p>Start een groep voor de ouders. Spreek af wie de groep "
                "bijhoudt, ook buiten werktijd.</p>",
            },
            {
                "title": "Begin met een koffie-uur",
                "what": "<p>Kom elke week samen. Bereid het goed voor. Stuur ouders vooraf "
                "een bericht. Is de groep groter dan tien? Zoek dan een tweede "
                "begeleider.</p>",
                "when": "Elke week",
            },
            {
                "title": "Blijf nieuwe ouders zoeken",
                "what": "<p>Nodig ouders uit bij huisbezoeken. Organiseer een leuk uitje. "
                "Vertel verhalen van ouders in de groep.</p>",
            },
            {
                "title": "Doe samen meer",
                "what": "<p>Kies samen met de ouders extra dingen. Bijvoorbeeld sport, "
                "uitjes of workshops. Houd het gratis of goedkoop. Denk aan opvang voor "
                "de kinderen.</p>",
            },
            {
                "title": "Geef ouders een rol",
                "what": "<p>Ontdek wat ouders goed kunnen. Een ouder kan bijvoorbeeld een "
                "les geven. Dat is een mooi voorbeeld voor anderen.</p>",
            },
            {
                "title": "Kijk terug en leer",
                "what": "<p>Kijk samen wat goed gaat en wat beter kan. Schrijf op hoe jullie "
                "werken. Dan kunnen anderen het ook.</p>",
            },
        ],
        "sources": [
            source(
                "Handreiking Meet the Parents (Almere Poort)",
                "https://www.almere.nl/",
                "Gemeente Almere",
            ),
        ],
    },
]
