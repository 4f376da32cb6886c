"""A night's repeated paragraphs, each read once per process by the stages that read a text word
by word: the fingerprint's words and sentence lengths, the story terms, the search text.

A nightly dump repeats its paragraphs: wire copy re-published by many outlets, quotes, a
story's earlier versions (the first 1,000 one-day records of ``bench/oneday.py``, cleaned: 94 %
of their characters are in lines of 100 or more, two thirds of those in a line read before).
Each of those stages reads a text as the concatenation of what it reads in each piece of the
text cut at line breaks (no word, term, sentence or name runs across a line break), so a text's
answer is put together from its paragraphs' answers: each paragraph (a line of at least
:data:`PARAGRAPH_CHARS` characters) is read once per process and stage, and its answer kept
(:data:`PARAGRAPHS_KEPT` paragraphs, least recently used dropped); the short lines between
paragraphs (headlines, bylines, furniture) are read as they come, a run of them at a time.  The
answers are those of reading the whole text (each stage's tests compare the two).  Where a
text's paragraphs are is found once for all the stages (:func:`_paragraphs`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import _lru_cache_wrapper, lru_cache
from typing import Any, Generic, TypeVar

T = TypeVar("T")

# A line this long is a paragraph whose answer is kept (a shorter one costs about what looking
# it up would).
PARAGRAPH_CHARS = 100
# Paragraphs kept per stage and process (each ~1-3 KB with its answer: ≤ ~25 MB a stage).
PARAGRAPHS_KEPT = 8192
# Texts whose pieces are kept: a worker's chunk of records, which each stage reads in turn.
_TEXTS_KEPT = 1024

_PARAGRAPH = re.compile(rf"^.{{{PARAGRAPH_CHARS},}}$", re.MULTILINE)


@lru_cache(maxsize=_TEXTS_KEPT)
def _paragraphs(text: str) -> tuple[tuple[int, int, str], ...]:
    """Where the paragraphs of ``text`` are: (start, end, the paragraph) of each."""
    return tuple((*m.span(), m.group()) for m in _PARAGRAPH.finditer(text))


class ByParagraph(Generic[T]):
    """``read(text)`` for a ``read`` whose answer for a text is the concatenation of its answers
    for the pieces of the text cut before or after any line break: each paragraph's answer
    kept from its second reading on (see the module docstring).  ``read`` gives a new list,
    which the caller may keep.

    A paragraph read for the first time is only noted: it is read with the text around it, in
    one call (a text whose paragraphs are all new costs one reading of the whole text, as
    without this class; a paragraph read apart costs a call and a copy).  Seen again, it is
    read apart and its answer kept."""

    def __init__(self, read: Callable[[str], list[T]]) -> None:
        self._read = read
        self._kept = lru_cache(maxsize=PARAGRAPHS_KEPT)(read)
        self._seen: set[str] = set()
        _MEMOS.append(self)

    def __call__(self, text: str) -> list[T]:
        if len(text) < PARAGRAPH_CHARS:
            return self._read(text)
        read, kept, seen = self._read, self._kept, self._seen
        out: list[T] = []
        at = 0  # the text before this is read
        for start, end, paragraph in _paragraphs(text):
            if paragraph in seen:
                if start > at:
                    out += read(text[at:start])
                out += kept(paragraph)
                at = end
            else:
                if len(seen) >= _SEEN_KEPT:
                    seen.clear()
                seen.add(paragraph)
        if at == 0:
            return read(text)
        if at < len(text):
            out += read(text[at:])
        return out

    def forget(self) -> None:
        """Drop the kept answers and the paragraphs seen (as a fresh process starts)."""
        self._kept.cache_clear()
        self._seen.clear()
        _paragraphs.cache_clear()


# Lines whose answer a line memo keeps (:func:`line_memo`; ≤ ~5 MB a memo and process).
LINES_KEPT = 8192

F = TypeVar("F", bound=Callable[..., Any])


def line_memo(maxsize: int) -> Callable[[F], F]:
    """A decorator: ``functools.lru_cache(maxsize)`` of a function whose first argument is one
    line of a text (the others hashable: the tables it reads by), emptied with the paragraph
    memos by :func:`forget`.  For a reading of a text line by line whose lines recur over a
    night (wire paragraphs, a site's furniture)."""

    def memo(read: F) -> F:
        return _kept(read, maxsize)  # type: ignore[return-value]  # the same call, kept

    return memo


def word_memo(maxsize: int) -> Callable[[Callable[..., T]], _lru_cache_wrapper[T]]:
    """A decorator: ``functools.lru_cache(maxsize)`` of a function whose first argument is one
    word (the others hashable: its language or script), emptied with the paragraph memos by
    :func:`forget`.  For the word tables of the search text (:mod:`clipper.searchtext`'s
    folding, :mod:`clipper.compounds`, :mod:`clipper.prefixes`), which a run's main process
    reads for the pages whose template lines or title ending it cuts
    (:mod:`clipper.sitetemplates`, :mod:`clipper.sitetitles`): kept over a night, a German,
    Arabic or Chinese one fills them to their caps there (filled with wordfreq's words: the
    compound and prefix zipf tables ~60 MB each, the six memos ~190 MB), while the worker
    processes do the night's reading.  Emptied, a batch reads its words again: German news
    text's search text 4.8 ms a page with the memos empty, 2.8 ms with them full."""

    def memo(read: Callable[..., T]) -> _lru_cache_wrapper[T]:
        return _kept(read, maxsize)

    return memo


def _kept(read: Callable[..., T], maxsize: int) -> _lru_cache_wrapper[T]:
    """``functools.lru_cache(maxsize)(read)``, listed for :func:`forget`."""
    kept = lru_cache(maxsize=maxsize)(read)
    _KEPT_MEMOS.append(kept)
    return kept


# Paragraphs noted as seen once, at most (then forgotten all at once: a bound on memory).
_SEEN_KEPT = 4 * PARAGRAPHS_KEPT

# Every stage's memo in this process (a few, made at import).
_MEMOS: list[ByParagraph[Any]] = []
_KEPT_MEMOS: list[_lru_cache_wrapper[Any]] = []


def forget() -> None:
    """Empty every stage's memo in this process (:meth:`ByParagraph.forget`, and the line
    and word memos of :func:`line_memo` and :func:`word_memo`).  The answers do not change: a
    paragraph or word is read again, at a reading's cost.  For a process that reads few texts
    word by word, such as a run's main process while worker processes clean its pages, after
    each batch: kept, the memos fill to their caps over a night."""
    for memo in _MEMOS:
        memo.forget()
    for kept in _KEPT_MEMOS:
        kept.cache_clear()
