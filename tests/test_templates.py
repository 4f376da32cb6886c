"""Site templates: recurring furniture lines are cut, recurring sentences and pages without a
site are left alone (invented pages in the shapes of a local news site's JSONL and a folder of
text dumps)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from clipper.config import CleanConfig, Config
from clipper.models import Page
from clipper.templates import is_furniture_shaped
from tests.conftest import build, new_location

INCIDENTS = [
    "A delivery lorry lost its load of timber on the Brookfield ring road on Monday morning and "
    "the eastbound lanes were closed for three hours while the planks were cleared away.",
    "A chip pan fire spread through the kitchen of a terraced house on Alder Street on Tuesday "
    "evening before two crews from Brookfield fire station put it out within half an hour.",
    "Scaffolding on the old corn exchange came down in high winds on Wednesday and landed across "
    "the market square, which was closed to traders for the rest of the afternoon.",
    "A cyclist was thrown from her bike when a pothole opened up on Mill Hill on Thursday, and the "
    "council sent a crew to fill the hole and check the rest of the road the same day.",
    "A burst water main flooded the underpass beneath Brookfield station on Friday, and commuters "
    "were sent the long way round over the footbridge until the pumps had cleared it.",
]
FURNITURE = "Follow the Brookfield Bulletin on social media"
SENTENCES = ("Nobody was hurt.", "Police are appealing for witnesses.")
# Short incident reports: a page left with 20 words is still an article here.
SHORT = CleanConfig(min_article_words=20)


def _texts(db: Path) -> dict[str, tuple[str, str | None]]:
    from clipper.archive import open_archive

    archive = open_archive(str(db))
    with archive.sessions() as session:
        rows = session.execute(select(Page.source_key, Page.text, Page.template_lines)).all()
    return {key: (text, cut) for key, text, cut in rows}


def _bulletin(tmp_path: Path) -> Path:
    """A JSONL dump of one site's incident reports, each with both recurring sentences and
    the recurring furniture line."""
    records = [
        {
            "url": f"https://brookfield-bulletin.example/news/{i}",
            "title": f"Incident report {i}",
            "maintext": "\n".join([report, SENTENCES[0], FURNITURE, SENTENCES[1]]),
            "source_domain": "brookfield-bulletin.example",
        }
        for i, report in enumerate(INCIDENTS)
    ]
    path = tmp_path / "bulletin.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n")
    return path


def test_recurring_sentences_stay_recurring_furniture_goes(tmp_path: Path) -> None:
    path = _bulletin(tmp_path)
    build(tmp_path / "a.db", [path], clean=SHORT)
    texts = _texts(tmp_path / "a.db")
    assert len(texts) == 5
    for text, cut in texts.values():
        lines = text.split("\n")
        assert lines[1:] == list(SENTENCES)  # in place, after the report, both kept
        assert FURNITURE not in lines
        assert cut is not None and FURNITURE in cut


@pytest.mark.parametrize("workers", [1, 2])
def test_search_finds_the_article_not_its_template(tmp_path: Path, workers: int) -> None:
    """The full-text index holds the text as stored: words only in the cut template line find
    nothing, the report's words find every page; the same with worker processes (which compute
    the index's words before the main process cuts the template)."""
    from clipper.search import search

    path = _bulletin(tmp_path)
    archive, _ = build(tmp_path / "a.db", [path], clean=SHORT, workers=workers)
    assert search(archive, '"social media"', variants=True) == []
    assert len(search(archive, "witnesses", variants=True)) == 5
    assert len(search(archive, "timber lorry", variants=True)) == 1


def test_pages_without_a_site_are_not_pooled_into_one(tmp_path: Path) -> None:
    """Text dumps of different outlets saved in one folder, without URLs: a short line they
    share is not a template of a "site" they do not have."""
    folder = tmp_path / "dumps"
    folder.mkdir()
    for i, report in enumerate(INCIDENTS):
        (folder / f"report-{i}.txt").write_text(
            "\n".join([f"Incident report {i}", report, "In other news this week", SENTENCES[1]])
        )
    build(tmp_path / "b.db", [folder], clean=SHORT)
    texts = _texts(tmp_path / "b.db")
    assert len(texts) == 5
    for text, cut in texts.values():
        assert "In other news this week" in text.split("\n")
        assert cut is None


