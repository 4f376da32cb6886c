"""The archive read as a match graph (:class:`StoredGraph`): what a batch's reclustering
(:mod:`clipper.reclustering`) looks up of the stored pages, by page id, a chunk at a time
through the matches' primary key (``page_id`` first), ``ix_matches_better_page_id`` and the
pages' ``cluster_id`` index.  Reads only the pages asked for: nothing scans the archive."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import func, select

from clipper.canonical import Node, rank_key
from clipper.cluster import Link
from clipper.models import Match, Page
from clipper.urls import url_key

CHUNK = 500


def chunks(items: Collection[int]) -> Iterable[list[int]]:
    """``items`` in ascending order, :data:`CHUNK` at a time (the size of one ``IN`` list)."""
    ordered = sorted(items)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


_NODE_COLUMNS = (
    Page.id,
    Page.word_count,
    Page.published,
    Page.url,
    Page.source_key,
    Page.content_hash,
    Page.declared_original,
    Page.date_source,
    Page.fetched_at,
    Page.seen_at,
    Page.title,
    Page.partial,
    Page.shingle_count,
)


def _node(row: Any) -> Node:
    return Node(
        row.id,
        rank_key(
            row.word_count, row.published, row.url, row.source_key, row.content_hash,
            row.fetched_at, row.seen_at, row.title,
        ),
        row.content_hash,
        url_key(row.declared_original) if row.declared_original else None,
        row.date_source,
        row.fetched_at,
        row.partial is not None,
        row.shingle_count,
    )


class StoredGraph:
    """:class:`Graph` over an archive: look-ups through the matches' primary key
    (``page_id`` first) and ``ix_matches_better_page_id``, and the pages' ``cluster_id``
    index."""

    def __init__(self, session: Any) -> None:
        self.connection = session.connection()  # Core rows: no ORM loading

    def links(self, pages: Collection[int]) -> dict[int, list[Link]]:
        found: dict[int, list[Link]] = {}
        columns = (
            Match.page_id, Match.better_page_id, Match.jaccard, Match.containment,
            Match.offset_words,
        )
        for chunk in chunks(pages):
            for page, better, jaccard, containment, offset in self.connection.execute(
                select(*columns).where(Match.page_id.in_(chunk))
            ).all():
                found.setdefault(page, []).append(
                    Link(better, jaccard, containment, offset, True)
                )
            for page, better, jaccard, containment, offset in self.connection.execute(
                select(*columns).where(Match.better_page_id.in_(chunk))
            ).all():
                found.setdefault(better, []).append(
                    Link(page, jaccard, containment, offset, False)
                )
        return found

    def nodes(self, pages: Collection[int]) -> dict[int, Node]:
        found = {}
        for chunk in chunks(pages):
            for row in self.connection.execute(select(*_NODE_COLUMNS).where(Page.id.in_(chunk))):
                found[row.id] = _node(row)
        return found

    def clusters(self, pages: Collection[int]) -> dict[int, int]:
        found = {}
        for chunk in chunks(pages):
            for page, cluster in self.connection.execute(
                select(Page.id, Page.cluster_id).where(
                    Page.id.in_(chunk), Page.cluster_id.is_not(None)
                )
            ):
                found[page] = cluster
        return found

    def heads(self, clusters: Collection[int]) -> dict[int, Node]:
        # the members with the most words (rank_key's first key), then the best of them
        found: dict[int, Node] = {}
        for chunk in chunks(clusters):
            most = (
                select(Page.cluster_id.label("cluster"), func.max(Page.word_count).label("words"))
                .where(Page.cluster_id.in_(chunk))
                .group_by(Page.cluster_id)
                .subquery()
            )
            for row in self.connection.execute(
                select(Page.cluster_id, *_NODE_COLUMNS).join(
                    most, (Page.cluster_id == most.c.cluster) & (Page.word_count == most.c.words)
                )
            ).all():
                node = _node(row)
                if row.cluster_id not in found or node.rank < found[row.cluster_id].rank:
                    found[row.cluster_id] = node
        return found

    def members(self, clusters: Collection[int]) -> dict[int, list[Node]]:
        found: dict[int, list[Node]] = {}
        for chunk in chunks(clusters):
            for row in self.connection.execute(
                select(Page.cluster_id, *_NODE_COLUMNS).where(Page.cluster_id.in_(chunk))
            ):
                found.setdefault(row.cluster_id, []).append(_node(row))
        return found
