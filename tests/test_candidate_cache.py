"""The match stage's memory: the candidate cache keeps each page packed (``keptpages.Kept``),
on disk (``keptpages.KeptPages``), and a batch's pairs are rows (``candidates.pair_rows``),
with the same edges as before."""

from __future__ import annotations

import random
from itertools import combinations

import numpy as np

from clipper.candidates import pair_rows
from clipper.config import Config, MatchConfig
from clipper.fingerprint import fingerprint_texts
from clipper.keptpages import Kept, KeptPages
from clipper.match import Candidate, verify
from clipper.minhash import MinHasher
from clipper.verification import _slice_of
from tests.test_match import corpus


def _candidates() -> dict[int, Candidate]:
    hasher = MinHasher(Config().fingerprint)
    prints = [f for f in fingerprint_texts(corpus(), hasher) if f is not None]
    out = {
        page_id: Candidate.of(page_id, f.match, (-f.word_count, f"https://a.example/{page_id}"))
        for page_id, f in enumerate(prints, start=1)
    }
    # one with captions left out of its sequence (positions and held shingles of its own) and
    # the words of its first two lines
    first = out[1]
    held = np.union1d(first.shingles, np.array([7, 8, 9], dtype=np.uint32))
    out[1] = Candidate(
        1, first.sequence, None, first.rank, whole=held.astype(np.uint32),
        positions=np.arange(len(first.sequence), dtype=np.int64) * 2 + 3,
        figures=np.array([11, 40], dtype=np.uint32), lead_words=(3, 17),
    )
    return out


def _on_disk(candidates: dict[int, Candidate]) -> dict[int, Candidate]:
    """``candidates`` written to a :class:`KeptPages` and read back from its file."""
    kept = KeptPages(limit=len(candidates))
    kept.add(Kept.of(c) for c in candidates.values())
    back = {pid: kept.get(pid).candidate() for pid in candidates}
    kept.close()
    return back


def test_a_cached_candidate_comes_back_as_it_went_in() -> None:
    candidates = _candidates()
    from_disk = _on_disk(candidates)
    for candidate in candidates.values():
        for back in (Kept.of(candidate).candidate(), from_disk[candidate.page_id]):
            assert back.page_id == candidate.page_id and back.rank == candidate.rank
            assert back.lead_words == candidate.lead_words
            assert back.quoted == candidate.quoted
            for name in ("sequence", "shingles", "whole", "positions", "figures"):
                before, after = getattr(candidate, name), getattr(back, name)
                if before is None:
                    assert after is None, name
                else:
                    assert after is not None and after.dtype == before.dtype, name
                    assert np.array_equal(after, before), name


def test_the_cache_keeps_a_page_once_and_at_most_its_limit() -> None:
    candidates = _candidates()
    first, second, third = sorted(candidates)[:3]
    kept = KeptPages(limit=2)
    kept.add([Kept.of(candidates[first])])
    # a page added again keeps its first entry; past the limit nothing more is kept
    kept.add(Kept.of(candidates[pid]) for pid in (first, second, third))
    assert len(kept) == 2 and first in kept and second in kept and third not in kept
    assert np.array_equal(kept.get(first).candidate().sequence, candidates[first].sequence)
    assert np.array_equal(kept.get(second).candidate().sequence, candidates[second].sequence)
    kept.clear()
    assert len(kept) == 0 and first not in kept
    kept.add([Kept.of(candidates[third])])
    assert np.array_equal(kept.get(third).candidate().sequence, candidates[third].sequence)
    kept.close()


def test_cached_candidates_give_the_same_edges() -> None:
    candidates = _candidates()
    cached = _on_disk(candidates)
    pairs = list(combinations(sorted(candidates), 2))
    fresh = verify(((candidates[a], candidates[b]) for a, b in pairs), MatchConfig())
    assert len(fresh) >= 15  # the corpus's trims, edits and leads of its bases
    assert verify(((cached[a], cached[b]) for a, b in pairs), MatchConfig()) == fresh


def test_pair_rows_is_the_sorted_union_of_the_pairs() -> None:
    band = {(12, 3), (4, 9), (1, 2)}
    shared = np.array([[1, 2], [4, 7], [12, 3], [30, 5]], dtype=np.int64)
    rows = pair_rows(band, shared)
    assert rows.dtype == np.int64 and rows.shape == (5, 2)
    assert [tuple(r) for r in rows.tolist()] == sorted(band | {(4, 7), (30, 5)})
    assert pair_rows(set(), np.empty((0, 2), dtype=np.int64)).shape == (0, 2)


def test_each_pair_goes_to_its_stored_page_s_slice() -> None:
    rng = random.Random(7)
    ordered = rng.sample(range(1, 400), 120)  # stored pages, cached ones first
    size = 50
    slice_of = {pid: i // size for i, pid in enumerate(ordered)}
    pairs = sorted({(rng.randrange(1, 500), rng.randrange(1, 500)) for _ in range(2000)})
    expected = [
        slice_of[a] if a in slice_of else slice_of.get(b, 0) for a, b in pairs
    ]
    found = _slice_of(
        np.array(pairs, dtype=np.int64), np.array(ordered, dtype=np.int64), size
    )
    assert found.tolist() == expected
    assert _slice_of(np.array(pairs), np.empty(0, dtype=np.int64), size).tolist() == [0] * len(
        pairs
    )
