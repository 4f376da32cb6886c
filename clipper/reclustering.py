"""A batch's reclustering: only the pages whose walk decision the batch can change.

``cluster.assign`` walks a whole connected component of the match graph; on a one-day dump
the component around a late batch is most of the day (13,947 of 20,000 pages on
bench/oneday.py's records), so each batch re-read and re-walked it.  This module gives
exactly the walk's result while reading only the match graph around what the batch changed:

* A page's walk decision (``cluster.choose``) depends on the pages it matches that rank
  better than it (whether each is a canonical, and its rank), on its own matches, on its full
  copies' matches (rule 4) and on whether a better page it is only contained in is a
  compilation (rule 5, ``compilations.is_compilation``: that page's matches, its full copies' and
  its pieces').  Every new match has a new page at one end (verification pairs each new page
  with pages seen before), so the new matches change the decision only of the new pages, the
  stored pages they match, and the pages ranked below a stored page whose rule-5 answer they
  change (a page they match, or whose full copy or piece they match).
* Those pages are re-decided in rank order (a heap), reading each one's matches from the
  archive.  When a page's answer to "is it a canonical?" changes, the pages ranked below it
  that match it are re-decided too; nothing else reads a page's decision.
* The walk's canonical of a stored cluster is its best-ranked member (a page only joins a
  better-ranked canonical), so the archive's clusters give every stored page's decision with
  no column of their own.  Rule 6 and exact duplicates (``cluster.settle``) are made again for
  the clusters that gained or lost a page, or hold a page filed through another one now
  (rules 2b and 2c: the same canonical, another page's figures); every other cluster keeps
  its members, its representative, its id and its row.

Cost: the matches of the pages re-decided and of their neighbours, not the component.  The
result is ``cluster.assign``'s over the whole graph whenever the archive holds that for its
stored pages (tests/test_reclustering.py compares the two on random graphs in random batches).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from clipper.canonical import Assignment, Node, RankKey, Walked, settle
from clipper.cluster import Link, Rules, choose
from clipper.collector import fewer_collections
from clipper.compilations import is_compilation, only_adds_pieces
from clipper.nearcopies import same_text
from clipper.store import Store
from clipper.store.clusters import write
from clipper.store.graph import StoredGraph
from clipper.store.runs import BatchOutcome

# Net allocations between two collections of the garbage collector's youngest generation while
# a batch is reclustered (:func:`clipper.collector.fewer_collections`).  The rewalk reads the
# matches and nodes of the pages around a batch into objects it keeps to its end, more of
# them the later the batch of a one-day dump (bench/oneday.py's records, the batch ending at
# 10k: 6,726 pages' 47,266 matches, 7,782 nodes, against 1,929 pages' 4,266 matches at 2k),
# and each full collection it triggers scans the batch's objects so far (0.37 CPU s of full
# collections in that stage of the batch ending at 10k, of ~1.3 s).  The same figure as
# ``workers.PREPARE_GC_THRESHOLD``.
RECLUSTER_GC_THRESHOLD = 10_000


class Graph(Protocol):
    """What a batch's reclustering reads of the archive (bulk look-ups by page id)."""

    def links(self, pages: Collection[int]) -> dict[int, list[Link]]:
        """Every match of each page, both directions (a page without matches: absent)."""
        ...

    def nodes(self, pages: Collection[int]) -> dict[int, Node]:
        """Each page's :class:`canonical.Node` (rule 6's fields included)."""
        ...

    def ranks(self, pages: Collection[int]) -> dict[int, Node]:
        """Each page's :class:`canonical.Node` as the walk reads it: its rank and size (rule
        6's fields may be left out: only :meth:`nodes` and :meth:`members` give them)."""
        ...

    def clusters(self, pages: Collection[int]) -> dict[int, int]:
        """The stored cluster of each clustered page (a page of this batch: absent)."""
        ...

    def heads(self, clusters: Collection[int]) -> dict[int, Node]:
        """The best-ranked page of each stored cluster (its walk canonical), as :meth:`ranks`."""
        ...

    def members(self, clusters: Collection[int]) -> dict[int, list[Node]]:
        """Every page of each stored cluster."""
        ...


