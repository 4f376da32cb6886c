"""A run's rows: the fingerprint scheme it checks, its start, end and outcome, the runs whose
pages wait for the story stage, a cluster's canonical change and the pages it rejected."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from clipper.archive import ArchiveError
from clipper.models import CanonicalChange, Cluster, Meta, Page, Rejected, Run
from clipper.page import REVISIT_MATCHED, Rejection
from clipper.store import changed
from clipper.store.rows import chunks, now
from clipper.urls import url_key


@dataclass
class BatchOutcome:
    stored: int = 0
    new_clusters: int = 0
    joined_existing: int = 0
    canonical_changes: int = 0
    exact_duplicates: int = 0
    # pages of earlier runs whose cluster the run changed (:meth:`Runs.run_outcome`: those
    # of ``moved_from`` in another cluster at the end of the run)
    moved_pages: int = 0
    # page id -> the cluster an earlier run's page was in before a batch moved it
    # (``clipper.store.clusters.write``)
    moved_from: dict[int, int] = field(default_factory=dict)


# meta key: the JSON list of runs whose pages wait for the story stage (Store.stories_pending)
_STORIES_PENDING = "stories.pending_runs"


class Runs:
    """The runs part of :class:`clipper.store.Store`."""

    session: Session

    # ---- runs ---------------------------------------------------------------------------
    def check_scheme(self, scheme: dict[str, str]) -> None:
        """Record the fingerprint scheme in a new archive; refuse a mismatching one."""
        stored = {row.key: row.value for row in self.session.scalars(select(Meta))}
        mismatched = {
            key: (stored[key], value)
            for key, value in scheme.items()
            if key in stored and stored[key] != value
        }
        if mismatched:
            details = "; ".join(f"{k}: archive {a}, now {b}" for k, (a, b) in mismatched.items())
            raise ArchiveError(
                "this archive's signatures were made with other fingerprint settings "
                f"({details}); use the same settings or a new archive"
            )
        for key, value in scheme.items():
            if key not in stored:
                self.session.add(Meta(key=key, value=value))

    # ---- runs whose pages still wait for the story stage --------------------------------
    def stories_pending(self) -> list[int]:
        """Runs whose stored pages have not been through the story stage yet: the story stage
        runs once at the end of a run, so a run that stopped before it left some."""
        value = self.session.get(Meta, _STORIES_PENDING)
        return sorted(json.loads(value.value)) if value is not None else []

    def set_stories_pending(self, run_ids: Iterable[int]) -> None:
        self.session.merge(Meta(key=_STORIES_PENDING, value=json.dumps(sorted(set(run_ids)))))
        self.session.flush()

    def pages_of_runs(self, run_ids: Iterable[int]) -> list[int]:
        """Ids of the pages stored by these runs (through the ``pages.run_id`` index)."""
        found: list[int] = []
        for run_id in sorted(set(run_ids)):
            found.extend(self.session.scalars(select(Page.id).where(Page.run_id == run_id)))
        return sorted(found)

    def mark_interrupted_runs(self) -> int:
        """Runs left 'running' by a process that died: only called under the write lock."""
        result = self.session.execute(
            update(Run)
            .where(Run.status == "running")
            .values(status="interrupted", finished_at=None)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def start_run(self, inputs: Sequence[str]) -> Run:
        run = Run(
            started_at=now(), status="running", inputs=json.dumps(list(inputs)), pid=os.getpid()
        )
        run.counts = "{}"
        self.session.add(run)
        self.session.flush()
        changed.set_run(self.session, run.id)
        return run

    def finish_run(self, run: Run, status: str, counts: dict[str, Any]) -> None:
        run.status = status
        run.finished_at = now()
        run.counts = json.dumps(counts, sort_keys=True)

    def _record_change(
        self, cluster: Cluster, canonical_id: int, run_id: int, changed_at: str
    ) -> None:
        """Record that ``cluster`` (made by an earlier run) has ``canonical_id`` as its
        canonical now: one row per cluster and run, from its canonical before the run to the one
        after, whatever the batches were (a second change in the run moves the row's new page;
        a change back to where the run found it removes the row).  A cluster this run made has
        no change to record: it is new."""
        row = self.session.scalars(
            select(CanonicalChange).where(
                CanonicalChange.cluster_id == cluster.id, CanonicalChange.run_id == run_id
            )
        ).first()
        if row is None:
            self.session.add(
                CanonicalChange(
                    cluster_id=cluster.id,
                    run_id=run_id,
                    previous_page_id=cluster.canonical_page_id,
                    new_page_id=canonical_id,
                    changed_at=changed_at,
                )
            )
        elif row.previous_page_id == canonical_id:
            self.session.delete(row)
        else:
            row.new_page_id = canonical_id
            row.changed_at = changed_at

    def run_outcome(
        self, run_id: int, moved_from: Mapping[int, int] | None = None
    ) -> BatchOutcome:
        """What a whole run did to its pages, read from the archive it left (through the
        ``pages.run_id`` index): the same whatever the batch size.  Summed per batch, a cluster
        a run creates and merges again later in the run would count as new, and a page that
        becomes an exact copy of a later canonical would not count as one.  Canonical
        changes count the clusters of earlier runs whose canonical the run changed (one row
        each, :meth:`_record_change`).  ``stored`` counts the run's pages the archive holds:
        for a run that failed or was stopped, the batches it committed, not the batch in
        progress.  ``moved_pages`` counts the pages of earlier runs (``moved_from``: page id ->
        its cluster before the run's first batch that moved it) now in another cluster: a
        page that left its cluster, or whose cluster merged into another, changes what the
        clusters it left and joined count (newcomer 34: a paywalled copy left its story's
        cluster, 3 outlets to 2, under "new clusters 0")."""
        outcome = BatchOutcome()
        new_clusters: set[int] = set()
        rows = self.session.execute(
            select(Page.is_exact_duplicate, Cluster.id, Cluster.created_run_id)
            .outerjoin(Cluster, Cluster.id == Page.cluster_id)
            .where(Page.run_id == run_id)
        )
        for is_exact_duplicate, cluster_id, created_run_id in rows:
            outcome.stored += 1
            if cluster_id is None:
                continue
            outcome.exact_duplicates += bool(is_exact_duplicate)
            if created_run_id == run_id:
                new_clusters.add(cluster_id)
            else:
                outcome.joined_existing += 1
        outcome.new_clusters = len(new_clusters)
        outcome.canonical_changes = (
            self.session.scalar(
                select(func.count())
                .select_from(CanonicalChange)
                .where(CanonicalChange.run_id == run_id)
            )
            or 0
        )
        before = moved_from or {}
        for chunk in chunks(sorted(before)):
            now_in = self.session.execute(
                select(Page.id, Page.cluster_id).where(Page.id.in_(chunk))
            )
            outcome.moved_pages += sum(1 for page, cluster in now_in if cluster != before[page])
        return outcome

    def note_matched_revisits(self, run_id: int | None, origins: Iterable[str]) -> None:
        """The ``warc-revisit`` records read at ``origins`` (of run ``run_id``; None: of any
        run, an earlier run's revisit matched now) found their page: kept as
        ``revisit-matched``, a note rather than a rejection (:data:`clipper.page.KEPT_NOTES`).
        """
        for chunk in chunks(sorted(set(origins))):
            query = update(Rejected).where(
                Rejected.reason == "warc-revisit", Rejected.origin.in_(chunk)
            )
            if run_id is not None:
                query = query.where(Rejected.run_id == run_id)
            self.session.execute(query.values(reason=REVISIT_MATCHED))

    def record_rejections(self, run_id: int, rejections: Sequence[Rejection]) -> None:
        if rejections:
            self.session.execute(
                insert(Rejected),
                [
                    {
                        "run_id": run_id,
                        "origin": r.origin,
                        "reason": r.reason,
                        "detail": r.detail,
                        "url": url_key(r.url) if r.url else None,
                        "fetched_at": r.fetched_at,
                    }
                    for r in rejections
                ],
            )
