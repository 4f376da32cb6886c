"""What the story stage writes to the archive: the per-run update (:func:`update_stories`:
stale vectors rewritten, changed links, story ids and story rows) and the scheme the stories
were made with.  What it reads, held for a run, is :mod:`clipper.stories.pool`'s."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from importlib.metadata import version
from typing import Any

import numpy as np
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from clipper.config import StoryConfig
from clipper.models import Cluster, Merge, Meta, Page, Story, StoryVector
from clipper.store.changed import mark_clusters, mark_stories, record_merges
from clipper.store.rows import chunks
from clipper.stories import agglutinative, functionwords, prefixed, stored_links
from clipper.stories.identity import keep_ids
from clipper.stories.linking import Item
from clipper.stories.pool import _NO_LINKS, StoryPool, _Stored
from clipper.stories.refresh import refresh_stories
from clipper.stories.regrouping import Change, regroup
from clipper.stories.scoring import score
from clipper.stories.vectors import VECTOR_VERSION, Vector, event_day, vectorize
from clipper.templates import restore_lines

SCHEME_KEY = "story_scheme"
# The assignment rule's version (part of the scheme: a new one recomputes every story).  2: the
# walk orders a day's clusters by time of day, and a story's centroid is its first
# ``centroid_clusters`` members'.
WALK_VERSION = "2"
# The candidate rule's version (part of the scheme).  2: a sorted neighbourhood on each anchor's
# posting list (``AnchorIndex``) instead of the heaviest ``anchor_cap`` clusters of each day.
# 3: neighbours on the lists of ``near_anchors`` shared anchors (stored links of 2 are stale).
LINK_VERSION = "3"


@dataclass
class StoryOutcome:
    new_stories: int = 0
    changed_stories: int = 0
    vectors: int = 0
    compared: int = 0  # clusters compared with stories (``Regrouped.compared``)
    decided: int = 0  # clusters the walk visited (``Regrouped.decided``)
    moved: int = 0  # stored clusters that changed story (``Regrouped.moved``)
    by_state: int = 0  # clusters queued by a story's changed state (``Regrouped.by_state``)


def scheme(config: StoryConfig) -> str:
    return json.dumps(
        {
            "version": VECTOR_VERSION,
            "walk": WALK_VERSION,
            "links": LINK_VERSION,
            "wordfreq": version("wordfreq"),
            "stopwordsiso": functionwords.source_version(),
            "suffixes": agglutinative.source_version(),
            "prefixes": prefixed.source_version(),
            **asdict(config),
        },
        sort_keys=True,
    )


def _relink(
    session: Session,
    pool: StoryPool,
    stored: _Stored,
    seeds: set[int],
    removed: Sequence[Item],
) -> dict[int, set[int]]:
    """Update the stored clusters' links for the pairs whose candidacy the batch changed (new
    clusters in the middle of a posting list, removed ones leaving a gap: at most
    ``anchor_cap`` pairs a list per change, none when the change is the latest of its lists),
    in the pool and in ``story_links``; return each cluster whose links changed with its
    links before.  This is what keeps one big run and many nightly runs alike."""
    inserted = [pool.items[cid] for cid in sorted(seeds) if cid in pool.items]
    pool.load_windows(session, [*inserted, *removed])
    gained, lost = pool.indexed().changed_pairs(inserted, removed)
    if not len(gained) and not len(lost):
        return {}
    flips = np.concatenate([gained, lost])
    # Both ends are unchanged clusters, so a pair over the bar now was over it before: a lost
    # one is a stored link, a gained one a new link.
    found = score(flips, pool.items, pool.config, pool.columns, pool.index)
    linked = sorted((a, b) for a, b, _ in found)
    if not linked:
        return {}
    ends = sorted({cid for pair in linked for cid in pair})
    stored.links(ends)
    before = {cid: set(pool.links[cid].tolist()) for cid in ends}
    gained_set = {(a, b) for a, b in gained.tolist()}
    pool.link(np.array([p for p in linked if p in gained_set], np.int64).reshape(-1, 2))
    for a, b in linked:
        if (a, b) not in gained_set:
            pool.unlink(a, b)
            pool.unlink(b, a)
    return before


def _stale_clusters(
    session: Session, cluster_ids: set[int], page_ids: set[int], redated: Collection[int] = ()
) -> tuple[list[Any], set[int], dict[int, int]]:
    """Clusters among ``cluster_ids`` whose vector is missing, of an old canonical or of a
    re-dated cluster (``redated``); stored vectors of clusters that are gone; and the story
    each of both belonged to."""
    clusters = {}
    for chunk in chunks(sorted(cluster_ids)):
        for row in session.execute(
            select(Cluster.id, Cluster.canonical_page_id, Cluster.story_id).where(
                Cluster.id.in_(chunk)
            )
        ):
            clusters[row.id] = row
    vectors: dict[int, Any] = {}
    for column, keys in ((StoryVector.cluster_id, cluster_ids), (StoryVector.page_id, page_ids)):
        for chunk in chunks(sorted(keys)):
            for row in session.execute(
                select(StoryVector.cluster_id, StoryVector.page_id, StoryVector.story_id).where(
                    column.in_(chunk)
                )
            ):
                vectors[row.cluster_id] = row
    unknown = sorted(set(vectors) - set(clusters))
    living: set[int] = set()
    for chunk in chunks(unknown):
        living.update(session.scalars(select(Cluster.id).where(Cluster.id.in_(chunk))))
    gone = {cid for cid in unknown if cid not in living}
    stale = [
        row
        for cid, row in sorted(clusters.items())
        if cid not in vectors or vectors[cid].page_id != row.canonical_page_id or cid in redated
    ]
    old_story = {cid: vectors[cid].story_id for cid in gone} | {
        row.id: row.story_id for row in stale
    }
    return stale, gone, {cid: sid for cid, sid in old_story.items() if sid is not None}


def _write_vectors(
    session: Session,
    stale: Sequence[Any],
    config: StoryConfig,
    vectors: Mapping[int, Vector],
) -> None:
    """Replace the stored vectors of the ``stale`` clusters by their canonicals' (from
    ``vectors`` by page id, else vectorised from the stored text), a chunk of clusters at a
    time: a run's story stage writes a whole night's clusters, and their pages' texts and
    vectors at once would grow with the night."""
    for part in chunks(stale):
        page_rows = {}
        for row in session.execute(
            select(
                Page.id,
                Page.title,
                Page.text,
                Page.url,
                Page.site,
                Page.template_lines,
                Page.language,
                Page.published,
                Page.fetched_at,
                Page.seen_at,
            ).where(Page.id.in_(sorted({row.canonical_page_id for row in part})))
        ):
            page_rows[row.id] = row
        session.execute(
            delete(StoryVector).where(StoryVector.cluster_id.in_([row.id for row in part]))
        )
        rows = []
        for cluster in part:
            page = page_rows[cluster.canonical_page_id]
            vector = vectors.get(page.id)
            if vector is None:
                text = restore_lines(page.text, json.loads(page.template_lines or "[]"))
                vector = vectorize(page.title, text, page.language, config, page.url, page.site)
            rows.append(
                {
                    "cluster_id": cluster.id,
                    "page_id": page.id,
                    "story_id": cluster.story_id,
                    "day": event_day(page.published, page.fetched_at, page.seen_at),
                    "terms": vector.to_bytes(),
                }
            )
        session.execute(insert(StoryVector), rows)


def _check_scheme(session: Session, config: StoryConfig) -> bool:
    """Record the story scheme; True if the archive's stories must be rebuilt from scratch."""
    wanted = scheme(config)
    row = session.get(Meta, SCHEME_KEY)
    if row is not None and row.value == wanted:
        return False
    if row is None:
        session.add(Meta(key=SCHEME_KEY, value=wanted))
    else:
        row.value = wanted
    session.execute(update(Cluster).values(story_id=None))
    session.execute(delete(StoryVector))
    stored_links.clear(session)
    session.execute(delete(Story))
    return True


