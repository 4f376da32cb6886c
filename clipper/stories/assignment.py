"""Assignment: linked clusters walked into stories, with the chaining guard."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from clipper.config import StoryConfig
from clipper.stories.linking import Item, threshold


def group(
    items: Sequence[Item], links: dict[int, dict[int, float]], config: StoryConfig
) -> list[list[int]]:
    """Stories (lists of cluster ids, first = the story's first cluster) of linked ``items``:
    the greedy walk described in the module docstring."""
    ordered = sorted(items, key=lambda it: it.order)
    story_of: dict[int, int] = {}
    members: list[list[int]] = []
    centroids: list[dict[int, float]] = []
    last_day: list[int] = []
    for item in ordered:
        candidates = sorted(
            {story_of[other] for other in links.get(item.cluster_id, {}) if other in story_of}
        )
        best: tuple[float, int] | None = None
        keys = item.vector.keys.tolist()
        weights = item.vector.weights.astype(np.float64).tolist()
        for index in candidates:
            gap = item.day - last_day[index]
            centroid = centroids[index]
            norm = math.sqrt(sum(v * v for v in centroid.values()))
            dot = sum(w * centroid.get(k, 0.0) for k, w in zip(keys, weights, strict=True))
            sim = dot / norm if norm else 0.0
            if sim >= threshold(gap, config) and (best is None or sim > best[0]):
                best = (sim, index)
        if best is None:
            index = len(members)
            members.append([])
            centroids.append({})
            last_day.append(item.day)
        else:
            index = best[1]
        members[index].append(item.cluster_id)
        story_of[item.cluster_id] = index
        last_day[index] = max(last_day[index], item.day)
        centroid = centroids[index]
        for k, w in zip(keys, weights, strict=True):
            centroid[k] = centroid.get(k, 0.0) + w
    return members
