"""The canonical rule and the no-chaining guarantee, on hand-made match graphs."""

from __future__ import annotations

import itertools

from clipper.canonical import Node, rank_key
from clipper.cluster import EdgeRow, assign


def node(page_id: int, words: int, published: str | None = None, url: str | None = None) -> Node:
    url = url or f"https://site{page_id}.example/story"
    return Node(page_id, rank_key(words, published, url, url, f"hash{page_id}"), f"hash{page_id}")


def test_most_complete_text_is_canonical_then_earliest_then_url() -> None:
    nodes = [node(1, 300, "2025-03-11"), node(2, 500, "2025-03-12"), node(3, 500, "2025-03-10")]
    edges = [(1, 3, 0.6, 0.9), (2, 3, 0.9, 0.95)]
    result = assign(nodes, edges)
    assert {pid: a.canonical_id for pid, a in result.items()} == {1: 3, 2: 3, 3: 3}


def test_no_chaining_through_a_variant() -> None:
    # A~B and B~C, but C is not near A: C must not join A's cluster.
    nodes = [node(1, 500), node(2, 400), node(3, 300)]
    edges = [(2, 1, 0.6, 0.8), (3, 2, 0.6, 0.8)]
    result = assign(nodes, edges)
    assert result[2].canonical_id == 1
    assert result[3].canonical_id == 3


def test_a_brief_of_a_near_copy_of_the_canonical_joins_its_cluster() -> None:
    # Rule 2b: 1 is a copy of the wire's page 2 with a few words changed and a trailer
    # (longer: it walks first); 3 is a brief of 2 with small edits of its own that cover it
    # whole in 2 but not in 1.  It joins 1's cluster through 2, with 2's figures.
    nodes = [node(1, 520), node(2, 500), node(3, 80)]
    edges: list[EdgeRow] = [(2, 1, 0.9, 0.97), (3, 2, 0.15, 0.9, 0)]
    result = assign(nodes, edges)
    assert {pid: a.canonical_id for pid, a in result.items()} == {1: 1, 2: 1, 3: 1}
    assert (result[3].jaccard, result[3].containment) == (0.15, 0.9)


def test_a_full_copy_under_a_lead_of_its_own_joins_through_a_near_copy() -> None:
    # Rule 2b: 2 is the wire's page, 1 another outlet's copy of it with a paragraph added (an
    # update: longer, it walks first, Jaccard 0.81 with 2), 3 a regional copy of 2 under a
    # local lead of its own: a full copy of 2 (Jaccard 0.55) that 2 covers below the bar
    # (0.77: the lead is its own), too far from 1 to match it.  It was in 2's cluster before
    # 1 came, and stays (newcomer 36, finding 1), with its figures with 2.
    nodes = [node(1, 218), node(2, 178), node(3, 158)]
    edges: list[EdgeRow] = [(2, 1, 0.81, 1.0, 0), (3, 2, 0.55, 0.77, 0, 37)]
    assert {pid: a.canonical_id for pid, a in assign(nodes[1:], edges[1:]).items()} == {
        2: 2, 3: 2}
    result = assign(nodes, edges)
    assert {pid: a.canonical_id for pid, a in result.items()} == {1: 1, 2: 1, 3: 1}
    assert (result[3].jaccard, result[3].containment) == (0.55, 0.77)
    # nothing chains: not through a copy that is no near copy of the canonical (Jaccard 0.6
    # with it, covered at 0.85: what 1 lacks of 2 may be much of what 3 shares with 2), nor
    # when the page is a full copy of neither (Jaccard 0.45)
    edges = [(2, 1, 0.6, 0.85, 0), (3, 2, 0.55, 0.77, 0, 37)]
    assert assign(nodes, edges)[3].canonical_id == 3
    edges = [(2, 1, 0.81, 1.0, 0), (3, 2, 0.45, 0.77, 0, 37)]
    assert assign(nodes, edges)[3].canonical_id == 3