def update_stories(
    session: Session,
    page_ids: Iterable[int],
    run_id: int,
    config: StoryConfig,
    vectors: Mapping[int, Vector] | None = None,
    pool: StoryPool | None = None,
    redated: Collection[int] = (),
) -> StoryOutcome:
    """Bring stories up to date after ``Store.recluster`` stored and clustered ``page_ids``.

    ``vectors`` (page id → vector) are the batch's pages vectorised by the worker processes;
    a canonical not among them is vectorised here.  ``pool`` carries stored vectors from one
    batch of a run to the next (a fresh one is used without it).  ``redated``: clusters (of
    ``page_ids``) whose pages' times moved (``clipper.sightings``), re-dated like a cluster
    with a new canonical.

    Called once per run, at its end (``pipeline.Deduper.finish_stories``), with every page the
    run stored; any set of pages works (a walk restricted to what they can change).  Re-decides
    (``regroup``) the clusters
    whose vector is new, changed or gone, whose links changed (anchor buckets displaced), and
    those whose story can have changed with them; other stories stay as stored.  Links are
    scored only for clusters whose vector is new or changed and for the pairs their change
    flips; ``story_links`` gives every other link set and is kept equal to the links among
    the stored vectors (``stored_links``).
    """
    from clipper.store import Store  # clipper.store imports nothing of this module

    pool = pool if pool is not None else StoryPool(config)
    if _check_scheme(session, config):
        # New archive, an archive from before stories, or other settings: every cluster.
        pool.forget(list(pool.items))
        page_set: set[int] = set()
        cluster_ids = set(session.scalars(select(Cluster.id)))
    else:
        page_set, _ = Store(session).component(page_ids, with_edges=False)
        cluster_ids = set()
        for chunk in chunks(sorted(page_set)):
            cluster_ids.update(
                cid
                for cid in session.scalars(
                    select(Page.cluster_id).where(Page.id.in_(chunk)).distinct()
                )
                if cid is not None
            )
    stale, gone, old_story = _stale_clusters(session, cluster_ids, page_set, redated)
    changed = [*gone, *(row.id for row in stale)]
    # The buckets their old vectors were in, and (below) those their new ones are in; their
    # old positions and link sets.
    pool.load_clusters(session, changed)
    removed_items = [pool.items[cid] for cid in changed if cid in pool.items]
    # Their stored links go (a new vector's are scored below), from their partners' sets
    # too; their sets before, for regroup.
    stored = _Stored(session, pool, config)
    had_vector = [cid for cid in changed if cid in pool.items]
    stored.hold(had_vector)
    stored.hold({o for cid in had_vector for o in pool.links[cid].tolist()})
    change = Change()
    for cid in changed:
        if cid in old_story and cid in pool.items:
            change.removed.append((old_story[cid], pool.items[cid]))
        change.old_links[cid] = set(pool.links[cid].tolist()) if cid in pool.links else None
    pool.forget(changed)
    stored.flush()
    for chunk in chunks(sorted(gone)):
        session.execute(delete(StoryVector).where(StoryVector.cluster_id.in_(chunk)))
    _write_vectors(session, stale, config, vectors or {})
    outcome = StoryOutcome(vectors=len(stale))

    seeds = {row.id for row in stale}
    pool.load_clusters(session, seeds)
    stored.score(sorted(seeds))
    before = _relink(session, pool, stored, seeds, removed_items)
    # A cluster whose links came out the same changes nothing.
    relinked = {
        cid for cid, old in before.items() if old != set(pool.links.get(cid, _NO_LINKS).tolist())
    }
    change.old_links.update((cid, before[cid]) for cid in relinked)
    change.seeds = {cid for cid in seeds | relinked if cid in pool.items}
    stored.flush()
    stored.read_members({sid for sid, _ in change.removed})
    found = regroup(stored, change, config)
    outcome.compared = found.compared
    outcome.decided, outcome.moved, outcome.by_state = found.decided, found.moved, found.by_state
    old_stories = found.stories | {sid for sid, _ in change.removed}
    refresh = set(old_stories)
    if found.groups or old_stories:
        refresh |= _assign_ids(session, found.groups, old_stories, run_id, outcome)
    for chunk in chunks(sorted(cluster_ids)):
        refresh.update(
            sid
            for sid in session.scalars(select(Cluster.story_id).where(Cluster.id.in_(chunk)))
            if sid is not None
        )
    refresh_stories(session, refresh, run_id)
    _merged_away(session, {cid: old_story[cid] for cid in gone if cid in old_story}, run_id)
    pool.trim()
    return outcome


