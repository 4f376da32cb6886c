"""isiXhosa page furniture (see :mod:`clipper.furniture`).

Phrases of South African isiXhosa news pages (the public broadcaster's, community papers') as
they print them: "Funda ngakumbi" (read more), "Iindaba ezinxulumeneyo" (related news),
"Yabelana" (share), "Silandele ku-Facebook" (follow us), cookie notices ("iikuki").  Left out
where no one form is settled: paywall wording (none meters).
"""

from clipper.furniture import NETWORKS, Table, credited

TABLE = Table(
    language="xh",
    bylines=("ngu-",),
    byline_roles=("intatheli", "umbhali"),
    byline_staff=("intatheli yethu", "umbhali wethu", "iintatheli zethu"),
    skip=(r"(?:tsibela|yiya) (?:kumxholo|kwiziqulatho)(?: ophambili)?",),
    share=(
        rf"yabelana(?: ngeli nqaku| ngale ndaba)?(?: ku-?{NETWORKS})?",
        r"kopa (?:ikhonkco|ilinki)|shicilela",
    ),
    promo=(rf"silandele ku-?{NETWORKS}",),
    paywall=(r"ngena|phuma|bhalisa|iakhawunti yam",),
    ads=(r"intengiso|izibhengezo",),
    credits=(credited(r"umfanekiso|imifanekiso|ifoto"),),
    notices=(r"\b(?:joyina|landela) (?:ijelo|iqela) lethu ku-?(?:whatsapp|telegram)\b",),
    related=(
        r"funda (?:ngakumbi|nala)|ezifundwa kakhulu",
        r"iindaba (?:ezinxulumeneyo|zamva nje|ezingakumbi)|amanqaku anxulumeneyo"
        r"|ezinye iindaba",
    ),
    consent_terms=(r"\biikuki\b|\bikuki\b", r"\bcookies?\b"),
    consent_weak=(r"\bubumfihlo\b", r"\bimvume\b"),
    consent_context=(
        r"\b(?:sisebenzisa|iwebhusayithi|yakho|wakho|wena)\b",
        r"\b(?:yamkela|yala|iisetingi|cofa|ngokuqhubeka)\b",
    ),
    consent_buttons=(
        r"(?:yamkela|yala)(?: konke| zonke)?(?: iikuki)?|iisetingi(?: zeekuki)?",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ndiyaqonda|kulungile|ndiyavuma|vala",
    ),
    dateline=(r"\b(?:ipapashwe|kupapashwe)\b",),
    updated=(r"ihlaziywe|kuhlaziywe",),
    errors=(
        r"\biphepha (?:alifumanekanga|alifumaneki|alikho)\b|\bimpazamo\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\biphepha olikhangelayo\b|\bkusenokwenzeka ukuba (?:lisusiwe|lishenxisiwe)\b",
    ),
    rights=(r"onke amalungelo agciniwe",),
    site_pages=(
        r"umgaqo-?nkqubo wabucala|imiqathango nemimiselo|malunga nathi"
        r"|qhagamshelana nathi",
    ),
    source_labels=("Umthombo",),
)
