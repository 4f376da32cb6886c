"""The pattern :mod:`clipper.searchamounts` reads amounts with, and the tables of forms behind
it: each currency's and measure's forms before and after a number (:mod:`clipper.amountunits`,
:mod:`clipper.amountcodes`, the CLDR names of :mod:`clipper.amountnames` with the endings their
news writes, :mod:`clipper.amountendings`, and Arabic's duals of them, :data:`CURRENCY_DUALS`),
the scale words (:mod:`clipper.amountscales`), the keys of each form, and Arabic script's letters
as either keyboard types them.

:func:`tables` gives the pattern (its groups: ``before``, ``value``, ``unit_word`` for a unit
written before the number; ``number``, ``joiner``, ``after`` for one written after it;
``dual`` for Arabic's dual of a currency, which writes its number) and the keys of the forms it
matches; which match is an amount is :mod:`clipper.searchamounts`'.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from clipper.amountcodes import CODES, SYMBOLS
from clipper.amountendings import ENDINGS, NAMES, SCALE_STEMS
from clipper.amountnames import LANGUAGES, UNMARKED, is_abbreviation
from clipper.amountnames import NAMES as CLDR_NAMES
from clipper.amountscales import CJK_SCALES, DUALS, HALVES, JOINERS, SCALES, SCALES_FIRST
from clipper.amountunits import (
    AFTER,
    BARE_YUAN,
    BEFORE,
    EITHER,
    NAMES_FIRST,
    SCALED,
    TYPED,
    UNITS,
)

__all__ = [
    "CURRENCY_DUALS",
    "DUAL_VALUES",
    "DUAL_WORDS",
    "GAP",
    "HAN",
    "HYPHENS",
    "NUMBER",
    "NUMBER_WORDS",
    "SCALE_FIRST",
    "SCALE_WORDS",
    "SPACED_NUMBER",
    "cldr_names",
    "guarded_name",
    "guarded_names",
    "is_cjk_name",
    "is_persian",
    "keyboard",
    "names_first",
    "tables",
]

# A number: digits (of any script) and single separators between them.
# Arabic script's own marks: U+066C groups ("١٬٢٠٠"), U+066B is the decimal mark ("۱٫۲").
NUMBER = r"\d++(?:[,.'\u2019\u066b\u066c\u00a0\u202f\u2009]\d++)*+"
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
_Keys = dict[str, tuple[str, ...]]

# A number grouped by plain spaces, as French and South Africa write it ("25 000 FCFA", "7 000
# milliards de francs CFA", "R1 200"): one to three digits, then groups of three, a decimal
# part after a comma or point, no letter glued after it ("Phase 2 520MW" is phase 2's 520
# MW); read as one number beside a unit only (a plain space parts numbers elsewhere:
# clipper.searchnumbers), tried before NUMBER ("000 FCFA" was 0 francs).
SPACED_NUMBER = r"\d{1,3}(?: \d{3})++(?!\d)(?:[,.]\d++)?(?![^\W_])"

# Spaces that may part a symbol, a number and a word: one space of any kind, or none.
GAP = r"[ \u00a0\u202f\u2009]?"
# What may part a number from its scale word besides a space: a hyphen, as the Globe and Mail
# writes an amount ("$2.5-billion", "US$1.2-billion", "$350-million"), in every language of
# clipper.amountscales.SCALES ("€3-Mrd.", "5-milioni"); ASCII's or Unicode's (U+2010, U+2011).
HYPHENS = "-\u2010\u2011"
# Where a number may not start: after a digit and a decimal mark or a grouping one (the "5"
# of "$2.5-billion" is no number: a number's tail read as a number).
_NOT_IN_NUMBER = "(?<!\\d[.,'\u2019\u066b\u066c])"

# The unit word 元 (圓, 圆) a Chinese amount writes after its number where the currency's name
# stands before it ("新台幣120億元", "人民币25亿元") or after it ("25亿元人民币").
_YUAN_WORDS = "元圓圆"
# A Han character: a Chinese or Japanese currency name starts with one.
HAN = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
# The first letter of a Chinese, Japanese or Korean currency name: Han, katakana, Hangul.
_CJK_NAME = re.compile("[\u3400-\u9fff\uf900-\ufaff\u30a0-\u30ff\uac00-\ud7a3]")
# The languages whose CLDR names are also read before a number with a CJK scale after it
# ("米ドル5億", "원화 5조", "달러 5억"), as a Chinese name is.
_NAMES_BEFORE = ("ja", "ko")


def _form(written: str, glued: bool = False) -> str:
    """A pattern of a unit's or scale's written form: a word in any case (codes and ``Rs``
    as written), whole (not a piece of a longer word; ``glued``: a number may follow it with
    no space, ``Rs1200``), its spaces any space."""
    pattern = re.escape(written).replace(r"\ ", "[ \u00a0\u202f]")
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
    return HAN.match(form) is not None


def is_cjk_name(form: str) -> bool:
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


def keyboard(text: str) -> str:
    """``text`` with Arabic script's keyboard-variant letters as Arabic's (:data:`_KEYBOARD`),
    its length and spans unchanged (a text without them as it is: translating every text
    doubled the CPU of bench/search_amounts.py's real texts' keys)."""
    return text.translate(_KEYBOARD) if _KEYBOARD_LETTERS.search(text) else text


# The scale words, their Arabic-script letters as :func:`keyboard` reads them
SCALE_WORDS = {keyboard(word): scale for word, scale in SCALES.items()}
# The words that write their number with a scale: Arabic's and Hebrew's duals of the scale words
# (clipper.amountscales.DUALS) and a scale word with its "and a half" (HALVES: "מיליון וחצי"),
# likewise, their values, and a pattern of them
DUAL_VALUES = {keyboard(word): value for word, value in DUALS.items()} | {
    keyboard(f"{scale} {half}"): SCALES[scale][0] * 3 // 2
    for half, scales in HALVES.items()
    for scale in scales
}
DUAL_WORDS = "|".join(sorted(DUAL_VALUES, key=lambda word: (-len(word), word)))


def _arabic_duals(name: str) -> tuple[str, ...]:
    """Arabic's dual of the currency ``name`` (one word), which writes the number two:
    nominative ``-ان``, genitive and accusative ``-ين`` (``دولاران``, ``دولارين`` two dollars;
    ``جنيهين``), a name's ة written ت before them (``ليرتان``); none for a name ending in a
    long vowel (``يورو``, ``سيدي``), whose dual news does not write."""
    stem = f"{name[:-1]}ت" if name.endswith("ة") else name
    return () if stem[-1] in "اويى" else (f"{stem}ان", f"{stem}ين")


# Arabic's currencies' names (the names :data:`clipper.amountendings.NAMES` reads with Arabic's
# endings, and CLDR's one-word names, :data:`clipper.amountnames.NAMES`; not an abbreviation
# nor a name of one or two letters, :func:`guarded_name`) by their duals: ``{dual: name}``,
# the letters as :func:`keyboard` reads them.  A dual is an amount of two of the name's
# currency, read where a number stands (``دولاران``, ``بريالين``; not ``الدولارين``, "the two
# dollars", two currencies: clipper.searchamounts).
CURRENCY_DUALS = {
    keyboard(dual): keyboard(name)
    for name in [
        *(stem for stems in NAMES.values() for stem, endings in stems if "arabic" in endings),
        *(f for f in CLDR_NAMES["ar"] if " " not in f and len(f) > 2 and not is_abbreviation(f)),
    ]
    for dual in _arabic_duals(name)
}
# Every word that writes its number: the scale duals and the currency duals, a pattern
NUMBER_WORDS = "|".join(
    sorted({*DUAL_VALUES, *CURRENCY_DUALS}, key=lambda word: (-len(word), word))
)

# "And a half" after a scale word (clipper.amountscales.HALVES: "2 מיליארד וחצי")
_HALF = f"(?:[ \u00a0](?:{'|'.join(HALVES)})(?!\\w))"

# Where Arabic's dual of a currency may start: after no letter, or after the conjunctions and
# prepositions written onto a word (و ف ب ل ك, two of them: "وبدولارين"; "بـ"), not after the
# article (ال, لل: "الدولارين" is "the two dollars", two currencies) nor inside a longer word.
_WORD_START = r"(?<![^\W\d_])"
_PROCLITICS = (
    f"(?:{_WORD_START}|(?<={_WORD_START}[وفبلك])|(?<={_WORD_START}[وف][بلك])"
    f"|(?<={_WORD_START}[وفبلك]\u0640))"
)

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


# The Korean words a currency's name with 화 "currency" writes that are more often another word:
# 동화 (the đồng's) a fairy tale or assimilation ("동화 5만 부" is fifty thousand copies of a
# fairy tale).  Every other 화 form is the currency's, however short its name ("엔화 5000억").
_KOREAN_WORDS = frozenset({"동화"})

# Pashto's plural and oblique endings after a name ending in a consonant ("۲۰ میلیونه ډالره",
# "د ۵ میلیونو ډالرو"), and the letters a name ending in a vowel ends with.
_PASHTO_ENDINGS = ("ه", "و")
_PASHTO_VOWELS = "اوهيیۍېےe"


def _written_forms(language: str, form: str, keys: tuple[str, ...]) -> tuple[str, ...]:
    """``form``, a CLDR name of ``language`` keyed ``keys``, and the forms its news writes it in
    too: Persian's with the adjective ending -ی (``قرارداد ۱۰ میلیون دلاری``), Pashto's with its
    plural and oblique endings (``ډالره``, ``ډالرو``), Korean's with 화 "currency" (``원화``,
    ``달러화``, ``위안화``, ``엔화``; not ``동화``, a fairy tale: :data:`_KOREAN_WORDS`), Arabic's
    abbreviations with their last point too (``ر.س.``, read before the number only)."""
    if " " in form:
        return (form,)
    if language.startswith("fa"):
        return (form, f"{form}ی")
    if language == "ps" and form[-1] not in _PASHTO_VOWELS:
        return (form, *(f"{form}{ending}" for ending in _PASHTO_ENDINGS))
    if language == "ko" and not form.endswith("화") and f"{form}화" not in _KOREAN_WORDS:
        # "원화", "엔화", "달러화": the name with 화 names the currency, but where it is
        # another word too ("동화" a fairy tale)
        return (form, f"{form}화")
    if language == "ar" and is_abbreviation(form):
        # a symbol before its number too ("ر.س 500", "د.إ 2.5 مليار"), with its last point
        # as CLDR writes it ("ر.س. 500")
        return (form, f"{form}.")
    return (form,)


@lru_cache(maxsize=1)
def cldr_names() -> tuple[list[tuple[tuple[str, ...], str, str]], dict[str, tuple[str, ...]]]:
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
            place = EITHER if language in _NAMES_BEFORE or is_abbreviation(form) else AFTER
            for each in _written_forms(language, form, keys):
                # an abbreviation's form with its last point only before the number (after
                # it, the point ends a sentence as often: "... 500 ر.س.")
                found.append((keys, BEFORE if each[-1] == "." else place, each))
                if language.startswith("fa"):
                    persian.setdefault(keyboard(each), keys)
    return found, persian


def guarded_name(form: str, keys: tuple[str, ...]) -> bool:
    """Whether a CLDR name is short enough to be another word too (Korean ``동`` a
    neighbourhood, ``숨``, Japanese ``プラ``, ``タラ``): two letters or fewer, of a currency
    not :data:`clipper.amountnames.UNMARKED` (``ドル``, ``원`` need no guard), and not a Korean
    name with 화 "currency" (``엔화``; ``동화``, a fairy tale, is no form: :data:`_KOREAN_WORDS`).
    Such a name is read as :data:`clipper.amountunits.GUARDED` forms are: with a scale or a
    digit grouping."""
    if form.endswith("화"):
        return False  # the name with 화 "currency" ("엔화"): :func:`_written_forms`
    return len(form) <= 2 and not _UNMARKED.intersection(keys)


def is_persian(text: str) -> bool:
    """Whether ``text`` is Persian's (:data:`_PERSIAN`), not Arabic's, Urdu's or Pashto's."""
    return _PERSIAN.search(text) is not None and _URDU_PASHTO.search(text) is None


@lru_cache(maxsize=1)
def guarded_names() -> frozenset[str]:
    """The CLDR names read only with a scale or a digit grouping (:func:`guarded_name`)."""
    short = {keyboard(form) for keys, _, form in cldr_names()[0] if guarded_name(form, keys)}
    return frozenset(short | {f"{form}\u064a" for form in short})  # and with Persian's -ی


def _units() -> list[tuple[tuple[str, ...], str, str]]:
    """Every currency's and measure's ``(keys, place, form)``, the first a form is given
    for being its own: :data:`clipper.amountunits.UNITS`, then the ISO 4217 codes and own
    symbols of the currencies in use (:mod:`clipper.amountcodes`, from CLDR: ``AZN``, ``₼``,
    ``KZT``, ``₸``, ``GEL``, ``₾``, ``AMD``, ``֏``…, a code keyed under its family too where
    its name is one: ``TMT`` is a manat), the typed look-alikes of
    :data:`clipper.amountunits.TYPED` (``GH¢``) and the forms of a scale and a currency in one
    (:data:`clipper.amountunits.SCALED`: ``mdd``), then every other currency sign of Unicode, keyed
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
    found.extend((keys, place, typed) for typed, (keys, place) in TYPED.items())
    found.extend((keys, AFTER, form) for form, (_, keys) in SCALED.items())
    found.extend(cldr_names()[0])
    written = {form for _, _, form in found}
    found.extend(
        ((f"sc{ord(sign):x}",), EITHER, sign) for sign in _currency_signs() if sign not in written
    )
    return found