def test_no_join_through_a_copy_when_the_page_is_not_covered_whole_or_has_two_clusters() -> None:
    nodes = [node(1, 520), node(2, 500), node(3, 80), node(4, 90), node(5, 70)]
    edges: list[EdgeRow] = [
        (2, 1, 0.9, 0.97),
        (3, 2, 0.1, 0.7, 0),  # 3: a part of 2, not covered whole
        (5, 4, 0.2, 0.9, 0),  # 4 is a canonical of its own (it matches no page)
        (5, 2, 0.1, 0.9, 0),  # 5 is covered by 2 and by the canonical 4
    ]
    result = assign(nodes, edges)
    assert result[3].canonical_id == 3
    assert result[5].canonical_id == 4  # rule 2 as before: the canonical it matches
    # 6 matches only pages of two different clusters (1's near copy 2, and 7 in 4's)
    nodes += [node(6, 60), node(7, 85)]
    edges += [(7, 4, 0.9, 1.0), (6, 2, 0.1, 0.95, 0), (6, 7, 0.1, 0.95, 0)]
    result = assign(nodes, edges)
    assert result[7].canonical_id == 4
    assert result[6].canonical_id == 6


def test_versions_of_one_text_edited_apart_join_through_the_one_between_them() -> None:
    # One text in four versions: 1 the wire's page with 8 % of its words edited and a few
    # words longer (it walks first), 2 the wire's own page, 3 and 4 copies of 2 with 5 % and
    # 3 % edited.  2 covers 1, 3 and 4 whole and they it (a few words apart: they cover each
    # other whole both ways), at Jaccard 0.5-0.8; 3 and 4 are too far from 1 to match it
    # (4 only just: covered at 0.81, Jaccard 0.42).  Rule 2b: 3 joins 1's cluster through 2;
    # rule 4: 4's full copy 3 does not match 1, but joined its cluster, so 4 joins 1 too.
    nodes = [node(1, 1133), node(2, 1126), node(3, 1125), node(4, 1122)]
    edges: list[EdgeRow] = [
        (2, 1, 0.52, 0.87, 5),
        (3, 2, 0.64, 0.94, 0),
        (4, 2, 0.73, 0.96, 0),
        (4, 3, 0.51, 0.88, 0),
        (4, 1, 0.42, 0.81, 5),
    ]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 1, 3: 1, 4: 1}
    assert (result[3].jaccard, result[3].containment) == (0.64, 0.94)  # with 2, through it
    # 2 published first is the page shown (rule 6); the walk is the same
    nodes = [node(1, 1133, "2026-01-03"), node(2, 1126, "2026-01-01"), node(3, 1125),
             node(4, 1122)]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 2, 2: 2, 3: 2, 4: 2}
    assert (result[3].jaccard, result[3].containment) == (0.64, 0.94)  # with 2, shown


def test_a_part_of_a_version_does_not_join_through_it() -> None:
    # 1 covers 2 whole, but 3 is a part of 2 only (covered whole, a fifth of its words: an
    # update paragraph 2 carries and 1 lacks may be all of it): it does not join 1 through 2.
    nodes = [node(1, 1133), node(2, 1126), node(3, 220)]
    edges: list[EdgeRow] = [(2, 1, 0.52, 0.87, 5), (3, 2, 0.2, 1.0, 0)]
    result = assign(nodes, edges)
    assert result[3].canonical_id == 3
    # 5 is a version of 2 (a few words edited), and 2 a part of 1 (a brief: 1 holds most
    # of it, covers it whole): 5 joins 1 through 2.  Not when 1 holds 2 only in part (a
    # full copy at Jaccard 0.6 that 1 covers at 0.7: 2's part 1 lacks may be all 5 shares
    # with 1).
    nodes = [node(1, 1133), node(2, 800), node(5, 790)]
    edges = [(2, 1, 0.6, 0.95, 5), (5, 2, 0.7, 0.95, 0)]
    assert {page: a.canonical_id for page, a in assign(nodes, edges).items()} == {
        1: 1, 2: 1, 5: 1}
    edges = [(2, 1, 0.6, 0.7, 5), (5, 2, 0.7, 0.95, 0)]
    assert {page: a.canonical_id for page, a in assign(nodes, edges).items()} == {
        1: 1, 2: 1, 5: 5}


