"""Icelandic page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, prompted, wall_buttons

TABLE = Table(
    language="is",
    byline_roles=(
        "blaðam(?:aður|enn)",
        "fréttam(?:aður|enn)",
        r"\w*ritstjóri",
    ),
    byline_staff=(
        "blaðamaður",
        "fréttamaður",
    ),
    skip=(r"(?:fara|stökkva|hoppa) (?:beint )?(?:í|að) (?:efni|meginmáli?|valmynd|leit)",),
    share=(
        r"deila(?: frétt(?:inni)?| (?:á|með) (?:facebook|twitter|x|tölvupósti))?",
        r"afrita (?:tengil|hlekk)|prenta",
    ),
    paywall=(
        r"(?:þessi )?(?:grein|frétt) er (?:aðeins )?(?:fyrir|ætluð) áskrifend(?:ur|um).*",
        r"ertu (?:nú )?(?:þegar )?áskrifandi\s*\??.*",
        r"innskráning|skrá inn|skráðu þig inn|skrá út|gerast áskrifandi|áskrift|mínar síður",
        # a registration wall's buttons ("Stofna aðgang | Gerast áskrifandi | Skrá inn")
        r"(?:stofnaðu|stofna) (?:ókeypis )?aðgang",
        wall_buttons(r"stofna aðgang|skrá inn|innskráning|nýskráning",
                     r"gerast áskrifandi|áskrift|mínar síður"),
    ),
    truncated=prompted(
        r"ertu (?:nú )?(?:þegar )?áskrifandi",
        r"skráðu þig inn|skrá inn",
        r"núna|hér",
        # a wall's label alone ("Aðeins fyrir áskrifendur"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:aðeins|eingöngu|bara) fyrir áskrifendur",
        # "Þessi grein er aðeins fyrir áskrifendur"
        r"(?:þessi )?(?:grein|frétt) er (?:aðeins|einungis|bara) (?:fyrir|ætluð) áskrifend(?:ur"
        r"|um)(?:[.!:]\s.*)?",
        # "Til að lesa alla greinina þarftu að vera áskrifandi"
        r"til að (?:lesa|halda áfram að lesa) (?:alla |meira|áfram)?(?:greinina|fréttina)? ?"
        r"(?:þarftu|þarf) að (?:vera|gerast) áskrifandi(?:[.!:]\s.*)?",
        # a registration or sign-in wall's prompt ("Stofnaðu ókeypis aðgang til að halda áfram
        # að lesa", "Skráðu þig inn til að lesa alla greinina")
        r"(?:stofnaðu|stofna) (?:ókeypis )?aðgang til að (?:halda áfram að lesa|lesa).*",
        r"skráðu þig(?: inn)? til að (?:halda áfram að lesa|lesa).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:þessi |þetta )?(?:grein|frétt|efni) er (?:aðeins|einungis|bara) (?:fyrir|ætlað"
        r"|ætluð) áskrifend(?:ur|um)(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
    ),
    promo=(
        # the site's own newsletter: "Skráðu þig á póstlistann"
        r"skráðu þig (?:á|fyrir) (?:póstlista\w*|fréttabréf\w*)(?: (?:okkar|hér|núna))?"
        r"(?: og fáðu .{1,60})?",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"fylgdu okkur á {NETWORKS}",
    ),
    ads=(r"auglýsing",),
    credits=(
        credited(r"mynd|myndir|ljósmynd"),
    ),
    related=(
        r"(?:lestu|sjá) (?:einnig|líka|meira)|meira um .{1,40}|mest lesið|nýjast",
        r"(?:tengdar|fleiri|nýjustu|mest lesnu) (?:fréttir|greinar)",
    ),
    consent_terms=(r"\bvafrak[öo]k\w*", r"\bcookies?\b"),
    consent_weak=(r"\bpersónuupplýsing\w*", r"\bpersónuvernd\w*", r"\bsamþykk\w*"),
    consent_context=(
        r"\b(?:við|okkar|okkur|vefurinn|vefsíðan|þú|þín|þinn|þitt)\b",
        r"\b(?:samþykkja|hafna|stillingar|stjórna|smella)\b",
    ),
    consent_buttons=(
        r"(?:samþykkja|samþykki|hafna|leyfa)(?: allt| allar| öll)?(?: vafrakökur)?",
        r"stillingar|sérsníða|vista (?:stillingar|val)|lesa meira|nánar|loka|í lagi"
        r"|ég samþykki",
        r"persónuverndarstefna|vafrakökustefna",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ég skil|skil",
    ),
    dateline=(r"\bbirt\b",),
    # "Uppfært 5. desember 2026 kl. 10:30", "Síðast uppfært"
    updated=(r"(?:síðast )?uppfært",),
    errors=(
        r"\bsíða fannst ekki\b|\bsíðan fannst ekki\b|\bvilla\b|\baðgangi hafnað\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bsíðan sem þú (?:leitar að|ert að leita að|baðst um)\b|\b(?:hefur verið"
        r"|gæti hafa verið|kann að hafa verið) (?:eytt|færð|fjarlægð)\b",
    ),
    rights=(r"öll réttindi áskilin",),
    site_pages=(
        r"pers[óo]nuvernd(?:arstefna)?|skilm[áa]lar|um okkur|hafa samband",
    ),
    source_labels=("Heimild",),
    wall_calls=(
        r"(?:gerstu áskrifandi|skráðu þig|stofnaðu (?:ókeypis )?aðgang|ertu (?:nú )?(?:þegar"
        r" )?áskrifandi)(?![\w-])",
    ),
)
