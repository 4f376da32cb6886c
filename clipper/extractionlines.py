"""What one extraction of a page keeps and another leaves out: the differences of two readings
of one address that are the extractors', not the outlet's.

Two tools read one page differently: trafilatura from the saved HTML, a scraper's own text
field from its JSON record.  One keeps a picture's caption or credit, a byline line, a
subheading, a "Read more: …" teaser or a headline of another story ending the text; one splits a
paragraph in two or joins two, or spaces a Chinese sentence where a paragraph broke.  Stored as
two texts they were two versions of one page, "updated" with a change list though the outlet
changed nothing (newcomer 25's finding 22). :func:`extraction_kept` is a text's paragraphs
without those lines, as two readings of one address are told apart
(:func:`clipper.versionchanges.capture_folded`, which also runs its words together whatever its
paragraph breaks and spaces). A real edit still differs: a changed figure, an added or removed
sentence of report (a line ending like a sentence), a changed line holding a figure (a fact
box's "Cost: 4.2 million").
"""

from __future__ import annotations

import re
from collections import Counter

from clipper.bylinelines import byline_line
from clipper.captions import is_photo_caption
from clipper.feednotes import feed_note
from clipper.postclean import drop_furniture_lines
from clipper.scripts import SENTENCE_END, count_words, unpunctuated_prose

_DIGIT = re.compile(r"\d")
# A text whose lines these leave less than this share of its words is compared whole: a page of
# short lines (a list, a table's rows) is no article with furniture around it.
KEPT_SHARE = 0.5


def extraction_line(line: str) -> bool:
    """Whether ``line`` (one paragraph, whitespace normalised) is one an extractor keeps or
    leaves out, not a paragraph of the report, by its own shape: a photo's caption or credit
    (:func:`clipper.captions.is_photo_caption`), a byline line
    (:func:`clipper.bylinelines.byline_line`), a note that the item came from a feed
    (:func:`clipper.feednotes.feed_note`), or a line that does not end like a sentence and
    holds no figure (a caption or byline in another shape, "Oleh Aminah Yusof",
    "（記者王小明／台北報導）", a subheading, another story's headline under the text); a Thai or
    Lao sentence, which writes no full stop, stays (:func:`clipper.scripts.unpunctuated_prose`).
    The furniture lines of the language tables are :func:`extraction_kept`'s."""
    if is_photo_caption(line) or byline_line(line) is not None or feed_note(line):
        return True
    return (
        SENTENCE_END.search(line) is None
        and _DIGIT.search(line) is None
        and not unpunctuated_prose(line, count_words(line))
    )


def extraction_kept(paragraphs: list[str]) -> list[str]:
    """``paragraphs`` (one text's, in order, whitespace normalised) without those one
    extraction keeps and another not: the furniture lines of the language tables ("Read more:
    …", "Baca juga: …", "圖／記者王小明攝", a "related" box: :func:`clipper.postclean.
    drop_furniture_lines`) and the lines :func:`extraction_line` names.  When those hold more
    than ``1 - KEPT_SHARE`` of the words, every paragraph is kept: a page of short lines (a
    list, a table's rows) is no article with furniture around it."""
    survivors = Counter(drop_furniture_lines(paragraphs))
    kept = []
    for paragraph in paragraphs:
        if survivors[paragraph] > 0:
            survivors[paragraph] -= 1
            if not extraction_line(paragraph):
                kept.append(paragraph)
    words = sum(count_words(p) for p in paragraphs)
    if words and sum(count_words(p) for p in kept) < KEPT_SHARE * words:
        return paragraphs
    return kept
