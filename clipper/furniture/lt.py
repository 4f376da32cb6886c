"""Lithuanian page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, prompted, wall_buttons

# What a follow or newsletter prompt promises after it: "ir gaukite naujienas pirmieji".
_PURPOSE = r"(?:,? (?:ir|kad) [^.!?]{1,80})?"

TABLE = Table(
    language="lt",
    byline_roles=(
        "korespondent(?:as|ė)",
        "žurnalist(?:as|ė)",
        "reporter(?:is|ė)",
    ),
    byline_staff=(
        "korespondent(?:as|ė)",
        "žurnalist(?:as|ė)",
    ),
    skip=(
        r"(?:pereiti|peršokti|eiti) (?:prie|į) (?:turinio|pagrindinio turinio|navigacijos|meniu"
        r"|paieškos)",
    ),
    share=(
        r"dalintis(?: straipsniu| (?:facebook|twitter|x))?|pasidalinti|spausdinti",
        r"kopijuoti nuorodą|nuoroda nukopijuota",
    ),
    paywall=(
        r"(?:šis )?straipsnis (?:skirtas )?(?:tik )?prenumeratoriams(?:[.!:]\s.*)?",
        r"(?:jau )?(?:esate )?prenumeratorius\s*\??.*",
        r"prisijungti|prisijunkite|atsijungti|registruotis|mano paskyra|prenumeruoti"
        r"|užsisakyti prenumeratą",
        # a registration wall's buttons ("Sukurti paskyrą | Prenumeruoti | Prisijungti")
        r"(?:susikurkite|sukurkite|sukurti) (?:nemokamą )?paskyrą|registruokitės nemokamai",
        wall_buttons(r"sukurti paskyrą|prisijungti|prisijunkite|registruotis",
                     r"prenumeruoti|užsisakyti prenumeratą|mano paskyra"),
    ),
    truncated=prompted(
        r"(?:jau )?(?:esate |esi )?prenumeratorius",
        r"prisijunkite|prisijunk|prisijungti",
        r"dabar|čia",
        # a wall's label alone ("Tik prenumeratoriams"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:tik|skirta tik|išskirtinai) prenumeratoriams",
        # "Šis straipsnis skirtas tik prenumeratoriams", "Visas straipsnis prieinamas tik …"
        r"(?:šis |visas )?(?:straipsnis|turinys|tekstas) (?:skirtas |prieinamas |yra )?(?:tik"
        r"|tiktai|išskirtinai) (?:[\w-]+ )?prenumeratoriams(?:[.!:]\s.*)?",
        # "Norėdami skaityti visą straipsnį, tapkite prenumeratoriumi"
        r"norėdami (?:skaityti|perskaityti|toliau skaityti) (?:visą )?(?:straipsnį|tekstą),?"
        r" (?:tapkite|prisijunkite|užsiprenumeruokite|įsigykite)\b.*",
        # a registration or sign-in wall's prompt ("Susikurkite nemokamą paskyrą ir skaitykite
        # toliau", "Prisijunkite, kad galėtumėte skaityti toliau")
        r"(?:(?:susikurkite|susikurk|sukurkite|sukurk) (?:nemokamą )?paskyrą"
        r"|registruokitės|registruokis|prisijunkite|prisijunk)(?: nemokamai)?,?"
        r" (?:ir skaityk(?:ite)? toliau|kad galėtum(?:ėte)? (?:toliau )?skaityti).*",
        # how much of the text is left ("Liko 80 % straipsnio"), the rest offered to
        # subscribers ("Likusi straipsnio dalis prieinama tik prenumeratoriams": a Warsaw/Kyiv
        # desk's finding 7)
        r"(?:(?:jums|tau) )?(?:liko|lieka)(?: (?:jums|tau))?(?: dar)?(?: perskaityti)?"
        r" \d+(?:[.,]\d+)?\s?% (?:straipsnio|teksto|turinio).*",
        r"(?:likusi|tolesnė) (?:straipsnio|teksto) dalis (?:yra )?(?:prieinama |skirta )?(?:tik"
        r"|tiktai|išskirtinai) prenumeratoriams\b.*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:šis |visas )?(?:straipsnis|turinys|tekstas) (?:skirtas |prieinamas |yra )?(?:tik"
        r"|tiktai|išskirtinai) (?:[\w-]+ ){2}prenumeratoriams(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
    ),
    promo=(
        # the site's own newsletter: "Užsiprenumeruokite naujienlaiškį"
        r"(?:užsiprenumeruokite|prenumeruokite|užsisakykite|gaukite) (?:mūsų )?(?:[\w-]+ )?"
        rf"naujienlaišk\w*(?: (?:čia|dabar|nemokamai))?{_PURPOSE}",
        # its channel, group or page offered: "Prisijunkite prie mūsų Telegram kanalo",
        # "Sekite mus Telegram kanale" (newcomer 40, finding 6)
        r"(?:prisijunkite|užsiprenumeruokite|prenumeruokite|sekite) (?:prie )?(?:mūsų|mus) "
        rf"(?:{NETWORKS} )?(?:kanal\w*|grup\w*|paskyr\w*|puslap\w*)(?: {NETWORKS}\w{{0,4}})?"
        rf"{_PURPOSE}",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"sek(?:ite|)(?: mus|[\w .&-]{{1,40}}?) {NETWORKS}\w{{0,4}}",
        r"atsisiųskite (?:mūsų )?programėlę(?: [\w .&-]{1,40}?)?",
    ),
    ads=(r"reklama|užsakomasis turinys",),
    credits=(
        credited(r"nuotr\.?|nuotrauka|foto"),
        # "Nuotr. ELTA": the label's full stop and a space (as Polish "Fot. PAP")
        credited(r"nuotr\.", r"\s+"),
        r"[\w„“ .-]{1,60} nuotr\.",
    ),
    related=(
        r"(?:taip pat )?skaitykite(?: taip pat| daugiau)?|rekomenduojame",
        r"(?:susiję|kiti|naujausi|skaitomiausi) (?:straipsniai|naujienos)",
        r"daugiau (?:apie|naujienų|straipsnių) ?.{0,40}",
    ),
    consent_terms=(r"\bslapuk\w*", r"\bcookies?\b"),
    consent_weak=(r"\basmens duomen\w*", r"\bprivatum\w*", r"\bsutikim\w*"),
    consent_context=(
        r"\b(?:mes|mūsų|naudojame|ši svetainė|svetainė\w*|jūs|jūsų)\b",
        r"\b(?:sutinku|priimti|atmesti|nustatymai|tvarkyti|partneriai|spustelėdami)\b",
    ),
    consent_buttons=(
        r"(?:sutinku|priimti|leisti|atmesti)(?: visus| viską)?(?: slapukus)?",
        r"(?:slapukų )?nustatymai|(?:tvarkyti|keisti) (?:nustatymus|pasirinkimus|slapukus)",
        r"išsaugoti (?:nustatymus|pasirinkimus)|daugiau informacijos|sužinoti daugiau",
        r"uždaryti|gerai|supratau|(?:privatumo|slapukų) politika",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"suprantu",
    ),
    dateline=(r"\bpublikuota\b|\bpaskelbta\b",),
    # "Atnaujinta 2026 m. gruodžio 5 d. 10:00", "Paskutinį kartą atnaujinta"
    updated=(r"(?:paskutinį kartą )?atnaujint(?:a|as)",),
    errors=(
        r"\bpuslapis nerastas\b|\bpuslapis nerasta\b|\bklaida\b|\bprieiga uždrausta\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bpuslapi[so],? kurio (?:ieškote|ieškojote)\b|\bieškomas puslapis\b|\b(?:buvo"
        r"|galėjo būti|galbūt buvo) (?:pašalintas|perkeltas|ištrintas)\b",
    ),
    rights=(r"visos teisės saugomos",),
    site_pages=(
        r"privatumo politika|naudojimo taisykl[ėe]s|apie mus|kontaktai",
    ),
    source_labels=("Šaltinis",),
    wall_calls=(
        r"(?:užsiprenumeruokite|užsiprenumeruok|prisijunkite|prisijunk|registruokitės|tapkite"
        r" prenumeratoriumi|tapk prenumeratoriumi|jau esate prenumeratorius)(?![\w-])",
    ),
)
