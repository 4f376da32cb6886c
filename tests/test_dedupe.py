"""clipper dedupe on the fixtures: clusters, canonicals, order independence, idempotency."""

from __future__ import annotations

import json
import random
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from clipper import compounds, paragraphs, prefixes, searchtext, summarytext
from clipper.archive import Archive, open_archive
from clipper.config import Config
from clipper.models import CanonicalChange, Cluster, Page, Run
from clipper.pipeline import dedupe
from clipper.read import NOT_PAGES
from clipper.summary import RunSummary
from clipper.words import _words_by_paragraph, words
from tests.conftest import EXPECTED, FIXTURES, build, cluster_of, fixture_key, snapshot
from tests.test_copies import invented_paragraphs

Built = tuple[Archive, RunSummary]


def dump_files() -> list[Path]:
    return sorted(
        p for p in FIXTURES.rglob("*") if p.is_file() and p.suffix not in {".py", ".md", ".json"}
    )


def test_every_variant_group_is_one_cluster_with_the_expected_canonical(
    fixture_archive: Built,
) -> None:
    archive, _ = fixture_archive
    clusters = cluster_of(archive)
    snap = snapshot(archive)
    canonical = {tuple(keys): canon for keys, canon in snap["clusters"]}
    for group, keys in EXPECTED["variant_groups"].items():
        assert {clusters[key] for key in keys} == {clusters[keys[0]]}, group
        members = next(ks for ks in canonical if keys[0] in ks)
        assert set(members) == set(keys), f"{group}: unexpected members"
        assert canonical[members] == EXPECTED["canonicals"][group]


def test_different_articles_on_one_event_stay_apart(fixture_archive: Built) -> None:
    archive, _ = fixture_archive
    clusters = cluster_of(archive)
    for keys in EXPECTED["distinct_articles"]:
        assert len({clusters[key] for key in keys}) == len(keys), keys
    sizes: dict[int | None, int] = {}
    for cid in clusters.values():
        sizes[cid] = sizes.get(cid, 0) + 1
    for key in EXPECTED["singletons"]:
        assert sizes[clusters[key]] == 1, key


def test_index_pages_and_broken_files_are_counted_not_stored(fixture_archive: Built) -> None:
    archive, summary = fixture_archive
    stored = set(cluster_of(archive))
    for key in EXPECTED["no_article"]:
        assert key not in stored
    assert summary.skipped.get("no-article", 0) + summary.skipped.get("too-short", 0) >= 1
    expected_reasons: dict[str, int] = {}
    for reason in [*EXPECTED["rejected_files"].values(), *EXPECTED["rejected_records"].values()]:
        expected_reasons[reason] = expected_reasons.get(reason, 0) + 1
    for reason, count in expected_reasons.items():
        # a crawl's housekeeping records are counted apart from the problems
        counted = summary.not_pages if reason in NOT_PAGES else summary.skipped
        assert counted.get(reason) == count, reason
    assert not set(summary.skipped) & NOT_PAGES
    total = (
        summary.stored
        + summary.already_archived
        + summary.skipped_total
        + sum(summary.not_pages.values())
    )
    assert summary.pages_read == EXPECTED["reader"]["pages"]
    assert total >= summary.pages_read  # every page read is stored, a re-read, or skipped


def test_exact_duplicate_recorded_once(fixture_archive: Built) -> None:
    archive, summary = fixture_archive
    with archive.sessions() as session:
        duplicates = session.execute(
            select(Page.content_hash, func.count()).group_by(Page.content_hash)
        ).all()
        flagged = session.scalar(
            select(func.count()).select_from(Page).where(Page.is_exact_duplicate)
        )
    expected = sum(n - 1 for _, n in duplicates if n > 1)
    assert flagged == expected == summary.exact_duplicates
    assert expected >= 1


def test_update_is_stored_as_a_new_version_in_its_cluster(fixture_archive: Built) -> None:
    archive, _ = fixture_archive
    for update in EXPECTED["updates"]:
        with archive.sessions() as session:
            rows = session.execute(
                select(Page.version, Page.cluster_id).where(Page.url == update["url"])
            ).all()
        assert sorted(v for v, _ in rows) == list(range(1, update["versions"] + 1))
        assert len({c for _, c in rows}) == 1


def test_rerun_adds_nothing_and_changes_nothing(tmp_path: Path) -> None:
    archive, first = build(tmp_path / "a.db", [FIXTURES])
    before = snapshot(archive)
    second = dedupe(archive, [str(FIXTURES)])
    assert second.stored == 0
    reread = first.stored + first.already_archived + first.skipped.get("duplicate", 0)
    assert second.already_archived == reread
    assert "duplicate" not in second.skipped  # re-reading a dump is not a problem to report
    assert snapshot(archive) == before
    with archive.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CanonicalChange)) == 0
        statuses = session.scalars(select(Run.status).order_by(Run.id)).all()
    assert statuses == ["completed", "completed"]


