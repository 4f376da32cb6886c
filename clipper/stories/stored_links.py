"""Stored story links (table ``story_links``, migration 0021): what the story stage scored.

The table holds exactly the links among the clusters of ``story_vectors`` as their stored
vectors score them (:func:`clipper.stories.linking.link_graph` over every stored vector), each
pair twice, once from each end, so a cluster's links are one range of the primary key.  A run
keeps it so by scoring only what it changed (``storage.update_stories``): the links of a
cluster whose vector is rewritten or deleted are removed, a new or re-vectorised cluster's are
scored and added, and a pair of other clusters whose candidacy the change flipped
(``AnchorIndex.changed_pairs``) is added or removed.  Every other cluster's links are read
here instead of being scored again.

An archive from before revision 0021 gets its links in that migration (:func:`backfill`),
a window of days at a time, unless its story scheme is not this clipper's: then the next run
recomputes every story, links included (``storage._check_scheme``).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import fields
from datetime import date

import numpy as np
import numpy.typing as npt
from sqlalchemy import bindparam, delete, select
from sqlalchemy.orm import Session

from clipper.backends import backend_for
from clipper.config import StoryConfig
from clipper.models import Meta, StoryLink, StoryVector
from clipper.store import chunks

_NONE = np.zeros(0, np.int64)
# Days whose clusters' links the backfill scores together (their window's days loaded too).
_BACKFILL_DAYS = 30


def read(session: Session, cluster_ids: Collection[int]) -> dict[int, npt.NDArray[np.int64]]:
    """Each of ``cluster_ids`` → the ids of the clusters it is linked to, a sorted int64
    array (empty: none)."""
    found: dict[int, list[int]] = {cid: [] for cid in cluster_ids}
    for chunk in chunks(sorted(found)):
        for owner, other in session.execute(
            select(StoryLink.cluster_id, StoryLink.other_id)
            .where(StoryLink.cluster_id.in_(chunk))
            .order_by(StoryLink.cluster_id, StoryLink.other_id)
        ):
            found[owner].append(other)
    return {cid: np.array(others, np.int64) if others else _NONE for cid, others in found.items()}


def add(session: Session, pairs: npt.NDArray[np.int64]) -> None:
    """Store the links ``pairs`` ((n, 2) cluster ids, none stored yet), once from each end."""
    if not len(pairs):
        return
    both = np.concatenate([pairs, pairs[:, ::-1]])
    both = both[np.lexsort((both[:, 1], both[:, 0]))]  # key order: appends to the index
    connection = session.connection()
    backend_for(connection).bulk_insert(
        connection, StoryLink.__table__, ("cluster_id", "other_id"),  # type: ignore[arg-type]
        [tuple(row) for row in both.tolist()],
    )


def remove(session: Session, pairs: Iterable[tuple[int, int]]) -> None:
    """Delete the links ``pairs`` (both of their rows)."""
    rows = [{"a": a, "b": b} for x, y in pairs for a, b in ((x, y), (y, x))]
    if rows:
        session.connection().execute(
            delete(StoryLink).where(
                StoryLink.cluster_id == bindparam("a"), StoryLink.other_id == bindparam("b")
            ),
            rows,
        )


def remove_clusters(
    session: Session, cluster_ids: Collection[int]
) -> dict[int, npt.NDArray[np.int64]]:
    """Delete every link of ``cluster_ids`` (their vectors are being rewritten or deleted);
    return each one's links before (as :func:`read`)."""
    before = read(session, cluster_ids)
    partners = sorted({o for others in before.values() for o in others.tolist()})
    for chunk in chunks(sorted(before)):
        session.execute(delete(StoryLink).where(StoryLink.cluster_id.in_(chunk)))
        # Their partners' rows pointing back: (partner, one of them), all of them going.
        for part in chunks(partners):
            session.execute(
                delete(StoryLink).where(
                    StoryLink.cluster_id.in_(part), StoryLink.other_id.in_(chunk)
                )
            )
    return before


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
    from clipper.stories.storage import StoryPool, _Stored

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
        pool.links.clear()
        pool.trim()
        start = stop
    return total
