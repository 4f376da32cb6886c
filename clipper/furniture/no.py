"""Norwegian page furniture, Bokmål and Nynorsk (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, newsroom, offer, prompted, wall_buttons

TABLE = Table(
    language="no",
    bylines=(
        "av",
        r"tekst\s*:",
    ),
    byline_roles=(
        r"\w*korrespondent",
        "journalist",
        r"\w*redaktør",
        "reporter",
        "kommentator",
    ),
    byline_staff=(
        newsroom(r"redaksjonen"),
        "(?:vår )?(?:korrespondent|journalist)",
    ),
    skip=(
        r"(?:gå|hopp) (?:direkte )?til (?:innhold(?:et)?|hovedinnhold(?:et)?"
        r"|navigasjon(?:en)?|søk|meny(?:en)?)",
    ),
    share=(
        r"del(?: artikkelen| saken| (?:på|via) (?:facebook|twitter|x|whatsapp|linkedin"
        r"|e-?post))?",
        r"kopier lenke(?:n)?|lenke kopiert|skriv ut",
    ),
    paywall=(
        r"(?:er du )?(?:allerede|allereie) (?:abonnent|kunde)\s*\??.*",
        # "Bli abonnent i dag for 1 krone", "Prøv 1 måned for 1 kr."
        offer(r"bli abonnent|kjøp (?:tilgang|abonnement)|prøv \S+ (?:måned|månad|uke|veke)\w*",
              r"nå|no|i dag"),
        r"logg inn|logg ut|min side|min konto|kjøp abonnement|bli abonnent|abonner",
        r"(?:\w+ )?pluss|(?:for å )?(?:lese|fortsette å lese) (?:videre|hele saken).*",
        # a registration wall's buttons ("Opprett konto | Abonner | Logg inn")
        r"opprett (?:en )?(?:gratis )?(?:konto|bruker)|registrer deg gratis",
        wall_buttons(r"opprett (?:en )?(?:konto|bruker)|logg inn|registrer deg",
                     r"abonner|bli abonnent|kjøp abonnement|min side|min konto"),
    ),
    truncated=prompted(
        r"(?:er du )?(?:allerede|allereie) (?:abonnent|kunde)",
        r"logg inn(?: her)?",
        r"nå|no|her",
        # a wall's label alone ("Kun for abonnenter"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:kun|bare|berre|eksklusivt?) for (?:[\w-]+-)?(?:abonnenter|abonnentar"
        r"|medlemmer)",
        # "read on with <the paper's subscription>": the rest is for subscribers
        r"(?:les videre|fortsett å lese|fortset å lese|les hele saken|les heile saka) med .*",
        # "Denne saken er kun for abonnenter", "Denne artikkelen er berre for abonnentar"
        r"(?:denne (?:artikkelen|saken|saka) er (?:kun |bare |berre |eksklusivt )?"
        r"|(?:artikkelen|saken|saka) er (?:kun|bare|berre|eksklusivt) )for"
        r" (?:[\w-]+-)?(?:abonnenter|abonnentar)(?:[.!:]\s.*)?",
        r"(?:denne )?(?:artikkelen|saken|saka) er (?:kun|bare|berre|eksklusivt) for"
        r" (?:medlemmer|medlemar)(?:[.!:]\s.*)?",
        # "For å lese hele saken må du være abonnent", nynorsk "… heile saka må du vere …"
        r"for å (?:lese|lesa) (?:hele|heile|resten av) (?:saken|saka|artikkelen) må du (?:være"
        r"|vere|bli|verte) (?:abonnent|innlogget|innlogga|logget inn|logga inn)(?:[.!:]\s.*)?",
        # a registration or sign-in wall's prompt ("Opprett en gratis konto for å lese videre",
        # "Logg inn for å lese hele saken")
        r"(?:logg inn (?:eller|og) )?(?:opprett (?:en )?(?:gratis )?(?:konto|bruker)"
        r"|registrer deg(?: gratis)?)(?: (?:eller|og) logg inn)? for å"
        r" (?:lese videre|fortsette å lese|lese hele|lese).*",
        r"logg inn for å (?:lese videre|fortsette å lese|lese hele|lese).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:dette|dette her) (?:innholdet|innhaldet|innhold) er (?:kun |bare |berre |eksklusivt"
        r" )?(?:for|forbeholdt|tilgjengelig for) (?:[\w-]+-)?(?:abonnenter|abonnentar"
        r"|medlemmer)(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
        r"(?:denne )?(?:artikkelen|saken|saka) er (?:kun |bare |berre |eksklusivt )?"
        r"(?:tilgjengelig for|forbeholdt) (?:[\w-]+-)?(?:abonnenter|abonnentar|medlemmer)"
        r"(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
    ),
    promo=(
        # the site's own newsletter: "Meld deg på nyhetsbrevet vårt", nynorsk "nyheitsbrevet"
        r"(?:meld deg på|abonner på|få) (?:vårt |våre |det )?(?:[\w-]+ )?(?:nyhetsbrev|nyheitsbrev)"
        r"\w*(?: (?:vårt|her|nå|no|gratis))?(?: og få .{1,60})?",
        r"få (?:de |dei )?(?:viktigste|siste|beste) (?:nyhetene|nyheitene|sakene) (?:rett )?(?:på"
        r" e-post|i innboksen)(?: .{1,30})?",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"følg (?:oss|[\w .&-]{{1,40}}?) på {NETWORKS}",
        r"(?:last ned|hent) (?:vår |den )?(?:gratis )?app(?:en)?(?: [\w .&-]{1,40}?)?",
    ),
    ads=(r"annonse|sponset|annonsørinnhold",),
    credits=(
        credited(r"foto|bilde|fotograf"),
    ),
    reading_time=(
        r"lesetid",
    ),
    notices=(
        r"\bnettleseren din (?:er|støtter)\b",
    ),
    related=(
        r"les (?:også|òg|meir|mer|vidare|videre)|(?:se|sjå) (?:også|òg)|mest lest(?: .{1,40})?",
        r"mer (?:om|fra) .{1,40}|(?:relaterte|flere) (?:artikler|saker|nyheter)",
        r"siste nytt|anbefalt|populære saker",
    ),
    consent_terms=(r"\bcookies?\b", r"\binformasjonskapsl\w*"),
    consent_weak=(r"\bpersonopplysning\w*", r"\bpersonvern\w*", r"\bsamtykk\w*"),
    consent_context=(
        r"\b(?:vi|vår|våre|oss|nettstedet|nettstaden|du|din|dine|ditt)\b",
        r"\b(?:godta|godtar|avvis|avslå|innstilling\w*|administrer|partner[ea]\w*|klikk\w*)\b",
    ),
    consent_buttons=(
        r"(?:godta|godkjenn|tillat|avvis|avslå)(?: alle)?(?: cookies| informasjonskapsler)?",
        r"kun nødvendige|innstillinger|administrer (?:valg|innstillinger)|tilpass",
        r"lagre (?:valg|innstillinger)|les mer|mer informasjon|lukk|ok|jeg forstår|jeg godtar",
        r"personvernerklæring|cookieerklæring",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"skjønner|greit|forstått",
    ),
    consent_pay=(
        r"\breklamefri\w*",
        r"\buten (?:reklame|annonser)\b",
    ),
    dateline=(r"\bpublisert\b",),
    updated=(r"(?:sist )?oppdatert",),
    errors=(
        r"\bsiden (?:finnes ikke|ble ikke funnet)\b|\bfant ikke siden\b|\btilgang nektet\b"
        r"|\bfeil\b|\baktiver javascript\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bsiden (?:som )?du (?:leter etter|ser etter|søker)\b|\b(?:kan ha blitt|er (?:kanskje "
        r"|muligens )?blitt|har blitt) (?:slettet|flyttet|fjernet)\b",
    ),
    rights=(r"alle rettigheter (?:reservert|forbeholdt)",),
    site_pages=(
        r"personvern(?:erkl[æ]ring)?|informasjonskapsler|(?:bruks|salgs)vilk[åa]r",
        r"om oss|kontakt oss",
    ),
    source_labels=("Kilde",),
    wall_calls=(
        r"(?:bli (?:abonnent|medlem)|kjøp (?:et )?abonnement|tegn (?:et )?abonnement|logg inn"
        r"|opprett (?:en )?(?:gratis )?(?:konto|bruker)|registrer deg|(?:er du )?(?:allerede"
        r"|allereie) (?:abonnent|kunde))(?![\w-])",
    ),
    tag_labels=(
        r"stikkord",
        r"emneknagger",
    ),
)
