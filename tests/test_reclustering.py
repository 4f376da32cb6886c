"""A batch's reclustering (clipper.reclustering) against the walk over the whole graph
(``cluster.assign``), on invented match graphs split into batches arriving in any order.

The graphs are drawn so that every rule's branches are taken: full copies and pages only
contained (Jaccard on both sides of the copy bar), coverage on both sides of the whole-cover
bar and within the clear margin, offsets at, just past and far below a page's opening with
word counts that put pieces side by side (compilations), shared content hashes (exact
duplicates), equal word counts and dates (the rank's later keys), declared originals and
dates declared, guessed or of unknown source (rule 6)."""

from __future__ import annotations

import random
from collections.abc import Callable, Collection, Iterator
from pathlib import Path
from typing import TypeVar

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from clipper.archive import open_archive
from clipper.canonical import Assignment, Node, rank_key
from clipper.cluster import (
    EdgeRow,
    Link,
    Rules,
    assign,
    links_of_edges,
)
from clipper.compilations import is_compilation, only_adds_pieces
from clipper.models import Cluster, Match, Page
from clipper.reclustering import StoredGraph, rewalk
from clipper.store import Store
from clipper.urls import url_key

# 590-610: versions of one text a few words apart (edited copies), which cover each other
# whole both ways (rule 2b's three versions of one text)
WORDS = (80, 100, 150, 200, 300, 400, 590, 600, 600, 610, 900)
JACCARDS = (0.04, 0.1, 0.3, 0.49, 0.5, 0.7, 0.95, 1.0)
COVERAGES = (0.5, 0.79, 0.8, 0.85, 0.9, 0.95, 1.0)
OFFSETS = (None, 0, 10, 150, 151, 200, 260, 300, 400, 500)


def site(number: int) -> str:
    return f"https://site{number}.example/story"


