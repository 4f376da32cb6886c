"""``search`` and ``clusters`` ``--author`` and ``--agency``: a desk lists a wire agency's
pick-ups and a journalist's articles (newcomer 48b: no way to, in any command).  A name is found
by its words in one name of the byline, in any order, case and accents aside; an agency by any
spelling of its credit, in the byline, a dateline or a closing credit; without --variants a
cluster by any of its pages.  Both backends; the keys are read through ``page_credits``'
index (the query plan).  Invented pages in Spanish, German, Chinese, Italian, French and
English."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.archive import open_archive
from clipper.bylinekeys import agency_keys, credit_keys, name_keys, name_words
from clipper.cli import cli
from tests.conftest import build


def _paragraphs(template: str, count: int = 6) -> str:
    return "\n".join(template.format(i) for i in range(count))


BRIDGE_ES = _paragraphs(
    "Párrafo {}: el nuevo puente de Valdeluna unirá los dos barrios del río, según el "
    "ayuntamiento y las asociaciones de vecinos de la zona norte."
)
BRIDGE_DE = _paragraphs(
    "Absatz {}: die neue Brücke in Feldhain verbindet zwei Stadtteile am Fluss, sagte die "
    "Stadtverwaltung am Montag vor Journalisten im Rathaus."
)
BRIDGE_ZH = _paragraphs(
    "第{}段：青山橋將於下月正式通車，運輸署表示新橋可以縮短兩區之間的車程約二十分鐘，居民普遍表示歡迎。"
)
BRIDGE_IT = _paragraphs(
    "Paragrafo {}: il nuovo ponte di Valfiore collegherà i due quartieri sul fiume, ha detto "
    "il comune lunedì mattina ai giornalisti."
)
BRIDGE_FR = (
    "CASTELROC, 6 déc (AFP) - Le nouveau pont de Castelroc reliera les deux rives du fleuve "
    "dès le mois de mars, a annoncé lundi la mairie de la ville.\n"
    + _paragraphs(
        "Paragraphe {}: le chantier du pont de Castelroc a duré trois ans et coûté plus que "
        "prévu, selon la mairie et les entreprises du bâtiment.",
        5,
    )
)
# an AFP story in English on the agency's wire, and a paper's copy of it signed by its own
# reporter, the credit kept at the end
BRIDGE_EN = _paragraphs(
    "Paragraph {}: the new Castelroc bridge will link both banks of the river from March, "
    "the town hall said on Monday after three years of building work."
)


def _record(url: str, title: str, text: str, language: str, **more: Any) -> dict[str, Any]:
    return {"url": url, "title": title, "maintext": text, "language": language, **more}


RECORDS = [
    _record("https://diario-sur.example/puente", "El puente de Valdeluna abrirá en marzo",
            BRIDGE_ES, "es", authors=["Por María López"], date_publish="2026-12-06T08:00:00Z"),
    _record("https://nordblatt.example/bruecke", "Neue Brücke in Feldhain eröffnet",
            BRIDGE_DE + "\n– dpa", "de", authors=["Von Jana Müller"],
            date_publish="2026-12-06T09:00:00Z"),
    _record("https://hk-daily.example/bridge", "青山橋下月通車", BRIDGE_ZH, "zh",
            authors=["文／記者陳小明"], date_publish="2026-12-06T10:00:00Z"),
    _record("https://gazzetta-nord.example/ponte", "Nuovo ponte a Valfiore",
            BRIDGE_IT + "\n/ANSA/", "it", date_publish="2026-12-06T11:00:00Z"),
    _record("https://wire-fr.example/pont", "Un pont neuf à Castelroc", BRIDGE_FR, "fr",
            date_publish="2026-12-06T07:00:00Z"),
    _record("https://wire-en.example/bridge", "Castelroc bridge to open in March",
            BRIDGE_EN, "en", authors=["Agence France-Presse"],
            date_publish="2026-12-06T06:00:00Z"),
    _record("https://valley-post.example/bridge", "Castelroc's bridge opens in March",
            BRIDGE_EN, "en", authors=["By Jane Doe and John Roe"],
            date_publish="2026-12-06T12:00:00Z"),
]  # fmt: skip


@pytest.fixture(scope="module")
def archive_db(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> str:
    dump = tmp_path_factory.mktemp("night") / "night.jsonl"
    dump.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in RECORDS),
        encoding="utf-8",
    )
    build(module_db_url, [dump])[0].close()  # type: ignore[arg-type]
    return module_db_url


def _json(db: str, *args: str) -> list[dict[str, Any]]:
    found = CliRunner().invoke(cli, [*args, "--db", db, "--json"])
    assert found.exit_code == 0, found.output
    return [json.loads(line) for line in found.stdout.splitlines()]


def _sites(db: str, *args: str) -> list[str]:
    return sorted(str(row["site"]) for row in _json(db, *args))


def test_a_name_is_found_by_its_words_in_any_order_case_and_accents_aside(archive_db: str) -> None:
    for asked in ("María López", "lopez maria", "LÓPEZ", "López, María"):
        assert _sites(archive_db, "search", "puente", "--author", asked) == ["diario-sur.example"]
    assert _sites(archive_db, "search", "Brücke", "--author", "Jana Mueller") == []
    assert _sites(archive_db, "search", "Brücke", "--author", "jana müller") == [
        "nordblatt.example"
    ]
    # every word in one name: "Jane Roe" is no name of "Jane Doe; John Roe"
    for asked in ("Jane Doe", "Roe John"):
        assert _sites(archive_db, "search", "bridge", "--variants", "--author", asked) == [
            "valley-post.example"
        ]
    assert _sites(archive_db, "search", "bridge", "--variants", "--author", "Jane Roe") == []


def test_a_chinese_name_is_found_in_either_script_inside_its_label(archive_db: str) -> None:
    for asked in ("陳小明", "陈小明"):
        assert _sites(archive_db, "search", "青山橋", "--author", asked) == ["hk-daily.example"]
    assert _sites(archive_db, "search", "青山橋", "--author", "陳大文") == []


def test_an_agency_is_found_by_any_spelling_in_byline_dateline_or_closing(archive_db: str) -> None:
    assert _sites(archive_db, "search", "Brücke", "--agency", "DPA") == ["nordblatt.example"]
    assert _sites(archive_db, "search", "ponte", "--agency", "ansa") == ["gazzetta-nord.example"]
    # a dateline's credit, cut from the text, and a byline of the agency's name; with
    # --variants each page by its own credits (the paper's copy credits no one)
    assert _sites(archive_db, "search", "Castelroc", "--agency", "AFP", "--variants") == [
        "wire-en.example", "wire-fr.example"
    ]  # fmt: skip
    assert _sites(archive_db, "search", "pont", "--agency", "أ ف ب") == ["wire-fr.example"]
    assert _sites(archive_db, "search", "pont", "--agency", "Reuters") == []
    # repeated: any of them
    both = ["--agency", "ANSA", "--agency", "dpa"]
    assert _sites(archive_db, "search", "ponte OR Brücke", *both) == [
        "gazzetta-nord.example", "nordblatt.example"
    ]  # fmt: skip


def test_without_variants_a_cluster_is_found_by_any_of_its_pages(archive_db: str) -> None:
    """The paper's copy names its own reporter and the wire's page the agency: without
    --variants the article (the wire's canonical) is found by the copy's byline; with it, each
    page by its own."""
    (hit,) = _json(archive_db, "search", "bridge", "--author", "Jane Doe")
    assert hit["site"] == "wire-en.example" and hit["is_canonical"] is True
    assert hit["pages"] == 2
    listed = _json(archive_db, "clusters", "--agency", "Agence France-Presse")
    assert sorted((row["site"], row["size"]) for row in listed) == [
        ("wire-en.example", 2), ("wire-fr.example", 1)
    ]  # fmt: skip
    assert _json(archive_db, "clusters", "--author", "Jane Doe") == _json(
        archive_db, "clusters", "--agency", "AFP", "--author", "doe"
    )
    assert _json(archive_db, "clusters", "--author", "María López", "--agency", "AFP") == []


def test_a_list_narrowed_to_nothing_says_which_filter(archive_db: str) -> None:
    found = CliRunner().invoke(cli, ["clusters", "--db", archive_db, "--agency", "Reuters"])
    assert found.exit_code == 0
    assert "none of them with --agency Reuters" in " ".join(found.stderr.split())
    refused = CliRunner().invoke(cli, ["search", "--db", archive_db, "x", "--author", "--", "-"])
    assert refused.exit_code == 2


def test_the_filters_read_the_credits_index_not_the_archive(archive_db: str) -> None:
    """SQLite's plan of the statements clusters and search run: page_credits by its primary
    key, pages and clusters by their ids; no table scanned but the full-text index's match."""
    if not archive_db.endswith(".db"):
        pytest.skip("SQLite's query plan")
    from sqlalchemy import event

    from clipper import clusterlist, search

    archive = open_archive(archive_db)
    statements: list[tuple[str, Any]] = []

    def keep(conn: Any, cursor: Any, statement: str, parameters: Any, *rest: Any) -> None:
        if "page_credits" in statement and not statement.startswith("EXPLAIN"):
            statements.append((statement, parameters))

    event.listen(archive.engine, "before_cursor_execute", keep)
    try:
        clusterlist.count_clusters(archive, authors=["Jane Doe"], agencies=["AFP"])
        search.search(archive, "bridge", authors=["Jane Doe"], agencies=["AFP"])
        search.search(archive, "bridge", authors=["Jane Doe"], variants=True)
        assert len(statements) == 3
        with archive.engine.connect() as connection:
            for statement, parameters in statements:
                plan = [
                    str(row[-1])
                    for row in connection.exec_driver_sql(
                        f"EXPLAIN QUERY PLAN {statement}", parameters
                    )
                ]
                # the full-text match, and the pages the credits' subquery found
                scans = [
                    line for line in plan if line.startswith("SCAN")
                    and not re.fullmatch(r"SCAN (pages_fts VIRTUAL .*|(author|agency)\d)", line)
                ]  # fmt: skip
                assert not scans, plan
                assert any("page_credits" in line or "USING PRIMARY KEY (kind=? AND key=?)"
                           in line for line in plan), plan  # fmt: skip
    finally:
        event.remove(archive.engine, "before_cursor_execute", keep)
        archive.close()


def test_keys_of_names_and_credits() -> None:
    assert name_words("Doe, Jane") == name_words("JANE DOE") == ("doe", "jane")
    assert name_words("秋山 信一") == name_words("秋山信一") == ("秋山信一",)
    labelled = name_keys("文／記者陳小明")
    assert "陈小明" in labelled and "文记者陈小明" not in labelled
    assert agency_keys("Reuters/AFP") == ("afp", "reuters")
    assert agency_keys("共同") == agency_keys("Kyodo") == ("kyodo",)
    assert agency_keys("Thomson Reuters") != agency_keys("Reuters")
    # a byline's agency is the agency's, not a person's; a dateline's credit too
    assert credit_keys("Jan Nowak; PAP", "Warszawa (PAP) - Rząd przyjął dziś projekt.") == [
        ("agency", "pap", 0), ("author", "jan", 0), ("author", "nowak", 0)
    ]  # fmt: skip


def test_an_archive_of_before_is_keyed_by_the_upgrade(
    db_url: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """An archive at 0102 (no page_credits) opened by a command: migration 0103 keys every
    stored page, and --author and --agency find them as they find a new archive's."""
    from sqlalchemy import text

    dump = tmp_path_factory.mktemp("before") / "night.jsonl"
    dump.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in RECORDS[:2]),
        encoding="utf-8",
    )
    archive = build(db_url, [dump])[0]  # type: ignore[arg-type]
    try:
        with archive.engine.begin() as connection:
            connection.execute(text("DROP TABLE page_credits"))
            connection.execute(text("UPDATE alembic_version SET version_num = '0102'"))
    finally:
        archive.close()
    assert _sites(db_url, "clusters", "--agency", "dpa") == ["nordblatt.example"]
    assert _sites(db_url, "clusters", "--author", "lópez") == ["diario-sur.example"]


