"""Swedish page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, newsroom, offer, prompted, wall_buttons

TABLE = Table(
    language="sv",
    bylines=(
        "av",
        r"text\s*:",
    ),
    byline_roles=(
        r"\w*korrespondent",
        "reporter",
        "journalist",
        r"\w*redaktör",
        "krönikör",
    ),
    byline_staff=(
        newsroom(r"redaktionen"),
        "(?:vår )?(?:korrespondent|reporter)",
    ),
    skip=(
        r"(?:hoppa|gå) (?:direkt )?till (?:innehåll(?:et)?|huvudinnehåll(?:et)?"
        r"|navigering(?:en)?|sök|menyn?)",
    ),
    share=(
        r"dela(?: artikeln| (?:på|via) (?:facebook|twitter|x|whatsapp|linkedin|e-?post|mejl))?",
        r"kopiera länk(?:en)?|länken (?:är )?kopierad|skriv ut|mejla|e-?posta",
    ),
    paywall=(
        r"(?:är du )?redan (?:prenumerant|kund|medlem)\s*\??.*",
        # "Prova i en månad för 1 krona", "Bli prenumerant i dag för 1 kr"
        offer(r"bli prenumerant|köp (?:tillgång|prenumeration)|prova (?:i )?\S+ (?:månad|vecka)\w*",
              r"nu|i dag"),
        r"(?:bli|teckna) (?:prenumerant|prenumeration|medlem).*",
        r"logga in|logga ut|mitt konto|prenumerera|registrera dig|skapa konto",
        r"(?:för att )?(?:läsa|fortsätta läsa) (?:vidare|hela artikeln).*",
        # a registration wall's buttons ("Skapa konto | Prenumerera | Logga in")
        r"skapa (?:ett )?(?:gratis |kostnadsfritt )?konto|registrera dig (?:gratis|kostnadsfritt)",
        wall_buttons(r"skapa (?:ett )?konto|logga in|registrera dig|registrera",
                     r"prenumerera|bli prenumerant|mitt konto"),
    ),
    truncated=prompted(
        r"(?:är du )?redan (?:prenumerant|kund|medlem)",
        r"logga in(?: här)?",
        r"nu|här",
        # a wall's label alone ("Endast för prenumeranter"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:endast|bara|enbart|exklusivt?) för (?:[\w-]+-)?(?:prenumeranter|premiumkunder"
        r"|medlemmar)",
        # "read on with <the paper's subscription>": the rest is for subscribers
        r"(?:läs vidare|fortsätt läsa|läs hela artikeln) med .*",
        # "Den här artikeln är endast för prenumeranter", "Artikeln är låst för prenumeranter"
        r"(?:(?:den här|denna) (?:artikel|artikeln|text|texten) är (?:endast |bara |exklusivt? )?"
        r"|(?:artikeln|texten) är (?:endast|bara|exklusivt?) )för (?:[\w-]+-)?(?:prenumeranter"
        r"|premiumkunder)(?:[.!:]\s.*)?",
        r"(?:(?:den här|denna) (?:artikel|artikeln)|artikeln) är (?:endast för|bara för|låst"
        r" för) (?:[\w-]+-)?(?:prenumeranter|premiumkunder|medlemmar)(?:[.!:]\s.*)?",
        # "För att läsa hela artikeln måste du vara prenumerant"
        r"för att (?:läsa|fortsätta läsa) (?:hela artikeln|vidare|resten av artikeln) (?:måste"
        r"|behöver) du (?:vara|bli) (?:prenumerant|inloggad|medlem)(?:[.!:]\s.*)?",
        # a registration or sign-in wall's prompt ("Skapa ett gratis konto för att fortsätta läsa",
        # "Logga in för att läsa vidare")
        r"(?:logga in (?:eller|och) )?(?:skapa (?:ett )?(?:gratis |kostnadsfritt )?konto"
        r"|registrera dig(?: gratis| kostnadsfritt)?)(?: (?:eller|och) logga in)? för att"
        r" (?:fortsätta läsa|läsa vidare|läsa hela|läsa).*",
        r"logga in för att (?:fortsätta läsa|läsa vidare|läsa hela|läsa).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:(?:det här|detta) (?:innehåll|innehållet)|(?:den här|denna) (?:artikel|artikeln|text"
        r"|texten)|artikeln|texten) är (?:endast |bara |exklusivt? )?(?:tillgänglig|tillgängligt"
        r"|reserverad|reserverat|förbehållen|förbehållet) (?:endast |bara )?för (?:[\w-]+-)?"
        r"(?:prenumeranter|premiumkunder|medlemmar)(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
        r"(?:det här|detta) (?:innehåll|innehållet) är (?:endast |bara |exklusivt )?för "
        r"(?:[\w-]+-)?(?:prenumeranter|premiumkunder|medlemmar)(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
    ),
    promo=(
        # the site's own newsletter: "Anmäl dig till nyhetsbrevet", "Prenumerera på vårt nyhetsbrev"
        r"(?:prenumerera på|anmäl dig till|registrera dig för|få) (?:vårt |våra |vår |det )?"
        r"(?:[\w-]+ )?nyhetsbrev\w*(?: (?:här|nu|gratis))?(?: och få .{1,60})?",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"följ (?:oss|[\w .&-]{{1,40}}?) på {NETWORKS}",
        r"ladda (?:ner|hem) (?:vår |den )?(?:gratis )?app(?:en)?(?: [\w .&-]{1,40}?)?",
    ),
    ads=(r"annons|sponsrat|sponsrat innehåll",),
    credits=(
        credited(r"foto|bild|fotograf"),
    ),
    reading_time=(
        r"lästid|läsningstid",
    ),
    notices=(
        # the site's own newsletter, as a whole prompt line
        r"^(?:[-–•] )?(?:prenumerera på|anmäl dig till|registrera dig för) (?:vårt|våra)"
        r" (?:[\w-]+ )?nyhetsbrev\b",
        r"\bdin webbläsare (?:är|stöder)\b",
    ),
    related=(
        r"läs (?:också|även|mer|vidare)|(?:se|kolla) även|du kanske också gillar",
        r"mer (?:om|från|inom) .{1,40}|(?:relaterade|fler) (?:artiklar|nyheter)",
        r"mest lästa|senaste nytt|senaste nyheterna|rekommenderat",
    ),
    consent_terms=(r"\bcookies?\b", r"\bkakor(?:na)?\b"),
    consent_weak=(r"\bpersonuppgift\w*", r"\bintegritet\w*", r"\bsamtyck\w*"),
    consent_context=(
        r"\b(?:vi|vår|våra|oss|webbplatsen|du|din|dina)\b",
        r"\b(?:godkänn|godkänna|acceptera|neka|avvisa|inställning\w*|hantera|partner|klicka[r]?)\b",
    ),
    consent_buttons=(
        r"(?:godkänn|acceptera|tillåt|neka|avvisa)(?: alla)?(?: cookies| kakor)?",
        r"(?:endast|bara) nödvändiga(?: cookies| kakor)?|(?:cookie-?|kak)?inställningar",
        r"hantera (?:inställningar|val|cookies|kakor)|spara (?:inställningar|val)",
        r"läs mer|mer information|stäng|ok|jag förstår|jag godkänner",
        r"integritetspolicy|cookiepolicy",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"uppfattat|jag förstår",
    ),
    consent_pay=(
        r"\breklamfri\w*",
        r"\butan (?:reklam|annonser)\b",
    ),
    dateline=(r"\bpublicerad\b",),
    updated=(r"(?:senast )?uppdaterad",),
    errors=(
        r"\bsidan (?:hittades inte|finns inte|kunde inte hittas)\b|\båtkomst nekad\b"
        r"|\bfel(?:meddelande)?\b|\baktivera javascript\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bsidan (?:som )?du (?:söker|letar efter|försöker nå)\b|\b(?:kan ha|har kanske"
        r"|har troligen) (?:tagits bort|flyttats|raderats)\b"
        r"|\bdet verkar inte finnas något här\b",
    ),
    rights=(r"alla rättigheter förbehållna",),
    site_pages=(
        r"integritetspolicy|cookie(?:policy|s)|(?:allm[aä]nna |anv[aä]ndar)villkor",
        r"om oss|kontakta oss",
    ),
    source_labels=("Källa",),
    wall_calls=(
        r"(?:bli (?:prenumerant|medlem)|teckna (?:en )?prenumeration|prenumerera|logga in"
        r"|registrera dig|skapa (?:ett )?(?:gratis |kostnadsfritt )?konto|(?:är du )?redan "
        r"(?:prenumerant|kund|medlem))(?![\w-])",
    ),
    tag_labels=(
        r"taggar",
        r"nyckelord",
    ),
)
