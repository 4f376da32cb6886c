"""Mongolian page furniture (see :mod:`clipper.furniture`).

Phrases of Mongolia's news sites in Cyrillic (the portals, the agency's and the broadcasters'
sites) as they print them: "Мөн уншаарай" (also read), "Холбоотой мэдээ" (related news),
"Хуваалцах" (share), cookie notices ("күүки"), "Бүх эрх хуулиар хамгаалагдсан".
"""

from clipper.furniture import NETWORKS, Table, credited

TABLE = Table(
    language="mn",
    byline_roles=("сурвалжлагч", "сэтгүүлч", "редактор"),
    skip=(r"үндсэн (?:агуулга|контент) руу (?:шилжих|очих)",),
    share=(rf"хуваалцах(?: {NETWORKS}\S{{0,3}})?", r"холбоос хуулах"),
    promo=(rf"биднийг {NETWORKS}\S{{0,3}} (?:дагаарай|дагана уу)",),
    paywall=(r"нэвтрэх|гарах|бүртгүүлэх",),
    ads=(r"(?:зар )?сурталчилгаа",),
    credits=(credited(r"фото|зураг"),),
    related=(
        r"мөн уншаарай|их уншсан|их уншигдсан",
        r"(?:холбоотой|сүүлийн|төстэй|бусад) мэдээ(?:нүүд)?",
    ),
    consent_terms=(r"\bкүүки\w*", r"\bcookies?\b"),
    consent_weak=(r"\bнууцлал\w*", r"\bзөвшөөрөл\w*"),
    consent_context=(
        r"\b(?:бид|вэбсайт\w*|манай сайт|таны)\b",
        r"\b(?:зөвшөөрөх|татгалзах|тохиргоо\w*|дарснаар)\b",
    ),
    consent_buttons=(
        r"(?:бүгдийг )?зөвшөөрөх|татгалзах|тохиргоо",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"ойлголоо|зөвшөөрч байна",
    ),
    dateline=(r"\bнийтэл(?:сэн|эгдсэн)\b",),
    updated=(r"шинэчил(?:сэн|эгдсэн)",),
    errors=(
        r"\bхуудас олдсонгүй\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bтаны хайж буй хуудас\b|\b(?:устгагдсан|шилжсэн) (?:эсвэл (?:устгагдсан|шилжсэн) )?"
        r"байж магадгүй\b",
    ),
    rights=(r"бүх эрх (?:хуулиар )?хамгаалагдсан",),
    site_pages=(r"нууцлалын бодлого|бидний тухай|холбоо барих",),
    source_labels=("Эх сурвалж",),
)
