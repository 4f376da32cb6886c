"""Clusters decided again by a migration, when a rule of the walk or of rule 6 changed: the
page shown of every cluster whose canonical is not its longest page (:func:`reshow_parts`,
migrations 0042 and 0048), the versions of one address ranked otherwise (:func:`rerank_versions`,
0036); each with the match rules' defaults and a canonical change recorded under the archive's
latest run (:func:`walk_again_upgrade`).  Moved out of :mod:`clipper.sightings` (past 500
lines), which they use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, case, func, inspect, or_, select, text
from sqlalchemy.orm import Session

from clipper.cluster import Rules
from clipper.models import Cluster, Page, Run
from clipper.sightings import rerank, walk_again
from clipper.store import Store
from clipper.store.graph import StoredGraph

__all__ = [
    "rerank_versions",
    "reshow_imprecise",
    "reshow_parts",
    "reshow_versions",
    "reshow_zoneless",
    "walk_again_upgrade",
]


def walk_again_upgrade(connection: Connection, redo: Callable[[Session, int, Rules], int]) -> None:
    """A migration's upgrade that decides clusters again (``redo``: :func:`reshow_parts`,
    :func:`rerank_versions`) with the match rules' defaults, recording what changes under the
    archive's latest run; nothing in an archive with no run (no page).  The walk reads every
    column rule 6 weighs: one a later revision adds (``pages.fetched_zoneless``, 0077) is added
    first, empty (unknown, as every page stored before it), and that revision finds it made;
    so is every column of a match the walk reads (``matches.lead_words``, 0079)."""
    run_id = connection.execute(select(func.max(Run.id))).scalar()
    if run_id is None:
        return
    if "fetched_zoneless" not in {c["name"] for c in inspect(connection).get_columns("pages")}:
        connection.execute(text("ALTER TABLE pages ADD COLUMN fetched_zoneless BOOLEAN"))
    if "lead_words" not in {c["name"] for c in inspect(connection).get_columns("matches")}:
        connection.execute(text("ALTER TABLE matches ADD COLUMN lead_words INTEGER"))
    session = Session(bind=connection)
    redo(session, run_id, Rules())
    session.flush()


def reshow_parts(session: Session, run_id: int, rules: Rules) -> int:
    """Migration 0042: choose again the page shown of every cluster whose canonical is not its
    longest page, since a copy that is only a part of its cluster's text is never shown
    (``clipper.canonical.part_of_text``): their components walked again (:func:`walk_again`;
    a canonical change is recorded under ``run_id``).  Reads the clusters' word counts once
    (a migration's scan), then those components only.  Returns how many clusters were
    asked."""
    longest = (
        select(Page.cluster_id, func.max(Page.word_count).label("words"))
        .where(Page.cluster_id.is_not(None))
        .group_by(Page.cluster_id)
        .subquery()
    )
    shown = (
        session.execute(
            select(Cluster.canonical_page_id)
            .join(longest, longest.c.cluster_id == Cluster.id)
            .join(Page, Page.id == Cluster.canonical_page_id)
            .where(Page.word_count < longest.c.words)
            .order_by(Cluster.canonical_page_id)
        )
        .scalars()
        .all()
    )
    return _walk_again(session, shown, run_id, rules)


def reshow_imprecise(session: Session, run_id: int, rules: Rules) -> int:
    """Migration 0055: choose again the page shown of every cluster of two dated pages or
    more that holds a page dated by a time without a zone (``published_zoneless``) or by a
    day alone (with one date, the dated page is shown whatever it says),
    since rule 6 reads such a date as a span of time (``clipper.pubwindows``): their
    components walked again (:func:`walk_again`; a canonical change is recorded under
    ``run_id``).  Returns how many clusters were asked."""
    imprecise = or_(Page.published_zoneless.is_(True), func.length(Page.published) == 10)
    return _walk_again(session, _clusters_holding(session, imprecise), run_id, rules)


def reshow_zoneless(session: Session, run_id: int, rules: Rules) -> int:
    """Migration 0074: choose again the page shown of every cluster of two dated pages or
    more that holds a time without a zone (``published_zoneless``), since rule 6 no longer
    compares such a wall time with a moment as if it were UTC where their spans overlap
    (``clipper.originals._stated_time_first``; newcomer 31, finding D): their components
    walked again (:func:`walk_again`; a canonical change is recorded under ``run_id``).
    Returns how many clusters were asked."""
    zoneless = Page.published_zoneless.is_(True)
    return _walk_again(session, _clusters_holding(session, zoneless), run_id, rules)


def _clusters_holding(session: Session, condition: Any) -> Sequence[int]:
    """A page id (the least) of each cluster of two dated pages or more of which a page meets
    ``condition`` (a SQL expression on ``Page``), in id order."""
    return (
        session.execute(
            select(func.min(Page.id))
            .where(Page.cluster_id.is_not(None))
            .group_by(Page.cluster_id)
            .having(func.count(Page.published) > 1, func.count(case((condition, 1))) > 0)
            .order_by(func.min(Page.id))
        )
        .scalars()
        .all()
    )


def reshow_versions(session: Session, run_id: int, rules: Rules) -> int:
    """Migration 0065: choose again the page shown of every cluster holding two versions of
    one address, since rule 6 shows an address's newest version only, dated as the address
    first was (``clipper.canonical._addresses_as_shown``; newcomer 29, finding 2): their
    components walked again (:func:`walk_again`; a canonical change is recorded under
    ``run_id``).  Reads the clusters' addresses once (a migration's scan), then those
    components only.  Returns how many clusters were asked."""
    asked = (
        session.execute(
            select(func.min(Page.id))
            .where(Page.cluster_id.is_not(None))
            .group_by(Page.cluster_id, Page.source_key)
            .having(func.count() > 1)
        )
        .scalars()
        .all()
    )
    return _walk_again(session, sorted(set(asked)), run_id, rules)


def _walk_again(session: Session, pages: Sequence[int], run_id: int, rules: Rules) -> int:
    """The components of ``pages`` walked again, 500 pages at a time (:func:`walk_again`);
    returns how many pages were asked."""
    store = Store(session)
    session.flush()
    for start in range(0, len(pages), 500):
        walk_again(store, pages[start : start + 500], run_id, rules)
    return len(pages)


def rerank_versions(session: Session, run_id: int, rules: Rules) -> int:
    """Migration 0036: rank again the versions of one address that ``canonical.rank_key`` ranks
    otherwise since it put the later fetch before the content hash (pages of one
    ``source_key``, word count and publication date with two or more content hashes), and
    walk their components again (:func:`rerank`; a canonical change is recorded under
    ``run_id``).  Reads the pages once, grouped by those three (a migration's scan), then
    the components of the pages ranked otherwise only.  Returns how many pages those are."""
    groups = (
        select(Page.source_key, Page.word_count, Page.published)
        .where(Page.cluster_id.is_not(None))
        .group_by(Page.source_key, Page.word_count, Page.published)
        .having(func.count(Page.content_hash.distinct()) > 1)
    )
    keys = sorted({row.source_key for row in session.execute(groups)})
    graph = StoredGraph(session)
    found: set[int] = set()
    for start in range(0, len(keys), 500):
        ids = session.scalars(
            select(Page.id).where(
                Page.source_key.in_(keys[start : start + 500]), Page.cluster_id.is_not(None)
            )
        ).all()
        by_group: dict[tuple[Any, ...], list[Any]] = {}
        for node in graph.ranks(ids).values():  # ranks alone: no text read
            by_group.setdefault(node.rank[:4], []).append(node)  # words, date, address
        for nodes in by_group.values():
            # before 0036: the content hash (rank[5]) before the fetch time (rank[4])
            before = sorted(nodes, key=lambda n: (n.rank[:4], n.rank[5], n.rank[4], n.rank[6:]))
            if [n.page_id for n in before] != [n.page_id for n in sorted(nodes, key=_rank)]:
                found.update(n.page_id for n in nodes)
    if found:
        rerank(Store(session), found, run_id, rules)
    return len(found)


def _rank(node: Any) -> Any:
    return node.rank
