"""Amounts (a number with its currency or unit), as search finds them: ``Rs1200`` finds ``Rs
1,200`` and ``₹1,200``, ``$5m`` finds ``US$5 million``, ``€3,5 Mrd.`` finds ``3.5 billion
euros``, ``5km`` finds ``5 km`` and ``5 kilometres``, ``20%`` finds ``20 per cent``, ``5천만원``
finds ``50,000,000원``.

The index reads a number and its unit as separate words where a space or a symbol parts them
(``Rs 1,200`` is ``rs 1 200``, ``₹1,200`` is ``1 200``) and as one word where they are glued
(``Rs1200`` is ``rs1200``, ``5km`` is ``5km``): a query in one form missed every page writing
another.  A page's search text therefore holds, after its words, a key of each amount it
writes (:func:`amount_keys_text`, migration 0093), and a query term that is one amount is
sought by its key (:func:`query_amount`; :class:`clipper.searchterms.QueryTokens`).

Two amounts are **the same** when their values and their units are:

- the value is the number with its digit grouping read as :mod:`clipper.searchnumbers` reads
  it (a separator followed by three digits groups: ``1,200``, ``1.200``, ``1 200`` with a
  no-break space, India's ``1,25,00,000``, Arabic script's ``١٬٢٠٠``; its ``٫`` is a decimal
  mark: ``۱٫۲`` is 1.2; beside a currency a plain space too, ``25 000 FCFA``, ``R1 200``:
  :data:`clipper.amountpattern.SPACED_NUMBER`), any other single ``,`` or ``.`` a decimal mark
  (``3,5``, ``R1,2 billion``, ``2.75``; before an English or Malay scale word a ``.`` and three
  digits too: ``RM6.162 million``), times the scale word after it in the languages news
  writes (:data:`clipper.amountscales.SCALES`: ``thousand``, ``million``, ``m``, ``mn``,
  ``Mio.``, ``bn``, ``Mrd.``, ``milliard``, ``bilioni``, ``mil millones``, ``bilhões``,
  ``مليار``, ``juta``, ``ล้าน``, ``tỷ``, ``milliárd``, ``lakh``, ``crore``, ``千 万 億 兆``,
  ``천 만 억 조``, which multiply: ``5천만`` is 50,000,000, ``1억5천만`` 150,000,000), a
  joiner allowed between a scale word and the currency (``10 milliards de FCFA``, ``5
  millones de dólares``, ``3 milliards d'euros``).  The letters ``k``, ``m``, ``b``, ``bn``,
  ``cr`` scale only beside a currency (``5m`` alone is five metres).  ``billion`` is the short
  scale's 10⁹, whatever the language; the long scale's own words (``billón``, ``bilião``)
  10¹²;
- the unit is a currency or a measure of :data:`UNITS` (:mod:`clipper.amountunits`: the
  currencies of every region, their symbols, codes and names in the languages that write
  them; the names of Japanese, Korean, Persian and Arabic as CLDR gives them,
  :mod:`clipper.amountnames`: ``36億ドル``, ``5兆ウォン``, ``1조2천억 엔``, ``۵۰۰ میلیون دلار``,
  Arabic script's letters read as either keyboard types them, ``ي`` as ``ی``).  A symbol
  several currencies write (``$``, ``¥``, ``Rs``, ``kr``, ``Sh``, ``Dh``) or
  a name they share (``pesos``, ``dinars``, ``riyals``, ``francs``) is a family: ``$5m`` finds
  every dollar amount of five million
  (``US$5m``, ``A$5m``, ``5 million dollars``), while a code or a symbol of one currency
  (``US$``, ``USD``, ``€``, ``₹``, ``INR``, ``円``) finds only that currency's (``US$5m`` does not
  find ``A$5m``, nor a page writing only ``$5m``, which may be another dollar).  A page's
  amount in a currency's own form is keyed under its family too, so ``Rs1200`` finds
  ``₹1,200``.  A word that is also a common word (``pound``, ``won`` before a number) is no
  unit; ``won`` and the other currencies' names count after the number only.
- Arabic's plural and accusative (``7 ريالات``, ``40 دولاراً``: :mod:`clipper.amountendings`)
  and its dual, which writes the number two, of a scale word (``مليونا دولار``, ``ملياري ريال``:
  :data:`clipper.amountscales.DUALS`, and Hebrew's ``אלפיים``) or of a currency (``دولاران``,
  ``بريالين``: :data:`clipper.amountpattern.CURRENCY_DUALS`, not after the article: ``الدولارين``
  is "the two dollars", two currencies), and Hebrew's and Arabic's "and a half" after a scale
  (``2 מיליארד וחצי`` is 2.5 billion; ``מיליון וחצי``, ``مليون ونصف`` alone one and a half
  million: :data:`clipper.amountscales.HALVES`), read in a text without digits too
  (:func:`may_write_amount`); a number glued to an Arabic or Hebrew preposition (``بـ40``,
  ``ב300``); the abbreviations CLDR gives Arabic's currencies, either side of the number
  (``500 ر.س``, ``ر.س 500``, ``د.إ 2.5 مليار``);
- a Japanese or Korean currency name (CLDR's) stands after the number or before it with a CJK
  scale after the number (``米ドル5億``, ``원화 5조``, ``엔화 5000억``, ``달러 5억``), a Korean one
  after no letter and not of one or two letters but the won's and the dollar's and a name
  with 화 "currency" (but ``동화``, a fairy tale: :func:`clipper.amountpattern.guarded_name`),
  a katakana one after no katakana (``직원 5만 명``, ``동화 5만 부``,
  ``ディズニーランド5万人`` are no amounts); a form before a number that is not its unit
  leaves the number to the unit after it (``달러 1,350원`` is 1,350 won);
- a Chinese or Japanese currency name stands after the number or before it, with 元 (圓, 圆)
  after the number then the unit word only (``新台幣120億元``, ``人民币25亿元``, ``25亿元人民币``
  are Taiwan's dollar and the renminbi, never a second currency; before a number only with a
  CJK scale or 元 after it: ``人民币兑美元7.12`` is a rate); the renminbi is one key by any name
  (``RMB``, ``CNY``, ``yuan``, ``人民币``); a bare 元 is the currency its text's writing tells
  (:func:`_page_yuan`), a query's any currency written 元;
- Hausa and Swahili write the currency's name and the scale before the number (``naira
  tiriliyan 2.5``, ``shilingi bilioni 2.5``: :data:`clipper.amountunits.NAMES_FIRST`, read
  with its own language's scales only); Ghana's papers type ``GH¢`` for the cedi's ``GH₵``
  (:data:`clipper.amountunits.TYPED`), Mexico's ``mdd`` for millions of dollars
  (:data:`clipper.amountunits.SCALED`); a bare CFA franc (``FCFA``) is the zone's franc its
  text names alone (``XOF``, ``XAF``: :func:`_page_cfa`), else either;
- a form that is also a letter, a word or a name (``R``, ``N``, ``PHP``, ``SR``, ``Ft``,
  ``COP``: :data:`clipper.amountunits.GUARDED`) is a currency only with a scale word or a
  digit grouping, a single letter only glued to its number: ``R1,2 billion``, ``N500m``,
  ``R1,200`` are the rand's and the naira's; ``R2-D2``, ``R500``, ``N95``, ``PHP 8.2``,
  ``COP30`` are no amounts.  What the page's language or country would tell (a bare ``R500``
  on a South African page, a bare ``$`` on a Mexican one, which is keyed as the dollar) is
  not read.

A sign is not read (``-5 %`` is ``5 %``), nor a range's or a fraction's second number, nor an
amount spelled in words (``five million``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import TypeVar

from clipper.amountendings import SCALE_STEMS
from clipper.amountpattern import (
    DUAL_VALUES,
    GAP,
    HAN,
    HYPHENS,
    NUMBER,
    NUMBER_WORDS,
    SCALE_FIRST,
    SCALE_WORDS,
    SPACED_NUMBER,
    cldr_names,
    guarded_names,
    is_cjk_name,
    is_persian,
    keyboard,
    names_first,
    tables,
)
from clipper.amountscales import CJK_SCALES, HALVES, POINT_SCALES
from clipper.amountunits import BARE_YUAN, CFA, GUARDED, MEASURES, SCALED, UNITS, XAF, XOF
from clipper.scripts import ascii_digits
from clipper.searchnumbers import grouped_numbers

__all__ = ["AMOUNT", "UNITS", "amount_keys_text", "amounts", "may_write_amount", "query_amount"]

# The mark an amount's key starts with: a private-use character, which no text's word holds
# (clipper.caseforms.MARK and clipper.koreanwords' marks are U+F0000-U+F0005).
AMOUNT = "\U000f0010"

_T = TypeVar("_T")

# Hangul: a Korean currency name before a number is read after no letter ("원화 5조", not the
# "원 5만" of "직원 5만 명", "50,000 employees"); katakana: a Japanese one after no katakana
# (not the "ランド" of "ディズニーランド5万人").
_HANGUL = re.compile("[\uac00-\ud7a3]")
_KATAKANA = re.compile("[\u30a0-\u30ff]")
# Kana: a Japanese text, whose bare 元 is the renminbi ("5億元").
_KANA = re.compile("[\u3040-\u30ff]")

# The scale words read with endings, by their stems: their factor and whether they need a
# currency (clipper.amountendings.SCALE_STEMS).
_SCALE_STEMS = {stem: (factor, needs) for stem, (factor, needs, _) in SCALE_STEMS.items()}


def _stemmed(word: str, table: dict[str, _T]) -> _T | None:
    """``table``'s entry for ``word`` (folded), else for the longest stem ``word`` starts
    with (a name or a scale word with its endings: ``dolarlık`` is ``dolar``'s), else None."""
    word = word.casefold()
    for end in range(len(word), 0, -1):
        if word[:end] in table:
            return table[word[:end]]
    return None


def _decimal(number: str) -> Decimal | None:
    """The value of ``number`` (digits of any script and separators): a digit grouping as
    :func:`clipper.searchnumbers.grouped_numbers` reads it, with a decimal part after the
    other separator; else one ``,`` or ``.`` a decimal mark; else None."""
    digits = ascii_digits(number)
    if " " in digits:  # grouped by plain spaces: SPACED_NUMBER ("25 000", "1 200,50")
        digits = digits.replace(" ", "")
    if digits.isdigit():
        return Decimal(digits)
    if "\u066b" in digits:  # Arabic script's decimal mark, its groups "\u066c" ("۱٬۲۰۰٫۵")
        integer, _, fraction = digits.partition("\u066b")
        integer = integer.replace("\u066c", "")
        return Decimal(f"{integer}.{fraction}") if (integer + fraction).isdigit() else None
    grouped = grouped_numbers(digits)
    if grouped and grouped[0][0] == 0:
        _, end, integer = grouped[0]
        rest = digits[end:]
        if not rest:
            return Decimal(integer)
        if rest[0] in ",." and rest[1:].isdigit():
            return Decimal(f"{integer}.{rest[1:]}")
        return None
    marks = [char for char in digits if not char.isdigit()]
    if len(marks) == 1 and marks[0] in ",.":
        return Decimal(digits.replace(",", "."))
    return None


def _value(text: str, currency: bool) -> Decimal | None:
    """The value a number and its scales write (``3,5 Mrd.``, ``1억5천만``), None where it is
    no number or a scale needs a currency ``currency`` is not.  Before a scale word of the
    languages whose point is decimal (:data:`clipper.amountscales.POINT_SCALES`), one ``.``
    and three digits are a decimal (``RM6.162 million`` is 6,162,000; ``1.000 millones`` stays
    1,000 million)."""
    text = text.strip()
    if text in DUAL_VALUES:
        return Decimal(DUAL_VALUES[text])
    if any(char in CJK_SCALES for char in text):
        total = Decimal(0)
        for number, scales in re.findall(rf"({NUMBER}){GAP}([{''.join(CJK_SCALES)}]+)", text):
            value = _decimal(number)
            if value is None:
                return None
            for scale in scales:
                value *= CJK_SCALES[scale]
            total += value
        return total
    number = re.match(SPACED_NUMBER, text) or re.match(NUMBER, text)
    if number is None:
        return None
    # the scale word after a space or a hyphen ("$2.5-billion": clipper.amountpattern.HYPHENS)
    scale_word = " ".join(text[number.end() :].lstrip(HYPHENS).casefold().split())
    half = scale_word.rpartition(" ")[2] in HALVES  # "2 מיליארד וחצי": 2.5 billion
    if half:
        scale_word = scale_word.rpartition(" ")[0]
    digits = ascii_digits(number[0])
    if scale_word in POINT_SCALES and re.fullmatch(r"\d+\.\d{3}", digits):
        value = Decimal(digits)  # "RM6.162 million": English's decimal point
    else:
        value = _decimal(number[0])
    if value is None or not scale_word:
        return value
    scale = SCALE_WORDS.get(scale_word) or _stemmed(scale_word, _SCALE_STEMS)
    if scale is None:
        return None
    factor, needs_currency = scale
    if needs_currency and not currency:
        return None
    return (value + Decimal("0.5") if half else value) * factor


def _written(value: Decimal) -> str:
    """``value`` as a key's letters and digits: ``5000000``, ``2d75`` for 2.75 (a period
    would part the key's word)."""
    integer, _, fraction = f"{value:f}".partition(".")
    fraction = fraction.rstrip("0")
    return f"{integer}d{fraction}" if fraction else integer


def _is_currency(keys: tuple[str, ...]) -> bool:
    return keys[0] not in MEASURES


# A digit grouping in a number: a separator followed by three digits ("1,200", "5.000").
_GROUPING = re.compile(r"\d[,.'\u2019\u00a0\u202f\u2009 ]\d{3}(?!\d)")


def _read_as_written(match: re.Match[str], written: str) -> bool:
    """Whether what sits around a unit's form lets it be read: a joiner only after a scale
    word ("milliards de FCFA", not "5 de FCFA"); a :data:`clipper.amountunits.GUARDED` form only
    with a scale word or a digit grouping ("R1,2 billion", "N500m", "R1,200", "PHP 5,000";
    not "R2", "N95", "PHP 8.2"), and a single letter ("R", "N") only glued to its number."""
    value = match["value"] or match["number"]
    scaled = any(char.isalpha() for char in value)
    if match["joiner"] is not None and not scaled:
        return False
    if match["before"] is not None and is_cjk_name(written):
        # a Chinese, Japanese or Korean name before a number with a scale or the unit word
        # after it ("新台幣120億", "人民币500元", "米ドル5億", "원화 5조"), not a rate's
        # ("人民币兑美元7.1"); a Korean one after no letter and not of one or two letters
        # (not "직원 5만 명"'s "원 5만", "동화 5만 부"), a katakana one after no katakana (not
        # "ディズニーランド5万人"'s "ランド5万")
        previous = match.string[match.start() - 1] if match.start() else " "
        if _HANGUL.match(written) and (previous.isalnum() or written in guarded_names()):
            return False
        if _KATAKANA.match(written) and _KATAKANA.match(previous):
            return False
        return match["unit_word"] is not None or any(char in CJK_SCALES for char in value)
    if written.casefold() not in GUARDED and written not in guarded_names():
        return True
    glued = match["before"] is None or match.start("value") == match.end("before")
    if len(written) == 1 and not glued:
        return False
    return scaled or _GROUPING.search(ascii_digits(value)) is not None


def _reading(match: re.Match[str], text: str) -> tuple[int, int, tuple[str, ...], str] | None:
    """``(start, end, keys, value)`` of the amount ``match`` (of the pattern of
    :func:`clipper.amountpattern.tables` in ``text``, its letters folded:
    :func:`clipper.amountpattern.keyboard`) reads, its value as a key writes it; None where
    what is matched is no amount (see :func:`_read_as_written`)."""
    _, before, after, stems = tables(False)  # the keys (either pattern's; one cache entry)
    if match["dual"] is not None:  # Arabic's dual of a currency: two of it ("دولاران")
        keys = after.get(match["dual"])
        return None if keys is None else (match.start(), match.end(), keys, "2")
    if match["first"] is not None:  # Hausa's, Swahili's name and scale first ("naira
        # tiriliyan 2.5"): the name's keys, the number times the scale
        _, first_keys, factors = names_first()
        name, _, scale = match["first"].rpartition(" ")
        counted = _decimal(match["first_value"])
        if counted is None:
            return None
        scaled = counted * factors[scale.casefold()]
        return match.start(), match.end(), first_keys[name.casefold()], _written(scaled)
    written = match["before"] if match["before"] is not None else match["after"]
    # a form's spaces any space ("F\u202fCFA", as CLDR writes it), its keys under one
    written = re.sub("[\u00a0\u202f]", " ", written)
    if match["before"] is not None:
        keys = before.get(written.casefold())
    else:
        keys = after.get(written.casefold()) or _stemmed(written, stems)
    if keys is None:  # a form written on the other side only ("Rs" after a number)
        return None
    persian = cldr_names()[1]
    if match["after"] is not None and written in persian and is_persian(text):
        keys = persian[written]  # Persian's درهم is the Emirates' dirham, Arabic's either
    if not _read_as_written(match, written):
        return None
    number = match["value"] or match["number"]
    if not _is_currency(keys) and re.match(SPACED_NUMBER, number):
        return None  # "Phase 2 520 MW": a measure's number is not read grouped by spaces
    value = _value(number, _is_currency(keys))
    if value is None:
        return None
    if match["after"] is not None and written.casefold() in SCALED:
        value *= SCALED[written.casefold()][0]  # a scale and a currency in one ("500 mdd")
    return match.start(), match.end(), keys, _written(value)


def amounts(text: str, page: bool = True) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, keys)`` of each amount ``text`` writes (see the module), in order: its
    span and its index words, the most specific first: ``amounts("a Rs 1,200 fare")`` →
    ``[(2, 10, ("\\U000f0010rupee1200",))]``; ``"US$5m"`` → ``("\\U000f0010usd5000000",
    "\\U000f0010dollar5000000")``.  A bare 元 is its page's currency (:func:`_page_yuan`) where
    ``text`` is a ``page``'s, else (a query's) the family of the currencies written 元."""
    read: list[tuple[int, int, tuple[str, ...], str]] = []
    folded = keyboard(text)
    windows, scale_first = _windows(folded)
    # a name and a scale before the number only in a text writing such a scale before a
    # number (Hausa's, Swahili's: "naira tiriliyan 2.5")
    pattern = tables(scale_first)[0]
    for start, end in windows:
        position = start
        while (match := pattern.search(folded, position, end)) is not None:
            position = match.end()
            found = _reading(match, text)
            if found is not None:
                read.append(found)
            elif match["before"] is not None:
                # a form before a number that is not its unit ("달러 1,350원", a rate; "R2"):
                # the number may still be read with the unit after it
                position = match.start("value")
            elif match["number"] is not None and " " in match["number"]:
                # a number grouped by spaces read as no amount ("Phase 2 520 MW"): its
                # last group may still be one, with the unit after it
                position = match.start("number") + match["number"].index(" ") + 1
    bare = _page_yuan(text, read) if page else BARE_YUAN
    cfa = _page_cfa(text) if page and any(keys == CFA for _, _, keys, _ in read) else CFA
    return [
        (
            start,
            end,
            tuple(
                f"{AMOUNT}{key}{amount}"
                for key in (bare if keys == BARE_YUAN else cfa if keys == CFA else keys)
            ),
        )
        for start, end, keys, amount in read
    ]


def _zone(words: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern of ``words``, whole, as written or in capitals (a dateline's ``DAKAR``)."""
    forms = sorted({form for word in words for form in (word, word.upper())}, key=len)
    return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(form) for form in forms[::-1])})(?!\w)")


