"""Bylines standing in a page's text as lines of their own ("Von Nina Magoley" under WDR's
standfirst, "Par Denis Loctier", "Por Emily Anthes y Jonathan Corum", "di Viviana Mazza", Arabic
"كتب: …", Indonesian "Reporter: … | Editor: …"): :func:`byline_line` tells such a line by its
shape (an opening word and names), for the text cleaners to drop it and keep its names as the
author (:mod:`clipper.textdump`, :mod:`clipper.postclean`); :func:`head_byline` finds a byline
and a dateline standing together at a text's top, :func:`opening_byline` a byline line alone
there, :func:`shown_byline` one where a page shows its date ("By Rosa Quintal · 2 hours
ago").  The names of a page's metadata: :mod:`clipper.bylines`; Chinese, Japanese and Korean
reports' bylines and datelines: :mod:`clipper.wirebylines`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.agencycredits import credited_agencies
from clipper.bylines import (
    AGENCY_JOINS,
    BYLINE_WORDS,
    CAPITALS,
    CASELESS_COLON_WORDS,
    CASELESS_WORDS,
    is_staff,
)
from clipper.paragraphs import LINES_KEPT, line_memo
from clipper.scripts import word_runs

# A byline line: the opening word in the languages of the furniture tables (their ``bylines``:
# :data:`clipper.bylines.BYLINE_WORDS`), the names (two to four capitalised words each, name
# particles between; several joined by a comma, "and", "und", "y", "et", "и", "та", "και"...),
# then at most a few words that end no sentence (a role, a place, a date: "Von Hannah
# Ritzmann, Redakteurin für Finanzen", "Von Juliane Rohr 28.04.2023, 18:11 Uhr").
_LINE_NAME_WORD = rf"[{CAPITALS}][\w.'’-]*"
_LINE_PARTICLE = r"(?:de|da|do|dos|van|von|der|den|di|del|della|la|le|du|bin|al|el|ten|ter|zu)"
_LINE_NAME = rf"{_LINE_NAME_WORD}(?:\s+(?:{_LINE_PARTICLE}\s+)*{_LINE_NAME_WORD}){{1,3}}"
_LINE_JOIN = r"\s*(?:,|&|\s(?:and|und|et|y|e|en|og|och|i|a|и|і|та|και)\s)\s*"
_BYLINE_LINE = re.compile(
    rf"(?i:{BYLINE_WORDS})(?:\s*:?\s+|(?<=-))"
    rf"(?P<names>{_LINE_NAME}(?:{_LINE_JOIN}{_LINE_NAME})*)"
    r"(?P<rest>(?:,?\s+[^\s!?。！？]+){0,5})"
)
# Sentence ends a byline line does not hold (an initial's or an abbreviation's full stop
# aside: "Brian X. Chen", "Min."); a line ending like a sentence is the article's.
_ENDS_SENTENCE = re.compile(r"(?<![\s.][A-Z])(?<!\b[A-Z][a-z])[.!?。！？]$")
# At most this many words: a byline with a role, a place and a date.
BYLINE_LINE_WORDS = 12


def byline_line(line: str) -> str | None:
    """The names of a line that is nothing but a byline ("Von Nina Magoley", "Par Les Echos",
    "Por Emily Anthes y Jonathan Corum", "By Jane Doe and John Roe, Staff Writers"), else None.

    A byline line opens with its word ("By", "Von", "Par", "Por", "Door", "di", "Av", "Przez",
    "Autor:", "Texto:"...), then names of two to four capitalised words, then at most five
    words that end no sentence (a role, a place, a date); at most :data:`BYLINE_LINE_WORDS`
    words.  "Von Kindern und Jugendlichen" (a name needs two capitalised words) and "By the
    time we arrived, …" are none."""
    if line.count(" ") >= BYLINE_LINE_WORDS:
        return None
    return _byline_line(line)


# A night's short lines recur (a site's bylines and furniture on each of its pages, a wire's
# headline on each site carrying it), and a dump's are asked this by the line cleaner, the
# sign-offs and the relative stamps: each is read once a process (the patterns of five
# bylines' shapes in every table's words).
@line_memo(LINES_KEPT)
def _byline_line(line: str) -> str | None:
    """:func:`byline_line` of a line of fewer than :data:`BYLINE_LINE_WORDS` spaces, kept."""
    if _ENDS_SENTENCE.search(line):
        return None
    found = _BYLINE_LINE.fullmatch(line)
    if found is not None and not _CREDITED.search(found.group("rest")):
        return found.group("names")
    return _labelled_byline(line)


