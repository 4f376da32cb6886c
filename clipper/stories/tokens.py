"""Story terms: an article's text as the terms its story vector counts (see the package
docstring for the method), each a ``str``:

* a word, lower-cased and folded (plural "s" and possessive "'s" cut: :func:`_fold`), no stop
  word (:func:`clipper.stories.stopwords.stop_words`), a word of one letter left out;
* ``n:`` and the folded words of a capitalised name of two or more words ("n:cho hyun"), never
  across punctuation or a line;
* ``#`` and a number of two or more digits, thousands separators dropped ("#3200"; years
  1900-2099 left out);
* Chinese and Japanese as overlapping character bigrams (:func:`_cjk_terms`), a language
  written with a space between syllables as syllable bigrams (:func:`_syllable_terms`).

What a term weighs, and which language a text is read in, is :mod:`clipper.stories.vectors`'s.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata

from clipper.paragraphs import ByParagraph
from clipper.scripts import OPTIONAL_POINTS, UNSPACED, marks_class
from clipper.stories.stopwords import stop_words

_LETTERS = r"[^\W\d_]+"
_NUMBER_TOKEN = r"\d+(?:[.,]\d+)*"
_TOKEN = re.compile(rf"{_LETTERS}(?:['’.-]{_LETTERS})*|{_NUMBER_TOKEN}")
_YEAR = re.compile(r"(19|20)\d\d")


def _fold(word: str) -> str:
    word = word.lower().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if len(word) > 4 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    return word


_NUMBER, _STOP, _WORD = 0, 1, 2
# Tokens and what separates them: [separator, token, separator, token, ...].
_SPLIT = re.compile("(" + _TOKEN.pattern + ")")


@functools.cache
def _marked_split() -> re.Pattern[str]:
    """:data:`_SPLIT` for a text holding a combining mark: a word is a letter followed by
    letters and marks.  Python's ``re`` letters hold no mark (Unicode Mn, Mc, Me), so
    :data:`_TOKEN` cut Hindi ``किराया`` into ``क र य`` and every Indic word at its vowel signs
    and viramas: terms of consonant pieces that unrelated reports share.  The marks of
    scripts written without spaces (Thai, Lao, Khmer, Myanmar, kana) stay out, as before
    (those runs are not words; see :func:`_cjk_terms` for Chinese and Japanese).  Compiled on
    first use (:func:`clipper.scripts.marks_class`)."""
    letter = r"[^\W\d_]"
    word = rf"{letter}(?:{letter}|[{marks_class(UNSPACED)}])*"
    return re.compile(rf"({word}(?:['’.-]{word})*|{_NUMBER_TOKEN})")


@functools.cache
def _word_mark() -> re.Pattern[str]:
    """A combining mark that :func:`_marked_split` takes into a word (none of Thai, Lao, Khmer,
    Myanmar or kana, whose texts then split as before, at the cost they did)."""
    return re.compile(f"[{marks_class(UNSPACED)}]")


def _split(text: str) -> list[str]:
    """Tokens and what separates them (:data:`_SPLIT`); in a text holding a combining mark the
    words keep their marks, composed (NFC: a decomposed ``ü`` is the word's letter), and
    Arabic and Hebrew vocalisation points, which printed text leaves out at will, are left out
    (:data:`clipper.scripts.OPTIONAL_POINTS`, as the fingerprint's words leave them out)."""
    if text.isascii() or _word_mark().search(text) is None:
        return _SPLIT.split(text)
    text = OPTIONAL_POINTS.sub("", unicodedata.normalize("NFC", text))
    return _marked_split().split(text)


# Scripts written without spaces between words: Han ideographs, Hiragana, Katakana (full and
# half width), the set Lucene's CJKBigramFilter bigrams.  A run of them is a phrase or a whole
# sentence, not a word; two articles on one event share its words but hardly ever a whole run.
_CJK_RUN = re.compile(
    r"([\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]+)"
)
_HIRAGANA = re.compile(r"[\u3040-\u309f]{2}")


def _cjk_terms(token: str) -> tuple[str, ...]:
    """Terms of a token holding CJK letters: each CJK run as its overlapping character bigrams
    (a lone character as itself), the standard index terms for text without word boundaries
    (Lucene's CJK analyser; Kwok, "Comparing representations in Chinese information retrieval",
    SIGIR 1997); bigrams of two Hiragana (Japanese particles and endings) are left out.  Letters
    of other scripts in the token (``iPhone发布``) are words as usual."""
    out: list[str] = []
    for i, part in enumerate(_CJK_RUN.split(token)):
        if not part:
            continue
        if i % 2 == 0:  # not CJK
            term = _classify(part)[0]
            if isinstance(term, str):
                out.append(term)
        elif len(part) == 1:
            out.append(part)
        else:
            out.extend(
                pair for pair in map(str.__add__, part, part[1:]) if not _HIRAGANA.fullmatch(pair)
            )
    return tuple(out)


@functools.lru_cache(maxsize=200_000)
def _classify(token: str) -> tuple[str | tuple[str, ...] | None, str | None]:
    """(the term it gives — several for a token with CJK letters, :func:`_cjk_terms` — or None,
    its folded form if it can be part of a name or None): the per-token work of :func:`terms`,
    cached because news vocabulary repeats."""
    if _CJK_RUN.search(token):
        return _cjk_terms(token) or None, None
    if token[0].isdigit():
        number = token.replace(",", "")
        digits = number.replace(".", "")
        keep = len(digits) >= 2 and not (len(number) == 4 and _YEAR.fullmatch(number))
        return ("#" + number) if keep else None, None
    word = _fold(token)
    if word in stop_words():
        return None, None
    return word if len(word) > 1 else None, word if token[0].isupper() else None


def terms(text: str) -> list[str]:
    """Words (folded, no stop words), ``n:`` multi-word capitalised names, ``#`` numbers;
    Chinese and Japanese as character bigrams (:func:`_cjk_terms`).  A night's repeated
    paragraphs are read once (:mod:`clipper.paragraphs`: no term or name runs across a line
    break)."""
    if "\u200c" in text or "\u200d" in text:  # shaping, not a word break (clipper.dumplines)
        text = text.replace("\u200c", "").replace("\u200d", "")
    return _terms_by_paragraph(text)


def _terms(text: str, initial: str = "n:") -> list[str]:
    """:func:`terms`, reading the whole of ``text``; a name opening a sentence prefixed
    ``initial`` (:func:`_sentence_terms`)."""
    out: list[str] = []
    append = out.append
    name: list[str] = []
    opens = True  # the name being read opens a sentence
    parts = _split(text)
    # each token with the separator before it (the text's last separator follows no token),
    # the tokens classified by one C-level map
    tokens = map(_classify, parts[1::2])
    first = True
    for separator, (term, folded) in zip(parts[::2], tokens, strict=False):
        # A name does not run across punctuation or lines: only one space may separate.
        if name and separator and separator != " ":
            if len(name) >= 2:
                append((initial if opens else "n:") + " ".join(name))
            name.clear()
        if folded is not None:
            if not name:
                opens = first or _SENTENCE_GAP.search(separator) is not None
            name.append(folded)
        elif name:
            if len(name) >= 2:
                append((initial if opens else "n:") + " ".join(name))
            name.clear()
        first = False
        if term is not None:
            if term.__class__ is str:
                append(term)
            else:
                out.extend(term)
    if len(name) >= 2:
        append((initial if opens else "n:") + " ".join(name))
    return out


# What separates a sentence's first word from the text before it.
_SENTENCE_GAP = re.compile(r"[.!?:\n]")


def _sentence_terms(text: str) -> list[str]:
    """:func:`terms` with each name that opens a sentence prefixed ``n^`` (its first word may be
    capitalised only for opening it)."""
    return _terms(text, "n^")


# Languages written with a space between syllables, not between words: Vietnamese ("Ủy ban nhân
# dân thành phố Hà Nội" is four words of two syllables).  wordfreq's list for them is a list of
# syllables, each frequent ("hà" zipf 5.86, "nội" 5.85, "công" in công viên, khởi công, công
# lập), and a writer capitalises each syllable of a name, so single syllables and capitalised
# runs made unrelated reports from one city one story.
SYLLABLE_SPACED = frozenset({"vi"})


def _syllable_terms(text: str) -> list[str]:
    """The terms of ``text`` in a language of :data:`SYLLABLE_SPACED`: each two neighbouring
    syllables (separated by one space, lower-cased) as one term, "hà nội", "khởi công" (a
    syllable standing alone between punctuation as itself), and numbers as :func:`terms` gives
    them.  Most Vietnamese words are two syllables: a bigram of syllables stands in for a word
    without a word segmenter, as character bigrams do for Chinese (:func:`_cjk_terms`), and
    weighs by wordfreq's rating of the phrase (:func:`clipper.stories.vectors._compound_zipf`); two
    reports sharing only their city and its committee ("hà nội", "thành phố", "ủy ban") then share a
    few terms, not every syllable of them.  No names: a name's syllables are its bigrams."""
    out: list[str] = []
    parts = _split(text)
    run: list[str] = []

    def close() -> None:
        if len(run) == 1:
            if len(run[0]) > 1:
                out.append(run[0])
        else:
            out.extend(map(" ".join, itertools.pairwise(run)))
        run.clear()

    for separator, token in zip(parts[::2], parts[1::2], strict=False):
        if run and separator != " ":
            close()
        if token[0].isdigit():
            close()
            term = _classify(token)[0]
            if isinstance(term, str):
                out.append(term)
        else:
            run.append(token.lower().replace("’", "'"))
    close()
    return out


# The readers other modules call: each a function of a text (a list of terms), a paragraph read
# again answered from what was kept (clipper.paragraphs).
_terms_by_paragraph = ByParagraph(_terms)
# :func:`_syllable_terms`, for a language of :data:`SYLLABLE_SPACED`.
syllable_terms = ByParagraph(_syllable_terms)
# :func:`_sentence_terms`: names opening a sentence prefixed ``n^``.
sentence_terms = ByParagraph(_sentence_terms)
