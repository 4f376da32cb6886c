"""Broadcast transcripts as files: a ``.txt`` transcript (:func:`read_transcript`) and a TV
programme's subtitles, ``.srt`` (SubRip) or ``.vtt`` (WebVTT) (:func:`read_subtitles`), read
as the bulletin's items (:mod:`clipper.read.bulletins`).

Subtitles are parsed by webvtt-py (``webvtt.from_buffer``: both formats, a cue's start and end
times, a WebVTT voice span ``<v Awa Diop>`` as its speaker); each cue's lines are read as a
transcript's are (:class:`clipper.read.transcripts.Transcript`: sound cues, idents and speaker
labels dropped), its number and timing never part of the text.
"""

from __future__ import annotations

import io
from collections.abc import Generator
from pathlib import Path
from typing import Any

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.bulletins import bulletin_pages
from clipper.read.decoding import decode_text
from clipper.read.failures import Event
from clipper.read.files import compression_of
from clipper.read.pages import read_whole
from clipper.read.provenance import absolute_url
from clipper.read.textheader import split_header
from clipper.read.transcripts import Transcript

NO_CUES = "no subtitle cue holds any text"


def read_transcript(path: Path, gz: bool, limits: ReadLimits) -> Generator[Event, None, None]:
    """The pages of a ``.txt`` broadcast transcript (one per item of a bulletin,
    :mod:`clipper.read.bulletins`), or the rejection saying why there is none (``too-large``,
    ``empty``, ``binary``; ``empty`` too when nothing is said between its cues).  A scraper's
    header above it (:func:`clipper.read.textheader.split_header`) gives its title and date
    before its own header lines, and the address of a transcript of one story."""
    origin = str(path)
    data = read_whole(path, gz, limits.max_page_bytes, "transcript", "a transcript", limits)
    if isinstance(data, Rejection):
        yield data
        return
    # a scraper's "URL:"/"Title:"/"Date:" lines above it: read as a text dump's are, never a
    # speaker's turn ("URL" in capitals before a colon)
    fields, rest = split_header(decode_text(data))
    transcript = Transcript()
    for line in rest.splitlines():
        transcript.feed(line)
    if not transcript.found:
        yield Rejection(origin, "empty", "a transcript of sound cues and idents only: no speech")
        return
    title, date, url = (fields.get(key) for key in ("title", "date", "url"))
    # its title first (the programme's name), its date last: the transcript's own header
    # names the day it was on air, the scraper's the day it was posted
    header = [
        *([title] if isinstance(title, str) and title else []),
        *transcript.header,
        *([date] if isinstance(date, str) and date else []),
    ]
    yield from bulletin_pages(
        origin,
        header,
        transcript.found,
        url=url if isinstance(url, str) and absolute_url(url) else None,
    )


def read_subtitles(path: Path, gz: bool, limits: ReadLimits) -> Generator[Event, None, None]:
    """The pages of an ``.srt`` or ``.vtt`` file (one per item of the programme), or the
    rejection saying why there is none: ``too-large``, ``empty``, ``binary`` as for any page;
    ``bad-subtitles`` when webvtt-py cannot parse it (the parser's words) or no cue holds text
    (:data:`NO_CUES`)."""
    origin = str(path)
    data = read_whole(path, gz, limits.max_page_bytes, "subtitle file", "subtitles", limits)
    if isinstance(data, Rejection):
        yield data
        return
    text = decode_text(data).lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    name = path.name.lower().removesuffix(compression_of(path) or "")
    fmt = "vtt" if name.endswith(".vtt") or text.startswith("WEBVTT") else "srt"
    import webvtt  # only a subtitle file needs it

    try:
        captions = webvtt.from_buffer(io.StringIO(text), format=fmt).captions
    except Exception as exc:  # the parser's own errors (MalformedFileError ...) and any other
        detail = str(exc) or type(exc).__name__
        yield Rejection(origin, "bad-subtitles", f"not {fmt.upper()} subtitles webvtt-py can "
                        f"parse ({detail}): no cue read")
        return
    transcript = Transcript()
    for caption in captions:
        start, end = _seconds(caption.start_time), _seconds(caption.end_time)
        for number, line in enumerate(caption.text.splitlines()):
            if caption.voice and number == 0:
                line = f"{caption.voice}: {line}"
            transcript.feed(line, start, end, opens=number == 0)
    found = transcript.found
    if not found:
        yield Rejection(origin, "bad-subtitles", NO_CUES)
        return
    yield from bulletin_pages(origin, transcript.header, found)


def _seconds(stamp: Any) -> float:
    """A cue time (webvtt-py's ``Timestamp``) in seconds with its milliseconds: the
    ``start_in_seconds`` of a caption leaves them out, and a gap of 3.2 s between 9.9 and
    13.1 would read as 4 (:data:`clipper.config.ITEM_GAP_S`)."""
    return float(stamp.in_seconds() + stamp.milliseconds / 1000)