def test_furniture_shape() -> None:
    assert is_furniture_shaped("Share this article")
    assert is_furniture_shaped("© 2026 Brookfield Bulletin Ltd. All rights reserved.")
    assert is_furniture_shaped("Email news@brookfield-bulletin.example with your story.")
    assert is_furniture_shaped("Artikel teilen")
    assert not is_furniture_shaped("No one was injured.")
    assert not is_furniture_shaped("Die Polizei sucht Zeugen.")
    assert not is_furniture_shaped("火灾原因正在调查中。")


def _records(reports: list[tuple[int, str]]) -> list[dict[str, str]]:
    return [
        {
            "url": f"https://brookfield-bulletin.example/news/{i}",
            "title": f"Incident report {i}",
            "maintext": "\n".join([report, SENTENCES[0], FURNITURE, SENTENCES[1]]),
            "source_domain": "brookfield-bulletin.example",
        }
        for i, report in reports
    ]


def _nights(
    tmp_path: Path, db: str, nights: list[list[dict[str, str]]], **config: Any
) -> str:
    """Each night's records as a JSONL dump of its own, run one night after the other into
    the archive at ``db`` (an SQLite file in ``tmp_path``, or a URL)."""
    from clipper.archive import open_archive
    from clipper.pipeline import dedupe

    location = db if "://" in db else str(tmp_path / db)
    name = db.rsplit("/", 1)[-1]
    for n, records in enumerate(nights):
        path = tmp_path / f"{name}-night{n}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in records))
        dedupe(open_archive(location), [str(path)], Config(workers=1, clean=SHORT, **config))
    return location


def _stored(db: str) -> list[tuple[str, str, str | None]]:
    from clipper.archive import open_archive

    archive = open_archive(db)
    with archive.sessions() as session:
        rows = session.execute(
            select(Page.source_key, Page.text, Page.template_lines).order_by(
                Page.source_key, Page.text
            )
        ).all()
    return [(key, text, cut) for key, text, cut in rows]


def test_stored_text_is_the_same_in_one_run_or_split_over_nights(tmp_path: Path) -> None:
    """The furniture line reaches the template threshold (4 pages) only with the fourth page:
    the pages stored on earlier nights are cut again then, so every split stores the same
    text, and search no longer finds the cut line in any of them."""
    from clipper.search import search

    records = _records(list(enumerate(INCIDENTS)))
    one_run = _nights(tmp_path, "one.db", [records])
    nightly = _nights(tmp_path, "nightly.db", [[r] for r in records])
    two_nights = _nights(tmp_path, "two.db", [records[:3], records[3:]], batch_size=2)
    one_batch_each = _nights(tmp_path, "batches.db", [records], batch_size=1)
    expected = _stored(one_run)
    assert all(cut is not None and FURNITURE in cut for _, _, cut in expected)
    assert _stored(nightly) == expected
    assert _stored(two_nights) == expected
    assert _stored(one_batch_each) == expected
    from clipper.archive import open_archive

    for db in (nightly, two_nights):
        archive = open_archive(str(db))
        assert search(archive, '"social media"', variants=True) == []
        assert len(search(archive, "witnesses", variants=True)) == 5