def _merged_away(session: Session, stories_of: Mapping[int, int], run_id: int) -> None:
    """Record where the stories of clusters this run merged away went when the stories are
    gone (``stories_of``: such a cluster → its story before): to the story of the cluster its
    pages joined (the ``merges`` rows of ``run_id``)."""
    if not stories_of:
        return
    existing: set[int] = set()
    for chunk in chunks(sorted(set(stories_of.values()))):
        existing.update(session.scalars(select(Story.id).where(Story.id.in_(chunk))))
    lost = {cid: sid for cid, sid in stories_of.items() if sid not in existing}
    if not lost:
        return
    joined: list[tuple[int, int]] = []
    for chunk in chunks(sorted(lost)):
        query = (
            select(Merge.old_id, Cluster.story_id)
            .join(Cluster, Cluster.id == Merge.new_id)
            .where(
                Merge.kind == "cluster",
                Merge.run_id == run_id,
                Merge.old_id.in_(chunk),
                Cluster.story_id.is_not(None),
            )
        )
        joined += [(cid, sid) for cid, sid in session.execute(query) if sid is not None]
    record_merges(session, "story", ((lost[cid], sid) for cid, sid in joined), run_id)


def _assign_ids(
    session: Session,
    groups: list[list[int]],
    old_stories: set[int],
    run_id: int,
    outcome: StoryOutcome,
) -> set[int]:
    """Give each group a story id (:func:`identity.keep_ids`: the stored id it shares most
    members with, each id once, largest overlaps first); return the ids used."""
    current: dict[int, int | None] = {}
    members = [cid for story in groups for cid in story]
    for chunk in chunks(sorted(members)):
        for hit in session.execute(
            select(Cluster.id, Cluster.story_id).where(Cluster.id.in_(chunk))
        ):
            current[hit.id] = hit.story_id
    involved = set(old_stories) | {sid for sid in current.values() if sid is not None}
    claimed: set[int] = set()
    # (cluster id, its story id), written a chunk at a time (:func:`_set_story_ids`)
    updates: list[tuple[int, int]] = []
    pending: list[list[int]] = []
    kept = keep_ids(
        {number: [current.get(cid) for cid in story] for number, story in enumerate(groups)}
    )
    for number, story in enumerate(groups):
        chosen = kept.get(number)
        if chosen is None:
            pending.append(story)
            outcome.new_stories += 1
            continue
        claimed.add(chosen)
        if any(current.get(cid) != chosen for cid in story) or len(story) != sum(
            1 for sid in current.values() if sid == chosen
        ):
            outcome.changed_stories += 1
        updates.extend((cid, chosen) for cid in story if current.get(cid) != chosen)
    if pending:
        # Placeholder lead page: the smallest member's canonical, fixed by refresh_stories.
        leads = {
            hit.id: hit.canonical_page_id
            for hit in session.execute(
                select(Cluster.id, Cluster.canonical_page_id).where(
                    Cluster.id.in_([story[0] for story in pending])
                )
            )
        }
        new_ids = session.scalars(
            insert(Story).returning(Story.id, sort_by_parameter_order=True),
            [
                {
                    "title": None,
                    "lead_page_id": leads[story[0]],
                    "first_day": "",
                    "last_day": "",
                    "size": 0,
                    "pages": 0,
                    "outlets": 0,
                    "created_run_id": run_id,
                    "updated_run_id": run_id,
                }
                for story in pending
            ],
        ).all()
        for story_id, story in zip(new_ids, pending, strict=True):
            claimed.add(story_id)
            updates.extend((cid, story_id) for cid in story)
    _set_story_ids(session, updates, run_id)
    unused = sorted(involved - claimed)
    if unused:
        gone = set(unused)
        # where a deleted story's clusters went, for ``show story:ID`` of it
        record_merges(
            session,
            "story",
            (
                (old, sid)
                for cid, sid in updates
                if (old := current.get(cid)) is not None and old in gone
            ),
            run_id,
        )
        mark_stories(session, unused, run_id)
        for chunk in chunks(unused):
            session.execute(
                update(Cluster).where(Cluster.story_id.in_(chunk)).values(story_id=None)
            )
            session.execute(delete(Story).where(Story.id.in_(chunk)))
    return claimed


def _set_story_ids(session: Session, updates: Sequence[tuple[int, int]], run_id: int) -> None:
    """Write each (cluster id, story id) of ``updates`` to ``clusters`` and ``story_vectors``,
    a chunk at a time: a new night's stage gives every cluster of the night its story, and
    their parameter rows at once (a dict a row, two tables) grew with the night.  Their pages
    are marked changed by ``run_id`` (clipper.store.changed)."""
    mark_clusters(session, [cid for cid, _ in updates], run_id)
    for part in chunks(updates):
        session.execute(update(Cluster), [{"id": cid, "story_id": sid} for cid, sid in part])
        session.execute(
            update(StoryVector), [{"cluster_id": cid, "story_id": sid} for cid, sid in part]
        )