def random_graph(rng: random.Random, size: int) -> tuple[list[Node], list[EdgeRow]]:
    """``size`` pages and matches among them, each oriented worse → better by rank."""
    nodes = []
    for page in range(1, size + 1):
        url = f"https://s{rng.randint(1, 4)}.example/{page}"
        content = f"h{rng.randint(1, size)}" if rng.random() < 0.3 else f"u{page}"
        declares = (
            url_key(f"http://s{rng.randint(1, 4)}.example/{rng.randint(1, size)}")
            if rng.random() < 0.2
            else None
        )
        published = rng.choice([None, "2026-01-01", "2026-01-02"])
        # where the date came from (rule 6: declared before guessed; None: unknown)
        source = rng.choice([None, "declared", "guessed"]) if published else None
        words = rng.choice(WORDS)
        # distinct shingles: unknown, or those of a text said once or repeating itself
        shingles = rng.choice([None, words - 4, words // 2])
        nodes.append(
            Node(page, rank_key(words, published, url, url, content), content,
                 declares, source, shingles=shingles)
        )
    rank = {node.page_id: node.rank for node in nodes}
    density = rng.choice([0.1, 0.25, 0.5])
    edges: list[EdgeRow] = []
    for a in range(1, size + 1):
        for b in range(a + 1, size + 1):
            if rng.random() < density:
                worse, better = (a, b) if rank[a] > rank[b] else (b, a)
                edges.append(
                    (worse, better, rng.choice(JACCARDS), rng.choice(COVERAGES),
                     rng.choice(OFFSETS))
                )
    return nodes, edges


def batches(rng: random.Random, nodes: list[Node]) -> list[list[int]]:
    """The pages in a random order, cut into 1-6 batches."""
    ids = [node.page_id for node in nodes]
    rng.shuffle(ids)
    cuts = sorted(rng.sample(range(1, len(ids)), rng.randint(0, min(5, len(ids) - 1))))
    return [ids[a:b] for a, b in zip([0, *cuts], [*cuts, len(ids)], strict=True)]


def _ranked(node: Node) -> Node:
    return Node(node.page_id, node.rank, node.content_hash, shingles=node.shingles)


class MemoryGraph:
    """:class:`clipper.reclustering.Graph` over a list of edges and the assignments stored so
    far (a stored cluster: the pages with one canonical)."""

    def __init__(
        self, nodes: list[Node], edges: list[EdgeRow], stored: dict[int, Assignment]
    ) -> None:
        self._links = links_of_edges(edges)
        self._nodes = {node.page_id: node for node in nodes}
        self.stored = stored
        self.asked: set[int] = set()

    def links(self, pages: Collection[int]) -> dict[int, list[Link]]:
        self.asked |= set(pages)
        return {page: list(self._links[page]) for page in pages if page in self._links}

    def nodes(self, pages: Collection[int]) -> dict[int, Node]:
        return {page: self._nodes[page] for page in pages}

    def ranks(self, pages: Collection[int]) -> dict[int, Node]:
        # rank and size only, as the archive's look-up reads them: a node of these reaching
        # rule 6 would lose its declared original and date source
        return {page: _ranked(self._nodes[page]) for page in pages}

    def clusters(self, pages: Collection[int]) -> dict[int, int]:
        return {page: self.stored[page].canonical_id for page in pages if page in self.stored}

    def heads(self, clusters: Collection[int]) -> dict[int, Node]:
        return {
            cluster: _ranked(min(nodes, key=lambda node: node.rank))
            for cluster, nodes in self.members(clusters).items()
        }

    def members(self, clusters: Collection[int]) -> dict[int, list[Node]]:
        found: dict[int, list[Node]] = {}
        for page, a in self.stored.items():
            if a.canonical_id in clusters:
                found.setdefault(a.canonical_id, []).append(self._nodes[page])
        return found


def replay(seed: int, size: int) -> None:
    """One random graph in random batches: after every batch, the stored assignments are
    the walk's over every page so far."""
    rng = random.Random(seed)
    nodes, edges = random_graph(rng, size)
    walked_in_batches(rng, nodes, edges, (seed, size))


# derandomize: the same 300 draws on every run, so a failure is the change's and not the
# draw's (a failing draw found here once, seed 23 and 18 pages, stays as its own test)
@settings(
    max_examples=300, deadline=None, derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(seed=st.integers(0, 2**32 - 1), size=st.integers(2, 24))
def test_batches_in_any_order_give_the_walk_over_the_whole_graph(seed: int, size: int) -> None:
    replay(seed, size)


def test_many_graphs_give_the_walk_over_the_whole_graph() -> None:
    # a fixed sweep besides Hypothesis's draws: the branches (a compilation, rule 6 moving
    # the canonical, exact duplicates) come up in hundreds of these graphs
    for seed in range(1500):
        replay(seed, 4 + seed % 20)


def oriented(nodes: list[Node], pairs: list[tuple[int, int, float, float, int]]) -> list[EdgeRow]:
    """The matches ``pairs`` (two pages, J, C, offset) oriented worse → better by rank."""
    rank = {node.page_id: node.rank for node in nodes}
    return [(a, b, j, c, o) if rank[a] > rank[b] else (b, a, j, c, o) for a, b, j, c, o in pairs]


T = TypeVar("T")


def walked_graphs(
    make: Callable[[random.Random], tuple[list[Node], list[EdgeRow], T]], count: int
) -> Iterator[tuple[list[EdgeRow], dict[int, Assignment], T]]:
    """``count`` graphs ``make`` draws (seeds 0, 1, ...), their pages in random batches, each
    rewalked: after every batch, the stored assignments are the walk's over every page so
    far.  Each graph's matches, last assignments and what ``make`` said of it."""
    for seed in range(count):
        rng = random.Random(seed)
        nodes, edges, about = make(rng)
        yield edges, walked_in_batches(rng, nodes, edges, seed), about


def walked_in_batches(
    rng: random.Random, nodes: list[Node], edges: list[EdgeRow], seed: object
) -> dict[int, Assignment]:
    """The pages in random batches, each rewalked (the stored assignments checked against
    the walk's over every page so far after every batch); the last assignments."""
    stored: dict[int, Assignment] = {}
    seen: set[int] = set()
    for batch in batches(rng, nodes):
        seen |= set(batch)
        now_nodes = [node for node in nodes if node.page_id in seen]
        now_edges = [edge for edge in edges if edge[0] in seen and edge[1] in seen]
        stored.update(rewalk(MemoryGraph(now_nodes, now_edges, stored), batch, Rules()).assignments)
        assert stored == assign(now_nodes, now_edges), (seed, batch)
    return stored


def newsroom_graph(rng: random.Random) -> tuple[list[Node], list[EdgeRow], dict[int, int]]:
    """Wire stories with their briefs and copies, and roundups quoting briefs: cluster rule 3's
    backing (a brief at the opening of its story and of a roundup, joining the story when a
    full copy of it opens with the brief too).  The nodes, the matches oriented worse → better
    by rank, and each brief's story; the story's copies open with the brief or hold it under
    an update paragraph, are full copies or only contain it, the roundup opens with the brief
    or carries it further down, and is copied or not."""
    nodes: list[Node] = []
    pairs: list[tuple[int, int, float, float, int]] = []

    def add(words: int) -> int:
        page = len(nodes) + 1
        url = f"https://s{rng.randint(1, 4)}.example/{page}"
        nodes.append(Node(page, rank_key(words, None, url, url, f"h{page}"), f"h{page}"))
        return page

    story_of: dict[int, int] = {}
    for _ in range(rng.randint(1, 4)):
        story, brief = add(rng.choice((600, 900))), add(rng.choice((80, 100)))
        story_of[brief] = story
        pairs.append((brief, story, 0.15, 1.0, 0))
        for _ in range(rng.randint(0, 2)):
            copy = add(rng.choice((400, 600, 620)))
            pairs.append((copy, story, rng.choice((0.3, 0.7)), 1.0, 0))
            pairs.append((brief, copy, 0.2, 1.0, rng.choice((0, 0, 200))))
    for _ in range(rng.randint(1, 3)):
        quoted = rng.sample(sorted(story_of), rng.randint(1, min(2, len(story_of))))
        holders = [add(410)]
        if rng.random() < 0.3:  # the roundup copied on another page
            holders.append(add(415))
            pairs.append((holders[1], holders[0], 0.95, 1.0, 0))
        for n, brief in enumerate(quoted):
            offset = rng.choice((10, 10, 300)) if n == 0 else 300
            pairs.extend((brief, holder, 0.23, 1.0, offset) for holder in holders)
    edges = oriented(nodes, pairs)
    return nodes, edges, story_of


def test_briefs_roundups_quote_in_any_batches_give_the_walk_over_the_whole_graph() -> None:
    # Rule 3's backing reads the matches of the pages holding a brief at their opening; the
    # random graphs above seldom make that shape, these always do.  And the backing decides:
    # some briefs a roundup opens with join their story, some stay apart (both backed, or
    # their story's copies not opening with them).
    joined = apart = 0
    for edges, stored, story_of in walked_graphs(newsroom_graph, 400):
        opened = {edge[0] for edge in edges if edge[3] == 1.0 and edge[-1] == 10}
        for brief in opened & story_of.keys():
            if stored[brief].canonical_id == story_of[brief]:
                joined += 1
            elif stored[brief].canonical_id == brief:
                apart += 1
    assert joined > 50 and apart > 50, (joined, apart)


def pieces_graph(rng: random.Random) -> tuple[list[Node], list[EdgeRow], list[int]]:
    """Pages made of 2-3 pieces one after another (rule 5's whole pages: a newsroom of press
    releases, or one story over pages "X", "X (page 2)"), each piece a page of its own under
    its headline or under one headline with the others, held whole or not, some with a full
    copy or a brief; the nodes, the matches oriented worse → better by rank, the holders."""
    nodes: list[Node] = []
    pairs: list[tuple[int, int, float, float, int]] = []

    def add(words: int, title: str | None) -> int:
        page = len(nodes) + 1
        url = f"https://s{rng.randint(1, 4)}.example/{page}"
        nodes.append(
            Node(page, rank_key(words, None, url, url, f"h{page}", title=title), f"h{page}")
        )
        return page

    holders = []
    for story in range(rng.randint(1, 3)):
        sizes = [rng.choice((120, 150, 200)) for _ in range(rng.randint(2, 3))]
        one = rng.random() < 0.4  # one story's pages, under one headline
        holder = add(sum(sizes) + 12 * len(sizes), rng.choice((None, f"newsroom {story}")))
        holders.append(holder)
        at = rng.choice((0, 12))
        for n, size in enumerate(sizes):
            title = f"story {story}" + (f" page {n + 1}" if n else "") if one else (
                rng.choice((None, f"release {story} {n}", f"release {story} {n}")))
            piece = add(size, title)
            pairs.append((piece, holder, 0.3, rng.choice((1.0, 1.0, 0.9)), at))
            if rng.random() < 0.3:  # a wire's copy of the piece, or its brief
                other = add(size + rng.choice((5, -60)), title)
                pairs.append((other, piece, rng.choice((0.9, 0.3)), 1.0, 0))
                pairs.append((other, holder, 0.3, 1.0, at))
            at += size + 12
    edges = oriented(nodes, pairs)
    return nodes, edges, holders


def test_pages_of_whole_pieces_in_any_batches_give_the_walk_over_the_whole_graph() -> None:
    # Rule 5 reads the pieces' titles (whether they stand under headlines of their own); the
    # random graphs above are untitled.  And the rule decides: some holders are compilations,
    # some the canonical of their pieces.
    apart = canonical = 0
    for _, stored, holders in walked_graphs(pieces_graph, 300):
        for holder in holders:
            members = sum(a.canonical_id == holder for a in stored.values())
            apart += members == 1
            canonical += members > 1
    assert apart > 50 and canonical > 50, (apart, canonical)


def test_a_batch_far_from_a_component_reads_only_its_neighbourhood() -> None:
    # A chain of 60 stored pages, each a brief of the next (one connected component), and a
    # new copy of the chain's shortest page (which that copy takes out of its cluster: rule 4,
    # the copy does not match the page it was a brief of): the batch reads the matches of the
    # pages around it, not the chain's.  (Covered at the bar, 0.8, each a word shorter than
    # the next: each a part of the next, not one text with it, which rule 2b and 2c would
    # read around; and the copy covered at the bar by the page, so that the next page holds
    # too few of its words for it to follow the page there, 0.58: rules 2b and 4.)
    nodes = [Node(page, rank_key(100 + page, None, site(page), site(page), f"h{page}"),
                  f"h{page}") for page in range(1, 61)]
    nodes.append(Node(61, rank_key(90, None, site(61), site(61), "h61"), "h61"))
    edges: list[EdgeRow] = [(page, page + 1, 0.3, 0.8, 0) for page in range(1, 60)]
    stored = assign(nodes[:60], edges)
    edges.append((61, 1, 0.6, 0.8, 0))
    graph = MemoryGraph(nodes, edges, stored)
    done = rewalk(graph, [61], Rules())
    stored.update(done.assignments)
    assert stored == assign(nodes, edges)
    assert {p: a.canonical_id for p, a in done.assignments.items()} == {61: 1, 1: 1, 2: 2}
    assert done.redecided == 2  # the new page and the page it matches
    assert graph.asked <= {61, 1, 2}


def test_a_page_that_stops_being_a_canonical_takes_its_pages_along() -> None:
    # 2 was a canonical with its copy 3; a new page 1 that 2 is a full copy of makes 2 join
    # 1, so 3 (which matches 1 too) is walked again and joins 1; 4, a brief only of 2, is
    # walked again and follows 2 into 1's cluster (rule 2b: 2, a full copy of 1, covers it
    # whole; before rule 2b it became its own canonical).
    nodes = [Node(page, rank_key(1000 - page * 100, None, site(page), site(page), f"h{page}"),
                  f"h{page}") for page in range(1, 5)]
    old: list[EdgeRow] = [(3, 2, 0.9, 1.0, 0), (4, 2, 0.1, 0.95, 0)]
    stored = assign(nodes[1:], old)
    assert {p: a.canonical_id for p, a in stored.items()} == {2: 2, 3: 2, 4: 2}
    edges = [*old, (2, 1, 0.9, 1.0, 0), (3, 1, 0.85, 1.0, 0)]
    done = rewalk(MemoryGraph(nodes, edges, stored), [1], Rules())
    stored.update(done.assignments)
    assert {p: a.canonical_id for p, a in stored.items()} == {1: 1, 2: 1, 3: 1, 4: 1}
    assert stored == assign(nodes, edges)


def test_the_archive_after_batches_holds_the_walk_over_the_whole_graph(tmp_path: Path) -> None:
    """``Store.recluster`` on an archive: random graphs stored batch by batch in random
    orders give the pages, clusters and canonicals of ``assign`` over everything stored."""
    archive = open_archive(str(tmp_path / "graphs.db"))
    for seed in range(40):
        rng = random.Random(seed)
        pick = random.Random(-seed)
        nodes, edges = random_graph(rng, 4 + seed % 20)
        with archive.sessions() as session:
            store = Store(session)
            run = store.start_run([f"graph {seed}"])
            ids: dict[int, int] = {}
            stored_nodes: list[Node] = []
            for batch in batches(rng, nodes):
                for page in batch:
                    node = nodes[page - 1]
                    shingles = -node.rank[0] - 4 if node.shingles is None else node.shingles
                    row = Page(
                        source_key=node.rank[3], raw_hash=f"{seed}-{page}", url=node.rank[2],
                        origin=f"graph {seed}", kind="text", seen_at=f"2026-01-01T00:{page:02}",
                        published=None if node.rank[1] == "\uffff" else node.rank[1],
                        text="", word_count=-node.rank[0], content_hash=node.content_hash,
                        shingle_count=shingles, signature=b"", run_id=run.id,
                        declared_original=node.declares, date_source=node.date_source,
                    )
                    session.add(row)
                    session.flush()
                    ids[page] = row.id
                    stored_nodes.append(
                        Node(row.id, node.rank, node.content_hash, node.declares,
                             node.date_source, shingles=shingles)
                    )
                new_ids = {ids[page] for page in batch}
                session.add_all(
                    Match(page_id=ids[a], better_page_id=ids[b], jaccard=j, containment=c,
                          offset_words=rest[0])
                    for a, b, j, c, *rest in edges
                    if a in ids and b in ids and (ids[a] in new_ids or ids[b] in new_ids)
                )
                session.flush()
                # every other graph with some pages' matches read already, as a batch's version
                # pairs hand them on (clipper.verification.one_version_away): the same result
                read: dict[int, list[Link]] | None = None
                if seed % 2:
                    sample = sorted(p for p in ids.values() if pick.random() < 0.5)
                    read = {p: [] for p in sample} | StoredGraph(session).links(sample)
                store.recluster(sorted(new_ids), run.id, new_ids, None, read)
                session.flush()
                now = {ids[p] for p in ids}
                rows = session.execute(
                    select(Match.page_id, Match.better_page_id, Match.jaccard,
                           Match.containment, Match.offset_words).where(Match.page_id.in_(now))
                ).all()
                expected = assign(stored_nodes, [(a, b, j, c, o) for a, b, j, c, o in rows])
                found = {
                    row.id: Assignment(row.canonical_page_id, row.similarity, row.containment,
                                       row.is_exact_duplicate)
                    for row in session.execute(
                        select(Page.id, Cluster.canonical_page_id, Page.similarity,
                               Page.containment, Page.is_exact_duplicate)
                        .join(Cluster, Cluster.id == Page.cluster_id)
                        .where(Page.id.in_(now))
                    )
                }
                assert found == expected, (seed, batch)
                sizes = dict(
                    session.execute(
                        select(Cluster.canonical_page_id, Cluster.size).where(
                            Cluster.canonical_page_id.in_(now)
                        )
                    ).all()
                )
                counted: dict[int, int] = {}
                for a in expected.values():
                    counted[a.canonical_id] = counted.get(a.canonical_id, 0) + 1
                assert sizes == counted, (seed, batch)
            session.commit()
    # the stored graph reads matches both ways
    with archive.sessions() as session:
        some = session.scalars(select(Match.better_page_id).limit(1)).one()
        assert StoredGraph(session).links([some])[some]


def test_a_new_version_re_decides_only_the_versions_above_it_that_match_no_better_page() -> None:
    # N (new) and two stored pages ranked below it, O and O2, each a version of Q (the four
    # cover each other whole), N matching neither O nor O2 (the candidate search missed the
    # pairs).  Rule 2c asks of a page that matches no better page whether the better pages
    # its versions match are canonicals: O2 is re-decided; O, a brief of B (a better match
    # of its own), never reads rule 2c, and is left as it was.
    words = {1: 1000, 2: 600, 3: 596, 4: 595, 5: 590}  # B, N, O, O2, Q
    nodes = [Node(page, rank_key(count, None, site(page), site(page), f"h{page}"), f"h{page}")
             for page, count in words.items()]
    old: list[EdgeRow] = [
        (3, 1, 0.2, 0.85, 150),  # O in B, far from its opening
        (5, 3, 0.9, 1.0, 0),  # Q a version of O
        (5, 4, 0.9, 1.0, 0),  # Q a version of O2
    ]
    stored = assign([node for node in nodes if node.page_id != 2], old)
    edges = [*old, (5, 2, 0.9, 1.0, 0)]  # Q a version of N
    done = rewalk(MemoryGraph(nodes, edges, stored), [2], Rules())
    stored.update(done.assignments)
    assert stored == assign(nodes, edges)
    assert done.redecided == 3  # N, Q (which N is better than) and O2, not O


def test_a_page_filed_through_another_page_takes_the_figures_of_the_one_it_is_filed_through_now(
) -> None:
    # P matches no canonical (rule 2b) or no better page (rule 2c) and is filed with C through
    # another page, with that page's figures; a new page it is filed through instead (a near
    # copy of C covering P more; a version of P more similar to C) keeps P in C's cluster with
    # the new page's figures, as the walk over the whole graph gives them.  The version V2
    # joins another cluster (B's, a longer page it is a full copy of, no version of it), so
    # C's cluster gains and loses no page: the re-walk kept P's old figures, its canonical the
    # same (found by replay of seed 23, 18 pages).  The near copy H2 joins C's cluster itself.
    def page(number: int, words: int) -> Node:
        return Node(number, rank_key(words, None, site(number), site(number), f"h{number}"),
                    f"h{number}")

    # rule 2b: C 1, H1 2 and H2 3 near copies of C, P 4 a part of both, not matched with C
    through = [page(1, 1000), page(2, 990), page(3, 980), page(4, 700)]
    through_old: list[EdgeRow] = [(2, 1, 0.9, 1.0, 0), (4, 2, 0.3, 0.85, 0)]
    through_new: list[EdgeRow] = [(3, 1, 0.85, 1.0, 0), (4, 3, 0.35, 0.95, 0)]
    # rule 2c: B 5, C 1, P 2 (matching no better page), V1 4 and V2 3 versions of C and P
    beside = [page(5, 1000), page(1, 620), page(2, 610), page(3, 600), page(4, 590)]
    beside_old: list[EdgeRow] = [(4, 1, 0.1, 0.9, 0), (4, 2, 0.95, 0.85, 0)]
    beside_new: list[EdgeRow] = [(3, 1, 0.3, 0.95, 0), (3, 2, 0.5, 1.0, 0), (3, 5, 0.55, 1.0, 0)]
    for nodes, old, new, (filed, figures_before, figures_now) in (
        (through, through_old, through_new, (4, (0.3, 0.85), (0.35, 0.95))),
        (beside, beside_old, beside_new, (2, (0.95, 0.85), (0.5, 1.0))),
    ):
        newcomer = new[0][0]
        stored = assign([node for node in nodes if node.page_id != newcomer], old)
        assert stored[filed] == Assignment(1, *figures_before, False)
        edges = [*old, *new]
        stored.update(rewalk(MemoryGraph(nodes, edges, stored), [newcomer], Rules()).assignments)
        assert stored[filed] == Assignment(1, *figures_now, False)
        assert stored[newcomer].canonical_id == (1 if nodes is through else 5)
        assert stored == assign(nodes, edges)

def test_graphs_the_sweeps_found_failing_give_the_walk_over_the_whole_graph() -> None:
    # replays that failed before the re-walk compared a page's figures, not only its canonical
    # (the test above gives their shape): seeds 23 and 651 of a sweep of seeds 0-2000 x 2-24
    # pages
    replay(23, 18)
    replay(651, 21)


def test_a_page_no_new_page_is_a_full_copy_of_is_no_compilation_before_when_none_after() -> None:
    # rewalk asks a stored canonical the batch's pages are pieces of whether it was a
    # compilation without them only when it is one with them, or one of them is its full
    # copy (compilations.only_adds_pieces): the batch's matches only add pieces, pages its
    # pieces match and pages opening with a piece, so with them a page keeps every pair and
    # chain of pieces it had.  Asked here of every page of graphs of all three kinds, with
    # a random part of the pages taken as the batch: whenever none of those is the page's
    # full copy, a compilation before is one after.
    rules = Rules()
    kept = 0
    makers: list[Callable[[random.Random], tuple[list[Node], list[EdgeRow]]]] = [
        lambda rng: random_graph(rng, rng.randint(4, 24)),
        lambda rng: newsroom_graph(rng)[:2],
        lambda rng: pieces_graph(rng)[:2],
    ]
    for seed in range(1500):
        rng = random.Random(seed)
        nodes, edges = makers[seed % 3](rng)
        links = links_of_edges(edges)
        words = {node.page_id: -node.rank[0] for node in nodes}
        titles = {node.page_id: node.rank[-1] for node in nodes}
        new = set(rng.sample(sorted(words), rng.randint(1, len(words) // 2 + 1)))

        def now(page: int, links: dict[int, list[Link]] = links) -> list[Link]:
            return links.get(page, [])

        def before(
            page: int, links: dict[int, list[Link]] = links, new: set[int] = new
        ) -> list[Link]:
            return [link for link in links.get(page, []) if link.other not in new]

        for page in set(words) - new:
            if not only_adds_pieces(
                now(page), new, rules.copy_jaccard, words.__getitem__, rules.overlap_words
            ):
                continue
            was = is_compilation(page, before, words.__getitem__, rules, titles.__getitem__)
            assert not was or is_compilation(
                page, now, words.__getitem__, rules, titles.__getitem__
            ), (seed, page, sorted(new))
            kept += was
    assert kept > 50, kept  # compilations before the batch were asked
