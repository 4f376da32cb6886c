"""Pairs one version away: a part of a page verified against the page's other versions.

A brief, a trim or an excerpt of a wire story (a *part*: covered whole by the longer page, at
Jaccard below the full-copy bar, not a version of it) is found through the keys it shares with
the page it was cut from.  A version of that page edited apart from it (5-8 % of its words
changed: a re-issued wire story, a second outlet's edit; the two cover each other whole both
ways, :func:`clipper.nearcopies.same_text`, at Jaccard below
``MatchConfig.through_copy_jaccard``) breaks most of the part's 40-word passages, so the part
and the version often share too few keys to be a candidate pair, though the version covers the
part at the containment bar.  When that version is the longest text, the walk's canonical, the
part matches only pages of its cluster, and rule 2b (:func:`clipper.nearcopies.through_copy`)
rightly refuses to file it through them: what the canonical lacks of its version could be all of
the part.  The measurement rule 2b lacks is the part against the version itself, so those pairs
are verified too: for every match of a part with its page (the *holder*), the part and each
version of the holder (bench/syndication.py, tune set: a brief and two rewrites of stories
whose 8 % version walks first covered at 0.85-0.88 by it, no pair shared).

The pairs are a pure function of the match graph, and verification of the pages, so the matches
stored are the least set holding the candidates' matches and closed under this step (a pair
verified here is a match like any other, and is itself a part's or a version's match): whatever
order pages arrive in, a path part~holder~version is looked at when its second match is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from clipper.nearcopies import same_text

if TYPE_CHECKING:
    from clipper.cluster import Link, Rules

# two page ids, the smaller first
Pair = tuple[int, int]


def is_part(jaccard: float, containment: float, shorter: int, longer: int, rules: Rules) -> bool:
    """Whether a match of pages of ``shorter`` and ``longer`` words said once
    (:attr:`clipper.canonical.Node.size`) is of a part of the longer page: covered whole
    (``containment``, the shorter page's word coverage, at ``rules.whole_coverage``) at
    Jaccard below the full-copy bar, and no version of it."""
    return (
        containment >= rules.whole_coverage
        and jaccard < rules.copy_jaccard
        and shorter < longer
        and not same_text(containment, shorter, longer, rules)
    )


def is_version(jaccard: float, containment: float, first: int, second: int, rules: Rules) -> bool:
    """Whether a match is of two versions edited apart: covering each other whole both ways,
    below ``rules.through_jaccard`` (nearer copies share their passages, and their keys)."""
    smaller, larger = sorted((first, second))
    return jaccard < rules.through_jaccard and same_text(containment, smaller, larger, rules)


def could_pair(jaccard: float, containment: float, rules: Rules) -> bool:
    """Whether a match's figures alone leave it a part's (:func:`is_part`) or a version's
    (:func:`is_version`): both cover the shorter page whole, below the full-copy or the
    through-copy bar.  Asked before the pages' sizes, which only these matches need (at
    25,000 one-day records most of a batch's matches are neither: the sizes and matches of
    their pages are not read)."""
    return containment >= rules.whole_coverage and (
        jaccard < rules.copy_jaccard or jaccard < rules.through_jaccard
    )


def version_pairs(
    new: Iterable[tuple[int, int, float, float]],
    links_of: Callable[[int], Sequence[Link]],
    size_of: Callable[[int], int],
    rules: Rules,
) -> set[Pair]:
    """The pairs (smaller id first) of a part and a version of its holder that the ``new``
    matches (``(page_id, better_page_id, jaccard, containment)``) make a path of, and that are
    no match yet: a new part~holder match with each version of the holder, and a new version
    match with each part of either page.  ``links_of``: a page's stored matches (the new
    ones among them); ``size_of``: a page's words said once."""
    pairs: set[Pair] = set()

    def add(part: int, version: int) -> None:
        if part != version and all(link.other != version for link in links_of(part)):
            pairs.add((min(part, version), max(part, version)))

    for first, second, jaccard, containment in new:
        if not could_pair(jaccard, containment, rules):
            continue
        a, b = size_of(first), size_of(second)
        if is_part(jaccard, containment, min(a, b), max(a, b), rules):
            part, holder = (first, second) if a < b else (second, first)
            for link in links_of(holder):
                if could_pair(link.jaccard, link.containment, rules) and is_version(
                    link.jaccard, link.containment, size_of(holder), size_of(link.other), rules
                ):
                    add(part, link.other)
        if is_version(jaccard, containment, a, b, rules):
            for holder, version in ((first, second), (second, first)):
                for link in links_of(holder):
                    if could_pair(link.jaccard, link.containment, rules) and is_part(
                        link.jaccard, link.containment, size_of(link.other), size_of(holder),
                        rules,
                    ):
                        add(link.other, version)
    return pairs

