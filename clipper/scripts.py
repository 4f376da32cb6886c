"""Scripts written without spaces between words, and how clipper counts words in any script.

Most scripts separate words with spaces, so a word is a whitespace token.  Chinese, Japanese
(Han, hiragana, katakana), Thai, Lao, Khmer and Myanmar do not: a whole clause is one token, so
a 300-word Thai article would count as a dozen "words" and be rejected as too short, a
Japanese edit would change a whole clause's shingle, and a word inside a clause could not be
found.  Every stage that counts or splits words takes these scripts from here:

- :func:`count_words` (cleaning's length rules, link-list pruning): a run of such a script
  counts ``ceil(characters / chars-per-word)`` words;
- :data:`UNSPACED` (a character-class body) for the fingerprint's words (each character is a
  word of its own there), headline matching (character pairs) and search (character bigrams,
  in :mod:`clipper.searchtext`, which holds the same scripts as Unicode script classes);
- :func:`word_runs` and :func:`marks_class` for every rule that splits a text into words:
  Python's ``re`` ``\\w`` matches no combining mark (Unicode categories Mn, Mc, Me), so ``\\w+``
  cuts Hindi "मिश्रा" into "म", "श", "र" (every vowel sign and virama dropped), and so every
  Indic script, vocalised Arabic and pointed Hebrew.  A word is a run of word characters and
  combining marks.

Characters per word are meant to keep a page's count at or below its real word count, so the
length rules never pass a shorter text than they would in English: Chinese words average
1.5-1.7 characters in the segmented corpora of the SIGHAN bakeoffs (Japanese somewhat more):
2.  Thai, Lao, Khmer and Myanmar words are several letters, and their vowel and tone marks are
code points of their own: 4 code points, a chosen figure, not one measured on a segmented
corpus.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from clipper.paragraphs import LINES_KEPT, line_memo

__all__ = [
    "ARABIC_VARIANTS",
    "DEVANAGARI_VARIANTS",
    "HAN_KANA",
    "KEYBOARD_LETTERS",
    "OPTIONAL_POINTS",
    "SENTENCE_END",
    "SENTENCE_INSIDE",
    "SOUTHEAST_ASIAN",
    "UNPUNCTUATED_PROSE_WORDS",
    "UNSPACED",
    "arabic_folded",
    "arabic_varies",
    "ascii_digits",
    "count_words",
    "decimal_digits",
    "devanagari_folded",
    "devanagari_varies",
    "has_mark",
    "keyboard_folded",
    "keyboard_varies",
    "marks_class",
    "unpunctuated_prose",
    "word_runs",
]

# Han (CJK ideographs, extension A, compatibility), hiragana, katakana (with its phonetic
# extensions and half-width forms).  Hangul separates words with spaces.
HAN_KANA = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# Thai, Lao, Myanmar, Khmer (their blocks, marks and digits included; Khmer symbols, Myanmar
# extensions A to C).
SOUTHEAST_ASIAN = (
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff"
    "\ua9e0-\ua9ff\uaa60-\uaa7f\U000116d0-\U000116ff"
)
UNSPACED = HAN_KANA + SOUTHEAST_ASIAN
# The full stops of other scripts: Devanagari's danda and double danda, Arabic's question mark,
# Urdu's full stop (U+06D4), Myanmar's section mark (U+104B), Khmer's khan and bariyoosan
# (U+17D4, U+17D5), Ethiopic's full stop, Armenian's (U+0589).
_STOPS = "\u0964\u0965\u061f\u06d4\u104b\u17d4\u17d5\u1362\u0589"
# A line ends a sentence: final punctuation (Latin, CJK, the stops of other scripts), then maybe
# closing quotes or brackets (searched at a line's end by cleaning's sentence rules).
SENTENCE_END = re.compile(rf"[.!?…。！？{_STOPS}][\"'”’»」』)\]]*$")
# A sentence ends somewhere in a text: the same punctuation before a space or the text's end, or
# the full-width marks of Chinese and Japanese anywhere (no space follows them).
SENTENCE_INSIDE = re.compile(rf"[.!?…{_STOPS}][\"'”’»」』)\]]*(?:\s|$)|[。！？]")
# Thai and Lao write no full stop: a sentence ends with a space, a paragraph with its line, so
# no line of theirs ends like a sentence above.  A line ending in their letters (or marks) is
# prose instead (:func:`unpunctuated_prose`) when it is as long as a text dump's body paragraph
# (UNPUNCTUATED_PROSE_WORDS words, counted as :func:`count_words` counts them: 60 Thai letters)
# and a space parts two runs of at least UNPUNCTUATED_CLAUSE_LETTERS letters: a sentence's end
# inside it, or a clause's.  A menu item or a label is shorter, and a headline as long as that
# (Thai headlines run to 60 letters and more) is written without such a break or with a short
# word before it ("กรุงเทพฯ เปิด…"): test_furniture_languages.py's Thai dump, 63 letters.
UNPUNCTUATED_PROSE_WORDS = 15
UNPUNCTUATED_CLAUSE_LETTERS = 10
_UNPUNCTUATED = "\u0e01-\u0e4e\u0e81-\u0ede"
_UNPUNCTUATED_END = re.compile(rf"[{_UNPUNCTUATED}][\"'”’»)\]]*$")
_CLAUSE_END = rf"[{_UNPUNCTUATED}]{{{UNPUNCTUATED_CLAUSE_LETTERS}}}"
_UNPUNCTUATED_BREAK = re.compile(f"{_CLAUSE_END} {_CLAUSE_END}")


def unpunctuated_prose(line: str, n_words: int) -> bool:
    """Whether ``line`` (of ``n_words`` words, :func:`count_words`) is a sentence of a script
    that writes no full stop: Thai or Lao letters at its end, at least
    :data:`UNPUNCTUATED_PROSE_WORDS` words, and a space between two runs of at least
    :data:`UNPUNCTUATED_CLAUSE_LETTERS` of their letters.  A line of any other script needs its
    sentence's punctuation (:data:`SENTENCE_END`)."""
    return (
        n_words >= UNPUNCTUATED_PROSE_WORDS
        and _UNPUNCTUATED_END.search(line) is not None
        and _UNPUNCTUATED_BREAK.search(line) is not None
    )

