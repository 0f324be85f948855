"""Demo schemes: real national schemes and funds for single parents.

Rules for this file (DESIGN.md, "Truth"): conditions in words at B1 level, no amounts
(amounts change every year; the scheme page links the official source instead), and
only facts we could check on the provider's or the government's own pages. Where a
rule differs per municipality or is changing, the text says so and links the source.

Criteria are tuples (question, operator, value, group, reason). Criteria with the
same group number are alternatives; all groups must hold. See regelingen.eligibility.
"""

RIJK = "https://www.rijksoverheid.nl/onderwerpen/"
PARTICIPATIEWET = "https://wetten.overheid.nl/BWBR0015703"


def child_under_18(group: int) -> tuple:
    return (
        "child_ages",
        "any_between",
        "0-17",
        group,
        "je een kind jonger dan 18 hebt",
    )


CHILD_UNDER_18 = child_under_18(1)


def cares(group: int) -> tuple:
    return ("care", "in", "full,shared", group, "je kinderen (ook) bij jou wonen")


CARES = cares(2)
LOW_INCOME = ("low_income", "eq", "yes", 1, "je weinig geld hebt")

SCHEMES = [
    {
        "slug": "kinderbijslag",
        "name": "Kinderbijslag",
        "official_name": "Kinderbijslag (Algemene Kinderbijslagwet)",
        "summary": "Geld voor de kosten van je kind tot 18 jaar. Je krijgt het elk kwartaal.",
        "level": "landelijk",
        "provider": "SVB",
        "themes": ["toeslagen-en-regelingen", "geld-en-schulden"],
        "life_events": ["zwanger-of-baby", "net-uit-elkaar"],
        "for_whom": (
            "Voor ouders met een kind jonger dan 18 jaar. Je woont of werkt in "
            "Nederland.\n"
            "Wonen je kinderen ook bij de andere ouder? Dan krijgt maar één ouder de "
            "kinderbijslag. Jullie spreken samen af wie.\n"
            "Voor een kind van 16 of 17 jaar gelden extra regels, bijvoorbeeld over "
            "school. Lees ze op de website van de SVB."
        ),
        "what_you_get": (
            "Een vast bedrag per kind, één keer per kwartaal. Het bedrag hangt af van "
            "de leeftijd van je kind. Het hangt niet af van je inkomen."
        ),
        "amounts_note": "",
        "steps": [
            (
                "Wacht op de brief van de SVB",
                "Heb je de geboorte van je kind aangegeven bij de gemeente? Dan krijg "
                "je meestal vanzelf bericht van de SVB.",
            ),
            (
                "Geen bericht gekregen?",
                "Vraag de kinderbijslag dan zelf aan op de website van de SVB. Je "
                "logt in met DigiD.",
            ),
            (
                "Geef veranderingen door",
                "Verandert er iets, bijvoorbeeld bij wie je kind woont? Geef het door "
                "aan de SVB.",
            ),
        ],
        "channel": "Online bij de SVB, met DigiD.",
        "bring": "Je DigiD. Je rekeningnummer.",
        "official_url": "https://www.svb.nl/nl/kinderbijslag",
        "legal_basis": "Algemene Kinderbijslagwet",
        "sources": [
            ("Kinderbijslag", "https://www.svb.nl/nl/kinderbijslag", "SVB"),
            ("Kinderbijslag", RIJK + "kinderbijslag", "Rijksoverheid"),
        ],
        "criteria": [CHILD_UNDER_18, CARES],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "kindgebonden-budget",
        "name": "Kindgebonden budget (met extra voor alleenstaande ouders)",
        "official_name": "Kindgebonden budget en alleenstaande-ouderkop",
        "summary": "Extra geld voor je kinderen als je inkomen niet hoog is. Alleenstaande ouders krijgen er nog iets bij.",
        "level": "landelijk",
        "provider": "Dienst Toeslagen",
        "themes": ["toeslagen-en-regelingen", "geld-en-schulden"],
        "life_events": ["net-uit-elkaar", "zwanger-of-baby", "partner-overleden"],
        "for_whom": (
            "Voor ouders met een kind jonger dan 18 jaar die kinderbijslag krijgen.\n"
            "Of je het krijgt en hoeveel, hangt af van je inkomen en je spaargeld.\n"
            "Ben je alleenstaande ouder? Dan krijg je een extra bedrag. Dat heet de "
            "alleenstaande-ouderkop."
        ),
        "what_you_get": (
            "Een bedrag per maand. Het hangt af van je inkomen, het aantal kinderen en "
            "hun leeftijd."
        ),
        "amounts_note": "",
        "steps": [
            (
                "Kijk of je het al krijgt",
                "Krijg je kinderbijslag? Dan krijg je het kindgebonden budget vaak "
                "vanzelf.",
            ),
            (
                "Krijg je het niet, maar denk je dat het wel kan?",
                "Vraag het aan via Mijn toeslagen. Je logt in met DigiD.",
            ),
            (
                "Ben je net gescheiden of uit elkaar?",
                "Geef je nieuwe situatie snel door. Dan klopt het bedrag.",
            ),
        ],
        "channel": "Online via Mijn toeslagen, met DigiD.",
        "bring": "Je DigiD. Een schatting van je inkomen voor dit jaar.",
        "official_url": RIJK + "kindgebonden-budget",
        "legal_basis": "Wet op het kindgebonden budget",
        "sources": [
            ("Kindgebonden budget", RIJK + "kindgebonden-budget", "Rijksoverheid")
        ],
        "criteria": [CHILD_UNDER_18, CARES],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "kinderopvangtoeslag",
        "name": "Kinderopvangtoeslag",
        "official_name": "Kinderopvangtoeslag",
        "summary": "Geld voor de kosten van de kinderopvang als je werkt of studeert.",
        "level": "landelijk",
        "provider": "Dienst Toeslagen",
        "themes": ["kinderopvang", "toeslagen-en-regelingen", "werk-en-opleiding"],
        "life_events": ["werk-gevonden", "studeren", "zwanger-of-baby"],
        "for_whom": (
            "Voor ouders van wie het kind naar een geregistreerde kinderopvang gaat: "
            "een kinderdagverblijf, buitenschoolse opvang (bso) of gastouder.\n"
            "Je werkt, studeert, of volgt een traject naar werk of een "
            "inburgeringscursus.\n"
            "De opvang staat in het Landelijk Register Kinderopvang. Je hebt een "
            "contract met de opvang en je betaalt de kosten.\n"
            "Het kan tot je kind naar de middelbare school gaat."
        ),
        "what_you_get": (
            "Een deel van de kosten van de opvang. Hoeveel, hangt af van je inkomen, "
            "het aantal uren opvang en de prijs per uur."
        ),
        "amounts_note": "",
        "steps": [
            (
                "Kies een opvang",
                "Kijk of de opvang in het Landelijk Register Kinderopvang staat.",
            ),
            (
                "Teken het contract",
                "Je krijgt een contract met het aantal uren en de prijs.",
            ),
            (
                "Vraag de toeslag aan",
                "Doe dit op tijd: binnen 3 maanden na de maand waarin de opvang "
                "begint. Je logt in met DigiD.",
            ),
        ],
        "channel": "Online via Mijn toeslagen of de app Kinderopvangtoeslag, met DigiD.",
        "bring": "Je contract met de opvang. Een schatting van je inkomen.",
        "official_url": RIJK + "kinderopvangtoeslag",
        "legal_basis": "Wet kinderopvang",
        "sources": [
            ("Kinderopvangtoeslag", RIJK + "kinderopvangtoeslag", "Rijksoverheid")
        ],
        "criteria": [
            (
                "child_ages",
                "any_between",
                "0-12",
                1,
                "je een kind hebt dat nog naar de basisschool gaat of jonger is",
            ),
            ("income", "contains", "work", 2, "je werkt"),
            ("income", "contains", "business", 2, "je een eigen bedrijf hebt"),
            ("income", "contains", "study", 2, "je studeert"),
        ],
        "maybe_only": False,
        "check_note": "Alleen als je kind naar een geregistreerde kinderopvang gaat.",
    },
    {
        "slug": "huurtoeslag",
        "name": "Huurtoeslag",
        "official_name": "Huurtoeslag",
        "summary": "Geld voor de kosten van je huur als je inkomen niet hoog is.",
        "level": "landelijk",
        "provider": "Dienst Toeslagen",
        "themes": ["wonen", "toeslagen-en-regelingen"],
        "life_events": ["net-uit-elkaar", "partner-overleden"],
        "for_whom": (
            "Voor mensen die een huis huren met een eigen voordeur, keuken en wc.\n"
            "Of je het krijgt, hangt af van je huur, je inkomen en je spaargeld. Ook "
            "telt mee wie er bij je wonen."
        ),
        "what_you_get": "Een bedrag per maand voor je huur.",
        "amounts_note": "",
        "steps": [
            (
                "Reken het uit",
                "Doe een proefberekening op de website van de Belastingdienst.",
            ),
            ("Vraag het aan", "Via Mijn toeslagen. Je logt in met DigiD."),
            (
                "Ben je net verhuisd of uit elkaar?",
                "Geef het snel door. Dan krijg je niet te veel of te weinig.",
            ),
        ],
        "channel": "Online via Mijn toeslagen, met DigiD.",
        "bring": "Je huurcontract of de hoogte van je huur. Een schatting van je inkomen.",
        "official_url": RIJK + "huurtoeslag",
        "legal_basis": "Wet op de huurtoeslag",
        "sources": [("Huurtoeslag", RIJK + "huurtoeslag", "Rijksoverheid")],
        "criteria": [("housing", "eq", "rent", 1, "je huurt")],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "zorgtoeslag",
        "name": "Zorgtoeslag",
        "official_name": "Zorgtoeslag",
        "summary": "Geld voor de kosten van je zorgverzekering als je inkomen niet hoog is.",
        "level": "landelijk",
        "provider": "Dienst Toeslagen",
        "themes": ["gezondheid", "toeslagen-en-regelingen"],
        "life_events": ["net-uit-elkaar", "werk-kwijt"],
        "for_whom": (
            "Voor mensen van 18 jaar en ouder met een Nederlandse zorgverzekering.\n"
            "Of je het krijgt, hangt af van je inkomen en je spaargeld."
        ),
        "what_you_get": "Een bedrag per maand voor je zorgverzekering.",
        "amounts_note": "",
        "steps": [
            (
                "Reken het uit",
                "Doe een proefberekening op de website van de Belastingdienst.",
            ),
            ("Vraag het aan", "Via Mijn toeslagen. Je logt in met DigiD."),
        ],
        "channel": "Online via Mijn toeslagen, met DigiD.",
        "bring": "Een schatting van je inkomen.",
        "official_url": RIJK + "zorgtoeslag",
        "legal_basis": "Wet op de zorgtoeslag",
        "sources": [("Zorgtoeslag", RIJK + "zorgtoeslag", "Rijksoverheid")],
        "criteria": [
            LOW_INCOME,
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
            ("income", "contains", "none", 1, "je geen inkomen hebt"),
        ],
        "maybe_only": False,
        "check_note": "Het hangt af van je inkomen en je spaargeld.",
    },
    {
        "slug": "inkomensafhankelijke-combinatiekorting",
        "name": "Inkomensafhankelijke combinatiekorting (IACK)",
        "official_name": "Inkomensafhankelijke combinatiekorting",
        "summary": "Je betaalt minder belasting als je werkt en een kind jonger dan 12 hebt.",
        "level": "landelijk",
        "provider": "Belastingdienst",
        "themes": ["werk-en-opleiding", "geld-en-schulden"],
        "life_events": ["werk-gevonden"],
        "for_whom": (
            "Voor ouders die werken en een kind hebben dat op 1 januari jonger is dan "
            "12 jaar.\n"
            "Het kind staat minstens 6 maanden van het jaar ingeschreven op je adres. "
            "Ben je co-ouder? Dan gelden andere regels over hoeveel dagen je kind bij "
            "je woont.\n"
            "Je inkomen uit werk is hoger dan een vast bedrag.\n"
            "Let op: de overheid bouwt deze korting af. Kijk bij de Belastingdienst "
            "wat voor jouw kinderen geldt."
        ),
        "what_you_get": "Een korting op de belasting die je betaalt. Hoeveel, hangt af van je inkomen uit werk.",
        "amounts_note": "",
        "steps": [
            (
                "Via je belastingaangifte",
                "Je vraagt de korting aan in je aangifte inkomstenbelasting.",
            ),
            (
                "Liever elke maand?",
                "Vraag een voorlopige aanslag aan. Dan krijg je de korting al elke maand.",
            ),
        ],
        "channel": "Mijn Belastingdienst, met DigiD.",
        "bring": "Je DigiD. Je inkomen uit werk.",
        "official_url": "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/inkomstenbelasting/heffingskortingen_boxen_tarieven/heffingskortingen/inkomensafhankelijke_combikorting/",
        "legal_basis": "Wet inkomstenbelasting 2001",
        "sources": [
            (
                "Inkomensafhankelijke combinatiekorting",
                "https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/inkomstenbelasting/heffingskortingen_boxen_tarieven/heffingskortingen/inkomensafhankelijke_combikorting/",
                "Belastingdienst",
            )
        ],
        "criteria": [
            ("child_ages", "any_between", "0-11", 1, "je een kind jonger dan 12 hebt"),
            ("income", "contains", "work", 2, "je werkt"),
            ("income", "contains", "business", 2, "je een eigen bedrijf hebt"),
            cares(3),
        ],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "bijstand",
        "name": "Bijstandsuitkering",
        "official_name": "Algemene bijstand (Participatiewet)",
        "summary": "Geld om van te leven als je niet genoeg inkomen of spaargeld hebt.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["geld-en-schulden", "werk-en-opleiding"],
        "life_events": ["net-uit-elkaar", "werk-kwijt", "partner-overleden"],
        "for_whom": (
            "Voor mensen van 18 jaar en ouder die niet genoeg geld hebben om van te "
            "leven. En die geen andere uitkering kunnen krijgen.\n"
            "De gemeente kijkt naar je inkomen, je spaargeld en wat je bezit.\n"
            "Met bijstand zoek je meestal werk, of werk je aan je kansen op werk. "
            "Je gemeente spreekt met je af wat je doet.\n"
            "Let op: krijg je studiefinanciering? Dan kun je meestal geen bijstand "
            "krijgen."
        ),
        "what_you_get": (
            "Een bedrag per maand om van te leven. Hoeveel, hangt af van je situatie, "
            "bijvoorbeeld of je alleen woont."
        ),
        "amounts_note": "",
        "steps": [
            (
                "Meld je bij je gemeente",
                "Vaak doe je dit online. Sommige gemeenten vragen je eerst in te schrijven op werk.nl.",
            ),
            (
                "Lever je papieren in",
                "De gemeente vraagt bijvoorbeeld om bankafschriften.",
            ),
            (
                "Gesprek",
                "Je praat met iemand van de gemeente over je situatie en over werk.",
            ),
        ],
        "channel": "Bij je gemeente.",
        "bring": "Je identiteitsbewijs. Bankafschriften. Je huurcontract. Papieren over je inkomen.",
        "official_url": RIJK + "bijstand",
        "legal_basis": "Participatiewet",
        "sources": [
            ("Bijstand", RIJK + "bijstand", "Rijksoverheid"),
            ("Participatiewet", PARTICIPATIEWET, "wetten.overheid.nl"),
        ],
        "criteria": [
            LOW_INCOME,
            ("income", "contains", "none", 1, "je geen inkomen hebt"),
            ("income", "not_contains", "bijstand", 2, ""),
            ("income", "not_contains", "study", 3, ""),
        ],
        "maybe_only": True,
        "check_note": "De gemeente kijkt naar je inkomen, je spaargeld en wat je bezit.",
    },
    {
        "slug": "ontheffing-arbeidsplicht-kind-onder-5",
        "name": "Tijdelijk niet hoeven werken in de bijstand (kind jonger dan 5)",
        "official_name": "Ontheffing van de arbeidsverplichtingen voor alleenstaande ouders (Participatiewet, artikel 9a)",
        "summary": "Krijg je bijstand en zorg je alleen voor een kind jonger dan 5? Dan kun je vragen om tijdelijk niet te hoeven werken.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["werk-en-opleiding", "opvoeden"],
        "life_events": ["zwanger-of-baby", "net-uit-elkaar"],
        "for_whom": (
            "Voor alleenstaande ouders met een bijstandsuitkering die de volledige "
            "zorg hebben voor een kind jonger dan 5 jaar.\n"
            "Je moet het zelf vragen aan je gemeente. Het gaat niet vanzelf.\n"
            "In die tijd werk je wel aan je kansen op werk, bijvoorbeeld met een "
            "opleiding. Je maakt daar samen met de gemeente een plan voor.\n"
            "De ontheffing stopt als je jongste kind 5 jaar wordt.\n"
            "Deze regel staat al sinds 2009 in de wet en is sindsdien veranderd. "
            "Gemeenten werken er ook verschillend mee. Vraag je gemeente wat nu geldt, "
            "of lees artikel 9a van de Participatiewet."
        ),
        "what_you_get": (
            "Je hoeft een tijd niet te solliciteren of te werken. Je houdt je "
            "bijstandsuitkering. Je krijgt geen extra geld."
        ),
        "amounts_note": "",
        "steps": [
            (
                "Vraag het aan",
                "Vraag het aan je contactpersoon bij de gemeente. Dat kan ook al in het eerste gesprek.",
            ),
            (
                "Maak een plan",
                "Samen met de gemeente maak je een plan voor opleiding of werk.",
            ),
        ],
        "channel": "Bij je gemeente, bij je contactpersoon voor de bijstand.",
        "bring": "",
        "official_url": PARTICIPATIEWET,
        "legal_basis": "Participatiewet, artikel 9a",
        "sources": [
            ("Participatiewet, artikel 9a", PARTICIPATIEWET, "wetten.overheid.nl")
        ],
        "criteria": [
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
            ("youngest_child_age", "lt", "5", 2, "je jongste kind jonger is dan 5"),
            ("care", "eq", "full", 3, "je kinderen vooral bij jou wonen"),
        ],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "bijzondere-bijstand",
        "name": "Bijzondere bijstand",
        "official_name": "Bijzondere bijstand (Participatiewet)",
        "summary": "Geld van de gemeente voor kosten die je niet kunt betalen, zoals een kapotte wasmachine.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["geld-en-schulden", "toeslagen-en-regelingen"],
        "life_events": ["net-uit-elkaar", "schulden"],
        "for_whom": (
            "Voor mensen met een laag inkomen die noodzakelijke kosten hebben die ze "
            "niet zelf kunnen betalen.\n"
            "Je hoeft geen bijstandsuitkering te hebben. Ook met werk kan het.\n"
            "Elke gemeente heeft eigen regels. De gemeente kijkt naar je inkomen en je "
            "spaargeld."
        ),
        "what_you_get": "Een bijdrage in de kosten. Soms als gift, soms als lening.",
        "amounts_note": "",
        "steps": [
            (
                "Vraag het aan vóór je iets koopt",
                "Vaak moet je het eerst aanvragen en daarna pas kopen.",
            ),
            (
                "Lever je papieren in",
                "Bijvoorbeeld een offerte of rekening, en papieren over je inkomen.",
            ),
        ],
        "channel": "Bij je gemeente.",
        "bring": "Een offerte of rekening. Papieren over je inkomen en spaargeld.",
        "official_url": RIJK + "bijstand",
        "legal_basis": "Participatiewet, artikel 35",
        "sources": [
            ("Bijstand", RIJK + "bijstand", "Rijksoverheid"),
            ("Participatiewet", PARTICIPATIEWET, "wetten.overheid.nl"),
        ],
        "criteria": [
            LOW_INCOME,
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
        ],
        "maybe_only": True,
        "check_note": "Elke gemeente heeft eigen regels. Vraag het bij het sociaal loket.",
    },
    {
        "slug": "individuele-inkomenstoeslag",
        "name": "Individuele inkomenstoeslag",
        "official_name": "Individuele inkomenstoeslag (Participatiewet)",
        "summary": "Een extra bedrag van de gemeente als je al lang een laag inkomen hebt.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["geld-en-schulden", "toeslagen-en-regelingen"],
        "life_events": ["schulden"],
        "for_whom": (
            "Voor mensen die al lang een laag inkomen hebben en weinig kans hebben dat "
            "dit snel beter wordt.\n"
            "Je gemeente bepaalt wat 'lang' is en hoe laag je inkomen moet zijn."
        ),
        "what_you_get": "Een bedrag, meestal één keer per jaar. Je mag het zelf besteden.",
        "amounts_note": "",
        "steps": [
            (
                "Vraag het aan bij je gemeente",
                "Vaak kan dat met een formulier op de website van je gemeente.",
            )
        ],
        "channel": "Bij je gemeente.",
        "bring": "Papieren over je inkomen.",
        "official_url": RIJK + "bijstand",
        "legal_basis": "Participatiewet, artikel 36",
        "sources": [("Participatiewet", PARTICIPATIEWET, "wetten.overheid.nl")],
        "criteria": [
            LOW_INCOME,
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
        ],
        "maybe_only": True,
        "check_note": "Je inkomen moet al een tijd laag zijn. Je gemeente bepaalt hoe lang.",
    },
    {
        "slug": "kwijtschelding-gemeentelijke-belastingen",
        "name": "Kwijtschelding van gemeentelijke belastingen",
        "official_name": "Kwijtschelding gemeentelijke belastingen",
        "summary": "Je hoeft sommige belastingen van de gemeente niet te betalen als je weinig geld hebt.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["geld-en-schulden", "wonen"],
        "life_events": ["schulden", "werk-kwijt"],
        "for_whom": (
            "Voor mensen met een laag inkomen en weinig spaargeld of bezit, die de "
            "belastingen van de gemeente niet kunnen betalen. Bijvoorbeeld de "
            "afvalstoffenheffing.\n"
            "De gemeente bepaalt voor welke belastingen het kan.\n"
            "Voor de waterschapsbelasting vraag je het apart aan bij het waterschap."
        ),
        "what_you_get": "Je hoeft (een deel van) de aanslag niet te betalen.",
        "amounts_note": "",
        "steps": [
            (
                "Wacht op de aanslag",
                "Je vraagt kwijtschelding aan nadat je de aanslag hebt gekregen.",
            ),
            (
                "Vraag het op tijd aan",
                "Kijk op de aanslag of de website van je gemeente hoe lang je de tijd hebt.",
            ),
        ],
        "channel": "Bij je gemeente of de belastingsamenwerking van je gemeente.",
        "bring": "De aanslag. Papieren over je inkomen, vaste lasten en spaargeld.",
        "official_url": RIJK + "schulden",
        "legal_basis": "Invorderingswet 1990, artikel 26",
        "sources": [("Schulden", RIJK + "schulden", "Rijksoverheid")],
        "criteria": [
            LOW_INCOME,
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
        ],
        "maybe_only": True,
        "check_note": "De gemeente kijkt naar je inkomen, je vaste lasten en je spaargeld.",
    },
    {
        "slug": "schuldhulpverlening",
        "name": "Gratis hulp bij schulden",
        "official_name": "Schuldhulpverlening (Wet gemeentelijke schuldhulpverlening)",
        "summary": "Je gemeente helpt je gratis als je schulden hebt of rekeningen niet kunt betalen.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["geld-en-schulden", "steun"],
        "life_events": ["schulden", "net-uit-elkaar", "werk-kwijt"],
        "for_whom": (
            "Voor iedereen met geldzorgen of schulden. Ook als het nog klein is.\n"
            "Hoe eerder je hulp vraagt, hoe makkelijker het vaak op te lossen is.\n"
            "Je hoeft je niet te schamen. Veel ouders hebben dit meegemaakt."
        ),
        "what_you_get": (
            "Iemand die samen met jou naar je geld kijkt. Die helpt met een plan, met "
            "schuldeisers praten en rust krijgen. De hulp is gratis."
        ),
        "amounts_note": "",
        "steps": [
            (
                "Neem contact op met je gemeente",
                "Vraag naar schuldhulp. Vaak kan dat ook via het wijkteam.",
            ),
            (
                "Eerste gesprek",
                "Je krijgt binnen korte tijd een gesprek. Neem je post en rekeningen mee.",
            ),
        ],
        "channel": "Bij je gemeente of het wijkteam.",
        "bring": "Je post en rekeningen. Een overzicht van je inkomen.",
        "official_url": RIJK + "schulden",
        "legal_basis": "Wet gemeentelijke schuldhulpverlening",
        "sources": [("Schulden", RIJK + "schulden", "Rijksoverheid")],
        "criteria": [
            (
                "debts",
                "eq",
                "yes",
                1,
                "je schulden hebt of rekeningen niet kunt betalen",
            )
        ],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "tegemoetkoming-scholieren",
        "name": "Tegemoetkoming scholieren",
        "official_name": "Tegemoetkoming scholieren (DUO)",
        "summary": "Geld van DUO voor een kind van 18 jaar of ouder dat nog op de middelbare school zit.",
        "level": "landelijk",
        "provider": "DUO",
        "themes": ["werk-en-opleiding", "toeslagen-en-regelingen"],
        "life_events": [],
        "for_whom": (
            "Voor scholieren van 18 jaar en ouder op de middelbare school of in een "
            "opleiding voor volwassenen (vavo).\n"
            "Je kind vraagt het zelf aan. Of je kind het krijgt en hoeveel, hangt af "
            "van het inkomen van de ouders."
        ),
        "what_you_get": "Een bedrag per maand voor je kind, voor de kosten van school.",
        "amounts_note": "",
        "steps": [
            (
                "Je kind vraagt het aan",
                "Online bij DUO, met DigiD. Dat kan vanaf 3 maanden voor de 18e verjaardag.",
            )
        ],
        "channel": "Online bij DUO, met DigiD.",
        "bring": "",
        "official_url": "https://duo.nl/",
        "legal_basis": "Wet tegemoetkoming onderwijsbijdrage en schoolkosten",
        "sources": [("DUO", "https://duo.nl/", "DUO")],
        "criteria": [
            (
                "child_ages",
                "any_between",
                "18-30",
                1,
                "je een kind van 18 of ouder hebt",
            )
        ],
        "maybe_only": True,
        "check_note": "Alleen als je kind nog op de middelbare school of het vavo zit.",
    },
    {
        "slug": "eenoudertoeslag-studiefinanciering",
        "name": "Extra studiefinanciering voor alleenstaande ouders (eenoudertoeslag)",
        "official_name": "Eenoudertoeslag (studiefinanciering)",
        "summary": "Studeer je en zorg je alleen voor een kind? Dan krijg je extra studiefinanciering.",
        "level": "landelijk",
        "provider": "DUO",
        "themes": ["werk-en-opleiding", "toeslagen-en-regelingen"],
        "life_events": ["studeren"],
        "for_whom": (
            "Voor studenten met studiefinanciering die geen partner hebben en zorgen "
            "voor een kind jonger dan 18 jaar.\n"
            "Je krijgt kinderbijslag voor het kind, of het kind staat op je adres "
            "ingeschreven."
        ),
        "what_you_get": (
            "Een extra bedrag per maand bovenop je studiefinanciering. Hoe lang, hangt "
            "af van je opleiding."
        ),
        "amounts_note": "",
        "steps": [
            ("Log in op Mijn DUO", "Met DigiD."),
            (
                "Vraag de toeslag aan",
                "Bij je studiefinanciering, onder 'Toeslag voor een alleenstaande ouder'.",
            ),
        ],
        "channel": "Online via Mijn DUO, met DigiD.",
        "bring": "",
        "official_url": "https://duo.nl/particulier/alleenstaande-ouder.jsp",
        "legal_basis": "Wet studiefinanciering 2000",
        "sources": [
            (
                "Alleenstaande ouder",
                "https://duo.nl/particulier/alleenstaande-ouder.jsp",
                "DUO",
            )
        ],
        "criteria": [
            ("income", "contains", "study", 1, "je studeert"),
            ("household", "eq", "alone", 2, "je geen partner hebt"),
            ("household", "eq", "others", 2, "je geen partner hebt"),
            child_under_18(3),
        ],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "anw-nabestaandenuitkering",
        "name": "Uitkering na overlijden van je partner (Anw)",
        "official_name": "Nabestaandenuitkering (Algemene nabestaandenwet)",
        "summary": "Geld van de SVB als je partner of ex-partner overlijdt en je zorgt voor een kind jonger dan 18.",
        "level": "landelijk",
        "provider": "SVB",
        "themes": ["geld-en-schulden", "steun"],
        "life_events": ["partner-overleden"],
        "for_whom": (
            "Voor mensen van wie de partner is overleden en die de AOW-leeftijd nog "
            "niet hebben.\n"
            "Je zorgt voor een kind jonger dan 18 jaar dat bij je woont. Of je bent "
            "voor een groot deel arbeidsongeschikt.\n"
            "Is je ex-partner overleden? Ook dan kan het soms. Daarvoor gelden extra "
            "regels.\n"
            "Hoeveel je krijgt, hangt af van je eigen inkomen."
        ),
        "what_you_get": "Een bedrag per maand.",
        "amounts_note": "",
        "steps": [
            ("Vraag het aan bij de SVB", "Online met DigiD, of met een formulier."),
            (
                "Doe het snel",
                "Zo mis je geen geld. Je kunt ook eerst de SVB bellen voor uitleg.",
            ),
        ],
        "channel": "Bij de SVB.",
        "bring": "Gegevens over je inkomen.",
        "official_url": "https://www.svb.nl/nl/anw",
        "legal_basis": "Algemene nabestaandenwet",
        "sources": [("Anw", "https://www.svb.nl/nl/anw", "SVB")],
        "criteria": [
            (
                "partner_died",
                "eq",
                "yes",
                1,
                "je partner of de andere ouder is overleden",
            ),
            child_under_18(2),
        ],
        "maybe_only": True,
        "check_note": "Het hangt af van je situatie en je inkomen. De SVB legt het uit.",
    },
    {
        "slug": "anw-halfwezenuitkering",
        "name": "Halfwezenuitkering",
        "official_name": "Halfwezenuitkering (Algemene nabestaandenwet)",
        "summary": "Geld van de SVB als je zorgt voor een kind jonger dan 18 van wie een ouder is overleden.",
        "level": "landelijk",
        "provider": "SVB",
        "themes": ["geld-en-schulden", "steun"],
        "life_events": ["partner-overleden"],
        "for_whom": (
            "Voor wie zorgt voor een kind jonger dan 18 jaar van wie een ouder is "
            "overleden. Het kind woont bij je.\n"
            "De regels hangen af van je situatie. Lees ze bij de SVB of bel de SVB."
        ),
        "what_you_get": "Een bedrag per maand. Je kunt ook kinderbijslag blijven krijgen.",
        "amounts_note": "",
        "steps": [
            ("Vraag het aan bij de SVB", "Online met DigiD, of met een formulier.")
        ],
        "channel": "Bij de SVB.",
        "bring": "",
        "official_url": "https://www.svb.nl/nl/anw",
        "legal_basis": "Algemene nabestaandenwet",
        "sources": [("Anw", "https://www.svb.nl/nl/anw", "SVB")],
        "criteria": [
            (
                "partner_died",
                "eq",
                "yes",
                1,
                "je partner of de andere ouder is overleden",
            ),
            child_under_18(2),
        ],
        "maybe_only": True,
        "check_note": "Het hangt af van je situatie. De SVB legt het uit.",
    },
    {
        "slug": "alimentatie-innen-lbio",
        "name": "Hulp als je alimentatie niet wordt betaald",
        "official_name": "Inning van alimentatie door het LBIO",
        "summary": "Betaalt je ex de alimentatie niet? Het LBIO kan het geld voor je innen.",
        "level": "landelijk",
        "provider": "LBIO",
        "themes": ["scheiding", "geld-en-schulden"],
        "life_events": ["net-uit-elkaar"],
        "for_whom": (
            "Voor ouders die kinderalimentatie of partneralimentatie krijgen die door "
            "de rechter is vastgesteld.\n"
            "Je ex betaalt niet of te weinig, al minstens een maand.\n"
            "Wacht niet te lang: een achterstand die ouder is dan 6 maanden, kan het "
            "LBIO niet meer innen."
        ),
        "what_you_get": (
            "Het LBIO haalt de alimentatie bij je ex op en betaalt die aan jou. De "
            "kosten daarvan betaalt je ex."
        ),
        "amounts_note": "",
        "steps": [
            ("Zet alles op een rij", "Welke betalingen kwamen niet of te laat?"),
            ("Doe een verzoek bij het LBIO", "Online, op de website van het LBIO."),
        ],
        "channel": "Online bij het LBIO.",
        "bring": "De uitspraak van de rechter over de alimentatie. Een overzicht van wat wel en niet is betaald.",
        "official_url": "https://www.lbio.nl/",
        "legal_basis": "Burgerlijk Wetboek, Boek 1",
        "sources": [
            (
                "Wat kan ik doen als mijn ex-partner de alimentatie niet betaalt?",
                RIJK + "scheiden/vraag-en-antwoord/inning-van-alimentatie",
                "Rijksoverheid",
            ),
            ("LBIO", "https://www.lbio.nl/", "LBIO"),
        ],
        "criteria": [
            (
                "alimony_trouble",
                "eq",
                "yes",
                1,
                "je alimentatie niet of niet op tijd komt",
            )
        ],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "juridisch-loket",
        "name": "Gratis juridisch advies",
        "official_name": "Het Juridisch Loket",
        "summary": "Gratis uitleg en advies over bijvoorbeeld scheiden, alimentatie, omgang of huur.",
        "level": "landelijk",
        "provider": "Het Juridisch Loket",
        "themes": ["scheiding", "steun"],
        "life_events": ["net-uit-elkaar", "schulden"],
        "for_whom": "Voor iedereen met een juridische vraag, bijvoorbeeld over scheiden, omgang met de kinderen, alimentatie, werk of huur.",
        "what_you_get": "Uitleg over je rechten en wat je kunt doen. Soms verwijzen ze je door naar een advocaat of mediator.",
        "amounts_note": "",
        "steps": [
            (
                "Neem contact op",
                "Via de website, de chat of de telefoon van Het Juridisch Loket. Je kunt ook langsgaan.",
            )
        ],
        "channel": "Website, chat, telefoon of een vestiging.",
        "bring": "Papieren over je vraag, bijvoorbeeld brieven of afspraken.",
        "official_url": "https://www.juridischloket.nl/",
        "legal_basis": "",
        "sources": [
            (
                "Het Juridisch Loket",
                "https://www.juridischloket.nl/",
                "Het Juridisch Loket",
            )
        ],
        "criteria": [("legal_problem", "eq", "yes", 1, "je een juridische vraag hebt")],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "gesubsidieerde-rechtsbijstand",
        "name": "Een advocaat of mediator met korting",
        "official_name": "Gesubsidieerde rechtsbijstand (toevoeging)",
        "summary": "Heb je weinig geld? Dan betaalt de overheid een deel van je advocaat of mediator.",
        "level": "landelijk",
        "provider": "Raad voor Rechtsbijstand",
        "themes": ["scheiding", "geld-en-schulden"],
        "life_events": ["net-uit-elkaar"],
        "for_whom": (
            "Voor mensen met een laag of middeninkomen en weinig spaargeld die een "
            "advocaat of mediator nodig hebben. Bijvoorbeeld bij een scheiding.\n"
            "Je betaalt zelf een eigen bijdrage. Die hangt af van je inkomen."
        ),
        "what_you_get": "De overheid betaalt een groot deel van de kosten van je advocaat of mediator.",
        "amounts_note": "",
        "steps": [
            (
                "Zoek een advocaat of mediator",
                "Die werkt met gesubsidieerde rechtsbijstand. Het Juridisch Loket kan je helpen.",
            ),
            (
                "De advocaat of mediator vraagt het aan",
                "Bij de Raad voor Rechtsbijstand.",
            ),
        ],
        "channel": "Via je advocaat of mediator.",
        "bring": "",
        "official_url": "https://www.rechtsbijstand.nl/",
        "legal_basis": "Wet op de rechtsbijstand",
        "sources": [
            (
                "Raad voor Rechtsbijstand",
                "https://www.rechtsbijstand.nl/",
                "Raad voor Rechtsbijstand",
            )
        ],
        "criteria": [("legal_problem", "eq", "yes", 1, "je een juridische vraag hebt")],
        "maybe_only": True,
        "check_note": "Het hangt af van je inkomen en je spaargeld.",
    },
    {
        "slug": "jeugdfonds-sport-en-cultuur",
        "name": "Jeugdfonds Sport & Cultuur",
        "official_name": "Jeugdfonds Sport & Cultuur",
        "summary": "Het fonds betaalt de sportclub, muziekles of dansles van je kind als er thuis weinig geld is.",
        "level": "fonds",
        "provider": "Jeugdfonds Sport & Cultuur",
        "themes": ["opvoeden", "geld-en-schulden"],
        "life_events": [],
        "for_whom": (
            "Voor kinderen en jongeren uit gezinnen met weinig geld.\n"
            "De regels, zoals de leeftijd en de inkomensgrens, verschillen per "
            "gemeente.\n"
            "Je vraagt het niet zelf aan. Iemand die je gezin kent doet dat, "
            "bijvoorbeeld de leerkracht, het wijkteam of de schuldhulpverlener."
        ),
        "what_you_get": "Het fonds betaalt de contributie of het lesgeld direct aan de club of les. Soms ook spullen, zoals sportkleding.",
        "amounts_note": "",
        "steps": [
            (
                "Vraag iemand die je gezin kent",
                "Bijvoorbeeld de juf of meester, het wijkteam of je schuldhulpverlener.",
            ),
            (
                "Die persoon doet de aanvraag",
                "Online bij het Jeugdfonds Sport & Cultuur.",
            ),
        ],
        "channel": "Via een tussenpersoon (intermediair).",
        "bring": "",
        "official_url": "https://jeugdfondssportencultuur.nl/",
        "legal_basis": "",
        "sources": [
            (
                "Jeugdfonds Sport & Cultuur",
                "https://jeugdfondssportencultuur.nl/",
                "Jeugdfonds Sport & Cultuur",
            )
        ],
        "criteria": [
            LOW_INCOME,
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
            (
                "child_ages",
                "any_between",
                "4-17",
                2,
                "je een kind van 4 tot 18 jaar hebt",
            ),
        ],
        "maybe_only": True,
        "check_note": "De regels verschillen per gemeente.",
    },
    {
        "slug": "stichting-leergeld",
        "name": "Stichting Leergeld",
        "official_name": "Stichting Leergeld",
        "summary": "Hulp voor schoolgaande kinderen als er thuis weinig geld is, bijvoorbeeld voor een fiets of laptop.",
        "level": "fonds",
        "provider": "Stichting Leergeld",
        "themes": ["opvoeden", "geld-en-schulden"],
        "life_events": [],
        "for_whom": (
            "Voor schoolgaande kinderen uit gezinnen met weinig geld.\n"
            "Leergeld werkt met lokale stichtingen. Niet in elke gemeente is er een. "
            "De regels verschillen per plaats."
        ),
        "what_you_get": "Hulp met spullen of kosten die nodig zijn om mee te doen, bijvoorbeeld voor school, sport of een fiets.",
        "amounts_note": "",
        "steps": [
            (
                "Zoek de stichting bij jou in de buurt",
                "Op de website van Leergeld. Je kunt daar zelf contact opnemen.",
            )
        ],
        "channel": "Bij de Leergeld-stichting in je regio.",
        "bring": "",
        "official_url": "https://www.leergeld.nl/",
        "legal_basis": "",
        "sources": [
            ("Stichting Leergeld", "https://www.leergeld.nl/", "Stichting Leergeld")
        ],
        "criteria": [
            LOW_INCOME,
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
            (
                "child_ages",
                "any_between",
                "4-17",
                2,
                "je een kind hebt dat naar school gaat",
            ),
        ],
        "maybe_only": True,
        "check_note": "Niet in elke gemeente is er een Leergeld-stichting.",
    },
    {
        "slug": "nationaal-fonds-kinderhulp",
        "name": "Nationaal Fonds Kinderhulp",
        "official_name": "Nationaal Fonds Kinderhulp",
        "summary": "Hulp voor kinderen die opgroeien met weinig geld, als er geen andere regeling is.",
        "level": "fonds",
        "provider": "Nationaal Fonds Kinderhulp",
        "themes": ["opvoeden", "geld-en-schulden"],
        "life_events": ["schulden"],
        "for_whom": (
            "Voor kinderen en jongeren tot 21 jaar die opgroeien in een gezin met "
            "geldproblemen.\n"
            "Je vraagt het niet zelf aan. Een hulpverlener die je gezin kent doet "
            "dat, bijvoorbeeld het wijkteam of school."
        ),
        "what_you_get": "Geld voor iets wat je kind echt nodig heeft of om mee te kunnen doen, bijvoorbeeld een fiets of zwemles.",
        "amounts_note": "",
        "steps": [
            (
                "Vraag een hulpverlener",
                "Bijvoorbeeld het wijkteam, school of je bewindvoerder. Die doet de aanvraag.",
            )
        ],
        "channel": "Via een hulpverlener (intermediair).",
        "bring": "",
        "official_url": "https://kinderhulp.nl/",
        "legal_basis": "",
        "sources": [
            (
                "Nationaal Fonds Kinderhulp",
                "https://kinderhulp.nl/",
                "Nationaal Fonds Kinderhulp",
            )
        ],
        "criteria": [
            LOW_INCOME,
            ("debts", "eq", "yes", 1, "je geldzorgen hebt"),
            ("child_ages", "any_between", "0-20", 2, "je een kind jonger dan 21 hebt"),
        ],
        "maybe_only": True,
        "check_note": "Een hulpverlener moet de aanvraag doen.",
    },
    {
        "slug": "voedselbank",
        "name": "Voedselbank",
        "official_name": "Voedselbank",
        "summary": "Gratis boodschappen als je tijdelijk te weinig geld hebt voor eten.",
        "level": "fonds",
        "provider": "Voedselbanken Nederland",
        "themes": ["geld-en-schulden", "steun"],
        "life_events": ["schulden", "net-uit-elkaar"],
        "for_whom": (
            "Voor mensen die na het betalen van hun vaste lasten te weinig geld "
            "overhouden voor eten.\n"
            "Meestal kom je bij de voedselbank via een hulpverlener, bijvoorbeeld het "
            "wijkteam of schuldhulp."
        ),
        "what_you_get": "Een pakket met eten en andere boodschappen, voor een beperkte tijd.",
        "amounts_note": "",
        "steps": [
            (
                "Vraag een hulpverlener",
                "Het wijkteam of je schuldhulpverlener kijkt met je of je mag komen.",
            ),
            ("Haal je pakket op", "Bij een uitgiftepunt bij jou in de buurt."),
        ],
        "channel": "Via een hulpverlener.",
        "bring": "Een overzicht van je inkomen en vaste lasten.",
        "official_url": "https://voedselbankennederland.nl/",
        "legal_basis": "",
        "sources": [
            (
                "Voedselbanken Nederland",
                "https://voedselbankennederland.nl/",
                "Voedselbanken Nederland",
            )
        ],
        "criteria": [
            LOW_INCOME,
            ("debts", "eq", "yes", 1, "je schulden hebt"),
        ],
        "maybe_only": True,
        "check_note": "De voedselbank kijkt hoeveel je overhoudt na je vaste lasten.",
    },
    {
        "slug": "kinderopvang-via-de-gemeente",
        "name": "Hulp van de gemeente bij kosten van kinderopvang",
        "official_name": "Tegemoetkoming kinderopvang voor doelgroepouders",
        "summary": "Volg je vanuit de bijstand een traject naar werk of een opleiding? Dan kan de gemeente helpen met kinderopvang.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["kinderopvang", "werk-en-opleiding"],
        "life_events": ["werk-gevonden", "studeren"],
        "for_whom": (
            "Voor ouders met een uitkering die een traject naar werk, een opleiding "
            "of inburgering volgen. Voor die ouders kan de gemeente meebetalen aan "
            "kinderopvang.\n"
            "De regels verschillen per gemeente. Vraag het aan je contactpersoon bij "
            "de gemeente."
        ),
        "what_you_get": "Een bijdrage in de kosten van de kinderopvang, naast de kinderopvangtoeslag.",
        "amounts_note": "",
        "steps": [
            (
                "Vraag het aan je contactpersoon",
                "Bespreek het als je plannen maakt voor werk of een opleiding.",
            )
        ],
        "channel": "Bij je gemeente.",
        "bring": "",
        "official_url": RIJK + "kinderopvangtoeslag",
        "legal_basis": "Wet kinderopvang",
        "sources": [
            ("Kinderopvangtoeslag", RIJK + "kinderopvangtoeslag", "Rijksoverheid")
        ],
        "criteria": [
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
            ("income", "contains", "uwv", 1, "je een uitkering krijgt"),
            (
                "child_ages",
                "any_between",
                "0-12",
                2,
                "je een kind hebt dat nog naar de basisschool gaat of jonger is",
            ),
        ],
        "maybe_only": True,
        "check_note": "Alleen als je een traject naar werk, een opleiding of inburgering volgt.",
    },
    {
        "slug": "minimaregelingen-gemeente",
        "name": "Regelingen van je gemeente voor een laag inkomen",
        "official_name": "Gemeentelijke minimaregelingen",
        "summary": "Veel gemeenten helpen gezinnen met weinig geld, bijvoorbeeld met een pas voor sport, cultuur of school.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["geld-en-schulden", "toeslagen-en-regelingen"],
        "life_events": ["schulden", "net-uit-elkaar"],
        "for_whom": (
            "Voor inwoners met een laag inkomen. Elke gemeente heeft eigen regelingen "
            "en eigen grenzen.\n"
            "Voorbeelden: een stadspas, een kindpakket, hulp bij schoolkosten of een "
            "collectieve zorgverzekering."
        ),
        "what_you_get": "Dat verschilt per gemeente.",
        "amounts_note": "",
        "steps": [
            (
                "Kijk op de website van je gemeente",
                "Zoek op 'minima' of 'laag inkomen'. Of vraag het bij het sociaal loket.",
            )
        ],
        "channel": "Bij je gemeente.",
        "bring": "",
        "official_url": RIJK + "bijstand",
        "legal_basis": "Participatiewet",
        "sources": [("Bijstand", RIJK + "bijstand", "Rijksoverheid")],
        "criteria": [
            LOW_INCOME,
            ("income", "contains", "bijstand", 1, "je bijstand krijgt"),
        ],
        "maybe_only": True,
        "check_note": "Elke gemeente heeft eigen regelingen.",
    },
    {
        "slug": "jeugdhulp-gemeente",
        "name": "Hulp en zorg voor je kind via de gemeente",
        "official_name": "Jeugdhulp (Jeugdwet)",
        "summary": "Heeft je kind een beperking, ziekte of andere zorgen? De gemeente regelt hulp.",
        "level": "gemeentelijk",
        "provider": "Je gemeente",
        "themes": ["opvoeden", "gezondheid"],
        "life_events": ["kind-met-beperking"],
        "for_whom": (
            "Voor kinderen en jongeren tot 18 jaar die hulp nodig hebben, bijvoorbeeld "
            "door een beperking, ziekte of problemen thuis of op school. En voor hun "
            "ouders.\n"
            "Je kunt zelf naar het wijkteam of jeugdteam. Ook de huisarts kan je "
            "doorsturen."
        ),
        "what_you_get": "Hulp die past bij je kind, bijvoorbeeld begeleiding, behandeling of tijdelijk even lucht voor jou.",
        "amounts_note": "",
        "steps": [
            ("Neem contact op met het wijkteam of jeugdteam", "Of ga naar je huisarts.")
        ],
        "channel": "Bij je gemeente, het wijkteam of via de huisarts.",
        "bring": "",
        "official_url": RIJK + "jeugdhulp",
        "legal_basis": "Jeugdwet",
        "sources": [("Jeugdhulp", RIJK + "jeugdhulp", "Rijksoverheid")],
        "criteria": [
            (
                "child_disability",
                "eq",
                "yes",
                1,
                "je kind een beperking of langdurige ziekte heeft",
            )
        ],
        "maybe_only": False,
        "check_note": "",
    },
    {
        "slug": "dubbele-kinderbijslag",
        "name": "Dubbele kinderbijslag bij intensieve zorg",
        "official_name": "Dubbele kinderbijslag voor een thuiswonend kind met intensieve zorg",
        "summary": "Heeft je kind thuis veel extra zorg nodig? Dan kun je twee keer kinderbijslag krijgen.",
        "level": "landelijk",
        "provider": "SVB",
        "themes": ["gezondheid", "toeslagen-en-regelingen"],
        "life_events": ["kind-met-beperking"],
        "for_whom": (
            "Voor ouders van een kind van 3 tot 18 jaar dat thuis woont en door een "
            "ziekte of beperking veel extra zorg nodig heeft.\n"
            "Het CIZ (Centrum indicatiestelling zorg) kijkt naar de zorg en geeft "
            "advies aan de SVB. Dat regelt de SVB voor je."
        ),
        "what_you_get": "Twee keer het bedrag van de kinderbijslag voor dit kind.",
        "amounts_note": "",
        "steps": [
            (
                "Vraag het aan bij de SVB",
                "Online met DigiD. Dat kan alleen de ouder die de kinderbijslag krijgt.",
            ),
            ("Het CIZ vraagt om informatie", "Bijvoorbeeld een brief van een arts."),
        ],
        "channel": "Online bij de SVB, met DigiD.",
        "bring": "Medische informatie over je kind, bijvoorbeeld een brief van de arts.",
        "official_url": "https://www.svb.nl/nl/kinderbijslag",
        "legal_basis": "Algemene Kinderbijslagwet",
        "sources": [("Kinderbijslag", "https://www.svb.nl/nl/kinderbijslag", "SVB")],
        "criteria": [
            (
                "child_disability",
                "eq",
                "yes",
                1,
                "je kind een beperking of langdurige ziekte heeft",
            ),
            (
                "child_ages",
                "any_between",
                "3-17",
                2,
                "je een kind van 3 tot 18 jaar hebt",
            ),
        ],
        "maybe_only": True,
        "check_note": "Het CIZ kijkt of je kind intensieve zorg nodig heeft.",
    },
    {
        "slug": "ww-uitkering",
        "name": "WW-uitkering",
        "official_name": "Werkloosheidsuitkering (Werkloosheidswet)",
        "summary": "Geld van UWV als je je baan verliest en eerder genoeg hebt gewerkt.",
        "level": "landelijk",
        "provider": "UWV",
        "themes": ["werk-en-opleiding", "geld-en-schulden"],
        "life_events": ["werk-kwijt"],
        "for_whom": (
            "Voor werknemers die (een deel van) hun werk verliezen, en het niet zelf "
            "zo hebben gekozen.\n"
            "Je hebt daarvoor een bepaalde tijd gewerkt. UWV legt uit welke regels "
            "voor jou gelden."
        ),
        "what_you_get": "Een uitkering per maand voor een beperkte tijd. Hoeveel en hoe lang, hangt af van je loon en hoe lang je hebt gewerkt.",
        "amounts_note": "",
        "steps": [
            (
                "Vraag het snel aan",
                "Online bij UWV, met DigiD. Doe dit als je weet dat je werk stopt.",
            ),
            (
                "Zoek werk",
                "Met een WW-uitkering zoek je werk. UWV spreekt met je af wat je doet.",
            ),
        ],
        "channel": "Online bij UWV, met DigiD.",
        "bring": "Gegevens over je werk en loon.",
        "official_url": "https://www.uwv.nl/",
        "legal_basis": "Werkloosheidswet",
        "sources": [("UWV", "https://www.uwv.nl/", "UWV")],
        "criteria": [],
        "maybe_only": False,
        "check_note": "",
    },
]

