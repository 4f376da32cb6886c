"""Worker processes: cleaning and verification give the same results as in one process."""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest

from clipper import workers as workers_module
from clipper.config import Config, MatchConfig
from clipper.fingerprint import fingerprint_texts
from clipper.keptpages import Kept, KeptPages
from clipper.match import Candidate, verify
from clipper.minhash import MinHasher
from clipper.sentpages import SentPages
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


def test_pool_workers_leave_ctrl_c_to_the_main_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """A terminal's Ctrl-C reaches every process of the group: workers ignore it (no traceback
    per worker), the main process stops the run and ends the pools."""
    import signal

    monkeypatch.setattr(workers_module, "PARALLEL_VERIFY_MIN_PAIRS", 0)
    from clipper.page import RawPage

    pools = Workers(Config(workers=2))
    try:
        # each pool starts when first needed: a run whose pages are all archived starts none
        assert pools._pool is None and pools._verify_pool is None
        assert pools.submit([])() == []
        assert pools._pool is None
        page = RawPage("a.txt", "text", b"Dockworkers walked out at dawn on Tuesday.\n" * 30)
        assert len(pools.submit([page])()) == 1
        assert pools.verify([], {}) == []
        for pool in (pools._pool, pools._verify_pool):
            assert pool is not None
            assert set(pool.map(_sigint_handler, range(4))) == {signal.SIG_IGN}
    finally:
        pools.close()


def _summary(item: object) -> tuple[object, ...]:
    """What a prepared page hands the main process, in comparable form."""
    from clipper.page import Rejection
    from clipper.workers import Prepared

    if isinstance(item, Rejection):
        return ("rejected", item.origin, item.reason)
    assert isinstance(item, Prepared)
    fp = item.fingerprint
    return (
        item.article.origin,
        item.article.title,
        item.article.text,
        fp.content_hash,
        fp.signature.tobytes(),
        fp.lead_signature.tobytes(),
        fp.passage_keys.tobytes(),
        fp.opening_keys.tobytes(),
        item.story_vector.to_bytes(),
        sorted(item.line_keys),
        item.search_title,
        item.search_body,
    )


def _warmed_here(config: Config) -> bool:
    return config in workers_module._warmed


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_workers_started_either_way_prepare_what_one_process_prepares(start_method: str) -> None:
    """Forked workers inherit the main process's one-time set-up; spawned ones (macOS,
    Windows, later Pythons' default) do it as they start: the pages come back the same."""
    from pathlib import Path

    from clipper.read import read_pages
    from clipper.workers import prepare

    fixtures = Path(__file__).resolve().parent.parent / "fixtures"
    config = Config(workers=2)
    pages = list(
        read_pages([str(fixtures / "html"), str(fixtures / "text")], config.read, lambda r: None)
    )
    assert len(pages) >= 10
    inline = [_summary(item) for item in prepare(pages, config)]
    pool = Workers(config, start_method)
    try:
        pool.start()
        assert pool._pool is not None
        assert pool._pool.apply(_warmed_here, (config,))  # set up before its first page
        pending = [pool.submit(pages[i : i + 3]) for i in range(0, len(pages), 3)]
        assert [_summary(item) for wait in pending for item in wait()] == inline
    finally:
        pool.close()


def _language_model_loaded() -> bool:
    from clipper import language

    return language._identifier.cache_info().currsize == 1


def test_forked_workers_keep_the_language_model_the_main_process_lets_go() -> None:
    """The main process loads py3langid's model (~95 MB) only for the workers it forks: they
    inherit it, and it lets go of its own copy; an undeclared page is still identified."""
    from clipper import language
    from clipper.page import RawPage
    from clipper.workers import Prepared

    config = Config(workers=2)
    text = (
        "Der Stadtrat hat am Dienstag beschlossen, an Werktagen zwei frühe Fährverbindungen "
        "einzurichten. Pendler hatten sich beklagt, dass das erste Boot zu spät ablege.\n\n"
        "Der neue Fahrplan gilt ab dem nächsten Monat und wird nach einer Saison überprüft, "
        "sagten Mitglieder des Rates; die Preise bleiben für Einwohner und Studenten gleich.\n"
    )
    page = RawPage("dump/faehre.txt", "text", text, url="https://hafen.invalid/faehre")
    pool = Workers(config, "fork")
    try:
        pool.start()
        assert pool._pool is not None
        assert not _language_model_loaded()
        assert pool._pool.apply(_language_model_loaded)  # inherited, not loaded again
        [item] = pool.submit([page])()
        assert isinstance(item, Prepared) and item.article.language == "de"
    finally:
        pool.close()
    assert language.detect_language(text) == "de"  # loaded again where needed


