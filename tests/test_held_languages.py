"""A ``--lang`` no page of the archive is in says so (newcomer 33, finding 17): ``br`` is
Breton, which the archive holds no page of, where a Brazilian types ``br`` meaning Brazil; the
note names the language and, for a code that is also a country's, how to ask for the country's
language.  The archive knows its languages from ``meta``'s rows (clipper.heldlanguages), noted
as pages are indexed and, for an archive of before, by migration 0078.

Fixtures: invented news records in Spanish and Brazilian Portuguese.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import create_engine, text

from clipper.cli import cli
from tests.conftest import records_archive

_RECORDS = [
    {
        "url": "https://diariodelvalle.example/economia/cooperativa",
        "title": "La cooperativa lechera duplica su producción",
        "text": "La cooperativa lechera del valle duplicó este año su producción de quesos "
        "maduros gracias a una nueva planta de refrigeración financiada con fondos regionales, "
        "según informó su presidenta. Los productores pidieron mejorar el camino rural.",
        "language": "es",
        "date_publish": "2026-12-03",
    },
    {
        "url": "https://folhadoplanalto.example/economia/cooperativa",
        "title": "Cooperativa de leite dobra a produção de queijos",
        "text": "A cooperativa de leite do planalto dobrou neste ano a produção de queijos "
        "curados graças a uma nova câmara frigorífica financiada com recursos estaduais, "
        "informou a presidente. Os produtores pediram a melhoria da estrada rural.",
        "language": "pt-BR",
        "date_publish": "2026-12-03",
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_archive(tmp_path_factory.mktemp("held"), _RECORDS)


def run(db: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result


def test_a_lang_no_page_is_in_says_so_and_names_the_countrys_language(db: Path) -> None:
    result = run(db, "search", "--lang", "br", "cooperativa")
    assert result.stdout.strip() == "No matches."
    assert (
        "note: no page of the archive is in br (Breton); BR is also Brazil's country code: "
        "for its pages give --region BR (--lang pt takes Portuguese as written anywhere)"
    ) in result.stderr
    found = run(db, "search", "--lang", "pt-BR", "--json", "cooperativa")
    assert [json.loads(line)["url"] for line in found.stdout.splitlines()] == [
        _RECORDS[1]["url"]
    ]
    # a code that is no country's, or a country's whose language the archive holds no page
    # of either, names no other language
    german = run(db, "search", "--lang", "de", "cooperativa")
    assert "note: no page of the archive is in de (German)\n" in german.stderr
    catalan = run(db, "search", "--lang", "ca", "cooperativa")
    assert "no page of the archive is in ca (Catalan)\n" in catalan.stderr
    # a language the archive holds gets no such note where nothing matches
    result = run(db, "search", "--lang", "es", "quesillo")
    assert result.stdout.strip() == "No matches."
    assert "no page of the archive" not in result.stderr
    assert "no page of the archive" not in run(db, "search", "--lang", "pt", "x").stderr


def test_an_archive_of_before_learns_its_languages_on_upgrade(tmp_path: Path) -> None:
    db = records_archive(tmp_path, _RECORDS)
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM meta WHERE key LIKE 'language:%'"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0077'"))
    engine.dispose()
    result = run(db, "search", "--lang", "br", "cooperativa")  # upgraded first
    assert "for its pages give --region BR" in result.stderr
    assert "no page of the archive" not in run(db, "search", "--lang", "es", "x").stderr


def test_export_and_watch_add_say_so_of_a_lang_too(db: Path) -> None:
    """``export --lang`` and ``watch add --lang`` give search's note (fixes33c left them out)."""
    note = (
        "note: no page of the archive is in br (Breton); BR is also Brazil's country code: "
        "for its pages give --region BR (--lang pt takes Portuguese as written anywhere)"
    )
    exported = run(db, "export", "--lang", "br", "--lang", "es")
    assert [json.loads(line)["url"] for line in exported.stdout.splitlines()] == [
        _RECORDS[0]["url"]
    ]
    assert note + "\n" in exported.stderr
    assert "(Spanish)" not in exported.stderr
    assert "no page of the archive" not in run(db, "export", "--lang", "pt").stderr
    added = run(db, "watch", "add", "leite", "cooperativa", "--lang", "br")
    assert f"{note}; the watchlist follows no story in it until one arrives\n" in added.stderr
    assert "no page of the archive" not in run(
        db, "watch", "add", "leche", "cooperativa", "--lang", "es"
    ).stderr
