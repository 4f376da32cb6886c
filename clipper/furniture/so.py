"""Somali page furniture (see :mod:`clipper.furniture`).

Phrases of Somali news sites (the international broadcasters' Somali services, Hiiraan,
Garowe Online, the Mogadishu papers) as they print them: "Akhri sidoo kale" (read also),
"Wararka la xiriira" (related news), "La wadaag" (share), "Nagala soco Facebook" (follow us),
cookie notices ("kukiyada").  Left out where no one form is settled: paywall wording (none
meters).
"""

from clipper.furniture import NETWORKS, Table, credited

TABLE = Table(
    language="so",
    # "Waxaa qoray …" (written by) before the names
    bylines=("waxaa qoray",),
    byline_roles=("wariye", "weriye", "tifaftire"),
    byline_staff=("wariyaheena", "weriyaheena", "wariyeyaasheena"),
    skip=(r"u gudub (?:qoraalka|macluumaadka|nuxurka)(?: (?:muhiimka|ugu muhiimsan))?",),
    share=(
        rf"la wadaag(?: warkan| qoraalkan)?(?: {NETWORKS})?",
        r"koobi(?: garee)? (?:linkiga|xiriirka)|daabac",
    ),
    promo=(rf"(?:nagala soco|na raac) {NETWORKS}",),
    paywall=(r"soo gal|ka bax|is diiwaan ?geli|akoonkayga",),
    ads=(r"xayeysiis|xayaysiis",),
    credits=(
        credited(r"sawirka|sawir|xuquuqda sawirka|sawirrada"),
        # the broadcasters' "Xuquuqda sawirka, Getty Images": a comma after the label
        credited(r"xuquuqda sawirka", r"\s*,\s*"),
    ),
    notices=(r"\b(?:ku biir|nagu soo biir) (?:kanaalkeena|kooxdeena) (?:whatsapp|telegram)\b",),
    related=(
        r"akhri(?:so)? (?:sidoo kale|wax dheeraad ah)|ugu akhriska badan|la akhriyay ugu badan",
        r"wararka (?:la xiriira|kale|ugu dambeeyay|ugu dambeeyey)|warar kale"
        r"|(?:maqaallo|qoraallo) la xiriira",
    ),
    consent_terms=(r"\bkukiyada\b|\bkukis\b", r"\bcookies?\b"),
    consent_weak=(r"\basturnaanta\b|\bqarsoodinimada\b", r"\boggolaansho\w*\b"),
    consent_context=(
        r"\b(?:waxaan isticmaalnaa|boggan|boggayaga|websaydhkan|adiga|kaaga|taada)\b",
        r"\b(?:aqbal|diid|dejinta|guji|sii wadid)\b",
    ),
    consent_buttons=(
        r"(?:aqbal|diid)(?: dhammaan| dhamaan| kulli)?|dejinta(?: kukiyada)?",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"waan fahmay|waan oggolahay|hagaag|xir",
    ),
    dateline=(r"\bla daabacay\b|\bla soo dhigay\b",),
    updated=(r"la cusbooneysiiyay|la cusboonaysiiyey|la cusbooneysiiyey",),
    errors=(
        r"\bbogga (?:lama helin|ma jiro)\b|\bkhalad\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bbogga aad (?:raadinayso|raadisay|dooneyso)\b|\b(?:waa la|waxaa laga yaabaa in la)"
        r" (?:tirtiray|wareejiyay|saaray)\b",
    ),
    rights=(
        r"(?:dhammaan |dhamaan )?xuquuqda (?:oo dhan )?(?:way|waa ay|waa) (?:xifdisan"
        r"|dhowran|ilaalisan)(?: tahay| yihiin)?",
    ),
    site_pages=(
        r"(?:qaanuunka|siyaasadda) (?:asturnaanta|qarsoodinimada)|nagu saabsan"
        r"|nala soo xiriir",
    ),
    source_labels=("Isha",),
)
