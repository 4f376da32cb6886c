"""Candidate generation equals datasketch's MinHashLSH; verification decides variants."""

from __future__ import annotations

import random

import numpy as np
import pytest
from datasketch import MinHashLSH

from clipper.candidates import batch_candidates, batch_overlaps, pair_overlaps
from clipper.config import FingerprintConfig, MatchConfig
from clipper.fingerprint import fingerprint_texts
from clipper.match import Candidate, pair_hits, verify, verify_pair
from clipper.minhash import MinHasher, index_keys
from clipper.screen import screen
from clipper.shingles import hits_coverage, shingle_hits, similarity


def corpus(seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(400)]
    bases = [" ".join(rng.choice(vocab) for _ in range(rng.randint(60, 200))) for _ in range(40)]
    texts = list(bases)
    for base in bases[:25]:
        tokens = base.split()
        kind = rng.choice(["trim", "edit", "lead"])
        if kind == "trim":
            texts.append(" ".join(tokens[: len(tokens) // 3]))
        elif kind == "edit":
            texts.append(" ".join(t if rng.random() > 0.1 else "changed" for t in tokens))
        else:
            texts.append("DATELINE (Wire) " + " ".join(tokens[:70]))
    return texts


def test_batch_candidates_are_exactly_datasketch_lsh_buckets() -> None:
    config = FingerprintConfig()
    hasher = MinHasher(config)
    prints = [f for f in fingerprint_texts(corpus(), hasher) if f is not None]
    keys = index_keys(
        np.vstack([f.signature for f in prints]),
        np.vstack([f.lead_signature for f in prints]),
        config,
    )
    expected: set[tuple[int, int]] = set()
    lead_perms = config.lead_bands * config.lead_rows
    for num_perm, params, signatures in (
        (config.num_perm, (config.lsh_bands, config.lsh_rows), [f.signature for f in prints]),
        (lead_perms, (config.lead_bands, config.lead_rows), [f.lead_signature for f in prints]),
    ):
        lsh = MinHashLSH(num_perm=num_perm, params=params)
        for index, signature in enumerate(signatures):
            minhash = hasher.lean_minhash(signature)
            expected.update((int(other), index) for other in lsh.query(minhash))
            lsh.insert(index, minhash)
    found = batch_candidates(keys)
    assert found == expected
    assert len(found) >= 15  # most of the 25 variants above collide with their base


def test_batch_overlaps_count_the_keys_each_pair_of_rows_shares() -> None:
    rng = np.random.default_rng(5)
    # 40 rows, each 1-30 distinct keys out of 60: many rows share a key, some share many
    per_row = [np.unique(rng.integers(0, 60, size=rng.integers(1, 31))) for _ in range(40)]
    keys = np.concatenate(per_row).astype(np.int64)
    rows = np.concatenate([np.full(len(k), row) for row, k in enumerate(per_row)]).astype(np.int64)
    shuffle = rng.permutation(len(keys))
    overlaps = batch_overlaps(keys[shuffle], rows[shuffle])
    found = {(i, j): n for i, j, n in overlaps.tolist()}
    assert [tuple(pair) for pair in overlaps[:, :2].tolist()] == sorted(found)  # (i, j) order
    expected = {
        (i, j): len(np.intersect1d(per_row[i], per_row[j]))
        for i in range(40)
        for j in range(i + 1, 40)
        if len(np.intersect1d(per_row[i], per_row[j]))
    }
    assert found == expected
    assert set(found) == batch_candidates(keys, rows)
    assert batch_overlaps(np.array([7], dtype=np.int64), np.array([0], dtype=np.int64)).shape == (
        0,
        3,
    )


def _candidates(texts: dict[str, str]) -> dict[str, Candidate]:
    """Each text fingerprinted with the default settings, as a verification candidate named
    by its key (rank: more words first, then the name)."""
    prints = fingerprint_texts(list(texts.values()), MinHasher(FingerprintConfig()))
    return {
        name: Candidate(index, f.shingle_sequence, f.shingles, (-f.word_count, name))
        for index, (name, f) in enumerate(zip(texts, prints, strict=True))
        if f is not None
    }


def test_verification_accepts_copies_and_trims_and_rejects_different_texts() -> None:
    full = " ".join(f"tok{i}" for i in range(300))
    texts = {
        "full": full,
        "trim": " ".join(f"tok{i}" for i in range(90)),  # first 30 %: contained
        # 4 % of the story from its middle: too small to be an excerpt
        "tiny": " ".join(f"tok{i}" for i in range(200, 212)),
        "other": " ".join(f"other{i}" for i in range(300)),
        "lead": " ".join(f"tok{i}" for i in range(12)),  # its first 12 words
    }
    candidates = _candidates(texts)
    pairs = [(candidates["full"], candidates[name]) for name in ("trim", "tiny", "other", "lead")]
    edges = verify(pairs, MatchConfig())
    # the story's opening is a brief of it at any length ratio
    assert [(e.page_id, e.better_page_id) for e in edges] == [(1, 0), (4, 0)]
    assert edges[0].containment == edges[1].containment == 1.0


def test_pair_overlaps_add_up_per_kind_and_leave_out_band_pairs() -> None:
    ids = np.array([10, 11, 12], dtype=np.int64)  # batch rows → page ids
    passages = (
        np.array([[0, 1, 3], [1, 2, 1]], dtype=np.int64),  # in the batch: rows (i, j, n)
        np.array([[0, 4, 2], [2, 4, 5]], dtype=np.int64),  # archived: (row, stored id, n)
    )
    openings = (
        np.array([[0, 1, 2]], dtype=np.int64),
        np.array([[0, 4, 1], [1, 7, 1]], dtype=np.int64),
    )
    found = pair_overlaps([passages, openings], ids, {(12, 11)})
    assert sorted(map(tuple, found.tolist())) == [
        (4, 10, 2, 1),
        (4, 12, 5, 0),
        (7, 11, 0, 1),
        (10, 11, 3, 2),
    ]
    empty = np.empty((0, 3), dtype=np.int64)
    assert pair_overlaps([(empty, empty), (empty, empty)], ids, set()).shape == (0, 4)


def test_a_long_excerpt_from_the_middle_is_a_copy_at_any_length_ratio() -> None:
    # A rewrite carrying 4-5 paragraphs (230 words) from the middle of a 7,000-word story is
    # 3 % of it: still a copy (MatchConfig.min_part_words); a 60-word caption from the same
    # place is not (below both the length ratio and the word floor).
    story = [f"tok{i}" for i in range(7000)]
    intro = "a local intro line of its own before the wire text"
    texts = {
        "story": " ".join(story),
        "excerpt": intro + " " + " ".join(story[3000:3230]),
        "caption": " ".join(story[3000:3060]),
    }
    candidates = _candidates(texts)
    pairs = [(candidates["story"], candidates[name]) for name in ("excerpt", "caption")]
    edges = verify(pairs, MatchConfig())
    assert [(e.page_id, e.better_page_id) for e in edges] == [(1, 0)]
    assert edges[0].containment > 0.9
    assert verify(pairs, MatchConfig(min_part_words=10_000, min_part_run=10_000)) == []


def test_a_short_rewrite_carrying_two_paragraphs_whole_is_a_copy_of_a_long_story() -> None:
    # An intro line of its own and 4 short paragraphs (130 words, 125 of them one run) from the
    # middle of a 3,200-word story: 4 % of it and under min_part_words, but a 100-word run is
    # a passage of the story, not a caption (MatchConfig.min_part_run).  A 90-word caption
    # from the same place stays apart, and so does the rewrite when its run is broken in two.
    story = [f"tok{i}" for i in range(3200)]
    intro = "our correspondent adds a few words of her own"
    texts = {
        "story": " ".join(story),
        "rewrite": intro + " " + " ".join(story[1500:1625]),
        "caption": " ".join(story[1500:1590]),
        "broken": intro
        + " "
        + " ".join(story[1500:1560])
        + " an inserted line of furniture "
        + " ".join(story[1700:1765]),
    }
    candidates = _candidates(texts)
    pairs = [(candidates["story"], candidates[name]) for name in ("rewrite", "caption", "broken")]
    edges = verify(pairs, MatchConfig())
    assert [(e.page_id, e.better_page_id) for e in edges] == [(1, 0)]
    assert edges[0].containment > 0.9
    assert verify(pairs[:1], MatchConfig(min_part_run=200)) == []


def test_a_short_brief_kept_with_its_page_furniture_is_a_brief() -> None:
    # A 40-word brief that the cleaner could only keep with its page's byline, share bar and
    # topics line (13 words the full story does not have): its head and its coverage fall
    # below the bar, but everything else is the story's opening (MatchConfig.
    # brief_furniture_words).  The same furniture around a paragraph from the middle of the
    # story, or around the story's first sentence and one of another story, is no brief.
    rng = random.Random(17)
    vocab = [f"v{i}" for i in range(3000)]
    story = [" ".join(rng.choice(vocab) for _ in range(30)) for _ in range(12)]
    other = " ".join(rng.choice(vocab) for _ in range(15))

    def with_furniture(body: str) -> str:
        return f"Harbour vote By Harbor staff · 2026-07-14 Share on Facebook {body} Topics: News"

    texts = {
        "story": "Harbour vote " + " ".join(story),
        "brief": with_furniture(story[0]),
        "middle": with_furniture(story[6]),
        "mixed": with_furniture(" ".join(story[0].split()[:15]) + " " + other),
    }
    candidates = _candidates(texts)
    pairs = [(candidates["story"], candidates[name]) for name in ("brief", "middle", "mixed")]
    edges = verify(pairs, MatchConfig())
    assert [(e.page_id, e.better_page_id) for e in edges] == [(1, 0)]
    assert edges[0].containment < MatchConfig().containment_threshold
    assert verify(pairs[:1], MatchConfig(brief_furniture_words=10)) == []


def test_two_short_reports_sharing_a_long_name_are_not_briefs_of_each_other() -> None:
    # Two 20-40-word clips of one event open with the same 12-word name and title: the
    # shorter's head is covered (0.86), but no run of 15 words is shared
    # (MatchConfig.brief_min_words), so neither is a brief of the other.
    name = "Councillor Ada Merrow (Harbour Party), Vice Chair of the Quarrington Tide Committee,"
    texts = [
        f"{name} told us that Governor Ilse Varrow will delay the vote.",
        f"On the morning show, {name} says that Governor Ilse Varrow will raise the ferry fares "
        "in April and that she would prefer a vote of the whole council first.",
    ]
    first, second = fingerprint_texts(texts, MinHasher(FingerprintConfig()))
    assert first is not None and second is not None
    pair = (
        Candidate(1, first.shingle_sequence, first.shingles, (-first.word_count, 1)),
        Candidate(2, second.shingle_sequence, second.shingles, (-second.word_count, 2)),
    )
    assert verify([pair], MatchConfig()) == []
    assert len(verify([pair], MatchConfig(brief_min_words=5))) == 1  # the head alone would do


def test_pair_hits_are_one_search_per_position_and_the_shared_shingles() -> None:
    """Verification searches the shorter page's distinct shingles and spreads the hits to its
    positions (match.pair_hits): the hits of a binary search per position, and the number of
    shingles the pages share; edges carry fingerprint.similarity's Jaccard and the coverage
    of those hits, on copies, trims, briefs and strangers."""
    candidates = _candidates({str(k): v for k, v in enumerate(corpus(7))})
    names = sorted(candidates)
    pairs = [(candidates[a], candidates[b]) for i, a in enumerate(names) for b in names[i + 1 :]]
    coverage_of: dict[frozenset[int], float] = {}
    for first, second in pairs:
        shorter, longer = sorted((first, second), key=lambda c: (len(c.sequence), c.rank))
        hit, common = pair_hits(
            shorter, longer, np.searchsorted(shorter.shingles, shorter.sequence)
        )
        expected = shingle_hits(shorter.sequence, longer.shingles)
        assert np.array_equal(hit, expected)
        assert common == len(np.intersect1d(first.shingles, second.shingles))
        coverage_of[frozenset((first.page_id, second.page_id))] = hits_coverage(expected, 5)
    found = verify(pairs, MatchConfig())
    assert len(found) >= 20  # the corpus's 25 variants, most of them matched
    by_id = {c.page_id: c for c in candidates.values()}
    for edge in found:
        worse, better = by_id[edge.page_id], by_id[edge.better_page_id]
        assert worse.rank > better.rank
        assert edge.jaccard == similarity(worse.shingles, better.shingles)[0]
        assert edge.containment == coverage_of[frozenset((edge.page_id, edge.better_page_id))]


def _day_of_shared_paragraphs(seed: int) -> list[str]:
    """Pages made of runs of paragraphs from a few shared sources (a day of wire copy): full
    copies, trims, briefs with furniture, edited copies, and many pages that share one or two
    paragraphs without being copies."""
    rng = random.Random(seed)
    vocab = [f"v{i}" for i in range(2000)]
    sources = [
        [" ".join(rng.choice(vocab) for _ in range(rng.randint(20, 45))) for _ in range(10)]
        for _ in range(6)
    ]
    pages = []
    for _ in range(70):
        parts = []
        for source in rng.sample(sources, rng.randint(1, 3)):
            start = rng.randrange(len(source))
            parts.extend(source[start : start + rng.randint(1, 6)])
        pages.append(" ".join(parts))
    for page in list(pages[:30]):
        tokens = page.split()
        kind = rng.choice(["trim", "edit", "brief", "copy"])
        if kind == "trim":
            pages.append(" ".join(tokens[: max(15, len(tokens) // 3)]))
        elif kind == "edit":
            pages.append(" ".join(t if rng.random() > 0.05 else "changed" for t in tokens))
        elif kind == "brief":
            pages.append("By staff Share " + " ".join(tokens[:30]) + " Topics: News")
        else:
            pages.append("Skip to content " + page + " Read also: more")
    return pages


def test_the_screen_never_drops_a_pair_the_exact_walk_would_match() -> None:
    # verify() walks only the pairs screen() keeps; every pair it drops must be one the exact
    # walk rejects, and it must drop most pairs that share a paragraph without being copies.
    config = MatchConfig()
    for seed in (1, 2, 3):
        pages = _day_of_shared_paragraphs(seed)
        candidates = list(_candidates({str(i): page for i, page in enumerate(pages)}).values())
        oriented = []
        for index, first in enumerate(candidates):
            for second in candidates[index + 1 :]:
                if not len(np.intersect1d(first.shingles, second.shingles)):
                    continue
                worse, better = (first, second) if first.rank > second.rank else (second, first)
                shorter, longer = sorted((worse, better), key=lambda c: (len(c.sequence), c.rank))
                oriented.append((worse, better, shorter, longer))
        kept = screen([(s, lg) for _, _, s, lg in oriented], config)
        exact = [
            verify_pair(w, b, s, lg, np.searchsorted(s.shingles, s.sequence), config)
            for w, b, s, lg in oriented
        ]
        matched = [edge is not None for edge in exact]
        assert not any(m and not k for m, k in zip(matched, kept, strict=True))
        assert sum(matched) >= 20 and sum(kept) < 0.5 * len(kept)
        assert verify([(w, b) for w, b, _, _ in oriented], config) == [
            edge for edge in exact if edge is not None
        ]


def test_the_screen_is_the_same_in_any_chunking_and_order_and_keeps_every_match(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # screen() marks each longer page once in a table of 256 rows and lays the shorter pages'
    # positions end to end: a pair's verdict must not depend on which other pairs share its
    # chunk or on the order pairs come in, and pages whose shingles repeat (a paragraph
    # printed twice: more positions than distinct shingles) or of a word or two must never
    # lose a match.
    import clipper.screen

    config = MatchConfig()
    rng = random.Random(7)
    pages = _day_of_shared_paragraphs(4)
    for page in list(pages[:20]):
        tokens = page.split()
        half = " ".join(tokens[: len(tokens) // 2])
        pages.append(f"{half} {half} {half}")  # repeats
        pages.append(" ".join(tokens[:2]))  # one position
        pages.append(" ".join(tokens[:6]))  # two positions
    candidates = list(_candidates({str(i): page for i, page in enumerate(pages)}).values())
    pairs: list[tuple[Candidate, Candidate]] = []
    for index, first in enumerate(candidates):
        for second in candidates[index + 1 :]:
            if len(np.intersect1d(first.shingles, second.shingles)):
                shorter, longer = sorted((first, second), key=lambda c: (len(c.sequence), c.rank))
                pairs.append((shorter, longer))
    whole = screen(pairs, config)
    exact = [
        verify_pair(s, lg, s, lg, np.searchsorted(s.shingles, s.sequence), config) is not None
        for s, lg in pairs
    ]
    assert not any(m and not k for m, k in zip(exact, whole, strict=True))
    assert sum(exact) >= 20 and sum(whole) < 0.5 * len(whole)
    monkeypatch.setattr(clipper.screen, "_CHUNK_ROWS", 3)
    monkeypatch.setattr(clipper.screen, "_CHUNK_POSITIONS", 200)
    order = list(range(len(pairs)))
    rng.shuffle(order)
    shuffled = screen([pairs[i] for i in order], config)
    assert [shuffled[order.index(i)] for i in range(len(pairs))] == whole
