"""A page's fill words: the figures, month and weekday names and names a template fills its
slots with (:func:`fill_words`; names: :func:`name_words`, a word the text writes capitalised
and never in lower case, a dateline's place and an agency's credit aside), each as a key of its
kind (:data:`NAME`, :data:`CALENDAR`, a figure's none) above a CRC-32 of its spelling, read when
a page is prepared for verification (:mod:`clipper.matchview`).  Two pages' fills are compared
where the two texts align but differ by :mod:`clipper.templatefills`, whose docstring gives the
rules and their findings.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Collection, Iterator, Sequence
from itertools import filterfalse, groupby

import numpy as np
import numpy.typing as npt
import regex

from clipper.agencydatelines import AGENCIES, AGENCY_ACRONYM
from clipper.calendarwords import ALONE, CALENDAR_FILLS, CALENDAR_PARTICLES, common_words
from clipper.paragraphs import word_memo
from clipper.words import words

#: a page without fill words (see :func:`fill_words`)
NO_FILLS: npt.NDArray[np.uint32] = np.empty(0, dtype=np.uint32)

# a fill word's key: its kind in the top two bits (a figure 0, a calendar name 1, a name 2)
# above 30 bits of a CRC-32 of the word (1 in 2**30 of two words' keys collide)
KEY_MASK = 0x3FFFFFFF
CALENDAR = 1 << 30
NAME = 2 << 30

# a run of word characters (marks among them) opening with a capital or title-case letter;
# in ASCII, a run of word characters opening with a letter (``re``: 2x faster)
_CAPITALISED = regex.compile(r"(?<!\w)[\p{Lu}\p{Lt}]\w*")
# the words of the news agencies' credits (clipper.agencydatelines.AGENCIES), as words() writes
# them: no names a template fills
_AGENCY_WORDS = frozenset(words(" ".join(AGENCIES)))
# a paragraph opening with a place and an agency's credit in parentheses, no date needed
# ("SAN PEDRO (Reuters) -", "Washington (CNN) —"), or with a place in capitals, a credit in
# parentheses or none, and a dash ("LOS ANGELES —", "TOKYO (Wire) —"): a dateline, which a
# copy may change
_PLACE_CREDIT = regex.compile(
    r"[ \t]*(?:(?P<place>[^\n()]{1,40}?)[ \t,]*\((?:"
    + "|".join(sorted((regex.escape(a) for a in AGENCIES), key=len, reverse=True))
    + r"|"
    + AGENCY_ACRONYM
    + r")\)"
    + r"|(?P<capitals>\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}?)[ \t,]*"
    + r"(?:\((?P<credit>[^()\n]{2,30})\)[ \t]*)?[-–—])"
)
# how many of a text's first paragraphs a dateline may open (a headline line above it)
_DATELINE_LINES = 3
_ASCII_RUN = re.compile(r"(?<!\w)[A-Za-z]\w*")


def name_words(text: str, word_list: Sequence[str] | None = None) -> frozenset[str]:
    """The names of ``text`` as ``clipper.words.words`` writes them: the words of its runs of
    word characters that open with a capital ("Kouadio", "N'Guessan", "CHU", "M.") that it
    never writes otherwise (a sentence's first "La", "The", "Les" stands lower-cased elsewhere
    in the text: a word is a name when it occurs in ``word_list``, ``words(text)``, no more
    often than in capitalised runs), but the words of a news agency's credit
    (``clipper.agencydatelines.AGENCIES``: "Reuters", "AP", "Associated Press": a copy under
    another dateline credits another agency, no template's slot) and of the place a dateline
    opens with before such a credit (:func:`_dateline_places`) when the dateline is where
    the text writes it (a place the story names again below its dateline, "TARNOW LAKE
    (Wire) - … in Tarnow Lake", is a name the text writes: another copy of the story naming
    it in a lead of its own names no one this text never writes).  Empty for a text of a
    script without case."""
    written: Counter[str] = Counter()
    other: list[str] = []
    # by distinct space-separated token (a text's words repeat): those with a capital
    counts = Counter(text.split())
    for token in filterfalse(str.islower, counts):
        n = counts[token]
        if token.isascii():
            for run in _ASCII_RUN.findall(token):
                if run[0].isupper():
                    written[run.lower()] += n
        else:
            other += _CAPITALISED.findall(token) * n
    if other:
        written.update(words(" ".join(other)))
    if not written:
        return frozenset()
    if word_list is None:
        word_list = words(text)
    total = Counter(word_list)
    placed = _dateline_places(text)
    return frozenset(
        word
        for word, n in written.items()
        if total[word] <= n and word not in _AGENCY_WORDS and n > placed[word]
    )


def _dateline_places(text: str) -> Counter[str]:
    """The words of the places that open one of the first ``_DATELINE_LINES`` paragraphs of
    ``text`` before a news agency's credit ("SAN PEDRO (Reuters) -", "Washington (CNN) —"),
    or in capitals before a dash, a credit between ("LOS ANGELES —", "TOKYO (Wire) —": the
    credit's words too), each with how often the datelines write it: a copy's dateline,
    which it may change, no template's slot."""
    placed: Counter[str] = Counter()
    for line in [line for line in text.split("\n") if line.strip()][:_DATELINE_LINES]:
        found = _PLACE_CREDIT.match(line)
        if found is not None:
            placed.update(words(found["place"] or f"{found['capitals']} {found['credit'] or ''}"))
    return placed


def fill_words(
    word_list: Sequence[str], names: Collection[str] = (), language: str | None = None
) -> npt.NDArray[np.uint32]:
    """The words of a text (``clipper.words.words``) a template fills: those opening with a
    digit of any script (``2026``, ``50`` of "$0.50", ``3rd``), the month and weekday names
    (``clipper.calendarwords.CALENDAR_FILLS``: "décembre", "Friday" wherever they stand, one
    that is a word of some language too, or an abbreviation, only next to a figure: "3 dic",
    "mai 2026", not "de", "des", "may" in a sentence; on a page in ``language``, never one of
    its common words that names nothing in it: French "des 27 pays",
    :func:`clipper.calendarwords.common_words`) and the text's ``names`` (:func:`name_words`),
    as a flat array ``[index, key, index, key …]`` (the word's index in ``word_list``,
    ascending, and its key: 30 bits of a CRC-32 of the word, a name's spelling
    (:func:`_spelling`), under its kind, a figure 0, a calendar name ``1 << 30``, a name
    ``2 << 30``; ``words`` reads digits of every script as ASCII, "٢٠٢٦" as 2026).
    ``NO_FILLS`` when there are none."""
    found: list[int] = []
    for at, kind in _filled(word_list, names, language):
        found += (at, _fill_key(word_list[at], kind))
    return np.array(found, dtype=np.uint32) if found else NO_FILLS


# A night's texts fill their templates with the same names, figures and months again and again
# (the first 2,000 one-day records of bench/oneday.py: ~80 fills a record, a name's spelling
# worked out by a loop over its letters): each word's key is kept (a word and its kind ~0.2 KB:
# ≤ ~13 MB a process).
_FILL_KEYS_KEPT = 1 << 16


@word_memo(_FILL_KEYS_KEPT)
def _fill_key(word: str, kind: int) -> int:
    """The key :func:`fill_words` gives ``word`` filling a slot of ``kind`` (0, ``CALENDAR``
    or ``NAME``): 30 bits of a CRC-32 of the word, a name's of its spelling
    (:func:`_spelling`), under the kind's bits."""
    spelled = _spelling(word) if kind == NAME else word
    return zlib.crc32(spelled.encode("utf-8", "surrogatepass")) & KEY_MASK | kind


def fill_positions(word_list: Sequence[str], names: Collection[str] = ()) -> list[int]:
    """Where :func:`fill_words`' words stand in ``word_list`` (their indices, ascending),
    without their keys."""
    return [at for at, _ in _filled(word_list, names)]


def _filled(
    word_list: Sequence[str], names: Collection[str], language: str | None = None
) -> Iterator[tuple[int, int]]:
    """``(index, kind)`` of each word of ``word_list`` a template fills (:func:`fill_words`;
    on a page in ``language``, not its common words: :func:`clipper.calendarwords.common_words`)."""
    common = common_words(language)
    for at, word in enumerate(word_list):
        if word[0].isdigit():
            yield at, 0
        elif word in CALENDAR_FILLS and (
            CALENDAR_FILLS[word] == ALONE
            or (word not in common and _beside_figure(word_list, at, common))
        ):
            yield at, CALENDAR
        elif word in names:
            yield at, NAME


def _beside_figure(word_list: Sequence[str], at: int, common: frozenset[str] = frozenset()) -> bool:
    """Whether the word before or after ``word_list[at]``, particles between them skipped
    (``clipper.calendarwords.CALENDAR_PARTICLES``: "3 de dic."; not the page's language's
    ``common`` words: Spanish "mar a 5 km"), opens with a digit."""
    for step in (-1, 1):
        i = at + step
        while (
            0 <= i < len(word_list)
            and word_list[i] in CALENDAR_PARTICLES
            and word_list[i] not in common
        ):
            i += step
        if 0 <= i < len(word_list) and word_list[i][0].isdigit():
            return True
    return False


def _spelling(name: str) -> str:
    """What a name's spellings share: its first letter and its other letters but the vowels,
    "h", "w" and "y", marks left out (NFKD) and a letter written twice once: "Koné", "Kone"
    and "Koneh" are "kn", "Tolland" and a misspelt "Tolalnd" "tlnd", "Zelensky" and
    "Zelenskyy" "zlnsk" (a copy that respells or corrects a name fills no slot with it;
    two names so written alike, "Koné" and "Kane", are one fill)."""
    bare = [c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)]
    kept = bare[:1] + [c for c in bare[1:] if c not in "aeiouhwy"]
    return "".join(c for c, _ in groupby(kept))
