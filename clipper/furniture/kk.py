"""Kazakh page furniture (see :mod:`clipper.furniture`).

Phrases of Kazakhstan's Kazakh-language news sites (the agencies' and the papers' Kazakh pages)
as they print them: "Сондай-ақ оқыңыз" (also read), "Тақырыпқа қатысты" (on the topic),
"Бөлісу" (share), cookie notices, "Барлық құқықтар қорғалған".
"""

from clipper.furniture import NETWORKS, Table, credited, edited

TABLE = Table(
    language="kk",
    sign_offs=(
        # a CMS's editor line under every story (newcomer 48b)
        edited(r"редактор"),
    ),
    # "Авторы: Нұрлан Қасымов" (newcomer 51b: the label was kept as a name's word)
    bylines=("авторы?",),
    byline_roles=("тілші", "журналист", "редактор"),
    skip=(r"(?:негізгі )?мазмұнға өту",),
    share=(
        r"жаңалықты бөлісу|жаңалықпен бөлісу",
        rf"бөлісу(?: {NETWORKS}\S{{0,4}})?|{NETWORKS}\S{{0,4}} бөлісу",
        r"сілтемені көшіру",
    ),
    promo=(
        # a channel offered: "Telegram арнамызға жазылыңыз" (newcomer 48a)
        rf"(?:біздің )?{NETWORKS}\S{{0,4}} (?:арна|канал|парақша)\w* (?:жазылыңыз|қосылыңыз)",
        # the channel named with the site's name: "Kazinform-ның Telegram арнасына жазылыңыз"
        # (newcomer 51b's kind)
        rf"[\w .&«»-]{{1,40}}? {NETWORKS}\S{{0,4}} (?:арна|канал|парақша)\w* (?:жазылыңыз"
        r"|қосылыңыз)",
        # the reprint notice: "Материалдарды көшіріп басқанда сілтеме міндетті"
        r"(?:[^\n]{1,80}? )?сілтеме(?: жасау| беру)? міндетті",
        rf"бізді {NETWORKS}\S{{0,4}} (?:оқыңыз|бақылаңыз|қадағалаңыз)",
    ),
    paywall=(r"кіру|шығу|тіркелу",),
    ads=(r"жарнама",),
    credits=(credited(r"фото|сурет"),),
    related=(
        r"сондай-ақ оқыңыз|тағы оқыңыз|көп оқылған(?:дар)?|тақырыпқа қатысты",
        r"(?:қатысты|соңғы|ұқсас|басқа) жаңалықтар",
    ),
    consent_terms=(r"\bcookies?\b", r"\bкуки\w*"),
    consent_weak=(r"\bқұпиялылық\w*", r"\bкелісім\w*"),
    consent_context=(
        r"\b(?:біз|сайт\w*|сіздің|сізге)\b",
        r"\b(?:қабылдау|қабылдаймын|бас тарту|баптаулар\w*|басу арқылы)\b",
    ),
    consent_buttons=(
        r"(?:барлығын )?(?:қабылдау|қабылдаймын)|бас тарту|баптаулар",
        # "got it", "OK", "I understand" as its sites' banners write them (newcomer 39, finding 3)
        r"түсінікті|жарайды|келісемін",
    ),
    dateline=(r"\bжариялан(?:ды|ған)\b",),
    updated=(r"жаңартылды|жаңартылған",),
    errors=(
        r"\bбет табылмады\b",
        # a soft 404's body sentence: the page sought, removed or moved
        r"\bсіз іздеген бет\b|\b(?:жойылған|көшірілген) болуы мүмкін\b",
    ),
    rights=(r"барлық құқықтар (?:қорғалған|сақталған)",),
    site_pages=(r"құпиялылық саясаты|біз туралы|байланыс",),
    source_labels=("Дереккөз",),
)
