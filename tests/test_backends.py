"""SQLite and PostgreSQL archives behave the same (issue 13).

The fixtures give the same pages, clusters, canonicals and stories on PostgreSQL as on SQLite,
whatever the order, batch size and number of nights; searches find the same pages; the
backend interface (clipper.backends) does what its callers rely on: bulk inserts, upserts,
band look-ups, the writer lock that a second writer waits for while readers read.
"""

from __future__ import annotations

import random
import re
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from sqlalchemy import Table, select

from clipper.archive import ArchiveBusy, open_archive
from clipper.config import Config
from clipper.models import Cluster, Page, SiteLine
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.store import Store
from clipper.store.bands import KeyHolders
from tests.conftest import FIXTURES, build, fixture_key, snapshot


def _stories(archive: Any) -> set[frozenset[str]]:
    """Stories as sets of their pages' source keys."""
    with archive.sessions() as session:
        rows = session.execute(
            select(Cluster.story_id, Page.source_key).join(Page, Page.cluster_id == Cluster.id)
        ).all()
    members: dict[int | None, set[str]] = {}
    for story_id, key in rows:
        members.setdefault(story_id, set()).add(fixture_key(key))
    return {frozenset(keys) for keys in members.values()}


@pytest.fixture(scope="module")
def sqlite_fixtures(tmp_path_factory: pytest.TempPathFactory) -> Any:
    archive, _ = build(tmp_path_factory.mktemp("sqlite") / "clipper.db", [FIXTURES])
    yield archive
    archive.close()


@pytest.mark.postgresql
def test_fixtures_give_the_same_archive_and_stories_on_postgresql(
    sqlite_fixtures: Any, pg_url: str
) -> None:
    files = sorted(p for p in FIXTURES.rglob("*") if p.is_file())
    random.Random(7).shuffle(files)
    archive = open_archive(pg_url)
    try:
        for night in (files[0::2], files[1::2]):  # two nights, shuffled, batches of 3
            dedupe(archive, [str(p) for p in night], Config(workers=1, batch_size=3))
        assert snapshot(archive) == snapshot(sqlite_fixtures)
        assert _stories(archive) == _stories(sqlite_fixtures)
        for query in ("dockworkers", "saltmarsh OR lighthouse", '"emergency legislation"',
                      "crane* NOT saltmarsh", "fete"):
            on_pg = {hit.url for hit in search(archive, query, limit=50)}
            on_sqlite = {hit.url for hit in search(sqlite_fixtures, query, limit=50)}
            assert on_pg == on_sqlite, query
    finally:
        archive.close()


