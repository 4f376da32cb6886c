"""The normalised words fingerprints see, and a text's sentences counted in them (the
normalisation is the first part of the hash scheme: :mod:`clipper.fingerprint`).
"""

from __future__ import annotations

import functools
import re
import unicodedata

from clipper.paragraphs import ByParagraph
from clipper.scripts import (
    OPTIONAL_POINTS,
    UNSPACED,
    arabic_varies,
    devanagari_varies,
    has_mark,
    keyboard_folded,
    keyboard_varies,
    marks_class,
    persian_affixes_vary,
)
from clipper.spelling import (
    accents_vary,
    folded,
    letter_variants_vary,
    script_variants_vary,
    turkish_variants_vary,
    variants_vary,
    vocabulary_varies,
)

# Words are \w+ runs, except that the characters of scripts written without spaces (Han, kana,
# Thai, Lao, Khmer, Myanmar: clipper.scripts) are words on their own: a whole Japanese or Thai
# clause as one "word" would make every edit to it a different shingle.  So is each Hangul
# syllable (from migration 0047): Korean spaces its phrases (eojeol) by rules writers and
# outlets apply differently (외국인 관광객 / 외국인관광객), so a copy dropping or adding spaces had
# other words in every such place; by syllable its words are the same.  A text holding a
# combining mark (any Indic script, Hebrew, Arabic, decomposed Latin NFKC leaves) takes the
# marks into its words (_marked_word, compiled on first use: clipper.scripts.marks_class).
# Hangul syllables (U+AC00-U+D7A3; NFKC composes conjoining jamo into them)
HANGUL = "\uac00-\ud7a3"
_OWN_WORDS = UNSPACED + HANGUL
_WORD = re.compile(rf"[{_OWN_WORDS}]|[^\W{_OWN_WORDS}]+")


# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) or the CJK full
# stops, before whitespace; a line break always ends one.  Each match is a sentence break and
# holds no word character (the punctuation it takes belongs to no word), so the words between
# two matches are one sentence's.  Every match starts with one of its few characters, which
# the regex engine finds by a scan: 0.04 ms a one-day record, where the same breaks written as
# look-behinds (``(?<=[.!?])\s+|...``), tried at every character, cost 0.15 ms.
_SENTENCE_BREAK = re.compile(r"[.!?。！？][\"'”’)\]]?\s+|\n\s*|[。！？](?=\S)")


def sentence_word_counts(text: str) -> list[int]:
    """Words (as :func:`words` counts them) in each sentence of ``text``, in order; sentences
    without a word are left out.  A night's repeated paragraphs are read once
    (:mod:`clipper.paragraphs`: a line break always ends a sentence)."""
    return _sentence_word_counts_by_paragraph(text)


def _sentence_word_counts(text: str) -> list[int]:
    """:func:`sentence_word_counts`, reading the whole of ``text``."""
    counts: list[int] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        count = len(_words(text[start : match.start()]))
        if count:
            counts.append(count)
        start = match.end()
    count = len(_words(text[start:]))
    if count:
        counts.append(count)
    return counts


def marked(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds a combining mark: only such a text has other
    :func:`words` than the rule before migration 0034 (``\\w`` runs) gave it."""
    return has_mark(unicodedata.normalize("NFKC", text).casefold())


def keyboard_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds a digit other than 0-9 or a Persian or Urdu
    letter the words fold (:func:`clipper.scripts.keyboard_varies`): only such a text has other
    :func:`words` than the rule before migration 0039 gave it."""
    return keyboard_varies(unicodedata.normalize("NFKC", text).casefold())


def arabic_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds an Arabic letter variant or a tatweel the words
    fold (:func:`clipper.scripts.arabic_varies`): only such a text has other :func:`words` than
    the rule before migration 0040 gave it."""
    return arabic_varies(unicodedata.normalize("NFKC", text).casefold())


def devanagari_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds a Devanagari spelling variant the words fold
    (:func:`clipper.scripts.devanagari_varies`): only such a text has other :func:`words` than
    the rule before migration 0041 gave it."""
    return devanagari_varies(unicodedata.normalize("NFKC", text).casefold())


def persian_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded, keyboard-folded) holds a Persian prefix or suffix
    set apart by a space the words join (:func:`clipper.scripts.persian_affixes_vary`): only
    such a text has other :func:`words` than the rule before migration 0043 gave it."""
    return persian_affixes_vary(keyboard_folded(unicodedata.normalize("NFKC", text).casefold()))


def spelling_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds an apostrophe ``ʼ``/``ʻ``, a ``ё`` or a
    traditional Chinese character the words fold (:func:`clipper.spelling.variants_vary`):
    only such a text has other :func:`words` than the rule before migration 0044 gave it."""
    return variants_vary(unicodedata.normalize("NFKC", text).casefold())


