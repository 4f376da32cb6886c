"""Rule 6: a page read with its own address is shown before an address-less text dump of it
(newcomer 21 finding 35: a dump that kept the site's menus was the longest copy, so the
cluster's canonical had no link and no site)."""

from __future__ import annotations

import itertools

from clipper.canonical import Node, rank_key
from clipper.cluster import assign
from clipper.page import DECLARED, GUESSED


def dump(page_id: int, words: int, published: str | None, source: str | None) -> Node:
    origin = f"/night/dumps/page-{page_id}.txt"  # a text dump's key is its path; no URL
    rank = rank_key(words, published, None, origin, f"hash{page_id}")
    return Node(page_id, rank, f"hash{page_id}", date_source=source)


def page(page_id: int, words: int, published: str | None, source: str | None) -> Node:
    url = f"https://www.zeitung{page_id}.example/politik/artikel"
    rank = rank_key(words, published, url, url, f"hash{page_id}")
    return Node(page_id, rank, f"hash{page_id}", date_source=source)


def canonicals(nodes: list[Node], edges: list[tuple[int, int, float, float]]) -> set[int]:
    """The canonical of every page, checked the same for every order of the input."""
    seen = set()
    for order in itertools.permutations(nodes):
        for edge_order in itertools.permutations(edges):
            result = assign(list(order), list(edge_order))
            seen.add(frozenset((pid, a.canonical_id) for pid, a in result.items()))
    assert len(seen) == 1
    return {canonical for _, canonical in next(iter(seen))}


def test_the_publishers_page_is_shown_over_a_longer_dump_of_it_on_the_same_day() -> None:
    # the dump (menus kept: 686 words) and a second dump of it guess the day from the text;
    # the page's record gives the same day: the page is shown, not the longest dump
    nodes = [
        dump(1, 686, "2025-04-01", GUESSED),
        dump(2, 686, "2025-04-01", GUESSED),
        page(3, 410, "2025-04-01", GUESSED),
    ]
    edges = [(2, 1, 1.0, 1.0), (3, 1, 0.62, 1.0), (3, 2, 0.62, 1.0)]
    assert canonicals(nodes, edges) == {3}


def test_an_undated_page_is_shown_over_a_dump_dated_from_its_text() -> None:
    nodes = [dump(1, 900, "2025-04-01", GUESSED), page(2, 600, None, None)]
    assert canonicals(nodes, [(2, 1, 0.7, 1.0)]) == {2}


def test_two_addressed_copies_still_go_by_publication_and_dumps_among_themselves() -> None:
    # the rule orders only address against none: two outlets' pages go by their dates as
    # before (the earlier declared), and two dumps with no page by theirs
    nodes = [
        dump(1, 900, "2025-04-01", GUESSED),
        page(2, 600, "2025-04-02T08:00:00+00:00", DECLARED),
        page(3, 500, "2025-04-01T09:00:00+00:00", DECLARED),
    ]
    edges = [(2, 1, 0.7, 1.0), (3, 1, 0.6, 1.0), (3, 2, 0.8, 1.0)]
    assert canonicals(nodes, edges) == {3}
    dumps = [dump(1, 900, "2025-04-02", GUESSED), dump(2, 700, "2025-04-01", GUESSED)]
    assert canonicals(dumps, [(2, 1, 0.7, 1.0)]) == {2}


def test_a_dump_that_is_no_full_copy_of_the_page_stays_shown() -> None:
    # a brief with an address, covered by the dump but far below the copy bar, is not shown
    nodes = [dump(1, 1500, "2025-04-01", GUESSED), page(2, 120, "2025-04-01", GUESSED)]
    assert canonicals(nodes, [(2, 1, 0.08, 1.0)]) == {1}
