"""A batch's reclustering stored (:func:`write`): cluster rows made, kept, changed or deleted,
and the pages' cluster figures, for the clusters a :class:`clipper.reclustering.Rewalk`
changed, a cluster's first/last sighting times with them (:func:`clipper.seentimes.seen_times`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, insert, select, update

from clipper.models import Cluster, Page
from clipper.seentimes import seen_times
from clipper.store import changed
from clipper.store.graph import chunks
from clipper.store.rows import core_table
from clipper.store.runs import BatchOutcome

if TYPE_CHECKING:
    from clipper.reclustering import Rewalk
    from clipper.store import Store


def write(
    store: Store, rewalk: Rewalk, run_id: int, new_page_ids: set[int], now: str
) -> BatchOutcome:
    """Store a batch's :class:`clipper.reclustering.Rewalk`: the cluster rows and pages' figures of
    the clusters it changed (``now``: the time a canonical change is recorded at).  Returns the
    batch's ``store.BatchOutcome``.

    A cluster keeps the id of the cluster that held its canonical, else of the one most of
    its members came from, so links to a cluster survive its growth; clusters left without
    members are deleted.  A cluster the batch did not change keeps its id and row: no other
    cluster can take its id (none of its pages moved)."""
    session = store.session
    assignment = rewalk.assignments
    rows = {}
    connection = session.connection()
    # in a run (not a migration's recluster): pages whose record moved are marked changed
    tracked = changed.current_run(session) is not None
    columns = [
        Page.id,
        Page.cluster_id,
        Page.seen_at,
        Page.fetched_at,
        Page.last_fetched_at,
        Page.published,
        Page.published_zoneless,
        Page.published_from,
        Page.published_to,
        Page.similarity,
        Page.containment,
        Page.is_exact_duplicate,
        Page.source_key,
        Page.run_id,
        *([Page.changed_run_id] if tracked else []),
    ]
    for chunk in chunks(assignment.keys()):
        for row in connection.execute(select(*columns).where(Page.id.in_(chunk))).all():
            rows[row.id] = row
    old_cluster_ids = sorted(rewalk.clusters)
    old_clusters: dict[int, Cluster] = {}
    for chunk in chunks(old_cluster_ids):
        old_clusters.update(
            (c.id, c) for c in session.scalars(select(Cluster).where(Cluster.id.in_(chunk)))
        )

    groups: dict[int, list[int]] = {}
    for page_id, a in assignment.items():
        groups.setdefault(a.canonical_id, []).append(page_id)
    outcome = BatchOutcome()
    claimed: set[int] = set()
    recanonised: set[int] = set()  # canonical pages of kept clusters whose canonical changed
    cluster_of_canonical: dict[int, int] = {}
    new_clusters: list[tuple[int, dict[str, Any]]] = []  # (canonical page id, row)
    for canonical_id in sorted(groups, key=lambda pid: rewalk.nodes[pid].rank):
        members = groups[canonical_id]
        # Keep the id of the cluster that held this canonical, else of the one most members
        # came from, so links to a cluster survive its growth.
        previous = rows[canonical_id].cluster_id
        if previous is None or previous in claimed:
            votes: dict[int, int] = {}
            for pid in members:
                cid = rows[pid].cluster_id
                if cid is not None and cid not in claimed:
                    votes[cid] = votes.get(cid, 0) + 1
            previous = min(votes, key=lambda cid: (-votes[cid], cid)) if votes else None
        first_seen, last_seen = seen_times([rows[pid] for pid in members])
        distinct_pages = len({rows[pid].source_key for pid in members})  # versions count once
        if previous is None:
            values = {
                "canonical_page_id": canonical_id,
                "size": len(members),
                "pages": distinct_pages,
                "first_seen": first_seen,
                "last_seen": last_seen,
                "created_run_id": run_id,
            }
            new_clusters.append((canonical_id, values))
            outcome.new_clusters += 1
        else:
            cluster = old_clusters[previous]
            claimed.add(previous)
            if cluster.canonical_page_id != canonical_id and cluster.created_run_id != run_id:
                store._record_change(cluster, canonical_id, run_id, now)
                outcome.canonical_changes += 1
            if cluster.canonical_page_id != canonical_id:
                recanonised.add(canonical_id)
            cluster.canonical_page_id = canonical_id
            cluster.size = len(members)
            cluster.pages = distinct_pages
            cluster.first_seen = first_seen
            cluster.last_seen = last_seen
            if cluster.created_run_id != run_id:
                outcome.joined_existing += sum(1 for pid in members if pid in new_page_ids)
            cluster_of_canonical[canonical_id] = cluster.id
    session.flush()
    if new_clusters:
        # One multi-row INSERT … RETURNING: ids come back in row order (the ORM's unit of
        # work would insert row by row).
        ids = session.scalars(
            insert(Cluster).returning(Cluster.id, sort_by_parameter_order=True),
            [values for _, values in new_clusters],
        ).all()
        for (canonical_id, _), cluster_id in zip(new_clusters, ids, strict=True):
            cluster_of_canonical[canonical_id] = cluster_id

    updates = []
    for page_id, a in assignment.items():
        cluster_id = cluster_of_canonical[a.canonical_id]
        row = rows[page_id]
        if page_id in new_page_ids and a.is_exact_duplicate:
            outcome.exact_duplicates += 1
        if row.run_id != run_id and row.cluster_id not in (None, cluster_id):
            outcome.moved_from[page_id] = row.cluster_id  # an earlier run's page moved
        # what an export writes of the page moved (its cluster, similarity or canonical):
        # marked changed by this run, unless this run stored it (clipper.store.changed)
        if a.canonical_id in recanonised or (
            row.cluster_id,
            row.similarity,
            row.containment,
            row.is_exact_duplicate,
        ) != (cluster_id, a.jaccard, a.containment, a.is_exact_duplicate):
            updates.append(
                {
                    "b_id": page_id,
                    "b_cluster": cluster_id,
                    "b_similarity": a.jaccard,
                    "b_containment": a.containment,
                    "b_duplicate": a.is_exact_duplicate,
                }
                | (
                    {"b_changed": row.changed_run_id if row.run_id == run_id else run_id}
                    if tracked
                    else {}
                )
            )
    if updates:
        pages = core_table(Page)
        values = {
            "cluster_id": bindparam("b_cluster"),
            "similarity": bindparam("b_similarity"),
            "containment": bindparam("b_containment"),
            "is_exact_duplicate": bindparam("b_duplicate"),
        }
        if tracked:
            values["changed_run_id"] = bindparam("b_changed")
        connection.execute(
            update(pages).where(pages.c.id == bindparam("b_id")).values(values), updates
        )
    unused = [cid for cid in old_cluster_ids if cid not in claimed]
    if unused:
        gone = set(unused)
        # where a deleted cluster's pages went, for ``show`` of its id
        changed.record_merges(
            session,
            "cluster",
            (
                (rows[pid].cluster_id, cluster_of_canonical[a.canonical_id])
                for pid, a in assignment.items()
                if rows[pid].cluster_id in gone
            ),
            run_id,
        )
        session.execute(delete(Cluster).where(Cluster.id.in_(unused)))
    return outcome
