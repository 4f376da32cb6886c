"""A text dump's lines, one at a time: normalised (:func:`normalise_line`), counted in words
(:func:`word_count`), compared as headlines (:func:`line_key`), and judged page furniture
(:func:`is_furniture`: navigation, share bars, advertisements, icon names, relative times, bare
dates, photo credits, bylines, then the per-language tables of :mod:`clipper.furniture`) or a
body paragraph (:func:`is_body_paragraph`).  The rules :mod:`clipper.textdump`'s line cleaner,
:mod:`clipper.dumpheadlines` and :mod:`clipper.dumpdates` share.
"""

from __future__ import annotations

import functools
import re
import unicodedata

import regex

from clipper.furniture.compiled import Matchers, matchers
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.postclean import NOTICE_MAX_WORDS
from clipper.scripts import (
    SENTENCE_END,
    UNSPACED,
    count_words,
    unpunctuated_prose,
    word_runs,
)
from clipper.signoffs import agency_trailer

# Directional formatting characters (left-to-right and right-to-left marks U+200E/U+200F, the
# Arabic letter mark U+061C, embeddings and overrides U+202A-U+202E, isolates U+2066-U+2069):
# Arabic, Persian and Hebrew sites set them around a headline or at a paragraph's start, and
# kept in a stored title they broke an export's sorting and filtering in Excel (newcomer 27).
# They order the display of mixed scripts and carry no letter: the text reads the same without.
DIRECTION_MARKS = "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069"
_DIRECTION_MARK = re.compile(f"[{DIRECTION_MARKS}]")

# Zero-width characters and soft hyphens scrapers leave in text; and a zero-width joiner or
# non-joiner (U+200D, U+200C) that stands anywhere but between two letters or marks.  Between
# them it is the letters' shaping, which the writer typed: Bengali "র\u200d্যাব" (RAB: ra and
# ya-phala) is another glyph than "র্যাব" (reph over ya), Persian and Urdu "می\u200cشود" keeps
# its parts apart (newcomer 22: stored without them, show and export printed a word the paper
# did not).  Fingerprints, story terms and the search index fold them away on both sides
# (clipper.words, clipper.stories.vectors, clipper.searchtext.fold).
_INVISIBLE = regex.compile(
    f"[\u00ad\u200b\u2060\ufeff{DIRECTION_MARKS}]|"
    "(?<![\\p{L}\\p{M}])\u200c|\u200c(?![\\p{L}\\p{M}])"
    # a ZWJ also joins two pictographs into one emoji ("👨\u200d👩\u200d👧"; clipper.joiners)
    "|(?<![\\p{L}\\p{M}\\p{Extended_Pictographic}\\p{Emoji_Modifier}])\u200d"
    "|\u200d(?![\\p{L}\\p{M}\\p{Extended_Pictographic}])"
)

# Chinese/Japanese write no spaces: two of their characters count as one word.
_UNSPACED_CHAR = re.compile(f"[{UNSPACED}]")


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
# also signs off a wire story's last paragraph ("The talks resume on Tuesday. (AFP)"): a line
# of body length keeps it, and so does a shorter one the text's cleaner finds where a sign-off
# stands (:func:`agency_caption`, :func:`sign_off_shaped`; ``clipper.textdump``).  German,
# Spanish and Italian wires' bare credits ("(dpa)", "(EFE)", "(ANSA)") end no caption here: a
# line closing with one is kept wherever it stands.
_AGENCY_CREDIT = re.compile(r"\((?:AP|AFP|EPA|Reuters|Getty Images)(?:/[^()]{0,60})?\)$")
_CAPTION_MAX_WORDS = 30
# What stands before a closing credit in a sign-off: a sentence of at least 3 words, its end
# punctuated ("The talks resume on Tuesday."); a caption names what the photo shows, often
# without a stop ("Putin and Trump meet in 2017 during the G-20 gathering (AP)", "Carl
# Bernstein (AP)": the wire-syndication texts' 9 agency-credited lines, all captions).
_SIGN_OFF_MIN_WORDS = 3
_CLOSING_PARENTHESES = re.compile(r"\s*\([^()]*\)$")
# A photo's own line beside a caption: a gallery's counter or label, a labelled credit.
_PHOTO_LINE = re.compile(
    r"(?:image|photo|picture|video|gallery|fullscreen)s?|(?:image |photo )?\d+\s*(?:/|of)\s*\d+",
    re.IGNORECASE,
)


# A photo's credit written as a phrase ("Photo by Joan Roe", "Image courtesy of NASA"): kept in
# a dump, where it is a figure's caption as often (readability's reference texts keep five such
# lines of four pages; dropped with the labelled credits, readability's dumps scored 0.8290 ->
# 0.8288, bench/textdump.py); a labelled credit ("Foto: Jana Roth / dpa") goes.
_CREDIT_BY = re.compile(
    r"[(\[]?(?:[\w-]+ )?(?:photo(?:graph)?|image|picture|illustration)s? (?:by|courtesy|via)\b",
    re.IGNORECASE,
)


# Bylines as the furniture verdict reads them: a short line starting with "by" (any case)
# and a colon or a space ("By Jane Doe", "by TDB - Jul 15, 2018").  clipper.textdump once defined
# a stricter one here (capitalised names after "By") that the headline guess's, defined later in
# the same module under the same name, shadowed: this is the pattern the verdict has run with.
BYLINE = re.compile(r"by\b[:\s]", re.IGNORECASE)


def normalise_line(line: str) -> str:
    """NFC, no invisible characters, whitespace runs collapsed, stripped."""
    if line.isascii():
        return " ".join(line.split())
    return _normalised(line)