# What names the zone of one CFA franc: its central bank, its union, its code, its countries
# and their capitals, in French and English (Niger not before "Delta", "State", "River", which
# are Nigeria's; not the two Congos' "Congo", of which only Brazzaville's writes the franc).
_WEST = _zone((
    "BCEAO", "UEMOA", "WAEMU", "XOF", "Sénégal", "Senegal", "Côte d'Ivoire", "Côte d’Ivoire",
    "Cote d'Ivoire", "Ivory Coast", "Mali", "Burkina Faso", "Burkina", "Togo", "Bénin", "Benin",
    "Guinée-Bissau", "Guinea-Bissau", "Dakar", "Abidjan", "Yamoussoukro", "Bamako",
    "Ouagadougou", "Niamey", "Lomé", "Lome", "Cotonou", "Porto-Novo", "Bissau",
))  # fmt: skip
_NIGER = re.compile(r"(?<!\w)(?:Niger|NIGER)(?![\w-]| (?:Delta|State|River|DELTA|STATE))")
_CENTRAL = _zone((
    "BEAC", "CEMAC", "XAF", "Cameroun", "Cameroon", "Gabon", "Tchad", "Chad", "Centrafrique",
    "Central African Republic", "République centrafricaine", "Congo-Brazzaville",
    "Guinée équatoriale", "Equatorial Guinea", "Yaoundé", "Douala", "Libreville",
    "N'Djamena", "N’Djamena", "Ndjamena", "Bangui", "Brazzaville", "Malabo",
))  # fmt: skip


