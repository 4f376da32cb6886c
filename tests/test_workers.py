"""Worker processes: cleaning and verification give the same results as in one process."""

from __future__ import annotations

from itertools import combinations

import pytest

from clipper import workers as workers_module
from clipper.config import Config, MatchConfig
from clipper.fingerprint import MinHasher, fingerprint_texts
from clipper.match import Candidate, verify
from clipper.workers import Workers
from tests.test_match import corpus


def test_parallel_verification_gives_the_serial_edges_in_the_same_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config = Config(workers=2)
    hasher = MinHasher(config.fingerprint)
    prints = [f for f in fingerprint_texts(corpus(), hasher) if f is not None]
    candidates = {
        page_id: Candidate(page_id, f.shingle_sequence, f.shingles, (-f.word_count, page_id))
        for page_id, f in enumerate(prints, start=1)
    }
    pairs = list(combinations(sorted(candidates), 2))  # every pair: 2,145 of them
    serial = verify(((candidates[a], candidates[b]) for a, b in pairs), MatchConfig())
    assert len(serial) >= 15  # the corpus's trims, edits and leads of its bases
    monkeypatch.setattr(workers_module, "PARALLEL_VERIFY_MIN_PAIRS", 0)
    pool = Workers(config)
    try:
        assert pool.verify(pairs, candidates) == serial
        assert pool.verify(pairs[:3], candidates) == verify(
            ((candidates[a], candidates[b]) for a, b in pairs[:3]), MatchConfig()
        )
    finally:
        pool.close()


def _sigint_handler(_: object) -> object:
    import signal

    return signal.getsignal(signal.SIGINT)


def test_pool_workers_leave_ctrl_c_to_the_main_process() -> None:
    """A terminal's Ctrl-C reaches every process of the group: workers ignore it (no traceback
    per worker), the main process stops the run and ends the pools."""
    import signal

    pools = Workers(Config(workers=2))
    try:
        for pool in (pools._pool, pools._verify_pool):
            assert pool is not None
            assert set(pool.map(_sigint_handler, range(4))) == {signal.SIG_IGN}
    finally:
        pools.close()