# Arabic harakat (fatha, damma, kasra, tanwin, shadda, sukun, dagger alef, Quranic marks) and
# Hebrew niqqud and cantillation: optional vocalisation, left out by most printed text, so a
# vocalised and an unvocalised copy of one text have the same words (the fingerprint's words,
# story terms).  Only the marks of those ranges (Unicode category Mn): the maqaf, paseq and
# sof pasuq between them are punctuation.
OPTIONAL_POINTS = re.compile(
    "["
    + "".join(
        re.escape(chr(code))
        for low, high in (
            (0x0591, 0x05C7),
            (0x0610, 0x061A),
            (0x064B, 0x065F),
            (0x0670, 0x0670),
            (0x06D6, 0x06ED),
            (0x08D3, 0x08FF),
            (0xFB1E, 0xFB1E),
        )
        for code in range(low, high + 1)
        if unicodedata.category(chr(code)) == "Mn"
    )
    + "]"
)

HAN_KANA_CHARS_PER_WORD = 2
SOUTHEAST_ASIAN_CHARS_PER_WORD = 4

_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")
_HAN_KANA_CHAR = re.compile(f"[{HAN_KANA}]")
_WORD_CHAR = re.compile(r"\w")


def count_words(text: str) -> int:
    """Words in ``text``: whitespace tokens holding a word character, and each run of an
    unspaced script as ``ceil(characters / chars-per-word)`` words (2 for Han/kana, 4 for
    Thai, Lao, Khmer, Myanmar; a run mixing them by its Han/kana share).  Punctuation between
    the runs ("：", "、") is not a word.  ASCII text is counted by ``str.split`` alone."""
    if text.isascii():
        return len(text.split())
    # No token or run crosses a line break, so the lines' counts add up (each line's kept: a
    # night's lines recur, and the search for a run tests every character against 14 ranges);
    # but in a text holding a run, a token counts only when it holds a word character.
    lines = text.split("\n")
    counted = [_line_words(line) for line in lines]
    if not any(runs for runs, _ in counted):
        return sum(n for _, n in counted)
    return sum(
        n if runs else _spaced_words(line)
        for (runs, n), line in zip(counted, lines, strict=True)
    )


