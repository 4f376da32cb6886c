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

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.bulletins import bulletin_pages
from clipper.read.decoding import decode_text
from clipper.read.failures import Event
from clipper.read.pages import read_whole
from clipper.read.transcripts import Transcript

NO_CUES = "no subtitle cue holds any text"


def read_transcript(path: Path, gz: bool, limits: ReadLimits) -> Generator[Event, None, None]:
    """The pages of a ``.txt`` broadcast transcript (one per item of a bulletin,
    :mod:`clipper.read.bulletins`), or the rejection saying why there is none (``too-large``,
    ``empty``, ``binary``; ``empty`` too when nothing is said between its cues)."""
    origin = str(path)
    data = read_whole(path, gz, limits.max_page_bytes, "transcript", "a transcript", limits)
    if isinstance(data, Rejection):
        yield data
        return
    transcript = Transcript()
    for line in decode_text(data).splitlines():
        transcript.feed(line)
    if not transcript.found:
        yield Rejection(origin, "empty", "a transcript of sound cues and idents only: no speech")
        return
    yield from bulletin_pages(origin, transcript.header, transcript.found)


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
    name = path.name.lower()
    for suffix in (".gz", ".bz2", ".xz", ".zst"):
        name = name.removesuffix(suffix)
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
        voice = getattr(caption, "voice", None)
        for number, line in enumerate(caption.text.splitlines()):
            if voice and number == 0:
                line = f"{voice}: {line}"
            transcript.feed(
                line, caption.start_in_seconds, caption.end_in_seconds, opens=number == 0
            )
    found = transcript.found
    if not found:
        yield Rejection(origin, "bad-subtitles", NO_CUES)
        return
    yield from bulletin_pages(origin, transcript.header, found)
