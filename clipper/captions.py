"""Photo captions: lines a scraper kept from a picture's caption, alt text or credit, which are
neither a headline nor an article's opening paragraph.

:func:`is_caption` is used by the text-dump headline guess (:mod:`clipper.textdump`) and by the
digest's lead paragraph (:mod:`clipper.digest.collect`).  Shapes checked on the
wire-syndication texts (July 2018, 75+ US outlets, no titles): ``bench/wire_titles.py``.
"""

from __future__ import annotations

import re

from clipper.scripts import words_in

# A news photo's caption, as agencies write them and scrapers keep them above the story: a
# sentence naming the day in full mid-line ("... arrives in Helsinki, Finland, Sunday, July
# 15, 2018, on the eve of ...", AP's and Reuters' caption style) or ending with a video's date
# and source ("... (July 15) AP").  A headline gives no weekday and full date in a long line;
# "President's schedule Monday, July 16, 2018" (8 words) is a headline.
_CAPTION = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day,? (?:jan|feb|mar|apr|may|jun|jul|aug|sep"
    r"|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}\b"
    r"|\((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\)"
    r"\s*(?:ap|afp|reuters)?$",
    re.IGNORECASE,
)
CAPTION_MIN_WORDS = 14

# A photo caption's credit (case kept: the credit is a name): "... in Helsinki.Evan
# Vucci/Associated Press", "Zbigniew Bzdak / Chicago Tribune", "(Sabra Ayres / Los Angeles
# Times)" (a name, a slash, an outlet: ending the line); "... in Finland. Reuters", "... 1961.
# Bettmann Archive" (a sentence, then a credit of at most four capitalised words); "... on
# Monday in Finland. (CBS)" (a sentence, then a parenthesised outlet in capitals); and the
# position marks of a caption ("Vladimir Putin (L) and Donald Trump").
_PHOTO_CREDIT = re.compile(
    r"(?:^|[\s.(])[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\s?/\s?[A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*){0,3}\)?$"
    r"|(?<=[a-z\d])[.!?]\s*[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}$"
    r"|[.!?]\s*\([A-Z]{2,}\)$"
    r"|\((?:[LRC]|left|right|cent(?:er|re)|(?:second|third) from (?:left|right))\)"
)

# A credit on its own line, in parentheses: "(Jane Roe/Lehtikuva via AP)", "(Jon Vale/Pool
# Photo via AP, File)"; or labelled: "Media: Associated Press", "Photo credit: Jane Roe".
_CREDIT_LINE = re.compile(
    r"^\([^()]*(?:/|\bvia\b)[^()]*\)$|^(?:media|photo|image|picture|credit)s?(?: credit)?:",
    re.IGNORECASE,
)
# The caption style of AP and Reuters photos carried above a story: "In this June 30, 2013
# file photo, R. Kelly performs ...", "FILE - In this Nov. 11, 2017, photo, ...", "In this
# photo taken on ...", "FILE- This March 20, 2018, file photo shows ...".
_IN_THIS_PHOTO = re.compile(
    r"^(?:file(?: photo)?\s*[-–—:]?\s*)?(?:in )?this\b.{0,60}?\bfile (?:photo|image|picture)\b"
    r"|^(?:file(?: photo)?\s*[-–—:]\s*)?in this\b.{0,60}?\b(?:photo|image|picture|handout)\b",
    re.IGNORECASE,
)
# A gallery widget's word glued to the end of a caption: "... July 16, 2018. less",
# "... on Monday. hide caption".
_WIDGET_END = re.compile(
    r"[.!?)]\s+(?:less|more|hide caption|toggle caption|expand|enlarge this image)$",
    re.IGNORECASE,
)


def is_caption(line: str) -> bool:
    """Whether one line of text (whitespace normalised) is shaped like a photo caption: it
    carries a photo credit or a caption's position marks (:data:`_PHOTO_CREDIT`), is a credit
    alone (:data:`_CREDIT_LINE`), opens "In this ... photo" (:data:`_IN_THIS_PHOTO`), ends
    with a gallery widget's word (:data:`_WIDGET_END`), or names the day in full mid-line in
    a line of at least :data:`CAPTION_MIN_WORDS` words (:data:`_CAPTION`)."""
    if _PHOTO_CREDIT.search(line) or _IN_THIS_PHOTO.search(line) or _WIDGET_END.search(line):
        return True
    if _CREDIT_LINE.search(line):
        return True
    return words_in(line) >= CAPTION_MIN_WORDS and _CAPTION.search(line) is not None


# A photo's credit in brackets ending a line: "(AP Photo/Jane Roe)", "(Roni Rekomaa/Lehtikuva
# via AP)", "(Photo: Harbor Wire)", and the credit's name again after it, as pages print it
# under the photo ("(AP Photo/Markus Schreiber) Markus Schreiber AP").
_BRACKETED_CREDIT = re.compile(
    r"\((?:[^()]*[A-Za-z] ?/ ?[A-Z][^()]*"
    r"|[^()]*\b(?i:via|photo|photograph|image|credit)\b[^()]*)\)(?: [A-Z][\w.'’-]*){0,4}$"
)


def is_photo_caption(line: str) -> bool:
    """Whether a line is a photo caption by a photo's own marks: it opens "In this ... photo"
    (:data:`_IN_THIS_PHOTO`), ends with a gallery widget's word (:data:`_WIDGET_END`) or a
    bracketed credit (:data:`_BRACKETED_CREDIT`), or is a credit alone (:data:`_CREDIT_LINE`).
    Stricter than :func:`is_caption`, whose other shapes a story's own lines have too: a full
    date ("Headline Updated 7:32 am, Monday, July 16, 2018"), a sentence ending in capitalised
    words ("... lita 113. Advertisement"), a slash ("such as Taiwan/Chinese Taipei.").  What
    matching leaves out of a page (``clipper.fingerprint.match_view``)."""
    return bool(
        _IN_THIS_PHOTO.search(line)
        or _WIDGET_END.search(line)
        or _BRACKETED_CREDIT.search(line)
        or _CREDIT_LINE.search(line)
    )


def without_bracketed_credit(line: str) -> str:
    """``line`` without the bracketed photo credit ending it (:data:`_BRACKETED_CREDIT`:
    "... on Sunday. (Photo: Jane Roe/Vale Wire)"), stripped; ``line`` when it ends in none."""
    return _BRACKETED_CREDIT.sub("", line).rstrip()
