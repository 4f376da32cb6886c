"""A broadcast transcript (a radio bulletin, a TV news programme) read as its news items: one
page per item, each joining its own cluster and story, or one page for a transcript of one
story.

The rule (:func:`items`): a new item starts at a segment of the transcript
(:class:`clipper.read.transcripts.Segment`) where the bulletin's own structure says so:

1. a seam stands before it: a jingle, music or a station ident ("[Jingle]", "[Musique]",
   "[Cortina musical]", "[Vinheta]", "Vous écoutez RFI…", "Muy buenos días.");
2. an anchor opens a new turn (:func:`anchors`: every speaker whose role is an anchor's or a
   presenter's, "LOCUTOR:" and "LOCUTORA:" alike, as two presenters alternate; without such
   roles, the speakers who open the bulletin or an item after a seam): each story of a
   bulletin is an anchor's; a reporter's or a guest's turn, and the anchor's question
   ("…?") to them, go on with the story they are in, and so does an anchor's turn right
   after an anchor's that names what the item named (:func:`names_again`: "Según el FMI, …"
   after "El Fondo Monetario Internacional rebajó…", each line labelled "LOCUTOR:");
3. it opens with the anchor's transition ("In other news", "Dans l'actualité nationale",
   "Football enfin,") or a place opener ("Au Cameroun, …", "In Kenya, …": a preposition of
   the tables, capitalised words, a comma): at a turn's or a line's start, or at a subtitle
   cue's when the cue before it ends a sentence; said by the anchor or by no labelled
   speaker (a reporter's "In London, …" goes on with the story);
4. a gap of at least :data:`clipper.config.ITEM_GAP_S` seconds of silence between the end of
   the cue before it and its start (subtitles give both).

An item of fewer than :data:`clipper.config.ITEM_MIN_WORDS` words (a "Merci." turn, a
sign-off) goes with the item before it (the first, with the one after it).  A transcript that
comes out as one item is one story, read as one page whose origin is the file.  Each item of
a bulletin of several is a page of its own, origin ``FILE, item N of the bulletin`` (N from 1,
in the transcript's order: the same file read again gives the same pages, so a re-run adds
nothing), its ``broadcast`` saying which (``show`` and the export name it by its origin).

The broadcast's date (and hour) come from the transcript's header ("RFI Afrique - Journal de
7h00 - 4 décembre 2026": :func:`broadcast_time`), else from its file name
(``rfi_journal_0700_2026-12-04.txt``, ``jt20h_20261203.srt``:
:func:`clipper.read.filenamedates.file_name_date`): the declared date of every item, a
time without a zone, as the station's clock gives it; its hour from the file name when
the header gives the day alone.  The station the header names (its first part, "Radio Andina
Noticias": :func:`clipper.read.transcripts.station_name`), else the file name's words
("radio_andina_0800_2026-12-04.txt" → "radio andina"), is every item's site.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from clipper.config import ITEM_GAP_S, ITEM_MIN_WORDS, ITEM_TITLE_WORDS
from clipper.furniture.broadcast import compiled
from clipper.linedates import line_date
from clipper.page import RawPage
from clipper.read.filenamedates import file_name_date
from clipper.read.transcripts import HEADER_PARTS, Segment, station_name

# An hour in a header's part or a file name: "7h00", "13h", "20 Uhr", "07:00", "8 pm".
_HOUR = re.compile(
    r"(?<![\d:])([01]?\d|2[0-3])\s*(?:h|uhr|:)\s*([0-5]\d)?(?![\d:])"
    r"|(?<!\d)(1[0-2]|0?[1-9])\s*([ap])\.?m\b",
    re.IGNORECASE,
)
# A sentence's end (the cue before a place opener in subtitles).
_ENDS_SENTENCE = re.compile(r"[.!?…»\"”)]\s*$")


def broadcast_time(header: list[str], name: str) -> str | None:
    """The broadcast's date as ISO 8601 (``2026-12-04``, ``2026-12-04T07:00`` with the hour
    it gives, no zone): from the header's parts (``line_date`` of each, the first giving a
    date; an hour from another part, "Journal de 7h00"), else from the file's ``name``
    (a date, an hour "0700"/"13h" beside it); a header's day without an hour takes the
    name's hour when the name names the same day ("Radio Sur Informa - Edición del mediodía -
    4 de diciembre de 2026" in ``radio_sur_1300_2026-12-04.txt``: 13:00); None when neither
    gives a date."""
    date: str | None = None
    hour: str | None = None
    for line in header:
        for part in HEADER_PARTS.split(line):
            found = line_date(part) if date is None else None
            if found is not None:
                date = found
            elif hour is None and (match := _HOUR.search(part)) is not None:
                hour = _hour(match)
    named = file_name_date(name)
    if date is None:
        if named is None:
            return None
        date = named.day
    if named is not None and hour is None and date == named.day:
        hour = named.hour
    if hour is not None and "T" not in date:
        return f"{date}T{hour}"
    return date


def broadcast_site(header: list[str], name: str) -> str | None:
    """The station a transcript is of, its items' site: the first of its ``header``'s lines
    that names one (:func:`clipper.read.transcripts.station_name`: "Radio Andina Noticias -
    Boletín de las 8:00 - …" → "Radio Andina Noticias"), else the words of its file's
    ``name`` beside the date it gives ("radio_andina_0800_2026-12-04.txt" → "radio andina",
    its hour left out too); None when neither names one (a name without a date,
    "interview.txt", is no recording's and names no station)."""
    for line in header:
        if (station := station_name([line])) is not None:
            return station
    named = file_name_date(name)
    if named is None:
        return None
    words = [w for w in re.split(r"[\W_]+", named.rest) if w and not w.isdigit()]
    return " ".join(words).casefold() or None


def _hour(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return f"{int(match.group(1)):02d}:{match.group(2) or '00'}"
    hh = int(match.group(3)) % 12 + (12 if match.group(4).lower() == "p" else 0)
    return f"{hh:02d}:00"


def anchors(found: list[Segment]) -> frozenset[str]:
    """The bulletin's anchors, casefolded: every speaker labelled with an anchor's or a
    presenter's role of the tables (:mod:`clipper.furniture.broadcast`'s ``anchors``:
    "LOCUTOR", "LOCUTORA", "PRESENTADORA", "APRESENTADOR", "ANCHOR", "PRÉSENTATRICE",
    "MODERATORIN", "SPRECHER"…); when none is, every speaker of no role of the tables (a name
    in capitals) who opens the transcript's first turn or a turn right after a seam; when
    neither, the first speaker labelled, who opens it.  A reporter's, correspondent's or
    guest's role is never an anchor's, whoever speaks first."""
    words = compiled()
    labelled = [s for s in found if s.speaker]
    by_role = {
        s.speaker.casefold() for s in labelled if s.speaker and words.anchors.match(s.speaker)
    }
    if by_role:
        return frozenset(by_role)
    opening = {
        s.speaker.casefold()
        for i, s in enumerate(labelled)
        if s.speaker and s.turn and (i == 0 or s.seam) and not words.roles.match(s.speaker)
    }
    if opening:
        return frozenset(opening)
    return frozenset(s.speaker.casefold() for s in labelled[:1] if s.speaker)


def _opens_topic(segment: Segment, before: Segment, anchor: frozenset[str]) -> bool:
    """Rule 3: a transition or a place opener at a turn's or line's start (a subtitle cue's
    only after a sentence's end), the anchor's or of no labelled speaker."""
    if not (segment.turn or segment.own_line or _ENDS_SENTENCE.search(before.text)):
        return False
    if segment.speaker is not None and segment.speaker.casefold() not in anchor:
        return False  # a reporter's "In London, …" goes on with the anchor's story
    words = compiled()
    text = segment.text.lstrip("«\"'“ ")
    if words.transitions.match(text):
        return True
    place = words.places.match(text)
    if place is None:
        return False
    rest = text[place.end():]
    comma = rest.find(",")
    if comma <= 0:
        return False
    named = rest[:comma].replace("l'", "").replace("l’", "").split()
    return 0 < len(named) <= 4 and named[0][:1].isupper()


def _names(text: str) -> tuple[set[str], list[str]]:
    """The acronyms of ``text`` ("FMI", "HSV": 2-6 capitals) and the initials of its names,
    runs of two or more capitalised words past a sentence's first word ("El Fondo Monetario
    Internacional" → "FMI", "Hollin Moor" → "HM")."""
    acronyms: set[str] = set()
    runs: list[str] = []
    run = ""
    for sentence in _SENTENCE.split(text):
        words = [w.strip("«»\"'“”‘’()[],.;:!?¿¡") for w in sentence.split()]
        for number, word in enumerate(words):
            if 2 <= len(word) <= 6 and word.isalpha() and word.isupper():
                acronyms.add(word)
            if number > 0 and word[:1].isupper() and word[:1].isalpha():
                run += word[0]
                continue
            if len(run) >= 2:
                runs.append(run)
            run = ""
        if len(run) >= 2:
            runs.append(run)
        run = ""
    return acronyms, runs


def names_again(text: str, item: list[Segment]) -> bool:
    """Whether an anchor's next turn (``text``) names what the ``item`` it follows named: an
    acronym of its names ("Según el FMI, …" after "El Fondo Monetario Internacional
    rebajó…"), or the same acronym or name of two capitalised words; then it is the same
    story read on (rule 2's exception), not the next one."""
    said = " ".join(s.text for s in item)
    acronyms, runs = _names(text)
    said_acronyms, said_runs = _names(said)
    return (
        bool(acronyms & said_acronyms)
        or any(acronym in initials for acronym in acronyms for initials in said_runs)
        or any(acronym in initials for acronym in said_acronyms for initials in runs)
        or bool(set(_pairs(text)) & set(_pairs(said)))
    )


def _pairs(text: str) -> list[str]:
    """The names of two capitalised words of ``text`` past a sentence's first word
    ("Verónica Santelices"), casefolded."""
    found: list[str] = []
    for sentence in _SENTENCE.split(text):
        words = [w.strip("«»\"'“”‘’()[],.;:!?¿¡") for w in sentence.split()]
        for number in range(1, len(words) - 1):
            first, second = words[number], words[number + 1]
            if first[:1].isupper() and second[:1].isupper() and not first.isupper():
                found.append(f"{first} {second}".casefold())
    return found


def _starts_item(
    segment: Segment, before: Segment, item: list[Segment], anchor: frozenset[str]
) -> bool:
    """Whether ``segment`` opens a new item of the bulletin (the module docstring's rule);
    ``item``: the segments of the item it would go on with, ``before`` the last."""
    if segment.seam:
        return True
    if (
        segment.turn
        and segment.speaker is not None
        and segment.speaker.casefold() in anchor
        and not segment.text.rstrip().endswith("?")
        and not (
            before.speaker is not None
            and before.speaker.casefold() in anchor
            and names_again(segment.text, item)
        )
    ):
        return True
    if _opens_topic(segment, before, anchor):
        return True
    return (
        before.end is not None
        and segment.start is not None
        and segment.start - before.end >= ITEM_GAP_S
    )


def items(found: list[Segment]) -> list[list[Segment]]:
    """The bulletin's items, each its segments in order (see the module docstring)."""
    anchor = anchors(found)
    cut: list[list[Segment]] = []
    for i, segment in enumerate(found):
        if not cut or _starts_item(segment, found[i - 1], cut[-1], anchor):
            cut.append([segment])
        else:
            cut[-1].append(segment)
    merged: list[list[Segment]] = []
    for item in cut:
        if merged and _words(merged[-1]) < ITEM_MIN_WORDS:
            merged[-1].extend(item)  # a first item too short goes with the one after it
        elif merged and _words(item) < ITEM_MIN_WORDS:
            merged[-1].extend(item)
        else:
            merged.append(item)
    return merged


def _words(item: list[Segment]) -> int:
    return sum(len(s.text.split()) for s in item)


def item_text(item: list[Segment]) -> str:
    """An item's text: a paragraph a turn or a line, a subtitle cue's wrapped sentence going
    on in its paragraph."""
    paragraphs: list[str] = []
    for segment in item:
        if paragraphs and not segment.turn and not segment.own_line:
            paragraphs[-1] += " " + segment.text
        else:
            paragraphs.append(segment.text)
    return "\n".join(paragraphs)


# A sentence's end in an item's text (its title is its first sentence).
_SENTENCE = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*(?:\s+|$)")
# Where a long first sentence is cut for a title: after a comma, semicolon or colon.
_CLAUSE = re.compile(r"[,;:](?=\s)")
# A title cut at a clause keeps at least this many words.
_CLAUSE_MIN_WORDS = 6


def item_title(text: str) -> str | None:
    """The title of a bulletin's item (``text``, cleaned): its first sentence, cut to
    :data:`clipper.config.ITEM_TITLE_WORDS` words at most (at its last comma, semicolon or
    colon within them that leaves 6 words, else after them, short lowercase words (articles,
    prepositions) taken off its end, with "…": config says why);
    None for an empty text."""
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    sentence = _SENTENCE.split(first, maxsplit=1)[0].strip()
    words = sentence.split()
    if not words:
        return None
    if len(words) <= ITEM_TITLE_WORDS:
        return sentence
    kept = " ".join(words[:ITEM_TITLE_WORDS])
    clauses = [m.start() for m in _CLAUSE.finditer(kept)]
    if clauses and len(kept[: clauses[-1]].split()) >= _CLAUSE_MIN_WORDS:
        return kept[: clauses[-1]]
    cut = words[:ITEM_TITLE_WORDS]
    # not on an article, preposition or conjunction ("… al uno…", "… que…", "… and…")
    while len(cut) > _CLAUSE_MIN_WORDS and len(cut[-1]) <= 3 and cut[-1].islower():
        cut.pop()
    return " ".join(cut).rstrip(",;:") + "…"


def item_origin(origin: str, number: int) -> str:
    """The origin of a bulletin's ``number``-th item (from 1): ``FILE, item N of the
    bulletin``."""
    return f"{origin}, item {number} of the bulletin"


def bulletin_pages(
    origin: str, header: list[str], found: list[Segment], url: str | None = None
) -> Iterator[RawPage]:
    """The pages of a transcript read from ``origin`` (its ``header`` lines and
    ``found`` segments): one per item, or one for a transcript of one story; each dated by
    :func:`broadcast_time` (a date its header gives as ``published``, declared; one only its
    file's name gives as ``named_date``, a guess, as a text dump's) and named ``broadcast`` by
    the header's title.  ``url``: the
    address a scraper's header gave the transcript, the page's for a transcript of one story;
    a bulletin's items have none (one address for several pages would make each the next
    version of the one before); their site is the station (:func:`broadcast_site`)."""
    published = broadcast_time(header, Path(origin).name)
    # a date only the file's name gives is a guess, as a text dump's is (clipper.clean): the
    # items carry it as their name's date; the header's is the broadcast's own, declared
    named = published if broadcast_time(header, "") is None else None
    site = broadcast_site(header, Path(origin).name)
    title = header[0] if header else Path(origin).name
    cut = items(found)
    alone = len(cut) == 1
    for number, item in enumerate(cut, start=1):
        yield RawPage(
            origin=origin if alone else item_origin(origin, number),
            kind="text",
            body=item_text(item),
            url=url if alone else None,
            published=None if named else published,
            named_date=named,
            site=site,
            broadcast=title if alone else f"{title}: item {number} of {len(cut)}",
        )