def test_a_version_that_matches_no_better_page_joins_the_one_its_versions_below_join() -> None:
    # 1 and 2: the wire's page edited twice over (8 % and 5 % of the words), a few words
    # longer than the page itself (3), which both cover whole and it them; the candidate
    # search missed 1~2.  2 matches no better page: rule 2c files it with 1 through 3 (the
    # version below both), and 3 with 1, instead of 3 leaving 1 alone by joining 2, the
    # more similar.  Its figures are those with 3.  4, a trimmed copy of 3 that 1 covers
    # (Jaccard 0.44) and whose full copy 2 does not match 1, joins 1 (rule 4: 2 is in 1's
    # cluster).
    nodes = [node(1, 1138), node(2, 1132), node(3, 1129), node(4, 807)]
    edges: list[EdgeRow] = [
        (3, 1, 0.54, 0.92, 1),
        (3, 2, 0.67, 0.94, 0),
        (4, 3, 0.70, 0.99, 0),
        (4, 2, 0.51, 0.94, 0),
        (4, 1, 0.44, 0.93, 1),
    ]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 1, 3: 1, 4: 1}
    assert (result[2].jaccard, result[2].containment) == (0.67, 0.94)
    # 3 only a part of 2 (a brief: it does not cover 2 whole): 2 stays a canonical, and the
    # brief joins it, the most similar
    nodes = [node(1, 1138), node(2, 1132), node(3, 300)]
    edges = [(3, 1, 0.54, 0.92, 1), (3, 2, 0.67, 0.94, 0)]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 2, 3: 2}


def test_page_joins_the_most_similar_canonical() -> None:
    nodes = [node(1, 500), node(2, 450), node(3, 300)]
    edges = [(3, 1, 0.55, 0.8), (3, 2, 0.75, 0.9)]  # 1 and 2 are not matched: two canonicals
    result = assign(nodes, edges)
    assert result[3].canonical_id == 2
    assert result[3].jaccard == 0.75


def test_exact_duplicates_are_flagged_once_per_cluster() -> None:
    a = Node(1, rank_key(500, None, "https://a.example", "https://a.example", "same"), "same")
    b = Node(2, rank_key(500, None, "https://b.example", "https://b.example", "same"), "same")
    c = Node(3, rank_key(400, None, "https://c.example", "https://c.example", "other"), "other")
    result = assign([c, b, a], [(2, 1, 1.0, 1.0), (3, 1, 0.8, 0.9), (3, 2, 0.8, 0.9)])
    assert [result[i].is_exact_duplicate for i in (1, 2, 3)] == [False, True, False]


def test_assignment_does_not_depend_on_input_order() -> None:
    nodes = [node(i, 100 + (i * 37) % 11) for i in range(1, 7)]
    edges = [(b, a, 0.5 + 0.01 * (a + b), 0.9) for a, b in itertools.combinations(range(1, 7), 2)
             if (a + b) % 3]
    # Orient every edge worse → better by rank, as verification does.
    rank = {n.page_id: n.rank for n in nodes}
    edges = [(p, q, j, c) if rank[p] > rank[q] else (q, p, j, c) for p, q, j, c in edges]
    expected = assign(nodes, edges)
    for permutation in itertools.islice(itertools.permutations(nodes), 0, 720, 37):
        assert assign(list(permutation), list(reversed(edges))) == expected


def test_a_passage_two_different_texts_share_joins_neither() -> None:
    # 1 and 2 are different texts (no edge between them); 3 is contained in both (a site's
    # header that both open with), a full copy of neither: it must not be filed with one.
    nodes = [node(1, 900), node(2, 800), node(3, 40)]
    result = assign(nodes, [(3, 1, 0.04, 0.95), (3, 2, 0.05, 0.95)])
    assert {pid: a.canonical_id for pid, a in result.items()} == {1: 1, 2: 2, 3: 3}
    # A full copy of one of them (Jaccard at the bar) still joins it.
    result = assign(nodes, [(3, 1, 0.04, 0.95), (3, 2, 0.5, 0.95)])
    assert result[3].canonical_id == 2
    # Contained in one text only: a brief of it.
    result = assign(nodes, [(3, 1, 0.04, 0.95)])
    assert result[3].canonical_id == 1
    # Covered whole by one (coverage at the containment bar), only its head held by the
    # other (a brief under a header both open with): it joins the one that covers it whole.
    result = assign(nodes, [(3, 1, 0.04, 0.55), (3, 2, 0.05, 0.95)])
    assert result[3].canonical_id == 2
    # Covered whole by neither: still apart.
    result = assign(nodes, [(3, 1, 0.04, 0.55), (3, 2, 0.05, 0.6)])
    assert result[3].canonical_id == 3


