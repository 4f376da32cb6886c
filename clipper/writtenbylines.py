"""A byline's names as the page writes them: what trafilatura's spelling of a name
(its ``normalize_authors``) loses put back from where the page wrote it, the byline elements'
and author fields' texts (:func:`written_authors`): a name's final combining marks
(:func:`with_final_marks`), an agency's lower-case code (:func:`with_written_case`), and a
byline's label written with its colon before one word, which trafilatura keeps as a name's
first word (:func:`with_written_labels`: "Автор: Курсив" is its "Автор Курсив").  Split from
:mod:`clipper.bylines` (credits52).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import regex

__all__ = ["with_final_marks", "with_written_case", "with_written_labels", "written_authors"]

# trafilatura's ``normalize_authors`` strips what ends a name that is not a ``\w`` character
# (its ``AUTHOR_REMOVE_SPECIAL``, ``[^\w]+$``, brought by trafilatura PR #95 to drop "Leigh :)
# Stark"'s smiley): to Python a combining mark is no ``\w`` character, so a name ending in a
# vowel sign, a virama or a vowel mark loses it: "राहुल मिश्रा" becomes "राहुल मिश्र", "สมชาย ใจดี"
# "สมชาย ใจด", "முருகன் குமார்" "முருகன் குமார", "محمدٌ" "محمد" (trafilatura 2.3.1; no
# issue about it found in its tracker).  The marks are put back from where the name was
# written (:func:`with_final_marks`).
_WORD_CHAR = regex.compile(r"[\p{L}\p{M}\p{N}]")
_LETTER_OR_NUMBER = regex.compile(r"[\p{L}\p{N}]")
_FINAL_MARKS = regex.compile(r"\p{M}*")


def with_final_marks(names: str | None, sources: Iterable[str]) -> str | None:
    """``names`` (trafilatura's: "A; B") with each name's last letter whole again: the
    combining marks (Unicode category M: a Devanagari, Bengali or Tamil vowel sign or virama, a
    Thai vowel, Arabic harakat) that followed the name where it was written, in the first of
    ``sources`` (strings: the page's author fields, then its text) that holds the name as whole
    words, put back after it.  A name written there without marks, or not found, stays as it
    is; so does an ASCII name.  None for None."""
    if not names:
        return names
    parts = names.split("; ")
    if all(part.isascii() for part in parts):
        return names
    wanted = {part for part in parts if not part.isascii()}
    found: dict[str, str] = {}
    for source in sources:
        for name in wanted - found.keys():
            marks = _marks_after(name, source)
            if marks is not None:
                found[name] = name + marks
        if found.keys() == wanted:
            break
    return "; ".join(found.get(part, part) for part in parts)


def _marks_after(name: str, source: str) -> str | None:
    """The combining marks after the first whole-word occurrence of ``name`` in ``source`` ("" when
    none follow it), or None when ``source`` does not hold it as whole words."""
    start = source.find(name)
    while start >= 0:
        end = start + len(name)
        marks = _FINAL_MARKS.match(source, end).group()
        after = end + len(marks)
        if (start == 0 or not _WORD_CHAR.match(source, start - 1)) and (
            after == len(source) or not _LETTER_OR_NUMBER.match(source, after)
        ):
            return marks
        start = source.find(name, start + 1)
    return None


def with_written_case(names: str | None, sources: Iterable[str]) -> str | None:
    """``names`` (trafilatura's: "A; B") with each name that trafilatura's
    ``normalize_authors`` title-cased (it title-cases every name not starting with a capital)
    spelt as written again where the writing is no lower-case person's name: one lower-case
    ASCII token (a news agency's code, "dpa", "afp", "kna", "epd", never "Dpa" in the German
    press; an editor's short sign, "srf", "kesm"; a CMS account's user name) or a name with
    capitals of its own after a lower-case particle ("van der Berg", "de Gaulle": not "Van
    Der Berg").  A name of several lower-case words
    ("anna weber") stays title-cased; a name written somewhere in ``sources`` (strings: the
    page's author fields, then its text) as trafilatura spells it stays as it is."""
    if not names:
        return names
    parts = names.split("; ")
    cased = [part for part in parts if part[:1].isupper() and part == part.title()]
    if not cased:
        return names
    texts = _Lazy(sources)
    written: dict[str, str] = {}
    for name in cased:
        spelling = _lower_case_spelling(name, texts)
        if spelling is not None:
            written[name] = spelling
    return "; ".join(written.get(part, part) for part in parts)


class _Lazy:
    """The strings of an iterable, each taken from it when first asked for and kept: a name
    found as written in a page's meta tags needs no look at its whole text
    (:func:`written_authors` gives it last, joined from every text node of the page: ~1.3 %
    of a worker's time on HTML pages when it was always joined)."""

    def __init__(self, items: Iterable[str]) -> None:
        self._items = iter(items)
        self._taken: list[str] = []

    def __iter__(self) -> Iterator[str]:
        yield from self._taken
        for item in self._items:
            self._taken.append(item)
            yield item


def _lower_case_spelling(name: str, texts: Iterable[str]) -> str | None:
    """The first spelling of ``name`` as whole words in ``texts`` that trafilatura would have
    title-cased into it and that is no lower-case person's name (one lower-case token, or
    capitals of its own after a lower-case particle); None when ``texts`` write ``name`` as it
    is, or no such spelling."""
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\p{{N}}]){regex.escape(name)}(?![\p{{L}}\p{{M}}\p{{N}}])",
        regex.IGNORECASE,
    )
    chosen = None
    for text in texts:
        for found in pattern.finditer(text):
            spelling = found.group()
            if spelling == name:
                return None  # written as trafilatura spells it
            # a code or a user name is written in Latin letters ("вера" is a first name)
            one_token = spelling.islower() and spelling.isascii() and " " not in spelling
            if chosen is None and spelling[:1].islower() and (one_token or not spelling.islower()):
                chosen = spelling
    return chosen


def written_authors(tree: Any, people: Iterable[str]) -> Iterator[str]:
    """Where a parsed page ``tree`` writes its authors' names, in the order :func:`with_final_marks`
    looks: the JSON-LD article's ``people``, the ``content`` of its meta tags, its JSON-LD
    blocks as written, then its whole text (the byline elements trafilatura reads)."""
    yield from people
    for meta in tree.iterfind(".//meta[@content]"):
        yield meta.get("content") or ""
    for script in tree.iterfind(".//script"):
        if "json" in (script.get("type") or ""):
            yield script.text or ""
    yield " ".join(tree.itertext())


def with_written_labels(names: str | None, sources: Iterable[str]) -> str | None:
    """``names`` (trafilatura's: "A; B") without the byline's word opening a name of one word
    (:data:`clipper.bylines.LABELLED_WORD`: "Автор Курсив", "Daga Musa") where ``sources``
    (strings: the page's author fields, then its text) write that word with its colon before
    the name ("Автор: Курсив"): a label, as an author field's is (:func:`clipper.bylines.
    unspelled`), which trafilatura's spelling of a byline element kept as the name's first
    word.  A name not written so stays ("Par Lagerkvist").  None for None."""
    from clipper.bylines import LABELLED_WORD

    if not names:
        return names
    parts = names.split("; ")
    labelled = {
        part: found for part in parts if (found := LABELLED_WORD.fullmatch(part)) is not None
    }
    if not labelled:
        return names
    texts = _Lazy(sources)
    dropped: dict[str, str] = {}
    for part, found in labelled.items():
        colon = regex.compile(
            rf"(?<![\p{{L}}\p{{M}}]){regex.escape(found['label'])}\s*[:：]\s*"
            rf"{regex.escape(found['word'])}(?![\p{{L}}\p{{M}}\p{{N}}])"
        )
        if any(colon.search(text) for text in texts):
            dropped[part] = found["word"]
    return "; ".join(dropped.get(part, part) for part in parts)
