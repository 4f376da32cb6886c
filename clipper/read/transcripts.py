"""A broadcast transcript's lines read as what was said: :class:`Segment` s with their speaker
turns, cue times and the seams between them, their timestamps, sound cues and station idents
dropped (:class:`Transcript`); whether a text file is shaped as a transcript
(:func:`transcript_shaped`).  The bulletin's items are cut from the segments by
:mod:`clipper.read.bulletins`; subtitle files give their cues through
:mod:`clipper.read.subtitles`.

A transcript line is one of (the vocabulary of every language: :mod:`clipper.furniture.broadcast`):

- a timestamp alone ("00:01:05", "[00:01:05]", "1:02:33.5"), or opening the line ("00:12:31
  PRÉSENTATRICE : Bonjour…"): the start time of what follows;
- a sound cue alone in brackets ("[Jingle]", "(Applaudissements)", "[Music]", "♪"): dropped;
  one of the ``breaks`` (a jingle, music, a station's theme) is a seam of the bulletin; an
  inline noise ("… merci (rires) à vous") is dropped from its sentence;
- a station ident, greeting or sign-off ("Vous écoutez RFI…", "You're listening to…",
  "Bonjour à tous, voici les titres", "Muy buenos días. Son las ocho…", "Hasta aquí el
  informativo", "Radio Sur Informa, la voz del sur": a sentence opening with the station's
  name from the header), sentences of at most :data:`IDENT_MAX_WORDS` words: dropped, a seam;
  a turn's or a line's news after its greeting or before its sign-off is kept (:func:`idents`);
- a speaker turn: a label and a colon ("JOURNALISTE :", "ANCHOR:", "Moderator:", ">>"): the
  label is dropped from the text and kept as the segment's speaker; a label is a role of the
  tables in any case, or a name in capitals (at most :data:`LABEL_MAX_WORDS` words);
- anything else: what is said, going on with the turn before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from clipper.config import TRANSCRIPT_HEADER_LINES
from clipper.furniture.broadcast import compiled
from clipper.read.textheader import split_header

# A timestamp: hours, minutes and seconds (or minutes and seconds), a fraction of a second,
# optionally in brackets; alone on its line or opening it.  Its hours (group 1) tell a
# transcript's timestamp from a clock time in a live blog ("10:32 Police say…"), which never
# gives seconds.  (Subtitles pasted into a .txt, cue numbers and "-->" timings, are read by
# webvtt-py: clipper.read.formats sends them to clipper.read.subtitles.)
_TIME = r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})(?:[.,]\d{1,3})?"
_TIMESTAMP = re.compile(rf"^[\[(]?{_TIME}[\])]?(?:\s*[-–—|:]?\s+|$)")
# A sound cue alone: in brackets or parentheses, or music notes.
_CUE = re.compile(r"^(?:\[([^\]]{1,60})\]|\(([^)]{1,60})\)|([♪♫][^\w]*[♪♫]?))$")
_INLINE_CUE = re.compile(r"\s*[\[(]([^\])]{1,40})[\])]")
# A speaker label before a colon (Latin full-width colon too) or a caption's ">>" turn mark.
_LABEL = re.compile(r"^(?:>>\s*)?([^\W\d_][\w .'’()-]{0,48}?)\s*[:：]\s+(?=\S)")
_TURN_MARK = re.compile(r"^>>\s*")
# A label's words at most; a cue's words at most.
LABEL_MAX_WORDS = 4
CUE_MAX_WORDS = 6
# A station ident or greeting line at most this many words (a longer line is news that opens
# with "Good morning").
IDENT_MAX_WORDS = 25


@dataclass(slots=True)
class Segment:
    """One stretch of a transcript: a turn's line or a subtitle's cue.

    ``text``: what was said (cues, timestamps and label dropped); ``speaker``: the label of
    the turn it is part of, as written (None before any label); ``turn``: whether a speaker
    label or a ``>>`` opened it; ``start`` / ``end``: its time in seconds from the
    recording's start, when the transcript gives it; ``seam``: a jingle, music or a station
    ident stands between it and the segment before; ``own_line``: it began a line of its own
    (a text transcript's line, not a subtitle cue's wrapped sentence)."""

    text: str
    speaker: str | None = None
    turn: bool = False
    start: float | None = None
    end: float | None = None
    seam: bool = False
    own_line: bool = True


def seconds(match: re.Match[str]) -> float:
    """The seconds a :data:`_TIMESTAMP` match gives."""
    hours, minutes, secs = match.group(1), match.group(2), match.group(3)
    return int(hours or 0) * 3600 + int(minutes) * 60 + int(secs)


def cue_kind(line: str) -> str | None:
    """``"break"`` for a line that is a sound cue marking a seam ("[Jingle]", "[Musique]",
    "♪"), ``"noise"`` for any other cue alone in brackets ("(Applause)", "[inaudible]",
    "[Jingle Zik FM]" is a break), else None."""
    match = _CUE.match(line)
    if match is None:
        return None
    inner = (match.group(1) or match.group(2) or "").strip()
    if match.group(3) is not None:
        return "break"
    if not inner or len(inner.split()) > CUE_MAX_WORDS or inner[-1] in ".!?":
        return None
    words = compiled()
    if words.breaks.fullmatch(inner):
        return "break"
    return "noise"


def speaker(line: str) -> tuple[str | None, str, bool]:
    """``(label, rest, turn)``: the speaker label opening ``line`` and the text after it, and
    whether a turn opens there (a label, or a caption's ``>>``); ``(None, line, False)`` for
    a line that opens no turn.  A label is a role of the tables in any letter case
    ("Journaliste :", "المذيع:"), or at most :data:`LABEL_MAX_WORDS` words in capitals
    ("MARIE DIOP :", "SEN. WARREN:"); "Au Cameroun : …" is no label."""
    match = _LABEL.match(line)
    if match is not None:
        label = match.group(1).strip()
        words = label.split()
        capitals = label.upper() == label and label.lower() != label
        if len(words) <= LABEL_MAX_WORDS and (capitals or compiled().roles.match(label)):
            return label, line[match.end():], True
    mark = _TURN_MARK.match(line)
    if mark is not None:
        return None, line[mark.end():], True
    return None, line, False


def ident(line: str, station: str | None = None) -> bool:
    """Whether ``line`` is all station idents, greetings and sign-offs (:func:`idents`):
    "Vous écoutez RFI, il est 7 heures à Dakar", "Stay with us", "Bonsoir, bienvenue dans
    votre journal", "Esto fue Radio Andina Noticias. Volvemos en una hora."."""
    return not idents(line, station)[1]


# A station's name before its ident ("Zik FM, restez branchés"): a few words and a comma.
_NAMED = re.compile(r"[^,.!?]{1,30},\s*")
# A sentence's end inside a line: its stop (a closing quote or bracket after it) and a space.
_SENTENCE_END = re.compile(r"(?<=[.!?。！？…])[\"'”’»)\]]*\s+")
# The separators of a transcript's header's parts ("RFI Afrique - Journal de 7h00 - 4
# décembre 2026 - transcription").
HEADER_PARTS = re.compile(r"\s+[-–—|·•]\s+|\s*[|·•]\s*")
# A sentence naming the station from the header ("Radio Sur Informa, la voz del sur.") is its
# ident when it is this short at most; news naming it ("Radio Andina Noticias supo que el
# ministro…") is longer.
STATION_IDENT_WORDS = 8


def station_name(header: list[str]) -> str | None:
    """The station a transcript's header names: the first part of its first line split at
    its separators ("Radio Andina Noticias - Boletín de las 8:00 - 4 de diciembre de 2026" →
    "Radio Andina Noticias"), when the line has several parts and that one holds letters and
    no digit (not the date, not "Journal de 7h00"); None otherwise."""
    if not header:
        return None
    parts = [part.strip() for part in HEADER_PARTS.split(header[0]) if part.strip()]
    if len(parts) < 2 or any(c.isdigit() for c in parts[0]) or not any(
        c.isalpha() for c in parts[0]
    ):
        return None
    return parts[0]


def _ident_sentence(sentence: str, station: str | None) -> bool:
    """Whether one sentence is an ident, a greeting or a sign-off (:func:`idents`)."""
    sentence = sentence.strip().lstrip("«\"'“¡¿ ")
    words = len(sentence.split())
    if not words or words > IDENT_MAX_WORDS:
        return False
    if (
        station is not None
        and words <= STATION_IDENT_WORDS
        and sentence.casefold().startswith(station.casefold())
    ):
        return True
    idents = compiled().idents
    match = idents.match(sentence)
    if match is None and (named := _NAMED.match(sentence)) is not None:
        # "Zik FM, restez branchés": the station's name may stand before it (before an ident,
        # not a greeting: "Así es, buenos días." is a reporter's reply)
        match = idents.match(sentence, named.end())
        if match is not None and match.group(0)[-1:] in ",.!":
            return False
    if match is None:
        return False
    if match.group(0)[-1:] in ",.!":
        # a greeting ("Buenas tardes,"): an ident with nothing or another ident after it, not
        # before news ("Bonsoir, le gouvernement a…")
        rest = sentence[match.end():].strip()
        return not rest or _ident_sentence(rest, station)
    return True


def idents(line: str, station: str | None = None) -> tuple[bool, str, bool]:
    """``(before, rest, after)``: ``line`` without the station idents, greetings and
    sign-offs that open or close it (whole sentences: the tables' ``idents`` opening one, a
    greeting alone or before another ident, a sentence of at most
    :data:`STATION_IDENT_WORDS` words opening with the ``station``'s name), and whether any
    stood before or after what is left ("Muy buenos días. El FMI rebajó…" → ``(True, "El FMI
    rebajó…", False)``); ``rest`` is empty for a line of idents only."""
    sentences = [s for s in _SENTENCE_END.split(line) if s.strip()]
    first = 0
    while first < len(sentences) and _ident_sentence(sentences[first], station):
        first += 1
    last = len(sentences)
    while last > first and _ident_sentence(sentences[last - 1], station):
        last -= 1
    return first > 0, " ".join(sentences[first:last]), last < len(sentences)


def _other_role(label: str) -> bool:
    """Whether a speaker ``label`` is a role of the tables and not an anchor's ("CORRESPONSAL",
    "REPORTER", "Gast")."""
    words = compiled()
    return words.roles.match(label) is not None and words.anchors.match(label) is None


def without_noises(text: str) -> str:
    """``text`` without the sound cues inside it ("Merci (rires) à vous" → "Merci à vous")."""

    def keep(match: re.Match[str]) -> str:
        inner = match.group(1).strip()
        known = compiled().noises.fullmatch(inner) or compiled().breaks.fullmatch(inner)
        return "" if known else match.group(0)

    return _INLINE_CUE.sub(keep, text).strip()


class Transcript:
    """A transcript read line by line (:meth:`feed`): its ``header`` (the lines above its
    first timestamp, cue, ident or turn: its title, "RFI Afrique - Journal de 7h00 - 4
    décembre 2026", naming its :attr:`station`), then what was said, as :class:`Segment` s
    (``found``; see the module docstring)."""

    def __init__(self) -> None:
        self.header: list[str] = []
        self.found: list[Segment] = []
        self._started = False
        self._start: float | None = None
        self._seam = False
        self._opening = True  # the next text opens a segment (a new line, a new cue)
        self._speaker: str | None = None  # the label of the turn going on

    @property
    def station(self) -> str | None:
        """The station its header names (:func:`station_name`), None before it is read."""
        return station_name(self.header)

    def feed(
        self, raw: str, start: float | None = None, end: float | None = None, opens: bool = True
    ) -> None:
        """Read one line; ``start`` / ``end``: its subtitle cue's times (seconds);
        ``opens``: the line begins a segment of its own (a text transcript's line, a cue's
        first line), else (a cue's next line) it goes on with the segment before unless a
        label opens a turn there."""
        line = " ".join(raw.split())
        self._opening = self._opening or opens
        if not line:
            return
        if start is not None:
            self._start = start
        stamp = _TIMESTAMP.match(line)
        if stamp is not None:
            self._start, line = seconds(stamp), line[stamp.end():].strip()
            self._started = True
            if not line:
                return
        kind = cue_kind(line)
        if kind is not None:
            self._started = True
            self._seam = self._seam or kind != "noise"
            return
        label, rest, turn = speaker(line)
        # its greeting, ident or sign-off ("JOURNALISTE : Bonjour à tous, voici les titres",
        # "Muy buenos días. El FMI…"): the station is the header's once the header is read
        before, rest, after = idents(rest, self.station if self._started else None)
        # a reporter's or a guest's greeting ("CORRESPONSAL: Buenos días. Aquí en Chivay…")
        # is dropped, no seam: the anchor's story goes on
        seam = label is None or not _other_role(label)
        if not rest:
            self._started = True
            self._seam = self._seam or seam
            if turn:
                self._speaker = label
            return
        if not self._started and not turn and start is None and not before:
            self.header.append(line)
            return
        self._started = True
        if turn:
            self._speaker = label
        self._seam = self._seam or (before and seam)
        text = without_noises(rest)
        if not text:
            return
        opening, self._opening = self._opening, False
        if not turn and not opening and self.found and not self._seam:
            self.found[-1].text += " " + text
            self.found[-1].end = end if end is not None else self.found[-1].end
            return
        self.found.append(
            Segment(text=text, speaker=self._speaker, turn=turn, start=self._start, end=end,
                    seam=self._seam, own_line=start is None)
        )
        self._start, self._seam = None, after and seam  # "… Hasta aquí el informativo."


def transcript_shaped(text: str) -> bool:
    """Whether a text file's opening (``text``) is a broadcast transcript, by its shape:
    at least 2 lines opening with a timestamp of hours, minutes and seconds beside a speaker
    turn or a sound cue, or a jingle, music or a station ident beside at least 2 speaker
    turns; and what stands above its first timestamp, cue, ident or turn (a scraper's
    ``URL:``/``Title:`` header left aside: :func:`clipper.read.textheader.split_header`) is a
    title of at most :data:`~clipper.config.TRANSCRIPT_HEADER_LINES` lines of at most
    :data:`IDENT_MAX_WORDS` words each, never an article's paragraphs (a column quoting a TV
    show's transcript under its own text stays a text dump).  A live blog's "10:32" times
    give no seconds; an interview's "Q:"/"SPIEGEL:" turns come without jingles or idents; a
    dump's "[Photo]" line alone is no transcript."""
    stamps = turns = cues = seams = header = 0
    for raw in split_header(text)[1].splitlines():
        line = " ".join(raw.split())
        if not line:
            continue
        stamp = _TIMESTAMP.match(line)
        if stamp is not None and stamp.group(1) is not None:
            stamps += 1
            line = line[stamp.end():].strip()
            if not line:
                continue
        kind = cue_kind(line)
        if kind is not None:
            cues += 1
            seams += kind == "break"
        elif ident(line):
            seams += 1
        elif speaker(line)[2]:
            turns += 1
        elif stamps + cues + seams + turns == 0:
            header += 1  # above the transcript: its title, or an article's own text
            if header > TRANSCRIPT_HEADER_LINES or len(line.split()) > IDENT_MAX_WORDS:
                return False
    return (stamps >= 2 and turns + cues >= 1) or (seams >= 1 and turns >= 2)
