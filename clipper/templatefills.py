"""Two instances of one template: where two texts that match as copies align, do they differ in
the figures and dates a template fills?

A company's dividend release each quarter, the weekly jobless claims, "Gas prices in
Springfield today", a league's scores, a weather or lottery page, a monthly index report: one
template, the same sentences, filled with another period's figures, dates and names.  Two such
instances share most of their 5-word shingles (Jaccard 0.4-0.8, a short one covered by the
longer at 0.8 or more), so verification took them for copies (newcomer 31's F-A: the
September and December dividend releases of one company, the same sentences and "About"
block, were one cluster).  A copy differs from its source otherwise: a new lead, furniture, a
trim, a paragraph added or dropped, a word edited here and there, a corrected figure.

The signal is in the places the two texts align but differ (:func:`template_fills`): each run
of the shorter page's words outside shared shingles between two runs inside them is a
*substitution* when the longer page has words of its own between the same two shared shingles
(both short: ``MatchConfig.template_span_words``).  A substitution *fills a slot* when each
side holds a figure or a month or weekday name (:func:`clipper.fillwords.fill_words`) the other
side's span does not: "Sept. 2" against "Dec. 3", "$0.50" against "$0.52", "Friday" against
"Saturday". Two pages are two instances when each holds ``MatchConfig.template_fills`` distinct such
words the other's spans lack, and slot fills are ``MatchConfig.template_fill_share`` of their
substitutions.  A corrected copy changes one figure (however often the story repeats it); an
update adds a paragraph (an insertion, no substitution) or rewrites sentences (substitutions of
words, no slot); a sub-editor's house style spells a number out ("5" against "five": a figure
on one side only); a heavily edited copy's few edited figures are a small share of its edits;
a sub-editor's rounded figure ("37,000" for "37,412") is no figure of its own
(:mod:`clipper.roundings`).

A template also fills its slots with names: a site's death notices ("La famille X a la
profonde douleur d'annoncer le décès de …", the funeral's programme, the condolences) differ
in the people, the town, the hospital and the age; one call's job offers in the post, the duty
station and the reference (a francophone Africa desk's finding 3, newcomer 32: two notices of
different people were one cluster, the figures a week's notices fill too few).  A *name* is a
word the text writes capitalised and never in lower case (:func:`clipper.fillwords.name_words`:
"Kouadio", "Bouaké", "M.", not a sentence's first "La").  Names count as fills under a stricter rule
(:func:`two_instances`, :func:`slot_fills`): a substitution between two shared shingles
(``MatchConfig.template_name_inner``) and one with a figure on each side
(``template_name_figures``: a notice's day and age, an offer's reference; a copy under other
photo credits differs in names alone) must be filled, and above the first shared shingle or
below the last only a span with a figure of its own on each side fills a slot (a notice's
first lines: the deceased's day and age), where a re-headlined copy, a wire copy under
another dateline city or with a byline of its own differ in names alone and there alone; a
copy corrects or respells a name (one fill however often it stands, its spellings one:
:func:`clipper.fillwords._spelling`) and an update adds a paragraph.  A text of a script without
case (Arabic, Devanagari, Han) has no names: its instances need figures.

Two notices of one site's week can differ in nothing but the person: the same day, hours,
chapel ("Capela 3") and cemetery, the deceased named in the first line above the formula or
in a slot or two of it (stories34's two Portuguese obituaries were one cluster).  They are
two instances by their *people* (:func:`_people`): each page names, where the two differ,
``MatchConfig.template_person_names`` names the other page never writes, and writes one of
them ``template_person_mentions`` times or ``template_person_opening`` of them side by side
in its first line above the first shared shingle (the notice's person: :func:`_first_line`).
A copy's byline or photo credit names its names once, between shared shingles; a
dateline's place and an agency's credit are no names (:func:`clipper.fillwords.name_words`); a
re-headlined and re-datelined copy differs in two lines, not its first alone, and a new lead's
capitalised words stand apart; a corrected name is one name; a re-headlined copy's source
names its headline's people again in the body the copy shares.

Read only for pairs verification accepts (``clipper.match.verify_pair``); the spans are found
with NumPy, and only those holding fill words on both sides are compared word by word.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple, Protocol

import numpy as np
import numpy.typing as npt

from clipper.config import MatchConfig
from clipper.fillwords import KEY_MASK, NAME

# clipper.stories.instances and clipper.stories.series (not touched in session 49) import or
# name these here: to be named in clipper.fillwords
from clipper.fillwords import fill_positions as fill_positions
from clipper.fillwords import fill_words as fill_words
from clipper.roundings import pair_key

__all__ = [
    "SlotFills",
    "fill_positions",
    "fill_words",
    "slot_fills",
    "template_fills",
    "two_instances",
]


class Page(Protocol):
    """What :func:`template_fills` reads of a page (``clipper.match.Candidate``)."""

    @property
    def sequence(self) -> npt.NDArray[np.uint32]: ...
    @property
    def positions(self) -> npt.NDArray[np.int64] | None: ...
    @property
    def fills(self) -> npt.NDArray[np.uint32]: ...
    @property
    def lead_words(self) -> tuple[int, ...]: ...
    @property
    def roundings(self) -> npt.NDArray[np.uint32]: ...


def _without_names(fills: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """``fills`` less its names' pairs (:func:`clipper.fillwords.fill_words`)."""
    figure = (fills[1::2] & np.uint32(NAME)) == 0
    if figure.all():
        return fills
    return fills.reshape(-1, 2)[figure].reshape(-1)


