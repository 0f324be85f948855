"""Demo information pages: two or more per theme, in B1 Dutch, each with sources.

Facts come from the official sites named in each page's sources. No amounts: they
change every year, so pages link to the official source instead.
"""

from content.demo.blocks import (
    faq,
    h,
    helpline,
    link,
    organisation,
    p,
    source,
    table,
    tip,
    ul,
    warn,
)

RO = "Rijksoverheid"
TOESLAGEN = source(
    "Toeslagen", "https://www.belastingdienst.nl/toeslagen", "Dienst Toeslagen"
)
SVB_KB = source("Kinderbijslag", "https://www.svb.nl/nl/kinderbijslag", "SVB")
SVB = source("Sociale Verzekeringsbank", "https://www.svb.nl/", "SVB")
SCHEIDEN = source("Scheiden", "https://www.rijksoverheid.nl/onderwerpen/scheiden", RO)
SCHULDEN = source("Schulden", "https://www.rijksoverheid.nl/onderwerpen/schulden", RO)
PARTICIPATIEWET = source(
    "Participatiewet", "https://www.rijksoverheid.nl/onderwerpen/participatiewet", RO
)
KINDEROPVANG = source(
    "Kinderopvang", "https://www.rijksoverheid.nl/onderwerpen/kinderopvang", RO
)
JURIDISCH_LOKET = source(
    "Het Juridisch Loket", "https://www.juridischloket.nl/", "Het Juridisch Loket"
)
LBIO = source("LBIO", "https://www.lbio.nl/", "LBIO")
NIBUD = source("Nibud", "https://www.nibud.nl/", "Nibud")
UWV = source("Werk zoeken", "https://www.uwv.nl/", "UWV")
DUO = source("Studiefinanciering", "https://duo.nl/", "DUO")
VEILIG_THUIS = source("Veilig Thuis", "https://veiligthuis.nl/", "Veilig Thuis")
KINDERTELEFOON = source(
    "De Kindertelefoon", "https://www.kindertelefoon.nl/", "De Kindertelefoon"
)
ZELFMOORD = source("113 Zelfmoordpreventie", "https://www.113.nl/", "113")
VILLA_PINEDO = source("Villa Pinedo", "https://www.villapinedo.nl/", "Villa Pinedo")
HUMANITAS = source("Humanitas", "https://www.humanitas.nl/", "Humanitas")
LRK = source(
    "Landelijk Register Kinderopvang",
    "https://www.landelijkregisterkinderopvang.nl/",
    RO,
)
HUREN = source("Huurwoning", "https://www.rijksoverheid.nl/onderwerpen/huurwoning", RO)

