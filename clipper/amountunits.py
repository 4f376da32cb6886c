"""The tables :mod:`clipper.searchamounts` reads amounts with: the currencies and measures
news writes (their symbols, codes and names, by region and language), the scale words after a
number (``million``, ``milliards``, ``bilioni``, ``juta``, ``ล้าน``, ``triệu``, ``مليار``…),
the words that may part a scale from its currency (``milliards de FCFA``) and the forms read
only where what sits around them makes them a currency (``R``, ``N``: :data:`GUARDED`).

Sources: ISO 4217 codes and the symbols and names the newspapers of each country write
(Kenya's ``KSh``/``Sh``, Nigeria's ``N``, South Africa's ``R``, West and Central Africa's
``FCFA``, Peru's ``S/.``, Malaysia's ``RM``, Bangladesh's ``Tk``…).
"""

from __future__ import annotations

__all__ = [
    "AFTER",
    "BARE_YUAN",
    "BEFORE",
    "CJK_SCALES",
    "EITHER",
    "GUARDED",
    "JOINERS",
    "MEASURES",
    "POINT_SCALES",
    "SCALES",
    "UNITS",
]

# Where a unit's form is written: before the number (symbols and codes), after it (names),
# either.  Names and codes are matched as whole words; names in any case, codes and short
# symbols with a capital (``Sh``, ``Rp``, ``Kč``) as written.
BEFORE, AFTER, EITHER = "before", "after", "either"


# The keys of a bare 元 (圓, 圆) after a number, a currency no name tells: read as its page's
# (clipper.searchamounts): the renminbi on a page in Simplified characters or Japanese, the one
# currency a page in Traditional characters names (新台幣, 港幣, 澳門元, 人民幣), else this
# family of the currencies written 元.
BARE_YUAN = ("yuan", "yenyuan")


def _listed(forms: str) -> tuple[str, ...]:
    """Forms written one after the other, ``|`` between them."""
    return tuple(forms.split("|"))