@line_memo(LINES_KEPT)
def _normalised(line: str) -> str:
    """:func:`normalise_line` of a line that is not ASCII, kept (a cleaned dump's lines are
    normalised three times: the line cleaner, the paywall check, the title tag's lines)."""
    line = " ".join(_INVISIBLE.sub("", line).split())
    return unicodedata.normalize("NFC", line)


def without_direction_marks(text: str) -> str:
    """``text`` without directional formatting characters (:data:`DIRECTION_MARKS`), any
    length, newlines kept; the zero-width joiner and non-joiner stay (Persian's "می\u200cشود")."""
    return _DIRECTION_MARK.sub("", text) if not text.isascii() else text


def word_count(line: str) -> int:
    """Words of a normalised line: spaces + 1, or :func:`clipper.scripts.count_words` when it
    holds a script written without spaces (Han, kana, Thai...)."""
    if not line.isascii() and _UNSPACED_CHAR.search(line):
        return count_words(line)
    return line.count(" ") + 1


def line_key(line: str) -> str:
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


def is_furniture(line: str, n_words: int, captions: bool = True) -> bool:
    """Whether a normalised line is page furniture on its own: the phrases above, or a skip
    link, share bar, paywall/login prompt, social or newsletter promotion, a site's notice to
    its reader (of at most ``NOTICE_MAX_WORDS`` words) or inline teaser of any language table
    (:mod:`clipper.furniture`); an inline teaser ("Read also: <headline>") never ends with a
    full stop, which keeps a body sentence that starts like one.  With ``captions`` False a
    line closing with a bare agency credit (:func:`agency_caption`) is not furniture on that
    count: the caller decides by where it stands."""
    if _furniture_verdict(line, n_words, matchers()):
        return True
    return captions and agency_caption(line, n_words)


def agency_caption(line: str, n_words: int) -> bool:
    """Whether a normalised line of ``n_words`` words (fewer than 30) closes with a bare
    agency credit, "(AP)", "(AFP)", "(EPA)", "(Reuters)", "(Getty Images)", or one with a
    photographer ("(AFP/Jane Roe)"): a photo's caption, or a wire story's short last paragraph
    signed by its agency (:func:`sign_off_shaped`)."""
    return (
        n_words < _CAPTION_MAX_WORDS
        and line.endswith(")")
        and _AGENCY_CREDIT.search(line) is not None
    )


def sign_off_shaped(line: str) -> bool:
    """Whether a normalised line's text before its closing parentheses is a sentence that
    signs off a story: at least 3 words, its end punctuated (``clipper.scripts.SENTENCE_END``:
    "The talks resume on Tuesday. (AFP)").  A line without closing parentheses: False."""
    bare = _CLOSING_PARENTHESES.search(line)
    if bare is None:
        return False
    sentence = line[: bare.start()]
    return SENTENCE_END.search(sentence) is not None and word_count(sentence) >= _SIGN_OFF_MIN_WORDS


def is_photo_line(line: str, n_words: int) -> bool:
    """Whether a normalised line of ``n_words`` words is a photo's own line, which makes a line
    beside it a caption: a gallery's label or counter ("Photo", "3 / 12", "Image 2 of 5"), a
    credit (the tables' photo credits, "(AP Photo/Jane Roe)" closing a line), or a line
    closing with a bare agency credit (:func:`agency_caption`)."""
    if n_words > _FURNITURE_MAX_WORDS:
        return False
    return (
        _PHOTO_LINE.fullmatch(line) is not None
        or _CAPTION_CREDIT.search(line) is not None
        or agency_caption(line, n_words)
        or matchers().is_photo_credit(line)
    )


@functools.lru_cache(maxsize=_FURNITURE_CACHE_LINES)
def _furniture_verdict(line: str, n_words: int, tables: Matchers) -> bool:
    """:func:`is_furniture` with the tables in use (a cached verdict belongs to them)."""
    if n_words <= _FURNITURE_MAX_WORDS and _FURNITURE.fullmatch(line):
        return True
    if n_words <= _TABLE_MAX_WORDS:
        if tables.is_line_furniture(line) or tables.is_promotion(line):
            return True
        if not line.endswith(".") and tables.teaser.fullmatch(line):
            return True
        if tables.is_timestamp(line):
            return True
        if tables.is_photo_credit(line) and not _CREDIT_BY.match(line):
            return True
        if tables.is_rights(line):
            return True  # a copyright notice: the page's footer
        if agency_trailer(line):
            return True  # "(APA/dpa/red)", "© dpa-infocom, dpa:261203-99-123456/3"
    if n_words <= NOTICE_MAX_WORDS and _site_notice(line, tables):
        return True  # as in an HTML page's text: "Síguenos en WhatsApp …", a browser notice
    if n_words <= 12 and BYLINE.match(line) and not SENTENCE_END.search(line):
        return True
    if not line.endswith(")"):
        return False
    return _CAPTION_CREDIT.search(line) is not None


def _site_notice(line: str, tables: Matchers) -> bool:
    """Whether ``line`` holds a site's notice to its reader (the tables' ``notices``: its
    browser, subscription, an appeal to support the site, a prompt to follow it on a messaging
    channel or to follow a topic), which the HTML post-clean drops too
    (:func:`clipper.postclean.drop_furniture_lines`): a record's text field (news-please
    ``maintext``, newspaper4k ``text``, a CSV's ``text`` column) is cleaned here, and kept the
    prompt its site's HTML page lost (newcomer 22)."""
    may = tables.notice_lines([line])
    return (may is None or bool(may)) and tables.is_site_notice(line)


def is_body_paragraph(line: str, n_words: int, min_words: int = 15) -> bool:
    if n_words >= 30:
        return True
    return n_words >= min_words and (
        SENTENCE_END.search(line) is not None or unpunctuated_prose(line, n_words)
    )