def test_a_brief_covered_clearly_better_by_one_version_joins_it() -> None:
    # A brief (3) of wire story 1, which a later version 2 carries with a few words changed:
    # covered whole by 1 and at 0.93 by 2, it joins 1 (MatchConfig.clear_coverage_margin);
    # covered about as well by both (a site header two stories open with), it joins neither.
    nodes = [node(1, 900), node(2, 800), node(3, 140)]
    result = assign(nodes, [(3, 1, 0.12, 1.0), (3, 2, 0.15, 0.93)])
    assert result[3].canonical_id == 1
    result = assign(nodes, [(3, 1, 0.12, 1.0), (3, 2, 0.15, 0.98)])
    assert result[3].canonical_id == 3
    result = assign(nodes, [(3, 1, 0.12, 1.0), (3, 2, 0.15, 0.93)], clear_margin=0.1)
    assert result[3].canonical_id == 3


def test_a_page_does_not_join_a_story_its_full_copies_do_not_match() -> None:
    # Page 2 is a story that opens with a long photo caption which another story (1) also
    # carries near its top: 2's opening is covered by 1 (the brief rule: J 0.06, coverage
    # 0.5), but its full copies 3 and 4 (J 0.93) hold more of the story than the caption and
    # do not match 1.  2 stays the canonical of its own copies instead of joining 1 and
    # leaving them behind.
    nodes = [node(1, 1600), node(2, 400), node(3, 300), node(4, 290)]
    edges = [(2, 1, 0.06, 0.5), (3, 2, 0.93, 0.99), (4, 2, 0.92, 0.99), (4, 3, 0.95, 1.0)]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 2, 3: 2, 4: 2}
    # a brief whose copies match the story too joins it, and they with it
    edges += [(3, 1, 0.05, 0.9), (4, 1, 0.05, 0.9)]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 1, 3: 1, 4: 1}


def test_the_tie_break_and_rule_4_do_not_depend_on_input_order() -> None:
    nodes = [node(1, 1600), node(2, 900), node(3, 400), node(4, 300), node(5, 140)]
    edges = [
        (3, 1, 0.06, 0.5),  # 3 opens with a caption 1 carries
        (4, 3, 0.93, 0.99),  # 3's full copy, which 1 does not match
        (5, 2, 0.12, 1.0),  # a brief of 2 ...
        (5, 1, 0.15, 0.93),  # ... that 1 carries with a few words changed
    ]
    expected = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in expected.items()} == {
        1: 1, 2: 2, 3: 3, 4: 3, 5: 2
    }
    for permutation in itertools.permutations(nodes):
        assert assign(list(permutation), list(reversed(edges))) == expected


def test_a_compilation_is_not_the_canonical_of_the_articles_it_carries() -> None:
    # 1 is a roundup ("news in brief"): it carries 2, 3 and 4, three standalone articles, one
    # after another (offsets 20, 240, 460: 2 is its first item, 3 ends at 440); 5 is a full
    # copy of the roundup.  3 and 4 sit below its opening side by side: 1 is a compilation,
    # and the articles stay their own canonicals, in any order.
    nodes = [node(1, 700), node(2, 210), node(3, 200), node(4, 205), node(5, 690)]
    edges = [
        (2, 1, 0.3, 1.0, 20),
        (3, 1, 0.28, 1.0, 240),
        (4, 1, 0.29, 1.0, 460),
        (5, 1, 0.95, 0.99, 0),
    ]
    expected = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in expected.items()} == {
        1: 1, 2: 2, 3: 3, 4: 4, 5: 1
    }
    for permutation in itertools.permutations(nodes):
        assert assign(list(permutation), list(reversed(edges))) == expected
    # one article below the opening is an excerpt, not a compilation: all join the page
    result = assign(nodes[:3] + nodes[4:], [e for e in edges if e[0] != 4])
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 1, 3: 1, 5: 1}
    # without offsets (matches from before migration 0013) nothing is a compilation
    result = assign(nodes, [e[:4] for e in edges])
    assert {a.canonical_id for a in result.values()} == {1}


