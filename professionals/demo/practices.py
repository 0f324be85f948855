"""Demo praktijkvoorbeelden, taken from the research digests (never invented).

Each entry says which report it comes from in `source`. Reports:
- 003: Research voor Beleid (2009), evaluation of the 'Wet verbetering
  arbeidsmarktpositie alleenstaande ouders' (municipalities anonymised);
- 001: Verwey-Jonker Instituut (2012), handreiking 'alleenstaande moeders' for
  Gemeente Amsterdam;
- 002: handbook 'Meet the Parents: Ontspannen, ontmoeten en ondersteunen' (Almere Poort).
"""

SOURCE_003 = (
    "Rapport 003: Research voor Beleid (2009), evaluatie van de Wet verbetering "
    "arbeidsmarktpositie alleenstaande ouders. De gemeente is in het rapport anoniem."
)
SOURCE_001 = (
    "Rapport 001: Verwey-Jonker Instituut (2012), handreiking over steun aan "
    "alleenstaande moeders, in opdracht van de gemeente Amsterdam."
)
SOURCE_002 = (
    "Rapport 002: handboek 'Meet the Parents: Ontspannen, ontmoeten en "
    "ondersteunen' (Almere Poort)."
)

# title, summary, approach, results, tags, themes (slugs), extra fields
PRACTICES = [
    {
        "title": "Informatiebijeenkomst met opleiders, en meteen ontheffing aanvragen",
        "summary": "Een gemeente nodigde alle alleenstaande ouders met een kind onder "
        "de 5 en een bijstandsuitkering uit voor een bijeenkomst over de nieuwe wet.",
        "approach": "De gemeente legde de wet uit. Opleiders waren aanwezig voor "
        "oriëntatie. Ouders konden ter plekke een ontheffing aanvragen.",
        "tags": ["voorlichting", "ontheffing", "scholing", "ROC", "groepsbijeenkomst"],
        "themes": ["werk-en-opleiding"],
        "source": SOURCE_003,
    },
    {
        "title": "Ouders informeren over ontheffing en scholing, ook als ze er niet om vragen",
        "summary": "Ongeveer een kwart van de gemeenten informeerde ouders zonder dat "
        "zij erom vroegen: met brieven, formulieren, nieuwsbrieven, de website of een "
        "map na het eerste gesprek.",
        "results": "Klantmanagers die zo informeerden, zagen meer aanvragen voor "
        "ontheffing, vooral van gemotiveerde ouders met een startkwalificatie die "
        "verder wilden leren.",
        "tags": ["voorlichting", "communicatie", "bereik"],
        "themes": ["werk-en-opleiding"],
        "source": SOURCE_003,
    },
    {
        "title": "Oriëntatietraject naar een opleiding met een persoonlijk plan",
        "summary": "Een intake over de wensen voor een opleiding. Na 6 weken een "
        "persoonlijk ontwikkelingsplan (POP) met de opleiding die volgt.",
        "tags": ["scholing", "oriëntatie", "POP", "ontheffing"],
        "themes": ["werk-en-opleiding"],
        "source": SOURCE_003 + " (gemeente E)",
    },
    {
        "title": "Empowermentproject voor jonge alleenstaande moeders",
        "summary": "Een intensieve groepstraining voor jonge moeders, met "
        "kinderopvang op de trainingslocatie en zes maanden nazorg.",
        "approach": "Groepstraining; kinderopvang op dezelfde plek; daarna zes "
        "maanden nazorg.",
        "results": "Deelnemers stroomden uit naar een opleiding, werk of "
        "vrijwilligerswerk. Het project liep in 2009 al meer dan twee jaar.",
        "target_group": "Jonge alleenstaande moeders met een uitkering.",
        "tags": ["jonge moeders", "weerbaarheid", "kinderopvang", "nazorg"],
        "themes": ["werk-en-opleiding", "kinderopvang"],
        "source": SOURCE_003 + " (gemeente F)",
    },
    {
        "title": "Netwerk voor alleenstaande moeders, met werkgevers erbij",
        "summary": "Een netwerk voor alleenstaande moeders, ook voor moeders die al "
        "werken. Het helpt bij werk zoeken en kinderopvang.",
        "approach": "Om de twee weken een netwerkavond waar werkgevers bij zijn. "
        "Cursussen van professionele trainers over zelfvertrouwen en netwerken.",
        "tags": ["netwerk", "werkgevers", "lotgenoten"],
        "themes": ["werk-en-opleiding", "steun"],
        "source": SOURCE_003 + " (gemeente G)",
    },
    {
        "title": "Snel aan het werk met een werkcoach voor alleenstaande ouders",
        "summary": "Een project voor ouders die naar verwachting binnen twee jaar "
        "uitstromen, met een jongste kind van hoogstens 14 jaar.",
        "approach": "Financiële prikkels en een werkcoach alleenstaande ouders die "
        "actief bemiddelt. Gestart in mei 2009 met 30 deelnemers.",
        "tags": ["uitstroom", "werkcoach", "financiële prikkel", "korte afstand"],
        "themes": ["werk-en-opleiding"],
        "source": SOURCE_003,
    },
    {
        "title": "Werkcoach en een eigen opleiding tot gastouder",
        "summary": "Een werkcoach legt contact met werkgevers en helpt bij "
        "sollicitaties. Een eigen cursus leidt alleenstaande ouders op tot gastouder.",
        "approach": "Selectie voor de gastoudercursus op motivatie en thuissituatie. "
        "Sommige ouders werden zelfstandig ondernemer.",
        "tags": ["werkcoach", "gastouder", "kinderopvang", "werkgevers", "zzp"],
        "themes": ["werk-en-opleiding", "kinderopvang"],
        "source": SOURCE_003,
    },
    {
        "title": "Afspraken met het ROC en een eigen scholingsconsulent",
        "summary": "Afspraken met ROC's, speciale cursussen voor de groep, een "
        "scholingsconsulent, en toestemming om langer dan twee jaar te leren.",
        "results": "Zestien gemeenten in het onderzoek hadden afspraken met een ROC.",
        "tags": ["ROC", "scholing", "startkwalificatie"],
        "themes": ["werk-en-opleiding"],
        "source": SOURCE_003,
    },
    {
        "title": "Eerst alles op orde: een korte ontheffing voor schulden en wonen",
        "summary": "Een voortraject met een korte ontheffing (meestal 6 maanden) om "
        "eerst wonen, schulden, maatschappelijk werk en kinderopvang te regelen.",
        "approach": "Daarna volgt werk of een opleiding.",
        "tags": ["schulden", "huisvesting", "maatschappelijk werk", "keten"],
        "themes": ["geld-en-schulden", "werk-en-opleiding"],
        "source": SOURCE_003,
    },
    {
        "title": "Kernteams per stadsdeel: één plan met formele en informele partners",
        "summary": "Stadsdeel, sociale dienst, participatiecentra en vrouwencentra "
        "schrijven samen een plan naar werk voor alleenstaande ouders die ver van "
        "werk staan.",
        "approach": "De ouder houdt de regie. De partners stemmen opvoedsteun, "
        "schuldhulp en empowerment op elkaar af.",
        "results": "Gestart in januari 2012 in vier stadsdelen; een evaluatie was "
        "gepland voor september 2013.",
        "tags": ["keten", "samenwerking", "stadsdeel", "kernteam"],
        "themes": ["werk-en-opleiding", "steun"],
        "province": "Noord-Holland",
        "region": "Amsterdam",
        "size_class": "100k-plus",
        "source": SOURCE_001,
    },
    {
        "title": "Kinderopvang in de zaal ernaast tijdens een cursus",
        "summary": "Tijdens een cursus worden de kinderen in een ruimte ernaast "
        "opgevangen.",
        "results": "Moeders werden zo ook eerder bereid hun kinderen later aan "
        "anderen toe te vertrouwen.",
        "tags": ["kinderopvang", "bereik", "cursus"],
        "themes": ["kinderopvang", "steun"],
        "province": "Noord-Holland",
        "region": "Amsterdam",
        "source": SOURCE_001,
    },
    {
        "title": "Een middag zonder label: de 'couscousmiddag'",
        "summary": "Een organisatie nodigde alleenstaande moeders uit zonder hun "
        "situatie te noemen. Binnen kwamen de verhalen vanzelf.",
        "approach": "Een informele bijeenkomst op een veilige plek, zonder het woord "
        "'alleenstaand' in de uitnodiging.",
        "tags": ["bereik", "geen label", "informeel", "lotgenoten"],
        "themes": ["steun"],
        "province": "Noord-Holland",
        "region": "Amsterdam",
        "source": SOURCE_001,
    },
    {
        "title": "Meet the Parents: ontspannen, ontmoeten en ondersteunen",
        "summary": "Een wekelijks koffie-uurtje voor alleenstaande ouders, geleid "
        "door een sociaal werker van het wijkteam met een vrijwillige gastvrouw of "
        "gastheer. Daaromheen uitjes, sport en workshops.",
        "approach": "Laagdrempelig en gezellig eerst; gezondheid gaat mee. Het "
        "wijkteam nodigt ouders persoonlijk uit. Een WhatsApp-groep houdt contact.",
        "results": "IVO deed een procesevaluatie over drie jaar. Het handboek noemt "
        "geen effectcijfers.",
        "funding": "Ontwikkeld met geld van FNO; de start uit het budget voor nieuw "
        "beleid, eventueel aangevuld met een fonds.",
        "tags": ["koffie-uurtje", "wijkteam", "lotgenoten", "gezondheid"],
        "themes": ["steun", "gezondheid"],
        "province": "Flevoland",
        "region": "Almere Poort",
        "size_class": "100k-plus",
        "source": SOURCE_002,
    },
]