@lru_cache(maxsize=1)
def names_first() -> tuple[str, dict[str, tuple[str, ...]], dict[str, int]]:
    """The pattern of a currency's name, a space and a scale word of one language that writes
    them before the number (:data:`clipper.amountunits.NAMES_FIRST`, Hausa ``naira
    tiriliyan``, Swahili ``shilingi bilioni``; its scales
    :data:`clipper.amountscales.SCALES_FIRST`), a name of one language never read with
    another's scale; the names' keys and the scales' factors, folded to lower case."""
    alternatives: list[str] = []
    keys: dict[str, tuple[str, ...]] = {}
    factors: dict[str, int] = {}
    for language, names in sorted(NAMES_FIRST.items()):
        scales = SCALES_FIRST[language]
        alternatives.append(
            f"(?:{_sorted({_form(name): len(name) for name in names})})[ \u00a0]"
            f"(?i:{_sorted({re.escape(scale): len(scale) for scale in scales})})(?!\\w)"
        )
        keys.update((name.casefold(), each) for name, each in names.items())
        factors.update((scale.casefold(), factor) for scale, factor in scales.items())
    return "|".join(alternatives), keys, factors


@lru_cache(maxsize=2)
def tables(first: bool = False) -> tuple[re.Pattern[str], _Keys, _Keys, _Keys]:
    """The amount pattern and the keys of each form written before and after a number
    (folded to lower case), and of each name's stem (:data:`clipper.amountendings.NAMES`);
    ``first``: the pattern reads a name and a scale before the number too (:func:`names_first`,
    for a text writing a number after a scale word of :data:`SCALE_FIRST`: tried at every word
    of every text, its names cost the real texts' keys ~4 % of their CPU,
    bench/search_amounts.py)."""
    source, before, after, stemmed = _sources()
    branch = (
        rf"{_starts(*NAMES_FIRST.values())}(?P<first>{names_first()[0]})[ \u00a0]"
        rf"(?P<first_value>{NUMBER}){_NO_LETTER}"
        if first
        else "(?!)(?P<first>)(?P<first_value>)"
    )
    return re.compile(f"{source}|{branch})"), before, after, stemmed