def test_a_byline_a_later_reading_gives_is_found(db_url: str, tmp_path: Path) -> None:
    """A page stored without a byline, then read from an earlier fetch naming its writer
    (whose declarations the page keeps: clipper.sightings): --author finds it by the byline
    it has now."""
    first = _record("https://valley-post.example/bridge", "Castelroc bridge", BRIDGE_EN, "en",
                    date_download="2026-12-06T12:00:00Z")  # fmt: skip
    earlier = {**first, "authors": ["Jane Doe"], "date_download": "2026-12-06T09:00:00Z"}
    for night, record in (("one", first), ("two", earlier)):
        dump = tmp_path / f"{night}.jsonl"
        dump.write_text(json.dumps(record) + "\n", encoding="utf-8")
        build(db_url, [dump])[0].close()  # type: ignore[arg-type]
        found = _sites(db_url, "clusters", "--author", "Jane Doe")
        assert found == ([] if night == "one" else ["valley-post.example"])


def test_export_keeps_the_pages_of_an_author_or_agency(archive_db: str) -> None:
    """export --agency: each page by its own credits, and with --canonical-only the articles a
    page of which credits the agency (the paper's copy signed by its reporter puts the wire's
    canonical in), as --site; a filter that keeps nothing says so."""

    def exported(*args: str) -> list[str]:
        found = CliRunner().invoke(cli, ["export", "--db", archive_db, *args])
        assert found.exit_code == 0, found.output
        return sorted(json.loads(line)["site"] for line in found.stdout.splitlines())

    assert exported("--agency", "afp") == ["wire-en.example", "wire-fr.example"]
    assert exported("--author", "doe jane") == ["valley-post.example"]
    assert exported("--author", "doe jane", "--canonical-only") == ["wire-en.example"]
    assert exported("--agency", "dpa", "--author", "Jana Müller") == ["nordblatt.example"]
    empty = CliRunner().invoke(cli, ["export", "--db", archive_db, "--agency", "Kyodo"])
    assert empty.exit_code == 0 and not empty.stdout.strip()
    assert "none of them with --agency Kyodo" in " ".join(empty.stderr.split())