def test_interface_bulk_insert_upsert_and_band_lookups(db_url: str) -> None:
    archive = open_archive(db_url)
    try:
        backend = archive.backend
        table = SiteLine.__table__
        assert isinstance(table, Table)
        with archive.engine.begin() as connection:
            backend.bulk_insert(connection, table, ("site", "line_key", "pages"),
                                [("a.example", 1, 2), ("a.example", 2, 1)])
            backend.upsert(connection, table,
                           [{"site": "a.example", "line_key": 2, "pages": 5},
                            {"site": "b.example", "line_key": 1, "pages": 1}],
                           keys=("site", "line_key"), update=("pages",))
        with archive.sessions() as session:
            rows = sorted(session.execute(
                select(SiteLine.site, SiteLine.line_key, SiteLine.pages)).all())
        assert [tuple(r) for r in rows] == [
            ("a.example", 1, 2), ("a.example", 2, 5), ("b.example", 1, 1)]
        # Band look-ups: stored pages sharing a key with a batch row.
        dedupe(archive, [str(FIXTURES / "text")], Config(workers=1))
        with archive.engine.connect() as connection:
            stored = set(connection.execute(select(Page.id)).scalars())
            # a small archive's keys are all in the index's recent part (Store.insert_bands)
            keys = sorted(connection.exec_driver_sql(
                "SELECT key FROM lsh_bands_recent ORDER BY key, page_id LIMIT 4").scalars())
            parts = ("lsh_bands", "lsh_bands_recent")
            hits = backend.key_hits(connection, keys, [0, 0, 1, 1], parts)
            assert backend.key_hits(connection, [-1, -2], [0, 1], parts).shape == (0, 2)
            # the same hits from each distinct key looked up once (Bands.key_holders), counted
            # per (row, page), in that order
            pairs, times = np.unique(hits, axis=0, return_counts=True)
            distinct = sorted(set(keys))
            held = KeyHolders.of(
                np.array(distinct, dtype=np.int64),
                backend.key_hits(connection, distinct, list(range(len(distinct))), parts),
            )
            found_counts = held.overlaps(np.array(keys), np.array([0, 0, 1, 1]))
            assert found_counts.tolist() == np.column_stack([pairs, times]).tolist()
            holders = {
                key: set(connection.exec_driver_sql(
                    f"SELECT page_id FROM lsh_bands_recent WHERE key = {key}").scalars())
                for key in keys
            }
            assert backend.key_hits(connection, keys, [0, 0, 1, 1], ("lsh_bands",)).shape == (
                0, 2)
        # the pages sharing a key with each row (Store.band_collisions: each distinct key
        # looked up once, a row's keys repeating one of another row's)
        with archive.sessions() as session:
            store = Store(session)
            # a slice of one row at a time, and the whole batch at once: the same pages
            by_row = store.band_collisions(
                np.array([*keys, keys[0]], dtype=np.int64), np.array([0, 0, 1, 1, 1]), 1)
            assert store.band_collisions(
                np.array([*keys, keys[0]], dtype=np.int64), np.array([0, 0, 1, 1, 1]), 250
            ) == by_row
            assert store.band_collisions(
                np.array([-1, -2], dtype=np.int64), np.array([0, 1]), 1) == {}
        assert list(by_row) == [0, 1]
        found = {(row, page_id) for row, pages in by_row.items() for page_id in pages}
        # one hit per key a stored page shares with a row: how many of the row's keys it holds
        expected = {
            (row, page_id): sum(page_id in holders[k] for k in row_keys)
            for row, row_keys in ((0, keys[:2]), (1, keys[2:]))
            for page_id in set().union(*(holders[k] for k in row_keys))
        }
        counted: dict[tuple[int, int], int] = {}
        for row, page_id in hits.tolist():
            counted[(row, page_id)] = counted.get((row, page_id), 0) + 1
        assert counted == expected
        assert found == {
            (row, page_id)
            for row, row_keys in ((0, keys[:2]), (1, [*keys[2:], keys[0]]))
            for key in row_keys
            for page_id in holders[key]
        }
        assert {page_id for _, page_id in found} <= stored
    finally:
        archive.close()


def test_second_writer_waits_while_readers_read(db_url: str, tmp_path: Path) -> None:
    archive = open_archive(db_url)
    other = open_archive(db_url)
    try:
        dedupe(archive, [str(FIXTURES / "text")], Config(workers=1))
        released = threading.Event()

        def hold() -> None:
            with archive.write_lock(5):
                released.wait(10)

        holder = threading.Thread(target=hold)
        holder.start()
        time.sleep(0.5)
        try:
            started = time.monotonic()
            with pytest.raises(ArchiveBusy, match="another clipper dedupe is writing"), \
                    other.write_lock(0.6):
                pass
            assert time.monotonic() - started >= 0.5
            assert search(other, "strike")  # readers are not blocked by the lock
        finally:
            released.set()
            holder.join()
        with other.write_lock(5):  # free again once the holder is done
            pass
    finally:
        archive.close()
        other.close()


def test_stats_names_the_archive_without_its_password(db_url: str) -> None:
    """`clipper stats` heads its table with the archive it read: a URL's password is hidden
    (the test server trusts every connection, so any password opens it)."""
    from click.testing import CliRunner
    from sqlalchemy.engine import make_url

    from clipper.cli import cli

    target = db_url
    if "://" in db_url:
        target = make_url(db_url).set(password="s3cret-pw").render_as_string(hide_password=False)
    runner = CliRunner()
    made = runner.invoke(cli, ["dedupe", "--db", target, "--workers", "1",
                               str(FIXTURES / "text")])
    assert made.exit_code == 0, made.output
    shown = runner.invoke(cli, ["stats", "--db", target])
    assert shown.exit_code == 0, shown.output
    assert "s3cret-pw" not in shown.output
    assert "clusters on 2+ pages" in shown.output
    assert re.search(r"size on disk\s+[\d,]+\.\d MB", shown.output), shown.output


