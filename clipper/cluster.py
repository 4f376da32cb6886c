"""Clusters and canonicals, recomputed per connected component of the match graph.

The rule (documented in the README):

1. Rank pages: most complete text first (most words), then earliest publication, then URL
   (then source key and content hash, so the order is total).
2. Walk the pages best first.  A page with a match to one or more canonicals already chosen
   joins the one it is most similar to (highest Jaccard, then best rank); a page with none
   becomes a canonical itself...
2b. ...unless it matches only pages of one cluster, and one of them covers it whole (word
   coverage at the containment bar) and is a near copy of that cluster's canonical (Jaccard
   at least ``MatchConfig.through_copy_jaccard``, 0.8, with it): it joins that cluster.  The
   canonical is the longest text, so a wire story's copy with a few words changed and a
   trailer can walk first; a brief or trimmed copy of the wire's own page, with small edits
   of its own, matches the wire's page but not that copy.  Its Jaccard and coverage are
   given with that near copy; it does not match the canonical, so no page is ever joined
   through it in turn: one step, through a near copy, and never when it matches a canonical
   that rules 3-5 refused it.
   (An independent probe of copies made from same-story-pairs bases, briefs and trims with
   edits and house-style changes, 2026-12-03, where it was found: copies with their base 357
   -> 360 of 373; bench/syndication.py: holdout recall 0.991 -> 0.994, tune, confirm,
   languages and wire-syndication-texts' clusters unchanged.)
   A full copy of the near copy (Jaccard at the copy bar) joins as one it covers whole does:
   a regional copy of the wire's page under a local lead of its own (Jaccard 0.55 with it,
   covered at 0.76), which the wire's cluster held while the wire's page was its canonical,
   stays when another outlet's copy comes back longer, with an update paragraph, and walks
   first (Jaccard 0.49 with it: no copy of it).  Its cluster does not depend on an unrelated
   copy's update (newcomer 36, finding 1); and at Jaccard 0.5 with a page at 0.8 with the
   canonical it is at 0.3 or more with the canonical (Jaccard distance is a metric): no
   chain.  (bench/syndication.py and bench/newsroom_copies.py: the same output before and
   after, 2026-12-05: bench/HISTORY.md, rule 2b.)
   The holder need not be that near when the page is a version of it: the canonical covers
   the holder whole, and the page and the holder cover each other whole both ways
   (:func:`same_text`: word coverage of the shorter at the containment bar, standing for as
   many of the longer's words).  Two outlets' copies of a wire page with 5 % and 8 % of the
   words edited (a few inserted: the 8 % copy walks first) each cover the wire's page at 0.9
   and more, at Jaccard 0.5-0.65 with it, and often not each other: the 5 % copy joins the
   8 % copy's cluster through the wire's page.  Not a part of the holder (a brief: it does not
   cover the holder whole), which may be nothing but what the canonical lacks -- unless,
   bounded from below through the holder, the canonical holds ``MatchConfig.through_part_share``
   of its words (:func:`held_through`: its words the holder covers, less every word of the
   holder the canonical lacks): a second agency's rewrite of 40 % of the wire page's
   sentences, or a 70 % trim with 8 % of its words edited, covered whole by the wire's page
   and not by the longest copy, a regional edition with local paragraphs and its own edits
   (copies22's probe, 2026-12-03: pair recall 0.958 -> 0.976).
   A holder that is an earlier version of the canonical's own page is near it whatever it
   covers (:func:`clipper.nearcopies.through_copy`): a copy of version 1 stays with its
   article when the page gets version 2 (newcomer 34: a teaser holding the lead version 2
   replaced left its cluster).
2c. ...and a page that matches no better page at all joins a better canonical that one of
   its versions ranked below it (covering each other whole both ways) is a version of too
   (of several, the one that version is most similar to): the 8 % copy walked first, the 5 %
   copy matched no better page (the candidate search missed the pair, Jaccard 0.3-0.4), and
   the wire's page, a version of both, joined the 5 % copy, the more similar, leaving the 8 %
   copy alone.  Its Jaccard and coverage are those with that version.  One step: the
   canonical is a version of a version of the page, never further.
   (copies21's probe, 2026-12-03, of 15 kinds of copy real syndication makes, on bases
   bench/syndication.py does not use: pair recall 0.985 -> 1.000 on 90 same-story-pairs,
   zyte and fundus bases, 0.988 -> 1.000 on 82 others, 0.979 -> 0.992 on 60
   wire-syndication-texts and fundus bases, precision 1.000 throughout; all three were
   looked at while these rules were settled.  Sizes are a page's distinct text
   (:attr:`Node.size`): a one-day record of 448 words, two thirds a gallery's captions said
   twice, covered whole by two 500-word records, was a version of both by its word count.)
3. ...except a page that matches two or more canonicals only by being contained in them
   (Jaccard below the full-copy bar with every one): two canonicals never match each other,
   so such a page is a passage that two different texts share (a brief that is nothing but a
   site's header, a standard paragraph), not a copy of either; it becomes a canonical itself
   rather than being filed with one of them at random -- unless exactly one of them covers it
   as a whole (word coverage at the containment bar) and the others only hold its opening (the
   brief rule of ``clipper.match``, judged on the page's head): a brief whose first lines are a
   site's header that several stories open with, followed by its own story's title, is covered
   whole by its own story only; or exactly one of those covering it whole holds it at its
   opening (within ``MatchConfig.brief_max_offset`` words) and the others further down: a
   wire brief that a roundup carries among its items is its own story's brief (on
   bench/syndication.py's corpora with roundups, briefs of a roundup's items found with their
   story: tune 18 -> 30 of 30, confirm 14 -> 25 of 25, holdout 19 -> 28 of 31, languages
   17 -> 31 of 31; without roundups every figure unchanged); or one covers it whole and
   clearly better than every other
   (``MatchConfig.clear_coverage_margin`` more of its words): a brief of one version of a wire
   story, which a later version carries with a few words changed, is the first version's;
   or, when several cover it whole at their opening, exactly one of them has a full copy
   (Jaccard at the copy bar with it) that holds the page whole at its opening too: a wire
   brief that a roundup opens with (its first item, under an intro line) is the brief of the
   story whose copies open with it as well, which other pages carry with it; the roundup is
   one text quoting it (newcomer 14: the brief of an AP story carried by 4-7 outlets was a
   cluster of its own whenever the evening roundup quoting it came in, in any order;
   bench/syndication.py: holdout item briefs with their story 28 -> 30 of 31, recall 0.985
   -> 0.991, precision 0.989 unchanged; tune, confirm and languages unchanged).  A header two
   stories open with stays apart unless one of them has such a copy.  (Which one
   is a roundup, the better evidence, is not in the match graph when none of its other items
   is seen on a page of its own: its other items are excerpts of longer stories, no match of
   it; with no copy of the brief's story, or a copy of the roundup holding it too, the page
   still stays apart.)
   (Measured and rejected: letting such a page join the closer canonical when it is a large
   part of it, Jaccard ≥ 0.25, keeps the copies of a short story together beside a copy
   under a long update paragraph, but on bench/oneday.py's 10k records, where records are
   contained in several larger ones, it took copy-pair recall from 0.959 to 0.940: a record
   filed with one larger record and its copies with another.)

4. A page never joins a canonical it is only contained in (Jaccard below the full-copy bar)
   when one of its own full copies (Jaccard at the bar) does not match that canonical: the
   text the page shares with the canonical is then not the text its copies share with it (a
   story that opens with a long photo caption another story carries near its top), and
   filing the page there would leave its copies behind, each without the canonical they
   match.  A full copy ranked better that joined the canonical's cluster (rule 2b) is not
   left behind, nor one ranked below that will follow the page there (rule 2b: the page
   covers it whole, and the canonical, covering the page whole, holds
   ``MatchConfig.through_part_share`` of its words bounded through the page: copies21's
   leftover, a trim with a local paragraph of its own and its worse version, 5 % of the
   words edited or dropped, which the longest copy covers below the bar); and a page that is
   a version of the canonical (:func:`same_text`: an edited copy, at Jaccard below the bar)
   is no part of it: rules 4 and 5 are not asked.

5. A compilation is not the canonical of the articles it carries: a page holding, below its
   opening, two pages one right after the other that do not overlap (a roundup), or nothing
   but whole pages one after another under headlines of their own (a newsroom page of press
   releases), is not a longer copy of either; a page only contained in it does not join it
   (:mod:`clipper.compilations`, which gives the rule in full and its measurements).  Two
   pieces a third page contained in it runs across, overlapping each by more than
   ``MatchConfig.compilation_overlap_words`` and matching not both, are one text's parts
   there (:func:`clipper.compilations.carried_across`: local rewrites of a wire story, each
   a run of its paragraphs under an opening of its own).

6. The canonical shown is the original among the cluster's full copies (``clipper.canonical``:
   rule 6, and rule 1's rank key).

Because a page joins only a *canonical* it matches, or (rule 2b) a near copy of it at
Jaccard 0.8, a variant is always near its canonical: A~B and B~C never glue an unrelated C
to A.  The walk's canonical is the most complete text, so the
copies that differ most from one another (a brief of the opening, an excerpt from the middle,
a copy with an update paragraph on top or an agency trailer below) each match it directly:
whatever it opens or ends with, a part of it is covered by it (``clipper.match``), and a brief
that opens where the canonical's old opening now sits below an update still counts as a brief.

A page's decision depends only on pages it is connected to, so running this on one connected
component of the match graph gives exactly what running it on the whole archive would; and
since matches are a pure function of the pages, the result is the same whatever order or
nights the pages arrived in.  And a page's walk decision depends only on the pages it matches
that rank better (whether each is a canonical) and on facts of the match graph around it (rule
4: its full copies' matches; rule 5: whether a better page is a compilation), so a batch need
re-decide only the pages those can have changed for (``clipper.reclustering``): the same result
as :func:`assign` over the whole graph.  The pieces both use: :func:`choose` (rules 2-4 for one
page; rules 2b and 2c, and the measures :func:`same_text` and :func:`held_through`, are
:mod:`clipper.nearcopies`'), :func:`clipper.compilations.is_compilation` (rule 5) and
:func:`clipper.canonical.settle` (rule 6 and exact duplicates, per cluster).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from clipper.canonical import Assignment, Node, RankKey, Walked, settle
from clipper.compilations import is_compilation
from clipper.config import MatchConfig
from clipper.nearcopies import beside_a_version, held_through, same_text, through_copy

# (page_id, better_page_id, jaccard, containment[, offset]): a match.Edge as stored
EdgeRow = (
    tuple[int, int, float, float]
    | tuple[int, int, float, float, int | None]
    | tuple[int, int, float, float, int | None, int | None]
)


class Link(NamedTuple):
    """A match seen from one of its two pages: the ``other`` page, the pair's Jaccard,
    coverage and offset (``match.Edge``), and whether ``other`` is the edge's better page
    (``better_page_id``).  (A tuple: made by the ten thousand per batch.)"""

    other: int
    jaccard: float
    containment: float
    offset: int | None
    better: bool
    # match.Edge.lead: words of the shorter page's own above what the longer holds (None: not
    # known)
    lead: int | None = None


@dataclass(frozen=True, slots=True)
class Rules:
    """The walk's settings (``MatchConfig``'s, named as :func:`assign` takes them)."""

    copy_jaccard: float = MatchConfig.jaccard_threshold
    whole_coverage: float = MatchConfig.containment_threshold
    clear_margin: float = MatchConfig.clear_coverage_margin
    opening_words: int = MatchConfig.brief_max_offset
    overlap_words: int = MatchConfig.compilation_overlap_words
    gap_words: int = MatchConfig.compilation_gap_words
    through_jaccard: float = MatchConfig.through_copy_jaccard
    through_share: float = MatchConfig.through_part_share
    lone_share: float = MatchConfig.lone_part_share
    carried_share: float = MatchConfig.lacking_carried_share
    whole_piece: float = MatchConfig.compilation_whole_piece
    same_headline: float = MatchConfig.compilation_same_headline
    own_opening: int = MatchConfig.compilation_own_opening

    @classmethod
    def of(cls, config: MatchConfig) -> Rules:
        return cls(
            config.jaccard_threshold,
            config.containment_threshold,
            config.clear_coverage_margin,
            config.brief_max_offset,
            config.compilation_overlap_words,
            config.compilation_gap_words,
            config.through_copy_jaccard,
            config.through_part_share,
            config.lone_part_share,
            config.lacking_carried_share,
            config.compilation_whole_piece,
            config.compilation_same_headline,
            config.compilation_own_opening,
        )


def links_of_edges(edges: Iterable[EdgeRow]) -> dict[int, list[Link]]:
    """Every page's matches as :class:`Link` s, both ends of each edge."""
    links: dict[int, list[Link]] = {}
    for page_id, better_id, jaccard, containment, *rest in edges:
        offset = rest[0] if rest else None
        lead = rest[1] if len(rest) > 1 else None
        links.setdefault(page_id, []).append(
            Link(better_id, jaccard, containment, offset, True, lead)
        )
        links.setdefault(better_id, []).append(
            Link(page_id, jaccard, containment, offset, False, lead)
        )
    return links


