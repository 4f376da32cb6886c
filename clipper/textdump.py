"""clipper's line cleaner for text dumps (pages a scraper already flattened to text).

A text dump keeps the page's furniture as lines of their own: "Skip to content", the headline
(often several alternative headlines, some repeated), share/subscribe/advertisement lines, photo
credits, "Synopsis" / "Key Takeaways" boxes, and trailers ("Read also:", "Latest", "Related
content" followed by link titles, numbered SEO blurbs).  :func:`clean_text_dump` removes them in a
few linear passes over the lines:

0. a dump hard-wrapped at a fixed width (``lynx -dump``, ``w3m -dump``, html2text) has each
   paragraph joined back into one line, and lynx's link references dropped
   (:func:`clipper.reflow.unwrap`);
1. normalise every line (Unicode NFC, whitespace runs → one space) and drop furniture lines: one
   precompiled alternation matched only against short lines (navigation, share, advertisement,
   icon names, relative times, bare dates, photo credits, bylines; a byline glued to the end of
   a paragraph is cut from it and becomes the author), then the per-language tables
   of :mod:`clipper.furniture` (skip links, share bars, paywall and login prompts, inline "read
   also" teasers, photo credits, copyright notices ("© 2026 X. All rights reserved."),
   timestamp lines: "Stand: 22.04.2024, 06:00 Uhr", in every language of the tables; a credit
   written "Photo by X" stays, :data:`_CREDIT_BY`), and the page's own byline lines in any of
   their languages ("Von Nina Magoley", "Par Denis Loctier":
   :func:`clipper.bylines.byline_line`, naming the crawler's author or else the first byline
   line's; a teaser's byline of another writer stays); then **consent banners**: runs of
   cookie-consent lines and button labels (:func:`clipper.furniture.consent_lines`), so neither
   a banner's heading becomes the title nor its long sentences pass for the first paragraph;
   and **menus**: runs of 5 or more lines of at most 4 words, none ending a sentence (a site's
   section names, in any language); and a **teaser list** heading the page: two or more
   blurbs below dated bylines before the first 30-word line, with the lines above them (a
   sidebar of other articles repeated on every page of a site: :func:`_teaser_list`);
2. **head zone**: the short lines before the first body paragraph (≥ 15 words ending a sentence,
   or ≥ 30 words) are the headline block.  Headline candidates are its short lines that do not
   end a sentence; the title is ``title`` if the reader supplied one, else the one the page
   repeats, else the dump's first line when the dump opens with its headline (a candidate of
   3+ words a blank line sets apart: it need share no word with the body, "Łódź" over "w
   Łodzi"; or one straight above the first paragraph, or above a standfirst when it shares a
   word with the body: :func:`_runs_into_text`), else the candidate whose words recur most in the
   body's opening, and none when no candidate shares a word with the body
   (:func:`_guess_title`); the standfirst below a dump's opening headline stays in the text
   (:func:`_with_standfirst`).  Never a guess: the line right below a photo credit alone
   (a caption), a byline's name (the masthead "The New York Times" over "By THE NEW YORK
   TIMES"), or the writer's name the last lines introduce (:func:`_writer`).  The head zone is
   dropped except real lead sentences (≥ 8 words ending with a period, not list items); every
   later verbatim repeat of a headline candidate is dropped;
3. **boxes**: "Synopsis", "Key Takeaways", "Highlights", "Story highlights"... headings and the
   list items that follow them are dropped (a summary of the article, not the article);
4. **trailers**: a heading like "Read also:", "Latest", "Related content", "More from X", "Most
   read", "Mehr zum Thema", "Lire aussi" (the ``related`` phrases of every language table) drops
   itself and the link titles that follow it (lines of ≤ 20 words that do not end a
   sentence), so a "Related" box inside the article costs no body line; a line repeated back to
   back (gallery captions) is kept once;
5. **list blurbs**: a run of ≥ 2 numbered items ending the text that no line ending with ":"
   introduces is an SEO blurb list, not the article, and is dropped;
6. **dateline**: the publication date is the first date in a short line (≤ 14 words) of the
   first :data:`DATELINE_LINES` that says it gives one ("Published 4 March 2025", "Veröffentlicht
   am 13. Mai 2026 um 15:44": the ``dateline`` words of every language table), read by
   htmldate's date-expression parser (the one trafilatura's date search uses; month names of
   many languages), never later than the fetch; "03/04/2025" (which is the month?) never.  A
   bare date line is not enough: on the fundus dumps those were as often the site's "today" or
   a related article's date as the page's (8 of 17 wrong), and "Updated"/"Stand:" lines were
   years late on readability's (2 of 2 wrong); publication lines: 21 of 21 right on fundus
   (tuned), 2 of 2 on readability (``bench/textdump.py``).  Without a date an undated dump
   takes the day it was read.

Everything is general (line length, sentence endings, repetition) except the short phrase
lists of step 1, 3 and 4 and the language tables.  Cost is a few regex matches per short line
and one consent search per line.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from htmldate.extractors import try_date_expr

from clipper.bylines import BYLINE_LINE_WORDS, byline_line, names_the_author
from clipper.captions import CAPTION_MIN_WORDS, is_caption
from clipper.furniture import Matchers, consent_lines, matchers
from clipper.localdates import ascii_date_digits, local_date
from clipper.reflow import unwrap
from clipper.scripts import (
    SENTENCE_END,
    UNSPACED,
    count_words,
    has_mark,
    unpunctuated_prose,
    word_runs,
)

# Zero-width characters and soft hyphens scrapers leave in text.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

# Chinese/Japanese write no spaces: two of their characters count as one word.
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")
_LIST_ITEM = re.compile(r"^(?:[-–•*▪◦·●■]\s|\d{1,2}[.)]\s)")
_NUMBERED_ITEM = re.compile(r"^\d{1,2}[.)]\s+\S")

# Furniture lines, matched (fullmatch, case-insensitive) only against lines of ≤ 16 words.
_FURNITURE_PATTERNS = [
    # navigation and page chrome
    r"skip to (?:main )?(?:content|navigation|search)",
    r"(?:main )?menu|search|home|close|open|back to top|scroll to top(?: of page)?",
    r"toggle navigation|print|e-?mail|save|edit|copy link|copied!?|link copied",
    r"prev(?:ious)?(?: next)?|next|less|more",
    r"loading\.*|image|video|photo|gallery|fullscreen|back to gallery|image \d+ of \d+",
    r"\d+\s*/\s*\d+|none|null|undefined|amp|a\s+a|[\W_]+",
    # icon ligature names (Material icons) rendered as text: more_vert, play_arrow, video_youtube
    r"[a-z]+(?:_[a-z]+)+|today",
    # share / social
    r"share|shares|share (?:this|the) (?:article|story|page|post)|share story|share on \w+"
    r"(?: share on \w+)*|tweet|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram",
    r"like this (?:story|article)\? share it.*|follow us(?: on .*)?",
    # comments, sign-up, subscribe
    r"(?:\d+\s+)?comments?|(?:view|show|leave|add|post|read) (?:a |the )?comments?(?: \(\d+\))?",
    r"click here to comment.*|be the first to comment.*|tell us what you think.*",
    r"sign up|sign me up!?|subscribe(?: now| today| here)?|log ?in|sign in|register",
    r"you are signed in as.*",
    r"(?:sign up|subscribe) (?:for|to) (?:our|the) .*newsletters?.*",
    r"(?:get|receive) (?:our|the) .*newsletter.*|.*newsletters? sign[- ]?up",
    # advertising
    r"advertisement|advertising|sponsored(?: content)?|ad|paid content|promoted",
    r"(?:story|article) continues? below(?: advertisement)?|story continued below",
    r"continue reading(?: the main story| below)?|scroll to continue.*",
    r"purchase:? order reprint|order reprints?|reprints?(?: & permissions)?",
    # relative times and bare dates
    r"(?:\d+|an?|one) (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?) ago|just now|yesterday",
    r"(?:updated|posted|published)(?:(?::|\s+on)\s+.*\d.*)?",
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,?)"
    r"\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?",
    r"\d{4}-\d{2}-\d{2}(?:[ t]\d{2}:\d{2}(?::\d{2})?)?",
    # photo and video credits
    r"(?:photo|image|picture|photograph|video|credit|source)s?(?: credit)?\s*:.*",
    r"\(?(?:ap|afp|epa|reuters|getty images|shutterstock|(?:the )?associated press)"
    r"(?: photo)?(?:/.*)?\)?",
    r"(?:[\w.'-]+ ){0,3}[\w.'-]+\s*[,/]\s*(?:ap|afp|epa|reuters|getty images)(?: photo)?"
    r"|.*\bvia getty images",
    # reading-time and meta lines
    r"\d+\s+min(?:ute)?s?\s+read|reading time:.*|filed under:.*|tags?(?::.*)?|topics:?",
    # "CONNECT TWEET LINKEDIN COMMENT EMAIL MORE": a run of share words
    r"(?:(?:connect|tweet|linkedin|comment|email|more|share|facebook|twitter|print)\s*){3,}",
]
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in _FURNITURE_PATTERNS), re.IGNORECASE)
_FURNITURE_MAX_WORDS = 16

# A caption carrying its credit at the end: "... on Monday. (AP Photo/Jane Doe)".
_CAPTION_CREDIT = re.compile(
    r"\((?:[A-Z][\w.&' ]{0,30}\s)?(?:Photo|Photograph|Image|Picture|Credit)\b[^()]{0,80}\)$"
)
# A bare agency credit ends a caption ("Rescuers search the rubble on Tuesday. (AFP)"), but it
# also signs off a wire story's last paragraph: a line of body length keeps it.
_AGENCY_CREDIT = re.compile(r"\((?:AP|AFP|EPA|Reuters|Getty Images)(?:/[^()]{0,60})?\)$")
_CAPTION_MAX_WORDS = 30

# A photo credit on its own line, above the caption it credits (the credit-first layout of
# cnbc.com and others: "Chad Ehlers | Stone | Getty Images" then "Helsinki, Finland"; "Saul
# Loeb | AFP | Getty Images"; "AP Photo/Jane Doe"; "Photo: Jane Doe").
_CREDIT_ABOVE = re.compile(
    r"\bgetty images$|\|\s*(?:ap|afp|epa|reuters|tass|bloomberg|shutterstock)\s*(?:\||$)"
    r"|/\s*(?:ap|afp|epa|reuters|associated press)$|\b(?:ap|afp|epa) photo\b"
    r"|^(?:photo|image|picture|photograph)s?(?: credit)?\s*:",
    re.IGNORECASE,
)
# A credit alone, not a caption ending with its credit ("The Moulin Rouge in Paris Jane
# Doe/Reuters"): at most this many words, bars and slashes aside.
_CREDIT_MAX_WORDS = 6

# A photo's credit written as a phrase ("Photo by Joan Roe", "Image courtesy of NASA"): kept in
# a dump, where it is a figure's caption as often (readability's reference texts keep five such
# lines of four pages; dropped with the labelled credits, readability's dumps scored 0.8290 ->
# 0.8288, bench/textdump.py); a labelled credit ("Foto: Jana Roth / dpa") goes.
_CREDIT_BY = re.compile(
    r"[(\[]?(?:[\w-]+ )?(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy|via)\b",
    re.IGNORECASE,
)

# Bylines: "By Jane Doe", "By The Associated Press" (short, capitalised, no sentence end).
_BYLINE = re.compile(r"^By\s++(?:[A-Z][\w.'’-]*+,?+\s*+|(?:and|the|of|in|&)\s++)++$")
# A byline a flattened page glued to the end of a paragraph (a standfirst, then "By Name"):
# the sentence end, then "By" and up to five capitalised names.
_TRAILING_BYLINE = re.compile(
    r"(?<=[.!?][\"'”’»)])\s+By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})$"
    r"|(?<=[.!?])\s+By\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})$"
)

# Boxes that summarise the article instead of being it.
_BOX_HEADING = re.compile(
    r"(?:synopsis|key takeaways?|key points?|highlights|story highlights|in brief|at a glance"
    r"|summary|tl;?dr|quick read|the gist)[:.]?",
    re.IGNORECASE,
)

def normalise_line(line: str) -> str:
    """NFC, no invisible characters, whitespace runs collapsed, stripped."""
    if line.isascii():
        return " ".join(line.split())
    line = " ".join(_INVISIBLE.sub("", line).split())
    return unicodedata.normalize("NFC", line)




def _word_count(line: str) -> int:
    """Words of a normalised line: spaces + 1, or :func:`clipper.scripts.count_words` when it
    holds a script written without spaces (Han, kana, Thai...)."""
    if not line.isascii() and _UNSPACED_CHAR.search(line):
        return count_words(line)
    return line.count(" ") + 1


def _key(line: str) -> str:
    """Comparison key for "the same headline": case and punctuation-insensitive."""
    return " ".join(word_runs(line.casefold()))


# Lines up to this long are checked against the language tables (paywall prompts run long).
_TABLE_MAX_WORDS = 40
# Lines whose answer is kept (least recently used dropped; ≤ ~6 MB a process).  A dump's
# short lines recur: a site's menus, skip links and share bars on every page, a wire story's
# paragraphs on every site carrying it (lines checked / distinct: one-day records 31,110 /
# 3,826; real pages flattened to dumps, fundus 57,323 / 30,306, readability 19,556 / 13,409),
# and the 23 tables' patterns cost ~25 % of cleaning a dump.
_FURNITURE_CACHE_LINES = 16_384


def is_furniture(line: str, n_words: int) -> bool:
    """Whether a normalised line is page furniture on its own: the phrases above, or a skip
    link, share bar, paywall/login prompt, social or newsletter promotion or inline teaser of
    any language table
    (:mod:`clipper.furniture`); an inline teaser ("Read also: <headline>") never ends with a
    full stop, which keeps a body sentence that starts like one."""
    return _furniture_verdict(line, n_words, matchers())


@functools.lru_cache(maxsize=_FURNITURE_CACHE_LINES)
def _furniture_verdict(line: str, n_words: int, tables: Matchers) -> bool:
    """:func:`is_furniture` with the tables in use (a cached verdict belongs to them)."""
    if n_words <= _FURNITURE_MAX_WORDS and _FURNITURE.fullmatch(line):
        return True
    if n_words <= _TABLE_MAX_WORDS:
        if tables.line.fullmatch(line) or tables.promo.fullmatch(line):
            return True
        if not line.endswith(".") and tables.teaser.fullmatch(line):
            return True
        if tables.is_timestamp(line):
            return True
        if tables.is_photo_credit(line) and not _CREDIT_BY.match(line):
            return True
        if tables.is_rights(line):
            return True  # a copyright notice: the page's footer
    if n_words <= 12 and _BYLINE.match(line) and not SENTENCE_END.search(line):
        return True
    if not line.endswith(")"):
        return False
    if _CAPTION_CREDIT.search(line):
        return True
    return n_words < _CAPTION_MAX_WORDS and _AGENCY_CREDIT.search(line) is not None


def _is_body_paragraph(line: str, n_words: int, min_words: int = 15) -> bool:
    if n_words >= 30:
        return True
    return n_words >= min_words and (
        SENTENCE_END.search(line) is not None or unpunctuated_prose(line, n_words)
    )


@dataclass(slots=True)
class CleanedText:
    title: str | None
    paragraphs: list[str]
    author: str | None = None
    published: str | None = None  # YYYY-MM-DD from the dateline (step 6)


# Step 6: the dateline is looked for in this many lines (after normalising, before any is
# dropped), in lines of at most _DATELINE_MAX_WORDS words holding a year.
DATELINE_LINES = 150
_DATELINE_MAX_WORDS = 14
_DATELINE_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")
_AMBIGUOUS_DATE = re.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])[/-](?:0?[1-9]|1[0-2])[/-]\d{4}(?!\d)")
_EARLIEST = datetime(1995, 1, 1)
# Spellings htmldate's parsers miss, rewritten to ones they read: Czech and Slovak spaced dots
# ("28. 11. 2026"), Spanish and Portuguese "28 de noviembre de 2026".
_SPACED_DOTS = re.compile(r"(?<!\d)(\d{1,2})\.\s+(\d{1,2})\.\s+(\d{4})(?!\d)")
_FIRST_DIGIT = re.compile(r"\d")
_DE_MONTH = re.compile(r"(?<!\d)(\d{1,2})\s+de\s+(\w+)\s+de\s+(\d{4})(?!\d)", re.IGNORECASE)


# The head zone (headline block) is looked for in this many lines: a flattened page's menus
# and widgets can run long before the first body paragraph.  16 → 30 measured on real pages
# flattened to text dumps (bench/textdump.py, all tables): body F1 fundus (tuned) 0.780 →
# 0.785, newspaper 0.603 → 0.613, readability 0.828 → 0.829 (confirmation); 60 gained
# little more and lost body recall on readability.
HEAD_ZONE_LINES = 30
# A sentence in the head zone is the article's lead, kept, from this many words (step 2); from
# LEAD_MIN_WORDS_TITLED in a text the reader gave a headline for (a record's article text,
# whose short opening sentence is no furniture: probe 19, 8 of 8 such records lost it).  Two
# words, not three: a language that builds words of endings says it in two ("Yaralanan
# olmadı.", "Kimse yaralanmadı.", "부상자는 없었다.": probe 20, 4 of 5 Turkish records lost it).
LEAD_MIN_WORDS = 8
LEAD_MIN_WORDS_TITLED = 2


def clean_text_dump(
    text: str,
    title: str | None = None,
    latest: datetime | None = None,
    author: str | None = None,
) -> CleanedText:
    """Clean one text dump; ``title`` is the reader-supplied title (kept when given, unless it
    is a page's furniture, a byline or a date line rather than a headline: a scraper's title
    field holding "Subscribe", "Print", "A A" or "8:00 AM ET"; then one is guessed as for an
    untitled dump); ``latest``: no dateline is read as later than this (the fetch time;
    default now, UTC); ``author``: the crawler's author names ("A; B"), whose byline lines
    are the page's own (without, the first byline line's names are).  A byline line in any of
    the tables' languages ("Von Nina Magoley", :func:`clipper.bylines.byline_line`) is dropped
    when it names only the page's own author: a teaser list's bylines of other writers stay
    (readability's reference texts keep them)."""
    if title and _junk_title(title):
        title = None
    # a lead sentence kept from the head zone: 8 words in a flattened page's head (bylines,
    # datelines, prompts), 2 in a text whose headline the reader gave (a crawler's article
    # text opening with a short sentence: "No one was injured.", "Yaralanan olmadı.")
    lead_words = LEAD_MIN_WORDS_TITLED if title else LEAD_MIN_WORDS
    own = author  # whose byline lines are the page's own
    author = None
    published: str | None = None
    lines: list[str] = []
    words: list[int] = []
    # head-zone evidence against a headline guess: the names of the page's bylines ("By THE
    # NEW YORK TIMES": a masthead line above is the publisher, not the headline) and the lines
    # right below a photo credit (a caption: "Chad Ehlers | Stone | Getty Images" over
    # "Helsinki, Finland")
    names: set[str] = set()
    credited: list[bool] = []
    below_credit = False
    # lines right below a dated byline ("by TDB - Jul 15, 2018 2:37 pm"): a teaser's blurb, or
    # the article's first line (:func:`_teaser_list`)
    blurbs: list[bool] = []
    below_byline = False
    # the dump's first line, when the cleaner keeps it, and whether a blank line sets it
    # apart: where a text dump puts its headline (:func:`_guess_title`)
    opening: str | None = None
    set_apart = False
    below_opening: str | None = None  # the line right below it, normalised
    first = True
    read = unwrap(text.splitlines())
    for number, raw_line in enumerate(read):
        line = normalise_line(raw_line)
        if not line:
            continue
        opens, first = first, False
        if opens:
            set_apart = _set_apart(read, number, latest)
            below_opening = _line_below(read, number, latest)
        n = _word_count(line)
        if published is None and number < DATELINE_LINES and n <= _DATELINE_MAX_WORDS:
            published = _dateline(line, latest)
        caption, blurb = below_credit, below_byline
        below_byline = n <= 14 and _DATED_BYLINE.match(line) is not None
        below_credit = (
            n <= 12
            and _CREDIT_ABOVE.search(line) is not None
            and len(word_runs(line)) <= _CREDIT_MAX_WORDS
            and not line.startswith("Credit")  # "CreditJon Vale/AP" ends a caption block
        )
        if is_furniture(line, n):
            if n <= 12 and line.startswith("By "):
                author = author or line[3:].strip() or None
                names.add(_key(line[3:]))
            continue
        if n <= BYLINE_LINE_WORDS and (name := byline_line(line)) is not None:
            # "Von Nina Magoley", "Par Denis Loctier": the page's own byline, in its language
            own = own or name
            if names_the_author(line, own):
                author = author or name
                names.add(_key(name))
                continue
        # (a normalised line's only whitespace is single spaces: no " By ", no byline)
        if n > 12 and " By " in line and (glued := _TRAILING_BYLINE.search(line)) is not None:
            # "… It should not be taken in again. By Jane Doe": the paragraph, and its author
            author = author or glued.group(1) or glued.group(2)
            line = line[: glued.start()]
            n = _word_count(line)
        if opens:
            opening = line
        lines.append(line)
        words.append(n)
        credited.append(caption)
        blurbs.append(blurb)
    banner = consent_lines(lines, words) | _menu_runs(lines, words)
    if banner:
        lines = [line for i, line in enumerate(lines) if i not in banner]
        words = [n for i, n in enumerate(words) if i not in banner]
        credited = [c for i, c in enumerate(credited) if i not in banner]
        blurbs = [b for i, b in enumerate(blurbs) if i not in banner]
    if teasers := _teaser_list(words, blurbs):
        del lines[:teasers], words[:teasers], credited[:teasers]
    if opening is not None and (not lines or lines[0] != opening):
        opening = None  # a banner, menu or teaser list, not a headline

    # 2. head zone: lines before the first body paragraph (within HEAD_ZONE_LINES lines).
    # A line the page's first lines say twice is its headline however long (a question of 15
    # words looks like a paragraph).
    repeated = _repeated_head(lines, words)
    first_body = next(
        (
            i
            for i in range(min(len(lines), HEAD_ZONE_LINES))
            if i not in repeated and _is_body_paragraph(lines[i], words[i])
        ),
        None,
    )
    if first_body is None:
        first_body = 1 if lines and words[0] <= 30 and not SENTENCE_END.search(lines[0]) else 0
    # a headline straight above its text, no blank line between (:func:`_runs_into_text`):
    # the opening, if it also shares a word with the body
    tight = (
        not set_apart
        and opening is not None
        and _runs_into_text(lines, words, first_body, below_opening)
    )
    if not set_apart and not tight:
        # a first line the text runs on from: a scraped page's site name, skip link, share
        # bar or prompt ("The Boston Globe", "Abo kaufen E-Paper lesen") as often as not
        opening = None
    candidates: list[str] = []
    placed: list[int] = []  # each candidate's line number
    not_headlines: set[str] = set()  # a caption below its credit, a byline's name
    kept: list[str] = []
    kept_words: list[int] = []
    leads: list[int] = []  # the line numbers of the head zone's lines kept
    for i in range(first_body):
        line = lines[i]
        ends_sentence = SENTENCE_END.search(line) is not None
        if i in repeated or not ends_sentence or line.endswith("?") or line.endswith("!"):
            if words[i] >= 2 and not _LIST_ITEM.match(line) and not _BOX_HEADING.fullmatch(line):
                candidates.append(line)
                placed.append(i)
                if credited[i] or _key(line) in names:
                    not_headlines.add(line)
        elif words[i] >= lead_words and not _LIST_ITEM.match(line) and not _in_box(lines, i):
            kept.append(line)
            kept_words.append(words[i])
            leads.append(i)
    # verbatim repeats (case aside) of any headline candidate or of the title
    head_lines = {c.casefold() for c in candidates}
    if title:
        head_lines.add(normalise_line(title).casefold())

    # 3 + 4. boxes and trailers after the head zone; repeated headlines.
    i = first_body
    n_lines = len(lines)
    related = matchers().related
    while i < n_lines:
        line, n = lines[i], words[i]
        if n <= 12 and (related.fullmatch(line) or _BOX_HEADING.fullmatch(line)):
            is_box = _BOX_HEADING.fullmatch(line) is not None
            j = i + 1
            while j < n_lines:
                if is_box:
                    if not (_LIST_ITEM.match(lines[j]) or _BOX_HEADING.fullmatch(lines[j])):
                        break
                elif words[j] > 20 or SENTENCE_END.search(lines[j]):
                    break  # not a link title: the article (or a new paragraph) goes on
                j += 1
            i = j
            continue
        if (n <= 40 and head_lines and line.casefold() in head_lines) or (
            kept and line == kept[-1]
        ):
            i += 1  # a repeated headline, or a line repeated back to back (gallery captions)
            continue
        kept.append(line)
        kept_words.append(n)
        i += 1

    # 5. numbered blurb list ending the text, introduced by nothing.
    end = len(kept)
    start = end
    while start > 0 and _NUMBERED_ITEM.match(kept[start - 1]):
        start -= 1
    if end - start >= 2 and (start == 0 or not kept[start - 1].endswith(":")):
        del kept[start:]
    if not title and candidates:
        title = _guess_title(
            [c for c in candidates if c not in not_headlines and not _writer(c, kept)],
            kept,
            opening,
            opening_needs_word=tight and first_body > 1,
        )
        if title is not None and title == opening:
            kept = _with_standfirst(kept, leads, title, candidates, placed, words, not_headlines)
    return CleanedText(title=title, paragraphs=kept, author=author, published=published)


# A head-zone line below a dump's opening headline, of at least this many words and not ending
# a sentence, is its standfirst (dek, summary), part of the article: kept in the text (the head
# zone's sentences need as many words to be kept, step 2).  Below a headline guessed further
# down a flattened page it is as often a teaser or a prompt: kept there, body F1 fell on every
# flattened set (fundus 0.7856 → 0.7832, newspaper 0.6133 → 0.6099, readability 0.8290 →
# 0.8282, ``bench/textdump_headlines.py``), so it is not.
STANDFIRST_MIN_WORDS = 8


def stops_at_paywall(read: Sequence[str]) -> bool:
    """Whether a dump's text stops at a paywall: a line saying the rest of the article is for
    subscribers (the language tables' ``truncated`` phrases, :mod:`clipper.furniture`: "Subscribe
    to continue reading", "Weiterlesen mit …") with no body paragraph after it (a page's footer
    lines may follow).  The cleaner drops that line; the dump is then stored partial
    ("paywall"), as an HTML page that stops so is (:func:`clipper.htmlclean._paywall_cut`).
    ``read``: the dump's lines as read."""
    tables = matchers()
    lines = [normalise_line(line) for line in read]
    at = next(
        (
            i
            for i in range(len(lines) - 1, -1, -1)
            if lines[i] and _word_count(lines[i]) <= 60 and tables.says_rest_is_paywalled(lines[i])
        ),
        None,
    )
    if at is None:
        return False
    return not any(
        _is_body_paragraph(line, n) and not is_furniture(line, n)
        for line in lines[at + 1 :]
        if line
        for n in [_word_count(line)]
    )


def _with_standfirst(
    kept: list[str],
    leads: list[int],
    title: str,
    candidates: list[str],
    placed: list[int],
    words: list[int],
    not_headlines: set[str],
) -> list[str]:
    """``kept`` (the head zone's kept lines, at line numbers ``leads``, then the body) with the
    standfirst lines below the guessed ``title`` put back in their place: the headline
    ``candidates`` (at line numbers ``placed``) after it, of :data:`STANDFIRST_MIN_WORDS` or
    more ``words``, neither a repeat of it nor shaped like a byline, credit, caption or date
    line.  A headline guess no longer drops the summary a page prints under it."""
    at = placed[candidates.index(title)]
    key = _key(title)
    below = [
        (i, line)
        for line, i in zip(candidates, placed, strict=True)
        if i > at
        and words[i] >= STANDFIRST_MIN_WORDS
        and line not in not_headlines
        and _key(line) != key
        and not _not_a_headline(line)
    ]
    if not below:
        return kept
    head = sorted([*zip(leads, kept, strict=False), *below])
    return [line for _, line in head] + kept[len(leads) :]


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
_DATED_BYLINE = re.compile(r"by\s[^\d]{1,60}?\s[-–—|]\s.*\d", re.IGNORECASE)


def _teaser_list(words: list[int], blurbs: list[bool]) -> int:
    """How many of the first lines (``words`` each) are a list of other articles' teasers
    heading the page (a site's sidebar, repeated on every page: zerohedge.com's "Why the Media
    is Desperate to Reclaim its "Gatekeeper" Status for News / by TDB - Jul 15, 2018 2:37 pm /
    The good thing about fake news is ... / by Capitalist Exploits - Jul 15, 2018 2:39 pm /
    Here's how to play it as an investor"): two or more lines below a dated byline
    (``blurbs``) before the first line of 30 words (the page's own byline comes once, right
    above its text).  The list ends with the blurb below its last byline; 0 when there is
    none."""
    below: list[int] = []
    for i in range(min(len(words), HEAD_ZONE_LINES)):
        if words[i] >= 30:
            break
        if blurbs[i]:
            below.append(i)
    return below[-1] + 1 if len(below) >= 2 else 0


def _writer(line: str, body: list[str]) -> bool:
    """Whether a head-zone ``line`` is a person's name that the ``body`` introduces as its
    writer in its last lines and not in its opening ("Robert Malley" above an essay ending
    "Robert Malley is president and CEO of ..."): a byline, not the headline."""
    if _NAME.fullmatch(line) is None:
        return False
    if _has_a_word(" ".join(body[:TITLE_BODY_LINES]).casefold(), _title_words(line)):
        return False  # the opening is about this name: a subject, not the writer
    return any(k.startswith(line) and _BIO.match(k, len(line)) for k in body[-3:])


# A person's name: two to four capitalised words (name particles aside), nothing else.
_NAME = re.compile(r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|de|van|von|der|da|al|bin|le|la)){1,3}")
# What follows a writer's name in the note on the writer: "... is a professor", "..., a fellow"
_BIO = re.compile(r",? (?:is|was|has been|writes|covers|a|an)\b")