def test_a_dedupe_run_keeps_a_small_page_cache_and_readers_a_large_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page cache is part of a night's resident memory (bounded), and of search speed
    (large): each SQLite connection gets the one its use needs."""
    from sqlalchemy import text as sql

    from clipper.backends.sqlite import CACHE_KIB, WRITER_CACHE_KIB
    from clipper.config import Config
    from clipper.pipeline import dedupe
    from clipper.store import Store

    seen: list[int] = []
    start_run = Store.start_run

    def spy(self: Store, inputs: Any) -> Any:
        seen.append(self.session.execute(sql("PRAGMA cache_size")).scalar_one())
        return start_run(self, inputs)

    monkeypatch.setattr(Store, "start_run", spy)
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(archive, [str(FIXTURES / "text")], Config(workers=1))
        with archive.engine.connect() as reader:
            after = reader.execute(sql("PRAGMA cache_size")).scalar_one()
    finally:
        archive.close()
    assert seen == [-WRITER_CACHE_KIB]
    assert after == -CACHE_KIB and CACHE_KIB > WRITER_CACHE_KIB


def test_the_story_stage_keeps_a_smaller_page_cache_than_the_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once a run's batches are done, the page cache they filled (the band index, the pages
    they touched) goes: the story stage, whose peak is the run's, reads and writes with a
    small one; a reader after the run has its large one."""
    from sqlalchemy import text as sql

    from clipper import pipeline
    from clipper.backends.sqlite import CACHE_KIB, STAGE_CACHE_KIB, WRITER_CACHE_KIB
    from clipper.config import Config

    seen: list[int] = []
    update_stories = pipeline.update_stories

    def spy(session: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(session.execute(sql("PRAGMA cache_size")).scalar_one())
        return update_stories(session, *args, **kwargs)

    monkeypatch.setattr(pipeline, "update_stories", spy)
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        summary = pipeline.dedupe(archive, [str(FIXTURES / "text")], Config(workers=1))
        with archive.engine.connect() as reader:
            after = reader.execute(sql("PRAGMA cache_size")).scalar_one()
    finally:
        archive.close()
    assert summary.new_stories > 0
    assert seen == [-STAGE_CACHE_KIB] and STAGE_CACHE_KIB < WRITER_CACHE_KIB
    assert after == -CACHE_KIB


def test_an_interrupt_inside_a_statement_of_a_run_ends_without_a_second_error(
    tmp_path: Path,
) -> None:
    """Ctrl-C or SIGTERM inside a statement: SQLAlchemy invalidates the connection, which then
    comes back to the pool without its DBAPI connection; restoring a reader's page cache on it
    raised AttributeError over the interrupt (exit 1 and a traceback instead of 130/143)."""
    from sqlalchemy import text as sql

    archive = open_archive(str(tmp_path / "a.db"))
    try:
        with archive.backend.bounded_memory(archive.engine):
            connection = archive.engine.connect()
            connection.execute(sql("SELECT 1"))
            connection.invalidate()
            connection.close()  # the check-in of an invalidated connection: no error
    finally:
        archive.close()


def test_key_hits_are_fetched_a_slice_at_a_time_and_come_back_whole() -> None:
    # A one-day night's look-up returns hundreds of thousands of rows: they are read a slice
    # at a time (fetch_int_pairs), and a look-up of any size comes back as one array in order.
    import sqlite3

    from clipper.backends.pairs import fetch_int_pairs

    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE hits (row INTEGER, page_id INTEGER)")
    rows = [(i % 7, 2**40 + i) for i in range(10)]
    connection.executemany("INSERT INTO hits VALUES (?, ?)", rows)
    query = "SELECT row, page_id FROM hits ORDER BY rowid"
    for size in (1, 3, 10, 65_536):
        got = fetch_int_pairs(connection.execute(query), size)
        assert got.dtype.name == "int64" and got.tolist() == [list(r) for r in rows]
    empty = fetch_int_pairs(connection.execute("SELECT row, page_id FROM hits WHERE row < 0"))
    assert empty.shape == (0, 2)


def test_key_holders_count_a_rows_shared_keys_as_a_look_up_of_each_row_would() -> None:
    # A batch's keys are looked up once each (a one-day night's passage key is held by many of
    # the batch's pages): each row's shared keys with each stored page are counted in NumPy,
    # for any slice of the rows, as one look-up of every (key, row) counts them, in (row, page)
    # order; keys no stored page holds count nothing.
    generator = np.random.default_rng(5)
    index = {
        int(key): generator.choice(np.arange(2**30, 2**30 + 60), int(n), replace=False)
        for key, n in zip(
            generator.integers(-(2**62), 2**62, 80), generator.integers(0, 12, 80), strict=True
        )
    }
    stored = [*index, 7, -7]  # two keys nobody holds
    keys, rows = [], []
    for row in range(40):
        chosen = generator.choice(stored, int(generator.integers(0, 25)), replace=False)
        keys += [int(key) for key in chosen]
        rows += [row] * len(chosen)
    distinct = np.unique(np.array(keys, dtype=np.int64))
    hits = np.array(
        [(i, page) for i, key in enumerate(distinct.tolist()) for page in index.get(key, [])],
        dtype=np.int64,
    )[::-1]  # in any order
    held = KeyHolders.of(distinct, hits)
    every = [(row, int(page)) for key, row in zip(keys, rows, strict=True)
             for page in index.get(key, [])]
    for first, last in ((0, 40), (0, 1), (13, 27), (39, 40)):
        pairs, times = np.unique(
            np.array([hit for hit in every if first <= hit[0] < last] or np.empty((0, 2)),
                     dtype=np.int64).reshape(-1, 2),
            axis=0, return_counts=True,
        )
        inside = [(first <= row < last) for row in rows]
        got = held.overlaps(
            np.array(keys, dtype=np.int64)[inside], np.array(rows, dtype=np.int64)[inside]
        )
        assert got.dtype.name == "int64"
        assert got.tolist() == np.column_stack([pairs, times]).tolist()
    none = KeyHolders.of(np.empty(0, dtype=np.int64), np.empty((0, 2), dtype=np.int64))
    assert none.overlaps(np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)).shape == (0, 3)