def assign(
    nodes: Sequence[Node],
    edges: Iterable[EdgeRow],
    copy_jaccard: float = MatchConfig.jaccard_threshold,
    whole_coverage: float = MatchConfig.containment_threshold,
    clear_margin: float = MatchConfig.clear_coverage_margin,
    opening_words: int = MatchConfig.brief_max_offset,
    overlap_words: int = MatchConfig.compilation_overlap_words,
    gap_words: int = MatchConfig.compilation_gap_words,
    through_jaccard: float = MatchConfig.through_copy_jaccard,
    through_share: float = MatchConfig.through_part_share,
    lone_share: float = MatchConfig.lone_part_share,
    carried_share: float = MatchConfig.lacking_carried_share,
    whole_piece: float = MatchConfig.compilation_whole_piece,
    same_headline: float = MatchConfig.compilation_same_headline,
    own_opening: int = MatchConfig.compilation_own_opening,
) -> dict[int, Assignment]:
    """Map every node to its canonical: the walk over the whole graph.  ``edges``:
    (page_id, better_page_id, J, C[, O[, L]]), ``C`` the word coverage of the shorter page of
    the pair by the longer, ``O`` where the longer holds the shorter's first shared shingle
    (``match.Edge.offset``; None: unknown), ``L`` how many words of its own the shorter
    opens with above it (``match.Edge.lead``; None: unknown, read as none).

    ``copy_jaccard`` is the Jaccard similarity at which two pages are full copies
    (``MatchConfig.jaccard_threshold``): below it with every canonical it matches, a page
    that matches two or more stays apart (rule 3 above), unless one of them covers it at
    ``whole_coverage`` (``MatchConfig.containment_threshold``) and ``clear_margin`` more than
    any other (``MatchConfig.clear_coverage_margin``).  A page never joins a canonical it
    is only contained in (Jaccard below ``copy_jaccard``) when a full copy of it (Jaccard at
    ``copy_jaccard`` or more) does not match that canonical (rule 4 above), nor one that is a
    compilation (rule 5: pieces more than ``opening_words`` words in,
    ``MatchConfig.brief_max_offset``, one starting at most ``gap_words`` after the other ends,
    ``MatchConfig.compilation_gap_words``, overlapping by at most ``overlap_words``,
    ``MatchConfig.compilation_overlap_words``, one of them carried from its opening: a
    lead under ``own_opening`` words, ``MatchConfig.compilation_own_opening``).
    """
    rules = Rules(copy_jaccard, whole_coverage, clear_margin, opening_words, overlap_words,
                  gap_words, through_jaccard, through_share, lone_share, carried_share,
                  whole_piece, same_headline, own_opening)
    links = links_of_edges(edges)
    linked = {page: {link.other for link in own} for page, own in links.items()}
    rank_of = {node.page_id: node.rank for node in nodes}

    def links_of(page: int) -> Sequence[Link]:
        return links.get(page, ())

    def neighbours(page: int) -> Collection[int]:
        return linked.get(page, ())

    def words(page: int) -> int:
        return -rank_of[page][0]  # rank: (-word count, ...)

    def copies_of(page: int) -> Collection[int]:
        return {link.other for link in links_of(page) if link.jaccard >= copy_jaccard}

    def title(page: int) -> str:
        return rank_of[page][-1]  # rank: (..., casefolded title)

    compilations = {
        page for page in links if is_compilation(page, links_of, words, rules, title)
    }
    size_of = {node.page_id: node.size for node in nodes}
    ordered = sorted(nodes, key=lambda node: node.rank)
    walked: dict[int, Walked] = {}
    for node in ordered:
        walked[node.page_id] = choose(
            node.page_id,
            links_of(node.page_id),
            rank_of.__getitem__,
            lambda page: walked[page][0] == page,
            compilations.__contains__,
            neighbours,
            rules,
            copies_of,
            walked.__getitem__,
            links_of,
            size_of.__getitem__,
        )
    groups: dict[int, list[Node]] = {}
    for node in ordered:
        groups.setdefault(walked[node.page_id][0], []).append(node)
    pair_values = {
        (min(page, link.other), max(page, link.other)): (link.jaccard, link.containment)
        for page, own in links.items()
        for link in own
    }

    def pair(a: int, b: int) -> tuple[float, float] | None:
        return pair_values.get((min(a, b), max(a, b)))

    result: dict[int, Assignment] = {}
    for group in groups.values():
        result.update(
            settle(
                group, walked, pair, copy_jaccard, whole_coverage, through_jaccard, lone_share,
                carried_share,
            )
        )
    return result


