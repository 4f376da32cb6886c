"""Which watchlist a digest files a story under when several follow it: the group that shows
it in full (the others list it in one line, "in full under … above/below").

A desk reads a story under the client its headline names: a story on Turkish Airlines' new
hangar at Istanbul Airport that the "Airport" watch also follows for a line in its body goes
under "Turkish Airlines", whichever name comes first in the alphabet (newcomer 48a #11: it went
under the first watchlist alphabetically).  The rule (:func:`filed_under`), the same in every
format and in any order the stories or watches were read:

1. the watch whose query's sought terms the story's headline holds most of (each term counted
   once: :func:`clipper.digest.matching.named_terms`);
2. then the one its lead (the paragraph the digest shows) holds most of;
3. then the strongest match: the most occurrences of its terms in the article or copy the watch
   follows the story by (:func:`clipper.digest.matching.occurrences`);
4. then the first in the digest's order of groups (watchlists by name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from clipper.digest.matching import Document, named_terms, occurrences
from clipper.searchquery import Node


@dataclass(frozen=True)
class Follower:
    """A group that follows a story: its name, its parsed query (None for a group of no
    query), and the document of the page it follows the story by (None when unknown)."""

    name: str
    node: Node | None
    followed: Document | None


def filed_under(
    followers: Sequence[Follower], headline: str | None, lead: str, language: str | None
) -> str:
    """The name of the group of ``followers`` (in the digest's order of groups, at least one)
    that shows the story in full, by the module's rule; ``headline`` and ``lead`` as the digest
    shows them, read in ``language`` (the lead article's stored tag, as the index reads it)."""
    if len(followers) == 1:
        return followers[0].name
    titled = Document.of(None, headline, language)
    opening = Document.of(None, lead, language)

    def strength(order: int) -> tuple[int, int, int, int]:
        follower = followers[order]
        if follower.node is None:
            return (0, 0, 0, order)
        return (
            -named_terms(follower.node, titled),
            -named_terms(follower.node, opening),
            -(occurrences(follower.node, follower.followed) if follower.followed else 0),
            order,
        )

    return followers[min(range(len(followers)), key=strength)].name