LIFE_EVENTS = [
    ("net-uit-elkaar", "Net uit elkaar"),
    ("partner-overleden", "Partner overleden"),
    ("zwanger-of-baby", "Zwanger of een baby"),
    ("werk-gevonden", "Werk gevonden"),
    ("werk-kwijt", "Werk kwijt of minder inkomen"),
    ("schulden", "Schulden of geldzorgen"),
    ("kind-met-beperking", "Kind met een beperking of ziekte"),
    ("studeren", "Studeren of een opleiding"),
]

# Step-by-step plans (page slugs from the content demo) to link from a scheme's page.
# A plan that does not exist is skipped.
RELATED_PLANS = {
    "kinderbijslag": ["uit-elkaar"],
    "kindgebonden-budget": ["uit-elkaar"],
    "huurtoeslag": ["uit-elkaar"],
    "alimentatie-innen-lbio": ["uit-elkaar"],
    "juridisch-loket": ["uit-elkaar"],
    "gesubsidieerde-rechtsbijstand": ["uit-elkaar"],
    "schuldhulpverlening": ["geldzorgen-en-schulden"],
    "bijzondere-bijstand": ["geldzorgen-en-schulden"],
    "kwijtschelding-gemeentelijke-belastingen": ["geldzorgen-en-schulden"],
    "voedselbank": ["geldzorgen-en-schulden"],
    "minimaregelingen-gemeente": ["geldzorgen-en-schulden"],
    "individuele-inkomenstoeslag": ["geldzorgen-en-schulden"],
    "bijstand": ["van-bijstand-naar-werk"],
    "ontheffing-arbeidsplicht-kind-onder-5": ["van-bijstand-naar-werk"],
    "kinderopvang-via-de-gemeente": ["van-bijstand-naar-werk"],
    "kinderopvangtoeslag": ["van-bijstand-naar-werk"],
}