@dataclass
class Rewalk:
    """A batch's reclustering: ``assignments`` for every page of every cluster that gained or
    lost a page (``cluster.assign``'s figures) and those pages' ``nodes``; ``clusters``: the
    stored clusters they were in; ``redecided``: the pages walked again (new pages
    included)."""

    assignments: dict[int, Assignment] = field(default_factory=dict)
    nodes: dict[int, Node] = field(default_factory=dict)
    clusters: set[int] = field(default_factory=set)
    redecided: int = 0


class _Known:
    """What the rewalk has read of the graph: each page's matches, node as the walk reads it
    (:meth:`Graph.ranks`: rank and size, not rule 6's fields, which only the clusters settled
    read, :meth:`Graph.nodes`) and stored walk canonical (the best-ranked member of its stored
    cluster; None: not clustered yet)."""

    def __init__(self, graph: Graph) -> None:
        self.graph = graph
        self._links: dict[int, list[Link]] = {}
        self._linked: dict[int, frozenset[int]] = {}
        self._nodes: dict[int, Node] = {}
        self._cluster: dict[int, int | None] = {}
        self._head: dict[int, int] = {}  # stored cluster → its best-ranked member

    def fetch_links(self, pages: Iterable[int]) -> None:
        wanted = {page for page in pages if page not in self._links}
        if wanted:
            found = self.graph.links(wanted)
            for page in wanted:
                self._links[page] = found.get(page, [])

    def fetch_nodes(self, pages: Iterable[int]) -> None:
        wanted = {page for page in pages if page not in self._nodes}
        if wanted:
            self._nodes.update(self.graph.ranks(wanted))

    def fetch_stored(self, pages: Iterable[int]) -> None:
        wanted = {page for page in pages if page not in self._cluster}
        if not wanted:
            return
        found = self.graph.clusters(wanted)
        for page in wanted:
            self._cluster[page] = found.get(page)
        clusters = {found[page] for page in wanted if page in found} - self._head.keys()
        if clusters:
            for cluster, node in self.graph.heads(clusters).items():
                self._head[cluster] = node.page_id
                self._nodes.setdefault(node.page_id, node)
                self._cluster.setdefault(node.page_id, cluster)

    def prepare(self, pages: Collection[int]) -> None:
        """Read in bulk what deciding ``pages`` reads: their matches, and their and the
        better pages' they match nodes and stored decisions."""
        self.fetch_links(pages)
        better = {link.other for page in pages for link in self._links[page] if link.better}
        self.fetch_nodes(better | set(pages))
        self.fetch_stored(better | set(pages))

    def prepare_compilations(self, pages: Iterable[int], rules: Rules) -> None:
        """Read in bulk the matches :func:`compilations.is_compilation` reads of ``pages`` (their
        matches read already): those of their full copies, and of their pieces that lie side
        by side with another (the others' matches are not read)."""
        pieces_of: dict[int, list[Link]] = {}
        for page in pages:
            pieces = [
                link
                for link in self.links(page)
                if not link.better and link.offset is not None
                and link.jaccard < rules.copy_jaccard
            ]
            if len(pieces) > 1:  # one piece is no compilation
                pieces_of[page] = pieces
        self.fetch_nodes(link.other for pieces in pieces_of.values() for link in pieces)
        wanted: set[int] = set()
        for page, pieces in pieces_of.items():
            spans = sorted(
                (link.offset, link.offset + round(self.words(link.other) * link.containment),
                 link.other)
                for link in pieces
                if link.offset is not None
            )
            for index, (_, end, piece) in enumerate(spans):
                for start, _, other in spans[index + 1 :]:
                    if start - end > rules.gap_words:
                        break
                    if start - end >= -rules.overlap_words:
                        wanted.update((piece, other))
            wanted.update(
                link.other for link in self.links(page) if link.jaccard >= rules.copy_jaccard
            )
        self.fetch_links(wanted)

    def links(self, page: int) -> list[Link]:
        if page not in self._links:
            self.fetch_links([page])
        return self._links[page]

    def linked(self, page: int) -> frozenset[int]:
        if page not in self._linked:
            self._linked[page] = frozenset(link.other for link in self.links(page))
        return self._linked[page]

    def node(self, page: int) -> Node:
        if page not in self._nodes:
            self.fetch_nodes([page])
        return self._nodes[page]

    def rank(self, page: int) -> RankKey:
        return self.node(page).rank

    def words(self, page: int) -> int:
        return -self.node(page).rank[0]  # rank: (-word count, ...)

    def title(self, page: int) -> str:
        return self.node(page).rank[-1]  # rank: (..., casefolded title)

    def stored_walk(self, page: int) -> int | None:
        """The walk canonical ``page`` had before this batch (None: a page of the batch)."""
        if page not in self._cluster:
            self.fetch_stored([page])
        cluster = self._cluster[page]
        return None if cluster is None else self._head[cluster]

    def stored_walked(self, page: int) -> Walked | None:
        """The walk decision ``page`` had before this batch, with its figures when they are
        the pair's with its canonical (a canonical itself, or joined to one it matches);
        None: a page of the batch, or one joined through a near copy or a version (rules 2b
        and 2c, figures with that page: which one, the archive does not hold).  (A page
        matching its canonical joined it directly: rules 2b and 2c are only for a page that
        matches no canonical, or no better page.)"""
        canonical = self.stored_walk(page)
        if canonical is None:
            return None
        if canonical == page:
            return (page, 1.0, 1.0)
        for link in self.links(page):
            if link.other == canonical:
                return (canonical, link.jaccard, link.containment)
        return None

    def stored_cluster(self, page: int) -> int | None:
        if page not in self._cluster:
            self.fetch_stored([page])
        return self._cluster[page]

    def stored_members(self, heads: Collection[int]) -> dict[int, list[Node]]:
        """The pages of the stored clusters of which ``heads`` are the walk canonicals (a
        page that was none: no pages)."""
        clusters = {}
        for head in heads:
            cluster = self.stored_cluster(head)
            if cluster is not None and self._head[cluster] == head:
                clusters[cluster] = head
        found = self.graph.members(clusters.keys())
        members: dict[int, list[Node]] = {head: [] for head in heads}
        for cluster, nodes in found.items():
            members[clusters[cluster]] = nodes
            for node in nodes:
                self._nodes.setdefault(node.page_id, node)
                self._cluster.setdefault(node.page_id, cluster)
        return members