def _page_cfa(text: str) -> tuple[str, ...]:
    """The keys of a bare CFA franc (``FCFA``, ``F CFA``, ``francs CFA``) in ``text`` (a
    page's title or body): the BCEAO's (``XOF``) where the text names the West African zone
    only (its bank, union, code, a country or capital: ``DAKAR, 7 déc (APS)``, ``l'UEMOA``),
    the BEAC's (``XAF``) where it names the Central African zone only (``Yaoundé``, ``la
    CEMAC``), else :data:`clipper.amountunits.CFA`, the family, which a query's ``FCFA``
    seeks (a query's ``XOF`` finds a page whose text names neither zone only by the family's
    key, which it does not seek)."""
    west = _WEST.search(text) is not None or _NIGER.search(text) is not None
    central = _CENTRAL.search(text) is not None
    if west != central:
        return XOF if west else XAF
    return CFA


# The currencies a bare 元 may be on a page in Traditional characters, by their first key:
# Taiwan's, Hong Kong's, Macau's, the renminbi (Singapore's is written in Simplified).
_TRADITIONAL_YUAN = frozenset({"twd", "hkd", "mop", "cny"})
# The renminbi's keys (clipper.amountunits.UNITS)
_RENMINBI = next(keys for keys in UNITS if keys[0] == "cny")


