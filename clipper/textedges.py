"""What opens or ends a page's text and is the capture's, not the article's: a dateline
standing as a paragraph above the text, a label ending the text over what it does not hold, and
a cookie-consent banner opening or ending it.

One capture of a page prints its dateline ("Santa Cruz de Tenerife, 3 de diciembre de 2026 -
10:05 h", "03.12.2026, 08:40 Uhr", "Πέμπτη, 3 Δεκεμβρίου 2026, 13:45") as the text's first
paragraph, another (the AMP copy, a reader view) under the headline or not at all; kept, the two
are two versions of one page though the outlet changed nothing (newcomer 24's finding 9).  The
page's date is read from the extracted text before these lines go
(:func:`clipper.htmldatelines.text_date`), so the dateline is still the page's date: it is kept
as the page's ``published``, not as a paragraph (:func:`drop_opening_datelines`).  Versions
stored before compare without them (:func:`clipper.versionchanges.as_compared`,
:func:`is_dateline`).
A date alone, without its time of day ("28 December 2014", "24. Dezember 2014", "Sonntag, 28.
Dezember 2014", "2014年12月28日"), standing among those first lines is the page's date line as
well (:func:`is_date_alone`; extract46: newspaper4k's cricket.com.au and vogue.de pages kept it
as their text's first or second paragraph, which their reference texts do not hold).

A dateline ending the text below its last sentence is the page's too
(:func:`drop_closing_datelines`).

A tag list ending the text ("- Filed under:" over "- gwyneth paltrow", "- Etiketler :" over "-
Spor", "- Futbol") is the page's, not the article's: its label alone on a line (the language
tables' ``tag_labels``), then only tags (:func:`drop_closing_tags`).

A text ending with a short label over an embed ("WATCH:", "MIRA:", "ASSISTA:", "Listen:": a video
or a podcast the text does not hold; Fundus#367) ends with the paragraph before it
(:func:`drop_closing_label`).
"""

from __future__ import annotations

import re

from clipper.furniture.compiled import matchers
from clipper.furniture.consent import consent_lines
from clipper.kanjinumerals import digit_dates
from clipper.localdates import common_era
from clipper.scripts import count_words, words_in

__all__ = [
    "CLOSING_LABEL_WORDS",
    "DATELINE_MAX_WORDS",
    "DATE_LINE_MAX_WORDS",
    "OPENING_LINES",
    "date_words",
    "drop_closing_datelines",
    "drop_closing_label",
    "drop_closing_tags",
    "drop_edge_consent",
    "drop_opening_datelines",
    "is_date_alone",
    "is_date_line",
    "is_dateline",
    "is_stamp_line",
]