# Bylines whose label is a word of their own, not "By" before capitalised names:
# - in a script without case, a table's byline word (its ``bylines``): Arabic "كتب: محمد
#   الحسيني", "كتبت: …" (wrote), "بقلم …" (by the pen of), Hebrew "מאת נועה לוי" (by), Persian
#   "به قلم …", Urdu "تحریر: …": the names up to a comma (a place may follow: "بقلم: محمد
#   الحسيني، بيروت").  A word the table writes with its colon ("كتب\s*:": without it also the
#   verb of a sentence, "كتب الرئيس رسالة") needs it, or a dash ("كتب - محمد علي");
# - Indonesian "Reporter: Dian Pratiwi | Editor: Agus Setiawan", "Penulis: …" (writer),
#   "Wartawan: …" (journalist), "Kontributor: …": the writer's names; the editor after the bar
#   or slash edited the story and is no author (Kompas, Detik, Tribun print both), nor is an
#   "Editor:" line alone; a name may be one word ("Sutrisno");
# - Portuguese and Spanish "Por Redação, com Agência Sul", "Por Ana Pérez, con EFE": the
#   writer or desk and the agency credited with the story (a desk, "Redação", "Redacción", is
#   one word), the writer and the agency kept as authors (a desk is none:
#   :func:`clipper.bylines.people`): for a wire-spread study the credited agency is what tells
#   an agency's copy from a staff rewrite.
_ONE_NAME = rf"[{CAPITALS}][\w.'’-]*(?:\s+(?:{_LINE_PARTICLE}\s+)*[{CAPITALS}][\w.'’-]*){{0,3}}"


_CASELESS_NAMES = r"(?P<names>[^\s،,:|]+(?:\s+[^\s،,:|]+){0,4})(?:\s*[،,].{0,30})?"
_COLON_OR_DASH = r"(?:\s*[:：]|\s+[-–—])\s*"
_CASELESS_BYLINE = re.compile(
    rf"(?:{CASELESS_COLON_WORDS}){_COLON_OR_DASH}{_CASELESS_NAMES}"
    rf"|(?:{CASELESS_WORDS})(?:{_COLON_OR_DASH}|\s+){_CASELESS_NAMES.replace('names', 'free')}"
)
_INDONESIAN_BYLINE = re.compile(
    rf"(?i:reporter|penulis|wartawan|kontributor)\s*:\s*"
    rf"(?P<names>{_ONE_NAME}(?:\s*(?:,|&|\sdan\s)\s*{_ONE_NAME})*)"
    rf"(?:\s*[|/]\s*(?i:editor|penyunting|redaktur)\s*:\s*{_ONE_NAME}(?:\s*,\s*{_ONE_NAME})*)?"
)
_CREDITED_BYLINE = re.compile(
    rf"(?i:por)\s*:?\s+(?P<names>{_ONE_NAME}(?:\s*(?:,|\se\s|\sy\s)\s*{_ONE_NAME})*?)"
    r"\s*,\s*(?i:com|con)\s+(?:(?i:informações|informaç[õo]es|información|informacion)\s+"
    rf"(?i:d[aoe]s?)\s+)?(?P<agency>{_ONE_NAME}(?:\s*(?:,|\se\s|\sy\s)\s*{_ONE_NAME})*)"
)
# "…, com/con …" after names: the agency credit :data:`_CREDITED_BYLINE` reads, not a role
_CREDITED = re.compile(r"^,\s*(?i:com|con)\s")
_JOINED = re.compile(r"\s*(?:,|&|\s(?:dan|e|y)\s)\s*")


def _labelled_byline(line: str) -> str | None:
    """The names of a byline line labelled in a script without case (Arabic, Hebrew,
    Persian, Urdu), an Indonesian or a credited Portuguese/Spanish one (see above),
    "; "-joined; else None."""
    if found := _CASELESS_BYLINE.fullmatch(line):
        return found.group("names") or found.group("free")
    if found := _INDONESIAN_BYLINE.fullmatch(line):
        return "; ".join(_JOINED.split(found.group("names")))
    if found := _CREDITED_BYLINE.fullmatch(line):
        names = [*_JOINED.split(found.group("names")), *_JOINED.split(found.group("agency"))]
        return "; ".join(names)
    return _agency_line(line)


# The name of a line crediting an agency without a byline's word: one to four words, the first
# capitalised ("Le Quotidien", "L'Écho du Nord", "Claire Dumont", "DN"), the others
# capitalised or a name's particle or article ("du", "de la").
_CREDIT_LINE_NAME = re.compile(
    rf"[{CAPITALS}][\w.'’&-]*(?:\s+(?:[{CAPITALS}][\w.'’&-]*|[a-zà-ÿ]{{1,3}})){{0,3}}"
)