def test_the_same_text_dump_named_from_another_directory_adds_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text files have no URL: they are known by their path, which must not depend on the
    directory clipper was started from or on how the path was typed."""
    dump = tmp_path / "dumps" / "night"
    dump.mkdir(parents=True)
    body = "The harbour ferry will run every half hour from May, the operator said on Monday. "
    (dump / "ferry.txt").write_text("Ferry timetable doubles\n\n" + body * 6)
    (dump / "museum.txt").write_text(
        "Museum reopens\n\n" + "The town museum reopens after a two-year refit of its roof. " * 6
    )
    monkeypatch.chdir(tmp_path)
    archive, first = build(tmp_path / "a.db", ["dumps/night"])
    assert first.stored == 2
    monkeypatch.chdir(dump)
    again = dedupe(archive, ["."])
    monkeypatch.chdir(dump.parent)
    once_more = dedupe(archive, ["./night/../night", str(dump)])
    assert (again.stored, again.already_archived) == (0, 2)
    assert (once_more.stored, once_more.already_archived) == (0, 2)
    with archive.sessions() as session:
        origins = session.scalars(select(Page.origin).order_by(Page.origin)).all()
    assert origins == [str(dump / "ferry.txt"), str(dump / "museum.txt")]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_any_order_any_batching_any_nights_gives_the_same_archive(
    tmp_path: Path, fixture_archive: Built, seed: int
) -> None:
    files = dump_files()
    random.Random(seed).shuffle(files)
    nights = [files[i::seed] for i in range(seed)]  # 1, 2 or 3 runs over disjoint subsets
    archive = open_archive(str(tmp_path / "a.db"))
    for night in nights:
        dedupe(archive, [str(p) for p in night], batch_size_config(seed))
    assert snapshot(archive)["clusters"] == snapshot(fixture_archive[0])["clusters"]


def batch_size_config(seed: int) -> Config:
    return Config(workers=1, batch_size=[1, 3, 7][seed - 1])


def test_run_summary_counts_do_not_depend_on_the_batch_size(
    tmp_path: Path, fixture_archive: Built
) -> None:
    """The summary says what the run left in the archive: a cluster made and merged again
    later in the run is not new, a page that became an exact copy later in the run is one."""
    _, whole = fixture_archive
    counts = ("stored", "exact_duplicates", "new_clusters", "joined_existing", "canonical_changes")
    for size in (1, 2, 5):
        files = dump_files()
        random.Random(size).shuffle(files)
        _, batched_run = build(tmp_path / f"b{size}.db", files, batch_size=size)
        assert [getattr(batched_run, c) for c in counts] == [getattr(whole, c) for c in counts]
    with fixture_archive[0].sessions() as session:
        clusters = session.scalar(select(func.count()).select_from(Cluster))
        copies = session.scalar(select(func.count()).where(Page.is_exact_duplicate))
    assert (whole.new_clusters, whole.exact_duplicates) == (clusters, copies)
    assert (whole.joined_existing, whole.canonical_changes) == (0, 0)


def test_an_earlier_copy_arriving_later_becomes_canonical_and_is_recorded(
    tmp_path: Path, fixture_archive: Built
) -> None:
    """The canonical of the strike's full copies is the earliest published (cluster rule 6):
    the longest copy, an update published last, arriving a night later joins without taking
    it; the earliest (dailyharbor's page, both its versions) arriving later takes it, and the
    change is recorded.  The archive is then the one a single run gives."""
    group = EXPECTED["variant_groups"]["port-strike"]
    canonical = EXPECTED["canonicals"]["port-strike"]
    files = dump_files()
    update = [p for p in files if "valley-sentinel" in p.name]
    earliest = [p for p in files if "dailyharbor-port-strike" in p.name or "cc-news" in p.name]
    archive, _ = build(tmp_path / "a.db", [p for p in files if p not in update + earliest])
    assert cluster_of(archive).get(canonical) is None
    summary = dedupe(archive, [str(p) for p in update])
    assert (summary.canonical_changes, summary.joined_existing, summary.new_clusters) == (0, 1, 0)
    summary = dedupe(archive, [str(p) for p in earliest])
    assert summary.canonical_changes >= 1
    clusters = cluster_of(archive)
    assert {clusters[k] for k in group} == {clusters[group[0]]}
    with archive.sessions() as session:
        cluster = session.get(Cluster, clusters[canonical])
        assert cluster is not None
        change = session.scalars(
            select(CanonicalChange).where(CanonicalChange.cluster_id == cluster.id)
        ).one()
        new_key = session.scalar(select(Page.source_key).where(Page.id == change.new_page_id))
        assert cluster.canonical_page_id == change.new_page_id
    assert new_key == canonical
    assert snapshot(archive) == snapshot(fixture_archive[0])


def test_worker_count_does_not_change_the_archive(tmp_path: Path, fixture_archive: Built) -> None:
    # the main process's paragraph memos, filled as its read-backs and template cuts fill them
    paragraphs.forget()
    paragraph = invented_paragraphs(7, 1)[0]
    words(paragraph + "\n" + paragraph)
    words(paragraph)
    assert _words_by_paragraph._kept.cache_info().currsize == 1
    # and its word memos, as the search text of German, Arabic and Chinese pages fills them
    texts = (
        ("Die Landesregierung plant für Juni einen Klimagipfel", "de"),
        ("والحكومة تجتمع في بيروت", "ar"),
        ("市政府今天宣布新的预算", "zh"),
    )
    read = [searchtext.search_text(text, language) for text, language in texts]
    word_memos = (
        compounds.zipf,
        compounds.compound_parts,
        prefixes.zipf,
        prefixes.stem,
        searchtext._fold_unit,
        searchtext._split_rough,
    )
    assert all(memo.cache_info().currsize > 0 for memo in word_memos)
    archive, _ = build(tmp_path / "w2.db", [FIXTURES], workers=2)
    assert snapshot(archive) == snapshot(fixture_archive[0])
    # while workers clean the pages, each batch leaves this process's memos empty (kept, they
    # fill to their caps over a night: the word memos of a German or Arabic night, ~190 MB)
    for memo in paragraphs._MEMOS:
        assert memo._kept.cache_info().currsize == 0 and not memo._seen
    assert [memo.cache_info().currsize for memo in word_memos] == [0] * len(word_memos)
    # and the search text read again is the same
    assert [searchtext.search_text(text, language) for text, language in texts] == read


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    archive, _ = build(tmp_path / "a.db", [FIXTURES / "html"])
    before = snapshot(archive)
    summary = dedupe(archive, [str(FIXTURES)], dry_run=True)
    assert summary.stored > 0 and summary.dry_run
    assert snapshot(archive) == before
    with sqlite3.connect(tmp_path / "a.db") as db:
        assert db.execute("select count(*) from runs").fetchone() == (1,)


def test_fingerprint_settings_are_recorded_and_enforced(tmp_path: Path) -> None:
    from clipper.archive import ArchiveError
    from clipper.config import Config, FingerprintConfig

    archive, _ = build(tmp_path / "a.db", [FIXTURES / "text"])
    meta = archive.meta()
    assert meta["fingerprint.scheme"] == "affine32"
    assert meta["fingerprint.num_perm"] == "128"
    other = Config(workers=1, fingerprint=FingerprintConfig(shingle_words=3))
    with pytest.raises(ArchiveError, match="shingle_words"):
        dedupe(archive, [str(FIXTURES / "html")], other)


def test_text_without_title_and_clean_provenance(fixture_archive: Built) -> None:
    archive, _ = fixture_archive
    with archive.sessions() as session:
        rows = session.execute(select(Page.origin, Page.url, Page.title, Page.text)).all()
    for origin, _url, title, text in rows:
        assert origin and fixture_key(origin) != origin  # a path under fixtures/
        if title:
            assert not text.startswith(title)
    warc = [origin for origin, *_ in rows if ".warc.gz@" in origin]
    assert warc and all(origin.rsplit("@", 1)[1].isdigit() for origin in warc)
    jsonl = [origin for origin, *_ in rows if ".jsonl" in origin]
    assert jsonl and all(origin.rsplit(":", 1)[1].isdigit() for origin in jsonl)


def test_a_page_read_twice_in_one_run_is_stored_once_and_reported(tmp_path: Path) -> None:
    page = FIXTURES / "html" / "metro-ledger-rail-bridge.htm"
    (tmp_path / "in").mkdir()
    for name in ("a.htm", "b.htm"):
        (tmp_path / "in" / name).write_bytes(page.read_bytes())
    _, summary = build(tmp_path / "a.db", [tmp_path / "in"], batch_size=1)
    assert summary.stored == 1
    assert summary.skipped == {"duplicate": 1}
    assert summary.examples[0]["origin"].endswith("b.htm")
    assert summary.examples[0]["detail"].endswith("a.htm")


def test_band_index_merges_do_not_change_the_archive(
    tmp_path: Path, fixture_archive: Built
) -> None:
    """New band keys go to lsh_bands_recent and are merged into lsh_bands in key order: with
    merges after nearly every batch, over two nights, every band key is kept exactly once and
    the clusters are those of one run without any merge."""
    files = dump_files()
    random.Random(5).shuffle(files)
    archive = open_archive(str(tmp_path / "a.db"))
    config = Config(workers=1, batch_size=4, band_merge_min_pages=3, band_merge_fraction=0.5)
    for night in (files[::2], files[1::2]):
        dedupe(archive, [str(p) for p in night], config)
    assert snapshot(archive) == snapshot(fixture_archive[0])
    db = str(tmp_path / "a.db")
    with sqlite3.connect(db) as con:
        main, recent = (
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("lsh_bands", "lsh_bands_recent")
        )
        counts = dict(con.execute("SELECT key, value FROM meta WHERE key LIKE 'lsh_bands.%'"))
        pages = con.execute("SELECT count(*) FROM pages").fetchone()[0]
    assert main > 0  # merged at least once
    assert int(counts["lsh_bands.main_pages"]) + int(counts["lsh_bands.recent_pages"]) == pages
    assert fixture_archive[0].path is not None
    with sqlite3.connect(fixture_archive[0].path) as con:
        unmerged = sum(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("lsh_bands", "lsh_bands_recent")
        )
    assert main + recent == unmerged


def _edges(db: Path) -> list[tuple[Any, ...]]:
    """The match graph's edges by page."""
    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT p.source_key, b.source_key, m.jaccard, m.containment, m.offset_words "
            "FROM matches m JOIN pages p ON p.id = m.page_id "
            "JOIN pages b ON b.id = m.better_page_id ORDER BY 1, 2"
        ).fetchall()