def rewalk(graph: Graph, new_pages: Collection[int], rules: Rules) -> Rewalk:
    """The assignments a batch of ``new_pages`` (stored with their matches) changes."""
    known = _Known(graph)
    new = set(new_pages)
    copy_jaccard = rules.copy_jaccard
    known.prepare(new)
    # What the new matches change, read from the new pages' side.  A stored page's own
    # decision reads its better pages and its full copies: it is re-decided when a new page
    # is either.  Rule 5: whether a stored page is a compilation changes when a new page is
    # a piece or a full copy of it, or when a new page holds at its opening a piece of it
    # (that piece is another text's opening now).  (A new page matching a full copy or a
    # piece of a page changes that page's openers, or its pieces' matches among themselves,
    # only when it is a full copy or a piece of that page too: then it matches it.)
    queue = set(new)
    maybe: set[int] = set()
    held: set[int] = set()
    for page in new:
        for link in known.links(page):
            if link.other in new:
                continue
            if not link.better or link.jaccard >= copy_jaccard:
                queue.add(link.other)
            if link.better and (link.offset is not None or link.jaccard >= copy_jaccard):
                maybe.add(link.other)
            if not link.better and link.offset is not None and link.offset <= rules.opening_words:
                held.add(link.other)
    # rule 2c: a stored page matching no better page reads whether the better pages its
    # versions below it match are canonicals: a new page is such a version, or such a
    # better page, for them
    queue.update(
        link.other
        for page in new
        for link in known.links(page)
        if link.better
        and link.other not in new
        and same_text(
            link.containment, known.node(page).size, known.node(link.other).size, rules
        )
    )
    queue.update(versions_above(known, new, new, rules))
    known.prepare(queue - new)
    for page in held:
        maybe.update(
            link.other
            for link in known.links(page)
            if link.better and link.offset is not None and link.jaccard < copy_jaccard
        )
    # only a canonical's answer is read (a page that is none now, or becomes one, has the
    # pages below it re-decided whatever it is)
    known.fetch_stored(maybe)
    maybe = {page for page in maybe - new if known.stored_walk(page) == page}
    known.fetch_links(maybe)
    known.prepare_compilations(maybe, rules)

    def links_before(page: int) -> list[Link]:
        return [link for link in known.links(page) if link.other not in new]

    compilations: dict[int, bool] = {}
    for page in sorted(maybe):
        now = is_compilation(page, known.links, known.words, rules, known.title)
        compilations[page] = now
        if not now and only_adds_pieces(
            known.links(page), new, copy_jaccard, known.words, rules.overlap_words
        ):
            continue  # none before either
        if now != is_compilation(page, links_before, known.words, rules, known.title):
            queue.update(
                link.other
                for link in known.links(page)
                if not link.better and link.jaccard < copy_jaccard
            )

    decided: dict[int, Walked] = {}
    pushed: set[int] = set()
    unread: set[int] = set()  # pushed, and what deciding them reads not read yet
    heap: list[tuple[RankKey, int]] = []

    def push(pages: Collection[int]) -> None:
        known.fetch_nodes(pages)
        for page in pages:
            if page not in pushed:
                pushed.add(page)
                unread.add(page)
                heapq.heappush(heap, (known.rank(page), page))

    def read(pages: Collection[int]) -> None:
        known.prepare(pages)
        # what deciding them reads besides: their full copies' matches (rule 4) and whether
        # the better pages they are only contained in are compilations (rule 5)
        copies = {
            link.other
            for page in pages
            for link in known.links(page)
            if link.jaccard >= copy_jaccard
        }
        holders = {
            link.other
            for page in pages
            for link in known.links(page)
            if link.better and link.jaccard < copy_jaccard and link.other not in compilations
        }
        known.fetch_links(copies | holders)
        known.prepare_compilations(holders, rules)

    def is_canonical(page: int) -> bool:
        if page in decided:
            return decided[page][0] == page
        return known.stored_walk(page) == page

    def copies_of(page: int) -> list[int]:  # rule 3: asked of pages holding one at their opening
        return [link.other for link in known.links(page) if link.jaccard >= copy_jaccard]

    def compilation(page: int) -> bool:
        if page not in compilations:
            compilations[page] = is_compilation(page, known.links, known.words, rules, known.title)
        return compilations[page]

    def walk_of(page: int) -> Walked:  # rule 2b: asked of better pages that are no canonical
        if page in decided:
            return decided[page]
        canonical = known.stored_walk(page)
        assert canonical is not None, "a better page is decided or stored"
        # joined through a copy itself (no figures kept): no near copy of it
        return known.stored_walked(page) or (canonical, 0.0, 0.0)

    push(queue)
    while heap:
        _, page = heapq.heappop(heap)
        if page in unread:
            read(unread)  # every page waiting: one read for all
            unread.clear()
        walked = choose(
            page, known.links(page), known.rank, is_canonical, compilation, known.linked, rules,
            copies_of, walk_of, known.links, lambda other: known.node(other).size,
        )
        decided[page] = walked
        before = known.stored_walk(page)
        if before is not None and walked[0] != before:
            # the pages below it that match it read whether it is a canonical, and if not,
            # which one it joined (rule 2b) (a match's better page ranks better:
            # match.verify orients every pair by rank)
            push([link.other for link in known.links(page) if not link.better])
            push(versions_above(known, [page], new, rules))

    # a page is changed when its canonical is, or its figures: one joined through a near copy
    # or a version (rules 2b, 2c) can keep its canonical through another page now (a new
    # version of it, better matched), whose figures with it are the page's
    changed = {
        page: walked for page, walked in decided.items() if walked != known.stored_walked(page)
    }
    joining: dict[int, list[int]] = {}
    heads: set[int] = set()
    for page, walked in changed.items():
        joining.setdefault(walked[0], []).append(page)
        heads.add(walked[0])
        before = known.stored_walk(page)
        if before is not None:
            heads.add(before)
    result = Rewalk(redecided=len(decided))
    # a head that is no canonical now lost its cluster: every member of it was re-decided
    heads = {head for head in heads if is_canonical(head)}
    stored_members = known.stored_members(heads)
    # rule 6 reads every field of a cluster's pages: the staying ones' from their cluster's
    # members, the joining ones' here
    joining_nodes = graph.nodes({page for head in heads for page in joining.get(head, [])})
    for head in sorted(heads):
        staying = [node for node in stored_members[head] if node.page_id not in changed]
        group = sorted(
            staying + [joining_nodes[page] for page in joining.get(head, [])],
            key=lambda node: node.rank,
        )
        assert group[0].page_id == head, "a walk canonical ranks first in its cluster"
        with_head = {link.other: link for link in known.links(head)}
        walked_in: dict[int, Walked] = {head: (head, 1.0, 1.0)}
        for node in group[1:]:
            if node.page_id in changed:
                walked_in[node.page_id] = changed[node.page_id]
            elif (kept := with_head.get(node.page_id)) is not None:
                walked_in[node.page_id] = (head, kept.jaccard, kept.containment)
            else:  # joined through a full copy (rule 2b): decided again as it was
                walked_in[node.page_id] = choose(
                    node.page_id, known.links(node.page_id), known.rank, is_canonical,
                    compilation, known.linked, rules, copies_of, walk_of, known.links,
                    lambda other: known.node(other).size,
                )
        result.assignments.update(
            settle(
                group, walked_in, _pair(known), copy_jaccard, rules.whole_coverage,
                rules.through_jaccard, rules.lone_share, rules.carried_share,
            )
        )
        result.nodes.update((node.page_id, node) for node in group)
    for page in result.assignments:
        cluster = known.stored_cluster(page)
        if cluster is not None:
            result.clusters.add(cluster)
    return result


