"""A story's lead: the paragraph the digest shows under its headline.

The first paragraph of the story's lead article that a reader would take for the story's
opening: photo captions (:mod:`clipper.captions`), editor's notes and corrections
(:mod:`clipper.corrections`), notes of where a reposted item came from
(:mod:`clipper.feednotes`), wire bylines and short label lines are passed over; an agency's
dateline is cut from the lead's start, in every language: one wrapping its place in the credit,
as Chinese, Japanese and Korean services write it ("(서울=연합뉴스) 이지은 기자 = ",
"新华社北京12月4日电（记者王建国）", "【高松共同】":
:func:`clipper.agencycredits.wrapped_dateline`),
and a place, a date and a credit before a dash (:func:`opening_dateline`: "WASHINGTON (AP) — ",
"LONDON, Dec 5 (Reuters) - ", "MADRID, 3 dic (EFE).- ", "(ANSA) - ROMA, 3 DIC - "), and a
Persian, Arabic or Urdu report's place and agency between dashes or its reporting formula
("تهران- ایرنا- ", "به گزارش خبرگزاری ایرنا، ": :func:`clipper.creditformulas.opening_credit`;
a text stored before the cleaning cut them keeps them).
"""

from __future__ import annotations

import re

import regex

from clipper import graphemes
from clipper.agencycredits import credited_agencies, wrapped_dateline
from clipper.agencydatelines import (
    AGENCY_ACRONYM,
    CAPS_OPENING,
    CREDIT_OPENING,
    agency_dateline,
    self_credit,
)
from clipper.captions import is_caption
from clipper.corrections import is_editors_note
from clipper.creditformulas import opening_credit as formula_opening
from clipper.feednotes import repost_note
from clipper.scripts import SENTENCE_END, count_words

# A lead is a paragraph: at least LEAD_MIN_WORDS words ending a sentence, or
# LEAD_LONG_WORDS words (a dateline's "HELSINKI (AP) — The Latest on ... (all times local):").
LEAD_MIN_WORDS = 8
LEAD_LONG_WORDS = 15


def lead_paragraph(text: str | None, limit: int) -> str:
    """The story's lead: the first paragraph (line) of ``text`` that is not a photo caption
    (:func:`clipper.captions.is_caption`: "In this June 30, 2013 file photo, ...", a line
    ending with a credit or a gallery's "less") nor an editor's note
    (:func:`clipper.corrections.is_editors_note`: "Editor's note: This story was updated …")
    nor a note of where a reposted item came from (:func:`clipper.feednotes.repost_note`:
    "本文转载自…", "Sumber: Antara", "This article was originally published on …") and reads
    as a paragraph (see :data:`LEAD_MIN_WORDS`: not a credit, label, share bar or headline
    line); else the first that is not a caption; else the first non-empty one; without a
    wrapped agency dateline opening it (:func:`clipper.agencycredits.wrapped_dateline`:
    "(서울=연합뉴스) 이지은 기자 = 서울시가 …" → "서울시가 …") or any other dateline
    (:func:`opening_dateline`: "WASHINGTON (AP) — The Senate …" → "The Senate …"); cut at a
    word to ``limit`` chars (without a space, at a character as read:
    :func:`clipper.graphemes.cut`); "" for no text."""
    paragraphs = [" ".join(line.split()) for line in (text or "").splitlines()]
    paragraphs = [line for line in paragraphs if line]
    prose = [
        p for p in paragraphs if not is_caption(p) and not is_editors_note(p) and not repost_note(p)
    ]
    line = next(
        (p for p in prose if _reads_as_paragraph(p)),
        prose[0] if prose else (paragraphs[0] if paragraphs else ""),
    )
    if not line.isascii() and (dateline := wrapped_dateline(line)) is not None:
        line = line[dateline[0] :]
    elif not line.isascii() and (credit := formula_opening(line)) is not None:
        line = line[credit.end :]
    else:
        line = line[opening_dateline(line) :]
    if len(line) <= limit:
        return line
    # at a word, else at a character as read (clipper.graphemes: "किसा", never "किसानो")
    start = graphemes.cut(line, limit)
    return (start.rsplit(" ", 1)[0] if " " in start else start).rstrip(",;:—–-") + " …"


_ACRONYM = regex.compile(AGENCY_ACRONYM)


def opening_dateline(line: str) -> int:
    """The offset of the text after the dateline ``line`` opens with, 0 for none: an agency's
    dateline of a place, a date and its credit (:func:`clipper.agencydatelines.agency_dateline`:
    "LONDON, Dec 5 (Reuters) - ", "MADRID, 3 dic (EFE).- "), a place (or none) and an agency's
    credit before a dash (the credit any spelling :func:`clipper.agencycredits.credited_agencies`
    reads, an agency's acronym, or a network's own credit,
    :func:`clipper.agencydatelines.self_credit`: "WASHINGTON (AP) — ", "(ANSA) - ", "Berlin
    (dpa) - ", "DOHA (Al Jazeera) – "), then
    a place in capitals before a dash ("(ANSA) - ROMA, 3 DIC - "), or that alone before a
    sentence ("KYIV, Ukraine — Russia …"; not "NATO — the alliance …").  A word in
    parentheses with no dash after it is the sentence's ("The Senate (AP) said …": 0), and
    so is a credit that is no agency's ("Paris (Estimation) - ")."""
    end = 0
    if "(" in line[:200]:
        if (dateline := agency_dateline(line)) is not None:
            end = dateline.end
        elif (opening := CREDIT_OPENING.match(line)) is not None and (
            _ACRONYM.fullmatch(opening["credit"])
            or credited_agencies(opening["credit"])
            or self_credit(opening["credit"])
        ):
            end = opening.end()
    if (caps := CAPS_OPENING.match(line, end)) is not None and (
        end or not line[caps.end() : caps.end() + 1].islower()
    ):
        end = caps.end()
    return end if line[end:].strip() else 0


# A wire byline kept above the story: "The Associated Press — By JANE ROE and JON VALE".
_BYLINE = re.compile(r"(?:^|[—–-] )By [A-Z][A-Z'’-]+\b")


def _reads_as_paragraph(line: str) -> bool:
    if _BYLINE.search(line):
        return False
    words = count_words(line)
    if words >= LEAD_LONG_WORDS:
        return True
    return words >= LEAD_MIN_WORDS and SENTENCE_END.search(line) is not None
