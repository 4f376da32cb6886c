"""Stored story links (table ``story_links``, migration 0021): what the story stage scored.

The table holds exactly the links among the clusters of ``story_vectors`` as their stored
vectors score them (:func:`clipper.stories.scoring.link_graph` over every stored vector), one
row a cluster: its linked clusters' ids, sorted, as little-endian int64 (a row a link cost
2 CPU s to insert for the 415,000 links of 6,000 one-day records).  A run keeps it so by
scoring only what it changed (``storage.update_stories``, which rewrites the rows of the
clusters whose sets changed): the links of a cluster whose vector is rewritten or deleted are
removed, a new or re-vectorised cluster's are scored and added, and a pair of other clusters
whose candidacy the change flipped (``AnchorIndex.changed_pairs``) is added or removed.  Every
other cluster's links are read here instead of being scored again.

An archive from before revision 0021 gets its links in that migration (:func:`backfill`),
a window of days at a time, unless its story scheme is not this clipper's: then the next run
recomputes every story, links included (``storage._check_scheme``).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import fields
from datetime import date

import numpy as np
import numpy.typing as npt
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from clipper.backends import backend_for
from clipper.config import StoryConfig
from clipper.models import Meta, StoryLink, StoryVector
from clipper.store.rows import chunks

_NONE = np.zeros(0, np.uint32)
# Days whose clusters' links the backfill scores together (their window's days loaded too).
_BACKFILL_DAYS = 30


def read(session: Session, cluster_ids: Collection[int]) -> dict[int, npt.NDArray[np.uint32]]:
    """Each of ``cluster_ids`` → the ids of the clusters it is linked to, a sorted uint32
    array (empty: none; stored as int64, held as the story pool holds them)."""
    found = dict.fromkeys(cluster_ids, _NONE)
    for chunk in chunks(sorted(found)):
        for cid, linked in session.execute(
            select(StoryLink.cluster_id, StoryLink.linked).where(StoryLink.cluster_id.in_(chunk))
        ):
            found[cid] = np.frombuffer(linked, "<i8").astype(np.uint32)
    return found


def write(session: Session, sets: Mapping[int, npt.NDArray[np.integer]]) -> None:
    """Store each cluster's complete link set (sorted ids; empty: its row is deleted), a
    chunk of clusters at a time: a run's story stage writes the set of every cluster of the
    night, and their rows made at once (8 bytes a link, a bytes object a cluster) were twice
    the held sets again, growing with the night (a one-day cluster links ~250-300 others at
    10k-20k records, more as the day grows)."""
    for chunk in chunks(sorted(sets)):
        session.execute(delete(StoryLink).where(StoryLink.cluster_id.in_(chunk)))
        rows = [(cid, sets[cid].astype("<i8").tobytes()) for cid in chunk if len(sets[cid])]
        if rows:
            connection = session.connection()
            backend_for(connection).bulk_insert(
                connection, StoryLink.__table__, ("cluster_id", "linked"), rows  # type: ignore[arg-type]
            )


def clear(session: Session) -> None:
    session.execute(delete(StoryLink))


def stored_config(session: Session) -> StoryConfig | None:
    """The story settings the archive's stories were made with, when its recorded scheme is
    exactly this clipper's for them (None: no stories yet, or another scheme, whose next run
    recomputes every story)."""
    from clipper.stories.storage import SCHEME_KEY, scheme

    row = session.get(Meta, SCHEME_KEY)
    if row is None:
        return None
    recorded = json.loads(row.value)
    try:
        config = StoryConfig(**{f.name: recorded[f.name] for f in fields(StoryConfig)})
    except (KeyError, TypeError, ValueError):
        return None
    return config if scheme(config) == row.value else None


def backfill(session: Session) -> int:
    """Score and store the links of every stored vector (an archive from before revision
    0021), ``_BACKFILL_DAYS`` days of clusters at a time with their window's days loaded, so
    memory holds a few windows, not the archive.  Returns the links stored; 0 and nothing
    done when the archive's story scheme is not this clipper's (see :func:`stored_config`)."""
    from clipper.stories.pool import StoryPool, _Stored

    config = stored_config(session)
    if config is None:
        return 0
    clear(session)
    days = sorted(
        {date.fromisoformat(d).toordinal() for d in session.scalars(
            select(StoryVector.day).distinct()
        )}
    )
    pool = StoryPool(config)
    stored = _Stored(session, pool, config)
    total = 0
    start = 0
    while start < len(days):
        first = days[start]
        stop = start
        while stop < len(days) and days[stop] < first + _BACKFILL_DAYS:
            stop += 1
        pool.load_days(session, set(range(first, days[stop - 1] + 1)))
        ids = [cid for day in days[start:stop] for cid in sorted(pool.by_day[day])]
        # A pair with an end on an earlier day was stored with that day's clusters.
        total += stored.score(ids, before_day=first)
        stored.flush()
        pool.links.clear()
        pool.trim()
        start = stop
    return total