def _page_yuan(text: str, read: list[tuple[int, int, tuple[str, ...], str]]) -> tuple[str, ...]:
    """The keys of a bare 元 in ``text`` (a page's title or body) whose amounts (``(start,
    end, keys, value)``) are ``read``: the renminbi's in Japanese (kana) or in Simplified
    characters (Singapore's dollar's where the text's named 元 amounts are Singapore dollars
    only: ``新元``); in Traditional characters the one currency of Taiwan, Hong Kong,
    Macau or the mainland its amounts name (``新台幣120億元`` … ``30億元``), else
    :data:`clipper.amountunits.BARE_YUAN`, the family, which a query's bare 元 seeks.  Which
    script a page writes is OpenCC's (:mod:`clipper.hanfold`): more characters it simplifies
    than characters it writes in Traditional."""
    if not any(keys == BARE_YUAN for _, _, keys, _ in read):
        return BARE_YUAN
    named = {keys[0]: keys for _, _, keys, _ in read if "yuan" in keys and keys != BARE_YUAN}
    if _KANA.search(text) is not None:
        return _RENMINBI
    if _simplified_page(text):
        return named["sgd"] if set(named) == {"sgd"} else _RENMINBI
    local = set(named) & _TRADITIONAL_YUAN
    return named[local.pop()] if len(local) == 1 else BARE_YUAN