def template_fills(
    shorter: Page,
    longer: Page,
    hit: npt.NDArray[np.bool_],
    config: MatchConfig,
    shingle_words: int = 5,
    names: bool = True,
) -> tuple[int, int, int]:
    """``(fills, filled, substitutions)`` of two pages (``hit``: ``shingle_hits`` of the
    shorter page's sequence in the longer page): the substitutions where they align (the
    module), how many of them fill a slot (``filled``), and the fewer of the two pages'
    distinct fill words that its filled spans hold and the other page's do not (``fills``).
    ``substitutions`` counts spans of at most ``config.template_span_words`` words on each
    side.  ``names``: whether names fill slots (:func:`clipper.fillwords.fill_words`; above the
    first shared shingle and below the last only with a figure: :func:`slot_fills`), or figures and
    calendar names alone."""
    return slot_fills(shorter, longer, hit, config, shingle_words, names)[:3]


class SlotFills(NamedTuple):
    """:func:`slot_fills`' counts."""

    # the fewer of the two pages' distinct fill words their filled spans hold, the other's not
    fills: int
    # substitutions filling a slot
    filled: int
    # substitutions (spans of at most MatchConfig.template_span_words a side)
    substitutions: int
    # filled substitutions between two shared shingles
    inner: int
    # filled substitutions where each side holds a figure (a word opening with a digit) the
    # other's lacks
    figured: int
    # the fewer of the two pages' people: names of a substitution's side that the other page
    # never writes, counted only when the page writes one of them template_person_mentions
    # times or more (:func:`_people`); 0 without names
    people: int = 0