def test_a_story_with_its_brief_and_overlapping_excerpts_stays_their_canonical() -> None:
    # 1 is a long wire story; 2 its brief (at its opening, 0 words in); 3 and 4 rewrites
    # carrying runs of its middle, a paragraph apart (words 300-480 and 400-580): they overlap
    # by 80 words, so they are parts of one text, not two articles.
    nodes = [node(1, 1000), node(2, 100), node(3, 200), node(4, 200)]
    edges: list[EdgeRow] = [
        (2, 1, 0.09, 1.0, 0),
        (3, 1, 0.16, 0.9, 300),
        (4, 1, 0.16, 0.9, 400),
    ]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 1, 3: 1, 4: 1}
    # excerpts that match each other are one text too, wherever the spans fall
    edges = [
        (2, 1, 0.09, 1.0, 0),
        (3, 1, 0.16, 0.9, 300),
        (4, 1, 0.16, 0.9, 700),
        (4, 3, 0.4, 0.8, None),
    ]
    result = assign(nodes, edges)
    assert {a.canonical_id for a in result.values()} == {1}
    # excerpts far apart that do not match are parts of one long story still (a wire story
    # holding a shorter agency story and a rewrite of its middle) ...
    result = assign(nodes, edges[:3])
    assert {a.canonical_id for a in result.values()} == {1}
    # ... two pages side by side (the second 10 words after the first ends) are two articles
    edges = [(2, 1, 0.09, 1.0, 0), (3, 1, 0.16, 0.9, 300), (4, 1, 0.16, 0.9, 490)]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 2, 3: 3, 4: 4}
    # a brief under an update paragraph (214 words in) is at the opening of the story's
    # full copy without it: not an article beside the rewrite that follows it
    nodes.append(node(5, 990))
    edges = [
        (2, 1, 0.09, 1.0, 214),
        (2, 5, 0.09, 1.0, 0),
        (3, 1, 0.16, 0.9, 324),
        (5, 1, 0.96, 0.99, 214),
    ]
    result = assign(nodes[:3] + nodes[4:], edges)
    assert {a.canonical_id for a in result.values()} == {1}


def test_a_compilation_is_found_past_pieces_nested_in_one_another() -> None:
    # 1 holds a long piece (2: words 200-600), a shorter one inside it (3: 250-300, a part of
    # 2 that 2 matches) and 4 right after 2 (610-700): 2 and 4 are side by side, so 1 is a
    # compilation, whatever lies between them in start order.
    nodes = [node(1, 1000), node(2, 400), node(3, 50), node(4, 90)]
    edges: list[EdgeRow] = [
        (2, 1, 0.3, 1.0, 200),
        (3, 1, 0.05, 1.0, 250),
        (3, 2, 0.12, 1.0, 50),
        (4, 1, 0.09, 1.0, 610),
    ]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 2, 3: 2, 4: 4}
    # without 4 the nested pieces are parts of one text: all join 1
    result = assign(nodes[:3], edges[:3])
    assert {a.canonical_id for a in result.values()} == {1}


def test_a_brief_in_a_roundup_and_at_its_storys_opening_joins_its_story() -> None:
    # 1 is a roundup carrying 3 (a brief) 600 words in; 2 is 3's story, holding it at its
    # opening.  The roundup and the story do not match: 3 is covered whole by both, but only
    # its story holds it where a brief sits.  So it joins its story, in any order.
    nodes = [node(1, 900), node(2, 800), node(3, 90)]
    edges: list[EdgeRow] = [(3, 1, 0.08, 1.0, 600), (3, 2, 0.1, 1.0, 0)]
    expected = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in expected.items()} == {1: 1, 2: 2, 3: 2}
    for permutation in itertools.permutations(nodes):
        assert assign(list(permutation), list(reversed(edges))) == expected
    # at the opening of both (a header two stories open with): still neither
    result = assign(nodes, [(3, 1, 0.08, 1.0, 10), (3, 2, 0.1, 1.0, 0)])
    assert result[3].canonical_id == 3