# A joining word of :data:`clipper.bylines.AGENCY_JOINS` between a name and its agency.
_JOINING_WORD = re.compile(rf"\s(?i:{'|'.join(AGENCY_JOINS)})\s")


def _agency_line(line: str) -> str | None:
    """The names of a line that is a name and the agencies it ran, without a byline's word
    (:func:`clipper.bylines.agency_joined`: "Le Quotidien avec AFP", "Claire Dumont avec AFP",
    "Aftonbladet/TT", "DN–TT", "Politiken/Ritzau", "La Stampa con ANSA", "Die Welt mit dpa",
    "Redacción con EFE"), "; "-joined; the name left out when it is one word ("Aftonbladet",
    "DN": a paper's name; a person's byline names two words or more, as :func:`byline_line`
    asks); None for any other line, and for names of more words before a slash or a dash
    ("Jörg Carstensen/dpa", "Anna Svensson/TT": as often a photo's credit under a picture).
    Such a line under a headline was cut from a text dump as a credit, its agency lost
    (credits44, finding 2); whether a name of more words is the site's own is
    :func:`clipper.bylines.without_site_names`'s to say."""
    from clipper.bylines import agency_joined

    joined = agency_joined(line)
    if joined is None or _CREDIT_LINE_NAME.fullmatch(joined[0]) is None:
        return None
    name, agencies = joined[0], joined[1:]
    if " " not in name:
        return "; ".join(agencies)
    # a person and an agency after a slash or a dash is a photo's credit as often ("Jörg
    # Carstensen/dpa" under a picture: two Fundus pages' captions were read as their bylines)
    return "; ".join([name, *agencies]) if _JOINING_WORD.search(line) else None


def names_the_author(line: str, author: str | None) -> bool:
    """Whether ``line`` is a byline line (:func:`byline_line`) naming only people among
    ``author`` (a page's authors as stored: "Nina Magoley; WDR"), compared word by word, case
    aside."""
    if not author:
        return False
    names = byline_line(line)
    if names is None:
        return False
    known = set(word_runs(author.casefold()))
    said = word_runs(names.casefold())
    joins = {"and", "und", "et", "y", "e", "en", "og", "och", "i", "a"}
    return all(word in known or word in joins for word in said)


@dataclass(frozen=True)
class HeadByline:
    """A byline and a dateline standing at the top of a page's text (a print page's "Angus
    Thompson" over "Friday 22 November 2024 08:49 GMT"): the names, the date as
    :func:`clipper.read.declareddates.declared_date` reads it, and the text without the two."""

    author: str
    published: str
    rest: list[str]


# The lines at a text's top searched for the pair (a headline or a kicker may come first).
HEAD_BYLINE_LINES = 3


def head_byline(lines: list[str], title: str | None = None) -> HeadByline | None:
    """The byline and the dateline of one of the first :data:`HEAD_BYLINE_LINES` ``lines``
    of a page's text and the line right below it, when one of the two is nothing but names
    (two to four capitalised words each, "By" or another language's opening word allowed:
    :func:`byline_line`; not the ``title``) and the other nothing but a whole date (day,
    month, year; a time and zone kept), else None.  Alone, neither line says what it is: a
    line of two capitalised words is as often a heading; a date alone the site's "today"
    (:mod:`clipper.textdump`, step 6).  Together, at the top, they are the page's; so are
    a byline line (its word and names) and a whole date on one of those lines, parted by a dot
    or a bar (:data:`_BESIDE`: "NGU-THEMBA NDLOVU · 6 Disemba 2026", newcomer 46)."""
    from clipper.read.declareddates import declared_date

    for i, line in enumerate(lines[:HEAD_BYLINE_LINES]):
        # both on one line, parted by a dot or a bar ("NGU-THEMBA NDLOVU · 6 Disemba 2026")
        beside = _BESIDE.split(line.strip(), maxsplit=1)
        if len(beside) == 2 and (names := byline_line(beside[0])) is not None:
            date, _ = declared_date(beside[1])
            if date is not None and len(date) >= 10:
                rest = [ln for j, ln in enumerate(lines) if j != i]
                return HeadByline("; ".join(_SPLIT_NAMES.split(names)), date, rest)
    for i in range(min(len(lines), HEAD_BYLINE_LINES) - 1):
        for name_at, date_at in ((i, i + 1), (i + 1, i)):
            names = _bare_names(lines[name_at], title)
            if names is None:
                continue
            date, _ = declared_date(lines[date_at].strip())
            if date is None or len(date) < 10:
                continue
            rest = [line for j, line in enumerate(lines) if j not in (i, i + 1)]
            return HeadByline("; ".join(_SPLIT_NAMES.split(names)), date, rest)
    return None