def slot_fills(
    shorter: Page,
    longer: Page,
    hit: npt.NDArray[np.bool_],
    config: MatchConfig,
    shingle_words: int = 5,
    names: bool = True,
) -> SlotFills:
    """:func:`template_fills`, how many of the filled substitutions lie between two shared
    shingles and how many fill a figure on each side (:class:`SlotFills`).  With ``names``,
    the span above the first shared shingle and the one below the last are substitutions of
    any lengths (a notice's first lines: the deceased's names, the date and the age, words
    as many as the people's names), filled only where each side holds a figure the other's
    lacks: a headline, a dateline or a byline of a copy's own holds names and no figure of
    its own.  Without, they are substitutions when as many words a side."""
    width = shingle_words if len(hit) > 1 else 1
    anchors = np.flatnonzero(hit)
    fills_s, fills_l = shorter.fills, longer.fills
    if not names:
        fills_s, fills_l = _without_names(fills_s), _without_names(fills_l)
    if not len(anchors) or len(fills_s) < 2 or len(fills_l) < 2:
        return SlotFills(0, 0, 0, 0, 0)
    gap = np.flatnonzero(np.diff(anchors) > 1)
    first, last = anchors[:1], anchors[-1:]
    before, after = anchors[gap], anchors[gap + 1]

    def words_at(page: Page, at: npt.NDArray[np.intp]) -> npt.NDArray[np.int64]:
        return at.astype(np.int64) if page.positions is None else page.positions[at]

    def words_of(page: Page) -> int:  # one past the last word of the page's sequence
        n = len(page.sequence)
        return n + width - 1 if page.positions is None else int(page.positions[-1]) + width

    # where the longer page has the shorter page's shingles (each at its first position there;
    # one it holds only in a caption left out of its sequence has no place: -1)
    order = np.argsort(longer.sequence, kind="stable")
    ranked = longer.sequence[order]
    wanted = shorter.sequence[np.concatenate((before, after, first, last))]
    found = np.minimum(np.searchsorted(ranked, wanted), len(ranked) - 1)
    places = np.where(ranked[found] == wanted, order[found], -1)
    place_before, place_after = places[: len(gap)], places[len(gap) : 2 * len(gap)]
    place_first, place_last = places[-2:-1], places[-1:]
    # between two runs of shared shingles: the shorter page's words outside them, and the
    # longer page's between the same two shingles
    known = (place_before >= 0) & (place_after > place_before)
    start = np.concatenate(
        (
            words_at(shorter, before) + width,
            [0],
            words_at(shorter, last) + width,
        )
    )
    end = np.concatenate((words_at(shorter, after), words_at(shorter, first), [words_of(shorter)]))
    start_l = np.concatenate(
        (
            np.where(known, words_at(longer, np.maximum(place_before, 0)) + width, 0),
            [0],
            words_at(longer, np.maximum(place_last, 0)) + width,
        )
    )
    end_l = np.concatenate(
        (
            np.where(known, words_at(longer, np.maximum(place_after, 0)), 0),
            words_at(longer, np.maximum(place_first, 0)),
            [words_of(longer)],
        )
    )
    # above the first shared run and below the last: the two pages' words there when they are
    # as many (a slot's fill keeps its words: "Sept. 2" and "Dec. 3"; a site's own header or
    # footer lines seldom do), or of any lengths when names fill slots (the docstring)
    edges = np.concatenate((place_first, place_last)) >= 0
    if not names:
        edges &= end[-2:] - start[-2:] == end_l[-2:] - start_l[-2:]
    span = config.template_span_words
    substitution = (
        np.concatenate((known, edges))
        & (end > start)
        & (end_l > start_l)
        & (end - start <= span)
        & (end_l - start_l <= span)
    )
    substitutions = int(np.count_nonzero(substitution))
    if not substitutions:
        return SlotFills(0, 0, 0, 0, 0)
    # each span's fill words on either side: [lo, hi) of the page's fills
    at_s, keys_s = fills_s[0::2], fills_s[1::2]
    at_l, keys_l = fills_l[0::2], fills_l[1::2]
    lo_s, hi_s = np.searchsorted(at_s, start), np.searchsorted(at_s, end)
    lo_l, hi_l = np.searchsorted(at_l, start_l), np.searchsorted(at_l, end_l)
    filled = inner = figured = 0
    changed: tuple[set[int], set[int]] = (set(), set())
    named: tuple[set[int], set[int]] = (set(), set())
    opening: tuple[set[int], set[int]] = (set(), set())
    # what each span's figures round to (clipper.roundings.rounding_keys): [lo, hi) of them
    at_rs, keys_rs = shorter.roundings[0::2], shorter.roundings[1::2]
    at_rl, keys_rl = longer.roundings[0::2], longer.roundings[1::2]
    lo_rs, hi_rs = np.searchsorted(at_rs, start), np.searchsorted(at_rs, end)
    lo_rl, hi_rl = np.searchsorted(at_rl, start_l), np.searchsorted(at_rl, end_l)
    for i in np.flatnonzero(substitution & (hi_s > lo_s) & (hi_l > lo_l)).tolist():
        side_s = set(keys_s[lo_s[i] : hi_s[i]].tolist())
        side_l = set(keys_l[lo_l[i] : hi_l[i]].tolist())
        own_s, own_l = side_s - side_l, side_l - side_s
        # a figure rounding one the other side states is none of its own: "37,000" against
        # "37,412" ("000" against "412"), "3.5" against "3.52"
        if hi_rl[i] > lo_rl[i]:
            own_s -= _rounded(at_s, keys_s, lo_s[i], hi_s[i], keys_rl[lo_rl[i] : hi_rl[i]])
        if hi_rs[i] > lo_rs[i]:
            own_l -= _rounded(at_l, keys_l, lo_l[i], hi_l[i], keys_rs[lo_rs[i] : hi_rs[i]])
        if not (own_s and own_l):
            continue
        if names:
            people_s = {key for key in own_s if key >> 30 == NAME >> 30}
            people_l = {key for key in own_l if key >> 30 == NAME >> 30}
            shared = {key for key in side_s & side_l if key >> 30 == NAME >> 30}
            if (
                len(shared) >= config.template_person_same
                and _side_by_side(at_s[lo_s[i] : hi_s[i]], keys_s[lo_s[i] : hi_s[i]], shared)
                and _side_by_side(at_l[lo_l[i] : hi_l[i]], keys_l[lo_l[i] : hi_l[i]], shared)
            ):
                # both sides name one person here, a first and a last name side by side:
                # what else differs is a house style's title, party or state ("Senator Ben
                # Sasse, Republican of Nebraska" and "Sen. Ben Sasse, R-Neb."), no other
                # person (a notice's "Faleceu" or "Doña" both write is no such name)
                people_s, people_l = set(), set()
            named[0].update(people_s)
            named[1].update(people_l)
            # above the first shared shingle, the names of the text's first line when the
            # pages differ there alone (a notice's person; a re-headlined copy's headline
            # and dateline are two lines, a site's header lines more)
            if (
                i == len(gap)
                and _within_first_line(shorter, end[i])
                and _within_first_line(longer, end_l[i])
            ):
                opening = (
                    _first_line(shorter, at_s[lo_s[i] : hi_s[i]], keys_s[lo_s[i] : hi_s[i]])
                    & people_s,
                    _first_line(longer, at_l[lo_l[i] : hi_l[i]], keys_l[lo_l[i] : hi_l[i]])
                    & people_l,
                )
        figures = any(key <= KEY_MASK for key in own_s) and any(key <= KEY_MASK for key in own_l)
        if names and i >= len(gap) and not figures:
            continue
        filled += 1
        inner += i < len(gap)
        figured += figures
        changed[0].update(own_s)
        changed[1].update(own_l)
    people = (
        min(
            _people(named[0], opening[0], keys_s, keys_l, config),
            _people(named[1], opening[1], keys_l, keys_s, config),
        )
        if named[0] and named[1]
        else 0
    )
    return SlotFills(
        min(len(changed[0]), len(changed[1])), filled, substitutions, inner, figured, people
    )