def _simplified_page(text: str) -> bool:
    """Whether ``text`` writes Chinese in Simplified characters: more of its Han characters
    OpenCC writes otherwise in Traditional (``s2t``) than it simplifies (``t2s``)."""
    from clipper.hanfold import simplified, traditional

    simple = complex_ = 0
    for char in HAN.findall(text):
        if simplified(char) != char:
            complex_ += 1
        elif traditional(char) != char:
            simple += 1
    return simple > complex_


# How far before a number its unit may start (the longest: Swahili's "dola za Marekani
# trilioni 2", clipper.amountunits.NAMES_FIRST), and after it its scale and unit end (the
# longest forms: "dollars américains", "1억5천만"), in characters.
_REACH_BEFORE, _REACH_AFTER = 28, 48
_DIGIT_RUN = re.compile(r"\d+")
# The longest scale word of clipper.amountpattern.SCALE_FIRST and its space, in characters
_SCALE_FIRST_REACH = max(map(len, SCALE_FIRST)) + 2
# The words that write their number, Arabic's and Hebrew's duals ("مليونا دولار", "دولاران",
# "אלפיים שקל"), sought in a text holding a letter they start with only (sought in every text
# beside the digits, they cost the real texts' keys 1.2× their CPU)
_DUAL_RUN = re.compile(f"(?:{NUMBER_WORDS})(?!\\w)")
_DUAL_LETTERS = re.compile(f"[{''.join(sorted({word[0] for word in NUMBER_WORDS.split('|')}))}]")
_SPACE = re.compile(r"\s")


