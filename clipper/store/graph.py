"""The archive read as a match graph (:class:`StoredGraph`): what a batch's reclustering
(:mod:`clipper.reclustering`) looks up of the stored pages, by page id, a chunk at a time
through the matches' primary key (``page_id`` first), ``ix_matches_better_page_id`` and the
pages' ``cluster_id`` index.  Reads only the pages asked for: nothing scans the archive."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from sqlalchemy import BindParameter, bindparam, case, func, select

from clipper.canonical import Node, RankKey, rank_key
from clipper.cluster import Link
from clipper.config import MatchConfig
from clipper.models import Match, Page
from clipper.mojibake import still_garbled
from clipper.ownletters import stand_in_letters
from clipper.urls import url_key

CHUNK = 500


def chunks(items: Collection[int]) -> Iterable[list[int]]:
    """``items`` in ascending order, :data:`CHUNK` at a time (the size of one ``IN`` list)."""
    ordered = sorted(items)
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


# What ranking a page reads (:func:`clipper.canonical.rank_key`, :attr:`Node.size`): no text.
_RANK_COLUMNS = (
    Page.id,
    Page.word_count,
    Page.published,
    Page.url,
    Page.source_key,
    Page.content_hash,
    Page.fetched_at,
    Page.seen_at,
    Page.title,
    Page.shingle_count,
)


# What rule 6 reads besides (:func:`_node`): where the page says it comes from, and its text's
# start and end.
_NODE_COLUMNS = (
    *_RANK_COLUMNS,
    Page.declared_original,
    Page.date_source,
    Page.partial,
    Page.site,
    Page.published_zoneless,
    Page.region,
    Page.version,
    Page.fetched_zoneless,
    Page.language,
    # a byline or a cut closing credit naming an agency credits it (rule 6)
    Page.author,
    # the start of its text, where an agency's dateline credits it (rule 6, clipper.agencysites)
    func.substr(Page.text, 1, MatchConfig.credit_opening_chars).label("opening"),
    # ... and its end, where its closing credits it ("… — AFP", "(Reporting by …)")
    case(
        (
            func.length(Page.text) > MatchConfig.credit_closing_chars,
            func.substr(
                Page.text, func.length(Page.text) - (MatchConfig.credit_closing_chars - 1)
            ),
        ),
        else_=Page.text,
    ).label("closing"),
)


def _rank(row: Any) -> RankKey:
    """A page row's :func:`clipper.canonical.rank_key` (the columns of :data:`_RANK_COLUMNS`)."""
    return rank_key(
        row.word_count, row.published, row.url, row.source_key, row.content_hash,
        row.fetched_at, row.seen_at, row.title,
    )


def _ranked(row: Any) -> Node:
    return Node(row.id, _rank(row), row.content_hash, shingles=row.shingle_count)


def _node(row: Any) -> Node:
    return Node(
        row.id,
        _rank(row),
        row.content_hash,
        url_key(row.declared_original) if row.declared_original else None,
        row.date_source,
        row.fetched_at,
        row.partial is not None,
        row.shingle_count,
        (row.site or "").removeprefix("www.") or None,
        row.published_zoneless,
        row.region,
        row.version,
        row.fetched_zoneless,
        row.opening or "",
        row.closing or "",
        # its headline and opening in its language's own letters or another keyboard's
        stand_in_letters(f"{row.title or ''}\n{row.opening or ''}", row.language),
        row.author or "",
        # its headline still mojibake after the reader's repair (rule 6)
        still_garbled(row.title),
    )


# The look-ups, built once: each runs a chunk of ids at a time (an expanding ``IN`` list).
_IDS: BindParameter[list[int]] = bindparam("ids", expanding=True)
_LINK_COLUMNS = (
    Match.page_id, Match.better_page_id, Match.jaccard, Match.containment, Match.offset_words,
    Match.lead_words,
)
_WORSE_LINKS = select(*_LINK_COLUMNS).where(Match.page_id.in_(_IDS))
_BETTER_LINKS = select(*_LINK_COLUMNS).where(Match.better_page_id.in_(_IDS))
_NODES = select(Page.cluster_id, *_NODE_COLUMNS).where(Page.id.in_(_IDS))
_RANKS = select(Page.cluster_id, *_RANK_COLUMNS).where(Page.id.in_(_IDS))
_CLUSTERS = select(Page.id, Page.cluster_id).where(
    Page.id.in_(_IDS), Page.cluster_id.is_not(None)
)
# a cluster's members' word counts (its head has the most: rank_key's first key)
_MEMBER_WORDS = select(Page.cluster_id, Page.id, Page.word_count).where(
    Page.cluster_id.in_(_IDS)
)
_MEMBERS = select(Page.cluster_id, *_NODE_COLUMNS).where(Page.cluster_id.in_(_IDS))