def _rounded(
    at: npt.NDArray[np.uint32],
    keys: npt.NDArray[np.uint32],
    lo: int,
    hi: int,
    roundings: npt.NDArray[np.uint32],
) -> set[int]:
    """The figure keys among fill ``keys[lo:hi]`` (``at``: their word indices) that round a
    figure the other side states (``roundings``: its :func:`clipper.roundings.rounding_keys`'
    keys there): a word that is a rounded form ("37000"), or a figure's last word with the
    figure word before it ("37" "000" of "37,000" for "37,412": :func:`clipper.roundings
    .pair_key`)."""
    rounded = set(roundings.tolist())
    found: set[int] = set()
    for p in range(lo, hi):
        key = int(keys[p])
        if key > KEY_MASK:
            continue
        if key in rounded or (
            p
            and at[p - 1] + 1 == at[p]
            and keys[p - 1] <= KEY_MASK
            and pair_key(int(keys[p - 1]), key) in rounded
        ):
            found.add(key)
    return found


def _side_by_side(
    at: npt.NDArray[np.uint32], keys: npt.NDArray[np.uint32], names: Collection[int]
) -> bool:
    """Whether two of the name keys ``names`` stand next to each other among fill ``keys``
    (``at``: their word indices): a person's first and last name, written by both pages."""
    where = np.sort(at[np.isin(keys, list(names))].astype(np.int64))
    return bool(len(where) > 1 and np.any(np.diff(where) == 1))


