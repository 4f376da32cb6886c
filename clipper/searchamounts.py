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
  mark: ``۱٫۲`` is 1.2), any other single ``,`` or ``.`` a decimal mark
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
  and its dual, which writes the number two (``مليونا دولار``, ``ملياري ريال``:
  :data:`clipper.amountscales.DUALS`, read in a text without digits too:
  :func:`may_write_amount`); a number glued to an Arabic or Hebrew preposition (``بـ40``,
  ``ב300``);
- a Japanese or Korean currency name (CLDR's) stands after the number or before it with a CJK
  scale after the number (``米ドル5億``, ``원화 5조``, ``달러 5억``), a Korean one after no letter
  and not of one or two letters but the won's and the dollar's, a katakana one after no
  katakana (``직원 5만 명``, ``동화 5만 부``, ``ディズニーランド5万人`` are no amounts); a form
  before a number that is not its unit leaves the number to the unit after it (``달러 1,350원``
  is 1,350 won);
- a Chinese or Japanese currency name stands after the number or before it, with 元 (圓, 圆)
  after the number then the unit word only (``新台幣120億元``, ``人民币25亿元``, ``25亿元人民币``
  are Taiwan's dollar and the renminbi, never a second currency; before a number only with a
  CJK scale or 元 after it: ``人民币兑美元7.12`` is a rate); the renminbi is one key by any name
  (``RMB``, ``CNY``, ``yuan``, ``人民币``); a bare 元 is the currency its text's writing tells
  (:func:`_page_yuan`), a query's any currency written 元;
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
import unicodedata
from collections.abc import Iterable
from decimal import Decimal
from functools import lru_cache
from typing import TypeVar

from clipper.amountcodes import CODES, SYMBOLS
from clipper.amountendings import ENDINGS, NAMES, SCALE_STEMS
from clipper.amountnames import LANGUAGES, UNMARKED
from clipper.amountnames import NAMES as CLDR_NAMES
from clipper.amountscales import CJK_SCALES, DUALS, JOINERS, POINT_SCALES, SCALES
from clipper.amountunits import (
    AFTER,
    BARE_YUAN,
    BEFORE,
    EITHER,
    GUARDED,
    MEASURES,
    UNITS,
)
from clipper.scripts import ascii_digits
from clipper.searchnumbers import grouped_numbers

__all__ = ["AMOUNT", "UNITS", "amount_keys_text", "amounts", "may_write_amount", "query_amount"]

# The mark an amount's key starts with: a private-use character, which no text's word holds
# (clipper.caseforms.MARK and clipper.koreanwords' marks are U+F0000-U+F0005).
AMOUNT = "\U000f0010"

# A number: digits (of any script) and single separators between them.
# Arabic script's own marks: U+066C groups ("١٬٢٠٠"), U+066B is the decimal mark ("۱٫۲").
_NUMBER = r"\d++(?:[,.'\u2019\u066b\u066c\u00a0\u202f\u2009]\d++)*+"
# Letters of the scripts written without spaces between words: CJK, Korean, Thai, Lao, Khmer.
_UNSPACED = "\u0e00-\u0eff\u1780-\u17ff\u3000-\u9fff\uac00-\ud7a3"
# What may not follow an amount: a letter, but an unspaced script's (a Korean particle:
# "5,000원을"; Thai "5 ล้านบาทในปี").
_NO_LETTER = f"(?![^\\W\\d_{_UNSPACED}])"
# Where an amount may not start: after a letter (or digit), but an unspaced script's
# ("から3000円", "ราคา5ล้านบาท"), Arabic's and Hebrew's, whose prepositions and conjunctions
# are written glued to the word after them ("بـ40 دولاراً", "و5 ملايين", "ב5 מיליון"), and
# Arabic's tatweel after such a letter ("بـ"): Arabic script's letters and marks, not its digits
# ("۱۲۳" is one number), and Hebrew's letters.
_GLUED_BEFORE = "\u0600-\u065f\u066e-\u06ef\u06fa-\u06ff\u05d0-\u05ea"
_NOT_AFTER_LETTER = f"(?<![^\\W_{_UNSPACED}{_GLUED_BEFORE}])"
# A word between a scale and the currency after it ("milliards de FCFA": JOINERS); a word
# joiner is followed by a space, an elided one ("d'") by the currency.
_JOINER = "|".join(
    "[ \u00a0]" + re.escape(joiner) + ("(?=[ \u00a0])" if joiner[-1].isalpha() else "")
    for joiner in JOINERS
)
_T = TypeVar("_T")
_Keys = dict[str, tuple[str, ...]]

# Spaces that may part a symbol, a number and a word: one space of any kind, or none.
_GAP = r"[ \u00a0\u202f\u2009]?"

# The unit word 元 (圓, 圆) a Chinese amount writes after its number where the currency's name
# stands before it ("新台幣120億元", "人民币25亿元") or after it ("25亿元人民币").
_YUAN_WORDS = "元圓圆"
# A Han character: a Chinese or Japanese currency name starts with one.
_HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
# Hangul: a Korean currency name before a number is read after no letter ("원화 5조", not the
# "원 5만" of "직원 5만 명", "50,000 employees"); katakana: a Japanese one after no katakana
# (not the "ランド" of "ディズニーランド5万人").
_HANGUL = re.compile("[\uac00-\ud7a3]")
_KATAKANA = re.compile("[\u30a0-\u30ff]")
# The first letter of a Chinese, Japanese or Korean currency name: Han, katakana, Hangul.
_CJK_NAME = re.compile("[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff\uac00-\ud7a3]")
# The languages whose CLDR names are also read before a number with a CJK scale after it
# ("米ドル5億", "원화 5조", "달러 5억"), as a Chinese name is.
_NAMES_BEFORE = ("ja", "ko")
# Kana: a Japanese text, whose bare 元 is the renminbi ("5億元").
_KANA = re.compile("[\u3040-\u30ff]")


def _form(written: str, glued: bool = False) -> str:
    """A pattern of a unit's or scale's written form: a word in any case (codes and ``Rs``
    as written), whole (not a piece of a longer word; ``glued``: a number may follow it with
    no space, ``Rs1200``), its spaces any space."""
    pattern = re.escape(written).replace(r"\ ", "[ \u00a0]")
    short_symbol = len(written) <= 4 and any(char.isupper() for char in written)
    code = written.isupper() or short_symbol or "$" in written
    if written[-1].isalnum() and not _is_unspaced(written[-1]):
        # a whole word: "Rs" is no "Rsa", "km" no "kmh"
        pattern += r"(?![^\W\d_])" if glued else r"(?!\w)"
    # a form of no cased letters (CJK, Arabic, Hebrew, Thai) is matched as written: the
    # engine skips an alternative starting with a plain letter at a glance, not one in (?i:)
    # (the Japanese and Korean names read before a number too cost the real texts' keys 1.6×
    # their CPU in (?i:); bench/search_amounts.py)
    caseless = written.lower() == written.upper()
    return pattern if code or caseless else f"(?i:{pattern})"


def _is_unspaced(char: str) -> bool:
    """Whether ``char`` is a letter of a script written without spaces (:data:`_UNSPACED`)."""
    return re.fullmatch(f"[{_UNSPACED}]", char) is not None


def _is_name(form: str) -> bool:
    """Whether ``form`` is a Chinese or Japanese currency name (``人民币``, ``新台幣``, ``円``)."""
    return _HAN.match(form) is not None


def _is_cjk_name(form: str) -> bool:
    """Whether ``form`` is a Chinese, Japanese or Korean currency name (``新台幣``, ``米ドル``,
    ``ドル``, ``원화``): read before a number only with a CJK scale or 元 after it."""
    return _CJK_NAME.match(form) is not None


def _stem_form(stem: str, endings: tuple[str, ...], glued: bool = False) -> str:
    """A pattern of a name's or scale word's ``stem`` bare or with one of its languages'
    ``endings`` (:data:`clipper.amountendings.ENDINGS`), in any case, whole."""
    after = "|".join(ENDINGS[name] for name in endings)
    return f"(?i:{re.escape(stem)}(?:{after})?)" + (r"(?![^\W\d_])" if glued else r"(?!\w)")


def _sorted(alternatives: dict[str, int]) -> str:
    """Patterns (each with the length of the shortest text it reads), the longest first
    (``mn`` before ``m``, ``сомони`` before ``сом``'s stem), one alternation."""
    return "|".join(sorted(alternatives, key=lambda p: (-alternatives[p], p)))


def _by_script(written: dict[str, str]) -> str:
    """One alternation of the patterns of ``written`` (``{pattern: the form it reads}``), the
    forms starting with the letters of one script (by Unicode's name: Latin, Han, Hangul,
    Arabic…; or with a sign) behind one look-ahead for their first letters (:func:`_starts`)
    and the longest first (:func:`_sorted`): the engine tries a script's forms only where its
    letter stands (without it, the Japanese and Korean names read before a number too cost
    the real texts' keys 1.6× their CPU)."""
    scripts: dict[str, dict[str, str]] = {}
    for pattern, form in written.items():
        first = form[0]
        script = unicodedata.name(first, "").split(" ")[0] if first.isalpha() else "sign"
        scripts.setdefault(script, {})[pattern] = form
    return "|".join(
        f"{_starts(forms.values())}(?:{_sorted({p: len(f) for p, f in forms.items()})})"
        for _, forms in sorted(scripts.items())
    )


def _starts(*forms: Iterable[str]) -> str:
    """A look-ahead for the first letter of one of ``forms`` in either case: a check the
    engine makes before it tries the forms one by one (without it, the forms of every ISO 4217
    code and the names with their endings cost the amounts' keys 1.4x their CPU)."""
    firsts = {case(form[0]) for each in forms for form in each for case in (str.lower, str.upper)}
    return f"(?=[{''.join(re.escape(char) for char in sorted(firsts))}])"


def _currency_signs() -> str:
    """Every currency sign of Unicode (category Sc, of the Basic Multilingual Plane and the
    planes' currency blocks), one string."""
    blocks = (range(0x10000), range(0x11FD0, 0x12000), range(0x1E2F0, 0x1E300))
    return "".join(
        chr(point)
        for block in (*blocks, range(0x1ECB0, 0x1ECC0))
        for point in block
        if unicodedata.category(chr(point)) == "Sc"
    )


# Arabic script's letters two keyboards type apart, one letter for one: Persian's ی and ک and
# Arabic's ي, ى and ك.  Tables and texts are both read with Arabic's, so a Persian page typed on
# an Arabic keyboard ("۱٫۵ ميليارد ريال") writes the same amount as one typed on a Persian one.
_KEYBOARD = str.maketrans({"\u06cc": "\u064a", "\u0649": "\u064a", "\u06a9": "\u0643"})


_KEYBOARD_LETTERS = re.compile("[\u06cc\u0649\u06a9]")


def _keyboard(text: str) -> str:
    """``text`` with Arabic script's keyboard-variant letters as Arabic's (:data:`_KEYBOARD`),
    its length and spans unchanged (a text without them as it is: translating every text
    doubled the CPU of bench/search_amounts.py's real texts' keys)."""
    return text.translate(_KEYBOARD) if _KEYBOARD_LETTERS.search(text) else text


# The scale words, their Arabic-script letters as :func:`_keyboard` reads them
_SCALES = {_keyboard(word): scale for word, scale in SCALES.items()}
# Arabic's duals of the scale words (clipper.amountscales.DUALS), likewise, and a pattern of
# them
_DUALS = {_keyboard(word): value for word, value in DUALS.items()}
_DUAL_WORDS = "|".join(sorted(_DUALS, key=lambda word: (-len(word), word)))

# Letters Persian (and Dari) write where Arabic writes others (ی for ي, ک for ك) or none (پ چ ژ
# گ), and the digits Arabic does not write (۰-۹): a text holding one, and none of the letters
# only Urdu or Pashto write (ے ں ٹ ڈ ڑ ہ, ښ ږ ځ څ ډ ړ ڼ ې ۍ ګ), is Persian's, whose forms CLDR
# keys otherwise than Arabic's (درهم, ريال typed on an Arabic keyboard).
_PERSIAN = re.compile("[\u06cc\u06a9\u067e\u0686\u0698\u06af\u06f0-\u06f9]")
_URDU_PASHTO = re.compile(
    "[\u06d2\u06ba\u0679\u0688\u0691\u06c1\u069a\u0696\u0681\u0685\u0689\u0693\u06bc"
    "\u06d0\u06cd\u06ab]"
)
# The codes of UNMARKED's currencies, folded: a short CLDR name of theirs needs no guard.
_UNMARKED = frozenset(code.casefold() for code in UNMARKED.values())


# Pashto's plural and oblique endings after a name ending in a consonant ("۲۰ میلیونه ډالره",
# "د ۵ میلیونو ډالرو"), and the letters a name ending in a vowel ends with.
_PASHTO_ENDINGS = ("ه", "و")
_PASHTO_VOWELS = "اوهيیۍېےe"


def _written_forms(language: str, form: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """``form``, a CLDR name of ``language`` keyed ``keys``, and the forms its news writes it in
    too: Persian's with the adjective ending -ی (``قرارداد ۱۰ میلیون دلاری``), Pashto's with its
    plural and oblique endings (``ډالره``, ``ډالرو``), Korean's with 화 "currency" (``원화``,
    ``달러화``, ``위안화``; not ``동화``, a fairy tale: :func:`_guarded_name`)."""
    if " " in form:
        return (form,)
    if language.startswith("fa"):
        return (form, f"{form}ی")
    if language == "ps" and form[-1] not in _PASHTO_VOWELS:
        return (form, *(f"{form}{ending}" for ending in _PASHTO_ENDINGS))
    if language == "ko" and (len(form) > 1 or not _guarded_name(form, keys)):
        # not a guarded name of one letter: "동화" is a fairy tale, "엔화" rarely an amount's
        return (form, f"{form}화") if not form.endswith("화") else (form,)
    return (form,)


@lru_cache(maxsize=1)
def _cldr_names() -> tuple[list[tuple[tuple[str, ...], str, str]], dict[str, tuple[str, ...]]]:
    """The currency names :data:`clipper.amountnames.NAMES` gives, ``(keys, place, form)`` in
    its languages' order (:func:`_written_forms`; after the number, Japanese's and Korean's
    either side: :data:`_NAMES_BEFORE`), and the forms Persian keys otherwise than a language
    before it (Arabic's, :data:`clipper.amountunits.UNITS`'): ``{form: Persian's keys}``."""
    found: list[tuple[tuple[str, ...], str, str]] = []
    persian: dict[str, tuple[str, ...]] = {}
    # a currency UNITS keys under more families than its code's (the yen and the renminbi
    # under "yenyuan", the renminbi under "yuan") is keyed as UNITS keys it
    own_keys = {keys[0]: keys for keys in UNITS}
    for language in LANGUAGES:
        for form, cldr_keys in CLDR_NAMES[language].items():
            keys = own_keys.get(cldr_keys[0], cldr_keys) if len(cldr_keys[0]) == 3 else cldr_keys
            place = EITHER if language in _NAMES_BEFORE else AFTER
            for each in _written_forms(language, form, keys):
                found.append((keys, place, each))
                if language.startswith("fa"):
                    persian.setdefault(_keyboard(each), keys)
    return found, persian


def _guarded_name(form: str, keys: tuple[str, ...]) -> bool:
    """Whether a CLDR name is short enough to be another word too (Korean ``동`` a
    neighbourhood, ``숨``, Japanese ``プラ``, ``タラ``): two letters or fewer, of a currency
    not :data:`clipper.amountnames.UNMARKED` (``ドル``, ``원`` need no guard).  Such a name is
    read as :data:`clipper.amountunits.GUARDED` forms are: with a scale or a digit grouping."""
    return len(form) <= 2 and not _UNMARKED.intersection(keys)


def _is_persian(text: str) -> bool:
    """Whether ``text`` is Persian's (:data:`_PERSIAN`), not Arabic's, Urdu's or Pashto's."""
    return _PERSIAN.search(text) is not None and _URDU_PASHTO.search(text) is None


@lru_cache(maxsize=1)
def _guarded_names() -> frozenset[str]:
    """The CLDR names read only with a scale or a digit grouping (:func:`_guarded_name`)."""
    short = {_keyboard(form) for keys, _, form in _cldr_names()[0] if _guarded_name(form, keys)}
    return frozenset(short | {f"{form}\u064a" for form in short})  # and with Persian's -ی


def _units() -> list[tuple[tuple[str, ...], str, str]]:
    """Every currency's and measure's ``(keys, place, form)``, the first a form is given
    for being its own: :data:`clipper.amountunits.UNITS`, then the ISO 4217 codes and own
    symbols of the currencies in use (:mod:`clipper.amountcodes`, from CLDR: ``AZN``, ``₼``,
    ``KZT``, ``₸``, ``GEL``, ``₾``, ``AMD``, ``֏``…, a code keyed under its family too where
    its name is one: ``TMT`` is a manat), then every other currency sign of Unicode, keyed
    by itself (``sc20bf``: an amount in a currency clipper has no table for finds the same
    sign's amounts and no other currency's); the CLDR names of :mod:`clipper.amountnames`
    come before the signs, after a number."""
    found = [
        (keys, place, form) for keys, places in UNITS.items() for place, forms in places.items()
        for form in forms
    ]  # fmt: skip
    for code, family in CODES.items():
        found.append(((code.casefold(), family) if family else (code.casefold(),), EITHER, code))
    for symbol, code in SYMBOLS.items():
        family = CODES[code]
        found.append(((code.casefold(), family) if family else (code.casefold(),), EITHER, symbol))
    found.extend(_cldr_names()[0])
    written = {form for _, _, form in found}
    found.extend(
        ((f"sc{ord(sign):x}",), EITHER, sign) for sign in _currency_signs() if sign not in written
    )
    return found


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern[str], _Keys, _Keys, _Keys]:
    """The amount pattern and the keys of each form written before and after a number
    (folded to lower case), and of each name's stem (:data:`clipper.amountendings.NAMES`)."""
    before: dict[str, tuple[str, ...]] = {}
    after: dict[str, tuple[str, ...]] = {}
    stemmed: dict[str, tuple[str, ...]] = {}
    written_before: dict[str, str] = {}
    written_after: dict[str, str] = {}
    for keys, place, written_form in _units():
        form = _keyboard(written_form)
        if place != AFTER:
            before.setdefault(form.casefold(), keys)
            written_before[_form(form, glued=True)] = form
        if place != BEFORE:
            # a Chinese name after the unit word ("25亿元人民币", "120億元新台幣")
            yuan = [form] + [
                f"{word}{form}" for word in _YUAN_WORDS if _is_name(form) and keys != BARE_YUAN
            ]
            for written in yuan:
                after.setdefault(written.casefold(), keys)
                written_after[_form(written)] = written
    for keys, stems in NAMES.items():
        for stem, endings in stems:
            stemmed.setdefault(stem.casefold(), keys)
            written_after[_stem_form(stem, endings)] = stem
    scales = {_form(scale): len(scale) for scale in _SCALES}
    scales.update(
        (_stem_form(stem, endings), len(stem)) for stem, (_, _, endings) in SCALE_STEMS.items()
    )
    cjk = "".join(CJK_SCALES)
    # a number, its CJK scales, more numbers with theirs ("1억5천만"), or a word scale; or
    # Arabic's dual of a scale word ("مليونا دولار")
    value = (
        rf"(?:{_NUMBER}(?:{_GAP}[{cjk}]+(?:\d+[{cjk}]+)*"
        rf"|{_GAP}{_starts(_SCALES, SCALE_STEMS)}(?:{_sorted(scales)}))?|{_DUAL_WORDS}(?!\w))"
    )
    signs = "".join(re.escape(sign) for sign in _currency_signs())
    pattern = re.compile(
        rf"(?<![{signs}]){_NOT_AFTER_LETTER}"
        rf"(?:(?P<before>{_by_script(written_before)}){_GAP}(?P<value>{value})"
        rf"(?P<unit_word>{_GAP}[{_YUAN_WORDS}])?{_NO_LETTER}"
        rf"|(?P<number>{value})(?P<joiner>{_JOINER})?{_GAP}"
        rf"(?P<after>{_by_script(written_after)}))"
    )
    return pattern, before, after, stemmed


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
    if text in _DUALS:
        return Decimal(_DUALS[text])
    if any(char in CJK_SCALES for char in text):
        total = Decimal(0)
        for number, scales in re.findall(rf"({_NUMBER}){_GAP}([{''.join(CJK_SCALES)}]+)", text):
            value = _decimal(number)
            if value is None:
                return None
            for scale in scales:
                value *= CJK_SCALES[scale]
            total += value
        return total
    number = re.match(_NUMBER, text)
    if number is None:
        return None
    scale_word = " ".join(text[number.end() :].casefold().split())
    digits = ascii_digits(number[0])
    if scale_word in POINT_SCALES and re.fullmatch(r"\d+\.\d{3}", digits):
        value = Decimal(digits)  # "RM6.162 million": English's decimal point
    else:
        value = _decimal(number[0])
    if value is None or not scale_word:
        return value
    scale = _SCALES.get(scale_word) or _stemmed(scale_word, _SCALE_STEMS)
    if scale is None:
        return None
    factor, needs_currency = scale
    if needs_currency and not currency:
        return None
    return value * factor


def _written(value: Decimal) -> str:
    """``value`` as a key's letters and digits: ``5000000``, ``2d75`` for 2.75 (a period
    would part the key's word)."""
    integer, _, fraction = f"{value:f}".partition(".")
    fraction = fraction.rstrip("0")
    return f"{integer}d{fraction}" if fraction else integer


def _is_currency(keys: tuple[str, ...]) -> bool:
    return keys[0] not in MEASURES


# A digit grouping in a number: a separator followed by three digits ("1,200", "5.000").
_GROUPING = re.compile(r"\d[,.'\u2019\u00a0\u202f\u2009]\d{3}(?!\d)")


def _read_as_written(match: re.Match[str], written: str) -> bool:
    """Whether what sits around a unit's form lets it be read: a joiner only after a scale
    word ("milliards de FCFA", not "5 de FCFA"); a :data:`clipper.amountunits.GUARDED` form only
    with a scale word or a digit grouping ("R1,2 billion", "N500m", "R1,200", "PHP 5,000";
    not "R2", "N95", "PHP 8.2"), and a single letter ("R", "N") only glued to its number."""
    value = match["value"] or match["number"]
    scaled = any(char.isalpha() for char in value)
    if match["joiner"] is not None and not scaled:
        return False
    if match["before"] is not None and _is_cjk_name(written):
        # a Chinese, Japanese or Korean name before a number with a scale or the unit word
        # after it ("新台幣120億", "人民币500元", "米ドル5億", "원화 5조"), not a rate's
        # ("人民币兑美元7.1"); a Korean one after no letter and not of one or two letters
        # (not "직원 5만 명"'s "원 5만", "동화 5만 부"), a katakana one after no katakana (not
        # "ディズニーランド5万人"'s "ランド5万")
        previous = match.string[match.start() - 1] if match.start() else " "
        if _HANGUL.match(written) and (previous.isalnum() or written in _guarded_names()):
            return False
        if _KATAKANA.match(written) and _KATAKANA.match(previous):
            return False
        return match["unit_word"] is not None or any(char in CJK_SCALES for char in value)
    if written.casefold() not in GUARDED and written not in _guarded_names():
        return True
    glued = match["before"] is None or match.start("value") == match.end("before")
    if len(written) == 1 and not glued:
        return False
    return scaled or _GROUPING.search(ascii_digits(value)) is not None


def _reading(match: re.Match[str], text: str) -> tuple[int, int, tuple[str, ...], str] | None:
    """``(start, end, keys, value)`` of the amount ``match`` (of :func:`_tables`' pattern in
    ``text``, its letters folded: :func:`_keyboard`) reads, its value as a key writes it; None
    where what is matched is no amount (see :func:`_read_as_written`)."""
    _, before, after, stems = _tables()
    written = match["before"] if match["before"] is not None else match["after"]
    if match["before"] is not None:
        keys = before.get(written.casefold())
    else:
        keys = after.get(written.casefold()) or _stemmed(written, stems)
    if keys is None:  # a form written on the other side only ("Rs" after a number)
        return None
    persian = _cldr_names()[1]
    if match["after"] is not None and written in persian and _is_persian(text):
        keys = persian[written]  # Persian's درهم is the Emirates' dirham, Arabic's either
    if not _read_as_written(match, written):
        return None
    value = _value(match["value"] or match["number"], _is_currency(keys))
    if value is None:
        return None
    return match.start(), match.end(), keys, _written(value)


def amounts(text: str, page: bool = True) -> list[tuple[int, int, tuple[str, ...]]]:
    """``(start, end, keys)`` of each amount ``text`` writes (see the module), in order: its
    span and its index words, the most specific first: ``amounts("a Rs 1,200 fare")`` →
    ``[(2, 10, ("\\U000f0010rupee1200",))]``; ``"US$5m"`` → ``("\\U000f0010usd5000000",
    "\\U000f0010dollar5000000")``.  A bare 元 is its page's currency (:func:`_page_yuan`) where
    ``text`` is a ``page``'s, else (a query's) the family of the currencies written 元."""
    pattern = _tables()[0]
    read: list[tuple[int, int, tuple[str, ...], str]] = []
    folded = _keyboard(text)
    for start, end in _windows(folded):
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
    bare = _page_yuan(text, read) if page else BARE_YUAN
    return [
        (
            start,
            end,
            tuple(f"{AMOUNT}{key}{amount}" for key in (bare if keys == BARE_YUAN else keys)),
        )
        for start, end, keys, amount in read
    ]


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
    for char in _HAN.findall(text):
        if simplified(char) != char:
            complex_ += 1
        elif traditional(char) != char:
            simple += 1
    return simple > complex_


# How far before a number its unit may start, and after it its scale and unit end (the
# longest forms: "dollars américains", "1억5천만"), in characters.
_REACH_BEFORE, _REACH_AFTER = 24, 48
_DIGIT_RUN = re.compile(r"\d+")
# Arabic's duals, which write their number ("مليونا دولار"), sought in a text holding their
# stems only (sought in every text beside the digits, they cost the real texts' keys 1.2×
# their CPU)
_DUAL_RUN = re.compile(_DUAL_WORDS)
_DUAL_STEMS = frozenset(word[:-1] for word in _DUALS)
_SPACE = re.compile(r"\s")


def _windows(text: str) -> list[tuple[int, int]]:
    """The stretches of ``text`` an amount can be in: around each run of digits (or Arabic
    dual, :data:`clipper.amountscales.DUALS`), from
    :data:`_REACH_BEFORE` before it to the first space :data:`_REACH_AFTER` after it (a word
    is not cut), those that meet merged.  The amount pattern is matched there only: matched
    at every character of a page it cost the fundus pages' search text 1.6× its CPU; its
    look-behinds still see the text before a window."""
    windows: list[tuple[int, int]] = []
    runs = [run.span() for run in _DIGIT_RUN.finditer(text)]
    if any(stem in text for stem in _DUAL_STEMS):
        runs = sorted(runs + [run.span() for run in _DUAL_RUN.finditer(text)])
    for run_start, run_end in runs:
        if windows and run_start - _REACH_BEFORE < windows[-1][1]:
            start = windows[-1][0]
            windows.pop()
        else:
            start = max(0, run_start - _REACH_BEFORE)
        space = _SPACE.search(text, run_end + _REACH_AFTER)
        windows.append((start, space.start() if space is not None else len(text)))
    return windows


def may_write_amount(text: str) -> bool:
    """Whether ``text`` may write an amount (a cheap test before :func:`amounts`): it holds a
    digit of any script, or the stem of an Arabic dual, which writes its number
    (:data:`clipper.amountscales.DUALS`: ``مليونا دولار``)."""
    return _DIGIT_RUN.search(text) is not None or any(stem in text for stem in _DUAL_STEMS)


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