def test_a_brief_a_roundup_opens_with_joins_the_story_whose_copies_open_with_it() -> None:
    # 1 is a wire story and 3 its trimmed copy (a full copy: Jaccard 0.7), both holding 5, the
    # story's brief, at their opening; 2 is an evening roundup holding 5 as its first item (10
    # words in, below an intro line) and then excerpts of other stories no page here carries
    # whole (so nothing makes it a compilation).  5 is at the opening of two canonicals that
    # do not match, 1 and 2, but only 1's copies carry it there too: it is 1's brief, as it
    # is without the roundup, in any order (newcomer 14: the brief was a cluster of its own).
    nodes = [node(1, 620), node(2, 410), node(3, 430), node(5, 100)]
    edges: list[EdgeRow] = [
        (3, 1, 0.7, 1.0, 0),
        (5, 1, 0.15, 1.0, 0),
        (5, 3, 0.2, 1.0, 0),
        (5, 2, 0.23, 1.0, 10),
    ]
    expected = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in expected.items()} == {1: 1, 2: 2, 3: 1, 5: 1}
    assert expected[5].containment == 1.0 and expected[5].jaccard == 0.15
    without_roundup = assign([n for n in nodes if n.page_id != 2], edges[:3])
    assert without_roundup[5].canonical_id == 1
    for permutation in itertools.permutations(nodes):
        assert assign(list(permutation), list(reversed(edges))) == expected
    # the roundup's own copy (6) carries it at its opening too: both are backed, neither wins
    result = assign([*nodes, node(6, 415)], [*edges, (6, 2, 0.95, 1.0, 0), (5, 6, 0.22, 1.0, 10)])
    assert result[5].canonical_id == 5
    # a copy that holds it below its opening (an update paragraph on top, 200 words) is no
    # backing, and a page it matches that is no full copy of 1 (Jaccard 0.3) neither
    result = assign(nodes, [(3, 1, 0.7, 1.0, 0), (5, 1, 0.15, 1.0, 0), (5, 3, 0.2, 1.0, 200),
                            (5, 2, 0.23, 1.0, 10)])
    assert result[5].canonical_id == 5
    result = assign(nodes, [(3, 1, 0.3, 0.9, 0), (5, 1, 0.15, 1.0, 0), (5, 3, 0.2, 1.0, 0),
                            (5, 2, 0.23, 1.0, 10)])
    assert result[5].canonical_id == 5


def test_a_roundup_opening_with_an_item_seen_on_its_own_is_a_compilation() -> None:
    # 1 is a roundup opening with 4 (a brief, 20 words in) and carrying 5 right after it
    # (130 words in); 2 and 3 are their stories, each holding its brief at its opening; 6 is
    # the roundup's copy.  The roundup's first two items are other texts' openings side by
    # side: 1 is a compilation, each brief joins its story.
    nodes = [node(1, 700), node(2, 650), node(3, 640), node(4, 100), node(5, 110), node(6, 690)]
    edges: list[EdgeRow] = [
        (4, 1, 0.12, 1.0, 20),
        (5, 1, 0.13, 1.0, 130),
        (4, 2, 0.15, 1.0, 0),
        (5, 3, 0.16, 1.0, 0),
        (6, 1, 0.95, 0.99, 0),
    ]
    expected = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in expected.items()} == {
        1: 1, 2: 2, 3: 3, 4: 2, 5: 3, 6: 1
    }
    for permutation in itertools.permutations(nodes):
        assert assign(list(permutation), list(reversed(edges))) == expected
    # a story's own brief at its opening and an excerpt right after it (no other text opens
    # with either) stay the story's
    result = assign(nodes[:1] + nodes[3:5], [(4, 1, 0.12, 1.0, 20), (5, 1, 0.13, 1.0, 130)])
    assert {a.canonical_id for a in result.values()} == {1}


def test_a_short_story_a_roundup_opens_with_stays_its_own() -> None:
    # 1 is a roundup carrying 2, a short story, whole as its first item (10 words in), with
    # 7, 2's copy; right after it, 4, the brief of story 3 (3 holds it at its opening).  4 is
    # another text's opening beside what the roundup opens with: 1 is a compilation, 2 and 7
    # are not its copies, and 4 joins its story.
    nodes = [node(1, 700), node(3, 650), node(2, 150), node(7, 150), node(4, 100)]
    edges: list[EdgeRow] = [
        (2, 1, 0.2, 1.0, 10),
        (7, 1, 0.2, 1.0, 10),
        (7, 2, 0.97, 1.0, 0),
        (4, 1, 0.13, 1.0, 175),
        (4, 3, 0.16, 1.0, 0),
    ]
    expected = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in expected.items()} == {
        1: 1, 2: 2, 3: 3, 4: 3, 7: 2
    }
    for permutation in itertools.permutations(nodes):
        assert assign(list(permutation), list(reversed(edges))) == expected
    # with no page of 4's story, nothing says 4 is an article of its own: all join 1
    result = assign(nodes[:1] + nodes[2:], edges[:4])
    assert {a.canonical_id for a in result.values()} == {1}