def script_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds Vietnamese's old tone placement, a Latin
    look-alike in a Cyrillic word or a Korean middle dot the words fold
    (:func:`clipper.spelling.script_variants_vary`): only such a text has other :func:`words`
    than the rule before migration 0046 gave it."""
    return script_variants_vary(unicodedata.normalize("NFKC", text).casefold())


_HANGUL = re.compile(f"[{HANGUL}]")


def syllable_or_turkish_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds a Hangul syllable (a word of its own) or a
    Turkish ``ı``, ``ş`` or ``ğ`` (its line's Turkish letters folded to ASCII:
    :func:`clipper.spelling.turkish_ascii_folded`): only such a text has other :func:`words`
    than the rule before migration 0047 gave it."""
    normal = unicodedata.normalize("NFKC", text).casefold()
    return _HANGUL.search(normal) is not None or turkish_variants_vary(normal)


def letter_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds Romanian's ``ș``/``ț`` or Catalan's ``l·l``
    the words fold (:func:`clipper.spelling.letter_variants_vary`): only such a text has other
    :func:`words` than the rule before migration 0049 gave it."""
    return letter_variants_vary(unicodedata.normalize("NFKC", text).casefold())


def vocabulary_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) is a Chinese text with a phrase the words fold to
    the Mainland's vocabulary (:func:`clipper.spelling.vocabulary_varies`): only such a text
    has other :func:`words` than the rule before migration 0053 gave it."""
    return vocabulary_varies(unicodedata.normalize("NFKC", text).casefold())


def accent_variant(text: str) -> bool:
    """Whether ``text`` (NFKC, casefolded) holds a Latin or Greek letter with an accent, or
    one of :data:`clipper.spelling.LATIN_LETTERS` (:func:`clipper.spelling.accents_vary`):
    only such a text has other :func:`words` than the rule before migration 0076 gave it."""
    return accents_vary(unicodedata.normalize("NFKC", text).casefold())


def words(text: str) -> list[str]:
    """The normalised word sequence of ``text``: what fingerprints and content hashes see.

    NFKC, casefold, the digits of every script as ASCII digits and Persian and Urdu yeh, keheh
    and heh as the Arabic letters an Arabic keyboard types (:func:`clipper.scripts
    .keyboard_folded`: an Urdu copy typed on one, or printed with Urdu digits, is the same
    text), Arabic hamza on alef, alef maksura and teh marbuta as bare alef, yeh and heh and
    tatweels left out (:func:`clipper.scripts.arabic_folded`: two outlets' spellings of one
    report), Devanagari's candrabindu and ``न्`` as anusvara and its nukta left out
    (:func:`clipper.scripts.devanagari_folded`), Persian's prefix می/نمی and suffixes
    ها/های/تر/ترین joined to their word when a space stands for the half-space
    (:func:`clipper.scripts.persian_affixes_joined`), apostrophes as ``'``, ``ё`` as ``е`` and
    traditional Chinese characters simplified (:func:`clipper.spelling.variants_folded`),
    Latin and Greek letters without their accents and ``ø ł đ ı æ œ`` … as ASCII
    (:func:`clipper.spelling.accents_folded`, migration 0076: ``président`` is ``president``,
    ``không`` is ``khong``):
    all of it :func:`clipper.spelling.folded`; a word is a run of ``\\w`` characters and
    combining marks (Hindi "मिश्रा"
    is one word: Python's ``\\w`` alone cut it into "म", "श", "र"), Arabic harakat and Hebrew
    points and zero-width joiners and non-joiners left out
    (:data:`clipper.scripts.OPTIONAL_POINTS`), casefold's "i̇" of Turkish "İ"
    read "i"; each character of a script written without spaces, and each Hangul syllable,
    is a word of its own.  A
    night's repeated paragraphs are read once (:mod:`clipper.paragraphs`: NFKC composes
    nothing across a line break, case folding and the points' removal look at one character,
    and a word starts with a word character, so none runs across a line break)."""
    return _words_by_paragraph(text)


def _words(text: str) -> list[str]:
    """:func:`words`, reading the whole of ``text``; one without a combining mark is split by
    ``_WORD`` alone, and an ASCII one lower-cased first, its fold (NFKC leaves ASCII as it is,
    case folding lower-cases it, every other fold changes only other characters, and no mark
    is ASCII): most lines and sentences of a text in a Latin script are ASCII, and the fold's
    calls cost ~3 µs where the text costs less."""
    if text.isascii():
        return _WORD.findall(text.lower())
    normal = folded(text)
    if not has_mark(normal):
        return _WORD.findall(normal)
    # casefold writes Turkish "İ" as "i" + combining dot above: "İstanbul" reads "istanbul"
    return _marked_word().findall(OPTIONAL_POINTS.sub("", normal).replace("i\u0307", "i"))


@functools.cache
def _marked_word() -> re.Pattern[str]:
    # a word starts with a word character: a mark after a space, a symbol or an emoji (its
    # variation selector U+FE0F is one) belongs to no word, as before
    letter = rf"[^\W{_OWN_WORDS}]"
    return re.compile(rf"[{_OWN_WORDS}]|{letter}(?:{letter}|[{marks_class(UNSPACED)}])*")


_words_by_paragraph = ByParagraph(_words)
_sentence_word_counts_by_paragraph = ByParagraph(_sentence_word_counts)