def _repeated_head(lines: list[str], words: list[int]) -> set[int]:
    """Indexes, among the first :data:`REPEAT_LINES` lines, of lines said twice there."""
    first: dict[str, int] = {}
    found: set[int] = set()
    for i in range(min(len(lines), REPEAT_LINES)):
        if words[i] > REPEAT_MAX_WORDS or words[i] < 2:
            continue
        if lines[i].endswith(".") and not lines[i].endswith("...") and (
            words[i] >= CAPTION_MIN_WORDS or not _TWO_SENTENCES.search(lines[i])
        ):
            continue
        key = _key(lines[i])
        if key in first:
            found.update((first[key], i))
        else:
            first[key] = i
    return found


def first_dateline(lines: Iterable[str], latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` of the first dateline among ``lines`` (step 6: a line of at most 14
    words holding a ``dateline`` phrase of the language tables, "Published", "Publicado em",
    "Veröffentlicht am", and a whole date no later than ``latest``), else None.  Not an
    "Updated" line: that dates a change.  For an HTML page with no date in its metadata
    (:func:`clipper.htmlclean.clean_html`), which often shows one under its headline
    ("Published Nov. 14, 2026 at 6:45 p.m. CST"; newcomer 20 finding 12: such pages were
    stored undated)."""
    for line in lines:
        if _word_count(line) <= _DATELINE_MAX_WORDS and (day := _dateline(line, latest)):
            return day
    return None


def _dateline(line: str, latest: datetime | None) -> str | None:
    """``YYYY-MM-DD`` when ``line`` is a dateline (step 6), else None.  Its digits are read in
    any script ("نُشر في ١٢ مارس ٢٠٢٦", "प्रकाशित: १२ मार्च २०२६"; a numeric date in a script's own
    digits day first: :func:`clipper.localdates.ascii_date_digits`)."""
    line = ascii_date_digits(line)
    if _DATELINE_YEAR.search(line) is None or _AMBIGUOUS_DATE.search(line) is not None:
        return None
    if matchers().dateline.search(line) is None:
        return None
    limit = (latest or datetime.now(UTC)).astimezone(UTC).replace(tzinfo=None)
    line = _DE_MONTH.sub(r"\1 \2 \3", _SPACED_DOTS.sub(r"\1.\2.\3", line))
    found = try_date_expr(line, "%Y-%m-%d", False, _EARLIEST, limit)
    if found is None and (digit := _FIRST_DIGIT.search(line)) is not None:
        # month names of other languages: htmldate's extensive search (dateparser) on the date
        # alone, without the words announcing it or the time after it ("às 10h30")
        year = _DATELINE_YEAR.search(line, digit.start())
        if year is not None:
            date = line[digit.start() : year.end()]
            found = try_date_expr(date, "%Y-%m-%d", True, _EARLIEST, limit)
    if found is None:
        # an abbreviated month before the day and a time after it ("Published Nov. 14, 2026
        # at 6:45 p.m. CST"): the local way of writing it, without the words announcing it
        local = local_date(matchers().dateline.sub(" ", line, count=1).strip(" :|·-–—"))
        if local is not None and str(_EARLIEST.date()) <= local[:10] <= str(limit.date()):
            found = local[:10]
    return str(found) if found else None


def _guess_title(
    candidates: list[str],
    body: list[str],
    opening: str | None = None,
    opening_needs_word: bool = False,
) -> str | None:
    """The headline among the head zone's ``candidates`` (short lines before the body).

    The dump's ``opening`` line, when the dump opens with its headline (a blank line sets it
    apart: :func:`_set_apart`; or it stands straight above its text: :func:`_runs_into_text`)
    and it has
    :data:`OPENING_MIN_WORDS` or more words, is the headline unless the page repeats another:
    a headline need share no word with its body (an inflected language's "Łódź" over "w
    Łodzi", "Казань" over "Казани"; a standfirst sharing more words stands below it), except
    one straight above a standfirst (``opening_needs_word``: a site's name over a headline
    is a line over a line too).  Other
    candidates count only when they share a word with the ``body`` (a weather widget's "Enter
    City and State or Zip Code", "powered by Ask": no title beats a furniture title); none
    left: None.
    Of those, a headline the page repeats (its <title>, <h1>, share text; also under a kicker
    of up to three words: "Europe |Trump Meets Putin" over "Trump Meets Putin", which wins)
    wins, the first of the most repeated; else the one whose words recur most in the first
    ``TITLE_BODY_LINES`` body paragraphs (per square root of its own words, so a long menu line
    does not win by size), preferring 3+ words, then the later one (nearer the body).  Words:
    :func:`_title_words`.

    Measured on real pages flattened to text dumps (titles exact after case and punctuation
    folding, head zone 16 → 30 lines with it): fundus-news-pages (tuned on) 0.256 → 0.473,
    readability-test-pages (confirmation) 0.142 → 0.260; with the labels, prompts, captions
    and repeated headlines found on the wire-syndication texts (bench/wire_titles.py), 0.484
    → 0.496 and 0.260 → 0.268 (bench/textdump.py, both checkouts in one command).  The
    kicker repeat, captions below a credit, bylines' and writers' names and the teaser list
    of step 1 (kinds found on the wire-syndication texts: 13 of their headlines changed, each
    from junk to the headline or to none, zerohedge's sidebar teaser on 6): fundus 0.496 →
    0.500, readability 0.268 → 0.268, and on the headlines the pages declare, zyte 0.514 →
    0.508 (one "Opinion | ..." headline now without its kicker), newspaper 0.525 → 0.525;
    no-headline shares unchanged (``bench/textdump_titles.py``); body F1 unchanged to three
    places on fundus, newspaper and readability (``bench/textdump.py``).  The opening line:
    see ``bench/textdump_headlines.py`` and the README's figures.
    """
    candidates = [c for c in candidates if not _not_a_headline(c)]
    if not candidates:
        return None
    if opening in candidates and _word_count(opening) < OPENING_MIN_WORDS:
        opening = None  # a kicker, section or site name over the headline ("World news")
    words_of = {c: set(_title_words(c)) for c in candidates}
    free = None if opening_needs_word else opening  # kept though it shares no word
    if body:
        # A word never spans a line break: the body's words are its lines' words.
        joined = "\n".join(body)
        folded = joined.casefold()
        if _UNSPACED_RUN.search(folded):
            everywhere = _title_word_set(joined)
            candidates = [c for c in candidates if c == free or words_of[c] & everywhere]
        else:
            candidates = [
                c for c in candidates if c == free or _has_a_word(folded, words_of[c])
            ]
        if not candidates:
            return None
    counts = Counter(_key(c) for c in candidates)
    # a headline the page repeats under a kicker ("Europe |Trump Meets Putin" over the line
    # "Trump Meets Putin"): a repeat of it, and the line without the kicker is the headline
    for c in candidates:
        tail = _kicker_tail(c)
        if tail is not None and _key(tail) in counts and _key(tail) != _key(c):
            counts[_key(tail)] += 1
    most = max(counts.values())
    if most > 1:  # a headline the page repeats (its <title>, <h1>, share text): the first
        return next(c for c in candidates if counts[_key(c)] == most)
    if opening in candidates:
        return opening
    scope = _title_word_set("\n".join(body[:TITLE_BODY_LINES]))

    def rank(item: tuple[int, str]) -> tuple[float, bool, int]:
        index, line = item
        own = words_of[line]
        shared = len(own & scope) / len(own) ** 0.5 if own else 0.0
        return shared, len(line.split()) >= 3, index

    return max(enumerate(candidates), key=rank)[1]


TITLE_BODY_LINES = 3
# The dump's first line is its headline when it is a headline candidate of at least this many
# words; a shorter one is a kicker, section or site name over the headline ("World news").
OPENING_MIN_WORDS = 3
# ... and when a blank line sets it apart (right below it, or below a dateline or byline under
# it), as a scraper writes "headline, blank line, text".  Without that, a first line with the
# body within 3 lines below was taken too, and a record's or a flattened page's first line is
# its site's name or a share bar as often as its headline: 34 of the 680 wire-syndication
# records changed headline, nearly all to such lines ("The Boston Globe", "FacebookEmail
# Twitter Google+ LinkedIn Pinterest", "Sunday, Jul 15th 2018 5-Day Forecast"), and 9 of the
# 707 flattened pages of bench/textdump_titles.py lost theirs.  Straight above its text, it is
# the headline only as :func:`_runs_into_text` says: fundus-news-pages' headlines written
# straight above their standfirsts and bodies (tuned on), right 230 → 247 of 258 (without the
# text right below a standfirst, a flattened page's masthead date line over a 9-word line was
# taken; with one paragraph below, a paywall prompt over its paragraph); 3 of the wire records
# changed, each from a video's or a subhead's title to the page's headline.


def _runs_into_text(
    lines: list[str], words: list[int], first_body: int, below: str | None
) -> bool:
    """Whether the dump's first kept line ``lines[0]`` (``words`` each) stands straight above
    its text, no blank line between (a byline or dateline aside), as a scraper writes
    "headline, text": the line right below it in the dump (``below``, normalised:
    :func:`_line_below`) is the next line kept, and it is the first of two body paragraphs
    (``first_body`` 1), or a standfirst (:func:`_is_standfirst`) with the body right below it,
    of :data:`STANDFIRST_MIN_WORDS` or more words and at least as many as the first line, or
    shorter than the first line (a headline over its summary or subhead, which shares more
    words with the body and was taken for the headline).  A furniture line dropped between
    ("Advertisement", "Scroll to top of page") or a short line below a shorter one (a site's
    name or a section over a headline: "Gold and Precious Metals") makes it no headline by
    position."""
    if len(lines) < 2 or below != lines[1]:
        return False
    if first_body == 1:
        # the text, not a lone prompt paragraph ("Keine vollständige Leseberechtigung" over
        # "Um alle Artikel ... lesen zu können, bestellen Sie ..."): two paragraphs
        return len(lines) > 2 and all(_is_body_paragraph(lines[i], words[i]) for i in (1, 2))
    if first_body != 2 or not _is_standfirst(lines[1], words[1]):
        return False
    return words[1] < words[0] or words[1] >= max(STANDFIRST_MIN_WORDS, words[0])


def _line_below(read: list[str], number: int, latest: datetime | None) -> str | None:
    """The line right below the dump's first line ``read[number]``, normalised, past a byline
    ("By Ann Reed") or a dateline under it (at most two); None at the dump's end."""
    for below in read[number + 1 : number + 4]:
        line = normalise_line(below)
        n = _word_count(line) if line else 0
        if line and n <= 12 and line.startswith("By ") and is_furniture(line, n):
            continue
        if line and n <= _DATELINE_MAX_WORDS and _dateline(line, latest) is not None:
            continue
        return line
    return None


def _is_standfirst(line: str, n_words: int) -> bool:
    """A head-zone line shaped like a standfirst or subhead: two words or more, not ending a
    sentence except with a question or exclamation mark, not shaped like a byline, credit,
    caption, prompt or date line (:func:`_not_a_headline`)."""
    return (
        n_words >= 2
        and (SENTENCE_END.search(line) is None or line.endswith(("?", "!")))
        and not _not_a_headline(line)
    )


def _set_apart(read: list[str], number: int, latest: datetime | None) -> bool:
    """Whether a blank line follows the dump's first line ``read[number]``, right below it or
    below a dateline or furniture line (a byline) under it."""
    if number + 1 >= len(read):
        return False
    below = normalise_line(read[number + 1])
    if not below:
        return True
    if number + 2 >= len(read) or read[number + 2].strip():
        return False
    n = _word_count(below)
    return is_furniture(below, n) or (
        n <= _DATELINE_MAX_WORDS and _dateline(below, latest) is not None
    )
def _kicker_tail(line: str) -> str | None:
    """``line`` after a kicker (:data:`_KICKER`), or None when it has none."""
    kicker = _KICKER.match(line)
    return line[kicker.end() :] if kicker is not None and kicker.end() < len(line) else None


# A section kicker before a headline: up to three words, then a bar, colon or dash.
_KICKER = re.compile(r"^[^\s|:–—-]+(?: [^\s|:–—-]+){0,2}\s*(?:\||:\s|\s[-–—]\s)\s*")

# Head-zone lines shaped like something else than a headline (checked on the wire-syndication texts,
# whose records carry no title: 84 guessed titles held a time, a year, "by", a prompt or a credit,
# and 72 of them were one of these): a byline ("By Ann Reed - The Daily - Monday, July 16, 2018",
# "by TDB - Jul 15, 2018 2:37 pm", "Authored by Jane Doe via Medium.com,"); a tweet's attribution
# ("— Jane Doe (@janedoe) July 16, 2018"); a photo credit ("AFP PHOTO / …", "…/AFP/Getty Images");
# an imperative prompt ("Subscribe to Breaking News emails", "Get breaking news alerts from X"); a
# share bar ("fbShare Tweet gShare Email"); a label ending with a colon ("AUDIE CORNISH, HOST:");
# and a date line: at most two words left once dates, times, days, months, time zones and
# "published"/"updated" are taken out ("6:30 am CDT, Monday, July 16, 2018", "Associated Press
# Monday, July 16, 2018").
_NOT_HEADLINE = re.compile(
    r"^(?:authored )?by\b[:\s]|^[—–-]\s|\(@\w+\)|getty images|\bphotos?\s*/"
    r"|/\s*(?:afp|ap|reuters|epa)\b"
    r"|\(ap photo|:$"
    r"|^(?:get|subscribe|sign up|download|follow|join)\b.*\b(?:alerts?|e-?mails?|newsletters?"
    r"|app|notifications?|podcasts?)\b"
    r"|(?:(?:share|tweet|e-?mail|print)\b.*){3}"
    # a widget's or a site's label, cut from the link it heads ("Yahoo View •", "Reuters India•",
    # "CBS News Videos •", "USA Today•", "Justin Caruso |"), or a section label said twice
    # ("World World": its link and its heading)
    r"|[•|]$|^[•|]|^(\w+) \1$"
    # a comment-policy or help prompt ("To find out more about Facebook commenting please read
    # the Conversation Guidelines and FAQs", "Please enable cookies to comment")
    r"|\bplease (?:read|see|note|click|enable|log|sign|refer)\b"
    r"|\bcomment(?:ing|s)?\b.*\b(?:guidelines|policy|faqs?)\b"
    # a byline with the writer's post ("Jane Roe | Senior Media Reporter"); a widget's own
    # line ("Enlarge this image", a weather box's "powered by Ask", "Enter City and State or
    # Zip Code")
    r"|\|\s*(?:\w+ ){0,2}(?:reporter|editor|correspondent|writer|contributor|columnist)$"
    r"|^(?:enlarge|expand) this (?:image|photo)$|^powered by\b|\bzip code$"
    # a video player's teaser, its clip's length after it ("Watch Trump and Putin speak ahead
    # of summit 04:45", "Remnick: Putin wants to 'throw US off balance' 08:28": CNN's
    # wire-syndication records without a title took them as their headline)
    r"|\s(?:\d{2}|\d{1,2}:\d{2}):\d{2}$",
    re.IGNORECASE,
)


_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b\.?"
    r"|\b[ap]\.?m\.?\b|\b\d[\d:./,]*(?:[ap]m)?\b|\b(?:[A-Z]{1,2}[SDT]T|ET|UTC|GMT)\b"
    r"|\b(?:published|updated|posted|at|on|local|time)\b",
    re.IGNORECASE,
)
_LETTERS = re.compile(r"[^\W\d_]{2,}")


_BYLINE = re.compile(r"by\b[:\s]", re.IGNORECASE)


def _junk_title(title: str) -> bool:
    """Whether a title a scraper gave is no headline: a furniture line of the language tables
    ("Subscribe", "Print", a share bar), a byline, a time or date alone.  (Not the headline
    guess's caption and label shapes: 3 of Fundus's 258 headlines look like captions.)"""
    line = normalise_line(title)
    if not line or is_furniture(line, _word_count(line)) or _BYLINE.match(line):
        return True
    # a time or date alone ("8:00 AM ET", "12 Jan 2024"), not "2024 in review"
    letters = [ch for ch in _DATE_WORDS.sub(" ", line) if ch.isalpha()]
    return any(ch.isdigit() for ch in line) and len(letters) <= 4


# The section names of a site's menu ("Home Local Schools Business Sports"), in the languages
# of the furniture tables' most common sites, folded (casefold, no accents).
_MENU_WORDS = frozenset(
    {
        "home", "news", "local", "world", "national", "international", "nation", "politics",
        "business", "economy", "money", "sports", "sport", "opinion", "opinions", "editorial",
        "editorials", "entertainment", "arts", "culture", "life", "lifestyle", "living",
        "health", "science", "tech", "technology", "weather", "obituaries", "obits", "schools",
        "education", "crime", "community", "features", "events", "video", "videos", "photos",
        "podcasts", "classifieds", "jobs", "autos", "travel", "food", "region", "regional",
        "state", "metro", "markets", "about", "contact", "subscribe", "search", "menu",
        "inicio", "portada", "noticias", "nacional", "mundo", "politica", "economia",
        "deportes", "espectaculos", "sociedad", "salud", "tecnologia", "ciencia", "estado",
        "municipios", "clima", "cultura", "educacion", "policiaca", "brasil", "esportes",
        "opiniao", "entretenimento", "saude", "cidades", "educacao", "startseite",
        "nachrichten", "politik", "wirtschaft", "kultur", "panorama", "meinung", "wissen",
        "lokales", "accueil", "actualites", "politique", "societe", "monde", "regions",
        "cronaca", "esteri", "spettacoli", "attualita",
    }
)
# A one-line menu has this many section names or more, and nothing else.
MENU_LINE_WORDS = 4


def _menu_line(line: str) -> bool:
    """Whether ``line`` is a site's menu flattened to one line: :data:`MENU_LINE_WORDS` or more
    words, each capitalised and a section name (:data:`_MENU_WORDS`), no punctuation.  A
    Common Crawl WET record opens with one ("Home Local Schools Business Sports"), which was
    taken for the headline when it shared no word with the text (newcomer 20)."""
    words = line.split()
    if len(words) < MENU_LINE_WORDS or not all(word[:1].isupper() for word in words):
        return False
    folded = (
        "".join(
            char
            for char in unicodedata.normalize("NFKD", word.casefold())
            if not unicodedata.combining(char)
        )
        for word in words
    )
    return all(word in _MENU_WORDS for word in folded)


def _not_a_headline(line: str) -> bool:
    """A head-zone line shaped like a byline, credit, prompt, label, date line
    (:data:`_NOT_HEADLINE`), a photo caption (:func:`clipper.captions.is_caption`) or a menu
    on one line (:func:`_menu_line`), never a headline guess."""
    if _NOT_HEADLINE.search(line) or is_caption(line) or _menu_line(line):
        return True
    if not any(ch.isdigit() for ch in line):
        return False
    return len(_LETTERS.findall(_DATE_WORDS.sub(" ", line))) <= 2


def _title_words(line: str) -> list[str]:
    """Words of 4+ letters; a run of a script written without spaces (clipper.scripts) gives
    its character bigrams instead (a Chinese headline shares bigrams, not "words", with its
    body)."""
    return _title_terms(word_runs(line.casefold()))


def _title_word_set(text: str) -> set[str]:
    """``set(_title_words(text))``, each distinct word looked at once."""
    folded = text.casefold()
    distinct = set(word_runs(folded))
    if _UNSPACED_RUN.search(folded):
        return set(_title_terms(distinct))
    return {word for word in distinct if len(word) > 3 or not word.isascii()}


def _has_a_word(folded: str, words: Iterable[str]) -> bool:
    """Whether one of ``words`` (each a :func:`clipper.scripts.word_runs` word) is a whole
    word of ``folded``: what ``words & _title_word_set(folded)`` says for a text without a
    script written without spaces, from a substring search per word instead of every word of
    the text (a dump's body; 0.1 ms a one-day record)."""
    end_of = len(folded)
    for word in words:
        at = folded.find(word)
        while at >= 0:
            end = at + len(word)
            if _starts_a_word(folded, at) and (
                end == end_of or not (_is_word_char(folded[end]) or has_mark(folded[end]))
            ):
                return True
            at = folded.find(word, at + 1)
    return False


def _starts_a_word(folded: str, at: int) -> bool:
    """Whether no word runs on into ``folded[at]`` from before: the character before is no
    word character, nor a combining mark that follows one (a word's marks; a mark after a
    space or a symbol belongs to no word)."""
    before = at - 1
    while before >= 0 and has_mark(folded[before]):
        before -= 1
    return before < 0 or not _is_word_char(folded[before])


def _is_word_char(char: str) -> bool:
    """What ``\\w`` matches in a ``str`` pattern: a letter, digit or number, or "_"."""
    return char.isalnum() or char == "_"


def _title_terms(words: Iterable[str]) -> list[str]:
    out: list[str] = []
    for word in words:
        if _UNSPACED_RUN.search(word):
            for run in _UNSPACED_RUN.findall(word):
                out += [run[i : i + 2] for i in range(max(len(run) - 1, 1))]
        elif len(word) > 3 or not word.isascii():
            out.append(word)
    return out


_UNSPACED_RUN = re.compile(f"[{UNSPACED}]+")


# Navigation menus: runs of at least MENU_RUN lines of at most MENU_WORDS words, none ending a
# sentence (section names: "Home", "Sport", "Kultur", "Kontakt" ...).  Measured with
# bench/textdump.py (real pages flattened to dumps): on fundus-news-pages, where it was chosen
# among runs of 4-8 lines of 2-4 words, F1 0.701 -> 0.776; confirmed on newspaper-article-pages
# 0.548 -> 0.603 and readability-test-pages 0.811 -> 0.828; recall moves by at most 0.008.
MENU_RUN = 5
MENU_WORDS = 4


def _menu_runs(lines: list[str], words: list[int]) -> set[int]:
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


def _in_box(lines: list[str], i: int) -> bool:
    """Whether line ``i`` of the head zone follows a box heading (only list items between)."""
    j = i - 1
    while j >= 0 and _LIST_ITEM.match(lines[j]):
        j -= 1
    return j >= 0 and _BOX_HEADING.fullmatch(lines[j]) is not None