def choose(
    page: int,
    links: Iterable[Link],
    rank_of: Callable[[int], RankKey],
    is_canonical: Callable[[int], bool],
    compilation: Callable[[int], bool],
    neighbours: Callable[[int], Collection[int]],
    rules: Rules,
    copies_of: Callable[[int], Collection[int]] = lambda page: (),
    joined: Callable[[int], Walked] | None = None,
    links_of: Callable[[int], Sequence[Link]] | None = None,
    size_of: Callable[[int], int] | None = None,
) -> Walked:
    """Rules 2-4 for one page of the walk: the canonical it joins, with the pair's Jaccard and
    coverage, or ``(page, 1.0, 1.0)``: it is a canonical. ``links``: the page's matches;
    ``rank_of``: a page's :func:`clipper.canonical.rank_key`; ``is_canonical``: whether a page
    ranked better than this one is a canonical of the walk (only asked of those);
    ``compilation``: whether a page is a compilation
    (:func:`~clipper.compilations.is_compilation`; only asked of canonicals it is only
    contained in); ``neighbours``: the pages a page matches (asked of its
    full copies); ``copies_of``: a page's full copies (Jaccard at ``rules.copy_jaccard``; asked
    of the pages holding this one whole at their opening, only when it is at the opening of
    several canonicals); ``joined``: the walk decision of a better page that is no canonical
    (rule 2b; None: rule 2b not applied); ``links_of``: a page's matches (rule 2c: asked of
    this page's versions, when it matches no better page; None: rule 2c not applied);
    ``size_of``: a page's :attr:`Node.size` (None: its word count)."""
    links = list(links)
    rank = rank_of(page)
    copy_jaccard, opening_words = rules.copy_jaccard, rules.opening_words
    if size_of is None:
        size_of = lambda other: -rank_of(other)[0]  # noqa: E731 (rank: (-word count, ...))

    def in_cluster(copy: int, canonical: int) -> bool:
        # rule 4: a full copy ranked better that joined the canonical's cluster (through a
        # near copy of it, rule 2b) leaves nothing behind
        return (
            joined is not None
            and rank_of(copy) < rank
            and not is_canonical(copy)
            and joined(copy)[0] == canonical
        )
    copy_links = {link.other: link for link in links if link.jaccard >= copy_jaccard}
    copies = list(copy_links)

    def follows(copy: int, canonical: Link) -> bool:
        # rule 4: a full copy ranked below that will join the canonical through this page
        # (rule 2b: this page covers it whole, and the canonical, covering this page whole,
        # holds most of its words bounded through it)
        if rank_of(copy) <= rank or canonical.containment < rules.whole_coverage:
            return False
        own = copy_links[copy]
        return own.containment >= rules.whole_coverage and held_through(
            own.containment, size_of(copy), canonical.containment, size_of(page),
            size_of(canonical.other),
        ) >= rules.through_share

    choices = [
        (-link.jaccard, rank_of(link.other), link.other, link.jaccard, link.containment,
         link.offset)
        for link in links
        if link.better
        and rank_of(link.other) < rank
        and is_canonical(link.other)
        # rule 4: what it shares with a canonical it is only contained in is not the
        # text its full copies share; rule 5: nor is a compilation's text its own
        and (
            link.jaccard >= copy_jaccard
            # a version of it, edited (no part of it: rules 4 and 5 are for those)
            or same_text(link.containment, size_of(page), size_of(link.other), rules)
            or (
                not compilation(link.other)
                and all(
                    link.other in neighbours(q) or in_cluster(q, link.other) or follows(q, link)
                    for q in copies
                )
            )
        )
    ]
    if len(choices) > 1 and max(choice[3] for choice in choices) < copy_jaccard:
        # rule 3: contained in several canonicals; kept only when one covers it whole and
        # holds it at its opening while the others hold it further down (its story, and
        # roundups carrying it), or covers it whole clearly more than the others
        choices.sort(key=lambda choice: (-choice[4], choice[1]))
        whole = [choice for choice in choices if choice[4] >= rules.whole_coverage]
        opening = [c for c in whole if c[5] is not None and c[5] <= opening_words]
        best, second = choices[0][4], choices[1][4]
        if len(opening) == 1 and len(whole) > 1:
            choices = opening
        elif best >= rules.whole_coverage and best - second >= rules.clear_margin:
            choices = choices[:1]
        elif len(opening) > 1:
            # at the opening of several: the one whose full copies hold it there too (its
            # story, which other pages carry with it), when no other one's do
            holders = {
                link.other
                for link in links
                if link.better
                and link.containment >= rules.whole_coverage
                and link.offset is not None
                and link.offset <= opening_words
            }
            backed = [
                c for c in opening if any(c[2] in copies_of(other) for other in holders - {c[2]})
            ]
            choices = backed if len(backed) == 1 else whole
        else:
            choices = whole
        ambiguous = len(choices) != 1
    else:
        ambiguous = False
    if not choices and not ambiguous and links_of is not None and not any(
        link.better for link in links
    ):
        return beside_a_version(
            page, links, rank, rank_of, is_canonical, links_of, rules, size_of
        )
    if not choices and not ambiguous and joined is not None:
        return through_copy(
            page, links, rank, rank_of, is_canonical, neighbours, rules, joined, size_of
        )
    if not choices or ambiguous:
        return (page, 1.0, 1.0)
    _, _, canonical_id, jaccard, containment, _ = min(choices)
    return (canonical_id, jaccard, containment)
