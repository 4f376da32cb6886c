"""The scale words :mod:`clipper.searchamounts` reads after a number (``million``,
``milliards``, ``bilioni``, ``juta``, ``ล้าน``, ``triệu``, ``مليار``, ``千 万 億``…), their factors,
and the words that may part a scale from its currency (``milliards de FCFA``).

Sources: the languages' number words as their news writes them (the short scale's ``billion``
10⁹ in every language, the long scale's own words 10¹²), India's, Pakistan's, Bangladesh's
and Nepal's lakh and crore, the CJK scale characters, which multiply.
"""

from __future__ import annotations

__all__ = ["CJK_SCALES", "DUALS", "HALVES", "JOINERS", "POINT_SCALES", "SCALES", "SCALES_FIRST"]

# Scale words: their factor, and whether they scale only beside a currency (a letter or a
# word that is also a unit or a common word: "5m" is five metres, "5 b" a list's item, "5
# bin" bins).  Matched in any case.  "billion" is the short scale's 10⁹ in every language; the
# long scale's own words (Spanish "billón", Portuguese "bilião") are 10¹².
SCALES: dict[str, tuple[int, bool]] = {
    # thousands
    "thousand": (10**3, False),
    "k": (10**3, True),
    "tsd.": (10**3, False),
    "тыс.": (10**3, False),
    "tys.": (10**3, False),
    "ribu": (10**3, False),  # Indonesian, Malay
    "nghìn": (10**3, False),  # Vietnamese
    "ngàn": (10**3, False),
    "bin": (10**3, True),  # Turkish
    "ezer": (10**3, False),  # Hungarian
    "mii": (10**3, False),  # Romanian
    "ألف": (10**3, False),
    # ... in the case forms and languages news writes them: Bulgarian, Serbian, Bosnian,
    # Croatian, Slovenian, Czech, Slovak, Polish, Russian, Ukrainian, Greek, Albanian,
    # Tagalog, Thai (whose scales multiply the next: "พันล้าน" is 10⁹), Hindi, Bengali
    "хиляди": (10**3, False),
    "хиљада": (10**3, False),
    "хиљаде": (10**3, False),
    "hiljada": (10**3, False),
    "hiljade": (10**3, False),
    "tisuća": (10**3, False),
    "tisuće": (10**3, False),
    "tisoč": (10**3, False),
    "tisíc": (10**3, False),
    "tisíce": (10**3, False),
    "tysięcy": (10**3, False),
    "tysiące": (10**3, False),
    "тысяч": (10**3, False),
    "тысячи": (10**3, False),
    "тисяч": (10**3, False),
    "тисячі": (10**3, False),
    "χιλιάδες": (10**3, False),
    "χιλ.": (10**3, False),
    "mijë": (10**3, False),
    "libong": (10**3, False),
    "พัน": (10**3, False),
    "หมื่น": (10**4, False),
    "แสน": (10**5, False),
    "हज़ार": (10**3, False),
    "हजार": (10**3, False),
    "হাজার": (10**3, False),
    "آلاف": (10**3, False),
    "هزار": (10**3, False),  # Persian
    # millions
    "million": (10**6, False),
    "millions": (10**6, False),
    "m": (10**6, True),
    "mn": (10**6, True),
    "mi": (10**6, True),  # Brazilian "R$ 5 mi"
    "mln": (10**6, False),
    "mln.": (10**6, False),
    "mio.": (10**6, False),
    "mio": (10**6, False),
    "mill.": (10**6, False),
    "millionen": (10**6, False),
    # Spanish "MM" (millones: "US$ 500 MM", "3 MM de dólares"; US finance's "$5MM" too), a
    # millimetre alone
    "mm": (10**6, True),
    "millón": (10**6, False),
    "millones": (10**6, False),
    "milioni": (10**6, False),  # Italian, Swahili
    "miljoen": (10**6, False),
    "miljoner": (10**6, False),
    "miljoonaa": (10**6, False),
    "milhão": (10**6, False),
    "milhões": (10**6, False),
    "milioane": (10**6, False),  # Romanian
    "miliyan": (10**6, False),  # Hausa
    "juta": (10**6, False),  # Indonesian, Malay
    "triệu": (10**6, False),  # Vietnamese
    "milyon": (10**6, False),  # Turkish
    "millió": (10**6, False),  # Hungarian
    "miliona": (10**6, False),  # Serbian, Croatian, Bosnian
    "milijuna": (10**6, False),  # Croatian
    "milionů": (10**6, False),  # Czech
    "milionów": (10**6, False),  # Polish
    "εκατ.": (10**6, False),
    "εκατομμύρια": (10**6, False),
    "млн": (10**6, False),
    "млн.": (10**6, False),
    "مليون": (10**6, False),
    "ملايين": (10**6, False),
    "میلیون": (10**6, False),  # Persian
    "ملیون": (10**6, False),  # Dari
    "هزار میلیون": (10**9, False),  # Persian: a thousand millions
    "מיליון": (10**6, False),
    # Hebrew's thousand, its plural and construct ("50 אלף שקל", "5 אלפים", "20 אלפי שקלים")
    "אלף": (10**3, False),
    "אלפים": (10**3, False),
    "אלפי": (10**3, False),
    "ሚሊዮን": (10**6, False),  # Amharic
    "ล้าน": (10**6, False),  # Thai
    # ... the case forms and other languages' (above's list), and Tagalog's linked form
    "милиона": (10**6, False),
    "милион": (10**6, False),
    "милиони": (10**6, False),
    "милијуна": (10**6, False),
    "миллиона": (10**6, False),
    "миллионов": (10**6, False),
    "миллион": (10**6, False),
    "мільйонів": (10**6, False),
    "мільйона": (10**6, False),
    "мільйон": (10**6, False),
    "мільйони": (10**6, False),
    "milijun": (10**6, False),
    "milijon": (10**6, False),
    "milijona": (10**6, False),
    "milijonov": (10**6, False),
    "milion": (10**6, False),
    "miliony": (10**6, False),
    "milión": (10**6, False),
    "milióny": (10**6, False),
    "miliónov": (10**6, False),
    "milionë": (10**6, False),
    "milijonai": (10**6, False),
    "milijonų": (10**6, False),
    "miljoni": (10**6, False),
    "miljonu": (10**6, False),
    "miljonit": (10**6, False),
    "miljoona": (10**6, False),
    "millioner": (10**6, False),
    "miljon": (10**6, False),
    "εκατομμυρίων": (10**6, False),
    "εκατομμύριο": (10**6, False),
    "milyong": (10**6, False),
    "मिलियन": (10**6, False),
    # milliards (10⁹)
    "billion": (10**9, False),
    "billions": (10**9, False),
    "bn": (10**9, True),
    "b": (10**9, True),
    "bi": (10**9, True),  # Brazilian "R$ 5 bi"
    "bln": (10**9, False),
    "mrd.": (10**9, False),
    "mrd": (10**9, False),
    "md": (10**9, True),
    "mds": (10**9, True),
    # Quebec's giga ("2,5 G$", "1,2 G$ US": milliards de dollars; as its "350 M$", "50 k$"),
    # a gram alone
    "g": (10**9, True),
    "milliard": (10**9, False),
    "milliards": (10**9, False),
    "milliarden": (10**9, False),
    "milliarde": (10**9, False),
    "miljard": (10**9, False),
    "miljarder": (10**9, False),
    "mmm": (10**9, True),  # Spanish: mil millones
    "mld": (10**9, False),
    "mld.": (10**9, False),
    "mil millones": (10**9, False),  # Spanish
    "mil milhões": (10**9, False),  # European Portuguese
    "bilhão": (10**9, False),  # Brazilian Portuguese
    "bilhões": (10**9, False),
    "miliarde": (10**9, False),  # Romanian
    "bilioni": (10**9, False),  # Swahili
    "biliyan": (10**9, False),  # Hausa
    "miliar": (10**9, False),  # Indonesian
    "bilion": (10**9, False),  # Malay
    "tỷ": (10**9, False),  # Vietnamese
    "tỉ": (10**9, False),
    "milyar": (10**9, False),  # Turkish
    "milliárd": (10**9, False),  # Hungarian
    "milijardi": (10**9, False),  # Serbian, Croatian
    "milijarde": (10**9, False),
    "miliard": (10**9, False),  # Czech, Polish
    "miliardů": (10**9, False),  # Czech
    "miliardów": (10**9, False),  # Polish
    "δισ.": (10**9, False),
    "δισεκατομμύρια": (10**9, False),
    "млрд": (10**9, False),
    "млрд.": (10**9, False),
    "مليار": (10**9, False),
    "مليارات": (10**9, False),
    "میلیارد": (10**9, False),  # Persian
    "ارب": (10**9, False),  # Urdu
    "ملیارد": (10**9, False),  # Dari
    # Pashto's plural and oblique forms ("۵ میلیارده افغانۍ", "د ۲۰ میلیونو ډالرو"), and its
    # thousand ("زر" is also "gold": only beside a currency)
    "میلیونه": (10**6, False),
    "ملیونه": (10**6, False),
    "میلیونو": (10**6, False),
    "ملیونو": (10**6, False),
    "میلیارده": (10**9, False),
    "ملیارده": (10**9, False),
    "میلیاردو": (10**9, False),
    "ملیاردو": (10**9, False),
    "زره": (10**3, True),
    "زرو": (10**3, True),
    "מיליארד": (10**9, False),
    "ቢሊዮን": (10**9, False),  # Amharic
    # ... the case forms and other languages' (the thousands' list), Thai's thousand millions
    "милиарда": (10**9, False),
    "милиард": (10**9, False),
    "милијарди": (10**9, False),
    "милијарде": (10**9, False),
    "милијарда": (10**9, False),
    "миллиарда": (10**9, False),
    "миллиардов": (10**9, False),
    "миллиард": (10**9, False),
    "мільярдів": (10**9, False),
    "мільярда": (10**9, False),
    "мільярд": (10**9, False),
    "мільярди": (10**9, False),
    "milijarda": (10**9, False),
    "milijard": (10**9, False),
    "miliardy": (10**9, False),
    "miliárd": (10**9, False),
    "miliardë": (10**9, False),
    "milijardai": (10**9, False),
    "milijardų": (10**9, False),
    "miljardi": (10**9, False),
    "miljardu": (10**9, False),
    "miljardit": (10**9, False),
    "miljardia": (10**9, False),
    "milliarder": (10**9, False),
    "δισεκατομμυρίων": (10**9, False),
    "δισεκατομμύριο": (10**9, False),
    "bilyon": (10**9, False),  # Tagalog
    "bilyong": (10**9, False),
    "พันล้าน": (10**9, False),
    "หมื่นล้าน": (10**10, False),
    "แสนล้าน": (10**11, False),
    "बिलियन": (10**9, False),
    # ... and the abbreviations of Turkey's, the Caucasus' and Central Asia's news (Azerbaijani,
    # Kazakh, Uzbek "mlrd", Russian "трлн", Georgian "მლრდ", Armenian "մլրդ"), Mongolian's
    "mlrd": (10**9, False),
    "mlrd.": (10**9, False),
    "მლრდ": (10**9, False),
    "მლრდ.": (10**9, False),
    "մլրդ": (10**9, False),
    "тэрбум": (10**9, False),
    "მლნ": (10**6, False),
    "მლნ.": (10**6, False),
    "մլն": (10**6, False),
    "сая": (10**6, True),
    "тыс": (10**3, False),
    "тис.": (10**3, False),
    "ათ.": (10**3, False),
    "ҳазор": (10**3, False),
    "мянга": (10**3, False),
    # 10¹²
    "trillion": (10**12, False),
    # Persian and Arabic write a thousand milliards ("۲ هزار میلیارد تومان", "3 آلاف مليار")
    "هزار میلیارد": (10**12, False),
    "هزار ملیارد": (10**12, False),
    "ألف مليار": (10**12, False),
    "آلاف مليار": (10**12, False),
    "تریلیون": (10**12, False),  # Persian
    "تريليون": (10**12, False),  # Arabic
    # the abbreviations of Nigeria's, Ghana's and Kenya's papers ("₦2.5trn", "N2.5tr", "GH¢1
    # trn"), and Brazil's ("R$ 5 tri", as "R$ 5 bi"), a "tr" or "tri" beside a currency only
    "trn": (10**12, False),
    "trn.": (10**12, False),
    "tr": (10**12, True),
    "tri": (10**12, True),
    "trilhão": (10**12, False),  # Brazilian Portuguese
    "trilhões": (10**12, False),
    "tiriliyan": (10**12, False),  # Hausa
    "bio.": (10**12, False),  # German: Billionen ("2 Bio. Euro"; CLDR's compact form)
    "trln": (10**12, False),
    "trln.": (10**12, False),
    "трлн": (10**12, False),
    "трлн.": (10**12, False),
    "տրլն": (10**12, False),
    "ტრლნ": (10**12, False),
    "tn": (10**12, True),
    "trilioni": (10**12, False),  # Swahili
    "triliun": (10**12, False),  # Indonesian
    "trilion": (10**12, False),  # Malay
    "trilyon": (10**12, False),  # Tagalog, Turkish
    "триллион": (10**12, False),
    "триллиона": (10**12, False),
    "трильйон": (10**12, False),
    "трильйонів": (10**12, False),
    "трильйони": (10**12, False),
    "τρισεκατομμύρια": (10**12, False),
    "ล้านล้าน": (10**12, False),
    "billón": (10**12, False),  # Spanish: the long scale
    "billones": (10**12, False),
    "bilião": (10**12, False),  # European Portuguese: the long scale
    "biliões": (10**12, False),
    # South Asia
    "lakh": (10**5, False),
    "lakhs": (10**5, False),
    "lac": (10**5, False),
    "crore": (10**7, False),
    "crores": (10**7, False),
    "cr": (10**7, True),
    # ... in the scripts of India, Pakistan, Bangladesh and Nepal ("₹500 करोड़", "৫০ কোটি
    # টাকা", "50 کروڑ روپے")
    "लाख": (10**5, False),
    "करोड़": (10**7, False),
    "करोड": (10**7, False),
    "कोटी": (10**7, False),
    "লাখ": (10**5, False),
    "লক্ষ": (10**5, False),
    "কোটি": (10**7, False),
    "لاکھ": (10**5, False),
    "کروڑ": (10**7, False),
    "லட்சம்": (10**5, False),
    "கோடி": (10**7, False),
    "లక్షలు": (10**5, False),
    "కోట్లు": (10**7, False),
    "కోటి": (10**7, False),
    "ಲಕ್ಷ": (10**5, False),
    "ಕೋಟಿ": (10**7, False),
    "ലക്ഷം": (10**5, False),
    "കോടി": (10**7, False),
    "લાખ": (10**5, False),
    "કરોડ": (10**7, False),
    "ਲੱਖ": (10**5, False),
    "ਕਰੋੜ": (10**7, False),
}