def test_a_rewrite_of_the_wire_page_joins_through_it_when_a_regional_edition_walks_first() -> None:
    # copies22's probe: 1 a regional edition of a wire story (respelt, numbers restyled, two
    # local paragraphs, 3 % edited: the longest, it walks first), 2 a local copy of the wire
    # page (a full copy of 1), 3 a second agency's rewrite of 40 % of the sentences under its
    # own lede, which 2 covers whole (0.87) but 1 does not (the pair is no match), and whose
    # words 1 holds are, through 2, at least 0.87 * 373 - (407 - 0.92 * 407) = 290 of 373:
    # rule 2b files it with 1, with 2's figures (it stayed a canonical, and the wire page and
    # its other copies, walking after it, joined it rather than 1).
    nodes = [node(1, 412), node(2, 407), node(3, 373), node(4, 350), node(5, 353)]
    edges: list[EdgeRow] = [
        (2, 1, 0.53, 0.92, 4),
        (3, 2, 0.55, 0.87, 0),
        (4, 3, 0.63, 0.92, 21),
        (4, 2, 0.84, 1.0, 0),
        (4, 1, 0.48, 0.94, 4),
        (5, 3, 0.53, 0.88, 21),
        (5, 2, 0.71, 0.97, 0),
        (5, 1, 0.58, 0.96, 4),
    ]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 1, 3: 1, 4: 1, 5: 1}
    assert (result[3].jaccard, result[3].containment) == (0.55, 0.87)
    for permutation in itertools.permutations(nodes):
        assert assign(list(permutation), list(reversed(edges))) == result
    # a part of 2 the size of what 1 lacks of it (its local paragraphs: 8 % of 407 words,
    # and the page 60 words) may be nothing else: it stays apart
    nodes.append(node(6, 60))
    edges.append((6, 2, 0.12, 1.0, 180))
    assert assign(nodes, edges)[6].canonical_id == 6


def test_an_edited_trim_joins_through_the_wire_page_the_canonical_covers_whole() -> None:
    # copies22's probe: 1 a rewrite under its own lede (the longest), 2 the wire page it
    # covers whole (0.98), 3 a 70 % trim of 2 with 8 % of its words edited (fillers inserted:
    # more words than the trim): 2 covers it at 0.91, 1 not at all; through 2, 1 holds at
    # least 0.91 * 237 - 0.02 * 271 = 210 of its 237 words.
    nodes = [node(1, 294), node(2, 271), node(3, 237)]
    edges: list[EdgeRow] = [(2, 1, 0.72, 0.98, 23), (3, 2, 0.42, 0.91, 0)]
    assert {page: a.canonical_id for page, a in assign(nodes, edges).items()} == {
        1: 1, 2: 1, 3: 1}
    # 1 covering 2 only in part (0.75): no bound to stand on
    edges = [(2, 1, 0.5, 0.75, 23), (3, 2, 0.42, 0.91, 0)]
    assert assign(nodes, edges)[3].canonical_id == 3


def test_a_part_follows_the_canonical_with_its_edited_copy_that_joins_through_it() -> None:
    # copies21's leftover: 1 a local copy of a wire story (the longest), 2 another site's half
    # trim with a local paragraph of its own (1 covers it at 0.85, Jaccard 0.45), 3 a worse
    # version of 2, 5 % of its words edited or dropped (Jaccard 0.6 with 2), that 1 covers
    # below the bar (no match).  Rule 4 kept 2 from 1 (its full copy 3 does not match 1),
    # leaving both apart; but 1 holds at least 0.93 * 295 - 0.15 * 300 = 229 of 3's 295 words
    # through 2, so 3 joins 1 through 2 (rule 2b) and 2 leaves nothing behind: both join 1.
    nodes = [node(1, 500), node(2, 300), node(3, 295)]
    edges: list[EdgeRow] = [(2, 1, 0.45, 0.85, 0), (3, 2, 0.6, 0.93, 0)]
    result = assign(nodes, edges)
    assert {page: a.canonical_id for page, a in result.items()} == {1: 1, 2: 1, 3: 1}
    for permutation in itertools.permutations(nodes):
        assert assign(list(permutation), list(reversed(edges))) == result
    # a story opening with a caption 1 carries (covered at 0.5): its copies stay with it
    nodes = [node(1, 1600), node(2, 400), node(3, 300)]
    edges = [(2, 1, 0.06, 0.5), (3, 2, 0.93, 0.99)]
    assert {page: a.canonical_id for page, a in assign(nodes, edges).items()} == {
        1: 1, 2: 2, 3: 2}
