"""Dutch page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import (
    NETWORKS,
    Table,
    addressed,
    counted,
    credited,
    newsroom,
    offer,
    paged,
    prompted,
    wall_buttons,
)

TABLE = Table(
    language="nl",
    title_labels=(
        # "BREAKING: …", "LIVE | …", "UPDATE: …", "LIVEBLOG: …"
        r"breaking|live(?:blog)?|update|net binnen",
    ),
    bylines=(
        "door",
        "auteur",
        r"tekst\s*:",
    ),
    byline_roles=(
        "correspondent",
        "verslaggever",
        "redacteur",
        "journalist",
        "columnist",
    ),
    byline_staff=(
        newsroom(r"redactie", r"(?:de|door de) "),
        "(?:onze )?(?:correspondent|verslaggever)",
    ),
    skip=(
        r"(?:ga |spring )?(?:direct )?naar (?:de )?(?:inhoud|hoofdinhoud|navigatie|zoeken"
        r"|content)",
        r"sla (?:navigatie|menu) over",
    ),
    share=(
        addressed(r"bron|url|link|adres"),
        counted(r"reacties|reactie"),
        # a share bar's count ("1.234 keer gedeeld", "56x gedeeld")
        r"\d{1,3}(?:[.\u00a0 ]\d{3})*\s*(?:keer|x)?\s*gedeeld",
        r"deel(?: dit artikel| dit bericht| (?:via|op) (?:facebook|twitter|x|whatsapp|linkedin"
        r"|e-?mail))?",
        r"delen|artikel delen|kopieer (?:de )?link|link gekopieerd|printen|afdrukken",
        r"e-?mail dit artikel",
    ),
    promo=(
        rf"volg (?:ons|[\w .&-]{{1,40}}?) op {NETWORKS}(?:,? en (?:ontvang|blijf|mis)"
        rf"[\w ,'’-]{{1,60}})?",
        r"(?:meld je aan|schrijf je in|abonneer je) (?:voor|op) (?:onze|de)"
        r" (?:[\w-]+ )?nieuwsbrief",
        # the newsletter or the app offered under the text ("Ontvang onze nieuwsbrief elke
        # ochtend", "Download de app van De Krant": newcomer 39b, finding 2)
        r"ontvang (?:elke (?:dag|ochtend|week) |dagelijks |gratis )?(?:onze|de) (?:[\w-]+ )?"
        r"nieuwsbrief(?: [\w-]+){0,4}",
        r"download (?:nu |gratis )?(?:onze|de) (?:gratis |nieuwe )?(?:[\w-]+ )?app"
        r"(?: van [\w .&'’-]{1,40}?)?",
    ),
    paywall=(
        offer(r"abonneer(?: je| u)?|word abonnee|neem een abonnement", r"nu|vandaag"),
        r"(?:dit )?(?:artikel|verhaal) is (?:alleen )?(?:voor|exclusief voor) (?:abonnees"
        r"|leden|premium-?leden).*",
        r"(?:ben je|bent u) al (?:abonnee|lid)\s*\??.*|al (?:abonnee|een account)\s*\??.*",
        r"(?:word|neem) (?:nu )?(?:abonnee|een abonnement).*",
        r"log ?in|inloggen|registreren|afmelden|mijn account|uitloggen|abonneren"
        r"|(?:schrijf je|meld je) (?:nu )?(?:gratis )?(?:in|aan)",
        # a registration wall's buttons ("Account aanmaken | Abonneren | Inloggen", "Registreer
        # gratis": newcomer 31)
        r"(?:registreer|meld) (?:je |u )?(?:nu )?gratis(?: aan)?"
        r"|(?:maak|gratis) (?:een )?(?:gratis )?account(?: aan(?:maken)?)?|account aanmaken",
        wall_buttons(
            r"(?:gratis )?account aanmaken|log ?in|inloggen|registreren|registreer",
            r"abonneren|abonneer|mijn account",
        ),
        r"(?:lees|verder lezen) (?:verder )?met .*",
    ),
    truncated=prompted(
        r"(?:ben je|bent u) al (?:abonnee|lid)|al (?:abonnee|een account)",
        r"log (?:hier )?in|inloggen",
        r"nu|hier",
        # a wall's label alone ("Alleen voor abonnees"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:alleen|uitsluitend|exclusief) voor (?:[\w-]+-)?(?:abonnees|leden)",
        # "Lees verder met NRC+", "Nu verder lezen met Premium": the rest is for subscribers
        r"(?:lees verder|verder lezen) met .*",
        r"(?:je hebt|u heeft) nog \d+(?:[.,]\d+)?\s?% (?:van dit|van het) (?:artikel|verhaal)"
        r" te lezen.*",
        # "Dit artikel is alleen beschikbaar voor abonnees. Word abonnee om verder te lezen."
        r"(?:dit )?(?:artikel|verhaal) is (?:alleen |exclusief )?(?:beschikbaar )?voor"
        r" (?:abonnees|leden|premium-?leden).*",
        r"(?:word abonnee|neem een abonnement|log in|abonneer je|registreer (?:je|u)(?: gratis)?"
        r"|maak (?:een |gratis )?(?:gratis )?account aan|log in of registreer(?: je)?)(?: gratis)?"
        r" om (?:verder|door) te lezen.*",
        r"(?:de rest|het vervolg) van (?:dit|het) (?:artikel|verhaal) is (?:alleen |exclusief )?"
        r"(?:voor|beschikbaar voor) (?:abonnees|leden|premium-?leden).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:dit|deze) (?:artikel|verhaal|inhoud|content) is (?:alleen |exclusief |uitsluitend"
        r" )?(?:beschikbaar |toegankelijk |bestemd |te lezen )?voor (?:onze |de )?(?:abonnees"
        r"|leden|premium-?leden)\b.*",
        r"(?:dit|deze) (?:artikel|verhaal|inhoud|content) is voorbehouden aan (?:onze |de )?"
        r"(?:abonnees|leden)\b.*",
    ),
    ads=(
        r"advertentie|gesponsord",
        # "continue reading after the advertisement", the line an ad slot leaves
        r"lees verder (?:na|onder) de advertentie",
        r"(?:het )?artikel gaat verder (?:na|onder) de advertentie",
    ),
    credits=(
        credited(r"foto'?s?|beeld|afbeelding|illustratie"),
    ),
    labels=(
        r"artikel",
    ),
    reading_time=(
        r"leestijd",
    ),
    notices=(
        # a prompt to report an error ("Fout gezien?", "Meld een fout")
        r"^(?:[-–•] )?(?:een )?fout gezien\b[^\n?]{0,30}\?|^(?:[-–•] )?meld een fout$",
        # an embed's placeholder: the site asks before it loads a third party's content
        # ("Externe inhoud", "Om deze content te bekijken, moet je cookies accepteren")
        r"^externe (?:inhoud|content)$|^om deze (?:inhoud|content|video|post) te (?:zien|bekijken"
        r"|tonen)\b[^\n]{0,80}\b(?:accepte|cookies|toestemming|klik)",
        # a newsletter's unsubscribe line under its article (an .eml's footer)
        r"\b(?:uitschrijven|afmelden) (?:voor|van) (?:deze|de|onze) (?:nieuwsbrief|mailing)\b"
        r"|\bom je (?:af te melden|uit te schrijven)\b|^(?:uitschrijven|afmelden)$",
        # the site's own newsletter, as a whole prompt line
        r"^(?:[-–•] )?(?:meld je aan|meld u aan|schrijf je in|schrijf u in|abonneer je|abonneer u)"
        r" (?:gratis )?(?:voor|op) (?:onze|de) (?:[\w-]+ )?nieuwsbrief\b",
        r"\b(?:je|uw) browser (?:is|wordt|ondersteunt)\b",
        r"^steun (?:onze|onafhankelijke) journalistiek\b|\bwhatsapp-kanaal\b"
        r"|\bvolg ons op (?:whatsapp|telegram)\b",
        # a prompt to follow a topic or an author (a site's feature, not the article's)
        r"^(?:[-–•] )?volg (?:dit|deze) (?:onderwerp|auteur|rubriek|journalist)\b",
        # a rating prompt under the text ("Was dit artikel nuttig?")
        r"^(?:[-–•] )?(?:was dit artikel|vond u dit artikel|vond je dit artikel) (?:nuttig"
        r"|interessant)\s*\?",
    ),
    related=(
        r"lees (?:ook|meer|verder)|bekijk ook|ook interessant",
        r"(?:meer|ook) (?:over|van|uit) .{1,40}|(?:gerelateerde|meer) (?:artikelen|berichten"
        r"|nieuws)",
        r"meest gelezen|best gelezen|meer nieuws|laatste nieuws|net binnen",
        r"dit vind je misschien ook interessant",
    ),
    consent_terms=(
        r"\bcookies?\b",
        # the IAB Transparency & Consent Framework's standard text, the same on every site
        # using it ("We and our partners store and/or access information on a device…",
        # "With your permission we and our partners may use … device scanning": newcomer 20)
        r"\bwij en onze (?:\d+ )?partners\b[^.]{0,160}\b(?:informatie|\w*gegevens)\b[^.]{0,120}"
        r"\bappara(?:at|ten)\b",
    ),
    # the Framework's purpose as its consent tools name it in their purposes lists (newcomer
    # 32: a French list stayed as an article)
    consent_purposes=(
        r"\binformatie op een apparaat opslaan en/of openen\b",
    ),
    consent_weak=(
        r"\bprivacy\b", r"\bpersoonsgegevens\b", r"\btoestemming\b",
        # a "pay or okay" wall ("accepteer cookies of neem een abonnement zonder advertenties")
        r"\bzonder advertenties\b", r"\bgepersonaliseerde advertenties\b",
    ),
    consent_context=(
        r"\b(?:wij|we|ons|onze|deze (?:web)?site|je|jij|jouw|u|uw)\b",
        r"\b(?:accepteren|accepteer|weigeren|weiger|instellingen|beheren|partners|klikken)\b",
    ),
    consent_buttons=(
        r"(?:alles |alle cookies )?(?:accepteren|akkoord|weigeren)",
        r"(?:accepteer|weiger)(?: alle(?: cookies)?)?",
        r"(?:cookie-?)?instellingen(?: (?:aanpassen|beheren|opslaan))?",
        r"(?:voorkeuren|opties) (?:beheren|aanpassen|opslaan)|meer (?:informatie|info|opties)",
        r"ok|oké|ik ga akkoord|akkoord en (?:doorgaan|sluiten)|sluiten|doorgaan",
        r"(?:privacy|cookie)(?:beleid|verklaring)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"begrepen|ik begrijp het",
    ),
    consent_pay=(
        r"\b(?:advertentie|reclame)vrij\w*",
        r"\bzonder (?:advertenties|reclame)\b",
    ),
    author_box=(
        r"over de (?:auteur|schrijver|journalist)",
    ),
    tools=(
        paged(r"pagina|foto|afbeelding", r"van"),
        r"[«‹<]?\s*(?:volgende|vorige) (?:pagina|foto)\s*[»›>]?",
        r"bekijk (?:de )?(?:fotoserie|galerij|fotogalerij)|\d+ foto\'s",
        r"(?:toon|bekijk|verberg|laad) (?:alle |meer )?(?:\d+ )?reacties|plaats een "
        r"reactie|reageer",
        r"beluister (?:dit|het) artikel|printversie|afdrukversie",
    ),
    dateline=(r"\bgepubliceerd\b",),
    updated=(r"(?:laatst )?bijgewerkt(?: op| om)?|(?:laatste )?update",),
    more_links=(r"[.!?…][\"”’»)]?\s+(?:lees verder|lees meer)",),
    errors=(
        # een site die voor het land van de lezer dicht is ("Deze inhoud is niet beschikbaar
        # in uw land": newcomer 31's F-T)
        r"\bniet (?:beschikbaar|toegankelijk) (?:in|vanuit) (?:uw|jouw|je) (?:land|regio)\b",
        r"\bpagina (?:niet gevonden|bestaat niet)\b|\btoegang geweigerd\b|\bfoutmelding\b"
        r"|\bschakel javascript in\b|\bonderhoud\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bde pagina die (?:je|u) (?:zoekt|zocht|probeert te bezoeken|hebt opgevraagd)\b"
        r"|\bde (?:opgevraagde|gevraagde|gezochte) pagina\b|\bis (?:mogelijk|misschien"
        r"|waarschijnlijk) (?:verwijderd|verplaatst)\b|\b(?:kon|kan) niet (?:worden )?gevonden\b",
        # an expired or withdrawn story's notice ("Dit artikel is niet meer beschikbaar":
        # newcomer 20), and the "artikel" forms of the soft 404's
        r"\bniet meer beschikbaar\b|\b(?:het artikel|de inhoud|het bericht) (?:dat|die) (?:je"
        r"|u) (?:zoekt|zocht)\b|\b(?:verwijderd|gehaald) van (?:onze|deze) (?:website|site)\b"
        r"|\b(?:artikel|bericht|link) is verlopen\b",
        # a server's "busy, try again later" page (HTTP 429 or 503 answered as 200)
        r"\bserver (?:is )?(?:momenteel |tijdelijk )?(?:overbelast|bezet)\b"
        r"|\bte veel (?:verzoeken|aanvragen)\b|\bprobeer het (?:later"
        r"|over een paar minuten) (?:nog eens|opnieuw)\b",
    ),
    error_help=(
        r"\b(?:ga |keer )?terug naar (?:de |onze )?(?:homepage|voorpagina|startpagina)\b"
        r"|\bgebruik (?:de|onze) zoekfunctie\b",
    ),
    rights=(r"alle rechten voorbehouden",),
    site_pages=(
        r"privacy(?:verklaring|beleid|statement)|cookie(?:verklaring|beleid)",
        r"(?:algemene |gebruiks)voorwaarden|over ons|colofon",
    ),
    source_labels=("Bron",),
    wall_calls=(
        r"(?:wordt? (?:vandaag |nu )?(?:abonnee|lid)|neem (?:nu |vandaag )?een abonnement"
        r"|abonneer (?:je|u)|log (?:hier |nu )?in|registreer (?:je|u)|maak (?:een |gratis )?"
        r"(?:gratis )?account aan|al abonnee|ben je al (?:abonnee|lid)|bent u al (?:abonnee"
        r"|lid))(?![\w-])",
    ),
    tag_labels=(
        r"tags",
        r"trefwoorden",
    ),
)