# The scale words Hausa and Swahili write before their number: a text writing a number after
# one may write a currency's name and scale before the number (:func:`tables`' ``first``).
SCALE_FIRST = frozenset(scale for each in SCALES_FIRST.values() for scale in each)


@lru_cache(maxsize=1)
def _sources() -> tuple[str, _Keys, _Keys, _Keys]:
    """The amount pattern's source but for its last alternative and closing bracket
    (:func:`tables`), and the keys :func:`tables` gives."""
    before: dict[str, tuple[str, ...]] = {}
    after: dict[str, tuple[str, ...]] = {}
    stemmed: dict[str, tuple[str, ...]] = {}
    written_before: dict[str, str] = {}
    written_after: dict[str, str] = {}
    for keys, place, written_form in _units():
        form = keyboard(written_form)
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
    # a currency's dual is keyed as its name is
    for dual, name in CURRENCY_DUALS.items():
        named = after.get(name) or stemmed.get(name)
        if named is not None:
            after.setdefault(dual, named)
    duals = "|".join(sorted(CURRENCY_DUALS, key=lambda word: (-len(word), word)))
    scales = {_form(scale): len(scale) for scale in SCALE_WORDS}
    scales.update(
        (_stem_form(stem, endings), len(stem)) for stem, (_, _, endings) in SCALE_STEMS.items()
    )
    cjk = "".join(CJK_SCALES)
    # a number, its CJK scales, more numbers with theirs ("1억5천만"), or a word scale; or
    # Arabic's dual of a scale word ("مليونا دولار")
    value = (
        rf"(?:(?:{SPACED_NUMBER}|{NUMBER})(?:{GAP}[{cjk}]+(?:\d+[{cjk}]+)*"
        rf"|(?:{GAP}|[{HYPHENS}]){_starts(SCALE_WORDS, SCALE_STEMS)}(?:{_sorted(scales)})"
        rf"{_HALF}?)?"
        rf"|{DUAL_WORDS}(?!\w))"
    )
    signs = "".join(re.escape(sign) for sign in _currency_signs())
    source = (
        rf"(?<![{signs}]){_NOT_AFTER_LETTER}{_NOT_IN_NUMBER}"
        rf"(?:(?P<before>{_by_script(written_before)}){GAP}(?P<value>{value})"
        rf"(?P<unit_word>{GAP}[{_YUAN_WORDS}])?{_NO_LETTER}"
        rf"|(?P<number>{value})(?P<joiner>{_JOINER})?{GAP}"
        rf"(?P<after>{_by_script(written_after)})"
        rf"|{_starts(CURRENCY_DUALS)}{_PROCLITICS}(?P<dual>{duals})(?!\w)"
    )
    return source, before, after, stemmed
