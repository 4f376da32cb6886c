"""Runs of a text dump's lines that are blocks around the article, not the article, told by
their shape (:func:`clipper.textdump.clean_text_dump` drops or sets them apart):

* a **menu run** (:func:`menu_runs`): a site's section names, line after line;
* a **teaser list** heading the page (:func:`teaser_list`): other articles' blurbs below dated
  bylines (:data:`DATED_BYLINE`);
* a **headline said twice** among the first lines (:func:`repeated_head`);
* a **summary box** (:data:`BOX_HEADING`, :func:`in_box`): "Synopsis", "Key Takeaways" and the
  list items (:data:`LIST_ITEM`) below it;
* a **"read also" box's heading** (:func:`related_heading`): a language table's ``related``
  phrase as a whole line, or opening a short line that names what the box holds ("Další články
  k tématu", "Altri articoli della sezione") over link titles.

Each takes the dump's lines as the cleaner holds them (normalised, blank lines gone:
:func:`clipper.dumplines.normalise_line`) with their word counts
(:func:`clipper.dumplines.word_count`), and answers with line indexes or a count of lines.
"""

from __future__ import annotations

import re

from clipper.captions import CAPTION_MIN_WORDS
from clipper.dumplines import line_key
from clipper.scripts import SENTENCE_END

# A list item: a bullet, or a number of one or two digits with "." or ")".
LIST_ITEM = re.compile(r"^(?:[-–•*▪◦·●■]\s|\d{1,2}[.)]\s)")

# Boxes that summarise the article instead of being it.
BOX_HEADING = re.compile(
    r"(?:synopsis|key takeaways?|key points?|highlights|story highlights|in brief|at a glance"
    r"|summary|tl;?dr|quick read|the gist)[:.]?",
    re.IGNORECASE,
)


# A headline said twice within the page's first REPEAT_LINES lines (its <h1> and its share
# text, with a site label between) and at most REPEAT_MAX_WORDS words long.  One ending with a
# full stop must be two short sentences ("Mueller stood up to Putin. Now it's Trump's turn."):
# a photo caption is often said twice too (the image's alt text and its caption: "R. Kelly
# performs at the BET Awards in Los Angeles in 2013.").
REPEAT_LINES = 4
REPEAT_MAX_WORDS = 30
_TWO_SENTENCES = re.compile(r"[a-z][.!?]\s+[A-Z]")


# A teaser's byline with its time ("by TDB - Jul 15, 2018 2:37 pm", "By Ann Reed | 2 hours
# ago"): "by", a name, a dash or bar, then something with a digit.
DATED_BYLINE = re.compile(r"by\s[^\d]{1,60}?\s[-–—|]\s.*\d", re.IGNORECASE)


def teaser_list(words: list[int], blurbs: list[bool], head_zone: int) -> int:
    """How many of the first lines (``words`` each) are a list of other articles' teasers
    heading the page (a site's sidebar, repeated on every page: zerohedge.com's "Why the Media
    is Desperate to Reclaim its "Gatekeeper" Status for News / by TDB - Jul 15, 2018 2:37 pm /
    The good thing about fake news is ... / by Capitalist Exploits - Jul 15, 2018 2:39 pm /
    Here's how to play it as an investor"): two or more lines below a dated byline
    (``blurbs``) before the first line of 30 words (the page's own byline comes once, right
    above its text), among the first ``head_zone`` lines.  The list ends with the blurb below
    its last byline; 0 when there is none."""
    below: list[int] = []
    for i in range(min(len(words), head_zone)):
        if words[i] >= 30:
            break
        if blurbs[i]:
            below.append(i)
    return below[-1] + 1 if len(below) >= 2 else 0


def repeated_head(lines: list[str], words: list[int]) -> set[int]:
    """Indexes, among the first :data:`REPEAT_LINES` lines (``words`` each), of lines said
    twice there (compared as :func:`clipper.dumplines.line_key` gives them)."""
    first: dict[str, int] = {}
    found: set[int] = set()
    for i in range(min(len(lines), REPEAT_LINES)):
        if words[i] > REPEAT_MAX_WORDS or words[i] < 2:
            continue
        if lines[i].endswith(".") and not lines[i].endswith("...") and (
            words[i] >= CAPTION_MIN_WORDS or not _TWO_SENTENCES.search(lines[i])
        ):
            continue
        key = line_key(lines[i])
        if key in first:
            found.update((first[key], i))
        else:
            first[key] = i
    return found


# Navigation menus: runs of at least MENU_RUN lines of at most MENU_WORDS words, none ending a
# sentence (section names: "Home", "Sport", "Kultur", "Kontakt" ...).  Measured with
# bench/textdump.py (real pages flattened to dumps): on fundus-news-pages, where it was chosen
# among runs of 4-8 lines of 2-4 words, F1 0.701 -> 0.776; confirmed on newspaper-article-pages
# 0.548 -> 0.603 and readability-test-pages 0.811 -> 0.828; recall moves by at most 0.008.
MENU_RUN = 5
MENU_WORDS = 4


def menu_runs(lines: list[str], words: list[int]) -> set[int]:
    """Indexes of ``lines`` (``words`` each) in a menu run: :data:`MENU_RUN` or more lines in a
    row of at most :data:`MENU_WORDS` words, none ending a sentence."""
    drop: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and words[j] <= MENU_WORDS and not SENTENCE_END.search(lines[j]):
            j += 1
        if j - i >= MENU_RUN:
            drop.update(range(i, j))
        i = max(j, i + 1)
    return drop


# A "read also" heading that opens with a table's ``related`` phrase and goes on to name what
# the box holds ("Další články" + "k tématu", "Weitere Artikel" + "aus der Region", "More
# stories" + "from the county"): a short line (at most RELATED_HEADING_WORDS words, no
# sentence's end) over at least RELATED_TITLES link titles (RELATED_TITLE_WORDS words at most,
# no sentence's end), as a box below an article holds; the tables cannot list every such
# subject in every language (fieldprobe37: Czech, Italian and Turkish boxes stayed).
RELATED_HEADING_WORDS = 6
RELATED_TITLES = 2
RELATED_TITLE_WORDS = 20


def related_heading(lines: list[str], words: list[int], i: int, related: re.Pattern[str]) -> bool:
    """Whether line ``i`` heads a "read also" box: ``related`` (a language table's phrases)
    matches the whole line, or opens it, ending at a word's end, in a short line over link titles
    (see :data:`RELATED_HEADING_WORDS`)."""
    line = lines[i]
    if related.fullmatch(line):
        return True
    if words[i] > RELATED_HEADING_WORDS or SENTENCE_END.search(line):
        return False
    opening = related.match(line)
    if opening is None:
        return False
    end = opening.end()
    if end < len(line) and line[end - 1].isalnum() and line[end].isalnum():
        return False  # the phrase ends inside a word
    below = lines[i + 1 : i + 1 + RELATED_TITLES]
    return len(below) == RELATED_TITLES and all(
        words[j] <= RELATED_TITLE_WORDS and not SENTENCE_END.search(lines[j])
        for j in range(i + 1, i + 1 + RELATED_TITLES)
    )


def in_box(lines: list[str], i: int) -> bool:
    """Whether line ``i`` of the head zone follows a box heading (only list items between)."""
    j = i - 1
    while j >= 0 and LIST_ITEM.match(lines[j]):
        j -= 1
    return j >= 0 and BOX_HEADING.fullmatch(lines[j]) is not None