def versions_above(
    known: _Known, pages: Iterable[int], new: Collection[int], rules: Rules
) -> set[int]:
    """The stored pages that rule 2c (``cluster.choose``, ``nearcopies.beside_a_version``) asks
    whether one of ``pages`` is a canonical: for each page ranked below it that is a version of it
    (:func:`nearcopies.same_text`), the pages ranked between the two of which that page is a
    version too, when they match no better page (rule 2c is only for those; a page with a
    better match never reads it, and matches are only ever added)."""
    whole_coverage = rules.whole_coverage
    below = {
        page: [
            link
            for link in known.links(page)
            if not link.better and link.containment >= whole_coverage
        ]
        for page in pages
    }
    known.fetch_links(link.other for copies in below.values() for link in copies)
    known.fetch_nodes(
        {link.other for copies in below.values() for link in copies}
        | {
            other.other
            for copies in below.values()
            for link in copies
            for other in known.links(link.other)
            if other.better and other.containment >= whole_coverage
        }
    )
    found: set[int] = set()
    for page, copies in below.items():
        rank = known.rank(page)
        size = known.node(page).size
        for copy in copies:
            copy_size = known.node(copy.other).size
            if not same_text(copy.containment, copy_size, size, rules):
                continue
            for other in known.links(copy.other):
                if (
                    other.better
                    and other.containment >= whole_coverage
                    and other.other != page
                    and other.other not in new
                    and known.rank(other.other) > rank
                    and same_text(
                        other.containment, copy_size, known.node(other.other).size, rules
                    )
                ):
                    found.add(other.other)
    known.fetch_links(found)
    return {page for page in found if not any(link.better for link in known.links(page))}


def _pair(known: _Known) -> Callable[[int, int], tuple[float, float] | None]:
    def pair(page: int, chosen: int) -> tuple[float, float] | None:
        for link in known.links(chosen):
            if link.other == page:
                return (link.jaccard, link.containment)
        return None

    return pair


def recluster(
    store: Store, batch: Collection[int], new_page_ids: set[int], run_id: int, rules: Rules,
    now: str, read: dict[int, list[Link]] | None = None,
) -> BatchOutcome:
    """Recluster after a ``batch`` of pages stored with their matches: :func:`rewalk` over
    the archive, then :func:`write` (``new_page_ids``: the pages counted as new in the
    outcome; ``read``: pages' matches read already, :class:`StoredGraph`)."""
    store.session.flush()  # the graph is read through the connection: no autoflush
    with fewer_collections(RECLUSTER_GC_THRESHOLD):
        done = rewalk(StoredGraph(store.session, read), batch, rules)
        return write(store, done, run_id, new_page_ids, now)
