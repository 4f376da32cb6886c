"""Two instances of one template are two events: a link must hold without the template's lines.

A site's death notices ("Falleció José Antonio Pérez Lugo", "Con profundo pesar, sus familiares
comunican el fallecimiento de …, ocurrido el día … a los … años de edad", the wake, the
burial, the family's thanks), a data feed's match reports ("Boca Juniors 2-1 Racing Club:
resumen, goles y crónica del partido", "Con este resultado, … suma … puntos en la tabla de
posiciones …"), a wire's results pages: one frame filled with other names, teams, scores,
places and figures, and no date in the headline (:mod:`clipper.stories.series` asks a dated
line).  The copy layer keeps such instances apart as clusters
(:func:`clipper.templatefills.two_instances`), but their vectors meet on the frame and on what
it names every time (the funeral home, the cemetery, the league, the referee's line): three
notices of three people were one story at cosine 0.61-0.66, three matches at 0.62-0.69,
against a bar of 0.24 (newcomer 33, F5), and :mod:`clipper.stories.templated`'s figures rule
did not part them (a notice's fixed address, hours and telephone are figures both state).

So each story vector carries its article's *frame lines* (:func:`frame_lines`): its headline
and its text's sentences, each with ``StoryConfig.template_frame_words`` words or more besides
its fills (:func:`clipper.templatefills.fill_words`: figures, month and weekday names beside a
figure, and the words the article writes capitalised inside a sentence), at most
``StoryConfig.template_lines`` of them (a headline of one word besides its fills: "Falleció
■"), each kept as four CRC-32 keys: its *frame* (its words, each run of filled words one mask),
its *fill* (the filled words), and its frame's first and last
``StoryConfig.template_edge_words`` words; and, for each term, which of those lines hold it (a
bit a line: :attr:`~clipper.stories.termvector.Vector.line_bits`). Two clusters are two
instances of one template (:func:`instances_of_one_template`) when
``StoryConfig.instance_lines`` frames or more stand in both with other fills (a notice's
deceased, date and age, a report's teams and score); such a pair stays linked only when the
cosine of their vectors without the terms of every line whose frame, or its frame's first or
last words, stands in both (the template's lines, the same word for word ones too), each at
unit length again (:func:`untemplated_similarity`), clears
``StoryConfig.instance_similarity_share`` of their bar. Two reports of one event that print one
wire paragraph or quote the same statement share those lines word for word, with the same
fills: no evidence of a template, and their own lines still link them when one line's figure
was updated; two outlets' reports of one match are written in frames of their own. Like the
template, series and lead rules it is a property of the two articles only.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Sequence
from itertools import chain
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.prefixes import stem
from clipper.stories.ruleparts import RuleParts
from clipper.stories.series import similarity_without
from clipper.stories.termvector import Vector
from clipper.stories.tokens import NAME_JOINERS
from clipper.templatefills import fill_positions
from clipper.words import words

__all__ = [
    "SentenceRuns", "frame_lines", "instance_pairs", "instances_of_one_template",
    "recurring_names", "template_terms", "untemplated_similarity",
]

_MASK = "\x00"
# a sentence ends at ".", "!", "?", "।", "۔", "؟" or a CJK full stop, and at a line break (as
# clipper.stories.templated reads sentences)
_RUN = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"(?<=[.!?\u0964\u06d4\u061f\u3002\uff01\uff1f])\s+|\n+")


class SentenceRuns(NamedTuple):
    """An article's headline and sentences (a sentence ends at ".", "!", "?", "।", "۔", "؟" or
    a CJK full stop, and at a line break, as :mod:`clipper.stories.templated` reads them), each
    stripped, and each one's runs of ``\\w``: every run of the headline and text, read once
    for the frame lines and the rare names (:mod:`clipper.stories.eventnames`)."""

    sentences: list[str]
    runs: list[list[str]]

    @classmethod
    def of(cls, title: str | None, text: str) -> SentenceRuns:
        sentences = list(_sentences(title, text))
        return cls(sentences, [_RUN.findall(line) for line in sentences])

    def lowered(self) -> set[str]:
        """The runs written with a lower-case first letter, lower-cased."""
        # each distinct run once (a set of the runs is made in C)
        return {w.lower() for w in set(chain.from_iterable(self.runs)) if w[0].islower()}


def recurring_names(
    runs: Sequence[Sequence[str]],
    lowered: set[str],
    least: int,
    common: Callable[[list[str]], list[bool]],
) -> frozenset[str]:
    """The words of an article's lines (``runs``: each line's runs of ``\\w``) that fill a
    template as names though no capital inside a sentence marks them: a word standing in
    ``least`` lines or more and in half the article's lines or more, never written in lower
    case (``lowered``: :meth:`SentenceRuns.lowered`) and no common word of the language
    (``common``: for a list of words, whether each is one), as :func:`clipper.words.words`
    spells it.  A script
    without case (Arabic, Persian, Hebrew) never marks a name, and a name opening every
    sentence ("Yeşilova belediyesi ...", "Yeşilova ilkokulu ...") is marked only where another
    sentence writes it after its first word: a local item's place then stood in its frames,
    and items of one template and other places were no instances of it (newcomer 37,
    finding 7: 21 Arabic items of 8 places one story).  A word is counted by its stem without
    Arabic's and Hebrew's attached prefixes and suffixes (:func:`clipper.prefixes.stem`:
    ``بالواحة`` and ``الواحة``, ``בגבעת`` and ``גבעת`` are one word in two lines)."""
    lines_of: dict[str, set[int]] = {}
    forms: dict[str, set[str]] = {}
    # each distinct token read once: a name recurs by definition (~140 tokens a page on
    # bench/speed.py's HTML pages)
    keyed: dict[str, list[tuple[str, str]]] = {}
    for n, run in enumerate(runs):
        for token in run:
            if token[0].isdigit() or token[0].islower():
                continue
            read = keyed.get(token)
            if read is None:
                read = keyed[token] = (
                    [] if token.lower() in lowered else [(stem(w), w) for w in words(token)]
                )
            for key, word in read:
                lines_of.setdefault(key, set()).add(n)
                forms.setdefault(key, set()).add(word)
    least = max(least, (len(runs) + 1) // 2)
    found = sorted(w for key, seen in lines_of.items() if len(seen) >= least for w in forms[key])
    return frozenset(w for w, frequent in zip(found, common(found), strict=True) if not frequent)


def frame_lines(
    title: str | None,
    text: str | SentenceRuns,
    frame_words: int,
    most: int,
    edge: int,
    recurring: frozenset[str] = frozenset(),
) -> list[tuple[int, int, int, int, str]]:
    """``(frame, fill, line)`` of the headline ``title`` and each sentence of ``text`` (or of
    its :class:`SentenceRuns`, read with ``title``) holding
    at least ``frame_words`` words besides its fills (:func:`clipper.templatefills.fill_positions`,
    the names the words the line writes capitalised but its first, and its first where another
    sentence writes it capitalised after its first, and the ``recurring`` names:
    :func:`recurring_names`), the first ``most`` of them in order (a
    headline of one such word).  ``frame``: the CRC-32 of the line's words
    (``clipper.words.words``) with each run of filled words one mask ("■ suma ■ puntos en la
    tabla", whatever the teams' names' lengths); ``fill``: of the filled words, in order;
    ``head`` and ``tail``: of the frame's first and last ``edge`` words and masks.  Returns
    ``(frame, fill, head, tail, line)`` tuples."""
    found: list[tuple[int, int, int, int, str]] = []
    sentences, runs = text if isinstance(text, SentenceRuns) else SentenceRuns.of(title, text)
    # the words a sentence writes capitalised after its first: names, whatever the rest of the
    # article writes (two instances' lines are masked alike: "Del" of "Cochería Del Carmen")
    inner = [[w for w in run[1:] if w[0].isupper()] for run in runs]
    named = frozenset(words(" ".join(w for caps in inner for w in caps)))
    for n, (line, run, caps) in enumerate(zip(sentences, runs, inner, strict=True)):
        least = 1 if n == 0 and title else frame_words  # a headline's frame: "falleció ■"
        # an ASCII line's words are its runs lower-cased, one for one (clipper.words)
        ascii_line = line.isascii()
        seq = [w.lower() for w in run] if ascii_line else words(line)
        if len(seq) < least:
            continue
        if not caps:
            names = set()
        elif ascii_line:
            names = {w.lower() for w in caps}
        else:
            names = set(words(" ".join(caps)))
        if recurring:
            names.update(recurring.intersection(seq))
        # a first word is a name where another sentence writes it so ("Talleres ganó", "Con
        # este resultado, Talleres suma"), not "Falleció ■" or "Con este resultado"
        if run and run[0][0].isupper():
            first = [run[0].lower()] if ascii_line else words(run[0])
            if first and first[0] in named:
                names.add(first[0])
        filled = [False] * len(seq)
        for at in fill_positions(seq, names):
            filled[at] = True
        # a joiner between two filled words fills too ("María Esther Quiroga de Sosa",
        # "1 de diciembre de 2026"): one run, whatever the name
        joined = [
            i for i in range(1, len(seq) - 1)
            if filled[i - 1] and filled[i + 1] and seq[i] in NAME_JOINERS
        ]  # fmt: skip
        for i in joined:
            filled[i] = True
        if len(seq) - sum(filled) < least:
            continue
        frame = [
            _MASK if f else w
            for i, (w, f) in enumerate(zip(seq, filled, strict=True))
            if not (f and i and filled[i - 1])
        ]
        fill = " ".join(w for w, f in zip(seq, filled, strict=True) if f)
        found.append((
            _crc(" ".join(frame)), _crc(fill), _crc(" ".join(frame[:edge])),
            _crc(" ".join(frame[-edge:])), line,
        ))  # fmt: skip
        if len(found) == most:
            break
    return found


def _sentences(title: str | None, text: str) -> Iterable[str]:
    if title and title.strip():
        yield title.strip()
    for sentence in _SENTENCE_END.split(text):
        if sentence.strip():
            yield sentence.strip()


def _crc(text: str) -> int:
    return zlib.crc32(text.encode("utf-8", "surrogatepass"))


def _template(first: Vector, second: Vector) -> npt.NDArray[np.uint32]:
    """The frames standing in both (:attr:`Vector.lines`' frame keys), sorted."""
    return np.intersect1d(first.lines[0::4], second.lines[0::4])


def instances_of_one_template(first: Vector, second: Vector, least: int) -> bool:
    """Whether two clusters' frame lines (:attr:`Vector.lines`: frame and fill keys, one pair
    a line) are two instances of one template: ``least`` frames or more in both, each with a
    fill in one that the other does not give it.  Symmetric in the two."""
    shared = _template(first, second)
    if len(shared) < least:
        return False
    mine, theirs = first.lines.reshape(-1, 4), second.lines.reshape(-1, 4)
    other = 0
    for frame in shared.tolist():
        fills = set(mine[mine[:, 0] == frame, 1].tolist())
        if fills != set(theirs[theirs[:, 0] == frame, 1].tolist()):
            other += 1
    return other >= least


def instance_pairs(
    vectors: Sequence[Vector],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    least: int,
    parts: RuleParts | None = None,
) -> npt.NDArray[np.bool_]:
    """:func:`instances_of_one_template` of each pair (``vectors[first[i]]``,
    ``vectors[second[i]]``) at once, the same answers: each end's frames numbered with the set
    of fills it gives them (a number a distinct (frame, fills) in the call, or in the pass of
    ``parts``, which keeps each vector's), a pair's frames in both less its (frame, fills) in
    both are the frames with other fills, both counted by one sorted-set intersection of all
    the pairs (:func:`clipper.sortedsets.intersection_sizes`).  Costs a dict look-up a line of
    each end (once a pass with ``parts``), not a Python loop a pair."""
    if not len(first):
        return np.zeros(0, np.bool_)
    ends = sortedsets.distinct(np.concatenate([first, second]))
    parts = parts if parts is not None else RuleParts()
    frames: list[npt.NDArray[np.uint32]] = []
    filled: list[npt.NDArray[np.uint32]] = []
    for end in ends.tolist():
        mine, numbered = parts.instances(vectors[end])
        frames.append(mine)
        filled.append(numbered)
    one, other = np.searchsorted(ends, first), np.searchsorted(ends, second)
    keys, starts, stops = sortedsets.packed(frames)
    shared = sortedsets.intersection_sizes(keys, starts, stops, one, other)
    keys, starts, stops = sortedsets.packed(filled)
    alike = sortedsets.intersection_sizes(keys, starts, stops, one, other)
    return shared - alike >= least


def template_terms(vector: Vector, other: Vector) -> npt.NDArray[np.uint32]:
    """The keys of ``vector``'s terms that a line of its template with ``other`` holds
    (:attr:`Vector.line_bits`): a line whose frame, or its frame's first or last words, a line
    of ``other`` has (one template line fills a verb too: "talleres ganó ■ ante ■ este domingo
    en el estadio ■ en un partido válido por la fecha ■" and "river ■ empató ■ ante ■ …"),
    sorted."""
    if not len(vector.line_bits):
        return np.zeros(0, np.uint32)
    mine, theirs = vector.lines.reshape(-1, 4), other.lines.reshape(-1, 4)
    lines = np.zeros(len(mine), np.bool_)
    for part in (0, 2, 3):
        lines |= np.isin(mine[:, part], theirs[:, part])
    bits = int(np.bitwise_or.reduce(np.left_shift(1, np.flatnonzero(lines)), initial=0))
    return vector.keys[(vector.line_bits & np.uint8(bits)) != 0]


def untemplated_similarity(first: Vector, second: Vector) -> float:
    """The cosine of two vectors without the terms of either's template lines
    (:func:`template_terms`), each at unit length: what they share besides the template."""
    template = np.union1d(template_terms(first, second), template_terms(second, first))
    return similarity_without(first, second, template)