@pytest.mark.parametrize("workers", [1, 2])
def test_candidate_cache_and_verification_slices_do_not_change_the_archive(
    tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Candidates of earlier batches come from the main process's cache or from the archive,
    and the stored ones are verified a slice at a time (``Config.verify_slice_pages``): the
    same archive and the same edges either way (small batches, so later
    batches meet earlier pages; with 2 workers every slice goes to the verification pool)."""
    from clipper import workers as worker_module

    monkeypatch.setattr(worker_module, "PARALLEL_VERIFY_MIN_PAIRS", 1)
    archives, edges = [], []
    for name, cached, sliced in (
        ("cached", 10_000, 2_000), ("uncached", 0, 2_000), ("slices", 0, 1), ("mixed", 2, 2)
    ):
        db = tmp_path / f"{name}.db"
        archive = open_archive(str(db))
        dedupe(archive, [str(FIXTURES)], Config(workers=workers, batch_size=3,
                                                candidate_cache_pages=cached,
                                                verify_slice_pages=sliced))
        archives.append(snapshot(archive))
        archive.close()
        edges.append(_edges(db))
    assert all(a == archives[0] for a in archives[1:])
    assert all(e == edges[0] for e in edges[1:])
    assert archives[0]["clusters"] and edges[0]


def _rewrites_of_one_day(path: Path) -> None:
    """Invented records of one day: six wire stories of 14 paragraphs, and rewrites carrying
    five paragraphs from a story's middle below an opening of their own (found through
    passage keys only: neither a band nor an opening is shared)."""
    rng = random.Random(23)
    stories = [invented_paragraphs(300 + k, 14) for k in range(6)]
    with path.open("w") as out:
        for i in range(36):
            story = stories[i % 6]
            body = story
            if i >= 6:
                start = rng.randrange(4, 9)
                body = [*invented_paragraphs(400 + i, 1), *story[start : start + 5]]
            record = {"url": f"https://site{i % 9}.example/{i}", "title": f"Report {i}",
                      "maintext": "\n\n".join(body)}
            out.write(json.dumps(record) + "\n")


def test_key_look_ups_a_slice_of_the_batch_at_a_time_give_the_same_archive(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch's passage and opening keys' holders are counted ``Config.lookup_slice_pages``
    pages at a time: no count holds more pages' hits than that, and the pairs verified, the edges
    and the archive are those of one look-up of the whole batch (rewrites found through
    passage keys alone, within a batch and with pages of earlier batches)."""
    from clipper.store.bands import KeyHolders

    dump = tmp_path / "day.jsonl"
    _rewrites_of_one_day(dump)
    rows_looked_up: list[int] = []
    overlaps = KeyHolders.overlaps

    def spy(self: KeyHolders, keys: Any, key_rows: Any) -> Any:
        rows_looked_up.append(len(set(key_rows.tolist())))
        return overlaps(self, keys, key_rows)

    monkeypatch.setattr(KeyHolders, "overlaps", spy)
    archives, edges = [], []
    for name, size in (("whole", 10_000), ("slices", 1), ("threes", 3)):
        rows_looked_up.clear()
        db = tmp_path / f"{name}.db"
        archive = open_archive(str(db))
        dedupe(archive, [str(dump)], Config(workers=1, batch_size=12, lookup_slice_pages=size))
        archives.append(snapshot(archive))
        archive.close()
        edges.append(_edges(db))
        assert max(rows_looked_up) <= size
    assert archives[1] == archives[0] and archives[2] == archives[0]
    assert edges[1] == edges[0] and edges[2] == edges[0]
    # the rewrites were found, most through their passages alone (under half their
    # shingles shared: no band in common)
    assert sum(jaccard < 0.5 for _, _, jaccard, _, _ in edges[0]) >= 20