def test_verification_chunks_carry_each_view_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    """A verification worker is sent a chunk's views packed (``SentPages``): each page comes
    back with the same sequence, positions and held shingles, dtypes included, and the pool's
    edges are the serial ones, for pages whose sign-off and caption lines verification leaves
    out (positions and held shingles of their own) as for whole ones."""
    texts = corpus()
    texts = [
        text + "\n\nCopyright 2026 The Associated Press. All rights reserved." if i % 3 == 0
        else text + "\n\nIn this photo taken on Monday, the harbor ferry leaves the pier. "
        "(AP Photo/Jane Doe)" if i % 3 == 1 else text
        for i, text in enumerate(texts)
    ]
    config = Config(workers=2)
    prints = [f for f in fingerprint_texts(texts, MinHasher(config.fingerprint)) if f is not None]
    candidates = {
        page_id: Candidate.of(page_id, f.match, (-f.word_count, page_id))
        for page_id, f in enumerate(prints, start=1)
    }
    assert any(c.positions is not None for c in candidates.values())
    assert any(c.whole is not None for c in candidates.values())
    assert any(c.positions is None for c in candidates.values())
    sent = SentPages.of(list(candidates.values()))
    for (page_id, view, rank), page in zip(sent.pages(), candidates.values(), strict=True):
        assert (page_id, rank) == (page.page_id, page.rank)
        for got, want in zip(view, page.view, strict=True):
            assert (got is None) == (want is None)
            if isinstance(got, np.ndarray) and isinstance(want, np.ndarray):
                assert got.dtype == want.dtype and got.tolist() == want.tolist()
            else:  # MatchView.lead_words, a tuple
                assert got == want
    pairs = list(combinations(sorted(candidates), 2))
    serial = verify(((candidates[a], candidates[b]) for a, b in pairs), MatchConfig())
    monkeypatch.setattr(workers_module, "PARALLEL_VERIFY_MIN_PAIRS", 0)
    pool = Workers(config)
    try:
        assert pool.verify(pairs, candidates) == serial
    finally:
        pool.close()


def test_a_chunk_is_prepared_with_fewer_collections(monkeypatch: pytest.MonkeyPatch) -> None:
    """The garbage collector's youngest generation waits for PREPARE_GC_THRESHOLD allocations
    while a chunk is prepared, and gets its threshold back after (even when preparing fails)."""
    import gc

    from clipper.workers import prepare

    seen: list[tuple[int, int, int]] = []

    def record(pages: object, config: object) -> list[object]:
        seen.append(gc.get_threshold())
        return []

    before = gc.get_threshold()
    monkeypatch.setattr(workers_module, "_prepare", record)
    prepare([], Config())
    assert seen == [(workers_module.PREPARE_GC_THRESHOLD, *before[1:])]
    assert gc.get_threshold() == before

    def fail(pages: object, config: object) -> list[object]:
        raise RuntimeError("a page")

    monkeypatch.setattr(workers_module, "_prepare", fail)
    with pytest.raises(RuntimeError):
        prepare([], Config())
    assert gc.get_threshold() == before


