"""Snippets (:func:`snippet`): the window of a text holding the most matches of a query, its
matches marked, folded as the full-text index folds them (:mod:`clipper.searchtext`).  A
snippet costs what the text up to its first match costs: plain-ASCII query words are found
first by one regular expression, and the text is folded in growing slices."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from clipper.brackets import whole_pairs
from clipper.caseforms import key_letters, keyed, page_tokens
from clipper.caserules import RULES
from clipper.classprefixes import bare_word, writes_class_prefixes
from clipper.compounds import compound_parts, splitting
from clipper.config import COMPOUND_PART_LETTERS
from clipper.digraphia import latin_text, page_latin, reads_latin, reads_uzbek, sought_in_latin
from clipper.englishspelling import american_words, may_be_american
from clipper.englishspelling import spelled_on as english_spelled_on
from clipper.graphemes import boundary, boundary_after
from clipper.language import primary_language
from clipper.plainletters import page_spelled, spelled_languages
from clipper.prefixes import PREFIXED_SCRIPT, stem
from clipper.searchamounts import amounts
from clipper.searchnumbers import grouped_numbers
from clipper.searchterms import QueryTokens
from clipper.searchtext import CJK_CHARACTER, ROUGH_WORD, WORD, Unit, fold, units
from clipper.spelling import GEMINATE_DOT
from clipper.tonemarks import toned, word_token
from clipper.umlauts import DJ_LANGUAGES, page_respelled


def _spelled_spans(
    spelled: str, count: int, terms: Sequence[QueryTokens], keyed_in: str | None
) -> list[tuple[int, int]]:
    """(first, last) unit index of each place one of ``terms`` occurs in ``spelled``, a text of
    ``count`` units as its language's writers type it plainly
    (:func:`clipper.plainletters.page_spelled`: an Azerbaijani page's ``ə`` as ``a``), where
    its units are the text's own one for one (``Ganca`` marks ``Gəncə``); none where they are
    not (Uzbek's joined ``oʻ``)."""
    values = [unit.value for unit in units(spelled)]
    if len(values) != count:
        return []
    seen = _stems(values, terms)
    return [span for term in terms for span in _occurrences(values, seen, term, keyed_in)]


def _occurrences(
    values: list[str],
    seen: list[str],
    term: QueryTokens,
    language: str | None = None,
    compounding: str | None = None,
) -> Iterable[tuple[int, int]]:
    """(first, last) unit index of each place ``term`` occurs in a text's folded units
    ``values``: its words as typed or stemmed (:attr:`QueryTokens.written_ways`), each against
    the text's word or its stem (``seen``, :func:`_stems`), as the index finds them; on a
    page keyed in ``language`` (:func:`clipper.caseforms.keyed`), each word one of whose
    keys is one of the term's (:func:`clipper.caseforms.page_tokens`: ``Helsingissä`` for
    ``Helsinki``), as the index finds them too; and on a page whose compounds are split in
    ``compounding`` (:func:`clipper.compounds.splitting`), each compound one of whose parts a
    one-word term is (:func:`_compound_places`: ``Regierungskrise`` for ``Regierung``)."""
    if compounding is not None:
        yield from _compound_places(values, term, compounding, language)
    if language is not None and term.keys:
        keys = frozenset(term.keys)
        # a word begins with its key's first letters (a key's end alone is rewritten): a
        # look at those first, in C, before a word's keys (a snippet's CPU 2.25 -> 1.2 ms on
        # the keyed fundus pages)
        # (a root's key is no word's beginning: "pertambangan" is keyed "tambang")
        firsts = "" if RULES[language].roots else tuple({key_letters(key)[:2] for key in keys})
        for i, value in enumerate(values):
            if value.startswith(firsts) and not keys.isdisjoint(page_tokens(value, language)):
                yield i, i
    for way in term.written_ways:
        # Bigram tokens of the query stand for their characters: compare unit by unit.
        wanted = _characters(way)
        n = len(wanted)
        if n == 0:
            continue
        if term.prefix and n == 1:
            starts: Iterable[int] = range(len(values))
        else:
            starts = _places(values, seen, wanted[0])
        for i in starts:
            if i + n > len(values) or any(
                values[i + k] != wanted[k] and seen[i + k] != wanted[k] for k in range(n - 1)
            ):
                continue
            last, last_stem = values[i + n - 1], seen[i + n - 1]
            if wanted[-1] in (last, last_stem) or (
                term.prefix and (last.startswith(wanted[-1]) or last_stem.startswith(wanted[-1]))
            ):
                yield i, i + n - 1
        if n == 1 and not term.prefix and _ARABIC_WORD.fullmatch(wanted[0]):
            # a Persian word the text writes in two, a space for its half-space ("مي شود"
            # for "ميشود"), as the index finds it (clipper.scripts.persian_affixes_half_spaced)
            yield from _halves(values, wanted[0])


def _compound_places(
    values: list[str], term: QueryTokens, language: str, keyed_in: str | None = None
) -> Iterable[tuple[int, int]]:
    """(index, index) of each unit of ``values`` (folded) that is a compound of ``language``
    one of whose parts (:func:`clipper.compounds.compound_parts`) is a one-word way of
    ``term`` (or starts with it, for a prefix), or, on a page keyed in ``keyed_in``, has one
    of its keys (``hallituskriisissä`` for ``kriisi``), as the index finds it by the parts and
    keys it holds after the page's text: the whole compound is the match, as a case form
    is."""
    words = [way[0] for way in term.written_ways if len(way) == 1 and way[0].isalpha()]
    if not words:
        return
    keys = frozenset(term.keys) if keyed_in is not None else frozenset()
    least = 2 * COMPOUND_PART_LETTERS
    for i, value in enumerate(values):
        if len(value) < least or value in words:
            continue
        if term.prefix and value.startswith(tuple(words)):
            continue  # the prefix matches the word itself
        parts = compound_parts(value, language)
        if any(
            part == word or (term.prefix and part.startswith(word))
            for part in parts
            for word in words
        ) or (
            keyed_in is not None
            and any(not keys.isdisjoint(page_tokens(p, keyed_in)) for p in parts)
        ):
            yield i, i


# An Arabic-script word of three letters or more: one a text may write in two halves
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0671-\u06d3]{3,}")


def _halves(values: list[str], word: str) -> Iterable[tuple[int, int]]:
    """(first, last) unit index of each two adjacent units of ``values`` that make ``word``."""
    for i in range(len(values) - 1):
        first = values[i]
        if (
            len(first) < len(word)
            and word.startswith(first)
            and values[i + 1] == word[len(first) :]
        ):
            yield i, i + 1


def _written(found: str, term: QueryTokens) -> bool:
    """Whether ``found``, a text's words a term matched, writes the exact-case ``term`` as
    typed (its start, for a prefix), its words spaced as the term's."""
    found, typed = " ".join(found.split()), " ".join(term.exact.split())
    return found.startswith(typed) if term.prefix else found == typed


def _places(values: list[str], seen: list[str], word: str) -> list[int]:
    """The indexes where ``values`` or ``seen`` holds ``word``, in order (scanned in C)."""
    found: set[int] = set()
    for column in (values,) if seen is values else (values, seen):
        at = -1
        try:
            while True:
                at = column.index(word, at + 1)
                found.add(at)
        except ValueError:
            pass
    return sorted(found)


def _stems(values: list[str], terms: Sequence[QueryTokens]) -> list[str]:
    """Each of ``values`` (a text's folded units) without its attached prefixes
    (:func:`clipper.prefixes.stem`), once for all of ``terms``; ``values`` itself when no
    term holds an Arabic-script or Hebrew word, which alone a stem can equal (stemming each
    unit again for each term cost an Arabic search 60 % more CPU than before stems,
    ``bench/search_latency.py --script arabic``)."""
    if not any(PREFIXED_SCRIPT.search(word) for term in terms for word in term.tokens):
        return values
    return list(map(stem, values))


def _bare_names(text: str, text_units: Sequence[Unit], seen: list[str]) -> list[str]:
    """``seen`` (:func:`_stems` of ``text``'s units ``text_units``), each unit written with a
    class prefix on a name (:func:`clipper.classprefixes.bare_word`: ``yaseKenya``) folded
    without it (``kenya``), as the index finds it."""
    return [
        fold(bare) if (bare := bare_word(text[unit.start : unit.end])) is not None else value
        for unit, value in zip(text_units, seen, strict=True)
    ]


def _characters(tokens: Sequence[str]) -> list[str]:
    """The query's words back as units: bigram tokens ``ab bc`` → characters ``a b c``."""
    result: list[str] = []
    previous_cjk = False
    for token in tokens:
        cjk = bool(CJK_CHARACTER.fullmatch(token[0]))
        if cjk:
            chars = list(token)
            if previous_cjk and result and len(chars) == 2 and result[-1] == chars[0]:
                result.append(chars[1])
            else:
                result.extend(chars)
        else:
            result.append(token)
        previous_cjk = cjk and len(token) == 2
    return result


# A Cyrillic letter (a unit holding none is as search reads it already)
_CYRILLIC = re.compile("[\u0400-\u052f]")


def _latin_value(value: str, language: str | None) -> str:
    """A folded unit of a page in ``language`` search reads in Latin letters
    (:func:`clipper.digraphia.reads_latin`) as its index word: its Cyrillic letters in Latin
    ones (:func:`clipper.digraphia.page_latin`), folded again (``ђердап`` → ``đerdap`` →
    ``derdap``; Uzbek ``тошкент`` → ``toshkent``), an apostrophe it comes to hold left out
    (Uzbek ``ўз`` → ``oʻz`` → ``oz``, as the page's words are joined too)."""
    if _CYRILLIC.search(value) is None:
        return value
    return fold(page_latin(value, language)).replace("'", "")


# A letter Serbo-Croatian writers type as dj: đ, and Serbian Cyrillic's ђ
_DJ = re.compile("[đĐђЂ]")


def _dj_value(raw: str, value: str) -> str:
    """The folded unit ``value`` of ``raw`` (a word of a Serbian, Croatian, Bosnian or
    Montenegrin page) with its ``đ`` spelled ``dj``, as the index holds it too
    (:func:`clipper.umlauts.page_respelled`): ``Đerdapa`` → ``djerdapa``; ``value`` for a
    word holding none."""
    if _DJ.search(raw) is None:
        return value
    return fold(page_respelled(latin_text(raw), "sr"))


def snippet(
    text: str,
    terms: Sequence[QueryTokens],
    marks: tuple[str, str],
    *,
    width: int = 14,
    chars: int | None = None,
    ellipsis: str = "…",
    language: str | None = None,
) -> str:
    """The ``width``-unit window of ``text`` holding the most query matches, with each match
    (a word, a phrase, a CJK word, and on a page of the stored ``language`` that has case
    endings a case form of a one-word term: :mod:`clipper.caseforms`, on one of a language
    writing class prefixes onto names a name under its prefix: :mod:`clipper.classprefixes`)
    wrapped in ``marks``;
    ``ellipsis`` where text was cut.  With ``chars``, the window is the units spanning at most
    that many characters instead (at least one unit): a window of 14 units is ~90 characters
    of English but 14 of Japanese, where each character is a unit."""
    if not english_spelled_on(language) and any(term.english for term in terms):
        # a British term's American spelling marks words of an English page only
        # (clipper.englishspelling.PAGE): "colour" marks no Spanish "color"
        terms = [replace(term, english=()) for term in terms]
    if not reads_uzbek(language) and any(term.uzbek for term in terms):
        # a Cyrillic term's Uzbek Latin letters mark words of an Uzbek page only
        # (clipper.digraphia.UZBEK_PAGE)
        terms = [replace(term, uzbek=()) for term in terms]
    if not sought_in_latin(language) and any(term.latin for term in terms):
        # a Cyrillic term's Latin letters mark words of a Serbian-family page only, as search
        # finds them (clipper.digraphia.PAGE): a Czech page's "most" is no "мост"
        terms = [replace(term, latin=()) for term in terms]
    keyed_in = keyed(language) if any(term.keys for term in terms) else None
    compounding = splitting(language)
    # Plain-ASCII query words are looked for first with one case-insensitive regular
    # expression, and the snippet is made from the text around the first one found, so a
    # match deep in a long article does not cost folding everything before it; when the
    # text has none of them (a page found by its title), it opens the snippet unmarked.
    first = _first_ascii_hit(text, terms, compounding)
    if first == _NO_MATCH and keyed_in is not None:
        first = None  # a case form ("Helsingissä") is no word typed: read from the start
    prefixing = bool(terms) and writes_class_prefixes(language)
    if first == _NO_MATCH and prefixing:
        first = None  # "Kilimo" written "IKilimo" (clipper.classprefixes): read from the start
    # a word typed with Vietnamese marks, on a Vietnamese page: as written (clipper.tonemarks)
    marked = toned(language)
    numbers = _numbers(terms)
    if first == _NO_MATCH and spelled_languages(language) is not None:
        first = None  # "Ganca" written "Gəncə" (clipper.plainletters): read from the start
    if first == _NO_MATCH and numbers:
        first = None  # "2400" written "2,400" is no word typed either
    amount_keys = frozenset(term.amount for term in terms if term.amount)
    if first == _NO_MATCH and amount_keys:
        first = None  # nor "Rs1200" written "₹1,200"
    # a Serbian page in Cyrillic, found by its Latin twin's words (clipper.digraphia): its
    # units are read in Latin letters, the text shown as written
    in_latin = reads_latin(language) and _CYRILLIC.search(text) is not None
    # its đ found by a query typing dj (clipper.umlauts.DJ_LANGUAGES)
    spelled_dj = primary_language(language) in DJ_LANGUAGES and _DJ.search(text) is not None
    if first == _NO_MATCH and (in_latin or spelled_dj):
        first = None
    # an English page's words written the British way, found by their American spellings
    # (clipper.englishspelling): read so where a term may be one, or was typed the British way
    american = english_spelled_on(language) and any(
        term.english or any(map(may_be_american, term.tokens)) for term in terms
    )
    if first == _NO_MATCH and american:
        first = None
    if first == _NO_MATCH:
        terms = ()
    elif first is not None and first > 200 and (start := text.rfind(" ", 0, first - 100)) > 0:
        inner = snippet(
            text[start + 1 :],
            terms,
            marks,
            width=width,
            chars=chars,
            ellipsis=ellipsis,
            language=language,
        )
        return inner if inner.startswith(ellipsis) else ellipsis + inner
    # Read the text in growing slices (cut at a space) until one holds a match: a snippet
    # costs what the text up to its first match costs, not the whole article.
    size = 400
    while True:
        cut = len(text) if size >= len(text) else max(text.rfind(" ", 0, size), 1)
        text_units = units(text[:cut])
        values = [unit.value for unit in text_units]
        if in_latin:
            values = [_latin_value(value, language) for value in values]
        dj_values = (
            [
                _dj_value(text[unit.start : unit.end], value)
                for unit, value in zip(text_units, values, strict=True)
            ]
            if spelled_dj
            else None
        )
        american_values = american_words(values) if american else values
        seen = _stems(values, terms)
        if prefixing:
            seen = _bare_names(text, text_units, seen)
        spans: list[tuple[int, int]] = []
        for term in terms:
            found = _occurrences(values, seen, term, keyed_in, compounding)
            if dj_values is not None and dj_values != values:
                found = sorted({*found, *_occurrences(dj_values, dj_values, term)})
            if american_values is not values and american_values != values:
                found = sorted({*found, *_occurrences(american_values, american_values, term)})
            if term.exact:  # written with its capitals only (``=UN`` marks no Spanish "un")
                found = (
                    (a, b)
                    for a, b in found
                    if _written(text[text_units[a].start : text_units[b].end], term)
                )
            if term.toned and marked:  # written with its marks (``tỷ`` marks no "công ty")
                found = (
                    (a, b)
                    for a, b in found
                    if word_token(text[text_units[a].start : text_units[b].end]) == term.toned
                )
            spans.extend(found)
        if terms and (plainly := page_spelled(text[:cut], language)) is not None:
            spans.extend(_spelled_spans(plainly, len(text_units), terms, keyed_in))
        if numbers:
            spans.extend(_grouped_spans(text[:cut], text_units, numbers))
        if amount_keys:
            spans.extend(_amount_spans(text[:cut], text_units, amount_keys))
        enough = cut > chars if chars is not None else len(text_units) > width
        if spans or cut >= len(text) or (not terms and enough):
            break
        size *= 4
    if not text_units:
        return ""
    spans.sort()
    complete = cut >= len(text)
    # The window [start, end_of(start)) covering the most distinct matches, earliest first.
    n = len(text_units)
    if chars is None:
        last_start = n - width

        def end_of(start: int) -> int:
            return min(n, start + width)
    else:
        starts = [u.start for u in text_units]
        ends = [u.end for u in text_units]
        last_start = bisect.bisect_left(starts, ends[-1] - chars)

        def end_of(start: int) -> int:
            return max(start + 1, bisect.bisect_right(ends, starts[start] + chars, lo=start))

    best_start, best_count = 0, -1
    for first_unit, _ in spans or [(0, 0)]:
        start = max(0, min(first_unit, last_start))
        stop = end_of(start)
        count = sum(1 for a, b in spans if a >= start and b < stop)
        if count > best_count:
            best_start, best_count = start, count
    end = end_of(best_start)
    chosen = [(a, b) for a, b in spans if a >= best_start and b < end]
    pieces: list[str] = []
    if best_start > 0:
        pieces.append(ellipsis)
    # the window and its marks at characters as read (clipper.graphemes): a unit of Thai, Lao,
    # Khmer or Myanmar is one code point, and its vowel or tone mark stays with its consonant
    whole = text.isascii()
    cursor = text_units[best_start].start
    cursor = cursor if whole else boundary(text, cursor)
    closing = text_units[end - 1].end
    closing = closing if whole else boundary_after(text, closing)
    # a bracket pair the window cuts kept whole: "(TPS) -", not "[TPS]) -" (clipper.brackets)
    cursor, closing = whole_pairs(text, cursor, closing)
    for a, b in _merge(chosen):
        start, stop = text_units[a].start, text_units[b].end
        if not whole:
            start, stop = max(cursor, boundary(text, start)), boundary_after(text, stop)
        pieces.append(text[cursor:start])
        pieces.append(marks[0] + text[start:stop] + marks[1])
        cursor = stop
    pieces.append(text[cursor : max(cursor, closing)])
    if end < len(text_units) or not complete:
        pieces.append(ellipsis)
    return "".join(pieces)


# ``_first_ascii_hit``'s answer when the text certainly holds no match.
_NO_MATCH = -1


class _AsciiTerms(NamedTuple):
    """Query terms made only of plain-ASCII words, as :func:`_first_ascii_hit` looks for them:
    ``firsts``, each term's first word and whether it is a prefix; ``literal``, those words
    as alternatives (for lower-cased text); ``bounded``, the same requiring word bounds,
    case-insensitive (for text that lower-casing lengthens, such as ``İ``)."""

    firsts: tuple[tuple[str, bool], ...]
    literal: re.Pattern[str]
    bounded: re.Pattern[str]


@lru_cache(maxsize=256)
def _ascii_terms(terms: tuple[QueryTokens, ...]) -> _AsciiTerms | None:
    firsts = []
    for term in terms:
        words = _characters(term.tokens)
        if not words or not all(word.isascii() and word.isalnum() for word in words):
            return None
        firsts.append((words[0], term.prefix and len(words) == 1))
    if not firsts:
        return None
    # A word starts (ends) where no letter or digit precedes (follows): ``_`` and punctuation
    # separate words in :func:`units`, and every letter or digit is a word character there.
    bounded = "|".join(re.escape(w) + ("" if prefix else r"(?![^\W_])") for w, prefix in firsts)
    return _AsciiTerms(
        tuple(firsts),
        re.compile("|".join(re.escape(w) for w, _ in firsts)),
        re.compile(r"(?<![^\W_])(?:" + bounded + ")", re.IGNORECASE),
    )


def _first_ascii_hit(
    text: str, terms: Sequence[QueryTokens], compounding: str | None = None
) -> int | None:
    """Offset of the first place in ``text`` where a query word may start, when every word of
    ``terms`` is plain ASCII (else None: folding decides, see :func:`units`); ``_NO_MATCH``
    when no unit of ``text`` is the first word of a term (or starts with it, for a prefix),
    nor, on a page whose compounds are split in ``compounding``, a compound holding it as a
    part (:func:`_first_compound`)."""
    found = _ascii_terms(tuple(terms))
    if found is None:
        return None
    hit = _first_bounded(text, found)
    if compounding is not None:
        inside = _first_compound(text, found, compounding, len(text) if hit is None else hit)
        if inside is not None:
            return inside
    if hit is not None:
        return hit
    # Every all-ASCII word of the text was looked at; a word with other characters may
    # still fold to a query word (``Zürich`` → ``zurich``).
    if text.isascii():
        return _NO_MATCH
    for rough in ROUGH_WORD.findall(text):
        if not rough.isascii():
            if "\u00b7" in rough:  # Catalan's l·l: one word, as units() reads it
                rough = GEMINATE_DOT.sub("\u200d", rough)
            for raw in WORD.findall(rough):
                for value in _run_values(raw):
                    if any(
                        value == w or (prefix and value.startswith(w)) for w, prefix in found.firsts
                    ):
                        return None
                    if compounding is not None and _holds_part(value, found, compounding):
                        return None
    return _NO_MATCH


def _holds_part(value: str, terms: _AsciiTerms, language: str) -> bool:
    """Whether the folded unit ``value`` is a compound of ``language`` one of whose parts is
    the first word of one of ``terms`` (or starts with it, for a prefix)."""
    if len(value) < 2 * COMPOUND_PART_LETTERS:
        return False
    return any(
        part == word or (prefix and part.startswith(word))
        for part in compound_parts(value, language)
        for word, prefix in terms.firsts
    )


def _first_compound(text: str, terms: _AsciiTerms, language: str, before: int) -> int | None:
    """Where the first plain-ASCII word of ``text`` before offset ``before`` that is a
    compound of ``language`` holding the first word of one of ``terms`` as a part starts
    (``Regierungskrise`` for ``Regierung``), or None: looked for only where the lower-cased
    text holds the word inside a longer one."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None  # the bounded look found what it could; folding decides the rest
    position = 0
    while (hit := terms.literal.search(lowered, position, before)) is not None:
        start = hit.start()
        while start > 0 and text[start - 1].isalnum():
            start -= 1
        end = hit.end()
        while end < len(text) and text[end].isalnum():
            end += 1
        word = lowered[start:end]
        if word.isascii() and word.isalpha() and _holds_part(word, terms, language):
            return start
        position = end
    return None


def _first_bounded(text: str, terms: _AsciiTerms) -> int | None:
    """Where the first word of ``terms`` first occurs in ``text`` as a whole word (or a word's
    start, for a prefix), ignoring case; None if nowhere."""
    lowered = text.lower()
    if len(lowered) != len(text):
        hit = terms.bounded.search(text)
        return hit.start() if hit is not None else None
    # A plain search for the words, then the bounds checked in Python: several times faster
    # than a case-insensitive pattern opening with a look-behind.
    end = len(text)
    position = 0
    while (hit := terms.literal.search(lowered, position)) is not None:
        start = hit.start()
        if start == 0 or not text[start - 1].isalnum():
            for word, prefix in terms.firsts:
                after = start + len(word)
                if lowered.startswith(word, start) and (
                    prefix or after == end or not text[after].isalnum()
                ):
                    return start
        position = start + 1
    return None


@lru_cache(maxsize=1 << 16)
def _run_values(raw: str) -> tuple[str, ...]:
    """The folded units of one run of word characters, as :func:`units` gives them."""
    return tuple(unit.value for unit in units(raw))


def _numbers(terms: Sequence[QueryTokens]) -> frozenset[str]:
    """The numbers ``terms`` seek as one word of digits (``2400``, or ``2,400``'s joined
    ``2400``: :func:`clipper.searchnumbers.joined_number`), which a text may write grouped."""
    return frozenset(
        way[0]
        for term in terms
        for way in term.written_ways
        if len(way) == 1 and way[0].isdigit() and way[0].isascii() and not term.prefix
    )


def _grouped_spans(
    text: str, text_units: Sequence[Unit], numbers: frozenset[str]
) -> list[tuple[int, int]]:
    """(first, last) unit index of each number of ``numbers`` ``text`` writes grouped
    (:func:`clipper.searchnumbers.grouped_numbers`: "2,400", "२,४००"), whose units are its
    groups."""
    found = []
    starts = [unit.start for unit in text_units]
    for start, end, digits in grouped_numbers(text):
        if digits in numbers:
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end) - 1
            if first <= last:
                found.append((first, last))
    return found


def _amount_spans(
    text: str, text_units: Sequence[Unit], keys: frozenset[str]
) -> list[tuple[int, int]]:
    """(first, last) unit index of each amount ``text`` writes one of whose keys is one of
    ``keys`` (:func:`clipper.searchamounts.amounts`: ``₹1,200`` for ``Rs1200``'s), whose
    units are its words (``Rs 1,200``; a symbol is none)."""
    found = []
    starts = [unit.start for unit in text_units]
    for start, end, amount in amounts(text):
        if not keys.isdisjoint(amount):
            first = bisect.bisect_left(starts, start)
            last = bisect.bisect_left(starts, end) - 1
            if first <= last:
                found.append((first, last))
    return found


def _merge(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged
