"""Finnish page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, newsroom, prompted, wall_buttons

TABLE = Table(
    language="fi",
    byline_roles=(
        r"\w*kirjeenvaihtaja",
        r"\w*toimittaja",
        "reportteri",
    ),
    byline_staff=(
        newsroom(r"toimitus"),
        "kirjeenvaihtaja",
        "toimittaja",
    ),
    skip=(r"(?:siirry|hyppää) (?:suoraan )?(?:sisältöön|pääsisältöön|navigaatioon|valikkoon)",),
    share=(
        r"jaa(?: (?:artikkeli|juttu|facebookissa|twitterissä|x:ssä|whatsappissa))?",
        r"kopioi linkki|linkki kopioitu|tulosta|lähetä sähköpostilla",
    ),
    paywall=(
        r"(?:tämä )?(?:artikkeli|juttu|sisältö) on (?:luettavissa )?(?:vain |ainoastaan )?"
        r"tilaajille(?:[.!:]\s.*)?",
        r"(?:oletko jo tilaaja|onko sinulla jo tunnus(?:ta)?)\s*\??.*",
        r"kirjaudu(?: sisään| ulos)?|omat tiedot|luo tunnus|rekisteröidy",
        # "Tilaa nyt ja lue ensimmäinen kuukausi 1 eurolla"
        r"(?:tilaa|kokeile)(?: nyt| heti)?(?: ja lue)?(?: \S+){0,3}? \d+(?:[.,]\d+)? ?(?:eurolla"
        r"|euroa|€)(?: \S+){0,4}",
        # a registration wall's buttons ("Luo tunnus | Tilaa | Kirjaudu")
        r"luo (?:ilmainen |maksuton )?tunnus|rekisteröidy (?:maksutta|ilmaiseksi)",
        wall_buttons(r"luo tunnus|kirjaudu(?: sisään)?|rekisteröidy", r"tilaa|omat tiedot"),
    ),
    truncated=prompted(
        r"oletko jo tilaaja|onko sinulla jo tunnus(?:ta)?",
        r"kirjaudu(?: sisään)?",
        r"nyt|tästä",
        # "Tämä artikkeli on vain tilaajille", "Juttu on luettavissa vain tilaajille"
        r"(?:tämä )?(?:artikkeli|juttu|sisältö) on (?:luettavissa |saatavilla )?(?:vain"
        r"|ainoastaan) (?:[\w-]+-)?tilaajille(?:[.!:]\s.*)?",
        # "Lue koko juttu tilaajana", "Jatka lukemista tilaamalla …"
        r"(?:lue koko (?:juttu|artikkeli)|jatka lukemista) (?:tilaajana|tilaamalla"
        r"|kirjautumalla)\b.*",
        # a registration or sign-in wall's prompt ("Luo ilmainen tunnus ja jatka lukemista",
        # "Kirjaudu sisään jatkaaksesi lukemista")
        r"(?:luo (?:ilmainen |maksuton )?tunnus|rekisteröidy(?: maksutta| ilmaiseksi)?"
        r"|kirjaudu(?: sisään)?)(?: ja (?:jatka lukemista|lue (?:koko juttu|eteenpäin|lisää))"
        r"| (?:jatkaaksesi lukemista|lukeaksesi)).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:tämä )?(?:artikkeli|juttu|sisältö) on (?:tarkoitettu |luettavissa |saatavilla )?"
        r"(?:vain|ainoastaan) (?:\w+ )?\w*tilaajille(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
        r"(?:tämä )?(?:artikkeli|juttu|sisältö) on (?:vain|ainoastaan) \w*tilaajien"
        r" luettavissa(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
        # "only subscribers have access" as a statement of its own, bounded at its sentence's
        # end (session 38: a report's sentence opening so runs on and stays)
        r"(?:sisältö |juttu |artikkeli )?(?:vain|ainoastaan) tilaajille(?:[.!:]\s.*)?",
        r"(?:vain|ainoastaan) tilaajilla on pääsy(?: (?:tähän|koko) (?:sisältöön|juttuun"
        r"|artikkeliin))?(?:[.!:]\s.*)?",
    ),
    promo=(
        # the site's own newsletter: "Tilaa uutiskirje ja saat päivän tärkeimmät uutiset"
        r"(?:tilaa|liity) (?:[\w-]+ )?uutiskirje\w*(?: (?:tästä|nyt|ilmaiseksi))?(?: ja .{1,60})?",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"seuraa (?:meitä|[\w .&-]{{1,40}}?) {NETWORKS}\w{{0,6}}",
        r"lataa (?:[\w-]+ )?sovellu\w*(?: [\w .&-]{1,40}?)?",
    ),
    ads=(r"mainos|kaupallinen yhteistyö",),
    credits=(
        credited(r"kuva"),
    ),
    reading_time=(r"lukuaika",),
    related=(
        r"lue (?:myös|lisää)(?: aiheesta)?|katso myös|aiheesta (?:lisää|muualla)",
        r"(?:aiheeseen liittyv(?:ät|iä)|lisää aiheesta)(?: (?:uutiset|jutut|artikkelit))?",
        r"luetuimmat|uusimmat|tuoreimmat|suosituimmat|voisit pitää myös",
    ),
    consent_terms=(r"\beväste\w*", r"\bcookie\w*"),
    consent_weak=(r"\bhenkilötie\w*", r"\btietosuoj\w*|\byksityisyy\w*", r"\bsuostumu\w*"),
    consent_context=(
        # "me ja kumppanimme käsittelemme", "voit perua": we, you can
        r"\b(?:käytämme|me|meidän|kumppanimme|sivusto\w*|verkkosivusto\w*|sinun|sinulle|voit)\b",
        r"\b(?:hyväksy\w*|hylkää|asetukset|hallinnoi|kumppani\w*|klikkaa\w*|napsauttama\w*)\b",
    ),
    consent_buttons=(
        r"(?:hyväksy|hylkää|salli)(?: kaikki)?(?: evästeet)?|hyväksyn",
        r"(?:vain )?välttämättömät(?: evästeet)?|(?:eväste)?asetukset|muokkaa asetuksia",
        r"hallinnoi (?:asetuksia|evästeitä)|tallenna (?:asetukset|valinnat)",
        r"lue lisää|lisätietoja|sulje|ok|selvä|tietosuojaseloste|evästekäytäntö",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ymmärrän|ymmärretty",
    ),
    consent_pay=(
        r"\bmainokset(?:on|tom)\w*",
        r"\bilman mainoksia\b",
    ),
    dateline=(r"\bjulkaistu\b",),
    updated=(r"(?:päivitetty|muokattu)(?: viimeksi)?",),
    errors=(
        r"\bsivua ei (?:löytynyt|löydy)\b|\bpääsy estetty\b|\bvirhe\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bsivua?,? jota (?:etsit|yritit avata)\b|\b(?:on ehkä|on saatettu|saattaa olla) "
        r"(?:poistettu|siirretty)\b",
    ),
    site_pages=(
        r"tietosuoja(?:seloste|k[aä]yt[aä]nt[oö])?|ev[aä]stek[aä]yt[aä]nt[oö]|k[aä]ytt[oö]ehdot",
        r"tietoa meist[aä]|yhteystiedot|ota yhteytt[aä]",
    ),
    source_labels=("Lähde",),
    wall_calls=(
        r"(?:tilaa (?:nyt|heti|tänään)|kirjaudu(?: sisään)?|rekisteröidy|luo (?:ilmainen "
        r"|maksuton )?tunnus|oletko jo tilaaja|ryhdy tilaajaksi)(?![\w-])",
    ),
    tag_labels=(
        r"avainsanat",
        r"tagit",
    ),
)
