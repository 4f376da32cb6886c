"""Latvian page furniture (see :mod:`clipper.furniture`).

Phrases of Latvian news sites as they print them: "Lasi arī" / "Lasiet arī" (read also) over
a teaser or a box of headlines, "Saistītie raksti", "Jaunākās ziņas" (latest news) as a
box's heading, share bars ("Dalīties"), cookie banners ("sīkdatnes") and their buttons
("Piekrītu"), datelines ("Publicēts"), "page not found" (datesnc29's note: no table read them,
and a Latvian dump kept them).  Whole lines only where a word is news too ("Reklāma", an
advertisement or the advertising trade; "Jaunākās ziņas liecina, ka …" opens a sentence and
is no heading: a heading is the whole line, a teaser the phrase with its separator).
"""

from clipper.furniture import NETWORKS, Table, credited, prompted, wall_buttons

TABLE = Table(
    language="lv",
    byline_roles=(
        "korespondent(?:s|e)",
        "žurnālist(?:s|e)",
        "reportier(?:is|e)",
    ),
    byline_staff=(
        "korespondent(?:s|e)",
        "žurnālist(?:s|e)",
    ),
    skip=(
        r"(?:pāriet|pārlēkt|doties) uz (?:saturu|galveno saturu|navigāciju|meklēšanu)",
        r"izlaist navigāciju",
    ),
    share=(
        r"dalīties(?: ar rakstu| (?:facebook|twitter|x|draugiem)(?:\.lv)?)?|drukāt",
        r"kopēt saiti|saite nokopēta",
    ),
    paywall=(
        r"(?:šis )?raksts (?:ir )?pieejams tikai abonentiem(?:[.!:]\s.*)?",
        r"(?:vai )?(?:jau )?(?:esi|esat) (?:abonents|abonente|abonenti)\s*\??.*",
        r"pieslēgties|pieslēdzies|pieslēdzieties|ielogoties|reģistrēties|abonēt"
        r"|kļūsti par abonentu|kļūstiet par abonentu",
        # "Abonē tagad par 1 eiro"
        r"(?:abonē|abonējiet|izmēģini)(?: tagad| šodien)?(?: \S+){0,3}? \d+(?:[.,]\d+)? ?(?:eiro"
        r"|€)(?: \S+){0,4}",
        # a registration wall's buttons ("Izveidot kontu | Abonēt | Pieslēgties")
        r"(?:izveido|izveidojiet|izveidot) (?:bezmaksas )?kontu|reģistrējies bez maksas",
        wall_buttons(r"izveidot kontu|pieslēgties|reģistrēties|ielogoties",
                     r"abonēt|kļūsti par abonentu"),
    ),
    truncated=prompted(
        r"(?:vai )?(?:jau )?(?:esi|esat) (?:abonents|abonente|abonenti)",
        r"pieslēdzies|pieslēdzieties|pieslēgties",
        r"tagad|šeit",
        # a wall's label alone ("Tikai abonentiem"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:tikai|vienīgi) abonentiem",
        # "Šis raksts ir pieejams tikai abonentiem", "Viss saturs pieejams vienīgi abonentiem"
        r"(?:šis |viss )?(?:raksts|saturs) (?:ir )?(?:pieejams )?(?:tikai|vienīgi) (?:[\w-]+ )?"
        r"abonentiem(?:[.!:]\s.*)?",
        # "Lai lasītu visu rakstu, kļūsti par abonentu"
        r"lai (?:lasītu|izlasītu|turpinātu lasīt) (?:visu )?(?:rakstu|tekstu)?,? (?:kļūsti"
        r"|kļūstiet|abonē|abonējiet|pieslēdzies|pieslēdzieties)\b.*",
        # a registration or sign-in wall's prompt ("Izveido bezmaksas kontu, lai lasītu tālāk",
        # "Pieslēdzies, lai turpinātu lasīt")
        r"(?:(?:izveido|izveidojiet) (?:bezmaksas )?kontu|reģistrējies|reģistrējieties"
        r"|pieslēdzies|pieslēdzieties)(?: bez maksas)?,? lai (?:lasītu|turpinātu lasīt|izlasītu).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:šis |viss )?(?:raksts|saturs) (?:ir )?(?:pieejams )?(?:tikai|vienīgi) (?:[\w-]+"
        r" ){2}abonentiem(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
    ),
    promo=(
        # the site's own newsletter: "Piesakies jaunumiem", "Pierakstieties mūsu jaunumu vēstulei"
        r"(?:piesakies|piesakieties|pieraksties|pierakstieties|abonē|abonējiet) (?:mūsu )?"
        r"(?:[\w-]+ )?(?:jaunumiem|jaunumu vēstul\w*|ziņu lap\w*|e-pasta ziņām)"
        r"(?: (?:šeit|tagad|bez maksas))?",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"sekojiet (?:mums|[\w .&-]{{1,40}}?) {NETWORKS}\w{{0,4}}|seko mums {NETWORKS}\w{{0,4}}",
        r"lejupielādē(?:jiet)? (?:mūsu )?lietotni(?: [\w .&-]{1,40}?)?",
    ),
    ads=(r"reklāma|sadarbības materiāls|reklāmraksts",),
    credits=(credited(r"foto|attēls|fotogrāfija"),),
    related=(
        r"(?:lasi|lasiet|skati|skatiet) (?:arī|vēl)|iesakām (?:izlasīt|arī)",
        r"(?:saistītie|jaunākie|populārākie) raksti|(?:saistītās|jaunākās) ziņas"
        r"|lasītākie(?: raksti)?",
    ),
    consent_terms=(r"\bsīkdatn\w*", r"\bcookies?\b"),
    consent_weak=(r"\bpersonas dat\w*", r"\bprivātum\w*", r"\bpiekrišan\w*"),
    consent_context=(
        r"\b(?:mēs|mūsu|izmantojam|šī vietne|vietn\w*|jūs|jūsu|tev|tavu|tavus)\b",
        r"\b(?:piekrītu|pieņemt|apstiprināt|noraidīt|iestatījumi|pārvaldīt|partneri\w*"
        r"|noklikšķinot)\b",
    ),
    consent_buttons=(
        r"(?:piekrītu|pieņemt|atļaut|noraidīt)(?: visas| visu)?(?: sīkdatnes)?",
        r"(?:sīkdatņu )?iestatījumi|pārvaldīt (?:iestatījumus|sīkdatnes|izvēli)",
        r"saglabāt (?:iestatījumus|izvēli)|uzzināt vairāk|vairāk informācijas",
        r"aizvērt|labi|sapratu|(?:privātuma|sīkdatņu) politika",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"saprotu",
    ),
    consent_pay=(r"\bbez reklām\w*",),
    dateline=(r"\bpublicēts\b",),
    updated=(r"\batjaunots\b|\batjaunināts\b",),
    errors=(
        r"\blapa nav atrasta\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\blap(?:a|u),? (?:kuru|ko) (?:meklējat|meklējāt|meklē)\b|\blapa (?:ir |tika )?"
        r"(?:dzēsta|pārvietota|izņemta)\b",
    ),
    rights=(r"visas tiesības (?:aizsargātas|rezervētas)",),
    site_pages=(r"privātuma politika|lietošanas noteikumi|par mums|kontakti",),
    source_labels=("Avots",),
    wall_calls=(
        r"(?:abonē|abonējiet|pieslēdzies|pieslēdzieties|reģistrējies|reģistrējieties|izveido "
        r"(?:bezmaksas )?kontu|(?:vai )?jau esi abonents)(?![\w-])",
    ),
)