# Pages that hold stop-word phrases, and pages that hold the same words only apart.  Invented.
_STOP_WORD_PAGES = {
    "en-longest.html": ("en", "https://harbour-ledger.example/strike", "Crane strike drags on", [
        "The crane strike at the northern quay is one of the longest the port has seen.",
        "Dockworkers said most of the cargo would wait until the talks resume on Friday.",
    ]),
    "en-apart.html": ("en", "https://quay-courier.example/vote", "One crane works again", [
        "Only one crane was working on Tuesday, and most of them stood idle by the sheds.",
        "Pilots spoke of delays; the union said a vote is due within days.",
    ]),
    "en-none.html": ("en", "https://tidewater-times.example/ferry", "Ferry timetable changes", [
        "A new ferry timetable starts in spring, with boats every hour from six.",
        "Passengers can buy tickets aboard or online, said a spokeswoman for Tidewater Lines.",
    ]),
    "de-hafen.html": ("de", "https://hafenblatt.example/kran", "Streik im Hafen dauert an", [
        "Der Streik der Kranführer in der Stadt ist einer der längsten seit Jahren.",
        "Die Gewerkschaft will am Freitag mit dem Hafenbetreiber weiter verhandeln.",
    ]),
    "de-getrennt.html": ("de", "https://kuestenbote.example/faehre", "Neue Fähre für die Insel", [
        "In Zukunft fährt die Fähre stündlich; der Fahrplan gilt ab Mai für alle Linien.",
        "Die Stadt rechnet mit mehr Gästen, sagte ein Sprecher am Montag in Kiel.",
    ]),
    "de-ohne.html": ("de", "https://nordwelle.example/wetter", "Sturm an der Küste erwartet", [
        "Am Wochenende erwarten Meteorologen kräftigen Wind und hohe Wellen an allen Stränden.",
        "Urlauber sollen auf Warnungen achten, rät das Wetteramt auf seiner Seite.",
    ]),
}
# query → the pages it finds (file names), on both backends; stemming adds no page here.
_STOP_WORD_QUERIES = {
    "the": {"en-longest.html", "en-apart.html"},
    '"one of the"': {"en-longest.html"},
    '"of the"': {"en-longest.html"},
    '"most of the"': {"en-longest.html"},
    '"one of th"*': {"en-longest.html"},
    "one of": {"en-longest.html", "en-apart.html"},
    "crane AND NOT \"one of the\"": {"en-apart.html"},
    "(\"of them\" OR \"in der\") NOT fähre": {"en-apart.html", "de-hafen.html"},
    "der": {"de-hafen.html", "de-getrennt.html", "de-ohne.html"},
    '"in der"': {"de-hafen.html"},
    '"einer der"': {"de-hafen.html"},
    "die AND in": {"de-hafen.html", "de-getrennt.html"},
    '"der stadt"': {"de-hafen.html"},
    "the OR der": {name for name in _STOP_WORD_PAGES if name != "en-none.html"},
}