def words_in(text: str) -> int:
    """Words in ``text`` as a length rule counts them: its whitespace tokens
    (``str.split``), or :func:`count_words` when it holds a run of a script written without
    spaces (Han, kana, Thai, Lao, Khmer, Myanmar), where a line of 60 words may have no
    space at all.  An HTML page's and a text dump's texts are measured alike; a text without
    such a run counts as it always did."""
    if text.isascii() or _UNSPACED_RUN.search(text) is None:
        return len(text.split())
    return count_words(text)


@line_memo(LINES_KEPT)
def _line_words(line: str) -> tuple[bool, int]:
    """Whether one line holds a run of an unspaced script, and its :func:`count_words`."""
    if line.isascii():
        return False, len(line.split())
    runs = _UNSPACED_RUN.findall(line)
    if not runs:
        return False, len(line.split())
    return True, _spaced_words(_UNSPACED_RUN.sub(" ", line)) + sum(map(_run_words, runs))


def _spaced_words(text: str) -> int:
    """Whitespace tokens of ``text`` holding a word character."""
    return sum(1 for token in text.split() if _WORD_CHAR.search(token))


def _run_words(run: str) -> int:
    han_kana = len(_HAN_KANA_CHAR.findall(run))
    other = len(run) - han_kana
    return -(-han_kana // HAN_KANA_CHARS_PER_WORD) + -(-other // SOUTHEAST_ASIAN_CHARS_PER_WORD)


# Where combining marks are looked for: the Basic Multilingual Plane (every script in current
# use but a few of South Asia's minority scripts).  Marks of the other planes (Brahmi, Chakma,
# Sharada, Newa..., musical notation, the variation selectors supplement) stay outside words,
# as before: a class holding them would make ``re`` test its ranges one by one at every
# character (a search of a 4,600-character English text: 0.8 ms, against 0.02 ms).
_MARK_PLANES = ((0x0000, 0x10000),)


@functools.cache
def _marks() -> str:
    """Every combining mark of :data:`_MARK_PLANES`, in code point order."""
    chars = "".join(chr(code) for low, high in _MARK_PLANES for code in range(low, high))
    categories = map(unicodedata.category, chars)
    return "".join([c for c, category in zip(chars, categories, strict=True) if category[0] == "M"])


@functools.cache
def marks_class(exclude: str = "") -> str:
    """A character-class body (what goes between ``[`` and ``]``) of every combining mark
    (Unicode categories Mn, Mc, Me of this Python's ``unicodedata``) in :data:`_MARK_PLANES`,
    as ``a-b`` ranges, leaving out the characters the class body ``exclude`` holds
    (:data:`UNSPACED`: each character of those scripts is a word of its own).  Built once a
    process, on first use, from ``unicodedata.category`` over the 65,536 code points (20 ms
    of CPU time), not at import: the commands that never split a text into words do not pay
    for it."""
    marks = re.sub(f"[{exclude}]", "", _marks()) if exclude else _marks()
    out: list[str] = []
    for _, run in itertools.groupby(enumerate(map(ord, marks)), key=lambda p: p[1] - p[0]):
        codes = [code for _, code in run]
        low, high = re.escape(chr(codes[0])), re.escape(chr(codes[-1]))
        out.append(low if len(codes) == 1 else f"{low}-{high}")
    return "".join(out)


@functools.cache
def _mark() -> re.Pattern[str]:
    return re.compile(f"[{marks_class()}]")


def has_mark(text: str) -> bool:
    """Whether ``text`` holds a combining mark (of :func:`marks_class`)."""
    return _mark().search(text) is not None


@functools.cache
def _word_run() -> re.Pattern[str]:
    # a word starts with a word character: a mark after a symbol (an emoji's U+FE0F) is none
    return re.compile(rf"\w(?:\w|[{marks_class()}])*")


_PLAIN_WORD = re.compile(r"\w+")


def word_runs(text: str) -> list[str]:
    """The words of ``text`` as ``\\w+`` finds them, each with its combining marks kept
    (Hindi "मिश्रा" is one word, not "म", "श", "र"): the same list as ``\\w+`` gives for a
    text without a mark."""
    if not has_mark(text):
        return _PLAIN_WORD.findall(text)
    return _word_run().findall(text)


# --------------------------------------------------------------------------- keyboard variants


@functools.cache
def decimal_digits() -> dict[str, str]:
    """Every decimal digit (Unicode category Nd) NFKC leaves as it is, other than 0-9 (Arabic-Indic
    ``٢٠١٩``, Persian ``۲۰۱۹``, Devanagari ``२०१९``, Bengali, Thai ``๒๕๖๒``…) → its ASCII digit."""
    # every code point from U+0080 on as one string, built and scanned in C (a join of chr()
    # calls took ten times as long)
    import numpy as np
    import regex

    every = np.arange(0x80, 0x20000, dtype="<u4").tobytes().decode("utf-32-le", "surrogatepass")
    candidates = regex.findall(r"\p{Nd}", every)
    return {
        char: str(unicodedata.digit(char))
        for char in candidates
        if unicodedata.category(char) == "Nd" and unicodedata.normalize("NFKC", char) == char
    }


# A digit other than 0-9: re's own Unicode digit test (\d is category Nd in a str pattern, a C
# check a character) in a class that leaves out everything below U+0660, where the first such
# digit (Arabic-Indic zero) stands: 0.014 ms a fundus page's text (``(?![0-9])\d``, a
# look-ahead at every character, took 0.12 ms; a class of the 580 digits' 58 ranges 0.22 ms).
_OTHER_DIGIT = re.compile("[^\\D\x00-\u065f]")


def ascii_digits(value: str) -> str:
    """``value`` with its decimal digits as ASCII digits (:func:`decimal_digits`), as Lucene's
    DecimalDigitFilter folds them ("Folds all Unicode digits in
    [:General_Category=Decimal_Number:] to Basic Latin digits (0-9)"; Elasticsearch's
    ``decimal_digit``): outlets print ``2019``, ``٢٠١٩`` or ``२०१९`` for one number.  One
    character for one, so a text's spans stay where they were."""
    if value.isascii() or _OTHER_DIGIT.search(value) is None:
        return value
    digits = decimal_digits()
    return _OTHER_DIGIT.sub(lambda digit: digits.get(digit[0], digit[0]), value)


# Persian and Urdu write yeh, kaf and heh with letters of their own (``ی`` U+06CC, ``ک`` U+06A9,
# Urdu's heh goal ``ہ`` U+06C1 and ``ۀ`` U+06C0), which an Arabic keyboard, an old InPage
# conversion or an Arabic-configured CMS types as ``ي ك ه``: folded to those as Lucene's
# PersianNormalizer folds them (org.apache.lucene.analysis.fa: "farsi yeh … to arabic yeh",
# "persian keheh to arabic kaf", "heh goal to heh").  Urdu's yeh barree ``ے``, which that
# normaliser folds too, stays: in Urdu it is a letter of its own (``کے`` and ``کی`` are two
# words).
KEYBOARD_LETTERS = {"\u06cc": "\u064a", "\u06a9": "\u0643", "\u06c1": "\u0647", "\u06c0": "\u0647"}
_KEYBOARD_LETTER = re.compile("[" + "".join(KEYBOARD_LETTERS) + "]")


def keyboard_folded(value: str) -> str:
    """``value`` (NFKC, case-folded) as any keyboard types it: its digits ASCII
    (:func:`ascii_digits`), Persian and Urdu yeh, keheh and heh as the Arabic letters
    (:data:`KEYBOARD_LETTERS`)."""
    if value.isascii():
        return value
    value = ascii_digits(value)
    if _KEYBOARD_LETTER.search(value) is None:
        return value
    return _KEYBOARD_LETTER.sub(lambda letter: KEYBOARD_LETTERS[letter[0]], value)


def keyboard_varies(value: str) -> bool:
    """Whether :func:`keyboard_folded` changes ``value`` (NFKC, case-folded)."""
    return not value.isascii() and (
        _OTHER_DIGIT.search(value) is not None or _KEYBOARD_LETTER.search(value) is not None
    )


# --------------------------------------------------------------------------- Arabic spellings

# Arabic letters writers use for one another, folded as Lucene's ArabicNormalizer defines
# Arabic normalisation: "hamza with alef seat to a bare alef" (أ إ آ → ا), "teh marbuta to
# heh" (ة → ه), "dotless yeh (alef maksura) to yeh" (ى → ي)
# (org.apache.lucene.analysis.ar.ArabicNormalizer); alef wasla (ٱ) to alef too, typed as ا by
# every reader.  Hamza on waw and on yeh (ؤ ئ) stay: other spellings, not variants of one
# letter.  Search folds them (clipper.searchtext) and so do the fingerprint's words (since
# migration 0040): one outlet's "أعلن … إلى" and another's "اعلن … الي" are one text.
ARABIC_VARIANTS = {
    "\u0623": "\u0627", "\u0625": "\u0627", "\u0622": "\u0627", "\u0671": "\u0627",
    "\u0649": "\u064a", "\u0629": "\u0647",
}
# The tatweel (kashida) stretches an Arabic word for justification or a headline's emphasis
# ("مشـروع" is "مشروع"): a letter to Unicode (Lm), so a word character, which stayed inside the
# word; search folds it out (clipper.searchtext's marks), and so do the fingerprint's words.
TATWEEL = "\u0640"
_ARABIC_VARIANT = re.compile("[" + "".join(ARABIC_VARIANTS) + TATWEEL + "]")
_ARABIC_FOLD = str.maketrans({**ARABIC_VARIANTS, TATWEEL: None})


def caseless(value: str) -> str:
    """``value`` case-folded so that any two case forms of one text are one: ``str.casefold``
    (German "STRASSE" and "Straße", Greek final sigma), and Turkish's dotted and dotless i,
    which it leaves apart: it writes "İ" as "i" and a combining dot above, and folds "I" to "i"
    where Turkish lower-cases it "ı"; here both are "i" ("İZMİR POSTASI", "İzmir Postası" and
    "izmir postasi" are one; newcomer 39, finding 5).  For comparing titles and lines, never
    for what is shown."""
    folded = value.casefold()
    if folded.isascii():
        return folded
    return folded.replace("i\u0307", "i").replace("\u0131", "i")


def unvocalised(value: str) -> str:
    """``value`` without Arabic harakat and Hebrew points (:data:`OPTIONAL_POINTS`) and without
    tatweels: a vocalised or stretched copy ("حـريق في مَحَطَّة") is the plain text ("حريق في
    محطة"), as the fingerprint's words and search read it; any other text as it is."""
    if value.isascii():
        return value
    return OPTIONAL_POINTS.sub("", value).replace(TATWEEL, "")


def arabic_folded(value: str) -> str:
    """``value`` (NFKC, case-folded) with its Arabic letter variants folded
    (:data:`ARABIC_VARIANTS`) and its tatweels left out; any other text as it is."""
    if value.isascii() or _ARABIC_VARIANT.search(value) is None:
        return value
    return value.translate(_ARABIC_FOLD)


def arabic_varies(value: str) -> bool:
    """Whether :func:`arabic_folded` changes ``value`` (NFKC, case-folded)."""
    return not value.isascii() and _ARABIC_VARIANT.search(value) is not None


# --------------------------------------------------------------------------- Devanagari spellings

# Devanagari writes a nasal vowel with candrabindu or, as most Hindi text now does, with anusvara
# (``माँ``/``मां``), a nasal before a consonant as ``न्`` or as anusvara (``हिन्दी``/``हिंदी``), and
# CMSs and font-era text drop or add the nukta (``ज़``/``ज``, NFKC writes ``ज़`` as ``ज`` + nukta;
# ``ऩ ऱ ऴ``, which it keeps composed, are ``न र ळ`` with one): candrabindu and ``न्`` fold to
# anusvara as Lucene's HindiNormalizer folds them, the nukta goes, as search folds them all
# (clipper.searchtext), and so do the fingerprint's words (since migration 0041).
DEVANAGARI_VARIANTS = {
    "\u0928\u094d": "\u0902", "\u0901": "\u0902", "\u093c": "",
    "\u0929": "\u0928", "\u0931": "\u0930", "\u0934": "\u0933",
}  # fmt: skip
_DEVANAGARI_HINT = re.compile("[\u0928\u0901\u093c\u0929\u0931\u0934]")
_DEVANAGARI_VARIANT = re.compile("\u0928\u094d|[\u0901\u093c\u0929\u0931\u0934]")


def devanagari_folded(value: str) -> str:
    """``value`` (NFKC, case-folded) with its Devanagari spelling variants folded
    (:data:`DEVANAGARI_VARIANTS`); any other text as it is."""
    if value.isascii() or _DEVANAGARI_HINT.search(value) is None:
        return value
    return _DEVANAGARI_VARIANT.sub(lambda found: DEVANAGARI_VARIANTS[found[0]], value)


def devanagari_varies(value: str) -> bool:
    """Whether :func:`devanagari_folded` changes ``value`` (NFKC, case-folded)."""
    return not value.isascii() and _DEVANAGARI_VARIANT.search(value) is not None


# --------------------------------------------------------------------------- Persian affixes

# Persian joins the verbal prefix می/نمی and the suffixes ها/های (plural) and تر/ترین
# (comparative, superlative) to their word with a zero-width non-joiner (می‌شود, کتاب‌ها,
# بزرگ‌تر), which the words leave out (میشود); many writers and CMSs type a space instead (می
# شود, کتاب ها).  hazm's Normalizer joins them (its affix spacing, AFFIX_SPACING_PATTERNS: می
# and نمی at a word's start, the suffixes after a word of two letters or more, before a word's
# end), and so do the fingerprint's words (since migration 0043): one outlet's half-spaces and
# another's spaces are one text; search reads such a space as a half-space
# (:func:`persian_affixes_half_spaced`, migration 0088).  Its yeh as any keyboard types it
# (ی, ي, ى: the fingerprint reads it after :func:`keyboard_folded`, search as written).
_ARABIC_LETTER = "\u0621-\u064a\u0671-\u06d3"
_YEH = "[\u064a\u06cc\u0649]"
_PERSIAN_AFFIX = re.compile(
    rf"(?<![{_ARABIC_LETTER}])\u0646?\u0645{_YEH} +(?=[{_ARABIC_LETTER}])"
    rf"|(?<=[{_ARABIC_LETTER}]{{2}}) +(?:\u0647\u0627{_YEH}?|\u062a\u0631(?:{_YEH}\u0646)?)"
    rf"(?![{_ARABIC_LETTER}])"
)
_SPACES = re.compile(" +")


def persian_affixes_joined(value: str) -> str:
    """``value`` (NFKC, case-folded, :func:`keyboard_folded`) with Persian's prefix می/نمی and
    suffixes ها/های/تر/ترین joined to their word where a space stands for the half-space
    (:data:`_PERSIAN_AFFIX`); any other text as it is."""
    if value.isascii() or not _persian_affix_hint(value) or _PERSIAN_AFFIX.search(value) is None:
        return value
    return _PERSIAN_AFFIX.sub(lambda found: found[0].replace(" ", ""), value)


def _persian_affix_hint(value: str) -> bool:
    """Whether ``value`` holds what every match of :data:`_PERSIAN_AFFIX` holds: ``می`` before
    a space, or a space before ``ها`` or ``تر`` (substring tests: the pattern's look-behinds,
    tried at every character, cost ~15 µs a KB of text that holds no Arabic letter)."""
    return (
        "\u0645\u064a " in value
        or " \u0647\u0627" in value
        or " \u062a\u0631" in value
        or "\u0645\u06cc " in value
        or "\u0645\u0649 " in value
    )


def persian_affixes_half_spaced(value: str) -> str:
    """``value`` with the spaces :func:`persian_affixes_joined` leaves out written as the
    half-space (a zero-width non-joiner) they stand for (``می شود`` → ``می‌شود``, ``کتاب ها``
    → ``کتاب‌ها``), in any keyboard's yeh: what search indexes and seeks with and without
    it (:func:`clipper.spelling.half_space_spellings`); any other text as it is."""
    if value.isascii() or not _persian_affix_hint(value) or _PERSIAN_AFFIX.search(value) is None:
        return value
    return _PERSIAN_AFFIX.sub(lambda found: _SPACES.sub("\u200c", found[0]), value)


def persian_affixes_vary(value: str) -> bool:
    """Whether :func:`persian_affixes_joined` changes ``value``."""
    return (
        not value.isascii()
        and _persian_affix_hint(value)
        and _PERSIAN_AFFIX.search(value) is not None
    )