def _within_first_line(page: Page, end: int) -> bool:
    """Whether a span from the page's first word to word ``end`` ends in its first line
    (``lead_words``): a notice's person's line, not a site's header lines above a story."""
    return bool(page.lead_words) and end <= page.lead_words[0]


def _first_line(page: Page, at: npt.NDArray[np.uint32], keys: npt.NDArray[np.uint32]) -> set[int]:
    """The name keys among fill ``keys`` (``at``: their word indices) standing in the page's
    first line (``lead_words``; none when the page has fewer than three lines) next to
    another name there: a person's first and last names ("Gwen Mulcahy", "Jacinto Lacerda
    Amaral"), not a new lead's sentence-opening words ("System as soo figure Levufo")."""
    lead = page.lead_words
    if not lead:
        return set()
    kept = (at < lead[0]) & (keys >> 30 == NAME >> 30)
    where, named = at[kept].astype(np.int64), keys[kept]
    if len(where) < 2:
        return set()
    paired = np.zeros(len(where), dtype=bool)
    paired[1:] |= np.diff(where) == 1
    paired[:-1] |= np.diff(where) == 1
    return set(named[paired].tolist())


def _people(
    named: set[int],
    opening: set[int],
    own: npt.NDArray[np.uint32],
    other: npt.NDArray[np.uint32],
    config: MatchConfig,
) -> int:
    """How many of a page's ``named`` (the name keys of its substitutions' sides the other
    side lacks; ``opening``: those of the span above the first shared shingle) the other page
    never writes (``other``: its fill keys), when they are the people a page is about: the
    page (``own``: its fill keys) writes one of them ``config.template_person_mentions``
    times (a notice's headline and first line, or two of the template's slots), or its
    ``opening`` (the names of its first line above the first shared shingle) holds
    ``config.template_person_opening`` of them (a notice's first line: "Bernadette Gallagher
    (née Mulrooney)", "Doña Visitación Regalado Cordobés"); else 0 (the module)."""
    absent = named.difference(other.tolist())
    if len(absent) < config.template_person_names:
        return 0
    if len(absent & opening) >= config.template_person_opening:
        return len(absent)
    keys, counts = np.unique(own, return_counts=True)
    written = dict(zip(keys.tolist(), counts.tolist(), strict=True))
    if max(written.get(key, 0) for key in absent) < config.template_person_mentions:
        return 0
    return len(absent)


def two_instances(
    shorter: Page,
    longer: Page,
    hit: npt.NDArray[np.bool_],
    config: MatchConfig,
    shingle_words: int = 5,
) -> bool:
    """Whether two pages that match as text are two instances of one template (the module):
    each fills ``config.template_fills`` slots with words the other does not, in at least
    ``config.template_fill_share`` of their substitutions, with figures and calendar names
    alone, or with names too (:func:`slot_fills`) where ``config.template_name_inner`` of the
    filled substitutions lie between two shared shingles and ``config.template_name_figures``
    fill a figure on each side; or each names ``config.template_person_names`` people the
    other never writes (:attr:`SlotFills.people`), whatever their figures."""

    def instances(counts: SlotFills) -> bool:
        return (
            counts.fills >= config.template_fills
            and counts.filled >= config.template_fill_share * counts.substitutions
        )

    if instances(slot_fills(shorter, longer, hit, config, shingle_words, names=False)):
        return True
    counts = slot_fills(shorter, longer, hit, config, shingle_words)
    if counts.people >= config.template_person_names:
        return True
    return (
        counts.inner >= config.template_name_inner
        and counts.figured >= config.template_name_figures
        and instances(counts)
    )
