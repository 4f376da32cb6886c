"""Story identity between runs: which stored story id each regrouped story keeps.

People keep links and notes to stories (``clipper show story:ID``, exported ``story_id``, last
night's digest), so a story keeps its id as long as it keeps most of its members, whatever the
walk re-decided around it.  Only a story holding no member of a stored one that is still free
gets a new id.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, TypeVar

K = TypeVar("K", bound=Hashable)


def keep_ids(
    groups: Mapping[K, Sequence[int | None]], rank: Callable[[K], Any] = lambda key: key
) -> dict[K, int]:
    """The stored story id each group keeps: ``groups`` maps a new story (any key) to the stored
    story id of each of its members (None: a member new to stories).

    Pairs (new story, stored id) are served by largest overlap first (members the two share),
    then by smaller stored id, then by ``rank`` of the new story; each new story takes at most
    one id and each stored id goes to at most one new story.  So a story that grows or loses a
    few members keeps its id; of two merged stories the one contributing more members (ties:
    the smaller id) gives the merged story its id; a split story's id stays with the part
    holding more of its members.  Groups absent from the result get new ids."""
    overlap = Counter(
        (key, sid) for key, members in groups.items() for sid in members if sid is not None
    )
    kept: dict[K, int] = {}
    taken: set[int] = set()
    for (key, sid), _count in sorted(
        overlap.items(), key=lambda kv: (-kv[1], kv[0][1], rank(kv[0][0]))
    ):
        if key not in kept and sid not in taken:
            kept[key] = sid
            taken.add(sid)
    return kept
