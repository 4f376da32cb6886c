"""Danish page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, newsroom, offer, prompted, wall_buttons

TABLE = Table(
    language="da",
    bylines=(
        "af",
        r"tekst\s*:",
    ),
    byline_roles=(
        r"\w*korrespondent",
        "journalist",
        r"\w*redaktør",
        "reporter",
        "klummeskribent",
    ),
    byline_staff=(
        newsroom(r"redaktionen"),
        "(?:vores )?(?:korrespondent|journalist)",
    ),
    skip=(
        r"(?:gå|spring|hop) (?:direkte )?til (?:indhold(?:et)?|hovedindhold(?:et)?"
        r"|navigation(?:en)?|søgning|menu(?:en)?)",
    ),
    share=(
        r"del(?: artiklen| (?:på|via) (?:facebook|twitter|x|whatsapp|linkedin|e-?mail|mail))?",
        r"kopier link(?:et)?|link kopieret|udskriv",
    ),
    paywall=(
        r"(?:er du )?allerede (?:abonnent|kunde|medlem)\s*\??.*",
        # "Køb adgang for 1 kr. den første måned", "Bliv abonnent i dag for 1 kr."
        offer(r"bliv abonnent|køb (?:adgang|abonnement)|prøv \S+ (?:måned|uge)\w*", r"nu|i dag"),
        r"log ind|log ud|min konto|mit abonnement|opret (?:konto|profil)|køb abonnement"
        r"|bliv abonnent",
        r"(?:for at )?(?:læse|fortsætte) (?:videre|hele artiklen).*",
        # a registration wall's buttons ("Opret konto | Bliv abonnent | Log ind")
        r"opret (?:en )?gratis (?:konto|profil)|registrer dig gratis",
        wall_buttons(r"opret (?:en )?(?:konto|profil)|log ind|registrer dig",
                     r"bliv abonnent|køb abonnement|min konto|mit abonnement"),
    ),
    truncated=prompted(
        r"(?:er du )?allerede (?:abonnent|kunde|medlem)",
        r"log ind(?: her)?",
        r"nu|her",
        # a wall's label alone ("Kun for abonnenter"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:kun|udelukkende|eksklusivt?) for (?:[\w-]+-)?(?:abonnenter|medlemmer)",
        # "read on with <the paper's subscription>": the rest is for subscribers
        r"(?:læs videre|fortsæt læsningen|læs hele artiklen) med .*",
        # "Denne artikel er kun for abonnenter", "Artiklen er forbeholdt abonnenter"
        r"(?:denne artikel er (?:kun |udelukkende |eksklusivt )?|artiklen er (?:kun|udelukkende"
        r"|eksklusivt) )for"
        r" (?:[\w-]+-)?abonnenter(?:[.!:]\s.*)?",
        r"(?:denne artikel|artiklen) er (?:kun for|forbeholdt) (?:[\w-]+-)?(?:abonnenter"
        r"|medlemmer)(?:[.!:]\s.*)?",
        # "For at læse hele artiklen skal du være abonnent"
        r"for at (?:læse|fortsætte med at læse) (?:hele artiklen|videre|resten af artiklen) skal"
        r" du (?:være|blive) (?:abonnent|logget ind)(?:[.!:]\s.*)?",
        # a registration or sign-in wall's prompt ("Opret en gratis konto for at læse videre",
        # "Log ind for at fortsætte med at læse")
        r"(?:log ind (?:eller|og) )?(?:opret (?:en )?(?:gratis )?(?:konto|profil)"
        r"|registrer dig(?: gratis)?)(?: (?:eller|og) log ind)? for at"
        r" (?:læse videre|fortsætte med at læse|fortsætte|læse hele|læse).*",
        r"log ind for at (?:læse videre|fortsætte med at læse|fortsætte|læse hele|læse).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:dette|det her) (?:indhold|indholdet) er (?:kun |udelukkende |eksklusivt )?(?:for"
        r"|forbeholdt|tilgængeligt for) (?:[\w-]+-)?(?:abonnenter|medlemmer)"
        r"(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
        r"(?:denne artikel|artiklen) er (?:kun |udelukkende |eksklusivt )?tilgængelig for "
        r"(?:[\w-]+-)?(?:abonnenter|medlemmer)(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
    ),
    promo=(
        # the site's own newsletter: "Tilmeld dig vores nyhedsbrev"
        r"(?:tilmeld dig|abonner på|få) (?:vores |vort |det |vores gratis )?(?:[\w-]+ )?"
        r"nyhedsbrev\w*(?: (?:her|nu|gratis))?(?: og få .{1,60})?",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"følg (?:os|[\w .&-]{{1,40}}?) på {NETWORKS}",
        r"(?:hent|download) (?:vores |den )?(?:gratis )?app(?:en)?(?: [\w .&-]{1,40}?)?",
    ),
    ads=(r"annonce|sponsoreret(?: indhold)?",),
    credits=(
        credited(r"foto|billede|fotograf"),
    ),
    reading_time=(
        r"læsetid",
    ),
    notices=(
        r"\bdin browser (?:er|understøtter)\b",
    ),
    related=(
        r"læs (?:også|mere|videre)|se også|mest læste(?: .{1,40})?",
        r"mere (?:om|fra) .{1,40}|(?:relaterede|flere) (?:artikler|nyheder)",
        r"seneste nyt|anbefalet",
    ),
    consent_terms=(r"\bcookies?\b",),
    consent_weak=(r"\bpersonoplysning\w*", r"\bprivatliv\w*", r"\bsamtykke\w*"),
    consent_context=(
        r"\b(?:vi|vores|os|hjemmesiden|du|din|dine|dit)\b",
        r"\b(?:accepter\w*|afvis|afvise|indstilling\w*|tilpas|partnere|klikke[r]?)\b",
    ),
    consent_buttons=(
        r"(?:accepter|tillad|afvis)(?: alle)?(?: cookies)?|kun nødvendige(?: cookies)?",
        r"(?:cookie-?)?indstillinger|tilpas(?: valg| indstillinger)?",
        r"gem (?:valg|indstillinger)|læs mere|mere information|luk|ok|jeg accepterer|forstået",
        r"(?:privatlivs|cookie)politik",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"jeg forstår|okay",
    ),
    consent_pay=(
        r"\breklamefri\w*",
        r"\buden (?:reklamer|annoncer)\b",
    ),
    dateline=(r"\bpubliceret\b",),
    updated=(r"(?:sidst )?opdateret",),
    errors=(
        r"\bsiden (?:blev ikke fundet|findes ikke|kunne ikke findes)\b|\badgang nægtet\b"
        r"|\bfejl\b|\baktivér javascript\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\b(?:den )?side[n]?,? (?:som )?du (?:leder efter|søger)\b|\b(?:kan være|er måske"
        r"|er muligvis|er blevet) (?:blevet )?(?:slettet|flyttet|fjernet)\b"
        r"|\bder blev ikke fundet noget\b",
    ),
    rights=(r"alle rettigheder forbehold(?:es|t)",),
    site_pages=(
        r"privatlivs(?:politik|erkl[æ]ring)|persondatapolitik|cookiepolitik",
        r"(?:brugs|handels)betingelser|om os|kontakt os",
    ),
    source_labels=("Kilde",),
    wall_calls=(
        r"(?:bliv (?:abonnent|medlem)|køb (?:et )?abonnement|tegn (?:et )?abonnement|log ind"
        r"|opret (?:en )?(?:gratis )?(?:konto|profil)|registrer dig|(?:er du )?allerede "
        r"(?:abonnent|kunde|medlem))(?![\w-])",
    ),
    tag_labels=(
        r"tags",
        r"emneord",
    ),
)
