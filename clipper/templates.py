"""Site templates: short lines that recur on many pages of one site are furniture, not article.

Counts live in the archive (``site_lines``), updated one batch at a time before that batch is
stripped: a line is template once ``template_min_pages`` distinct pages (``source_key``) of its
site carried it.  Fingerprints are taken before the cut, so clusters, canonicals and stories
never depend on it.  The text people read does, and it must not depend on how the pages were
split into batches or nights (on 2,843 one-day pages, 101 pages' stored text once differed
between batches of 300 and of 1,000: a line that became template later kept its place in the
pages stored before).  So while a line is under the threshold ``site_lines.sources`` names the
pages that carried it (fewer than ``template_min_pages``), and the batch in which it reaches
the threshold cuts those stored pages again (:func:`cut_template` of their fingerprinted text,
with the site's counts as they are then).  Every page is thus cut by the lines that are
template for the counts of all pages stored so far, whatever the split; the work is bounded by
the lines that cross tonight times ``template_min_pages - 1`` pages each, and nothing scans the
archive.

Only *furniture-shaped* lines can be template (:func:`is_furniture_shaped`): a line that does not
end a sentence ("Share this article", "Most read", a copyright or contact line), or one a language
table of :mod:`clipper.furniture` names.  A full sentence that recurs on many of a site's pages
("No one was injured.", "The cause is being investigated.") is a fact of each article and stays.
Pages without a site (no URL, no crawler site field, no site name in the page) have no template:
pages read from one folder are not one site.
"""

from __future__ import annotations

import functools
import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any

from clipper.furniture.compiled import Matchers, matchers
from clipper.page import Article
from clipper.scripts import SENTENCE_END, words_in

_SPACE = re.compile(r"\s+")
# Lines that end like a sentence but are furniture all the same: copyright and contact lines.
_FURNITURE_SENTENCE = re.compile(
    r"©|\(c\)\s*\d{4}|all rights reserved|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|https?://|www\.|\S+@\S+\.\w+",
    re.IGNORECASE,
)


def site_of(article: Article) -> str | None:
    """The site a page's template belongs to, or None: a page without one has no template."""
    return article.site or None


def is_furniture_shaped(line: str) -> bool:
    """Whether a line may be a site's template: it does not end a sentence, or it is a copyright
    or contact line, or a furniture phrase of a language table.  ``line`` is stripped."""
    if not SENTENCE_END.search(line):
        return True
    if _FURNITURE_SENTENCE.search(line):
        return True
    tables = matchers()
    # the whole-line and "read also" phrases tried only where their literals are (the same
    # answers as their alternations' fullmatch): 44.7 -> 7.6 µs a line reaching this test
    # (short lines ending a sentence of the 439 Zyte and Fundus pages of bench/speed.py)
    return (
        tables.is_line_furniture(line)
        or tables.promo.fullmatch(line) is not None
        or tables.is_related_heading(line)
    )


def line_key(line: str) -> int:
    normalised = _SPACE.sub(" ", unicodedata.normalize("NFKC", line).casefold()).strip()
    digest = hashlib.blake2b(normalised.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


def short_line_keys(text: str, max_words: int) -> set[int]:
    """Keys of the distinct short, furniture-shaped lines of ``text``: the only lines that can
    be template."""
    keys = set(map(_short_line_key, text.split("\n"), repeat(max_words), repeat(matchers())))
    keys.discard(None)
    return keys  # type: ignore[return-value]  # None is discarded


# Lines whose answer is kept (least recently used dropped; ≤ ~6 MB a process): a night's
# lines recur, a wire story's paragraphs on every site that carries it, a site's furniture on
# each of its pages (the first 2,000 one-day records of bench/oneday.py: 74,486 lines, 5,836
# distinct).
_LINE_CACHE_LINES = 16_384


@functools.lru_cache(maxsize=_LINE_CACHE_LINES)
def _short_line_key(line: str, max_words: int, tables: Matchers) -> int | None:
    """:func:`line_key` of ``line`` when it is a candidate (short and furniture-shaped, for
    the tables in use: a cached answer belongs to them), else None."""
    return line_key(line) if _candidate(line, max_words) else None


def _candidate(line: str, max_words: int) -> bool:
    """Whether ``line`` may be template: at most ``max_words`` words, counted as a length rule
    counts them (:func:`clipper.scripts.words_in`: a Thai or Chinese paragraph of 40 words
    holds a few spaces or none, and a Thai one never ends like a sentence), and
    furniture-shaped."""
    stripped = line.strip()
    return bool(stripped) and words_in(stripped) <= max_words and is_furniture_shaped(stripped)


def strip_lines(
    text: str, template_keys: Iterable[int], max_words: int
) -> tuple[str, list[tuple[int, str]]]:
    """``text`` without its template lines, and the removed lines with their line numbers
    (stored, so :func:`restore_lines` can give back exactly the text that was fingerprinted)."""
    template = set(template_keys)
    kept: list[str] = []
    removed: list[tuple[int, str]] = []
    tables = matchers()
    for number, line in enumerate(text.split("\n")):
        # each line's key as short_line_keys found it (kept: a site's lines recur)
        if (key := _short_line_key(line, max_words, tables)) is not None and key in template:
            removed.append((number, line))
        else:
            kept.append(line)
    return "\n".join(kept), removed


def restore_lines(text: str, removed: Sequence[Sequence[Any]]) -> str:
    """Undo :func:`strip_lines`."""
    if not removed:
        return text
    lines = text.split("\n")
    for number, line in removed:
        lines.insert(int(number), str(line))
    return "\n".join(lines)


def cut_template(
    text: str, template_keys: Iterable[int], max_words: int, min_words: int
) -> tuple[str, str | None]:
    """The text people read: ``text`` without its template lines, and the lines cut as JSON
    (``pages.template_lines``), or ``text`` itself and None when nothing is cut.  A page that
    would keep fewer than ``min_words`` words is a short article on a terse site: it keeps
    every line (words counted as the too-short verdict counts them,
    :func:`clipper.scripts.words_in`: a Chinese page of 300 words holds no space)."""
    template = set(template_keys)
    if not template:
        return text, None
    stripped, removed = strip_lines(text, template, max_words)
    if not removed or words_in(stripped) < min_words:
        return text, None
    return stripped, json.dumps(removed)