# Each unit's keys (most specific first: a query seeks the first, a page is keyed under all;
# a symbol several currencies write is their family's key: "dollar", "rupee", "shilling",
# "peso", "dirham", "riyal", "rial", "dinar", "franc", "krona") and the forms that write it.
UNITS: dict[tuple[str, ...], dict[str, tuple[str, ...]]] = {
    # the dollar's family; a bare "$" is the dollar whatever the page's country (Mexico's,
    # Chile's and Colombia's pesos write it too)
    # a Chinese or Japanese name (美元, 港幣, 新台幣…) is written after the number or before
    # it, then with 元 or 圓 after the number as the unit word only ("新台幣120億元", "美金
    # 3億元": clipper.searchamounts); a Chinese name of the dollars of Hong Kong, Taiwan and
    # Singapore and of Macau's pataca is also of the 元 family ("yuan": what a bare 元 may be)
    ("usd", "dollar"): {
        EITHER: ("US$", "US $", "USD", "U.S.$", "美元", "美金"),
        AFTER: ("US dollars", "U.S. dollars", "US-Dollar", "dollars américains"),
    },
    ("aud", "dollar"): {
        EITHER: ("A$", "AU$", "AUD", "澳元", "澳幣", "澳币"),
        AFTER: ("Australian dollars",),
    },
    ("cad", "dollar"): {
        EITHER: ("C$", "CA$", "CAD", "加元", "加幣", "加币"),
        AFTER: ("Canadian dollars",),
    },
    ("nzd", "dollar"): {EITHER: ("NZ$", "NZD", "紐元", "纽元")},
    ("hkd", "dollar", "yuan"): {EITHER: ("HK$", "HKD", "港元", "港币", "港幣")},
    ("sgd", "dollar", "yuan"): {EITHER: ("S$", "SGD", "新加坡元", "新元", "新币", "新幣")},
    ("twd", "dollar", "yuan"): {
        EITHER: _listed("NT$|TWD|新台幣|新台币|新臺幣|新臺币|台幣|台币|臺幣"),
    },
    ("mop", "yuan"): {
        EITHER: ("MOP", "MOP$", "澳門元", "澳门元", "澳門幣", "澳门币", "葡幣", "葡币")
    },
    ("dollar",): {
        EITHER: ("$", "＄", "﹩"),
        # and Russian's abbreviation; the Turkic, Slavic, Georgian and Armenian names with
        # their endings are clipper.amountendings.NAMES'
        AFTER: _listed(
            "dollars|dollar|Dollar|dólares|dolares|دولار|דולר|δολάρια|долл.|"
            # the case forms of Polish, Czech, Slovak, Slovenian, Hungarian, Finnish,
            # Estonian, Lithuanian, Latvian, Greek, Portuguese and Spanish's singular
            "dolarów|dolary|dolarů|dolárov|dolarjev|dollár|dollárt|dollaria|dollarin|"
            "dollarit|dolerių|doleriai|dolāru|dolāri|δολαρίων|dólar"
        ),
    },
    ("eur",): {
        EITHER: ("€", "EUR", "欧元", "歐元"),
        # and their case forms and other languages' names: Serbian, Croatian, Bosnian "evra",
        # "eura", "evro", Serbian and Macedonian "евра", Czech and Slovak "eur" (genitive
        # plural: "5 milionů eur"), Finnish "euroa", Estonian "eurot", Lithuanian "eurų",
        # Latvian "eiro", Hungarian "euró", Turkish "avro"
        AFTER: _listed(
            "euros|euro|Euro|евро|євро|ευρώ|يورو|evra|eura|evro|евра|eur|euroa|eurot|"
            "eurų|eiro|euró|eurót|avro"
        ),
    },
    ("gbp",): {
        EITHER: ("£", "￡", "GBP", "英镑", "英鎊"),
        AFTER: _listed(
            "sterling|фунтов стерлингов|фунта стерлингов|фунт стерлингов|"
            "фунтів стерлінгів|фунта стерлінгів"
        ),
    },
    # the yen and the yuan: "¥" is either (its family "yenyuan"); the renminbi is one
    # currency by any name, RMB, CNY, CN¥, yuan, renminbi, 人民币, Japanese 人民元; a bare 元
    # or 圓 is the currency its page's writing tells (BARE_YUAN)
    ("yenyuan",): {EITHER: ("¥", "￥")},
    ("jpy", "yenyuan"): {
        EITHER: ("JPY", "日元", "日圓", "日圆", "日幣", "日币"),
        AFTER: _listed("円|yen|иен|иены|иена|йен|йены|йена|єн|єни"),
    },
    ("cny", "yuan", "yenyuan"): {
        EITHER: ("CNY", "RMB", "CN¥", "人民币", "人民幣", "人民元"),
        AFTER: _listed("renminbi|yuan|юаней|юаня|юань|юанях|юанів|юані"),
    },
    BARE_YUAN: {AFTER: ("元", "圓", "圆")},
    # South Asia
    ("rupee",): {
        BEFORE: ("Rs.", "Rs", "₨", "रु."),
        # Hindi and Marathi, Urdu, Tamil, Telugu, Kannada, Malayalam, Gujarati, Punjabi,
        # Nepali and Sinhala names after the number
        AFTER: _listed(
            "rupees|rupee|रुपये|रुपए|रुपया|روپے|روپیہ|ரூபாய்|రూపాయలు|ರೂಪಾಯಿ|രൂപ|રૂપિયા|ਰੁਪਏ|"
            "रुपैयाँ|रुपैयां|රුපියල්|рупий|рупии|рупия"
        ),
    },
    ("inr", "rupee"): {EITHER: ("₹", "INR"), AFTER: ("Indian rupees",)},
    ("pkr", "rupee"): {EITHER: ("PKR",)},
    ("lkr", "rupee"): {EITHER: ("LKR",)},
    ("npr", "rupee"): {EITHER: ("NPR",)},
    ("bdt",): {BEFORE: ("Tk.", "Tk"), EITHER: ("৳", "BDT"), AFTER: ("taka", "টাকা")},
    # East Asia and South-East Asia
    ("krw",): {EITHER: ("₩", "￦", "KRW", "韓元", "韩元", "韓圜"), AFTER: ("원", "won")},
    ("myr",): {EITHER: ("RM", "MYR", "令吉", "马币", "馬幣"), AFTER: ("ringgit",)},
    ("idr",): {BEFORE: ("Rp.", "Rp"), EITHER: ("IDR",), AFTER: ("rupiah",)},
    # Philippine papers write the peso "P" and "Php" before the number ("P2.5 billion",
    # "Php300 million"; :data:`GUARDED`), Tagalog ones "piso" after it
    ("php", "peso"): {
        BEFORE: ("P", "Php"),
        EITHER: ("₱", "PHP"),
        AFTER: ("Philippine pesos", "piso"),
    },
    ("thb",): {EITHER: ("฿", "THB"), AFTER: ("baht", "บาท")},
    ("vnd",): {EITHER: ("₫", "VND"), AFTER: ("đồng", "dong", "đ")},
    # Europe
    ("chf", "franc"): {EITHER: ("CHF",), AFTER: ("Franken",)},
    # the ruble's, the hryvnia's and the lira's case forms and suffixes are also
    # clipper.amountendings.NAMES' ("рублей", "рублів", "liraya")
    ("rub",): {
        EITHER: ("₽", "RUB"),
        AFTER: _listed(
            "rubles|roubles|ruble|rouble|рублей|рубля|рубль|руб.|руб|рубель|rubli|rubla|rublů|"
            "rubel|rublių|rubļu"
        ),
    },
    ("uah",): {EITHER: ("₴", "UAH"), AFTER: ("гривень", "гривні", "гривня", "грн", "гривен")},
    ("try", "lira"): {
        EITHER: ("₺", "TRY", "TL"),
        AFTER: ("liras", "lire", "Turkish lira", "лиры", "турецких лир"),
    },
    # Turkey, the Caucasus and Central Asia: the names with their endings are
    # clipper.amountendings.NAMES'; the codes and signs (AZN ₼, KZT ₸, GEL ₾, AMD ֏, UZS, KGS,
    # TJS, TMT, MNT ₮) clipper.amountcodes'
    ("azn", "manat"): {AFTER: ("manats",)},
    ("kzt",): {AFTER: ("tenges",)},
    ("gel",): {AFTER: ("lari", "laris", "лари")},
    ("amd",): {AFTER: ("drams", "dram")},
    ("tjs",): {AFTER: ("сомони", "somoni", "сомонӣ")},
    ("mnt",): {AFTER: _listed("төгрөг|төгрөгийн|төгрөгөөр|төгрөгт|tugrik|tugriks|togrog")},
    ("pln",): {EITHER: ("PLN",), AFTER: ("zł", "złotych", "złote", "zlotys", "злотых")},
    ("czk",): {EITHER: ("CZK",), AFTER: ("Kč", "korun", "koruny", "чешских крон")},
    ("huf",): {EITHER: ("HUF",), AFTER: ("Ft", "forint", "forintot", "форинтов", "форинтів")},
    ("ron",): {EITHER: ("RON",), AFTER: ("lei",)},
    ("bgn",): {EITHER: ("BGN",), AFTER: ("лв.", "лв", "лева", "лев")},
    # North Macedonia's denar and Albania's lek, by their names (the lek's code "ALL" is a
    # word in capitals)
    ("mkd",): {EITHER: ("MKD",), AFTER: ("денари", "денара", "денар")},
    ("all",): {AFTER: ("lekë",)},
    ("krona",): {AFTER: ("kr.", "kr", "kronor", "kroner", "kronur", "krónur")},
    ("sek", "krona"): {EITHER: ("SEK",)},
    ("nok", "krona"): {EITHER: ("NOK",)},
    ("dkk", "krona"): {EITHER: ("DKK",)},
    ("isk", "krona"): {EITHER: ("ISK",)},
    # Africa
    ("shilling",): {BEFORE: ("Sh.", "Shs", "Sh", "shilingi"), AFTER: ("shillings", "shilling")},
    ("kes", "shilling"): {
        BEFORE: ("KSh", "Ksh", "Kshs", "KShs"),
        EITHER: ("KES",),
        AFTER: ("Kenya shillings", "Kenyan shillings"),
    },
    ("tzs", "shilling"): {BEFORE: ("TSh", "Tsh", "Tshs"), EITHER: ("TZS",)},
    ("ugx", "shilling"): {BEFORE: ("USh", "Ush"), EITHER: ("UGX",)},
    ("sos", "shilling"): {EITHER: ("SOS",)},
    ("ngn",): {BEFORE: ("N",), EITHER: ("₦", "NGN"), AFTER: ("naira",)},
    ("zar",): {BEFORE: ("R",), EITHER: ("ZAR",), AFTER: ("rand",)},
    ("franc",): {AFTER: ("francs", "franc", "франков", "франка", "франків")},
    ("cfa", "franc"): {
        EITHER: ("FCFA", "CFA", "F CFA", "F.CFA"),
        AFTER: ("francs CFA", "franc CFA"),
    },
    ("xof", "cfa", "franc"): {EITHER: ("XOF",)},
    ("xaf", "cfa", "franc"): {EITHER: ("XAF",)},
    ("rwf", "franc"): {EITHER: ("RWF", "FRw")},
    ("cdf", "franc"): {EITHER: ("CDF",)},
    ("egp",): {BEFORE: ("E£", "LE", "L.E."), EITHER: ("EGP",), AFTER: ("Egyptian pounds", "جنيه")},
    ("dirham",): {
        BEFORE: ("Dh", "DH", "Dhs"),
        AFTER: ("dirhams", "dirham", "درهم", "دراهم", "DH", "дирхамов"),
    },
    ("mad", "dirham"): {EITHER: ("MAD",)},
    ("aed", "dirham"): {EITHER: ("AED",)},
    ("ghs",): {EITHER: ("GH₵", "₵", "GHS"), AFTER: ("cedis", "cedi")},
    ("etb",): {BEFORE: ("Br",), EITHER: ("ETB",), AFTER: ("birr", "ብር")},
    ("dinar",): {AFTER: _listed("dinars|dinar|dinara|dinari|динара|динар|динари|دينار")},
    ("dzd", "dinar"): {EITHER: ("DZD", "DA")},
    ("tnd", "dinar"): {EITHER: ("TND",)},
    ("rsd", "dinar"): {EITHER: ("RSD",)},
    ("jod", "dinar"): {EITHER: ("JOD",)},
    ("kwd", "dinar"): {EITHER: ("KWD",)},
    ("iqd", "dinar"): {EITHER: ("IQD",)},
    # the Middle East
    ("riyal",): {AFTER: ("riyals", "riyal", "ريال")},
    ("sar", "riyal"): {EITHER: ("SAR", "SR")},
    ("qar", "riyal"): {EITHER: ("QAR", "QR")},
    # Persian's ریال is Iran's, its دلار the US dollar (CLDR: clipper.amountnames)
    ("rial",): {AFTER: ("rials", "rial")},
    ("irr", "rial"): {EITHER: ("IRR",)},
    ("omr", "rial"): {EITHER: ("OMR",)},
    ("toman",): {AFTER: ("tomans", "toman", "تومان")},
    ("ils",): {
        EITHER: ("₪", "ILS", "NIS"),
        AFTER: _listed('shekels|shekel|שקל|שקלים|ש"ח|ש״ח|шекелей|шекеля|шекелів'),
    },
    # Latin America
    ("peso",): {AFTER: ("pesos", "peso", "песо")},
    ("mxn", "peso"): {EITHER: ("MX$", "Mex$", "MXN"), AFTER: ("pesos mexicanos",)},
    ("cop", "peso"): {EITHER: ("COL$", "COP")},
    ("ars", "peso"): {EITHER: ("ARS",)},
    ("clp", "peso"): {EITHER: ("CLP",)},
    ("brl",): {EITHER: ("R$", "BRL"), AFTER: ("reais", "реалов", "реалів")},
    ("pen",): {BEFORE: ("S/.", "S/"), EITHER: ("PEN",), AFTER: ("soles",)},
    # measures
    ("pct",): {
        AFTER: _listed(
            "%|％|٪|per cent|percent|Prozent|pour cent|por ciento|por cento|per cento|procent|"
            "prosent|prosenttia|процентов|процента|відсотків|відсотка|퍼센트|パーセント|"
            # Persian, Arabic
            "درصد|در صد|في المئة|في المائة|بالمئة|بالمائة"
        )
    },
    ("km",): {
        AFTER: _listed(
            "km|kilometres|kilometre|kilometers|kilometer|Kilometer|км|公里|킬로미터|キロメートル"
        )
    },
    ("kg",): {AFTER: ("kg", "kilograms", "kilogrammes", "kilogram", "Kilogramm", "кг")},
    ("tonne",): {AFTER: ("tonnes", "tonne", "Tonnen", "тонн")},
    ("mw",): {AFTER: ("MW", "megawatts", "Megawatt")},
    ("gw",): {AFTER: ("GW", "gigawatts", "Gigawatt")},
    ("kwh",): {AFTER: ("kWh",)},
    ("ha",): {AFTER: ("ha", "hectares", "Hektar")},
}

