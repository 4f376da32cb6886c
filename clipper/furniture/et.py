"""Estonian page furniture (see :mod:`clipper.furniture`)."""

from clipper.furniture import NETWORKS, Table, credited, prompted, wall_buttons

TABLE = Table(
    language="et",
    byline_roles=(
        r"\w*korrespondent",
        "ajakirjanik",
        "reporter",
        r"\w*toimetaja",
    ),
    byline_staff=(
        "korrespondent",
        "ajakirjanik",
    ),
    skip=(
        r"(?:mine|liigu|hüppa) (?:otse )?(?:sisu juurde|põhisisu juurde|sisule|menüüsse"
        r"|navigeerimisele|otsingusse)",
    ),
    share=(
        r"jaga(?: artiklit| lugu| (?:facebookis|twitteris|x-is|whatsappis|e-postiga))?",
        r"kopeeri link|link kopeeritud|prindi|saada e-postiga",
    ),
    promo=(
        # the site's own newsletter: "Telli uudiskiri", "Liitu meie uudiskirjaga"
        r"(?:telli|liitu|registreeru) (?:meie )?(?:[\w-]+ )?uudiskir\w*(?: (?:siit|kohe|tasuta))?"
        r"(?: ja .{1,60})?",
        # the site's accounts, newsletter or app offered under the text (newcomer 39b, F2)
        rf"jälgi(?:ge)? (?:meid|[\w .&-]{{1,40}}?) {NETWORKS}\w{{0,4}}",
        r"laadi(?:ge)? alla (?:meie |[\w-]+ )?(?:äpp|rakendus)\w*",
    ),
    paywall=(
        r"(?:see )?(?:artikkel|lugu|sisu) on (?:mõeldud )?(?:ainult |vaid |üksnes )?tellijatele"
        r"(?:[.!:]\s.*)?",
        r"(?:oled|olete) juba tellija\s*\??.*",
        r"logi sisse|logi välja|minu konto|telli(?: kohe| nüüd)?|hakka tellijaks|registreeru",
        # "Telli kohe ja loe esimene kuu 1 euro eest"
        r"(?:telli|proovi)(?: kohe| nüüd)?(?: ja loe)?(?: \S+){0,3}? \d+(?:[.,]\d+)? ?(?:eurot?"
        r"|€)(?: eest)?(?: \S+){0,4}",
        # a registration wall's buttons ("Loo konto | Telli | Logi sisse")
        r"loo (?:tasuta )?konto|registreeru tasuta",
        wall_buttons(r"loo konto|logi sisse|registreeru", r"telli|hakka tellijaks|minu konto"),
    ),
    truncated=prompted(
        r"(?:oled|olete) juba tellija",
        r"logi sisse",
        r"kohe|nüüd|siin",
        # a wall's label alone ("Ainult tellijatele"): it stayed as the text's last line,
        # the page not partial (newcomer 43)
        r"(?:ainult|vaid|üksnes) tellijatele",
        # "See artikkel on ainult tellijatele", "Kogu lugu on kättesaadav vaid tellijatele"
        r"(?:see |kogu |terve )?(?:artikkel|lugu|sisu) on (?:mõeldud |kättesaadav |loetav )?"
        r"(?:ainult|vaid|üksnes) (?:[\w-]+ )?tellijatele(?:[.!:]\s.*)?",
        # "Artikli lugemiseks pead olema tellija", "Loe edasi, kui tellid …"
        r"(?:artikli|loo|kogu artikli|kogu loo) (?:edasi)?lugemiseks (?:pead|peate) (?:olema"
        r" tellija|sisse logima|tellima)(?:[.!:]\s.*)?",
        r"(?:loe edasi|loe kogu (?:artiklit|lugu)),? (?:kui|tellides|tellijana|sisse logides)\b.*",
        # a registration or sign-in wall's prompt ("Loo tasuta konto, et edasi lugeda",
        # "Logi sisse, et jätkata lugemist")
        r"(?:loo (?:tasuta )?konto|registreeru(?: tasuta)?|logi sisse),? (?:et|ja)"
        r" (?:edasi lugeda|lugeda|jätkata lugemist|loe edasi).*",
        # a wall's statement as more of this language's sites word it (session 37, after
        # newcomer 37 finding 3)
        r"(?:see |kogu |terve )?(?:artikkel|lugu|sisu) on (?:mõeldud |kättesaadav |loetav )?"
        r"(?:ainult|vaid|üksnes) (?:[\w-]+ ){2}tellijatele(?: [\w-]+){0,2}(?:[.!:]\s.*)?",
    ),
    ads=(r"reklaam|sisuturundus|sponsoreeritud(?: sisu)?",),
    credits=(
        credited(r"foto|pilt"),
    ),
    reading_time=(r"lugemisaeg",),
    related=(
        # "Loe ka:", "Loe lisaks:", "Vaata ka:" heading a box of link titles
        r"(?:loe|vaata) (?:ka|lisaks|veel)|(?:seotud|sarnased) (?:artiklid|uudised|lood)",
        r"loetuimad|viimased uudised|populaarsed|rohkem teemal .{1,40}|veel teemal .{1,40}",
    ),
    consent_terms=(r"\bküpsis\w*", r"\bcookie\w*"),
    consent_weak=(r"\bisikuandme\w*", r"\bprivaatsus\w*", r"\bnõusolek\w*"),
    consent_context=(
        # the site's voice: "meie ja meie partnerid kasutame", "te võite", "teie seadmes"
        r"\b(?:meie|kasutame|see veebileht|veebileh\w*|teie|teile|teid|sinu|saate|võite)\b",
        r"\b(?:nõustu\w*|keeldu\w*|seaded|seadeid|halda\w*|partner\w*|klõpsa\w*|vajutades)\b",
    ),
    consent_buttons=(
        r"(?:nõustun|nõustu|luba|keeldun|keeldu)(?: kõigiga| kõik| kõigi küpsistega)?"
        r"(?: küpsistega)?",
        r"(?:küpsiste )?seaded|halda (?:seadeid|valikuid|küpsiseid)|salvesta (?:seaded|valikud)",
        r"ainult vajalikud(?: küpsised)?|loe lisaks|rohkem infot|sulge|ok|sain aru",
        r"privaatsuspoliitika|küpsiste (?:kasutamise )?(?:põhimõtted|poliitika)",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"selge|nõus",
    ),
    consent_pay=(r"\breklaamivaba\w*", r"\bilma reklaamideta\b"),
    dateline=(r"\bavaldatud\b",),
    updated=(r"(?:viimati )?uuendatud",),
    errors=(
        r"\blehte ei leitud\b|\blehekülge ei leitud\b|\bjuurdepääs keelatud\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\blehte?,? mida (?:otsite|otsisid|otsisite)\b|\b(?:on|võib olla) (?:eemaldatud"
        r"|kustutatud|teisaldatud)\b",
    ),
    rights=(r"kõik õigused kaitstud",),
    site_pages=(
        r"privaatsuspoliitika|küpsiste kasutamine|kasutustingimused|meist|kontakt",
    ),
    source_labels=("Allikas",),
    wall_calls=(
        r"(?:telli (?:kohe|nüüd|täna)|logi sisse|registreeru|loo (?:tasuta )?konto|oled juba"
        r" tellija|hakka tellijaks)(?![\w-])",
    ),
)