def test_a_page_of_both_an_author_and_an_agency(archive_db: str) -> None:
    """credited_pages given both: the pages whose own byline names the person and which
    credit the agency ("Jana Müller; dpa"), on either backend's SQL."""
    from sqlalchemy import text

    from clipper.searchfilters import credited_pages

    archive = open_archive(archive_db)
    try:
        with archive.engine.connect() as connection:

            def pages(authors: list[str], agencies: list[str]) -> list[str]:
                params: dict[str, Any] = {}
                listed = credited_pages(authors, agencies, params)
                query = f"SELECT site FROM pages WHERE id IN {listed} ORDER BY site"
                return list(connection.scalars(text(query), params))

            assert pages(["Jana Müller"], ["dpa"]) == ["nordblatt.example"]
            assert pages(["Jane Doe"], ["AFP"]) == []
            assert pages(["Jane Doe", "Müller"], ["AFP", "dpa"]) == ["nordblatt.example"]
    finally:
        archive.close()


def test_a_search_of_filters_alone_names_the_listing_that_keeps_them(archive_db: str) -> None:
    """``search --agency AFP`` with no words ("all of AFP's articles today", newcomers 51a and
    51b) is still bad usage, and its message writes out the ``clusters`` command that lists
    what the filters keep; that command, run as written, lists the agency's articles."""
    found = CliRunner().invoke(cli, ["search", "--db", archive_db, "--agency", "AFP"])
    assert found.exit_code == 2
    message = " ".join(found.stderr.split())
    assert "Missing argument 'QUERY...'" in message
    suggested = message.split("newest first: clipper ", 1)[1]
    assert suggested == f"clusters --sort recent --db {shlex.quote(archive_db)} --agency AFP"
    listed = CliRunner().invoke(cli, [*shlex.split(suggested), "--json"])
    assert listed.exit_code == 0, listed.output
    assert listed.stdout.count("\n") == len(_json(archive_db, "clusters", "--agency", "AFP")) > 0
    # no filter: click's own message alone
    bare = CliRunner().invoke(cli, ["search", "--db", archive_db])
    assert bare.exit_code == 2
    assert bare.stderr.strip().endswith("Error: Missing argument 'QUERY...'.")
