"""isiZulu page furniture (see :mod:`clipper.furniture`).

Phrases of South African isiZulu news sites (Isolezwe, Ilanga, the public broadcaster's isiZulu
pages) as they print them: "Funda futhi" (read also), "Izindaba ezihlobene" (related stories),
"Yabelana" (share), "Silandele ku-Facebook" (follow us), cookie notices ("amakhukhi").
isiZulu joins a prefix to a borrowed name with a hyphen ("ku-Facebook", "ngu-"): written so.
Left out where no one form is settled: paywall wording (the isiZulu papers do not meter).
"""

from clipper.furniture import NETWORKS, Table, credited

TABLE = Table(
    language="zu",
    # "NGU-THEMBA NDLOVU": "by" joined to the name by a hyphen (newcomer 46, finding 3)
    bylines=("ngu-",),
    byline_roles=("intatheli", "umbhali"),
    byline_staff=("intatheli yethu", "umbhali wethu", "izintatheli zethu"),
    skip=(r"(?:yeqela|dlulela|yiya) (?:ku|e)kuqukethwe(?: okuyinhloko)?",),
    share=(
        rf"yabelana(?: ngalokhu| ngalolu daba| ngale ndaba)?(?: ku-?{NETWORKS})?",
        r"kopisha (?:isixhumanisi|ilinki)|phrinta",
    ),
    promo=(
        rf"silandele ku-?{NETWORKS}",
        r"(?:bhalisela|joyina) (?:incwadi yethu yezindaba|iphephandaba lethu le-?imeyili)",
    ),
    paywall=(r"ngena(?: ngemvume)?|phuma|bhalisa|i-?akhawunti yami",),
    ads=(r"isikhangiso|izikhangiso",),
    credits=(credited(r"isithombe|izithombe|umthombo wesithombe"),),
    notices=(
        # a prompt to follow the site on a messaging channel ("Joyina isiteshi sethu
        # ku-WhatsApp")
        r"\b(?:joyina|landela) (?:isiteshi|iqembu) (?:sethu|lethu) ku-?(?:whatsapp|telegram)\b",
    ),
    related=(
        r"funda (?:futhi|nalokhu|kabanzi|okwengeziwe)|okufundwa kakhulu",
        r"izindaba (?:ezihlobene|ezihambisana nalena|zakamuva|ezengeziwe)|ezinye izindaba",
    ),
    consent_terms=(r"\bamakhukhi\b|\bikhukhi\b|\bama-?cookie\b", r"\bcookies?\b"),
    consent_weak=(r"\bubumfihlo\b", r"\bimvume\b"),
    consent_context=(
        r"\b(?:sisebenzisa|iwebhusayithi|yakho|wakho|wena)\b",
        r"\b(?:yamukela|yenqaba|izilungiselelo|chofoza|ngokuqhubeka)\b",
    ),
    consent_buttons=(
        r"(?:yamukela|yenqaba)(?: konke| wonke)?(?: amakhukhi)?|izilungiselelo(?: zamakhukhi)?",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ngiyaqonda|kulungile|ngiyavuma|vala",
    ),
    dateline=(r"\b(?:kushicilelwe|ishicilelwe|kwashicilelwa)\b",),
    updated=(r"kubuyekezwe|ibuyekezwe",),
    errors=(
        r"\bikhasi (?:alitholakalanga|alitholakali|alikho)\b|\biphutha\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bikhasi (?:olifunayo|obulifuna)\b|\bkungenzeka (?:ukuthi )?(?:lisusiwe|lihanjisiwe"
        r"|lisuswe)\b",
    ),
    rights=(r"wonke amalungelo (?:agodliwe|aqinisekisiwe)",),
    site_pages=(r"inqubomgomo yobumfihlo|imigomo nemibandela|mayelana nathi|xhumana nathi",),
    source_labels=("Umthombo",),
)