INFO_PAGES = [
    # --- Geld en schulden -------------------------------------------------------
    {
        "theme": "geld-en-schulden",
        "slug": "rondkomen",
        "title": "Rondkomen met weinig geld",
        "intro": "Is het elke maand krap? Dan ben je niet de enige. Hier lees je hoe je "
        "grip krijgt op je geld.",
        "terms": ["toeslag"],
        "body": [
            h("Begin met een overzicht"),
            p(
                "Schrijf op wat er elke maand binnenkomt. En wat eruit gaat. Denk aan "
                "huur, energie, eten en je telefoon. Zo zie je waar je geld blijft."
            ),
            tip(
                "Het Nibud heeft gratis hulp om je geld op een rij te zetten. Kijk op "
                + link("https://www.nibud.nl/", "nibud.nl")
                + "."
            ),
            h("Krijg je al het geld waar je recht op hebt?"),
            p(
                "Veel ouders missen geld. Ze weten niet dat ze het kunnen krijgen. "
                "Misschien kun je een toeslag krijgen. Of hulp van je gemeente. Kijk "
                "het na bij de " + link("/regelingen/", "regelingen") + "."
            ),
            h("Wacht niet te lang"),
            p(
                "Kun je een rekening niet betalen? Bel dan meteen het bedrijf. Vaak kun "
                "je dan in delen betalen. Hoe eerder je belt, hoe meer kan."
            ),
            faq(
                (
                    "Moet ik me schamen als ik hulp vraag?",
                    "Nee. Veel ouders hebben het krap. Hulp vragen is slim. Je voorkomt "
                    "er grotere zorgen mee.",
                ),
                (
                    "Wie kan samen met mij naar mijn geld kijken?",
                    "Je gemeente helpt je gratis. Ook vrijwilligers van Humanitas of "
                    "SchuldHulpMaatje kunnen helpen.",
                ),
            ),
            organisation("Nibud", "Tips en rekenhulp voor je geld."),
        ],
        "sources": [NIBUD, TOESLAGEN],
    },
    {
        "theme": "geld-en-schulden",
        "slug": "hulp-bij-schulden",
        "title": "Hulp bij schulden",
        "intro": "Heb je schulden? Dan kun je hulp krijgen. Die hulp is gratis. Hier lees "
        "je hoe je begint.",
        "terms": ["schuldhulpverlening"],
        "body": [
            h("Je gemeente helpt"),
            p(
                "Elke gemeente moet mensen met schulden helpen. Dat heet "
                "schuldhulpverlening. Je betaalt er niets voor. Bel of mail je gemeente. "
                "Of ga langs bij het wijkteam."
            ),
            h("Wat gebeurt er dan?"),
            ul(
                "Iemand kijkt samen met jou naar je geld en je schulden.",
                "Jullie maken een plan.",
                "Soms regelt de gemeente een afspraak met de mensen aan wie je geld moet geven.",
            ),
            warn(
                "Stop niet met het betalen van je huur en je zorgverzekering. Die zijn het "
                "belangrijkst."
            ),
            h("Liever eerst met een vrijwilliger praten?"),
            p(
                "Dat kan. Een vrijwilliger van SchuldHulpMaatje of Humanitas helpt je op "
                "weg. Ook met de post die je niet durft te openen."
            ),
            helpline("SchuldHulpMaatje"),
            helpline("Geldfit"),
        ],
        "sources": [SCHULDEN, HUMANITAS],
    },
    # --- Toeslagen en regelingen ------------------------------------------------
    {
        "theme": "toeslagen-en-regelingen",
        "slug": "toeslagen-aanvragen",
        "title": "Toeslagen aanvragen",
        "intro": "Een toeslag is geld van de overheid als je inkomen laag is. Hier lees je "
        "welke toeslagen er zijn en hoe je ze aanvraagt.",
        "terms": [
            "toeslag",
            "huurtoeslag",
            "zorgtoeslag",
            "kinderopvangtoeslag",
            "kindgebonden budget",
        ],
        "body": [
            h("Welke toeslagen zijn er?"),
            table(
                "De vier toeslagen en waarvoor ze zijn",
                ["Toeslag", "Waarvoor?"],
                [
                    ("Huurtoeslag", "Voor je huur"),
                    ("Zorgtoeslag", "Voor je zorgverzekering"),
                    ("Kinderopvangtoeslag", "Voor de opvang van je kind"),
                    ("Kindgebonden budget", "Voor de kosten van je kind"),
                ],
            ),
            h("Hoe vraag je een toeslag aan?"),
            p(
                "Je vraagt een toeslag aan bij Dienst Toeslagen. Dat doe je online met "
                "je DigiD. Lukt dat niet? Vraag dan hulp. Bijvoorbeeld bij de "
                "bibliotheek of je gemeente."
            ),
            h("Geef veranderingen snel door"),
            p(
                "Ga je meer verdienen? Of ga je verhuizen? Geef dat dan meteen door. "
                "Anders moet je later misschien geld terugbetalen."
            ),
            warn(
                "Ga je uit elkaar? Geef dan je nieuwe situatie door. Je toeslag kan dan "
                "hoger of lager worden."
            ),
            faq(
                (
                    "Hoeveel toeslag krijg ik?",
                    "Dat hangt af van je inkomen en je situatie. Op de site van Dienst "
                    "Toeslagen kun je een proefberekening maken.",
                ),
            ),
        ],
        "sources": [TOESLAGEN],
    },
    {
        "theme": "toeslagen-en-regelingen",
        "slug": "geld-voor-je-kinderen",
        "title": "Kinderbijslag en kindgebonden budget",
        "intro": "Voor je kinderen krijg je geld van de overheid. Hier lees je wat de "
        "kinderbijslag en het kindgebonden budget zijn.",
        "terms": ["kinderbijslag", "kindgebonden budget"],
        "body": [
            h("Kinderbijslag"),
            p(
                "Kinderbijslag is geld voor elk kind tot 18 jaar. Hoeveel je verdient, "
                "maakt niet uit. Je krijgt het van de SVB. Je krijgt het elke drie "
                "maanden."
            ),
            h("Kindgebonden budget"),
            p(
                "Heb je een laag of gemiddeld inkomen? Dan krijg je misschien ook "
                "kindgebonden budget. Ben je alleenstaande ouder? Dan krijg je er een "
                "extra bedrag bij. Je krijgt het van Dienst Toeslagen."
            ),
            tip(
                "Soms krijg je het kindgebonden budget vanzelf. Krijg je niets? Vraag "
                "het dan zelf aan."
            ),
            h("Uit elkaar? Let op wie het krijgt"),
            p(
                "De kinderbijslag gaat naar één ouder. Wonen de kinderen vooral bij jou? "
                "Bespreek dan met je ex wie het krijgt. Geef het door aan de SVB."
            ),
        ],
        "sources": [SVB_KB, TOESLAGEN],
    },
    # --- Scheiding ------------------------------------------------------------
    {
        "theme": "scheiding",
        "slug": "ouderschapsplan",
        "title": "Afspraken over de kinderen",
        "intro": "Gaan jullie uit elkaar? Dan maak je afspraken over de kinderen. Die "
        "zet je in een ouderschapsplan.",
        "terms": ["ouderschapsplan", "omgangsregeling", "gezag", "mediator"],
        "body": [
            h("Wat staat in een ouderschapsplan?"),
            ul(
                "Bij wie de kinderen wonen, en wanneer ze bij de andere ouder zijn.",
                "Hoe jullie elkaar op de hoogte houden over school en gezondheid.",
                "Hoe jullie de kosten van de kinderen delen.",
            ),
            h("Moet ik een ouderschapsplan maken?"),
            p(
                "Ben je getrouwd of heb je een geregistreerd partnerschap? Dan moet het. "
                "Woonden jullie samen? Kijk dan op de site van de Rijksoverheid wat voor "
                "jou geldt. Een plan helpt altijd."
            ),
            h("Lukt het niet samen?"),
            p(
                "Een mediator kan helpen. Die praat met jullie allebei en kiest geen "
                "kant. Het Juridisch Loket legt gratis uit wat je rechten zijn."
            ),
            tip(
                "Vraag je kinderen wat zij belangrijk vinden. Zij hoeven niet te kiezen. "
                "Maar het helpt als ze zich gehoord voelen."
            ),
            helpline("Het Juridisch Loket"),
        ],
        "sources": [SCHEIDEN, JURIDISCH_LOKET],
    },
    {
        "theme": "scheiding",
        "slug": "kinderalimentatie",
        "title": "Kinderalimentatie",
        "intro": "Na een scheiding betalen beide ouders mee aan de kosten van de kinderen. "
        "Het geld dat je ex daarvoor betaalt, heet kinderalimentatie.",
        "terms": ["alimentatie"],
        "body": [
            h("Hoe hoog is de alimentatie?"),
            p(
                "Dat hangt af van wat jullie allebei verdienen. En van wat de kinderen "
                "kosten. Jullie kunnen het samen afspreken. Lukt dat niet? Dan beslist "
                "de rechter."
            ),
            h("Je ex betaalt niet"),
            p(
                "Betaalt je ex de alimentatie niet? Het LBIO kan het geld voor je "
                "innen. Daarvoor heb je een uitspraak van de rechter nodig. Of een "
                "afspraak die de rechter heeft vastgelegd."
            ),
            tip(
                "Houd bij wanneer je ex wel en niet betaalt. Dat helpt als je hulp "
                "vraagt."
            ),
            organisation("LBIO", "Helpt als je ex de alimentatie niet betaalt."),
            faq(
                (
                    "Telt alimentatie mee voor mijn toeslagen?",
                    "Kinderalimentatie telt niet mee voor je toeslagen. Twijfel je? "
                    "Kijk op de site van Dienst Toeslagen.",
                ),
            ),
        ],
        "sources": [SCHEIDEN, LBIO, TOESLAGEN],
    },
    # --- Opvoeden -------------------------------------------------------------
    {
        "theme": "opvoeden",
        "slug": "je-kind-en-de-scheiding",
        "title": "Je kind helpen bij een scheiding",
        "intro": "Een scheiding is ook voor je kinderen zwaar. Hier lees je hoe je ze "
        "kunt helpen.",
        "terms": [],
        "body": [
            h("Vertel het samen"),
            p(
                "Vertel het je kinderen liefst samen met je ex. Zeg dat het niet hun "
                "schuld is. Zeg ook wat er voor hen verandert."
            ),
            h("Blijf luisteren"),
            p(
                "Kinderen laten niet altijd zien wat ze voelen. Vraag af en toe hoe het "
                "gaat. Ook als het goed lijkt te gaan."
            ),
            tip(
                "Praat niet slecht over de andere ouder waar je kind bij is. Ook niet als "
                "je boos bent."
            ),
            h("Hulp voor je kind"),
            p(
                "Villa Pinedo helpt kinderen van gescheiden ouders. Op De "
                "Kindertelefoon kan je kind anoniem praten."
            ),
            helpline("De Kindertelefoon", "Voor je kind: gratis en anoniem."),
        ],
        "sources": [VILLA_PINEDO, KINDERTELEFOON],
    },
    {
        "theme": "opvoeden",
        "slug": "hulp-bij-opvoeden",
        "title": "Hulp bij het opvoeden",
        "intro": "Alle ouders hebben weleens vragen over opvoeden. Alleen is het soms "
        "extra zwaar. Hier lees je waar je terecht kunt.",
        "terms": ["wijkteam"],
        "body": [
            h("Waar kun je terecht?"),
            ul(
                "Bij het consultatiebureau, voor kinderen tot 4 jaar.",
                "Bij de jeugdarts of jeugdverpleegkundige van school.",
                "Bij het wijkteam of het centrum voor jeugd en gezin van je gemeente.",
                "Bij je huisarts.",
            ),
            h("Een vrijwilliger thuis"),
            p(
                "Bij Home-Start van Humanitas komt een vrijwilliger bij je thuis. Die "
                "denkt met je mee en luistert. Je kunt het zelf aanvragen."
            ),
            tip(
                "Om hulp vragen is geen falen. Je doet het voor je kinderen en voor jezelf."
            ),
        ],
        "sources": [
            HUMANITAS,
            source(
                "Opvoeden", "https://www.rijksoverheid.nl/onderwerpen/jeugdhulp", RO
            ),
        ],
    },
    # --- Werk en opleiding ----------------------------------------------------
    {
        "theme": "werk-en-opleiding",
        "slug": "bijstand-en-werk",
        "title": "Bijstand en werk",
        "intro": "Heb je te weinig geld om van te leven? Dan kun je bijstand aanvragen bij "
        "je gemeente. Hier lees je wat de gemeente van je vraagt.",
        "terms": ["bijstand", "Participatiewet", "ontheffing"],
        "body": [
            h("Wat is bijstand?"),
            p(
                "Bijstand is geld van je gemeente om van te leven. De regels staan in de "
                "Participatiewet. Je vraagt het aan bij je gemeente."
            ),
            h("Wat vraagt de gemeente van je?"),
            p(
                "Met bijstand moet je meestal werk zoeken. De gemeente helpt je daarbij. "
                "Je krijgt vaak een vaste contactpersoon."
            ),
            h("Je hebt een kind jonger dan 5"),
            p(
                "Zorg je alleen voor een kind jonger dan 5? Dan kun je de gemeente "
                "vragen om een ontheffing. Je hoeft dan even geen werk te zoeken. Je "
                "volgt dan wel een opleiding of andere hulp naar werk."
            ),
            tip("Vraag altijd naar opvang voor je kind als je gaat werken of leren."),
            faq(
                (
                    "Mag ik bijverdienen met bijstand?",
                    "Soms mag je een deel houden. De regels verschillen. Vraag het na bij "
                    "je gemeente.",
                ),
            ),
        ],
        "sources": [PARTICIPATIEWET],
    },
    {
        "theme": "werk-en-opleiding",
        "slug": "een-opleiding-volgen",
        "title": "Een opleiding volgen",
        "intro": "Met een diploma vind je vaak makkelijker werk. Hier lees je hoe je kunt "
        "leren naast de zorg voor je kinderen.",
        "terms": ["startkwalificatie", "bijstand"],
        "body": [
            h("Waarom een diploma?"),
            p(
                "Een diploma van havo, vwo of mbo niveau 2 of hoger heet een "
                "startkwalificatie. Daarmee heb je meer kans op werk."
            ),
            h("Leren en werken tegelijk"),
            p(
                "Bij sommige opleidingen werk je een deel van de week. Je leert dan in de "
                "praktijk. Je gemeente of het UWV weet welke er bij jou in de buurt zijn."
            ),
            h("Geld tijdens je studie"),
            p(
                "Misschien krijg je studiefinanciering van DUO. Zorg je alleen voor je "
                "kind? Dan krijg je daar soms een extra bedrag bij."
            ),
            warn(
                "Krijg je bijstand? Vraag dan eerst aan je gemeente wat studeren voor "
                "je bijstand betekent."
            ),
        ],
        "sources": [DUO, UWV, PARTICIPATIEWET],
    },
    {
        "theme": "werk-en-opleiding",
        "slug": "werk-en-zorg",
        "title": "Werk en zorg combineren",
        "intro": "Werken en alleen voor je kinderen zorgen is veel. Hier lees je wat je "
        "kunt regelen.",
        "terms": [],
        "body": [
            h("Praat met je werkgever"),
            p(
                "Vertel je werkgever wat je nodig hebt. Misschien kun je andere uren "
                "werken. Of soms thuis werken."
            ),
            h("Verlof"),
            p(
                "Je mag ouderschapsverlof opnemen tot je kind 8 jaar is. Je werkt dan een "
                "tijd minder. Is je kind ziek? Dan kun je soms zorgverlof opnemen."
            ),
            tip(
                "Vraag andere ouders uit de klas of jullie elkaar kunnen helpen met halen en brengen."
            ),
        ],
        "sources": [
            source("Verlof", "https://www.rijksoverheid.nl/onderwerpen/verlof", RO)
        ],
    },
    # --- Kinderopvang ---------------------------------------------------------
    {
        "theme": "kinderopvang",
        "slug": "soorten-opvang",
        "title": "Welke opvang past bij jou?",
        "intro": "Er zijn verschillende soorten opvang. Hier lees je welke er zijn.",
        "terms": [],
        "body": [
            h("De soorten opvang"),
            ul(
                "Dagopvang: voor kinderen tot 4 jaar.",
                "Buitenschoolse opvang: voor en na school, en in de vakanties.",
                "Gastouder: een ouder die bij zich thuis op kinderen past.",
            ),
            h("Waar let je op?"),
            p(
                "Kijk of de opvang in het Landelijk Register Kinderopvang staat. Alleen "
                "dan kun je toeslag krijgen. Kijk ook of de tijden bij je werk passen."
            ),
            tip(
                "Zet je kind op tijd op een wachtlijst. Er is niet overal direct plek."
            ),
        ],
        "sources": [KINDEROPVANG, LRK],
    },
    {
        "theme": "kinderopvang",
        "slug": "kosten-van-opvang",
        "title": "De kosten van opvang",
        "intro": "Opvang kost geld. Vaak krijg je hulp bij de kosten. Hier lees je hoe.",
        "terms": ["kinderopvangtoeslag"],
        "body": [
            h("Kinderopvangtoeslag"),
            p(
                "Werk je? Of volg je een opleiding? Dan krijg je misschien "
                "kinderopvangtoeslag. Je vraagt het aan bij Dienst Toeslagen."
            ),
            h("Hulp van je gemeente"),
            p(
                "Heb je geen recht op toeslag? Soms betaalt je gemeente mee. Bijvoorbeeld "
                "als je naar werk toe werkt. Vraag het na bij je gemeente."
            ),
            warn(
                "Geef het door als je minder uren opvang gebruikt. Anders moet je later geld terugbetalen."
            ),
        ],
        "sources": [TOESLAGEN, KINDEROPVANG],
    },
    # --- Wonen ----------------------------------------------------------------
    {
        "theme": "wonen",
        "slug": "een-woning-zoeken",
        "title": "Een woning zoeken",
        "intro": "Na een scheiding moet vaak één van jullie verhuizen. Een woning vinden "
        "is niet makkelijk. Hier lees je hoe je begint.",
        "terms": [],
        "body": [
            h("Schrijf je in"),
            p(
                "Voor een sociale huurwoning schrijf je je in bij de woningzoeksite van "
                "je regio. Hoe langer je ingeschreven staat, hoe meer kans je hebt."
            ),
            h("Voorrang"),
            p(
                "Sommige gemeenten geven voorrang als je dringend een huis nodig hebt. "
                "Dat heet urgentie. De regels verschillen per gemeente. Vraag je gemeente "
                "of dat bij jou kan."
            ),
            tip(
                "Zoek ook buiten je eigen woonplaats. En vraag rond in je eigen netwerk."
            ),
            h("Even geen woning?"),
            p(
                "Heb je vandaag geen plek om te slapen? Bel of ga langs bij je gemeente."
            ),
        ],
        "sources": [HUREN],
    },
    {
        "theme": "wonen",
        "slug": "huur-betalen",
        "title": "Je huur betalen",
        "intro": "Je huur is de belangrijkste rekening. Hier lees je wat je kunt doen als "
        "het moeilijk wordt.",
        "terms": ["huurtoeslag"],
        "body": [
            h("Huurtoeslag"),
            p(
                "Is je inkomen laag? Dan krijg je misschien huurtoeslag. Je vraagt het "
                "aan bij Dienst Toeslagen."
            ),
            h("Achterstand?"),
            p(
                "Kun je de huur niet betalen? Neem dan meteen contact op met je "
                "verhuurder. Maak een afspraak om in delen te betalen. Vraag ook hulp bij "
                "je gemeente."
            ),
            warn(
                "Laat een huurachterstand niet oplopen. Je kunt dan je huis kwijtraken."
            ),
            helpline("Het Juridisch Loket", "Vragen over je rechten als huurder."),
        ],
        "sources": [TOESLAGEN, HUREN],
    },
    # --- Gezondheid -----------------------------------------------------------
    {
        "theme": "gezondheid",
        "slug": "tijd-voor-jezelf",
        "title": "Tijd voor jezelf",
        "intro": "Je zorgt voor je kinderen. Maar wie zorgt er voor jou? Hier lees je hoe "
        "je wat rust pakt.",
        "terms": [],
        "body": [
            h("Kleine momenten tellen"),
            p(
                "Je hoeft niet een hele dag vrij te zijn. Een wandeling, een kop thee "
                "of een vriendin bellen helpt ook."
            ),
            h("Vraag hulp"),
            p(
                "Vraag familie, buren of andere ouders of ze af en toe oppassen. Vaak "
                "willen mensen graag helpen. Ze weten alleen niet hoe."
            ),
            tip("Ruil oppassen met een andere ouder. Dan helpen jullie elkaar."),
        ],
        "sources": [
            source(
                "Thuisarts",
                "https://www.thuisarts.nl/",
                "Nederlands Huisartsen Genootschap",
            )
        ],
    },
    {
        "theme": "gezondheid",
        "slug": "als-het-te-veel-wordt",
        "title": "Als het je te veel wordt",
        "intro": "Soms is alles te veel. Je slaapt slecht of je bent steeds moe. Hier "
        "lees je waar je terecht kunt.",
        "terms": [],
        "body": [
            h("Praat erover"),
            p(
                "Praat met iemand die je vertrouwt. Of bel een hulplijn. Je hoeft niet te "
                "zeggen wie je bent."
            ),
            h("Ga naar je huisarts"),
            p(
                "Je huisarts kan met je meedenken. Soms is er iemand in de praktijk die "
                "gesprekken voert over hoe je je voelt."
            ),
            warn(
                "Denk je aan zelfmoord? Bel dan 113 of gratis 0800-0113. Dat kan dag en nacht."
            ),
            helpline("113 Zelfmoordpreventie"),
            helpline("De Luisterlijn"),
        ],
        "sources": [
            ZELFMOORD,
            source("De Luisterlijn", "https://www.deluisterlijn.nl/", "De Luisterlijn"),
        ],
    },
    # --- Steun ----------------------------------------------------------------
    {
        "theme": "steun",
        "slug": "praten-met-andere-ouders",
        "title": "Praten met andere ouders",
        "intro": "Andere ouders die alleen voor hun kinderen zorgen, weten hoe het is. "
        "Met hen praten helpt vaak.",
        "terms": [],
        "body": [
            h("Een groep bij jou in de buurt"),
            p(
                "Op veel plekken zijn groepen voor ouders zoals jij. Je drinkt koffie, "
                "deelt tips en doet soms samen iets leuks. Zoek een groep met je "
                + link("/in-de-buurt/", "postcode")
                + "."
            ),
            h("Is er geen groep?"),
            p(
                "Begin er samen met anderen een. In het "
                + link("/stappenplannen/lotgenotengroep-starten/", "stappenplan")
                + " lees je hoe."
            ),
            tip("Je hoeft niets te vertellen als je dat niet wilt. Luisteren mag ook."),
        ],
        "sources": [
            HUMANITAS,
            source(
                "Lotgenotengroepen voor alleenstaande ouders",
                "https://www.rijksoverheid.nl/",
                RO,
            ),
        ],
    },
    {
        "theme": "steun",
        "slug": "partner-overleden",
        "title": "Als je partner is overleden",
        "intro": "Je partner is overleden. Nu zorg je alleen voor je kinderen. Hier lees "
        "je wat je moet regelen en waar je steun vindt.",
        "terms": [],
        "body": [
            h("Neem de tijd"),
            p(
                "Verdriet heeft tijd nodig. Voor jou en voor je kinderen. Je hoeft niet "
                "alles meteen te regelen."
            ),
            h("Geld"),
            p(
                "Misschien krijg je een uitkering voor nabestaanden van de SVB. Kijk op "
                "de site van de SVB of dat voor jou geldt. Geef ook aan Dienst Toeslagen "
                "door dat je situatie anders is."
            ),
            h("Steun"),
            p(
                "Praat met mensen om je heen. Er zijn ook groepen voor ouders die hun "
                "partner hebben verloren."
            ),
            helpline("De Luisterlijn"),
        ],
        "sources": [SVB, TOESLAGEN],
    },
    # --- Veiligheid -----------------------------------------------------------
    {
        "theme": "veiligheid",
        "slug": "niet-veilig-thuis",
        "title": "Je voelt je niet veilig thuis",
        "intro": "Word je bedreigd, geslagen of gecontroleerd? Dat is niet jouw schuld. "
        "Hier lees je waar je hulp krijgt.",
        "terms": [],
        "body": [
            warn("Is er nu gevaar? Bel 112."),
            h("Veilig Thuis"),
            p(
                "Bij Veilig Thuis kun je praten over wat er gebeurt. Ook als je twijfelt. "
                "Je kunt anoniem bellen. Bellen is gratis en kan dag en nacht."
            ),
            helpline("Veilig Thuis"),
            h("Veilig deze site gebruiken"),
            p(
                "Wil je niet dat iemand ziet dat je hier kijkt? Lees hoe je "
                + link("/veilig-gebruiken/", "veilig deze site gebruikt")
                + "."
            ),
        ],
        "sources": [VEILIG_THUIS],
    },
    {
        "theme": "veiligheid",
        "slug": "veilig-contact-met-je-ex",
        "title": "Veilig contact met je ex",
        "intro": "Is contact met je ex lastig of eng? Hier lees je hoe je het veiliger "
        "maakt, voor jou en je kinderen.",
        "terms": ["omgangsregeling"],
        "body": [
            h("Houd het kort en zakelijk"),
            p(
                "Praat alleen over de kinderen. Doe het liefst via berichten. Dan heb je "
                "alles op papier."
            ),
            h("Overdracht van de kinderen"),
            p(
                "Spreek een rustige plek af om de kinderen over te dragen. Bijvoorbeeld "
                "op school. Soms kan de overdracht met begeleiding."
            ),
            tip("Bewaar berichten die dreigend zijn. Je kunt ze later nodig hebben."),
            helpline("Veilig Thuis"),
        ],
        "sources": [VEILIG_THUIS, SCHEIDEN],
    },
]
