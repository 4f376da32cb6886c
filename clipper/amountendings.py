"""Currency names and scale words with the endings their languages write after them, as
:mod:`clipper.searchamounts` reads them: Turkish and Azerbaijani suffixes after the word or an
apostrophe (``2,3 milyar dolarlık``, ``1,5 milyar liraya``, ``₺750 milyonluk``, ``1 milyard
manatlıq``), Uzbek (``so'mlik``), Kazakh in either script (``100 млрд теңгеге``, ``teńgeden``),
Kyrgyz, the case endings of Russian, Ukrainian and Belarusian (``долларов``, ``доларів``,
``рублёў``), Georgian (``2,3 მილიარდ დოლარს``, ``ლარის``), Armenian (``դրամով``) and Arabic's
plural and accusative (``7 ريالات``, ``40 دولاراً``).

A stem is read with one of its endings or none; a Turkic stem with up to two suffixes
(``lirasına``: ``sı`` and ``na``), each one of the suffixes its language writes after a
noun (a case, the possessive, the plural, ``-lık`` "worth of"), in every vowel-harmony form.
Only a currency's name or a scale word takes them, so no other word is read differently:
``dolarize`` is no amount, nor ``yeni`` ("new" in Turkish, not the yen, which takes none).

Source: the grammars of the languages (noun case and derivational suffixes); the names are
those the countries' news writes, as ``clipper.amountunits.UNITS``'s are.
"""

from __future__ import annotations

__all__ = ["ENDINGS", "NAMES", "SCALE_STEMS"]


def _suffixes(*forms: str, most: int = 1) -> str:
    """A pattern of one to ``most`` of ``forms`` (patterns) one after the other."""
    return f"(?:{'|'.join(forms)}){{1,{most}}}" if most > 1 else f"(?:{'|'.join(forms)})"


# Each language's endings, a pattern (matched in any case, after the stem).
ENDINGS: dict[str, str] = {
    # Turkish and Azerbaijani (Latin, with or without their own letters: "dolarlik"), after an
    # apostrophe too ("TL'lik" is a code's, read as the code): -lık -lı "worth of", the
    # plural, the possessive, genitive, locative, ablative, instrumental, dative, accusative
    "turkic": "['’]?"
    + _suffixes(
        "l[ıiuü][kqğ]",
        "l[ıiuü]",
        "l[aeə]r",
        "s[ıiuü]",
        "n?[ıiuü]n",
        "n?[dt][aeə]n",
        "n?[dt][aeə]",
        "y?l[aeə]",
        "[yn]?[aeə]",
        "[yn]?[ıiuü]",
        most=2,
    ),
    # Uzbek (Latin): -lik, dative, ablative, locative, accusative, genitive, plural
    "uzbek": _suffixes("lik", "[gkq]a", "dan", "da", "ni", "ning", "lar", "dek", most=2),
    "uzbek_cyrillic": _suffixes("лик", "[гкқ]а", "дан", "да", "ни", "нинг", "лар", most=2),
    # Kazakh and Kyrgyz (Cyrillic): dative, ablative, locative, genitive, accusative, -лық,
    # instrumental, plural, possessive
    "kipchak": _suffixes(
        "[гғкқ][аеәоө]",
        "[дтн][аеәоө]н",
        "[дт][аеәоө]",
        "[дтн][ыіуү][ңн]?",
        "[лд][ыіуү][кқ]",
        "[мбп][еeо]н",
        "[лд][аеәоө]р",
        "с[ыі]",
        most=2,
    ),
    # Kazakh in the Latin alphabet of 2021
    "kazakh_latin": _suffixes(
        "[gǵkq][ae]",
        "[dtn][ae]n",
        "[dt][ae]",
        "[dtn][yi]ń?",
        "l[yi][kq]",
        "[mbp]en",
        "l[ae]r",
        "s[yi]",
        most=2,
    ),
    # Russian, Ukrainian, Belarusian: a hard stem's cases ("долларов", "доларів", "долараў")
    "slavic": _suffixes(
        "а", "ов", "ів", "аў", "ах", "ам", "ами", "амі", "у", "ом", "ой", "е", "ы", "и", "і"
    ),
    # ... the forms a numeral takes only ("5 млрд сумов", "3 драма"), for the names that are
    # also words in their other cases (Russian "драмах" "in dramas", Ukrainian "сума" "sum",
    # "сомы" "catfish")
    "slavic_count": _suffixes("а", "ов", "ів", "аў"),
    # ... and the ruble's soft stem ("рубля", "рублей", "рублів", "рублёў")
    "slavic_soft": _suffixes(
        "ь", "я", "ей", "ях", "ям", "ями", "ю", "ём", "ем", "и", "ів", "і", "ёў", "еў"
    ),
    # Georgian: nominative, dative, genitive, instrumental, adverbial, "up to", "on", "in",
    # ergative, the plural's ("2,3 მილიარდ დოლარს", "ლარის", "ლარამდე")
    "georgian": _suffixes(
        "ი", "ს", "ის", "ით", "ად", "ზე", "ამდე", "ში", "მა", "ისა", "ისთვის", "იდან", "ები",
        "ებს", "ების", "ებით", "ა", "ას",
    ),
    # ... after a vowel ("ევროს", "ევროთი")
    "georgian_vowel": _suffixes("ს", "თი", "დ", "ზე", "მდე", "ში", "მ", "ის", "სთვის", "დან"),
    # Armenian: genitive-dative, instrumental, ablative, the article, locative, plural
    "armenian": _suffixes(
        "ի", "ով", "ից", "ը", "ն", "ում", "ներ", "ների", "ներով", "ներից", "ային", "ու"
    ),
    "armenian_vowel": _suffixes("յի", "յով", "ից", "ն", "ով", "ներ", "ների"),
    # Arabic: the sound plural (3-10 take it: "7 ريالات", "5 جنيهات", "3 دولارات") and the
    # accusative a number from 11 to 99 takes, its tanwīn before or after the alif ("40
    # دولاراً", "40 دولارًا") or left out ("40 دولارا")
    "arabic": _suffixes("ات", "اً", "ًا", "ا"),
}  # fmt: skip

