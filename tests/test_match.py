"""Candidate generation equals datasketch's MinHashLSH; verification decides variants."""

from __future__ import annotations

import random

import numpy as np
from datasketch import MinHashLSH

from clipper.config import FingerprintConfig, MatchConfig
from clipper.fingerprint import MinHasher, fingerprint_texts, index_keys
from clipper.match import Candidate, batch_candidates, verify


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


def test_verification_accepts_copies_and_trims_and_rejects_different_texts() -> None:
    hasher = MinHasher(FingerprintConfig())
    full = " ".join(f"tok{i}" for i in range(300))
    texts = {
        "full": full,
        "trim": " ".join(f"tok{i}" for i in range(90)),  # first 30 %: contained
        # 4 % of the story from its middle: too small to be an excerpt
        "tiny": " ".join(f"tok{i}" for i in range(200, 212)),
        "other": " ".join(f"other{i}" for i in range(300)),
        "lead": " ".join(f"tok{i}" for i in range(12)),  # its first 12 words
    }
    prints = dict(zip(texts, fingerprint_texts(list(texts.values()), hasher), strict=True))
    candidates = {
        name: Candidate(index, f.shingle_sequence, f.shingles, (-f.word_count, name))
        for index, (name, f) in enumerate(prints.items())
        if f is not None
    }
    pairs = [(candidates["full"], candidates[name]) for name in ("trim", "tiny", "other", "lead")]
    edges = verify(pairs, MatchConfig())
    # the story's opening is a brief of it at any length ratio
    assert [(e.page_id, e.better_page_id) for e in edges] == [(1, 0), (4, 0)]
    assert edges[0].containment == edges[1].containment == 1.0
