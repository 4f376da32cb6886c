"""The units :mod:`clipper.searchamounts` reads amounts in: the currencies and measures news
writes (their symbols, codes and names, by region and language) and the forms read only where
what sits around them makes them a currency (``R``, ``N``: :data:`GUARDED`); the look-alikes
papers type for a sign (``GH¢``: :data:`TYPED`), the forms of a scale and a currency in one
(``mdd``: :data:`SCALED`) and the names Hausa and Swahili write before the scale and the
number (``naira tiriliyan 2.5``: :data:`NAMES_FIRST`).  The scale words are
:mod:`clipper.amountscales`'.

Sources: ISO 4217 codes and the symbols and names the newspapers of each country write
(Kenya's ``KSh``/``Sh``, Nigeria's ``N``, South Africa's ``R``, West and Central Africa's
``FCFA``, Peru's ``S/.``, Malaysia's ``RM``, Bangladesh's ``Tk``…).
"""

from __future__ import annotations

__all__ = [
    "AFTER",
    "BARE_YUAN",
    "BEFORE",
    "CFA",
    "EITHER",
    "GUARDED",
    "MEASURES",
    "NAMES_FIRST",
    "SCALED",
    "TYPED",
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


def _qualified(names: tuple[str, ...], countries: tuple[str, ...], space: str) -> tuple[str, ...]:
    """Each of ``names`` with each of ``countries`` after it, as its language writes words
    apart (``space``: Vietnamese ``"đô la Mỹ"``, Thai ``""``: ``"ดอลลาร์สหรัฐ"``) and in
    brackets, with a space before them or none (``"ดอลลาร์(สหรัฐ)"``, ``"ดอลลาร์ (สหรัฐ)"``)."""
    return tuple(
        written
        for name in names
        for country in countries
        for written in (f"{name}{space}{country}", f"{name}({country})", f"{name} ({country})")
    )


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
        # and Thai's and Vietnamese's names, the country in brackets too ("1.2
        # พันล้านดอลลาร์สหรัฐ", "ดอลลาร์(สหรัฐ)", "1,2 tỷ đô la Mỹ", "đô la (Mỹ)")
        AFTER: (
            *_listed("US dollars|U.S. dollars|US-Dollar|dollars américains"),
            # Quebec's news ("5 $ US", "1,2 G$ US", "350 M$ US")
            "$ US",
            *_qualified(("ดอลลาร์", "เหรียญ"), ("สหรัฐ", "สหรัฐฯ"), ""),
            *_qualified(("đô la", "đô-la", "đôla"), ("Mỹ",), " "),
        ),
    },
    # Thai's and Vietnamese's bare dollar, their news' US dollar: a page's is the US dollar's
    # and the family's, a query's any dollar (as clipper.amountnames keys Japanese ドル)
    ("dollar", "usd"): {AFTER: ("ดอลลาร์", "đô la", "đô-la", "đôla")},
    ("aud", "dollar"): {
        EITHER: ("A$", "AU$", "AUD", "澳元", "澳幣", "澳币"),
        AFTER: ("Australian dollars",),
    },
    ("cad", "dollar"): {
        EITHER: ("C$", "CA$", "CAD", "加元", "加幣", "加币"),
        # and Quebec's news' ("5 $ CA", "2,5 G$ CAN")
        AFTER: ("Canadian dollars", "$ CA", "$ CAN"),
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
            "dollars|dollar|Dollar|dólares|dolares|دولار|דולר|דולרים|δολάρια|долл.|"
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
            "eurų|eiro|euró|eurót|avro|ยูโร"
        ),
    },
    ("gbp",): {
        EITHER: ("£", "￡", "GBP", "英镑", "英鎊"),
        AFTER: _listed(
            "sterling|фунтов стерлингов|фунта стерлингов|фунт стерлингов|"
            "фунтів стерлінгів|фунта стерлінгів|ปอนด์สเตอร์ลิง|bảng Anh|"
            # Hebrew's abbreviation of "לירה שטרלינג" (CLDR's name, clipper.amountnames)
            'ליש"ט|ליש״ט'
        ),
    },
    # the yen and the yuan: "¥" is either (its family "yenyuan"); the renminbi is one
    # currency by any name, RMB, CNY, CN¥, yuan, renminbi, 人民币, Japanese 人民元; a bare 元
    # or 圓 is the currency its page's writing tells (BARE_YUAN)
    ("yenyuan",): {EITHER: ("¥", "￥")},
    ("jpy", "yenyuan"): {
        EITHER: ("JPY", "日元", "日圓", "日圆", "日幣", "日币"),
        AFTER: _listed("円|yen|иен|иены|иена|йен|йены|йена|єн|єни|เยน|yên"),
    },
    ("cny", "yuan", "yenyuan"): {
        EITHER: ("CNY", "RMB", "CN¥", "人民币", "人民幣", "人民元"),
        AFTER: _listed("renminbi|yuan|юаней|юаня|юань|юанях|юанів|юані|หยวน|nhân dân tệ"),
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
    ("krw",): {EITHER: ("₩", "￦", "KRW", "韓元", "韩元", "韓圜"), AFTER: ("원", "won", "วอน")},
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
    # the CFA francs: a bare "FCFA" is either (CFA), a page's the one its text names the
    # zone of (clipper.searchamounts); CLDR's "F CFA" (the BCEAO's) and "FCFA" (the BEAC's)
    # are both written for both by the papers of both zones
    ("cfa", "franc"): {
        EITHER: ("FCFA", "CFA", "F CFA", "F.CFA", "CFAF"),
        AFTER: ("francs CFA", "franc CFA", "CFA francs", "CFA franc"),
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
    ("ghs",): {EITHER: ("GH₵", "₵", "GHS"), AFTER: ("cedis", "cedi")},  # and TYPED's "GH¢"
    ("etb",): {BEFORE: ("Br",), EITHER: ("ETB",), AFTER: ("birr", "ብር")},
    # Arabic's broken plural "دنانير" (its sound plurals and accusatives are
    # clipper.amountendings.NAMES')
    ("dinar",): {AFTER: _listed("dinars|dinar|dinara|dinari|динара|динар|динари|دينار|دنانير")},
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
    # Afghanistan's afghani in English (its Dari and Pashto names are CLDR's,
    # clipper.amountnames)
    ("afn",): {AFTER: ("afghanis", "afghani")},
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

# The CFA francs' keys: the family's (a bare "FCFA"), the BCEAO's (West Africa) and the BEAC's
# (Central Africa).
CFA = ("cfa", "franc")
XOF = ("xof", *CFA)
XAF = ("xaf", *CFA)

# Forms papers type for a currency's sign or code with a look-alike their keyboards have, not
# in CLDR (whose symbols clipper.amountcodes reads): ``{typed: (keys, place)}``.  Ghana's
# papers type the cent sign for the cedi's ("GH¢1.2 billion", "Gh¢95"; CLDR's "GH₵") and the
# cedi's code before 2007's redenomination ("GHC 500m", "GHc"; guarded: GUARDED).  A bare
# "¢" is the cent's (its own sign's key), "K" (Zambia's kwacha, Papua New Guinea's kina,
# Myanmar's kyat in CLDR) and the other letter symbols CLDR gives (Malawi's "MK", Sierra
# Leone's "Le", the Gambia's "D") are not read; "N" (the naira), "Kshs", "TSh", "USh" and
# "Rs." are UNITS' own.
TYPED: dict[str, tuple[tuple[str, ...], str]] = {
    "GH¢": (("ghs",), EITHER),
    "Gh¢": (("ghs",), EITHER),
    "GH ¢": (("ghs",), BEFORE),
    "GHC": (("ghs",), BEFORE),
    "GHc": (("ghs",), BEFORE),
}

# Forms that write a scale and a currency in one, after the number, their factor and keys:
# Mexico's papers' "mdd" (millones de dólares: "500 mdd"), "mdp" (millones de pesos) and
# their thousand millions ("mmdd", "mmdp"), keyed as "dólares" and "pesos" are (the families).
SCALED: dict[str, tuple[int, tuple[str, ...]]] = {
    "mdd": (10**6, ("dollar",)),
    "mmdd": (10**9, ("dollar",)),
    "mdp": (10**6, ("peso",)),
    "mmdp": (10**9, ("peso",)),
}

# The currency names of the languages that write them before the scale and the number (Hausa
# "naira tiriliyan 2.5", "Naira biliyan 350", "dala miliyan 1.2"; Swahili "shilingi bilioni
# 2.5", "Sh bilioni 2.5", "dola milioni 350"), by language, with their keys; read with a scale
# word of the same language only (clipper.amountscales.SCALES_FIRST), whose number follows.
NAMES_FIRST: dict[str, dict[str, tuple[str, ...]]] = {
    "ha": {
        "naira": ("ngn",),
        "dala": ("dollar",),
        "dalar Amurka": ("usd", "dollar"),
    },
    "sw": {
        "shilingi": ("shilling",),
        "Sh": ("shilling",),
        "Sh.": ("shilling",),
        "Shs": ("shilling",),
        "KSh": ("kes", "shilling"),
        "Ksh": ("kes", "shilling"),
        "TSh": ("tzs", "shilling"),
        "Tsh": ("tzs", "shilling"),
        "USh": ("ugx", "shilling"),
        "dola": ("dollar",),
        "dola za Marekani": ("usd", "dollar"),
        "euro": ("eur",),
    },
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
        "R|N|P|Br|PHP|Php|Ft|SR|QR|LE|DH|Dh|DA|COP|SOS|MAD|PEN|GHC|"
        # ISO 4217 codes (clipper.amountcodes) that are English words or other things'
        # abbreviations ("TOP 10", "ALL 3", "CVE 2024", "AMD 7950", "12 AWG", "5 KGS")
        "ALL|TOP|CUP|BOB|MOP|BAM|CVE|SSP|MDL|PAB|AWG|MGA|SHP|STN|SCR|TMT|NIO|CRC|BTN|BSD|BMD|"
        "AMD|KGS|GIP|VES|SLE|SRD|ERN|LAK|NAD|MUR|GEL|SDG"
    )
)