def _stop_word_dumps(folder: Path, pages: dict[str, Any] = _STOP_WORD_PAGES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, (lang, url, title, paragraphs) in pages.items():
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        (folder / name).write_text(
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f'<title>{title}</title><link rel="canonical" href="{url}">'
            '<meta property="article:published_time" content="2026-03-05T09:00:00+00:00">'
            f"</head><body><article><h1>{title}</h1>{body}</article></body></html>",
            encoding="utf-8",
        )
    return folder


@pytest.mark.postgresql
def test_stop_words_and_phrases_of_them_find_the_same_pages_on_both_backends(
    pg_url: str, tmp_path: Path
) -> None:
    """README, ``clipper search``: stop words (``the``, ``der``) match on PostgreSQL as on
    SQLite, and a quoted phrase finds only the pages holding it, however many stop words it
    has (English and German pages: PostgreSQL stems both and drops their stop words)."""
    dumps = _stop_word_dumps(tmp_path / "dumps")
    names = {url: name for name, (_, url, _, _) in _STOP_WORD_PAGES.items()}
    on_sqlite, _ = build(tmp_path / "clipper.db", [dumps])
    on_pg = open_archive(pg_url)
    dedupe(on_pg, [str(dumps)], Config(workers=1))
    try:
        for query, expected in _STOP_WORD_QUERIES.items():
            for archive in (on_sqlite, on_pg):
                found = {names[hit.url or ""] for hit in search(
                    archive, query, variants=True, limit=50)}
                assert found == expected, (archive.backend.name, query)
        # the filters narrow the same matches alike
        for archive in (on_sqlite, on_pg):
            by_lang = search(archive, "the OR der", variants=True, languages=["de"])
            assert {names[hit.url or ""] for hit in by_lang} == _STOP_WORD_QUERIES["der"]
            by_site = search(archive, '"in der"', variants=True, sites=["kuestenbote.example"])
            assert not by_site, archive.backend.name  # "In Zukunft … der Fahrplan": apart
            by_date = search(archive, '"one of the"', variants=True, since="2026-03-01",
                             until="2026-03-05")
            assert [names[hit.url or ""] for hit in by_date] == ["en-longest.html"]
    finally:
        on_sqlite.close()
        on_pg.close()


# Spanish and Portuguese pages whose words share a stem's letters but not a typed prefix
# (Spanish "precios" stems to "preci", Portuguese "precisa" to "precis").  Invented.
_PREFIX_PAGES = {
    "es-tortilla.html": ("es", "https://diario-norte.example/tortilla",
                         "Sube el precio de la tortilla en Monterrey", [
        "Los precios de la tortilla subieron por tercera vez este año en Monterrey.",
        "Los comerciantes del mercado dijeron que el maíz y el gas cuestan más que nunca.",
    ]),
    "es-lluvias.html": ("es", "https://golfo-hoy.example/lluvias", "Lluvias en el sur", [
        "Las precipitaciones de la semana dejaron a miles de familias sin luz en Veracruz.",
        "Ninguna escuela abrió el lunes; las autoridades piden precaución en los caminos.",
    ]),
    "pt-hospital.html": ("pt", "https://recife-agora.example/hospital", "Hospital precisa de", [
        "O hospital precisa de mais médicos, e os pacientes precisam esperar horas.",
        "A prefeitura disse que vai contratar profissionais até o fim do mês.",
    ]),
}
# query → the pages it finds, on both backends: the words that start with the letters typed
_PREFIX_QUERIES = {
    "precios*": {"es-tortilla.html"},
    "precio*": {"es-tortilla.html"},
    "precip*": {"es-lluvias.html"},
    "preci*": {"es-tortilla.html", "es-lluvias.html", "pt-hospital.html"},
    "precisam*": {"pt-hospital.html"},
    "nino*": set(),  # "ninguna" (Spanish stems the prefix to "nin")
    "ningun*": {"es-lluvias.html"},
    '"los precios"*': {"es-tortilla.html"},
    '"de la tortil"*': {"es-tortilla.html"},
    "precios": {"es-tortilla.html"},  # whole words: stems still match on PostgreSQL
}


@pytest.mark.postgresql
def test_a_prefix_matches_the_words_it_starts_on_both_backends(
    pg_url: str, tmp_path: Path
) -> None:
    """newcomer 20, finding 9: PostgreSQL stemmed a prefix before matching it (Spanish
    ``to_tsquery('precios:*')`` is ``'preci':*``), so ``precios*`` also found
    "precipitaciones" and Portuguese "precisa", and ``nino*`` found "ninguna", where SQLite
    found the one page; a prefix now finds the same pages on both."""
    dumps = _stop_word_dumps(tmp_path / "dumps", _PREFIX_PAGES)
    names = {url: name for name, (_, url, _, _) in _PREFIX_PAGES.items()}
    on_sqlite, _ = build(tmp_path / "clipper.db", [dumps])
    on_pg = open_archive(pg_url)
    dedupe(on_pg, [str(dumps)], Config(workers=1))
    try:
        for query, expected in _PREFIX_QUERIES.items():
            for archive in (on_sqlite, on_pg):
                found = {names[hit.url or ""] for hit in search(
                    archive, query, variants=True, limit=50)}
                assert found == expected, (archive.backend.name, query, found)
        hits = search(on_pg, "precios*", variants=True)
        assert "[precios]" in hits[0].snippet.lower() or "[Precios]" in hits[0].snippet
    finally:
        on_sqlite.close()
        on_pg.close()


@pytest.mark.postgresql
def test_upgrade_indexes_stop_words_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    """Migration 0028: a PostgreSQL archive whose vectors held only stems (stop words dropped)
    finds ``the`` and only the pages holding ``"one of the"`` once upgraded."""
    from sqlalchemy import text

    from clipper.searchtext import search_text

    dumps = _stop_word_dumps(tmp_path / "dumps")
    names = {url: name for name, (_, url, _, _) in _STOP_WORD_PAGES.items()}
    old = open_archive(pg_url)
    dedupe(old, [str(dumps)], Config(workers=1))
    with old.engine.begin() as connection:
        rows = connection.execute(text("SELECT id, title, text FROM pages")).all()
        for page_id, title, body in rows:  # as clipper indexed pages before 0028
            connection.execute(
                text(
                    "UPDATE pages SET search_vector = "
                    "setweight(to_tsvector(search_config, :title), 'A') || "
                    "setweight(to_tsvector(search_config, :body), 'B') WHERE id = :id"
                ),
                {"id": page_id, "title": search_text(title), "body": search_text(body)},
            )
        connection.execute(text("UPDATE alembic_version SET version_num = '0027'"))
    assert not search(old, "the", variants=True)  # what the newcomer saw
    old.close()
    upgraded = open_archive(pg_url)  # every command opens the archive this way: it upgrades
    try:
        for query in ("the", '"one of the"', "der"):
            found = {names[hit.url or ""] for hit in search(upgraded, query, variants=True)}
            assert found == _STOP_WORD_QUERIES[query], query
    finally:
        upgraded.close()


@pytest.mark.postgresql
def test_a_term_postgresql_finds_no_word_in_matches_nothing_without_an_error(
    pg_url: str, tmp_path: Path
) -> None:
    """A private-use character is a word to clipper's search text but not to PostgreSQL's
    parser: alone it finds nothing; beside other words it does not break the query."""
    archive = open_archive(pg_url)
    try:
        dedupe(archive, [str(_stop_word_dumps(tmp_path / "dumps"))], Config(workers=1))
        assert not search(archive, "\ue001", variants=True)
        assert not search(archive, "ferry AND \ue001", variants=True)
        found = search(archive, "ferry NOT \ue001", variants=True)
        assert [hit.site for hit in found] == ["tidewater-times.example"]
    finally:
        archive.close()