# Each currency's keys (as clipper.amountunits.UNITS keys them) and its names' stems, each
# with the endings (:data:`ENDINGS`) its languages write after it; a stem is also read bare.
NAMES: dict[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]] = {
    ("dollar",): (
        ("dolar", ("turkic",)),  # Turkish
        ("dollar", ("turkic", "uzbek")),  # Azerbaijani, Uzbek ("dollarlıq", "dollarga")
        ("доллар", ("slavic", "kipchak", "uzbek_cyrillic")),  # Russian, Kazakh, Kyrgyz, Uzbek
        ("долар", ("slavic",)),  # Ukrainian, Belarusian
        ("დოლარ", ("georgian",)),
        ("դոլար", ("armenian",)),
        ("دولار", ("arabic",)),
    ),
    ("eur",): (
        ("avro", ("turkic",)),  # Turkish, Azerbaijani
        ("euro", ("turkic",)),  # Turkish "euroluk", "euroya"
        ("yevro", ("uzbek",)),
        ("еуро", ("kipchak",)),  # Kazakh
        ("ევრო", ("georgian_vowel",)),
        ("եվրո", ("armenian_vowel",)),
    ),
    ("rub",): (
        ("рубл", ("slavic_soft",)),
        ("ruble", ("turkic",)),  # Turkish
        ("rubl", ("turkic", "uzbek")),  # Azerbaijani, Uzbek
        ("რუბლ", ("georgian",)),
        ("ռուբլ", ("armenian",)),
    ),
    # the lira: Turkey's, whatever the page's language (Italy's is gone; Lebanon's and
    # Syria's are "pounds" in English)
    ("try", "lira"): (("lira", ("turkic",)), ("лир", ("slavic_count",))),
    ("azn", "manat"): (("manat", ("turkic",)),),
    ("manat",): (("манат", ("slavic", "kipchak")),),
    ("kzt",): (
        ("теңге", ("kipchak",)),
        ("teńge", ("kazakh_latin",)),
        ("tenge", ("kazakh_latin", "turkic")),
        ("тенге", ("kipchak",)),
    ),
    ("gel",): (("ლარ", ("georgian",)),),
    ("amd",): (("դրամ", ("armenian",)), ("драм", ("slavic_count",))),
    ("uzs", "som"): (
        ("so'm", ("uzbek",)),
        ("soʻm", ("uzbek",)),
        ("so‘m", ("uzbek",)),
        ("so’m", ("uzbek",)),
        ("сўм", ("uzbek_cyrillic",)),
        ("сум", ("slavic_count",)),  # Russian
    ),
    ("kgs", "som"): (("сом", ("kipchak", "slavic_count")),),
    ("uah",): (("гривн", ("slavic",)),),  # Russian "гривен" is a form of its own
    ("gbp",): (("sterlin", ("turkic",)),),  # Turkish
    # Arabic's names with its plural and accusative (the dollar's above)
    ("riyal",): (("ريال", ("arabic",)),),
    ("dinar",): (("دينار", ("arabic",)),),
    ("dirham",): (("درهم", ("arabic",)),),
    ("egp",): (("جنيه", ("arabic",)),),
}

# Scale words with endings: the stem, its factor, whether it scales only beside a currency
# (as clipper.amountscales.SCALES's), its endings.
SCALE_STEMS: dict[str, tuple[int, bool, tuple[str, ...]]] = {
    "bin": (10**3, True, ("turkic",)),  # Turkish
    "min": (10**3, True, ("turkic",)),  # Azerbaijani ("5 min" alone is minutes)
    "milyon": (10**6, False, ("turkic",)),  # Turkish, Azerbaijani
    "milyar": (10**9, False, ("turkic",)),  # Turkish
    "milyard": (10**9, False, ("turkic",)),  # Azerbaijani
    "trilyon": (10**12, False, ("turkic",)),
    "ming": (10**3, True, ("uzbek",)),  # Uzbek
    "минг": (10**3, True, ("uzbek_cyrillic",)),
    "мың": (10**3, False, ("kipchak",)),  # Kazakh
    "миң": (10**3, False, ("kipchak",)),  # Kyrgyz
    "myń": (10**3, False, ("kazakh_latin",)),
    "миллион": (10**6, False, ("kipchak",)),  # Kazakh, Kyrgyz ("миллиондық")
    "миллиард": (10**9, False, ("kipchak",)),
    "million": (10**6, False, ("uzbek",)),  # Uzbek ("millionlik")
    "milliard": (10**9, False, ("uzbek", "turkic")),
    "მილიონ": (10**6, False, ("georgian",)),  # Georgian: "მილიონი", "მილიარდ დოლარს"
    "მილიარდ": (10**9, False, ("georgian",)),
    "ტრილიონ": (10**12, False, ("georgian",)),
    "ათას": (10**3, False, ("georgian",)),
    "միլիոն": (10**6, False, ("armenian",)),  # Armenian
    "միլիարդ": (10**9, False, ("armenian",)),
    "տրիլիոն": (10**12, False, ("armenian",)),
    "հազար": (10**3, False, ("armenian",)),
}