def _windows(text: str) -> tuple[list[tuple[int, int]], bool]:
    """The stretches of ``text`` an amount can be in: around each run of digits (or Arabic
    dual, :data:`clipper.amountscales.DUALS`), from
    :data:`_REACH_BEFORE` before it to the first space :data:`_REACH_AFTER` after it (a word
    is not cut), those that meet merged.  The amount pattern is matched there only: matched
    at every character of a page it cost the fundus pages' search text 1.6× its CPU; its
    look-behinds still see the text before a window.  And whether a run of digits follows a
    scale word Hausa or Swahili writes before its number
    (:data:`clipper.amountpattern.SCALE_FIRST`, ``tiriliyan 2.5``)."""
    windows: list[tuple[int, int]] = []
    runs = [run.span() for run in _DIGIT_RUN.finditer(text)]
    scale_first = any(
        text[max(0, start - _SCALE_FIRST_REACH) : start]
        .rpartition(" ")[0]
        .rpartition(" ")[2]
        .casefold()
        in SCALE_FIRST
        for start, _ in runs
    )
    if _DUAL_LETTERS.search(text) is not None:
        runs = sorted(runs + [run.span() for run in _DUAL_RUN.finditer(text)])
    for run_start, run_end in runs:
        if windows and run_start - _REACH_BEFORE < windows[-1][1]:
            start = windows[-1][0]
            windows.pop()
        else:
            start = max(0, run_start - _REACH_BEFORE)
        space = _SPACE.search(text, run_end + _REACH_AFTER)
        windows.append((start, space.start() if space is not None else len(text)))
    return windows, scale_first


def may_write_amount(text: str) -> bool:
    """Whether ``text`` may write an amount (a cheap test before :func:`amounts`): it holds a
    digit of any script, or the stem of an Arabic dual, which writes its number
    (:data:`clipper.amountscales.DUALS`: ``مليونا دولار``)."""
    return _DIGIT_RUN.search(text) is not None or (
        _DUAL_LETTERS.search(text) is not None and _DUAL_RUN.search(text) is not None
    )


def amount_keys_text(text: str) -> str:
    """The keys of every amount ``text`` writes, as search text (the index words after a
    page's words); "" for none."""
    return " ".join(key for _, _, keys in amounts(text) for key in keys)


def query_amount(term: str) -> str | None:
    """The key a query term that is one amount and nothing else is sought by (its unit's
    most specific: ``"Rs 1,200"`` → ``"\\U000f0010rupee1200"``, ``"₹1,200"`` → ``…inr1200``),
    else None."""
    term = term.strip()
    found = amounts(term, page=False)
    if len(found) == 1 and found[0][0] == 0 and found[0][1] == len(term):
        return found[0][2][0]
    return None