# Scale words of the languages that write a decimal point, not a grouping one (English,
# Malay): before them "6.162" is a decimal ("RM6.162 million"), where "1.000 millones" groups.
POINT_SCALES = frozenset(
    {"thousand", "k", "million", "millions", "m", "mn", "billion", "billions", "bn", "b"}
    | {"trillion", "tn", "lakh", "lakhs", "crore", "crores", "cr", "juta", "bilion", "trilion"}
    | {"trn", "trn.", "tr"}
)

# Chinese, Japanese and Korean scale characters, which follow each other and multiply
# ("千万", "천만": 10⁷) and follow a number without a space.
CJK_SCALES = {
    "千": 10**3, "천": 10**3, "万": 10**4, "萬": 10**4, "만": 10**4,
    "億": 10**8, "亿": 10**8, "억": 10**8, "兆": 10**12, "조": 10**12,
}  # fmt: skip

# Words that may stand between a scale word and the currency after it ("10 milliards de
# FCFA", "5 millones de dólares", "3 milliards d'euros", "2 milioni di euro"): read after a
# scale word only ("5 de FCFA" is no amount).
JOINERS = ("de", "d'", "d’", "di", "of")

# Arabic's dual of a scale word, which writes the number two too ("مليونا دولار", "مليوني
# دولار", "ملياري ريال": two million dollars, two billion riyals, in its cases), and Hebrew's
# (its thousand's only: "אלפיים שקל", two thousand shekels; a million's and a milliard's two
# are written "שני מיליון", "2 מיליארד"): its value, read where a number stands.
DUALS = {
    "ألفا": 2 * 10**3, "ألفي": 2 * 10**3,
    "مليونا": 2 * 10**6, "مليوني": 2 * 10**6,
    "مليارا": 2 * 10**9, "ملياري": 2 * 10**9,
    "אלפיים": 2 * 10**3,
}  # fmt: skip

# Hebrew's and Arabic's "and a half" after a scale word, which adds half the scale ("2 מיליארד
# וחצי דולר" is 2.5 billion dollars, "3 ملايين ونصف" 3.5 million), by the scale words of its
# language it follows alone too, a number of one and a half ("מיליון וחצי שקל", "مليار ونصف
# دولار": a million and a half, a billion and a half), read where a number stands as a dual is.
HALVES = {"וחצי": ("אלף", "מיליון", "מיליארד"), "ونصف": ("ألف", "مليون", "مليار")}

# The scale words of the languages that write a currency's name, then the scale, then the
# number (Hausa "naira tiriliyan 2.5", "dala miliyan 1.2"; Swahili "shilingi bilioni 2.5",
# "dola milioni 350", "Sh elfu 50"): each language's, read after a name of
# :data:`clipper.amountunits.NAMES_FIRST` of the same language only, their factors.
SCALES_FIRST: dict[str, dict[str, int]] = {
    "ha": {"dubu": 10**3, "miliyan": 10**6, "biliyan": 10**9, "tiriliyan": 10**12},
    "sw": {"elfu": 10**3, "milioni": 10**6, "bilioni": 10**9, "trilioni": 10**12},
}
