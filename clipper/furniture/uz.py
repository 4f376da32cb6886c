"""Uzbek page furniture (see :mod:`clipper.furniture`).

Phrases of Uzbekistan's news sites as they print them, in Latin letters and in Cyrillic:
"Shuningdek o‘qing" / "Шунингдек ўқинг" (also read), "Mavzuga oid" (on the topic), "Ulashish"
(share), "Telegram kanalimizga obuna bo‘ling", cookie notices, "Barcha huquqlar himoyalangan".
The Latin letters o‘ and g‘ are written with any of the apostrophes keyboards give (``_Q``).
"""

from clipper.furniture import NETWORKS, Table, credited, edited

# o‘, g‘ and the tutuq belgisi as sites type them: ‘ ’ ʻ ʼ ' ` or none
_Q = "[‘’ʻʼ'`]?"

TABLE = Table(
    language="uz",
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"muharrir|tahrirchi|redaktor"),
    ),
    # "Muallif: Aziz Karimov", "Муаллиф: …" (newcomer 51b)
    bylines=("muallif", "муаллиф"),
    byline_roles=("muxbir", "jurnalist", "muharrir", "мухбир"),
    skip=(rf"(?:asosiy )?(?:kontentga|mazmunga) o{_Q}tish",),
    share=(
        rf"ulashish(?: {NETWORKS}\w{{0,3}})?|{NETWORKS}\w{{0,3}} ulashish|улашиш",
        r"havolani nusxalash",
    ),
    promo=(
        rf"bizni {NETWORKS}\w{{0,3}} kuzating",
        rf"(?:telegram|youtube|instagram) kanalimizga obuna bo{_Q}ling",
        # the channel named with the site's name, in Latin and Cyrillic letters: "Daryo
        # Telegram kanaliga obuna bo‘ling", "Telegram каналимизга обуна бўлинг" (newcomer 51b)
        rf"(?:[\w .&{_Q[1:-2]}-]{{1,40}}? )?{NETWORKS}(?:dagi)? (?:kanal|sahifa)\w* (?:obuna"
        rf" bo{_Q}ling|a{_Q}zo bo{_Q}ling|qo{_Q}shiling)",
        rf"(?:[\w .&-]{{1,40}}? )?{NETWORKS}(?:даги)? (?:канал|саҳифа)\w* (?:обуна бўлинг"
        r"|аъзо бўлинг|қўшилинг)",
        # the reprint notice: "Qayta chop etishda havola majburiy", "Materiallardan
        # foydalanilganda Kun.uz'ga havola berish shart"; "Ҳавола мажбурий"
        r"(?:[^\n]{1,80}? )?havola(?: berish| qilish)? (?:majburiy|shart)",
        r"(?:[^\n]{1,80}? )?ҳавола(?: бериш| қилиш)? (?:мажбурий|шарт)",
    ),
    # not "Kirish" alone: an "Introduction" heading too
    paywall=(rf"tizimga kirish|chiqish|ro{_Q}yxatdan o{_Q}tish",),
    ads=(r"reklama",),
    credits=(credited(r"foto|surat"),),
    related=(
        rf"shuningdek(?:,)? o{_Q}qing|yana o{_Q}qing|ko{_Q}p o{_Q}qilgan(?:lar)?"
        r"|mavzuga (?:oid|doir)|шунингдек ўқинг|мавзуга оид",
        rf"(?:so{_Q}nggi|o{_Q}xshash|boshqa) yangiliklar",
    ),
    consent_terms=(r"\bcookies?\b", r"\bkuki\w*"),
    consent_weak=(r"\bmaxfiylik\w*", r"\brozilik\w*"),
    consent_context=(
        r"\b(?:biz foydalanamiz|foydalanamiz|sayt\w*|sizning|sizga)\b",
        r"\b(?:qabul qilish|rad etish|sozlamalar\w*|bosish orqali)\b",
    ),
    consent_buttons=(
        r"(?:hammasini )?qabul qilish|rad etish|sozlamalar",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"tushunarli|roziman",
    ),
    dateline=(r"\b(?:chop etildi|nashr (?:etildi|qilindi))\b",),
    updated=(r"yangilandi",),
    errors=(
        r"\bsahifa topilmadi\b",
        # a soft 404's body sentence: the page sought, removed or moved
        rf"\bsiz qidirayotgan sahifa\b|\bo{_Q}chirilgan yoki ko{_Q}chirilgan bo{_Q}lishi mumkin\b",
    ),
    rights=(r"barcha huquqlar (?:himoyalangan|himoya qilingan)",),
    site_pages=(r"maxfiylik siyosati|biz haqimizda|aloqa|foydalanish shartlari",),
    source_labels=("Manba", "Манба"),
)