def test_cached_pages_go_to_the_workers_as_the_cache_keeps_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Stored pages in the run's candidate cache (``KeptPages``) go to a verification worker
    as the cache keeps them (``SentKept``) and are decoded there: the main process decodes
    none of them (on a one-day night a batch's pairs reach most earlier pages, ~7,600 in the
    last batch of 10k records), and the edges are the serial ones, in the same order, whether
    the workers read them from the cache's file (forked while it was open) or are sent its
    bytes (a cache opened after); with one process they are decoded here, the same edges."""
    texts = [
        text + "\n\nIn this photo taken on Monday, the harbor ferry leaves the pier. "
        "(AP Photo/Jane Doe)" if i % 2 else text
        for i, text in enumerate(corpus())
    ]
    prints = [f for f in fingerprint_texts(texts, MinHasher(Config().fingerprint)) if f]
    candidates = {
        page_id: Candidate.of(page_id, f.match, (-f.word_count, page_id))
        for page_id, f in enumerate(prints, start=1)
    }
    pairs = list(combinations(sorted(candidates), 2))
    serial = verify(((candidates[a], candidates[b]) for a, b in pairs), MatchConfig())
    assert len(serial) >= 15
    stored = set(sorted(candidates)[len(candidates) // 3 :])
    kept = KeptPages(limit=len(candidates))
    kept.add(Kept.of(candidates[pid]) for pid in sorted(stored))
    given = {pid: c for pid, c in candidates.items() if pid not in stored}
    decoded: list[int] = []
    decode = Kept.candidate

    def counted(self: Kept) -> Candidate:
        decoded.append(self.page_id)
        return decode(self)

    monkeypatch.setattr(Kept, "candidate", counted)
    read: list[int] = []
    read_raw = KeptPages.raw

    def counted_raw(self: KeptPages, page_id: int) -> bytes:
        read.append(page_id)
        return read_raw(self, page_id)

    monkeypatch.setattr(KeptPages, "raw", counted_raw)
    monkeypatch.setattr(workers_module, "PARALLEL_VERIFY_MIN_PAIRS", 0)
    pool = Workers(Config(workers=2))
    later: KeptPages | None = None
    try:
        assert pool.verify(pairs, given, kept) == serial
        assert read == []  # the workers read the cache's file
        # a cache opened after the workers were forked: its bytes are sent
        later = KeptPages(limit=len(candidates))
        later.add(Kept.of(candidates[pid]) for pid in sorted(stored))
        assert pool.verify(pairs, given, later) == serial
        assert set(read) == stored
    finally:
        pool.close()
        if later is not None:
            later.close()
    assert decoded == []
    alone = Workers(Config(workers=1))
    try:
        assert alone.verify(pairs, given, kept) == serial
    finally:
        alone.close()
    assert sorted(decoded) == sorted(stored)
    kept.close()


def test_warm_up_makes_a_text_dumps_tables_before_the_workers_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What a cleaning worker would otherwise make on its first text dumps, each worker again
    (~0.2 s a worker on the one-day records): the sign-off patterns (made at the first short
    last line) and the search text's symbol table (at the first text NFKC changes) are made
    by warm_up, once, in the process that forks the workers, as dedupe's main process warms."""
    from clipper import closings, searchtext
    closings._patterns.cache_clear()
    searchtext._symbols.cache_clear()
    monkeypatch.setattr(workers_module, "_warmed", set())
    workers_module.warm_up(Config())
    assert closings._patterns.cache_info().currsize == 1
    assert searchtext._symbols.cache_info().currsize == 1


def test_warm_up_makes_the_amount_and_date_tables_before_the_workers_fork(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What each cleaning worker made again on its first pages (~0.25 s a worker): the amount
    pattern of the search text (a page writing "$2.5 million") and dateparser's zone patterns
    and English locale (a page's "Updated 5 March 2024, 9:15 am EST") are made by warm_up, once,
    in the process that forks the workers."""
    from clipper import amountpattern, localdates, paragraphs
    from clipper.monthnames import languages_of

    amountpattern.tables.cache_clear()
    localdates._parser.cache_clear()
    # and the answers kept of lines and paragraphs, which an earlier test's page may have read
    paragraphs.forget()
    monkeypatch.setattr(workers_module, "_warmed", set())
    workers_module.warm_up(Config())
    assert amountpattern.tables.cache_info().currsize == 1
    # the parser of the languages "March" names, made then: asked again, the cache answers
    made = localdates._parser.cache_info()
    localdates._parser(languages_of("Updated 5 March 2024, 9:15 am", "en"))
    assert localdates._parser.cache_info().hits == made.hits + 1