@pytest.mark.parametrize("workers", [1, 2])
def test_pages_sent_to_the_workers_in_any_chunks_give_the_same_archive(
    tmp_path: Path, workers: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch goes to the workers in chunks as it is read (``workers.CHUNK_BYTES``): a page
    per chunk gives the same archive, the same skipped pages and the same duplicates found
    across chunks as one chunk a batch."""
    from clipper import pipeline

    repeated = tmp_path / "repeated.jsonl"
    record = {
        "url": "https://harbour-gazette.example/2025/03/ferry",
        "title": "Ferry timetable changes from Monday",
        "maintext": "The island ferry will leave the harbour at seven and return at six from "
        "Monday, the operator said, after a month of complaints about the winter timetable.",
    }
    repeated.write_text("\n".join([json.dumps(record)] * 3) + "\n")
    files = [*dump_files(), repeated]
    one_chunk, whole = build(tmp_path / "whole.db", files, workers=workers, batch_size=7)
    monkeypatch.setattr(pipeline, "CHUNK_BYTES", 1)
    archive, chunked = build(tmp_path / "chunked.db", files, workers=workers, batch_size=7)
    assert chunked.skipped == whole.skipped
    assert chunked.skipped["duplicate"] == 2  # the record's two repeats, across chunks
    assert chunked.examples == whole.examples
    assert chunked.pages_read == whole.pages_read
    assert snapshot(archive) == snapshot(one_chunk)


def test_a_component_without_its_edges_has_the_same_pages(fixture_archive: Built) -> None:
    # The story stage asks only which pages a night's components hold (Store.component with
    # with_edges=False): the same pages as the walk that collects the edges, and no edges.
    from clipper.store import Store

    archive, _ = fixture_archive
    with archive.sessions() as session:
        store = Store(session)
        ids = sorted(session.scalars(select(Page.id)))
        joined = [pid for pid in ids if store.component([pid])[1]]
        assert joined  # the fixtures hold copies: some pages have matches
        for seeds in ([joined[0]], joined[:3], ids):
            members, edges = store.component(seeds)
            alone, none = store.component(seeds, with_edges=False)
            assert alone == members and none == []
            assert {pid for edge in edges for pid in edge[:2]} <= members


def test_one_article_fetched_through_tracking_links_is_one_page(tmp_path: Path) -> None:
    """A feed's link (``?utm_source=rss``), a newsletter's (``?mc_cid=``, a fragment) and the
    host in capitals name one page: fetched again with the same text it is already archived,
    with new text it is the page's next version; ``?id=5`` and ``?id=6`` stay two pages."""
    harbour = (
        "The harbour ferry will run every half hour from May, the operator said on Monday. "
        "Two new boats join the route after the summer, and the evening crossing moves to ten. "
    ) * 4
    museum = "The town museum reopens after a two-year refit of its roof and its east wing. " * 6
    library = "The county library lends bicycles from its branch by the station this summer. " * 6

    def night(name: str, records: list[dict[str, str]]) -> str:
        path = tmp_path / name / "feed.jsonl"
        path.parent.mkdir()
        path.write_text("".join(json.dumps(r) + "\n" for r in records))
        return str(path.parent)

    first = night("n1", [
        {"url": "https://Esk.example/harbour?utm_source=rss&utm_medium=feed",
         "title": "Ferry timetable doubles", "text": harbour, "date": "2026-05-01"},
        {"url": "https://esk.example/story.php?id=5", "title": "Museum reopens",
         "text": museum, "date": "2026-05-01"},
    ])
    second = night("n2", [
        {"url": "https://esk.example:443/harbour?mc_cid=9#comments",
         "title": "Ferry timetable doubles", "text": harbour, "date": "2026-05-01"},
        {"url": "https://esk.example/story.php?id=6&fbclid=x", "title": "Library bikes",
         "text": library, "date": "2026-05-01"},
    ])
    third = night("n3", [
        {"url": "https://esk.example/harbour?CMP=share_btn_tw",
         "title": "Ferry timetable doubles",
         "text": harbour + "Tickets go on sale at the quay office from Friday morning. ",
         "date": "2026-05-01"},
    ])
    archive, one = build(tmp_path / "a.db", [first])
    two = dedupe(archive, [second])
    three = dedupe(archive, [third])
    assert (one.stored, two.stored, three.stored) == (2, 1, 1)
    with archive.sessions() as session:
        rows = session.execute(
            select(Page.source_key, Page.version, Page.cluster_id).order_by(Page.id)
        ).all()
    keys = [(key, version) for key, version, _ in rows]
    assert keys == [
        ("https://esk.example/harbour", 1),
        ("https://esk.example/story.php?id=5", 1),
        ("https://esk.example/story.php?id=6", 1),
        ("https://esk.example/harbour", 2),
    ]
    assert rows[0].cluster_id == rows[3].cluster_id


def test_a_page_read_under_two_spellings_ends_alike_in_either_order(tmp_path: Path) -> None:
    """One article read under two spellings of its URL and at two fetch times, beside a full
    copy on another site with the same words and date: whichever reading comes first, on one
    night or over two, the page keeps its URL's plain spelling and its earliest fetch time,
    and the cluster the same canonical (ranked by address, not by a reading's spelling:
    'HTTPS://Zeta…' sorted before 'https://alpha…' and made the first reading decide)."""
    ferry = (
        "The harbour ferry will run every half hour from May, the operator said on Monday. "
        "Two new boats join the route after the summer, and the evening crossing moves to ten. "
    ) * 4
    readings = {
        "shared": {"url": "HTTPS://Zeta.example/ferry?utm_source=rss", "title": "Ferry doubles",
                   "text": ferry, "date": "2026-05-01", "fetched_at": "2026-05-02T06:00:00Z"},
        "plain": {"url": "https://zeta.example/ferry", "title": "Ferry doubles",
                  "text": ferry, "date": "2026-05-01", "fetched_at": "2026-05-01T07:30:00Z"},
    }
    copy = {"url": "https://alpha.example/news/ferry", "title": "Ferry doubles", "text": ferry,
            "date": "2026-05-01", "fetched_at": "2026-05-01T09:00:00Z"}

    def night(root: Path, records: list[dict[str, str]]) -> str:
        root.mkdir(parents=True)
        (root / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
        return str(root)

    def outcome(archive: Archive) -> tuple[Any, ...]:
        with archive.sessions() as session:
            pages = session.execute(
                select(Page.source_key, Page.url, Page.fetched_at, Page.seen_at, Page.version)
                .order_by(Page.source_key)
            ).all()
            canonicals = session.execute(
                select(Page.source_key).join(Cluster, Cluster.canonical_page_id == Page.id)
            ).scalars().all()
        return tuple(tuple(row) for row in pages), tuple(sorted(canonicals))

    results = []
    for case, (first, second) in enumerate([("shared", "plain"), ("plain", "shared")]):
        root = tmp_path / f"order{case}"
        archive, _ = build(root / "a.db", [night(root / "n1", [readings[first], copy])])
        dedupe(archive, [night(root / "n2", [readings[second]])], Config(workers=1))
        results.append(outcome(archive))
        archive.close()
        one_night = night(root / "both", [readings[first], copy, readings[second]])
        archive, _ = build(root / "b.db", [one_night])
        results.append(outcome(archive))
        archive.close()
    assert results[1:] == results[:1] * 3
    pages, canonicals = results[0]
    assert [(key, url, fetched) for key, url, fetched, _, _ in pages] == [
        ("https://alpha.example/news/ferry", "https://alpha.example/news/ferry",
         "2026-05-01T09:00:00"),
        ("https://zeta.example/ferry", "https://zeta.example/ferry", "2026-05-01T07:30:00"),
    ]
    # both dated the day only: zeta's page, fetched that day at 07:30, was published before
    # alpha's copy was fetched at 09:00 (rule 6), whichever of its readings came first
    assert canonicals == ("https://zeta.example/ferry",)


@pytest.mark.parametrize("batch_size", [1, 2, 3, 5, 100])
def test_pages_read_twice_count_alike_whatever_the_batch_size(
    tmp_path: Path, batch_size: int
) -> None:
    """A page read twice ends as its first reading: a repeat of a page cleaning rejects gets
    the same rejection (not 'duplicate' when both fall in one batch and the reason when they
    do not), a repeat of a page an earlier run stored is already archived, a repeat of a page
    this run stores is a duplicate."""
    short = {"url": "https://esk.example/brief", "title": "Brief", "text": "Ferry late again."}
    stored_before = {"url": "https://esk.example/museum", "title": "Museum reopens",
                     "text": "The town museum reopens after a two-year refit of its roof. " * 6}
    new = {"url": "https://esk.example/harbour", "title": "Ferry timetable doubles",
           "text": "The harbour ferry will run every half hour from May, the operator said. " * 6}
    first = tmp_path / "n1" / "feed.jsonl"
    first.parent.mkdir()
    first.write_text(json.dumps(stored_before) + "\n")
    second = tmp_path / "n2" / "feed.jsonl"
    second.parent.mkdir()
    second.write_text("".join(
        json.dumps(r) + "\n" for r in [short, stored_before, new, short, stored_before, new, short]
    ))
    archive, _ = build(tmp_path / "a.db", [first])
    summary = dedupe(archive, [str(second)], Config(workers=1, batch_size=batch_size))
    assert summary.stored == 1
    assert summary.already_archived == 2
    assert summary.skipped == {"too-short": 3, "duplicate": 1}


@pytest.mark.parametrize("batch_size", [1, 100])
def test_a_night_records_one_canonical_change_per_earlier_cluster(
    tmp_path: Path, batch_size: int
) -> None:
    """Two ever longer copies of yesterday's article tonight: one change (yesterday's canonical
    → the longest), in one batch or two; tonight's own cluster, changed within the night,
    records none.  The summary counts the table's rows."""
    base = [f"Paragraph {i} of the harbour ferry report says the timetable doubles in May, "
            f"with boats every half hour and a later last crossing on day {i}." for i in range(8)]
    extra = ["The operator will hire twelve new crew members before the summer season begins.",
             "Tickets go on sale at the quay office from Friday morning, the operator said."]
    museum = [f"Paragraph {i} on the museum: the town museum reopens after a two-year refit of "
              f"its roof and east wing, with {i + 3} new rooms." for i in range(8)]

    def record(site: str, paragraphs: list[str], title: str) -> str:
        return json.dumps({"url": f"https://{site}/story", "title": title,
                           "text": "\n".join(paragraphs)}) + "\n"

    first = tmp_path / "n1" / "feed.jsonl"
    first.parent.mkdir()
    first.write_text(record("esk.example", base, "Ferry timetable doubles"))
    second = tmp_path / "n2" / "feed.jsonl"
    second.parent.mkdir()
    second.write_text(
        record("lune.example", base + extra[:1], "Ferry timetable doubles")
        + record("tarn.example", museum, "Museum reopens")
        + record("wye.example", base + extra, "Ferry timetable doubles")
        + record("ure.example", museum + extra, "Museum reopens")
    )
    archive, _ = build(tmp_path / "a.db", [first])
    summary = dedupe(archive, [str(second)], Config(workers=1, batch_size=batch_size))
    with archive.sessions() as session:
        changes = session.execute(
            select(CanonicalChange.previous_page_id, CanonicalChange.new_page_id)
            .where(CanonicalChange.run_id == summary.run_id)
        ).all()
        pages = dict(session.execute(select(Page.url, Page.id)).all())
    assert changes == [(pages["https://esk.example/story"], pages["https://wye.example/story"])]
    assert summary.canonical_changes == 1


def test_stored_pages_are_read_back_only_for_the_pairs_verified(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The passage rule needs two counts of a page (candidates.sharing_pairs), which the run keeps
    for every page it met: a stored page out of the candidate cache is read back and shingled
    again only when it is in a pair the batch verifies, not for every page sharing a passage
    with the batch (a day of shared paragraphs: most of the night)."""
    from clipper.store import Store
    from clipper.workers import Workers

    rng = random.Random(11)
    paragraphs = [
        " ".join(f"w{rng.randrange(5000)}" for _ in range(rng.randint(45, 60))) + "."
        for _ in range(12)
    ]
    dump = tmp_path / "day.jsonl"
    with dump.open("w") as out:
        for i in range(24):
            # each page: four paragraphs of its own and, below its opening, one shared with
            # a third of the others: it shares a passage with them, one of its five, without
            # being a copy of any
            own = [
                " ".join(f"p{i}x{rng.randrange(5000)}" for _ in range(50)) + "."
                for _ in range(4)
            ]
            body = "\n\n".join([*own[:3], paragraphs[i % 3], own[3]])
            record = {"url": f"https://site{i}.example/a", "title": f"Report {i}", "maintext": body}
            out.write(json.dumps(record) + "\n")
            if i == 0:
                first = body
        # a copy of the first page, two batches later: read back to be verified against it
        copy = {"url": "https://copies.example/a", "title": "Report 0", "maintext": first}
        out.write(json.dumps(copy) + "\n")
    read_back: set[int] = set()
    verified: set[int] = set()
    rows = Store.candidate_rows
    verify = Workers.verify

    def spy_rows(self: Store, page_ids: object) -> list[object]:
        ids = set(page_ids)  # type: ignore[call-overload]
        read_back.update(ids)
        return rows(self, ids)

    def spy_verify(self: Workers, pairs: object, candidates: object, *kept: object) -> object:
        verified.update(pid for pair in pairs for pid in pair)  # type: ignore[attr-defined]
        return verify(self, pairs, candidates, *kept)  # type: ignore[arg-type]

    monkeypatch.setattr(Store, "candidate_rows", spy_rows)
    monkeypatch.setattr(Workers, "verify", spy_verify)
    archive = open_archive(str(tmp_path / "a.db"))
    dedupe(archive, [str(dump)], Config(workers=1, batch_size=4, candidate_cache_pages=0))
    assert read_back <= verified
    assert 1 in read_back  # the first page, for its copy


def test_a_page_read_back_for_verification_has_no_keys_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Verification needs a stored page's shingles, not its passage and opening keys: the run
    keeps the two counts the passage rule needs of every page it met, so a page read back out
    of the candidate cache (here every page: a cache of none) has its keys made again only when
    it was stored by an earlier run; the edges are those of a run that reads nothing back."""
    from clipper.minhash import MinHasher
    from clipper.models import Match

    rng = random.Random(5)
    shared = [
        " ".join(f"s{rng.randrange(5000)}" for _ in range(rng.randint(45, 60))) + "."
        for _ in range(6)
    ]
    lines = []
    for i in range(16):
        own = [" ".join(f"p{i}x{rng.randrange(5000)}" for _ in range(50)) + "." for _ in range(3)]
        body = "\n\n".join([own[0], shared[i % 6], shared[(i + 1) % 6], own[1], own[2]])
        lines.append(
            {"url": f"https://site{i}.example/a", "title": f"Report {i}", "maintext": body}
        )
        if i % 4 == 0:  # a brief of it on another site, a batch or two later
            lines.append(
                {"url": f"https://briefs.example/{i}", "title": f"Report {i}",
                 "maintext": "\n\n".join([own[0], shared[i % 6]])}
            )
    night, next_night = tmp_path / "night.jsonl", tmp_path / "next.jsonl"
    night.write_text("".join(json.dumps(line) + "\n" for line in lines[:14]))
    next_night.write_text("".join(json.dumps(line) + "\n" for line in lines[14:]))
    made: list[str] = []

    class Spy(MinHasher):  # the run's own hasher, for stored pages (not the cleaning's)
        def text_keys(self, text: str, *args: Any) -> Any:
            made.append(text)
            return super().text_keys(text, *args)

    def edges(db: Path) -> set[tuple[int, int]]:
        with open_archive(str(db)).sessions() as session:
            rows = session.execute(select(Match.page_id, Match.better_page_id)).all()
            return {(a, b) for a, b in rows}

    config = Config(workers=1, batch_size=4)
    cached, uncached = tmp_path / "cached.db", tmp_path / "uncached.db"
    for path in (night, next_night):
        dedupe(open_archive(str(cached)), [str(path)], config)
    monkeypatch.setattr("clipper.verification.MinHasher", Spy)
    dedupe(open_archive(str(uncached)), [str(night)], replace(config, candidate_cache_pages=0))
    assert made == []  # every page read back was met by the run
    dedupe(open_archive(str(uncached)), [str(next_night)], replace(config, candidate_cache_pages=0))
    assert edges(uncached) == edges(cached) != set()


def test_another_archive_in_a_dump_folder_is_said_once_not_a_problem(tmp_path: Path) -> None:
    """An archive kept in a dump folder (its database, WAL and lock files), read by a run into
    another archive, is one ``clipper-archive`` count apart from the problems, not an
    ``unsupported-file`` problem per file on every night; an SQLite file without clipper's lock
    beside it is still a file of no format clipper reads."""
    dump = tmp_path / "dump"
    (dump / "old").mkdir(parents=True)
    (dump / "story.txt").write_text("\n\n".join(invented_paragraphs(7, 6)), encoding="utf-8")
    old = open_archive(str(dump / "old" / "news.db"))
    try:
        dedupe(old, [str(dump / "story.txt")], Config(workers=1))
    finally:
        old.close()
    (dump / "old" / "news.db-wal").write_bytes(b"")  # as a reader left it
    sqlite3.connect(dump / "notes.db").execute("CREATE TABLE t (x)").connection.close()
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        for _night in range(2):
            summary = dedupe(archive, [str(dump)], Config(workers=1))
            assert summary.not_pages == {"clipper-archive": 1}
            assert summary.skipped == {"unsupported-file": 1}  # notes.db
            assert [e["origin"] for e in summary.examples] == [str(dump / "notes.db")]
    finally:
        archive.close()
    assert "  clipper archives, unread       1 (another" in summarytext.run_summary(summary)


def test_a_new_archive_that_read_no_page_is_discarded_an_old_one_kept(tmp_path: Path) -> None:
    """``Archive.discard``: an archive this process created and that holds no page (a run read
    nothing: /dev/null, an empty file) is deleted with its lock and journals; an archive that
    was there before, or holds a page, is only closed."""
    (tmp_path / "empty.jsonl").write_text("", encoding="utf-8")
    (tmp_path / "story.txt").write_text("\n\n".join(invented_paragraphs(3, 6)), encoding="utf-8")
    new = open_archive(str(tmp_path / "new.db"))
    assert new.created
    nothing = dedupe(new, ["/dev/null", str(tmp_path / "empty.jsonl")], Config(workers=1))
    assert nothing.pages_read == 0
    files = [f for f in new.own_files if f.exists()]
    assert tmp_path / "new.db" in files and tmp_path / "new.db-clipper.lock" in files
    assert new.discard()
    assert not any(f.exists() for f in new.own_files)
    stored = open_archive(str(tmp_path / "stored.db"))
    dedupe(stored, [str(tmp_path / "story.txt")], Config(workers=1))
    assert not stored.discard()
    assert (tmp_path / "stored.db").exists()
    old = open_archive(str(tmp_path / "stored.db"))
    assert not old.created
    dedupe(old, ["/dev/null"], Config(workers=1))
    assert not old.discard()
    assert (tmp_path / "stored.db").exists()


def _saved_page(title: str, seed: int) -> str:
    body = "".join(f"<p>{p}</p>" for p in invented_paragraphs(seed, 6))
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title></head><body><article><h1>{title}"
        f"</h1>{body}</article></body></html>"
    )


def test_a_saved_pages_resources_and_a_mirrors_crawl_files_are_counted_not_problems(
    tmp_path: Path,
) -> None:
    """A browser's "Save page as… complete" folder (NAME.htm and NAME_files/ with its style
    sheets, scripts, images and frames' documents), Word's "Save as Web Page" (filelist.xml,
    themedata.thmx) and a wget mirror's robots.txt, sitemap, favicon and style sheets: one
    line of files that are no pages, apart from the problems; a saved frame is no article;
    Windows' Thumbs.db and desktop.ini are skipped like hidden files."""
    dump = tmp_path / "saved"
    resources = dump / "Quay to be widened _ Tidewater Post_files"
    word = dump / "harbour-minutes_files"
    mirror = dump / "www.tidewater-post.com"  # a real public suffix: a mirror's host folder
    for folder in (resources, word, mirror / "news", mirror / "assets"):
        folder.mkdir(parents=True)
    (dump / "Quay to be widened _ Tidewater Post.htm").write_text(_saved_page("Quay", 1))
    (resources / "main.css").write_text("body { color: #333 }")
    (resources / "app.js.download").write_text("window.ads = [];")
    (resources / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    (resources / "saved_resource.html").write_text("<html><body></body></html>")
    # an embedded post's frame, with words enough to pass for an article
    (resources / "saved_resource(1).html").write_text(_saved_page("Embedded post", 2))
    (dump / "harbour-minutes.htm").write_text(_saved_page("Harbour board minutes", 3))
    (word / "filelist.xml").write_text('<xml><o:File HRef="themedata.thmx"/></xml>')
    (word / "themedata.thmx").write_bytes(b"PK\x03\x04" + bytes(20))
    (dump / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(60))
    (dump / "desktop.ini").write_text("[.ShellClassInfo]\nIconResource=x.ico,0\n")
    (mirror / "robots.txt").write_text("User-agent: *\nDisallow: /admin/\n")
    (mirror / "sitemap.xml").write_text('<?xml version="1.0"?><urlset></urlset>')
    (mirror / "favicon.ico").write_bytes(bytes(30))
    (mirror / "assets" / "site.css").write_text("p { margin: 0 }")
    (mirror / "news" / "ferry.html").write_text(_saved_page("Ferry timetable changes", 4))
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        summary = dedupe(archive, [str(dump)], Config(workers=1))
    finally:
        archive.close()
    assert (summary.pages_read, summary.stored) == (3, 3)
    assert summary.skipped == {} and summary.examples == []
    assert summary.not_pages == {"page-resource": 7, "crawl-file": 4}
    assert "  files, not pages              11 (page-resource 7, crawl-file 4)" in (
        summarytext.run_summary(summary)
    )