_BARE_NAMES = re.compile(rf"{_LINE_NAME}(?:{_LINE_JOIN}{_LINE_NAME})*")
_SPLIT_NAMES = re.compile(_LINE_JOIN)


def _bare_names(line: str, title: str | None) -> str | None:
    """The names of a line that is a byline (:func:`byline_line`) or nothing but names, else
    None; a line that is the page's ``title`` is none."""
    line = line.strip()
    if not line or (title and line.casefold() == title.strip().casefold()):
        return None
    if (names := byline_line(line)) is not None:
        return names
    if line.count(" ") >= BYLINE_LINE_WORDS or any(ch.isdigit() for ch in line):
        return None
    return line if _BARE_NAMES.fullmatch(line) else None


@dataclass(frozen=True)
class OpeningByline:
    """A byline line among a page's first lines: its names ("" for a designation, "By Staff
    Reporter"), the text without it, and whether it was an agency's credit alone."""

    names: str
    rest: list[str]
    # the line was an agency's name alone ("AFP"): cut whatever author the page names
    credit: bool = False


# "By Staff", "By Staff Reporter": a byline's word and a designation (the furniture tables'
# ``byline_staff``), which :func:`byline_line` may not read as names (one word).
_BYLINE_WORD = re.compile(rf"(?i:{BYLINE_WORDS})(?:\s*:?\s+|(?<=-))(?P<name>.+)")


def opening_byline(lines: list[str], title: str | None = None) -> OpeningByline | None:
    """The first of the first :data:`HEAD_BYLINE_LINES` ``lines`` of a page's text that is a
    byline line (:func:`byline_line`: "By Rosa Quintal, Transport Correspondent", its role
    after the names), a byline's word and a designation ("By Staff Reporter",
    :func:`clipper.bylines.is_staff`), a designation alone (Amharic "በሪፖርተር ዘጋቢ", by the
    Reporter's correspondent) or an agency's name alone ("AFP": its credit,
    :func:`clipper.agencycredits.credited_agencies`; newcomer 46, finding 2), not the
    ``title``; None when none is.  At the text's top
    such a line is the page's byline, not its text (newspaper4k#16: "By Rosa Quintal,
    Transport Correspondent" was kept as the first paragraph, the author left null) when the
    page names no author (:func:`clipper.htmlclean.clean_html` keeps another writer's byline
    on a page that names its author); further down, a byline line may be a quoted book's or a
    guest's and stays."""
    for i, line in enumerate(lines[:HEAD_BYLINE_LINES]):
        line = line.strip()
        if not line or (title and line.casefold() == title.strip().casefold()):
            continue
        names = byline_line(line)
        if names is None and (said := _BYLINE_WORD.fullmatch(line)) and is_staff(said["name"]):
            names = ""
        if names is None and is_staff(line):
            names = ""  # a designation alone ("በሪፖርተር ዘጋቢ", "Staff Reporter")
        if names is None and (agencies := credited_agencies(line)):
            # an agency's name alone ("AFP", "Xinhua")
            rest = [ln for j, ln in enumerate(lines) if j != i]
            return OpeningByline("; ".join(agencies), rest, credit=True)
        if names is not None:
            rest = [ln for j, ln in enumerate(lines) if j != i]
            return OpeningByline("; ".join(_SPLIT_NAMES.split(names)) if names else "", rest)
    return None


# What parts a byline from the date beside it on one line ("By Rosa Quintal · 2 hours ago",
# "By Ana Pérez | 4 March 2026").
_BESIDE = re.compile(r"\s+[·•|–—]\s+")


def shown_byline(lines: list[str]) -> str | None:
    """The names of the first of ``lines`` (where a page shows its date: the blocks under its
    headline, :func:`clipper.htmldatelines.page_head_lines`) that opens with a byline line
    (:func:`byline_line`), a date or a relative time beside it after a separator or not ("By
    Rosa Quintal · 2 hours ago": crawlerclub/ce#1, whose ``<p class=meta>`` extraction leaves
    out); None when none does."""
    for line in lines:
        names = byline_line(_BESIDE.split(line.strip(), maxsplit=1)[0])
        if names is not None:
            return "; ".join(_SPLIT_NAMES.split(names))
    return None
