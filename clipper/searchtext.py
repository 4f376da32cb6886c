"""The text the full-text index holds, and snippets: one tokenisation for every backend.

The full-text index (FTS5 on SQLite, a ``tsvector`` on PostgreSQL) is not fed a page's raw
title and body but its *search text*: the words as clipper splits and folds them, separated by
single spaces.  Each backend's own tokenizer then only splits at those spaces, so both backends
see the same words, and query terms are folded by the same code
(:func:`clipper.searchterms.query_tokens`).

Folding (index and queries alike): Unicode NFKC (ligatures ``ﬁ`` → ``fi``, full-width digits
``１２`` → ``12``, compatibility characters), case folding (``ß`` → ``ss``) and removal of Latin
combining accents (``Zürich`` → ``zurich``, as FTS5's ``remove_diacritics`` did before), of
Arabic short-vowel marks and tatweel (``يُشعل`` → ``يشعل``) and of Hebrew niqqud (``הַנָּמָל`` →
``הנמל``): migration 0023 indexed the archive again with those.  Arabic letter variants fold as
Lucene's ArabicNormalizationFilter folds them (``أ إ آ ٱ`` → ``ا``, ``ى`` → ``ي``, ``ة`` →
``ه``; migration 0026).  Arabic's and Hebrew's attached prefixes (the article, conjunctions,
prepositions: ``الصهاريج``, ``والكهرباء``, ``ההנהלה``) stay on the word, and after a text's words
come the same words without them (:func:`with_stems`, :mod:`clipper.prefixes`; migration
0054); a query term matches as typed or so stemmed
(:attr:`clipper.searchterms.QueryTokens.ways`).
Letters writers replace when they type plainly fold to those they type (Azerbaijani ``ə`` as
``e``, Kazakh ``қ`` as ``к``: :data:`clipper.plainletters.PLAIN_LETTERS`, migration 0098), and
an Azerbaijani or Uzbek page's words follow again as typed plainly (``Ganca``, ``Ozbekiston``:
:func:`clipper.plainletters.page_spelled`).
Apostrophes written as letters (Ukrainian's ``ʼ`` U+02BC, ``ʻ`` U+02BB) fold to the keyboard's
``'``, which no word holds (:func:`clipper.spelling.apostrophes_folded`, migration 0044), so
``п'ять``, ``п’ять`` and ``пʼять`` are the words ``п`` ``ять`` alike.
A Persian word holding a half-space (zero-width non-joiner) is indexed joined, and after the
text again as its parts with the words around it (:func:`clipper.spelling
.half_space_spellings`, migrations 0045, 0088): a query typing the half-space, nothing or a
space for it finds it, in a phrase too; a space before or after Persian's affixes (``می
شود``, ``کتاب ها``) is read as the half-space it stands for (:func:`clipper.scripts
.persian_affixes_half_spaced`, migration 0088), and a query's half-space is also sought as a
space, its affix typed apart also joined (:func:`clipper.searchterms
.half_spaced_ways`).

Chinese, Japanese (and Korean, which spaces phrases, not words), Thai, Lao, Khmer and Myanmar
are written without spaces between words, so a whole clause would be one word and ``地铁``
inside ``地铁三号线将于…`` could not be found.  A run of these characters ("CJK" below) is
indexed as its overlapping character bigrams plus its last character (``地铁三号`` → ``地铁 铁三
三号 号``), the standard approach of Lucene's CJKAnalyzer.  A query word of two or more CJK
characters becomes the phrase of its bigrams (``三号线`` → ``"三号 号线"``), so it matches
anywhere inside a clause; a single CJK character becomes a prefix (``站`` → ``站*``).  A
traditional Chinese character folds to its simplified form (``臺灣`` → ``台湾``: OpenCC's
table, one character at a time, :mod:`clipper.hanfold`; migration 0038), so either finds
both, and a katakana letter to its hiragana one (``サザナミ`` → ``さざなみ``, half-width ``ｻｸﾗ``
→ ``さくら``: :mod:`clipper.kanafold`; migration 0085), so either kana finds both.
Unlike FTS5's ``trigram`` tokenizer, two-character words (most Chinese words) are
found, and the index grows only with CJK text (Latin text gives the same words as before).
A Thai, Lao, Khmer or Myanmar run continues across the spaces its writers put between phrases
(``ကျပ် တစ်ရာ`` is indexed as ``ကျပ်တစ်ရာ``, :data:`_JOINING_GAP`), so a phrase is found with
or without them; so does a Korean one (migration 0052): Korean writes a compound noun with or
without its spaces (``한국 전력 공사``, ``한국전력공사``), and each now finds the other.  After
a page's words come keys of where its Korean words start and end, which a Korean query word
needs beside its bigrams, so that it finds words, not pieces of longer ones (``국문`` no
``국문과``: :mod:`clipper.koreanwords`, migration 0086).

Words are runs of letters, combining marks, numbers and private-use characters (the token
characters of SQLite's FTS5 table, ``categories 'L* N* Co M*'`` since migration 0035); everything
else separates words, a number's digit-group separators too (``2,400`` is ``2 400``): after a
text's words come its grouped numbers joined, with the words around them
(:mod:`clipper.searchnumbers`, migration 0089), and a query word that is a grouped number is
sought joined as well, so ``2400``, ``2,400`` and ``२,४००`` find one another.  Then come
the keys of the amounts it writes, a number with its currency or unit
(:mod:`clipper.searchamounts`, migration 0093), so ``Rs1200``, ``Rs 1,200`` and ``₹1,200`` find
one another.

A page stored in Serbian, Montenegrin, Bosnian or Macedonian is read in Latin letters, the
whole page (:mod:`clipper.digraphia`, migration 0100): its Cyrillic words are indexed as their
Latin twins (``Електропривреда`` as ``elektroprivreda``) and the page holds
:data:`clipper.digraphia.PAGE` after its words, as a Croatian page does (migration 0101); a
query term in Cyrillic is sought in Latin
letters too on the pages holding it only (:attr:`clipper.searchterms.QueryTokens.latin`), so
either script finds both there and ``мост`` finds no Czech ``most``.  A Serbian, Croatian,
Bosnian or Montenegrin page's ``đ`` is indexed spelled ``dj`` as well (:mod:`clipper.umlauts`:
``Djerdap`` finds ``Đerdap``).  A page of any other language (Russian, Bulgarian...) is read
as written.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from clipper.caseforms import keys_text
from clipper.classprefixes import unprefixed
from clipper.compounds import parts_text
from clipper.config import UMLAUT_PHRASE_CONTEXT
from clipper.digraphia import PAGE as LATIN_PAGE
from clipper.digraphia import UZBEK_PAGE, page_latin, reads_latin, reads_uzbek, sought_in_latin
from clipper.englishspelling import PAGE as ENGLISH_PAGE
from clipper.englishspelling import american_words
from clipper.englishspelling import spelled_on as english_spelled_on
from clipper.gershayim import marks_joined, read_on
from clipper.hanfold import simplified_text
from clipper.kanafold import hiragana
from clipper.koreanwords import page_keys
from clipper.orthography import has_old_spelling, spelled_on
from clipper.orthography import respelled as agreement_spelled
from clipper.paragraphs import ByParagraph, word_memo
from clipper.plainletters import PLAIN_LETTERS, page_spelled
from clipper.prefixes import PREFIXED_SCRIPT, stem
from clipper.scripts import (
    ARABIC_VARIANTS,
    KEYBOARD_LETTERS,
    ascii_digits,
    persian_affixes_half_spaced,
    persian_affixes_vary,
)
from clipper.searchamounts import amount_keys_text, may_write_amount
from clipper.searchnumbers import GROUP_MARK, grouped_numbers
from clipper.spelling import (
    GEMINATE_DOT,
    LATIN_LETTERS,
    apostrophes_folded,
    half_space_spellings,
    korean_dots_folded,
    lookalikes_folded,
)
from clipper.tonemarks import page_keys as tone_keys
from clipper.tonemarks import toned
from clipper.umlauts import HAS_LETTER, page_respelled, respelled_words, spelled_for

# A word: letters, marks, numbers, private use.  CJK characters (Han, kana, Hangul) are taken
# one at a time so runs of them can be expanded into bigrams.
_CJK_CLASS = (
    r"\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\u30fc"
    # written without spaces too (clipper.scripts): Thai, Lao, Khmer, Myanmar
    r"\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}"
)
CJK_CHARACTER = regex.compile(rf"[{_CJK_CLASS}]")
_HAN = regex.compile(r"\p{Han}")
_KATAKANA = re.compile("[\u30a1-\u30f6\u30fd\u30fe]")
# A Hangul syllable, or a conjoining jamo that folding composes into one.
_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7a3\u1100-\u11ff]")
# Blocks holding every character of _CJK_CLASS (a superset: Hangul Jamo, CJK radicals to Yi,
# Hangul, compatibility ideographs and forms, half/full width, the supplementary ideograph
# planes): the standard library scans for these four times faster than the regex module
# matches scripts, and European text (Latin, Greek, Cyrillic, general punctuation) holds none.
# Of Korean's middle dots (clipper.spelling.KOREAN_DOTS) the one search read as a letter: the
# others (·, ・, ‧) separate words already.
_KOREAN_LETTER_DOT = "\u318d"
_CJK_BLOCKS = re.compile(
    # Thai, Lao, Myanmar, Khmer (with Khmer symbols, Myanmar extensions A to C)
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\ua9e0-\ua9ff\uaa60-\uaa7f"
    "\U000116d0-\U000116ff"
    "\u1100-\u11ff\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff"
    "\ufe30-\ufe4f\uff00-\uffef\U00016fe0-\U0003ffff]"
)
# A zero-width joiner or non-joiner inside a word shapes its letters (Bengali "র\u200d্যাব",
# Persian "می\u200cشود"): part of the word, folded away (:func:`fold`), so a query pasted with
# it or typed without finds both.
WORD = regex.compile(r"[\p{L}\p{M}\p{N}\p{Co}\u200c\u200d]+")
_RUN = WORD  # a run of word characters in the original text
# A rough word: a run of ASCII letters and digits and any non-ASCII characters.  Every word
# lies inside one rough word (the only ASCII word characters are letters and digits), so an
# all-ASCII rough word is a word, and only the others need the regex module's Unicode classes
# (the standard library scans twice as fast; most words of most texts are ASCII).
ROUGH_WORD = re.compile("[0-9A-Za-z\u0080-\U0010ffff]+")
# A run → CJK characters and words.  A half-width katakana's voiced or semi-voiced sound mark
# (U+FF9E, U+FF9F: not a letter of the class) stays with it, so folding (NFKC) composes the
# two into the one full-width letter a text writes ("ﾊﾞｽ" is "バス"; split, the query ﾊﾞｽ
# sought ハ, ゙ and ス and found nothing: probe20).
_SPLIT = regex.compile(rf"[{_CJK_CLASS}][\uff9e\uff9f]*|[^{_CJK_CLASS}]+")


# What folding removes: Latin combining accents (after NFD), Arabic harakat (fathatan to sukun,
# the dagger alef) and the tatweel that stretches a word, and Hebrew niqqud and cantillation
# marks.  Written text leaves these out or puts them in at will (``يُشعل`` and ``يشعل``,
# ``הַנָּמָל`` and ``הנמל`` are one word), and FTS5's ``remove_diacritics`` folds Latin letters
# only.  Arabic hamza and madda (U+0653-U+0655) stay: NFC composes them back into their letters
# (``أ``, ``آ``, ``ؤ``); the alef forms among those then fold to a bare alef (:data:`_LETTERS`),
# ``ؤ`` and ``ئ`` stay other letters.
#
# The Devanagari nukta (U+093C) goes too: Hindi writers, keyboards and transliteration tools
# write ``ख़ारिज`` and ``खारिज``, ``ज़`` and ``ज``, ``फ़`` and ``फ`` for one another, and Lucene's
# HindiNormalizer (org.apache.lucene.analysis.hi, "nukta deletions", after Pingali and Varma's
# "Word normalization in Indian languages") deletes it.  The letters that hold a nukta (``क़``
# U+0958 … ``य़`` U+095F, ``ऩ ऱ ऴ``) decompose into letter and nukta under NFD, so they fold to
# their letter as well.  Other Indic scripts' nuktas stay: Bengali's ``ড় ঢ় য়`` are letters of
# their own, always written (Lucene's BengaliNormalizer keeps the nukta), and no search engine
# documents a Gurmukhi folding.
#
# The other combining accents of Latin, Greek and Cyrillic text go as those of U+0300-U+036F do
# (Combining Diacritical Marks Extended and Supplement, for Symbols, Half Marks; the Cyrillic
# titlo and its kin, U+0483-U+0489), and so do Arabic's other optional marks (Quranic
# annotation signs and honorifics, the extended vowel marks U+0656-U+065F and U+08D3-U+08FF):
# until migration 0035 SQLite's index split words at every mark, so a word written with one of
# these at its end was found by the word without it; now that marks are part of a word
# (:mod:`clipper.backends.sqlite`), folding keeps that.  Indic vowel signs and viramas,
# Thai, Lao, Khmer and Myanmar marks are letters' parts that no writer leaves out: they stay.
_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
    "\u064b-\u0652\u0670\u0640"
    "\u0610-\u061a\u0656-\u065f\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed"
    "\u08d3-\u08e1\u08e3-\u08ff"
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7"
    "\u093c]+"
)


def _symbols_that_fold_to_words() -> list[int]:
    """Characters that are not word characters but whose NFKC form holds one (``™`` → ``TM``,
    ``℃`` → ``°C``, ``㎏`` → ``kg``).  Folded in place they would glue onto the word before
    them (``Apple™`` → ``appletm``), while a query or a snippet, which splits words first, sees
    ``apple``: a whole text is folded with them replaced by spaces."""
    table: list[int] = []
    for code in range(0x80, 0x30000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        if not unicodedata.decomposition(char).startswith("<") or WORD.fullmatch(char):
            continue  # only compatibility decompositions change a character under NFKC
        if WORD.search(unicodedata.normalize("NFKC", char)):
            table.append(code)
    return table


def _char_class(codes: Iterable[int]) -> str:
    """A regular-expression character class of ``codes`` (runs written as ranges)."""
    ranges: list[list[int]] = []
    for code in sorted(codes):
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return (
        "["
        + "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        + "]"
    )


@lru_cache(maxsize=1)
def _symbols() -> re.Pattern[str]:
    """Those characters as one class, replaced by a space (``str.translate`` with a dictionary
    looked every character of a text up: ~25 µs per 1,000 characters; the class scans in C).
    Made when a text first needs it: reading every code point takes ~60 ms, which a query
    command (its query words are split before folding) would pay at start-up for nothing."""
    return re.compile(_char_class(_symbols_that_fold_to_words()))


def fold(value: str) -> str:
    """NFKC, case folding and Latin accents removed (also those that are part of a letter:
    ``ø`` → ``o``, ``ł`` → ``l``, ``æ`` → ``ae``), Arabic harakat and tatweel and Hebrew
    niqqud removed (:data:`_MARKS`), zero-width joiners and non-joiners removed, apostrophes
    written ``'`` (:func:`clipper.spelling.apostrophes_folded`), and Arabic
    letter variants folded (``أ إ آ ٱ`` → ``ا``,
    ``ى`` → ``ي``, ``ة`` → ``ه``: :data:`_LETTERS`): how index and queries compare words.

    Accents are removed whether or not NFKC composed them: ``İ`` case-folds to ``i`` + U+0307
    and must fold to ``i`` like every other accented letter."""
    if value.isascii():
        return value.lower()
    if "\u200c" in value or "\u200d" in value:
        value = value.replace("\u200c", "").replace("\u200d", "")
    # Ukrainian's apostrophe ʼ (a letter to Unicode) as the keyboard's ' (no word's
    # character): the words ``п`` ``ять`` whichever was written (migration 0044)
    value = apostrophes_folded(value)
    value = ascii_digits(unicodedata.normalize("NFKC", value).casefold())
    if "\u00b7" in value:
        # Catalan's l·l (and ŀ, NFKC "l·") inside a word as ll: "col·lectiu" is "collectiu",
        # not the words "col" "lectiu" (migration 0049)
        value = GEMINATE_DOT.sub("", value)
    # a Latin letter typed in a Cyrillic word for the Cyrillic one it looks like ("кiлометрiв",
    # Ukrainian on a Russian layout): read as that letter (migration 0046)
    value = lookalikes_folded(value)
    decomposed = unicodedata.normalize("NFD", value)
    if _MARKS.search(decomposed):
        value = unicodedata.normalize("NFC", _MARKS.sub("", decomposed))
    # only where such a letter is (str.translate looked every character up)
    return _LETTER.sub(lambda letter: _LETTERS[letter[0]], value)


# Latin letters that carry their accent in the letter itself, so that no decomposition removes
# it (ø, ł, đ are letters of their own to Unicode, not o, l, d with a mark), written as the
# letters an English keyboard types for them: "stromsnes" finds Strømsnes, "lodz" Łódź.  As
# Lucene's ASCIIFoldingFilter folds them; lower case only (folding case-folds first).  The
# fingerprint's words fold them alike (:data:`clipper.spelling.LATIN_LETTERS`, migration 0076).
#
# Arabic letter variants that writers and keyboards use for one another, folded as Lucene's
# ArabicNormalizer (used by its ArabicNormalizationFilter) defines Arabic normalisation: "hamza
# with alef seat to a bare alef" (أ إ آ → ا), "teh marbuta to heh" (ة → ه), "dotless yeh (alef
# maksura) to yeh" (ى → ي) (org.apache.lucene.analysis.ar.ArabicNormalizer, Lucene 8 API
# documentation; its harakat and tatweel removal is :data:`_MARKS`).  Alef wasla (ٱ), which
# Lucene leaves alone, folds to alef too: it is an alef with a mark in vowelled text, typed as
# ا by every reader.  ``امال`` finds ``آمال``, ``الى`` finds ``إلى``, ``مدرسه`` finds ``مدرسة``.
# Hamza on waw and on yeh (ؤ ئ) stay: other spellings, not variants of one letter.
#
# Persian and Urdu yeh, keheh and heh fold to the Arabic letters an Arabic keyboard types
# (:data:`clipper.scripts.KEYBOARD_LETTERS`, as Lucene's PersianNormalizer), so ``كتاب`` finds
# ``کتاب`` and ``ايران`` finds ``ایران``; the fingerprint's words fold them too.
#
# Devanagari writes a nasal vowel with candrabindu or, as most Hindi text now does, with
# anusvara (``माँ`` and ``मां``, ``हाँ`` and ``हां``), and a nasal before a consonant as ``न्``
# or as anusvara (``हिन्दी`` and ``हिंदी``): candrabindu and ``न्`` fold to anusvara, as
# Lucene's HindiNormalizer folds them ("candrabindu -> bindu", "dead n -> bindu").  Its other
# folds (long vowels to short ones, the virama deleted) are stemming, which clipper does not do
# on SQLite.
#
# Replaced where they occur (a class scanned in C, then a lookup per letter found): a
# ``str.translate`` of every non-ASCII text looked each of its characters up in Python's
# dictionary, 0.8 s of CPU over bench/speed.py's 439 HTML pages.
_LETTERS = {
    **LATIN_LETTERS,
    **ARABIC_VARIANTS,
    **KEYBOARD_LETTERS,
    **PLAIN_LETTERS,
    "\u0901": "\u0902",
    "\u0928\u094d": "\u0902",
}
_LETTER = re.compile(
    "|".join(key for key in _LETTERS if len(key) > 1)
    + "|["
    + "".join(key for key in _LETTERS if len(key) == 1)
    + "]"
)


class Unit(NamedTuple):
    """A word, or one CJK character, of a text: folded value and its span in the text;
    ``joined``: a character of Thai, Lao, Khmer, Myanmar or Korean that continues the run of
    the one before it across spaces (:data:`_JOINING_GAP`)."""

    value: str
    start: int
    end: int
    cjk: bool
    joined: bool = False


# Thai, Lao, Khmer and Myanmar put spaces between phrases or sentences, not words, and where a
# writer puts one is a matter of taste: "ကျပ် တစ်ရာ" and "ကျပ်တစ်ရာ" are one phrase.  Their runs
# continue across spaces (and the zero-width space U+200B, which their web text puts between
# words to allow a line break, the word joiner and the BOM), so each form finds the other, as
# a query typed with or without the space does.  Korean too: its spacing rules separate the
# parts of a compound noun, and writers follow them or not ("한국 전력 공사", "한국전력공사"; a
# reader searching one missed the other, newcomer 26's finding 16), so its runs continue across
# spaces as well; a bigram across two of its words ("국전") is indexed, as it is in the
# compound.  Not Chinese and Japanese, whose spaces (rare) separate words or phrases a query
# would not run together (:data:`_SPACED_OUT` is the exception); never across a line break or
# punctuation.
# A space between two characters of the CJK blocks (the stdlib's scan, before _SPACED_OUT's).
_SPACED_GAP = re.compile(f"{_CJK_BLOCKS.pattern}[ \u00a0\u3000]{_CJK_BLOCKS.pattern}")
_JOINING = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Hangul}]")
_JOINING_GAP = re.compile("[ \u00a0\u200b\u2060\ufeff]+")
# Chinese or Japanese spaced out one character at a time ("滨 江 市 地 铁 三 号 线": a title
# letter-spaced with spaces, a justified text saved with its spacing, an OCR'd page): no words
# stand apart there, so a Han or kana character standing alone continues the run of a lone one
# before it across one space (or a no-break or ideographic space), and 地铁 finds "地 铁"
# (fieldprobe35).  A character beside another of its script keeps its gap: "北京 上海" stays
# two runs.
_KANJI_KANA = r"\p{Han}\p{Hiragana}\p{Katakana}\u30fc"
_SPACED_OUT = regex.compile(
    rf"(?<![{_CJK_CLASS}])[{_KANJI_KANA}][ \u00a0\u3000](?=[{_KANJI_KANA}](?![{_CJK_CLASS}]))"
)


def _joining_gaps(value: str) -> list[tuple[int, int]]:
    """The gaps ``(start, end)`` of ``value`` that a run continues across: spaces between two
    Thai, Lao, Khmer, Myanmar or Korean characters (:data:`_JOINING_GAP`), and the space after a
    lone Han or kana character before another (:data:`_SPACED_OUT`), in order."""
    gaps: list[tuple[int, int]] = []
    if _JOINING.search(value) is not None:
        for gap in _JOINING_GAP.finditer(value):
            before, after = gap.start(), gap.end()
            if (
                before > 0
                and after < len(value)
                and _JOINING.match(value, before - 1) is not None
                and _JOINING.match(value, after) is not None
            ):
                gaps.append((before, after))
    spaced = (
        [(m.end() - 1, m.end()) for m in _SPACED_OUT.finditer(value)]
        if _SPACED_GAP.search(value) is not None  # in C: most CJK texts space no character
        else []
    )
    return sorted(gaps + spaced) if spaced and gaps else gaps or spaced


def _join_runs(value: str, found: list[Unit]) -> None:
    """Mark the units of ``found`` (of ``value``) that continue a run across a gap
    (:func:`_joining_gaps`), in place.  Looked for from the gaps (a few per sentence), not unit
    by unit."""
    starts: list[int] | None = None
    for gap in _joining_gaps(value):
        before, after = gap
        if starts is None:
            starts = [unit.start for unit in found]
        i = bisect.bisect_left(starts, after)
        if 0 < i < len(found) and starts[i] == after:
            unit, previous = found[i], found[i - 1]
            if unit.cjk and previous.cjk and previous.end == before:
                found[i] = unit._replace(joined=True)


@word_memo(1 << 16)
def _fold_unit(raw: str) -> tuple[tuple[str, bool], ...]:
    """The folded words of one word or CJK character of a text, each with whether it is CJK
    (news text repeats its words: the cache makes folding a dictionary look-up)."""
    if raw.isascii():
        return ((raw.lower(), False),)
    if CJK_CHARACTER.fullmatch(raw):
        return ((_one_script(fold(raw)), True),)
    return tuple(
        (_one_script(word), True) if CJK_CHARACTER.search(word) else (word, False)
        for word in WORD.findall(fold(raw))
    )


def _one_script(value: str) -> str:
    """``value`` (folded CJK) with its traditional Chinese characters simplified
    (:mod:`clipper.hanfold`: OpenCC's table, one character for one; OpenCC is loaded only for a
    Han character) and its katakana written in hiragana (:mod:`clipper.kanafold`: ``サザナミ``
    → ``さざなみ``, migration 0085); other scripts as they are."""
    if _HAN.search(value):
        value = simplified_text(value)
    return hiragana(value) if _KATAKANA.search(value) else value


def units(value: str) -> list[Unit]:
    """The words and CJK characters of ``value``, in order, folded (a word that folding splits,
    such as ``½`` → ``1⁄2``, gives several units with the same span)."""
    # the Korean IME's middle dot ㆍ (a Hangul letter) between two nouns as "·", a separator
    # ("미ㆍ중" is "미·중"; migration 0046)
    value = korean_dots_folded(ascii_digits(value), _KOREAN_LETTER_DOT)
    if "\u00b7" in value:
        # Catalan's l·l: the dot joins the word's two halves (a joiner, same length, folded
        # away: :func:`fold`), so "col·lectiu" is one unit, "collectiu" (migration 0049)
        value = GEMINATE_DOT.sub("\u200d", value)
    found: list[Unit] = []
    append = found.append
    has_cjk = _CJK_BLOCKS.search(value) is not None and CJK_CHARACTER.search(value) is not None
    for rough in ROUGH_WORD.finditer(value):
        text = rough.group()
        if text.isascii():
            append(Unit(text.lower(), rough.start(), rough.end(), False))
            continue
        offset = rough.start()
        for match in _RUN.finditer(text):
            raw = match.group()
            if has_cjk and CJK_CHARACTER.search(raw):
                base = offset + match.start()
                for part in _SPLIT.finditer(raw):
                    found.extend(
                        Unit(word, base + part.start(), base + part.end(), cjk)
                        for word, cjk in _fold_unit(part.group())
                    )
            else:
                start, end = offset + match.start(), offset + match.end()
                for word, cjk in _fold_unit(raw):
                    append(Unit(word, start, end, cjk))
    if has_cjk:
        _join_runs(value, found)
    return found


# A rough word holding a non-ASCII character (matched from its first character on only).
_NON_ASCII_ROUGH = re.compile(
    "(?<![0-9A-Za-z\u0080-\U0010ffff])[0-9A-Za-z]*+[\u0080-\U0010ffff][0-9A-Za-z\u0080-\U0010ffff]*+"
)


@word_memo(1 << 16)
def _split_rough(rough: str) -> str:
    """The words of one non-ASCII rough word, joined by spaces ("" for none, as in "“")."""
    return " ".join(WORD.findall(rough))


def _joined_words(folded: str) -> str:
    """The words of folded (lower-case) text joined by single spaces: ``" ".join(
    WORD.findall(folded))``, faster.  Only the rough words holding a non-ASCII character go
    through the regex module (each a cached look-up); every other step scans in C."""
    if not folded.isascii():
        folded = _NON_ASCII_ROUGH.sub(lambda m: _split_rough(m.group()), folded)
    return " ".join(ROUGH_WORD.findall(folded))


def index_tokens(items: Sequence[Unit], *, close_last_run: bool) -> list[str]:
    """Index words for ``items``: CJK runs (adjacent characters) as bigrams, each run closed by
    its last character; ``close_last_run=False`` leaves the final run open (a query word)."""
    tokens: list[str] = []
    run: list[str] = []

    def flush(closing: bool) -> None:
        if len(run) == 1:
            tokens.append(run[0])
        else:
            tokens.extend(a + b for a, b in itertools.pairwise(run))
            if closing:
                tokens.append(run[-1])
        run.clear()

    previous_end = -1
    for item in items:
        if item.cjk and (not run or item.start == previous_end or item.joined):
            run.append(item.value)
        else:
            if run:
                flush(True)
            if item.cjk:
                run.append(item.value)
            else:
                tokens.append(item.value)
        previous_end = item.end
    if run:
        flush(close_last_run)
    return tokens


def search_text(value: str | None, language: str | None = None) -> str:
    """The search text of a title or body of a page in ``language`` (its stored subtag, or
    None): its index words joined by spaces (a Persian word holding a half-space, or typed
    apart from its affix, joined, and after the text as its parts with the words around it:
    :func:`clipper.spelling.half_space_spellings`).  A night's
    repeated paragraphs are read once (:mod:`clipper.paragraphs`: folding and words stop at a
    line break) unless the text holds a character of a block of CJK characters, whose text
    is read whole (its runs become bigrams).  The words holding ``ä ö ü`` follow again,
    spelled ``ae oe ue`` (:func:`clipper.umlauts.respelled_words`), then, on a Portuguese
    page, its words spelled before the 1990 Orthographic Agreement spelled after it, with the
    words around them (:mod:`clipper.orthography`: ``acção`` → ``acao``), then, on a page of a
    language that writes compounds as one word, the parts of its compound words
    (:func:`clipper.compounds.parts_text`: ``Bundesregierung`` → ``bund regierung``), then,
    on a page of a language that marks case with endings, its words' keys
    (:func:`clipper.caseforms.keys_text`: ``Helsingissä`` → ``\U000f0000fihelsing``), then,
    on a Vietnamese page, the keys of its words written with marks
    (:func:`clipper.tonemarks.page_keys`: ``tỷ`` → ``\U000f0000vity2``), then
    where its Korean words start and end (:func:`clipper.koreanwords.page_keys`), then its
    Hebrew abbreviations without their gershayim (:mod:`clipper.gershayim`: ``צה״ל`` →
    ``צהל``, on a Hebrew or Yiddish page), then its
    grouped numbers joined (:mod:`clipper.searchnumbers`), then its amounts' keys
    (:func:`clipper.searchamounts.amount_keys_text`: ``₹1,200`` → ``\U000f0010inr1200
    \U000f0010rupee1200``).  A page of a language written in Cyrillic and Latin alike
    (:func:`clipper.digraphia.reads_latin`: Serbian, Montenegrin, Bosnian, Macedonian, Uzbek,
    by the page's stored language) is read in Latin letters (:func:`clipper.digraphia
    .page_latin`); it, and a Croatian page (:func:`clipper.digraphia.sought_in_latin`,
    migration 0101), hold :data:`clipper.digraphia.PAGE` after its words, an Uzbek page
    :data:`clipper.digraphia.UZBEK_PAGE` instead (migration 0110)."""
    if not value:
        return ""
    if reads_latin(language):
        # a Serbian, Montenegrin, Bosnian or Macedonian page's Cyrillic in Latin
        # letters: "Elektroprivreda Srbije" finds "Електропривреда Србије" (migration 0100);
        # an Uzbek page's by its own table: "Toshkent" finds "Тошкент" (migration 0110)
        value = page_latin(value, language)
    return _with_added_words(value, _plain_search_text(value, language), language)


def _with_added_words(value: str, plain: str, language: str | None) -> str:
    """:func:`search_text` of ``value`` (not empty), given ``plain``, its
    :func:`_plain_search_text`: that and the words added after it."""
    words = plain
    # (the language first: scanning a page's text for the letters cost ~0.3 ms a page of
    # English wire copy holding a curly quote, which no language but these needed)
    if spelled_for(language) and not value.isascii() and HAS_LETTER.search(value) is not None:
        # ä ö ü on a German or Luxembourgish page, å ø in a name on a Danish or Norwegian
        # one: its words holding one again in two letters with the words around them, after
        # the text (clipper.umlauts: "Bruessel" and "Bruessel nach" find "Brüssel nach",
        # "Aase" "Åse"; migrations 0066, 0068, 0070)
        spelled = _spelled_runs(value, plain, language)
        if spelled:
            words += " " + spelled
    if spelled_on(language) and has_old_spelling(plain):
        # a Portuguese word spelled before the 1990 Agreement again spelled after it, with the
        # words around it (clipper.orthography: "ação" and "plano de ação" find "acção" and
        # "plano de acção"; migration 0080)
        split = plain.split(" ")
        words += " " + _phrase_runs(split, [agreement_spelled(word) for word in split])
    if english_spelled_on(language):
        # an English page's words written the British way again in their American spellings,
        # with the words around them, and the page marked: "recapitalization" finds
        # "recapitalisation", "colour" (sought as "color" on English pages only) "color"
        # (clipper.englishspelling; migration 0110)
        split = plain.split(" ")
        american = american_words(split)
        if american is not split:
            words += " " + _phrase_runs(split, american)
        words += " " + ENGLISH_PAGE
    # a name without the class prefix written onto it on an isiZulu, isiXhosa... page, with
    # the words around it (clipper.classprefixes: "Kilimo" finds "IKilimo"; migration 0094)
    if (bare := unprefixed(value, language)) is not None:
        words += " " + _respelled_runs(plain, _plain_search_text(bare, language))
    # an Azerbaijani page's ə typed a, an Uzbek page's oʻ gʻ typed o g, with the words around
    # them (clipper.plainletters: "Ganca" finds "Gəncə", "Ozbekiston" "Oʻzbekiston"; migration
    # 0098); keyed below as the page's own words are
    typed = ""
    if (plainly := page_spelled(value, language)) is not None:
        typed = _joined_runs(plain, _plain_search_text(plainly, language))
        if typed:
            words += " " + typed
    # a compound's parts: "Regierung" finds "Bundesregierung" (migration 0067)
    parts = parts_text(plain, language) if language else ""
    if parts:
        words += " " + parts
    # a word's case forms' keys: "Helsinki" finds "Helsingissä" (migration 0072), and so a
    # compound's parts': "kriisi" finds "hallituskriisissä"
    keyed_words = " ".join(text for text in (plain, parts, typed) if text)
    keys = keys_text(keyed_words, language) if language else ""
    if keys:
        words += " " + keys
    # a Serbian, Montenegrin, Bosnian or Macedonian page (read in Latin letters) or a Croatian
    # one marked: a Cyrillic query's Latin letters are sought there only, "мост" finds no
    # Czech "most" (migrations 0100, 0101)
    # (clipper.digraphia; migration 0100)
    if sought_in_latin(language):
        words += " " + LATIN_PAGE
    # an Uzbek page (read in Latin letters) marked: a Cyrillic query's Uzbek Latin letters are
    # sought there only, "Тошкент" finds "Toshkent" and no Russian page's word (migration 0110)
    if reads_uzbek(language):
        words += " " + UZBEK_PAGE
    # a Vietnamese page's words with their marks, keyed: "tỷ" finds no "công ty"
    # (clipper.tonemarks; migration 0096)
    if toned(language):
        words += " " + tone_keys([value[unit.start : unit.end] for unit in units(value)])
    # where its Korean words start and end: "국문" finds no "국문과" (migration 0086)
    if _HANGUL_SYLLABLE.search(value) is not None:
        korean = page_keys(value)
        if korean:
            words += " " + korean
    # a Hebrew abbreviation's gershayim and geresh left out, with the words around it:
    # "צהל" and "ארהב" find "צה״ל" and "ארה"ב" (clipper.gershayim; migration 0106)
    if read_on(language) and (joined := marks_joined(value)) is not None:
        marked = _marks_runs(value, joined)
        if marked:
            words += " " + marked
    # a number written grouped, joined: "2400" finds "2,400", "२,४००" (migration 0089)
    if GROUP_MARK.search(value) is not None and (numbers := _number_runs(value, plain)):
        words += " " + numbers
    # an amount's key, its value and unit: "Rs1200" finds "₹1,200" (migration 0093)
    if may_write_amount(value) and (keyed := amount_keys_text(value)):
        words += " " + keyed
    return words


def search_texts(old: str | None, new: str | None, language: str | None = None) -> tuple[str, str]:
    """:func:`search_text` of ``old`` and of ``new``, two versions of one text of a page in
    ``language``, one of them the other with some of its lines left out (a stored page's
    text as indexed and as a template cut leaves it: its full-text entry's old words and
    new ones, :func:`clipper.backends.replaced_words`).  Their own words are read once: the
    longer text cut at the lines the shorter leaves out, each run of lines read as
    :func:`search_text` reads a piece of a text (folding and words stop at a line break:
    :mod:`clipper.paragraphs`), the two put together from the runs each holds; the words
    added after them (umlauts' spellings, compound parts, case keys) are each one's.  Texts
    holding a CJK block's character or a half-space, or neither the other's lines, are each
    read apart.  The same two texts as :func:`search_text` gives."""
    if not old or not new:
        return search_text(old, language), search_text(new, language)
    if reads_latin(language):
        old, new = page_latin(old, language), page_latin(new, language)
    plains = _shared_plain_texts(old, new, language)
    if plains is None:
        return search_text(old, language), search_text(new, language)
    return (
        _with_added_words(old, plains[0], language),
        _with_added_words(new, plains[1], language),
    )


def _shared_plain_texts(old: str, new: str, language: str | None = None) -> tuple[str, str] | None:
    """:func:`_plain_search_text` of ``old`` and ``new`` (not empty, of a page in
    ``language``) read from their shared runs of lines once (:func:`search_texts`), or None
    where they cannot be so read."""
    swapped = len(old) < len(new)  # a template cut undone: the new text is the longer
    longer, shorter = (new, old) if swapped else (old, new)
    if "\u200c" in longer or _CJK_BLOCKS.search(longer) is not None:
        return None
    if _affixes_read(language) and persian_affixes_vary(longer):
        return None  # a Persian affix typed apart: read as a half-space (_plain_search_text)
    lines, kept_lines = longer.split("\n"), shorter.split("\n")
    kept, at = [], 0
    for line in lines:
        hit = at < len(kept_lines) and line == kept_lines[at]
        kept.append(hit)
        at += hit
    if at < len(kept_lines):
        return None  # the shorter text is not the longer one less some of its lines
    longer_words: list[str] = []
    shorter_words: list[str] = []
    for held, run in itertools.groupby(zip(kept, lines, strict=True), key=lambda item: item[0]):
        pieces = _words_by_paragraph("\n".join(line for _, line in run))
        if _HAS_CJK in pieces:
            return None
        longer_words += pieces
        if held:
            shorter_words += pieces
    plains = with_stems(" ".join(longer_words)), with_stems(" ".join(shorter_words))
    return (plains[1], plains[0]) if swapped else plains


def _number_runs(value: str, plain: str) -> str:
    """The grouped numbers of ``value`` (:func:`clipper.searchnumbers.grouped_numbers`) joined
    (``2,400`` → ``2400``), each with the :data:`clipper.config.UMLAUT_PHRASE_CONTEXT` words
    before and after it (runs that meet are one run), in order, as search text: a query for
    the number, or a phrase of it and the words beside it, finds the page as it does one
    writing the number ungrouped; "" for none.  ``plain``: :func:`_plain_search_text` of
    ``value``, where each number's groups are words in a row (``2 400``): the words around
    them are taken from it, not read again."""
    words = plain.split(" ")
    spans: list[tuple[int, int, str]] = []  # each number's groups' words [i, j) and digits
    at = 0
    for start, end, digits in grouped_numbers(value):
        groups = _DIGITS.findall(ascii_digits(value[start:end]))
        found = _word_run(words, groups, at)
        if found is not None:  # (a group glued to a letter, "Rs2,400", is no word of its own)
            spans.append((found, found + len(groups), digits))
            at = found + len(groups)
    runs: list[list[str]] = []
    reach = -1  # the last word index the run so far takes
    context = UMLAUT_PHRASE_CONTEXT
    for i, j, digits in spans:
        if runs and i - reach <= 2 * context:
            runs[-1] += [*words[reach:i], digits]
        else:
            if runs:
                runs[-1] += words[reach : reach + context]
            runs.append([*words[max(0, i - context) : i], digits])
        reach = j
    if runs:
        runs[-1] += words[reach : reach + context]
    return " ".join(" ".join(run) for run in runs)


_DIGITS = re.compile("[0-9]+")


def _marks_runs(value: str, joined: str) -> str:
    """The words of ``joined`` (``value`` with its Hebrew abbreviations' marks taken out:
    :func:`clipper.gershayim.marks_joined`) that run together words of ``value``'s (``צה ל`` as
    ``צהל``), each with the words around it (:func:`_joined_runs`), then the same without
    their prefixes (:func:`with_stems`: ``בצהל`` as ``צהל``)."""
    runs = _joined_runs(_search_text(value), _search_text(joined))
    return with_stems(runs) if runs else ""


def _word_run(words: list[str], groups: list[str], start: int) -> int | None:
    """The first index at or after ``start`` where ``words`` holds ``groups`` in a row, else
    None."""
    first, n = groups[0], len(groups)
    at = start
    while True:
        try:
            at = words.index(first, at)
        except ValueError:
            return None
        if words[at : at + n] == groups:
            return at
        at += 1


def _spelled_runs(value: str, plain: str, language: str | None) -> str:
    """The words of ``value`` (of a page in ``language``) holding ``ä ö ü`` spelled ``ae oe
    ue``, or ``å ø`` ``aa oe`` (:func:`clipper.umlauts.page_respelled`), each with the
    :data:`clipper.config.UMLAUT_PHRASE_CONTEXT` words before and after it (runs that meet
    are one run), in order, as search text: a phrase of up to that many words more, typed
    with the two-letter spelling, finds the page.  ``plain``: :func:`_plain_search_text` of
    ``value``.  Where spelling changes the number of words (it never should), the spelled
    words alone."""
    spelled = _plain_search_text(page_respelled(value, language), language).split(" ")
    words = plain.split(" ")
    if len(spelled) != len(words):
        return _search_text(" ".join(respelled_words(value, language)))
    return _phrase_runs(words, spelled)


def _respelled_runs(plain: str, respelled: str) -> str:
    """:func:`_phrase_runs` of ``plain`` and ``respelled`` (two :func:`_plain_search_text`
    of one text, the second of it with some words spelled otherwise); ``respelled`` whole
    where their numbers of words differ."""
    words, spelled = plain.split(" "), respelled.split(" ")
    return _phrase_runs(words, spelled) if len(words) == len(spelled) else respelled


def _joined_runs(plain: str, joined: str) -> str:
    """:func:`_phrase_runs` of ``plain`` and ``joined`` (two :func:`_plain_search_text` of one
    text, the second with some of its words written otherwise or run together: Uzbek's
    ``o zbekiston`` as ``ozbekiston``), ``joined`` read word by word against ``plain`` (a word
    of it that is two or three of ``plain``'s in a row stands for them); ``joined`` whole
    where they cannot be so read."""
    words, spelled = plain.split(" "), joined.split(" ")
    if len(words) == len(spelled):
        return _phrase_runs(words, spelled)
    aligned: list[str] = []  # spelled, one entry a word of plain ("" after a joined word)
    at = 0
    for word in spelled:
        span = next(
            (n for n in (1, 2, 3) if "".join(words[at : at + n]) == word),
            1 if at < len(words) else 0,
        )
        if span == 0:
            return joined
        aligned += [word] + [""] * (span - 1)
        at += span
    if at != len(words):
        return joined
    runs = _phrase_runs(words, aligned).split(" ")
    return " ".join(word for word in runs if word)


def _phrase_runs(words: list[str], spelled: list[str]) -> str:
    """The runs of ``spelled`` (``words`` each spelled another way, as many) around the words
    it spells otherwise, each with the :data:`clipper.config.UMLAUT_PHRASE_CONTEXT` words
    before and after it (runs that meet are one run), in order, as search text."""
    runs: list[tuple[int, int]] = []
    for at, (word, other) in enumerate(zip(words, spelled, strict=True)):
        if word == other:
            continue
        start, end = max(0, at - UMLAUT_PHRASE_CONTEXT), at + UMLAUT_PHRASE_CONTEXT + 1
        if runs and start <= runs[-1][1]:
            runs[-1] = (runs[-1][0], end)
        else:
            runs.append((start, end))
    return " ".join(" ".join(spelled[start:end]) for start, end in runs)


def _affixes_read(language: str | None) -> bool:
    """Whether a page in ``language`` (a stored tag, or None) has Persian's affixes typed
    apart read as half-spaces (:func:`clipper.scripts.persian_affixes_half_spaced`): a Persian
    page, or one of no language; an Arabic page's "تر" and "ها" are words."""
    return language is None or language.split("-", 1)[0] == "fa"


def _plain_search_text(value: str, language: str | None = None) -> str:
    """:func:`search_text` of ``value`` (not empty, of a page in ``language``) without the
    umlauts' spellings."""
    apart = ""
    if not value.isascii():
        if _affixes_read(language):
            # on a Persian page (or one of no language), a prefix or suffix typed apart by a
            # space (می شود, کتاب ها) is the half-space it stands for, as the fingerprint's
            # words read it (migration 0088); an Arabic page's "تر" and "ها" are words
            value = persian_affixes_half_spaced(value)
        if "\u200c" in value:
            # a Persian word holding a half-space is a word joined (its words fold the
            # half-space away), and after the text again apart, with the words around it:
            # found typed with the half-space, without it or with a space, in a phrase too
            # (migrations 0045, 0088)
            apart = half_space_spellings(value)
    if _CJK_BLOCKS.search(value) is None:
        pieces = _words_by_paragraph(value)
        if _HAS_CJK not in pieces:
            joined = " ".join(pieces)
            return with_stems(f"{joined} {_search_text(apart)}" if apart else joined)
    joined = _search_text(value)
    return with_stems(f"{joined} {_search_text(apart)}" if apart else joined)


def with_stems(words: str) -> str:
    """The search text ``words`` followed, when one of its Arabic-script or Hebrew words has
    an attached prefix (:func:`clipper.prefixes.stem`: ``الصهاريج``, ``ההנהלה``), by the same
    words again each without its prefixes (migration 0054): a query word or phrase finds a word
    with or without its article, conjunction or preposition, and a phrase finds its words'
    stems side by side there as it finds its words here."""
    if PREFIXED_SCRIPT.search(words) is None:
        return words
    split = words.split(" ")
    stems = [stem(word) for word in split]
    return words if stems == split else words + " " + " ".join(stems)


def _search_text(value: str) -> str:
    """:func:`search_text` of ``value`` (not empty), reading the whole of it."""
    if not value.isascii() and not unicodedata.is_normalized("NFKC", value):
        # (a text NFKC leaves as it is holds no character with a compatibility decomposition)
        value = _symbols().sub(" ", value)
    folded = fold(value)
    if not _CJK_BLOCKS.search(folded) or not CJK_CHARACTER.search(folded):  # the common case: in C
        return _joined_words(folded)
    return " ".join(index_tokens(units(value), close_last_run=True))


# What a piece of text whose folding holds CJK characters reads as (its text is read whole).
_HAS_CJK = "\x00cjk"


def _piece_words(piece: str) -> list[str]:
    """The search text of a piece of a text without CJK characters (:func:`search_text`), as
    a list of it, or of nothing when it holds no word; :data:`_HAS_CJK` when folding made
    CJK characters of it (a compatibility character)."""
    if not piece.isascii() and not unicodedata.is_normalized("NFKC", piece):
        piece = _symbols().sub(" ", piece)
    folded = fold(piece)
    if _CJK_BLOCKS.search(folded) and CJK_CHARACTER.search(folded):
        return [_HAS_CJK]
    joined = _joined_words(folded)
    return [joined] if joined else []


_words_by_paragraph = ByParagraph(_piece_words)