def test_a_new_version_of_a_page_does_not_count_its_lines_twice(tmp_path: Path) -> None:
    """Three pages of a site carry the line, one of them in two versions (a corrected
    report): three pages, under the threshold of four, in one run as over three nights."""
    records = _records(list(enumerate(INCIDENTS[:3])))
    corrected = dict(records[1], maintext=records[1]["maintext"].replace("Mill", "Mill Lane"))
    corrected["maintext"] = INCIDENTS[3] + "\n" + records[1]["maintext"]
    one_run = _nights(tmp_path, "one.db", [[*records, corrected]])
    split = _nights(tmp_path, "split.db", [records[:2], [corrected], records[2:]])
    expected = _stored(one_run)
    assert len(expected) == 4
    assert all(cut is None and FURNITURE in text for _, text, cut in expected)
    assert _stored(split) == expected


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
)
def test_pages_cut_again_are_searched_as_stored_on_each_backend(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """Three nights of one page, then a night of two: the full-text index of the pages cut
    again (SQLite's FTS5 table, PostgreSQL's tsvector column) holds their new text."""
    from clipper.archive import open_archive
    from clipper.search import search

    records = _records(list(enumerate(INCIDENTS)))
    for folder in ("one", "split"):
        (tmp_path / folder).mkdir()
    one = _nights(tmp_path, new_location(request, backend, tmp_path / "one"), [records])
    split = _nights(
        tmp_path,
        new_location(request, backend, tmp_path / "split"),
        [[records[0]], [records[1]], [records[2]], records[3:]],
    )
    assert _stored(split) == _stored(one)
    archive = open_archive(split)
    assert search(archive, '"social media"', variants=True) == []
    assert len(search(archive, "witnesses", variants=True)) == 5


def _index_and_rebuilt(db: str) -> tuple[list[Any], list[Any]]:
    """Every (word, page, column, place) the SQLite archive's full-text index holds, as it
    is and as the index built afresh from the stored pages holds it."""
    from clipper.archive import open_archive
    from clipper.backends import backend_for

    archive = open_archive(db)
    try:
        with archive.engine.connect() as connection:
            connection.exec_driver_sql(
                "CREATE VIRTUAL TABLE IF NOT EXISTS temp.entries "
                "USING fts5vocab(main, pages_fts, instance)"
            )
            read = "SELECT term, doc, col, offset FROM temp.entries ORDER BY doc, col, offset"
            now = list(connection.exec_driver_sql(read).all())
            backend_for(connection).reindex_all(connection)
            rebuilt = list(connection.exec_driver_sql(read).all())
            connection.rollback()
    finally:
        archive.close()
    return now, rebuilt


def _tables(db: str) -> set[str]:
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return {name for (name,) in con.execute("SELECT name FROM sqlite_master")}
    finally:
        con.close()


def test_pages_cut_again_leave_the_index_as_built_afresh_and_keep_no_words_beside_it(
    tmp_path: Path,
) -> None:
    """Three nights of one page, then a night of two: the three stored pages are cut again
    and their full-text entries replaced.  SQLite's FTS5 table forgets an entry only given
    the words it holds: made again from the pages' old texts (no copy of them kept beside the
    index since migration 0087: +34 % disk a page), the index is the one built afresh from
    the stored pages."""
    records = _records(list(enumerate(INCIDENTS)))
    db = _nights(tmp_path, "split.db", [[records[0]], [records[1]], [records[2]]])
    assert all(FURNITURE in text for _, text, _ in _stored(db))
    _nights(tmp_path, db, [records[3:]])
    assert all(FURNITURE not in text for _, text, _ in _stored(db))
    now, rebuilt = _index_and_rebuilt(db)
    assert now and now == rebuilt
    assert "pages_fts" in _tables(db) and "pages_fts_words" not in _tables(db)


def test_an_archive_upgraded_from_0086_drops_the_kept_words_and_cuts_its_pages_again(
    tmp_path: Path,
) -> None:
    """An archive of migration 0086 kept each entry's search text beside the index
    (``pages_fts_words``, from 0084): upgraded (0087), the table is gone, and the pages it
    stored leave the index by their search text made again when they are cut again: the
    index is the one built afresh, found by the pages' new words, not by the cut line's."""
    import sqlite3

    from clipper.archive import open_archive
    from clipper.search import search
    from clipper.searchtext import search_text

    records = _records(list(enumerate(INCIDENTS)))
    db = _nights(tmp_path, "old.db", [[records[0]], [records[1]], [records[2]]])
    con = sqlite3.connect(db)
    with con:  # as clipper at 0086 left it: each entry's words kept
        con.execute(
            "CREATE TABLE pages_fts_words "
            "(page_id INTEGER PRIMARY KEY, title TEXT NOT NULL, body TEXT NOT NULL)"
        )
        pages = con.execute("SELECT id, title, text, language FROM pages").fetchall()
        con.executemany(
            "INSERT INTO pages_fts_words VALUES (?, ?, ?)",
            [(i, search_text(t, lang), search_text(x, lang)) for i, t, x, lang in pages],
        )
        con.execute("UPDATE alembic_version SET version_num = '0086'")
    con.close()
    _nights(tmp_path, db, [records[3:]])
    assert "pages_fts_words" not in _tables(db)
    assert len(_stored(db)) == 5 and all(FURNITURE not in text for _, text, _ in _stored(db))
    now, rebuilt = _index_and_rebuilt(db)
    assert now and now == rebuilt
    archive = open_archive(db)
    try:
        assert search(archive, '"social media"', variants=True) == []
        assert len(search(archive, "witnesses", variants=True)) == 5
    finally:
        archive.close()


# A German site's reports (paragraphs of 100 characters or more, holding umlauts and
# compound words: their search text adds the words spelled "ae oe ue" and the compounds'
# parts) and its newsletter line, which becomes template with the fourth page.
BERICHTE = [
    "Ein Lieferwagen verlor am Montagmorgen auf der Ringstraße seine Ladung Bauholz, und die "
    "Fahrspuren nach Osten blieben drei Stunden lang gesperrt.",
    "Ein Fettbrand breitete sich am Dienstagabend in der Küche eines Reihenhauses in der "
    "Erlenstraße aus, bevor zwei Löschzüge der Feuerwache ihn löschten.",
    "Ein Baugerüst an der alten Kornbörse stürzte am Mittwoch bei starkem Wind ein und "
    "landete quer über dem Marktplatz, der bis zum Abend gesperrt blieb.",
    "Eine Radfahrerin stürzte am Donnerstag am Mühlenberg, als sich ein Schlagloch öffnete, "
    "und die Stadtverwaltung schickte noch am selben Tag einen Trupp.",
    "Ein Wasserrohrbruch überflutete am Freitag die Unterführung am Bahnhof, und Pendler "
    "mussten den langen Umweg nehmen, bis die Pumpen sie geleert hatten.",
]
NEWSLETTER = "Jetzt den Brückenblatt-Newsletter abonnieren"


def _berichte() -> list[dict[str, str]]:
    return [
        {
            "url": f"https://brueckenblatt.example/lokales/{i}",
            "title": f"Polizeibericht {i}",
            "maintext": "\n".join([report, "Verletzt wurde niemand.", NEWSLETTER,
                                   "Die Polizei sucht Zeugen."]),
            "source_domain": "brueckenblatt.example",
        }
        for i, report in enumerate(BERICHTE)
    ]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]
)
def test_a_page_cut_again_is_found_by_its_new_words_not_by_the_cut_ones_on_each_backend(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """German reports stored on three nights, then two more: the newsletter line becomes
    template and the stored pages are cut again.  Search finds each page by the words of
    its text and by the words its search text adds (``ae oe ue`` for ``ä ö ü``, a compound's
    part), and none by the cut line, its spelling or its compound's parts, on each backend;
    on SQLite the index is the one built afresh."""
    from clipper.archive import open_archive
    from clipper.search import search

    assert is_furniture_shaped(NEWSLETTER)
    records = _berichte()
    (tmp_path / "split").mkdir()
    db = _nights(
        tmp_path,
        new_location(request, backend, tmp_path / "split"),
        [[records[0]], [records[1]], [records[2]], records[3:]],
    )
    stored = _stored(db)
    assert len(stored) == 5 and all(
        NEWSLETTER not in text and [line for _, line in json.loads(cut or "[]")] == [NEWSLETTER]
        for _, text, cut in stored
    )
    archive = open_archive(db)
    try:
        for gone in ("Brückenblatt", "Brueckenblatt", "Newsletter", "abonnieren", "Blatt"):
            assert search(archive, gone, variants=True) == [], gone
        for kept, pages in (("Zeugen", 5), ("Küche", 1), ("Kueche", 1), ("Löschzüge", 1),
                            ("Loeschzuege", 1), ("Brand", 1), ("Mühlenberg", 1)):
            assert len(search(archive, kept, variants=True)) == pages, kept
    finally:
        archive.close()
    if backend == "sqlite":
        now, rebuilt = _index_and_rebuilt(db)
        assert now and now == rebuilt
