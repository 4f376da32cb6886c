"""Which of a call's scored links stand: the rules on what does not link two clusters, each
asked of all of a call's links at once where it can be (README, "What does not link two
clusters"): two clusters of one day under the bar but over the one lowered for rare names
share enough of them (:mod:`clipper.stories.eventnames`); two reports of one template
(:mod:`clipper.stories.templated`); links standing on quoted statements alone
(:func:`clipper.stories.termvector.own_similarity`); two issues of one dated series
(:mod:`clipper.stories.series`); two instances of one template without a date
(:mod:`clipper.stories.instances`); two clusters whose headlines share one rare name, a
subject's (:mod:`clipper.stories.subjects`).  Each reads the two clusters only, never a count
over the archive."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.config import StoryConfig
from clipper.stories.bars import pair_bars, threshold, thresholds
from clipper.stories.eventnames import named_pairs, shared_names
from clipper.stories.instances import instance_pairs, untemplated_similarity
from clipper.stories.linking import Item
from clipper.stories.ruleparts import RuleParts
from clipper.stories.series import issues_of_one_series, unframed_similarity
from clipper.stories.subjects import subjects_kept
from clipper.stories.templated import template_pairs
from clipper.stories.termvector import Vector, own_cleared, own_unit


class Links(NamedTuple):
    """Linked pairs as arrays, sorted by (a, b): ``a[i] < b[i]`` (cluster ids), ``sims[i]``
    their cosine."""

    a: npt.NDArray[np.int64]
    b: npt.NDArray[np.int64]
    sims: npt.NDArray[np.float64]


def named_links(links: Links, items: Mapping[int, Item], config: StoryConfig) -> Links:
    """``links`` less those under the bar for their gap (:func:`threshold`, found over the bar
    :func:`clipper.stories.scoring.linked` lowered for two clusters of one day holding
    ``event_names`` rare names each) whose ends share fewer than ``event_names`` rare names
    (:func:`clipper.stories.eventnames.shared_names`, asked of those links at once)."""
    # each end's day read once (a night's call holds ~300 links a cluster)
    ends = sortedsets.distinct(np.concatenate([links.a, links.b]))
    day_of = np.fromiter((items[c].day for c in ends.tolist()), np.int64, len(ends))
    days = day_of[np.searchsorted(ends, links.a)]
    other_days = day_of[np.searchsorted(ends, links.b)]
    under = np.flatnonzero(links.sims < thresholds(np.abs(days - other_days), config))
    if not len(under):
        return links
    ends = sortedsets.distinct(np.concatenate([links.a[under], links.b[under]]))
    shared = shared_names(
        [items[c].vector.names for c in ends.tolist()],
        np.searchsorted(ends, links.a[under]),
        np.searchsorted(ends, links.b[under]),
    )
    keep = np.ones(len(links.a), np.bool_)
    keep[under[shared < config.event_names]] = False
    return Links(links.a[keep], links.b[keep], links.sims[keep])


def without_templates(
    links: Links, items: Mapping[int, Item], config: StoryConfig, parts: RuleParts | None = None
) -> Links:
    """``links`` less the pairs that are two reports of one template, of one day or two
    (:func:`clipper.stories.templated.template_pair`, asked of every link at once), those
    linked by the statements they quote: under ``own_similarity_share`` of their bar over their
    reporters' own words (:func:`clipper.stories.termvector.own_similarity`), and two issues of
    one dated series of different days under ``series_similarity_share`` of their bar without
    the series' frame (:mod:`clipper.stories.series`).  ``parts``: what the rules read of each
    vector, kept for a pass of many calls (:class:`clipper.stories.ruleparts.RuleParts`)."""
    if not len(links.a):
        return links
    parts = parts if parts is not None else RuleParts()
    ends = sortedsets.distinct(np.concatenate([links.a, links.b]))
    vectors = [items[cid].vector for cid in ends.tolist()]
    first, second = np.searchsorted(ends, links.a), np.searchsorted(ends, links.b)
    days = np.fromiter((items[cid].day for cid in ends.tolist()), np.int64, len(ends))
    # under the bar, over the one lowered for their rare names: only when the names give
    # event_name_share of the cosine (stories.eventnames), asked of those links at once
    named = np.flatnonzero(links.sims < thresholds(np.abs(days[first] - days[second]), config))
    keep = np.ones(len(links.a), np.bool_)
    keep[named] = named_pairs(vectors, first[named], second[named], config.event_name_share)
    keep &= ~template_pairs(
        [v.sentences for v in vectors], [v.figures for v in vectors], first, second, config
    )
    # a statement both carry is quoted by both: only links between two quoting clusters
    quotes = np.fromiter((len(v.quoted) > 0 for v in vectors), np.bool_, len(vectors))
    asked = np.flatnonzero(keep & quotes[first] & quotes[second])
    if len(asked):
        keep[asked] = own_words_kept(
            links.sims[asked], first[asked], second[asked], vectors, days, config
        )
    # of different days, a dated headline or first sentence's frame in both (stories.series):
    # the frames shared counted for every such link at once, the rest asked pair by pair
    frames = parts.frames(vectors)
    asked = np.flatnonzero(keep & (days[first] != days[second]))
    keys, starts, stops = sortedsets.packed(frames)
    asked = asked[
        sortedsets.intersection_sizes(keys, starts, stops, first[asked], second[asked]) > 0
    ]
    for at in asked.tolist():
        one, other = items[int(links.a[at])], items[int(links.b[at])]
        if not issues_of_one_series(one.vector, other.vector):
            continue
        bar = config.series_similarity_share * threshold(abs(one.day - other.day), config)
        keep[at] = unframed_similarity(one.vector, other.vector) >= bar
    # two instances of one template, of one day or two: instance_lines frames in both with
    # other fills (stories.instances), counted for every link at once, then pair by pair
    lines = parts.lines(vectors)
    keys, starts, stops = sortedsets.packed(lines)
    asked = np.flatnonzero(keep)
    asked = asked[
        sortedsets.intersection_sizes(keys, starts, stops, first[asked], second[asked])
        >= config.instance_lines
    ]
    # which are instances, asked of those links at once (their frames with other fills)
    asked = asked[
        instance_pairs(vectors, first[asked], second[asked], config.instance_lines, parts)
    ]
    bars = config.instance_similarity_share * pair_bars(
        first[asked], second[asked], days, vectors, config
    )
    for at, one, other, bar in zip(asked.tolist(), first[asked].tolist(),
                                   second[asked].tolist(), bars.tolist(), strict=True):  # fmt: skip
        keep[at] = untemplated_similarity(vectors[one], vectors[other]) >= bar
    # a rare name in both headlines, a company's or a person's: what the two share besides it
    # and the sentences about it (stories.subjects), counted for every link at once
    headlines = parts.headlines(vectors)
    keys, starts, stops = sortedsets.packed(headlines)
    asked = np.flatnonzero(keep)
    asked = asked[
        sortedsets.intersection_sizes(keys, starts, stops, first[asked], second[asked]) > 0
    ]
    bars = config.subject_similarity_share * pair_bars(
        first[asked], second[asked], days, vectors, config
    )
    keep[asked] = subjects_kept(
        vectors, headlines, first[asked], second[asked], bars, config.subject_opening_lines
    )
    if keep.all():
        return links
    return Links(links.a[keep], links.b[keep], links.sims[keep])


def own_words_kept(
    sims: npt.NDArray[np.float64],
    first: npt.NDArray[np.int64],
    second: npt.NDArray[np.int64],
    vectors: Sequence[Vector],
    days: npt.NDArray[np.int64],
    config: StoryConfig,
) -> npt.NDArray[np.bool_]:
    """Of links between two quoting clusters (their cosines ``sims``; their ends' positions
    ``first``, ``second`` in ``vectors`` and ``days``), those that clear
    ``own_similarity_share`` of their bar over their reporters' own words
    (:func:`clipper.stories.termvector.own_similarity`).  A link whose cosine clears it with
    all that the statements can take from it (:func:`own_unit`'s bound) is kept unsummed;
    the others' own similarities are summed together and compared with their bars
    (:func:`own_cleared`, the same answers as
    :func:`clipper.stories.termvector.own_similarities`)."""
    quoting = sortedsets.distinct(np.concatenate([first, second]))
    units = [own_unit(vectors[i]) for i in quoting.tolist()]
    unit = [u[0] for u in units if u is not None]
    reach = np.array([u[1] for u in units if u is not None], np.float64)
    assert len(unit) == len(quoting)  # every end quotes a statement
    one, other = np.searchsorted(quoting, first), np.searchsorted(quoting, second)
    bars = config.own_similarity_share * thresholds(np.abs(days[first] - days[second]), config)
    # what the statements can take from the cosine at most (own_unit), before summing
    kept = sims - (reach[one] + reach[other]) >= bars
    summed = np.flatnonzero(~kept)
    kept[summed] = own_cleared(
        [vectors[i].keys for i in quoting.tolist()], unit, one[summed], other[summed],
        bars[summed],
    )
    return kept
