"""A broadcast transcript (a radio bulletin, a TV news programme) read as its news items: one
page per item, each joining its own cluster and story, or one page for a transcript of one
story.

The rule (:func:`items`): a new item starts at a segment of the transcript
(:class:`clipper.read.transcripts.Segment`) where the bulletin's own structure says so:

1. a seam stands before it: a jingle, music or a station ident ("[Jingle]", "[Musique]",
   "Vous écoutez RFI…");
2. the anchor opens a new turn (the first speaker the transcript labels: who opens a
   bulletin): each story of a bulletin is the anchor's; a reporter's or a guest's turn, and
   the anchor's question ("…?") to them, go on with the story they are in;
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
(``rfi_journal_0700_2026-12-04.txt``, ``jt20h_20261203.srt``): the declared date of every
item, a time without a zone, as the station's clock gives it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from clipper.config import ITEM_GAP_S, ITEM_MIN_WORDS
from clipper.dumpdates import line_date
from clipper.furniture.broadcast import compiled
from clipper.page import RawPage
from clipper.read.transcripts import Segment

# The separators of a transcript's header's parts ("RFI Afrique - Journal de 7h00 - 4
# décembre 2026 - transcription").
_HEADER_PARTS = re.compile(r"\s+[-–—|·•]\s+|\s*[|·•]\s*")
# An hour in a header's part or a file name: "7h00", "13h", "20 Uhr", "07:00", "8 pm".
_HOUR = re.compile(
    r"(?<![\d:])([01]?\d|2[0-3])\s*(?:h|uhr|:)\s*([0-5]\d)?(?![\d:])"
    r"|(?<!\d)(1[0-2]|0?[1-9])\s*([ap])\.?m\b",
    re.IGNORECASE,
)
# A file name's date: 2026-12-04, 2026_12_04, 20261204.
_NAME_DATE = re.compile(
    r"(?<!\d)(20\d\d|19\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
# A file name's hour: _0700_, _13h_, jt20h, -20h30-.
_NAME_HOUR = re.compile(
    r"(?:(?:^|[_\-. ])([01]\d|2[0-3])([0-5]\d)|(?<!\d)([01]?\d|2[0-3])h([0-5]\d)?)(?=[_\-. ]|$)"
)
# A sentence's end (the cue before a place opener in subtitles).
_ENDS_SENTENCE = re.compile(r"[.!?…»\"”)]\s*$")


def broadcast_time(header: list[str], name: str) -> str | None:
    """The broadcast's date as ISO 8601 (``2026-12-04``, ``2026-12-04T07:00`` with the hour
    it gives, no zone): from the header's parts (``line_date`` of each, the first giving a
    date; an hour from another part, "Journal de 7h00"), else from the file's ``name``
    (a date, an hour "0700"/"13h" beside it); None when neither gives a date."""
    date: str | None = None
    hour: str | None = None
    for line in header:
        for part in _HEADER_PARTS.split(line):
            found = line_date(part) if date is None else None
            if found is not None:
                date = found
            elif hour is None and (match := _HOUR.search(part)) is not None:
                hour = _hour(match)
    if date is None:
        stem = Path(name).stem
        match = _NAME_DATE.search(stem)
        if match is None:
            return None
        date = f"{match.group(1)}-{match.group(2)}-{match.group(3)}"
        rest = stem[: match.start()] + "_" + stem[match.end():]
        if hour is None and (named := _NAME_HOUR.search(rest)) is not None:
            hh = named.group(1) or named.group(3)
            hour = f"{int(hh):02d}:{named.group(2) or named.group(4) or '00'}"
    if hour is not None and "T" not in date:
        return f"{date}T{hour}"
    return date


def _hour(match: re.Match[str]) -> str:
    if match.group(1) is not None:
        return f"{int(match.group(1)):02d}:{match.group(2) or '00'}"
    hh = int(match.group(3)) % 12 + (12 if match.group(4).lower() == "p" else 0)
    return f"{hh:02d}:00"


def _anchor(found: list[Segment]) -> str | None:
    """The bulletin's anchor: the first speaker it labels (casefolded), who opens it."""
    return next((s.speaker.casefold() for s in found if s.speaker), None)


def _opens_topic(segment: Segment, before: Segment, anchor: str | None) -> bool:
    """Rule 3: a transition or a place opener at a turn's or line's start (a subtitle cue's
    only after a sentence's end), the anchor's or of no labelled speaker."""
    if not (segment.turn or segment.own_line or _ENDS_SENTENCE.search(before.text)):
        return False
    if segment.speaker is not None and segment.speaker.casefold() != anchor:
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


def _starts_item(segment: Segment, before: Segment, anchor: str | None) -> bool:
    """Whether ``segment`` opens a new item of the bulletin (the module docstring's rule)."""
    if segment.seam:
        return True
    if (
        segment.turn
        and anchor is not None
        and segment.speaker is not None
        and segment.speaker.casefold() == anchor
        and not segment.text.rstrip().endswith("?")
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
    anchor = _anchor(found)
    cut: list[list[Segment]] = []
    for i, segment in enumerate(found):
        if not cut or _starts_item(segment, found[i - 1], anchor):
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


def item_origin(origin: str, number: int) -> str:
    """The origin of a bulletin's ``number``-th item (from 1): ``FILE, item N of the
    bulletin``."""
    return f"{origin}, item {number} of the bulletin"


def bulletin_pages(
    origin: str, header: list[str], found: list[Segment], url: str | None = None
) -> Iterator[RawPage]:
    """The pages of a transcript read from ``origin`` (its ``header`` lines and
    ``found`` segments): one per item, or one for a transcript of one story; each dated by
    :func:`broadcast_time` and named ``broadcast`` by the header's title.  ``url``: the
    address a scraper's header gave the transcript, the page's for a transcript of one story;
    a bulletin's items have none (one address for several pages would make each the next
    version of the one before)."""
    published = broadcast_time(header, Path(origin).name)
    title = header[0] if header else Path(origin).name
    cut = items(found)
    alone = len(cut) == 1
    for number, item in enumerate(cut, start=1):
        yield RawPage(
            origin=origin if alone else item_origin(origin, number),
            kind="text",
            body=item_text(item),
            url=url if alone else None,
            published=published,
            broadcast=title if alone else f"{title}: item {number} of {len(cut)}",
        )
