"""The bar two clusters' cosine must clear to be linked into one story: ``min_similarity``,
rising ``similarity_per_day`` a day after ``free_days``, none beyond ``window_days``
(:func:`threshold`); over arrays (:func:`thresholds`); and a linked pair's bar lowered for two
clusters of one day sharing many rare names (:func:`pair_bars`,
:mod:`clipper.stories.eventnames`)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from clipper.config import StoryConfig
from clipper.stories.eventnames import named_bars, shared_names
from clipper.stories.termvector import Vector


def threshold(gap_days: int, config: StoryConfig) -> float:
    """The similarity two clusters ``gap_days`` apart need to be linked (inf beyond window)."""
    if gap_days > config.window_days:
        return math.inf
    return config.min_similarity + config.similarity_per_day * max(0, gap_days - config.free_days)


def thresholds(gaps: npt.NDArray[np.int64], config: StoryConfig) -> npt.NDArray[np.float64]:
    """:func:`threshold` over an array of gaps."""
    bars = config.min_similarity + config.similarity_per_day * np.maximum(
        0, gaps - config.free_days
    )
    return np.where(gaps > config.window_days, np.inf, bars)


def pair_bars(
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    days: npt.NDArray[np.int64],
    vectors: Sequence[Vector],
    config: StoryConfig,
) -> npt.NDArray[np.float64]:
    """The bars of linked pairs (their ends' positions ``first``, ``second`` in ``days`` and
    ``vectors``): :func:`thresholds` for their gaps, lowered for two clusters of one day
    sharing many rare names (:func:`clipper.stories.eventnames.named_bars`)."""
    gaps = np.abs(days[first] - days[second])
    if not len(gaps):
        return np.zeros(0)
    shared = shared_names([v.names for v in vectors], first, second)
    return named_bars(thresholds(gaps, config), gaps, shared, config)
