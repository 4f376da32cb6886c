"""A story stays about what it opened with (StoryConfig.opening_clusters, newcomer 32's F19).

Each cluster joins a story only when it is close to the story's centroid *and* to its opening
(the centroid of its first members): the centroid moves with every member, so a run of daily
reports, each sharing most of its terms with the day before, walked one story from one event
to another.  The vectors are invented (term numbers), as in test_stories' chaining guard.
"""

from __future__ import annotations

import random

import numpy as np
import pytest

from clipper.config import StoryConfig
from clipper.stories import group, link_graph
from clipper.stories.linking import Item
from clipper.stories.termvector import Vector
from tests.test_stories import _MemoryArchive


def _item(cluster_id: int, day: int, terms: range) -> Item:
    keys = np.array(list(terms), dtype=np.uint32)
    weights = np.full(len(keys), 1.0 / np.sqrt(len(keys)), dtype=np.float32)
    return Item(cluster_id, day, (day, "", f"{cluster_id:03d}", ""), Vector(keys, weights))


def _daily_chain(days: int, width: int = 8, step: int = 2) -> list[Item]:
    """One report a day; each shares ``width - step`` of its ``width`` terms with the day
    before's (cosine 0.75 at 8 and 2), none with the report ``width / step`` days earlier."""
    return [_item(n + 1, 700 + n, range(n * step, n * step + width)) for n in range(days)]


def _shares_a_term(one: Item, other: Item) -> bool:
    return bool(np.intersect1d(one.vector.keys, other.vector.keys).size)


def test_a_chain_of_daily_reports_does_not_walk_a_story_away_from_its_opening() -> None:
    config = StoryConfig()
    items = _daily_chain(12)
    by_id = {it.cluster_id: it for it in items}
    stories = group(items, link_graph(items, config), config)
    story_of = {cid: n for n, story in enumerate(stories) for cid in story}
    assert story_of[1] != story_of[12]  # a whole chain was one story
    for story in stories:
        opening = [by_id[cid] for cid in story[: config.opening_clusters]]
        for cid in story:
            assert any(_shares_a_term(by_id[cid], first) for first in opening), stories
    # the days close to each other still make stories
    assert max(map(len, stories)) >= 4 and len(stories) <= 4


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_regroup_bounds_the_chain_as_one_walk_does_in_any_order(seed: int) -> None:
    """Nights of the chain's reports in any order give the stories of one walk over all of them,
    bounded alike (regroup re-decides a cluster when a story's opening changed before it)."""
    config = StoryConfig()
    items = _daily_chain(16)
    expected = {frozenset(g) for g in group(items, link_graph(items, config), config)}
    assert not any({1, 8} <= g for g in expected)  # 8 shares no term with 1, 2 or 3
    order = items[:]
    random.Random(seed).shuffle(order)
    archive = _MemoryArchive()
    present: list[Item] = []
    for start in range(0, len(order), 3):
        present += order[start : start + 3]
        archive.update(present, set(), config)
    assert archive.partition() == expected


def test_opening_settings_are_checked() -> None:
    with pytest.raises(ValueError):
        StoryConfig(opening_clusters=0)
    with pytest.raises(ValueError):
        StoryConfig(opening_similarity_share=1.5)