# A paragraph that is only a dateline: at most this many words holding a year (or a numeric
# date) and a time of day ("03.12.2026, 08:40 Uhr", "joi, 3 decembrie 2026, 09:12", "Santa
# Cruz de Tenerife, 3 de diciembre de 2026 - 10:05 h", "Publié le 3 décembre 2026 à 8h12"):
# one capture of a page prints it as a paragraph, another under the headline or not at all.
DATELINE_MAX_WORDS = 12
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A time of day: "08:40", "14h30", "14.40"; a Chinese, Japanese or Korean hour ("17時20分",
# "午後2時", "14点30分", "14시 30분"; not "2時間", hours: newcomer 49b, NHK's "2026年12月7日
# 17時20分" stayed as its text's first line)
_TIME = re.compile(
    r"(?<!\d)\d{1,2}(?::|h|\.)\d\d(?!\d)|(?<!\d)\d{1,2}\s*[時时点點시](?![間间])(?:\s*\d{1,2}\s*[分분])?"
)
# The unit a Chinese, Japanese or Korean date writes after each of its numbers ("2026年12月7日
# 17時20分"): a word with its number, not one of its own (an unspaced script's characters are
# counted as words: clipper.scripts.words_in, which made NHK's date line ten words)
_DATE_UNIT = re.compile(r"(?<=\d)\s*[年月日時时分秒点點년월일시분초]")
# Thai's "o'clock" after a time ("10:30 น."): its dot ends no sentence.  A Thai dateline's year
# is of the Buddhist Era ("4 ธ.ค. 2569 10:30 น.": :func:`clipper.localdates.common_era`).
_THAI_CLOCK = re.compile(r"\d\s*น\.$")
_DIGIT = re.compile(r"\d")
# A paragraph that is only a date without a time of day: at most this many words (a weekday, a
# place or a posting label before it: "Publié le dimanche 28 décembre 2014" is 6, "2014年12月28日
# 星期日" 8); a headline or a sentence naming a date ("Dec. 28, 2014: Ferry sinks off the coast")
# is no date line (clipper.linedates.line_date reads none in it).
DATE_ALONE_WORDS = 8
# A label ending a text over an embed: this many words at most, ending with a colon.
CLOSING_LABEL_WORDS = 3
# A tag in a tag list: a name or a phrase of at most this many words, ending no sentence.
TAG_ITEM_WORDS = 6
_SENTENCE_STOP = (".", "!", "?", "。", "！", "？")
# Where a dateline paragraph stands: among the text's first lines, above its first sentence.
OPENING_LINES = 3


def date_words(paragraph: str) -> int:
    """:func:`clipper.scripts.words_in` of ``paragraph`` with a Chinese, Japanese or Korean
    date's units written as part of their numbers (:data:`_DATE_UNIT`: "2026年12月7日 17時20分"
    is five words, as "7.12.2026 17:20" is two, not ten)."""
    return words_in(_DATE_UNIT.sub(" ", paragraph))


def is_dateline(paragraph: str) -> bool:
    """Whether ``paragraph`` is only a dateline (:data:`DATELINE_MAX_WORDS` words at most,
    holding a year and a time of day, no sentence's full stop at its end)."""
    stripped = paragraph.strip()
    return (
        date_words(stripped) <= DATELINE_MAX_WORDS
        and (not stripped.endswith(".") or _THAI_CLOCK.search(stripped) is not None)
        and _YEAR.search(common_era(stripped)) is not None
        and _TIME.search(stripped) is not None
    )


def is_date_alone(paragraph: str) -> bool:
    """Whether ``paragraph`` is only a date, with or without its time of day: at most
    :data:`DATE_ALONE_WORDS` words (:func:`clipper.scripts.words_in`), no full stop at its
    end, and a date the date readers read whole, as a record's date field is read
    (:func:`clipper.linedates.line_date`: month names of the date tables' languages and of the
    page's, numeric dates in any script's digits, a weekday, place or posting label before
    it).  "28 December 2014", "24. Dezember 2014", "٣ كانون الأول ٢٠٢٦" are; "On 28 December
    2014 the ferry sank" and "December 2014" are not.  A date in Chinese or Japanese numerals
    is measured as its digits ("令和八年十二月七日 午後二時三十分":
    :func:`clipper.kanjinumerals.digit_dates`)."""
    stripped = digit_dates(paragraph.strip())
    if (
        date_words(stripped) > DATE_ALONE_WORDS
        or stripped.endswith(".")
        or _DIGIT.search(stripped) is None
    ):
        return False
    # htmldate's date parsers: imported when a page is cleaned, not when show starts
    from clipper.linedates import line_date

    return line_date(stripped) is not None


# What parts a publication stamp from its update's on one line ("Publié le 06/12/2026 à 14h20 |
# Mis à jour le 06/12/2026 à 18h05", "Published 6 Dec 2026, 14:20 · Updated 18:05")
_STAMPS_APART = re.compile(r"\s+[|·•]\s+|\s+[–—]\s+(?=\D)")
# At most this many words in a line that is only a date ("ኅዳር 27 ቀን 2019 ዓ.ም", "26 جمادى
# الآخرة 1448", "5 December 2026"), its place and its agency's credit in brackets before and
# after it ("አዲስ አበባ፣ ኅዳር 27፣ 2019 (ኤፍ ቢ ሲ)")
DATE_LINE_MAX_WORDS = 8
# A place before a date line's date, with its comma (Latin, Arabic, Ethiopic)
_PLACE_BEFORE = re.compile(r"^(?P<place>[^\d,،፣]{2,40}?)\s*[,،፣]\s*(?=\S)")
# A credit in brackets ending a date line: "(ኤፍ ቢ ሲ)", "(AFP)", "(Xinhua)"
_CREDIT_AFTER = re.compile(r"\s*[(（][^()（）\d]{1,30}[)）]\s*$")


def is_stamp_line(paragraph: str) -> bool:
    """Whether ``paragraph`` is a publication stamp and its update's on one line, parted by a
    bar, a dot or a dash, each a dateline (:func:`is_dateline`: "Publié le 06/12/2026 à 14h20 |
    Mis à jour le 06/12/2026 à 18h05"): counted whole, it holds more words than one dateline
    may (newcomer 46, finding 2: the French line stayed as the text's first paragraph)."""
    parts = _STAMPS_APART.split(paragraph.strip())
    return len(parts) > 1 and all(is_dateline(part) for part in parts)


def is_date_line(paragraph: str) -> bool:
    """Whether ``paragraph`` is only a whole date (day, month, year) in any calendar clipper
    reads (:func:`clipper.read.declareddates.declared_date`: "5 December 2026", Ethiopian "ኅዳር
    27 ቀን 2019 ዓ.ም", lunar Hijri "26 جمادى الآخرة 1448"), a place CLDR names before it and an
    agency's credit in brackets after it allowed ("አዲስ አበባ፣ ኅዳር 27፣ 2019 (ኤፍ ቢ ሲ)"), in at
    most :data:`DATE_LINE_MAX_WORDS` words; a line :func:`is_dateline` or
    :func:`is_stamp_line` reads is one too, and a Japanese portal's yearless stamp ("12/7(月)
    14:30配信": :func:`clipper.yearlessdates.japanese_stamp`).  At a text's edge such a line is
    the page's (newcomer 46, finding 2: Amharic, Arabic and isiZulu ones stayed as the first
    paragraph, so word-for-word copies looked trimmed)."""
    from clipper.placenames import is_place_name
    from clipper.read.declareddates import declared_date
    from clipper.yearlessdates import japanese_stamp

    stripped = paragraph.strip()
    if is_dateline(stripped) or is_stamp_line(stripped) or japanese_stamp(stripped) is not None:
        return True
    stripped = stripped.removesuffix(".") if stripped.endswith("ም.") else stripped  # "ዓ.ም."
    if date_words(stripped) > DATE_LINE_MAX_WORDS or stripped.endswith((".", "。", "።")):
        return False
    if not any(ch.isdigit() for ch in stripped):
        return False
    stripped = _CREDIT_AFTER.sub("", stripped)
    placed = _PLACE_BEFORE.match(stripped)
    if placed is not None and is_place_name(placed["place"].strip(), None):
        stripped = stripped[placed.end() :]
    date, _ = declared_date(stripped)
    return date is not None and len(date) >= 10


def drop_opening_datelines(lines: list[str]) -> list[str]:
    """``lines`` without the datelines (:func:`is_dateline`), dates alone
    (:func:`is_date_alone`) and date lines (:func:`is_date_line`: a date of another calendar,
    a place's date line with its credit, a publication stamp beside its update's) among their
    first :data:`OPENING_LINES` lines above the first sentence
    (:func:`clipper.postclean.is_prose`); a text that is nothing but datelines is kept."""
    from clipper.postclean import is_prose

    opening: set[int] = set()
    for i, line in enumerate(lines[:OPENING_LINES]):
        # a date line first: Thai's ends with its clock's dot ("14:30 น."), which reads as a
        # sentence's full stop
        if is_date_line(line) or is_date_alone(line):
            opening.add(i)
        elif is_prose(line):
            break
    if not opening or len(opening) == len(lines):
        return lines
    return [line for i, line in enumerate(lines) if i not in opening]


def drop_closing_datelines(lines: list[str]) -> list[str]:
    """``lines`` without the datelines and date lines (:func:`is_date_line`: "04/12/2026 12:15",
    "4 de dezembro de 2026, às 15h45", "5 December 2026") ending them below a sentence
    (:func:`clipper.postclean.is_prose`): the page's date line, which an extraction's retry
    read after the text (newcomer 39b, finding 1: an Italian teaser's "04/12/2026 12:15"
    stored as its last paragraph), not the article's; a text that is nothing but datelines is
    kept."""
    from clipper.postclean import is_prose

    end = len(lines)
    while end > 1 and is_date_line(lines[end - 1]):
        end -= 1
    if end == len(lines) or not is_prose(lines[end - 1]):
        return lines
    return lines[:end]


def drop_closing_label(lines: list[str]) -> list[str]:
    """``lines`` without a last line of at most :data:`CLOSING_LABEL_WORDS` words ending with a
    colon ("WATCH:", "Listen to the podcast:") below a sentence
    (:func:`clipper.postclean.is_prose`): it introduces an embed the text does not hold."""
    from clipper.postclean import is_prose

    if (
        len(lines) >= 2
        and lines[-1].rstrip().endswith((":", "："))
        and count_words(lines[-1]) <= CLOSING_LABEL_WORDS
        and is_prose(lines[-2])
    ):
        return lines[:-1]
    return lines


def drop_closing_tags(lines: list[str]) -> list[str]:
    """``lines`` without a tag list ending them: a tag list's label alone on its line
    (:meth:`clipper.furniture.compiled.Matchers.is_tag_label`: "Tags:", "- Filed under:",
    "Schlagwörter", "- Etiketler :") below the text's first line, and after it only tags, at
    least one (lines of at most :data:`TAG_ITEM_WORDS` words ending no sentence).  A label
    with its tags on its line ("Tags: eu, housing", which the extraction sets' reference texts
    keep as "Topics: …"), a label between paragraphs and a label over a sentence stay."""
    end = len(lines)
    start = end
    while (
        start > 1
        and words_in(lines[start - 1]) <= TAG_ITEM_WORDS
        and not lines[start - 1].rstrip().endswith(_SENTENCE_STOP)
        and not matchers().is_tag_label(lines[start - 1])
    ):
        start -= 1
    label = start - 1
    if start == end or label < 1 or not matchers().is_tag_label(lines[label]):
        return lines
    return lines[:label]


def drop_edge_consent(lines: list[str]) -> list[str]:
    """``lines`` without a cookie-consent banner (:func:`clipper.furniture.consent.consent_lines`)
    opening or ending them: a banner inside the article's box whose class the extractor does
    not know as a banner's (``<div class="gdpr">``: newcomer 24's Italian "Questo sito
    utilizza cookie … acconsenti all'uso dei cookie" stored as a paragraph, then told by the
    digest as "1 paragraph added").  The run dropped must hold a line naming cookies (the
    tables' ``consent_terms``) in the site's voice (``consent_context``), or a consent
    framework's purpose (``consent_purposes``, its purposes list): an article's last
    sentence on privacy in the speaker's voice ("Privacy … is embedded in who we are", a Zyte
    page) or a heading naming a cookie ("'GMA' Cookie Search:", Readability's yahoo-3) is no
    banner.  A banner between paragraphs
    stays: a sentence about cookies in an article may read as one; a text that is all banner
    is kept (a consent wall, :func:`clipper.notices.consent_wall`, says so)."""
    banner = consent_lines(lines, [count_words(line) for line in lines])
    if not banner:
        return lines
    start, end = 0, len(lines)
    while start < end and start in banner:
        start += 1
    while end > start and end - 1 in banner:
        end -= 1
    if start >= end:
        return lines
    m = matchers()

    def says_cookies(run: list[str]) -> bool:
        return any(
            (m.consent_term.search(x) and m.consent_context.search(x))
            # a consent tool's purposes list: the framework's own words (newcomer 32)
            or (m.consent_purpose is not None and m.consent_purpose.search(x))
            for x in run
        )

    head = start and says_cookies(lines[:start])
    tail = end < len(lines) and says_cookies(lines[end:])
    return lines[start if head else 0 : end if tail else len(lines)]
