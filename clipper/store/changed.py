"""What a run changed in rows stored before it, kept for ``export --changed-since`` and
``show`` of a merged id (migration 0069).

``pages.changed_run_id`` is the last run that changed what an export writes of a page stored by
an earlier run: its cluster or similarity (:func:`clipper.store.clusters.write`), its cluster's
canonical, its cluster's story or that story's lead (:mod:`clipper.stories.storage`), its
version number, dates, last fetch, headline or text (``Store.renumber_versions``,
:mod:`clipper.sightings`, :mod:`clipper.revisits`, ``Store.replace_titles``/``replace_texts``).
Writers mark pages in bulk, one ``UPDATE`` a chunk of ids, or carry the column in the update
rows they write anyway.  A run's id reaches writers that are not handed it through the
session (:func:`set_run`, by ``Store.start_run``).

``merges`` rows say where the members of a deleted cluster or story went
(:func:`record_merges`); :func:`merged_into` follows them for ``show``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, insert, select, update
from sqlalchemy.orm import Session

from clipper.models import Cluster, Merge, Page, Story
from clipper.store.graph import chunks

_RUN = "clipper.run_id"
# How many merges ``show`` follows from an id before it stops (a chain of nightly merges).
_MAX_HOPS = 50


def set_run(session: Session, run_id: int) -> None:
    """Make ``run_id`` the run that :func:`current_run` names for ``session``."""
    session.info[_RUN] = run_id


def current_run(session: Session) -> int | None:
    """The run ``session`` writes for (:func:`set_run`), None outside a run: a migration that
    reclusters or renumbers (0014, 0017, 0065) runs on a schema without ``changed_run_id``
    and ``merges``, and marks and records nothing."""
    run = session.info.get(_RUN)
    return int(run) if run is not None else None


def mark_pages(session: Session, page_ids: Collection[int], run_id: int | None) -> None:
    """Mark ``page_ids`` changed by ``run_id`` (nothing when None), a chunk of ids a statement;
    a page stored by that run is left as it is (it is new in that run)."""
    _mark(session, page_ids, run_id, Page.id.in_)


def mark_clusters(session: Session, cluster_ids: Collection[int], run_id: int | None) -> None:
    """Mark every page of ``cluster_ids`` changed by ``run_id`` (a canonical, story or story
    lead of theirs changed), a chunk of clusters a statement."""
    _mark(session, cluster_ids, run_id, Page.cluster_id.in_)


def mark_stories(session: Session, story_ids: Collection[int], run_id: int | None) -> None:
    """Mark every page of the clusters of ``story_ids`` changed by ``run_id`` (their story's
    lead changed, or the story is going), a chunk of stories a statement."""
    _mark(
        session,
        story_ids,
        run_id,
        lambda chunk: Page.cluster_id.in_(select(Cluster.id).where(Cluster.story_id.in_(chunk))),
    )


def _mark(
    session: Session,
    ids: Collection[int],
    run_id: int | None,
    which: Callable[[list[int]], ColumnElement[bool]],
) -> None:
    """``UPDATE pages SET changed_run_id = run_id`` for the pages ``which`` picks of each chunk
    of ``ids``, but those ``run_id`` stored."""
    if run_id is None or not ids or current_run(session) is None:
        return
    for chunk in chunks(ids):
        session.execute(
            update(Page)
            .where(which(chunk), Page.run_id != run_id)
            .values(changed_run_id=run_id)
            .execution_options(synchronize_session=False)
        )


def record_merges(
    session: Session, kind: str, moves: Iterable[tuple[int, int]], run_id: int
) -> None:
    """Record where a deleted ``kind`` ("cluster" or "story") went: ``moves`` are (old id, new
    id) pairs, one a member that moved (a page, a cluster), counted per destination."""
    counted = Counter((old, new) for old, new in moves if old != new)
    if counted and current_run(session) is not None:
        session.execute(
            insert(Merge),
            [
                {"kind": kind, "old_id": old, "new_id": new, "members": n, "run_id": run_id}
                for (old, new), n in sorted(counted.items())
            ],
        )


@dataclass(frozen=True)
class Moved:
    """Where a deleted cluster or story went: ``into`` the ids its members went to (most
    members first), by run ``run_id``; ``then`` where those went in turn, when one of them was
    merged away later."""

    kind: str
    old_id: int
    into: tuple[int, ...]
    run_id: int
    then: Moved | None = None

    def message(self) -> str:
        """ "cluster 2 was merged into cluster 1 in run 2", with any later merges after "; "."""
        named = ", ".join(f"{self.kind} {new}" for new in self.into)
        line = (
            f"{self.kind} {self.old_id} was merged into {named} in run {self.run_id}"
            if len(self.into) == 1
            else f"{self.kind} {self.old_id} was split into {named} in run {self.run_id}"
        )
        return line if self.then is None else f"{line}; {self.then.message()}"

    def current(self) -> tuple[int, ...]:
        """The ids its members are in now (the last merge's)."""
        return self.into if self.then is None else self.then.current()

    def as_dict(self) -> dict[str, object]:
        """{kind, id, merged_into, run_id, then} for --json."""
        return {
            "kind": self.kind,
            "id": self.old_id,
            "merged_into": list(self.into),
            "run_id": self.run_id,
            "then": None if self.then is None else self.then.as_dict(),
        }


def merged_into(session: Session | Connection, kind: str, old_id: int) -> Moved | None:
    """Where ``kind`` ("cluster" or "story") ``old_id`` went when a run deleted it (its latest
    merge), followed while its one destination was itself merged away (up to ``_MAX_HOPS``);
    None when no run merged it."""
    return _follow(session, kind, old_id, _MAX_HOPS)


def _follow(session: Session | Connection, kind: str, old_id: int, hops: int) -> Moved | None:
    rows = session.execute(
        select(Merge.new_id, Merge.members, Merge.run_id)
        .where(Merge.kind == kind, Merge.old_id == old_id)
        .order_by(Merge.run_id.desc(), Merge.members.desc(), Merge.new_id)
    ).all()
    if not rows:
        return None
    run_id = rows[0].run_id
    into = tuple(dict.fromkeys(row.new_id for row in rows if row.run_id == run_id))
    then = None
    if len(into) == 1 and hops > 0 and not _exists(session, kind, into[0]):
        then = _follow(session, kind, into[0], hops - 1)
    return Moved(kind, old_id, into, run_id, then)


def _exists(session: Session | Connection, kind: str, some_id: int) -> bool:
    model = Cluster if kind == "cluster" else Story
    return session.execute(select(model.id).where(model.id == some_id)).first() is not None