MEASURES = frozenset({"pct", "km", "kg", "tonne", "mw", "gw", "kwh", "ha"})

# Forms that are also a letter, a word or a name beside a number ("R2-D2", "N95", "PHP 8",
# "SR 71", "5 Ft" feet, the climate conference "COP30"): read as the currency only with a
# scale word or a digit grouping ("R1,2 billion", "R1,200", "N500m", "PHP 5,000"), a single
# letter only glued to its number; never bare ("R500", "N500" stay a model's or a road's
# number).  Folded to lower case.
GUARDED = frozenset(
    form.casefold()
    for form in _listed(
        "R|N|P|Br|PHP|Php|Ft|SR|QR|LE|DH|Dh|DA|COP|SOS|MAD|PEN|"
        # ISO 4217 codes (clipper.amountcodes) that are English words or other things'
        # abbreviations ("TOP 10", "ALL 3", "CVE 2024", "AMD 7950", "12 AWG", "5 KGS")
        "ALL|TOP|CUP|BOB|MOP|BAM|CVE|SSP|MDL|PAB|AWG|MGA|SHP|STN|SCR|TMT|NIO|CRC|BTN|BSD|BMD|"
        "AMD|KGS|GIP|VES|SLE|SRD|ERN|LAK|NAD|MUR|GEL|SDG"
    )
)

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
    "milliard": (10**9, False),
    "milliards": (10**9, False),
    "milliarden": (10**9, False),
    "milliarde": (10**9, False),
    "miljard": (10**9, False),
    "miljarder": (10**9, False),
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
