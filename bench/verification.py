"""Verification alone: what a night's candidate pairs cost, this tree against every pair
walked and one search per position (issue 10: the main-process matching work that grows with
the day).

    python bench/verification.py [--records N] [--repeat K]

Input: the first ``--records`` (default 4,000) records of bench/oneday.py's one-day stream
(built at run time from ``../shared/data/wire-syndication-texts``; never committed), cleaned
and fingerprinted as ``clipper dedupe`` does it (one process), and their candidate pairs as
one batch of that size would find them: pairs sharing a band or lead key, and pairs sharing
enough passage or opening keys (``candidates.sharing_pairs``, ``MatchConfig.passage_share``).

Measured in one process, best of ``--repeat`` (default 2) each, alternating:

* ``verify`` as it is (a binary search per distinct shingle of the shorter page, in sorted
  order, spread back to its positions, found once a page; the Jaccard from the same search);
* every pair walked: ``match.verify_pair`` on every pair, without ``screen.screen`` (which
  drops, the pairs of 256 longer pages at once, the pairs whose bounds show they cannot
  match);
* the reference: the same verification with one binary search per position of the shorter
  page and a second search for the Jaccard (``fingerprint.similarity``): clipper before.

Reported: pairs, edges, microseconds a pair each way and the ratios; all must give the
same edges (Jaccard, coverage and offset included), or the script fails.
Without ``../shared/data`` the script prints "skipped" and exits 0.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import oneday
from _common import Run, figure, fmt, progress, shared_missing

from clipper.candidates import (
    batch_candidates,
    batch_overlaps,
    key_counts,
    key_rows,
    pair_overlaps,
    pair_rows,
    sharing_pairs,
)
from clipper.config import Config, MatchConfig
from clipper.idtable import IdTable
from clipper.match import Candidate, Edge, judge_pair, verify, verify_pair
from clipper.minhash import index_keys
from clipper.page import RawPage
from clipper.shingles import shingle_hits, similarity
from clipper.workers import Prepared, prepare


def reference_verify(
    pairs: list[tuple[Candidate, Candidate]], config: MatchConfig, shingle_words: int = 5
) -> list[Edge]:
    """``match.verify`` as it was before: one binary search per position of the shorter page
    in the longer page's whole text (``Candidate.held``: its photo captions too, as
    ``match.pair_hits``), and ``fingerprint.similarity`` of the two whole texts for the
    Jaccard; the pair then judged by ``match.judge_pair``, as ``match.verify_pair`` judges it
    (a copy of its judgement here fell behind it twice: ``8d998c2``'s closing block, then its
    one-address, lead-in, own-words and two-reports rules; and its search still looked in the
    shingles without captions after ``8fa2a15``)."""
    edges: list[Edge] = []
    for first, second in pairs:
        worse, better = (first, second) if first.rank > second.rank else (second, first)
        jaccard, _ = similarity(worse.held, better.held)
        shorter, longer = sorted((worse, better), key=lambda c: (len(c.sequence), c.rank))
        hit = shingle_hits(shorter.sequence, longer.held)
        # what follows is clipper's own judgement (match.judge_pair): only the search differs
        edge = judge_pair(worse, better, shorter, longer, hit, jaccard, config, shingle_words)
        if edge is not None:
            edges.append(edge)
    return edges


def walk_every_pair(
    pairs: list[tuple[Candidate, Candidate]], config: MatchConfig, shingle_words: int = 5
) -> list[Edge]:
    """``match.verify`` without its screen: the exact walk of every pair."""
    edges: list[Edge] = []
    where: dict[int, np.ndarray] = {}
    for first, second in pairs:
        worse, better = (first, second) if first.rank > second.rank else (second, first)
        shorter, longer = sorted((worse, better), key=lambda c: (len(c.sequence), c.rank))
        if shorter.page_id not in where:
            where[shorter.page_id] = np.searchsorted(shorter.shingles, shorter.sequence)
        edge = verify_pair(
            worse, better, shorter, longer, where[shorter.page_id], config, shingle_words
        )
        if edge is not None:
            edges.append(edge)
    return edges


def candidates_of(n: int) -> tuple[dict[int, Candidate], list[tuple[int, int]]]:
    """The first ``n`` one-day records as verification candidates, and their candidate pairs
    as one batch finds them."""
    config = Config(workers=1)
    raw = [
        RawPage(
            origin=f"oneday:{i}",
            kind="text",
            body=r["text"],
            url=r["url"],
            fetched_at=r["fetched_at"],
        )
        for i, r in enumerate(oneday.records(n))
    ]
    prints = [p.fingerprint for p in prepare(raw, config) if isinstance(p, Prepared)]

    bands, band_row = key_rows(
        index_keys(
            np.vstack([f.signature for f in prints]),
            np.vstack([f.lead_signature for f in prints]),
            config.fingerprint,
        )
    )
    none = np.empty((len(prints), 0), dtype=np.int64)
    passages, passage_row = key_rows(none, [f.passage_keys for f in prints])
    openings, opening_row = key_rows(none, [f.opening_index_keys() for f in prints])
    ids = np.arange(len(prints), dtype=np.int64)
    by_band = batch_candidates(bands, band_row)
    empty = np.empty((0, 3), dtype=np.int64)
    overlaps = pair_overlaps(
        [
            (batch_overlaps(passages, passage_row), empty),
            (batch_overlaps(openings, opening_row), empty),
        ],
        ids,
        by_band,
    )
    candidates = {
        i: replace(
            Candidate.of(i, f.match, (-f.word_count, str(i))),
            passage_keys=f.passage_keys,
            opening_keys=f.opening_keys,
        )
        for i, f in enumerate(prints)
    }
    counts = IdTable(2)
    counts.update((i, key_counts(candidate)) for i, candidate in candidates.items())
    pairs = [
        (a, b)
        for a, b in pair_rows(
            by_band, sharing_pairs(overlaps, counts, MatchConfig().passage_share)
        ).tolist()
    ]
    return candidates, pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--records", type=int, default=4_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    if not oneday.SOURCE.exists():
        print(shared_missing(oneday.SOURCE))
        return
    run = Run("verification")
    progress(f"cleaning and fingerprinting {args.records:,} one-day records ...")
    candidates, pairs = candidates_of(args.records)
    config = MatchConfig()
    ways: dict[str, Callable[[], list[Edge]]] = {
        "this tree": lambda: verify([(candidates[a], candidates[b]) for a, b in pairs], config),
        "every pair walked": lambda: walk_every_pair(
            [(candidates[a], candidates[b]) for a, b in pairs], config
        ),
        "one search per position": lambda: reference_verify(
            [(candidates[a], candidates[b]) for a, b in pairs], config
        ),
    }
    best: dict[str, float] = {}
    edges: dict[str, list[Edge]] = {}
    for _ in range(args.repeat):
        for name, way in ways.items():
            started = time.process_time()
            edges[name] = way()
            best[name] = min(best.get(name, float("inf")), time.process_time() - started)
    if any(found != edges["this tree"] for found in edges.values()):
        raise SystemExit("the verifications gave different edges")
    per_pair = {name: seconds / len(pairs) * 1e6 for name, seconds in best.items()}
    ratio = per_pair["one search per position"] / per_pair["this tree"]
    walked = per_pair["every pair walked"] / per_pair["this tree"]
    run.data.update(
        {
            "records": args.records,
            "pairs": len(pairs),
            "edges": len(edges["this tree"]),
            "cpu_seconds": best,
        }
    )
    run.add(
        figure(
            f"verification, {args.records:,} one-day records: µs a pair, this tree",
            round(per_pair["this tree"], 1),
            "µs",
        ),
        figure(
            f"verification, {args.records:,} one-day records: µs a pair, one search per position",
            round(per_pair["one search per position"], 1),
            "µs",
        ),
        figure(
            f"verification, {args.records:,} one-day records: µs a pair, every pair walked",
            round(per_pair["every pair walked"], 1),
            "µs",
        ),
        figure("verification: one search per position ÷ this tree", round(ratio, 2), "×"),
        figure("verification: every pair walked ÷ this tree", round(walked, 2), "×"),
    )
    path = run.write()
    print(
        f"{args.records:,} records, {len(pairs):,} candidate pairs, "
        f"{len(edges['this tree']):,} edges (the same every way)"
    )
    for name, value in per_pair.items():
        print(f"  {name}: {fmt(value, 1)} µs a pair ({fmt(best[name], 2)} CPU s)")
    print(
        f"  ratios {fmt(ratio, 2)}× (one search per position), {fmt(walked, 2)}× (every pair "
        f"walked); loadavg start {run.data['loadavg_start']} "
        f"end {run.data['loadavg_end']}; wrote {path}"
    )


if __name__ == "__main__":
    main()