class StoredGraph:
    """:class:`clipper.reclustering.Graph` over an archive: look-ups through the matches' primary
    key (``page_id`` first) and ``ix_matches_better_page_id``, and the pages' ``cluster_id``
    index.  One graph serves one reclustering (nothing is written while it reads): the
    cluster of each page whose node it read is kept, and :meth:`clusters` answers those from
    it.  ``read``: every match of each page it holds, read already from the archive as it
    stands (a batch's version pairs read them: :meth:`links` answers those pages from it)."""

    def __init__(self, session: Any, read: dict[int, list[Link]] | None = None) -> None:
        self.connection = session.connection()  # Core rows: no ORM loading
        # page → its cluster, from nodes() and ranks()
        self._cluster_of: dict[int, int | None] = {}
        # page → its node read by nodes() or ranks() (heads() reads their ranks only)
        self._nodes: dict[int, Node] = {}
        self._read = read or {}

    def links(self, pages: Collection[int]) -> dict[int, list[Link]]:
        found: dict[int, list[Link]] = {}
        unread = []
        for page in pages:
            if page in self._read:
                if self._read[page]:
                    found[page] = self._read[page]
            else:
                unread.append(page)
        execute = self.connection.execute
        for chunk in chunks(unread):
            for page, better, jaccard, containment, offset, lead in execute(
                _WORSE_LINKS, {"ids": chunk}
            ).all():
                found.setdefault(page, []).append(
                    Link(better, jaccard, containment, offset, True, lead)
                )
            for page, better, jaccard, containment, offset, lead in execute(
                _BETTER_LINKS, {"ids": chunk}
            ).all():
                found.setdefault(better, []).append(
                    Link(page, jaccard, containment, offset, False, lead)
                )
        return found

    def nodes(self, pages: Collection[int]) -> dict[int, Node]:
        found = {}
        for chunk in chunks(pages):
            for row in self.connection.execute(_NODES, {"ids": chunk}):
                found[row.id] = self._nodes[row.id] = _node(row)
                self._cluster_of[row.id] = row.cluster_id
        return found

    def ranks(self, pages: Collection[int]) -> dict[int, Node]:
        """Each page's :class:`Node` as ranking reads it: its rank, content hash and size, rule
        6's fields left at their defaults.  No text is read (a node's opening and closing are
        cut from its text, whose pages SQLite reads whole): 0.04 against 0.13 CPU s for 7,000
        pages of the 10k one-day archive."""
        found = {}
        for chunk in chunks(pages):
            for row in self.connection.execute(_RANKS, {"ids": chunk}):
                found[row.id] = node = _ranked(row)
                self._nodes.setdefault(row.id, node)
                self._cluster_of[row.id] = row.cluster_id
        return found

    def clusters(self, pages: Collection[int]) -> dict[int, int]:
        found = {}
        unread = []
        for page in pages:
            if page in self._cluster_of:
                cluster = self._cluster_of[page]
                if cluster is not None:
                    found[page] = cluster
            else:
                unread.append(page)
        for chunk in chunks(unread):
            for page, cluster in self.connection.execute(_CLUSTERS, {"ids": chunk}):
                found[page] = cluster
        return found

    def heads(self, clusters: Collection[int]) -> dict[int, Node]:
        # the members with the most words (rank_key's first key), then the best of them:
        # the members' word counts through the cluster_id index, then the nodes of those
        # members only, by primary key (a node this graph read already is not read again;
        # a batch asks the heads of the clusters of pages whose nodes it read, most of them
        # clusters of one page)
        most: dict[int, tuple[int, list[int]]] = {}  # cluster → (most words, its pages)
        for chunk in chunks(clusters):
            for cluster, page, words in self.connection.execute(_MEMBER_WORDS, {"ids": chunk}):
                held = most.get(cluster)
                if held is None or words > held[0]:
                    most[cluster] = (words, [page])
                elif words == held[0]:
                    held[1].append(page)
        wanted = {page for _, pages in most.values() for page in pages}
        nodes = {page: self._nodes[page] for page in wanted if page in self._nodes}
        nodes.update(self.ranks(wanted - nodes.keys()))
        return {
            cluster: min((nodes[page] for page in pages), key=lambda node: node.rank)
            for cluster, (_, pages) in most.items()
        }

    def members(self, clusters: Collection[int]) -> dict[int, list[Node]]:
        found: dict[int, list[Node]] = {}
        for chunk in chunks(clusters):
            for row in self.connection.execute(_MEMBERS, {"ids": chunk}):
                found.setdefault(row.cluster_id, []).append(_node(row))
        return found
