"""Near copies and versions: a page filed with a cluster through another page than its
canonical, and the two measures that allow it (rules 2b and 2c of :mod:`clipper.cluster`, which
gives them in full).

:func:`same_text` says whether two matched pages are one text in two versions (word coverage
both ways); :func:`held_through` bounds from below the share of a page's words a canonical holds
through a page both match.  :func:`through_copy` (rule 2b) files a page that matches no
canonical with the cluster of a better page that covers it whole and is near the canonical;
:func:`beside_a_version` (rule 2c) files a page that matches no better page with a canonical a
version of it is a version of too.  Both answer as :func:`clipper.cluster.choose` does: a
:data:`~clipper.canonical.Walked` ``(canonical, jaccard, coverage)``, ``(page, 1.0, 1.0)`` for a
page that is a canonical itself.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING

from clipper.canonical import RankKey, Walked

if TYPE_CHECKING:
    from clipper.cluster import Link, Rules

# Where a rank key (:func:`clipper.canonical.rank_key`) holds the page's source key: its
# address, or its file when it has none; the versions of one page share it.
_SOURCE = 3


def through_copy(
    page: int,
    links: Sequence[Link],
    rank: RankKey,
    rank_of: Callable[[int], RankKey],
    is_canonical: Callable[[int], bool],
    neighbours: Callable[[int], Collection[int]],
    rules: Rules,
    joined: Callable[[int], Walked],
    size_of: Callable[[int], int],
) -> Walked:
    """Rule 2b for a page that matches no canonical: it joins the cluster of the better
    pages it matches when they all are of one cluster and one of them covers it whole (or is
    a full copy of it, at ``rules.copy_jaccard``: a copy under a lead of its own) and
    matches that cluster's canonical itself at ``rules.through_jaccard`` (a near copy of it:
    ``neighbours``, ``joined``); else it is a canonical (``(page, 1.0, 1.0)``).  Its Jaccard
    and coverage are those with that near copy (the canonical's with it were never
    measured); a page joined so is no near copy of the canonical in turn (it does not match
    it), so rule 2b never chains.  A holder that is an earlier version of the canonical's own
    page (one address: the rank key's source key) is near it whatever it covers: a copy of
    the page's version 1 is a copy of that article when the page gets version 2 (newcomer 34:
    a paywalled teaser of version 1's first two paragraphs, whose old lead version 2
    replaced, left the cluster the night the update came in)."""
    better = [link for link in links if link.better and rank_of(link.other) < rank]
    if not better or any(is_canonical(link.other) for link in better):
        return (page, 1.0, 1.0)  # a canonical it matches was refused it (rules 3-5)
    walks = {link.other: joined(link.other) for link in better}
    if len({walk[0] for walk in walks.values()}) != 1:
        return (page, 1.0, 1.0)
    canonical = next(iter(walks.values()))[0]

    def near(link: Link) -> bool:  # the holder is near the canonical, it covering this page
        _, jaccard, containment = walks[link.other]
        if rank_of(link.other)[_SOURCE] == rank_of(canonical)[_SOURCE]:
            return True  # an earlier text of the canonical's own page: a copy of that version
        # a near copy of the canonical; or a page the canonical covers whole, of which this
        # page is a version (covering each other whole both ways: no part of it, such as an
        # update paragraph the canonical lacks, but most of what the canonical covers), or a
        # part holding mostly words the canonical holds too (held_through)
        return jaccard >= rules.through_jaccard or (
            containment >= rules.whole_coverage
            and (
                same_text(link.containment, size_of(page), size_of(link.other), rules)
                or held_through(
                    link.containment, size_of(page), containment, size_of(link.other),
                    size_of(canonical),
                ) >= rules.through_share
            )
        )

    holders = [
        link
        for link in better
        # it covers this page whole, or is a full copy of it (a copy under a lead of its own:
        # Jaccard at the copy bar, covered below the containment bar)
        if (link.containment >= rules.whole_coverage or link.jaccard >= rules.copy_jaccard)
        and walks[link.other][0] in neighbours(link.other)
        and near(link)
    ]
    if not holders:
        return (page, 1.0, 1.0)
    best = min(holders, key=lambda link: (-link.containment, rank_of(link.other)))
    return (canonical, best.jaccard, best.containment)


def beside_a_version(
    page: int,
    links: Sequence[Link],
    rank: RankKey,
    rank_of: Callable[[int], RankKey],
    is_canonical: Callable[[int], bool],
    links_of: Callable[[int], Sequence[Link]],
    rules: Rules,
    size_of: Callable[[int], int],
) -> Walked:
    """Rule 2c for a page that matches no better page: it joins a better canonical that a
    version of it (a page ranked below it, the two covering each other whole:
    :func:`same_text`)
    is a version of as well; else it is a canonical (``(page, 1.0, 1.0)``).  Of several, the
    one that version is most similar to, then the best ranked.  Its Jaccard and coverage are
    those with that version (its own with the canonical were never measured: the candidate
    search missed the pair)."""
    found: list[tuple[float, RankKey, int, float, float]] = []
    for link in links:  # no better page: every one ranks below it
        if not same_text(link.containment, size_of(link.other), size_of(page), rules):
            continue
        for other in links_of(link.other):
            if (
                other.better
                and other.other != page
                and rank_of(other.other) < rank
                and is_canonical(other.other)
                and same_text(other.containment, size_of(link.other), size_of(other.other), rules)
            ):
                found.append((-other.jaccard, rank_of(other.other), other.other, link.jaccard,
                              link.containment))
    if not found:
        return (page, 1.0, 1.0)
    _, _, canonical, jaccard, containment = min(found)
    return (canonical, jaccard, containment)


def held_through(
    coverage: float, words: int, holder_coverage: float, holder_words: int, canonical_words: int
) -> float:
    """A lower bound of the share of a page's words that a canonical it was not matched with
    holds, through a page both match (the holder): the page's words inside the holder's
    shingles (``coverage`` of the page's ``words``, the page being the shorter of the two),
    less every word of the holder the canonical leaves out (``holder_coverage``: the pair's
    word coverage of the shorter of holder and canonical; the covered words stand for as many
    of the other's, as :func:`same_text` reads them).  Worst case: all the words the canonical
    lacks lie in the part of the holder the page carries.  Rule 2b."""
    shorter = min(holder_words, canonical_words)
    lacking = max(0.0, holder_words - holder_coverage * shorter)
    covered = coverage * min(words, holder_words)
    return max(0.0, covered - lacking) / max(words, 1)


def same_text(containment: float, shorter_words: int, longer_words: int, rules: Rules) -> bool:
    """Whether two matched pages are one text in two versions, however each was edited: they
    cover each other whole both ways (the pair's ``containment``, the coverage of the shorter
    page, at ``rules.whole_coverage``, and as many of the longer page's words: the covered
    words of the one are about as many in the other).  Neither is then a part of the other:
    the shorter holds at least that share of the longer's words.  Word coverage, not
    Jaccard: an edited word costs one word, not five shingles (two copies of a page with 5 %
    and 8 % of its words edited cover it at 0.9 and more, at Jaccard 0.5-0.65 with it)."""
    smaller, larger = sorted((shorter_words, longer_words))
    return (
        containment >= rules.whole_coverage
        and containment * smaller >= rules.whole_coverage * max(larger, 1)
    )
