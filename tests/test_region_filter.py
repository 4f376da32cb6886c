"""``--region CC``: the pages of a country (newcomer 35, finding 4).  A Lisbon researcher
comparing Brazilian, Portuguese and Angolan coverage typed ``--lang pt-BR`` and silently got
every Portuguese page, and the ``--lang br`` note sent her there.  clipper keeps a page's
language, not its country: ``--lang pt-BR`` now says it is read as ``pt`` and that ``--region BR``
keeps Brazil's pages; ``--region`` (search, export, clusters) keeps the pages stating a
country (``pages.region``: a ``pt-BR`` tag, a record's ``country``), with a note for a country
no page states.  Also ``search --by-story`` counting articles, not pages (finding 8), and a
news-please record's empty ``maintext`` no longer said to have only "filename" (finding 7).

Fixtures: invented news-please style records of a farm cooperative story, in Portugal's,
Brazil's and Angola's Portuguese, and a Spanish one.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli
from tests.conftest import build, records_archive

_LISBON = (
    "A cooperativa agrícola do Ribatejo duplicou este ano a produção de tomate de indústria "
    "graças a um novo sistema de rega financiado com fundos europeus, informou a direção. "
    "Os agricultores pediram ao Governo a reparação urgente da estrada municipal que liga as "
    "herdades à fábrica de concentrado, cortada desde as cheias de março."
)
_SAO_PAULO = (
    "A cooperativa de café do sul de Minas bateu neste ano o recorde de exportações para a "
    "Ásia graças a um novo armazém climatizado financiado pelo banco de fomento estadual, "
    "informou a diretoria. Os cafeicultores pediram ao governo federal a pavimentação da "
    "rodovia que leva as safras até o porto de Santos."
)
_LUANDA = (
    "A cooperativa de pescadores da baía do Lobito triplicou este ano as capturas de "
    "carapau graças a uma nova câmara frigorífica oferecida pela administração municipal, "
    "informou o seu presidente. Os pescadores pediram a reabilitação do cais de desembarque "
    "danificado pelas chuvas de fevereiro."
)
_MADRID = (
    "La cooperativa aceitera de Jaén duplicó este año su producción de aceite virgen extra "
    "gracias a una nueva almazara financiada con fondos europeos, según informó su "
    "presidenta. Los olivareros pidieron a la Junta arreglar el camino rural de la sierra."
)

_RECORDS = [
    {
        "url": "https://diario-ribatejo.example/economia/cooperativa-tomate",
        "title": "Cooperativa do Ribatejo duplica produção de tomate",
        "maintext": _LISBON,
        "language": "pt",
        "country": "PT",
        "date_publish": "2026-12-03 10:00:00",
    },
    {
        "url": "https://folha-mineira.example/economia/cooperativa-cafe",
        "title": "Cooperativa mineira bate recorde de exportação de café",
        "maintext": _SAO_PAULO,
        "language": "pt-BR",
        "date_publish": "2026-12-03 09:00:00",
    },
    {
        "url": "https://jornal-lobito.example/economia/cooperativa-pescadores",
        "title": "Cooperativa de pescadores do Lobito triplica capturas",
        "maintext": _LUANDA,
        "language": "pt",
        "country": "AO",
        "date_publish": "2026-12-03 11:00:00",
    },
    {
        "url": "https://diario-jaen.example/economia/cooperativa-aceite",
        "title": "La cooperativa aceitera de Jaén duplica su producción",
        "maintext": _MADRID,
        "language": "es",
        "country": "ES",
        "date_publish": "2026-12-03 12:00:00",
    },
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return records_archive(tmp_path_factory.mktemp("regions"), _RECORDS)


def run(db: Path, *args: str, code: int = 0) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", str(db)])
    assert result.exit_code == code, result.output
    return result


def urls(result: Result) -> list[str]:
    return sorted(json.loads(line)["url"] for line in result.stdout.splitlines())


def test_lang_pt_br_says_it_is_all_portuguese_and_names_region() -> None:
    """The note is printed when the value is read, whatever the archive holds."""
    result = CliRunner().invoke(cli, ["search", "--lang", "pt-BR", "--help"])
    assert result.exit_code == 0
    for value in ("pt-BR", "pt_br"):
        read = CliRunner().invoke(cli, ["export", "--lang", value, "--db", "/nonexistent/x.db"])
        assert (
            f"note: --lang {value} read as pt (Portuguese) as written anywhere: clipper keeps a "
            "page's language, not its country; --region BR keeps the pages of Brazil"
        ) in read.stderr
    plain = CliRunner().invoke(cli, ["export", "--lang", "pt", "--db", "/nonexistent/x.db"])
    assert "note: --lang" not in plain.stderr


def test_lang_pt_br_still_takes_every_portuguese_page(db: Path) -> None:
    found = run(db, "search", "--lang", "pt-BR", "--json", "cooperativa")
    assert urls(found) == sorted(record["url"] for record in _RECORDS[:3])
    assert "--region BR keeps the pages of Brazil" in found.stderr


def test_region_keeps_the_pages_of_a_country_in_search_export_and_clusters(db: Path) -> None:
    brazil = _RECORDS[1]["url"]
    assert urls(run(db, "search", "--region", "BR", "--json", "cooperativa")) == [brazil]
    assert urls(run(db, "search", "--region", "br", "--json", "cooperativa")) == [brazil]
    assert urls(run(db, "export", "--region", "BR")) == [brazil]
    # repeatable: any of them; beside --lang: both
    both = run(db, "export", "--region", "AO", "--region", "BR")
    assert urls(both) == sorted([brazil, str(_RECORDS[2]["url"])])
    assert urls(run(db, "export", "--region", "ES", "--lang", "pt")) == []
    clusters = run(db, "clusters", "--region", "AO", "--json")
    assert [json.loads(line)["url"] for line in clusters.stdout.splitlines()] == [
        _RECORDS[2]["url"]
    ]
    assert "no page of the archive" not in both.stderr


def test_a_region_no_page_states_says_so_and_a_non_country_is_refused(db: Path) -> None:
    result = run(db, "search", "--region", "MX", "cooperativa")
    assert result.stdout.strip() == "No matches."
    assert (
        "note: no page of the archive states it is of MX (Mexico): a page's country is what it "
        "or its record states"
    ) in result.stderr
    assert "states it is of MX" in run(db, "export", "--region", "MX").stderr
    assert "states it is of MX" in run(db, "clusters", "--region", "MX").stderr
    refused = run(db, "search", "--region", "pt-BR", "cooperativa", code=2)
    assert "--region pt-BR is no ISO 3166 country code: for pt-BR's country give --region BR" in (
        refused.stderr
    )
    assert "no ISO 3166 country code" in run(db, "export", "--region", "Brasil", code=2).stderr


def test_by_story_counts_articles_not_the_pages_of_them(tmp_path: Path) -> None:
    """With --variants every copy is a hit: two outlets' copies of one article are 1 article
    of 2 pages (the newcomer's "9 matching articles" were 9 pages of 2 articles)."""
    copy = {**_RECORDS[0], "url": "https://portal-ribatejano.example/cooperativa-tomate"}
    db = records_archive(tmp_path, [_RECORDS[0], copy, _RECORDS[2]])
    shown = run(db, "search", "--variants", "--by-story", "cooperativa AND tomate").stdout
    assert ": 1 matching article, 2 pages (clipper show story:" in shown
    assert "2 matching articles" not in shown
    alone = run(db, "search", "--by-story", "cooperativa AND tomate").stdout
    assert ": 1 matching article (clipper show story:" in alone


def test_an_empty_maintext_names_no_short_field_as_where_the_page_is(tmp_path: Path) -> None:
    """news-please's empty ``maintext`` beside its ``filename``, ``authors`` and dates: the
    detail named "filename" alone, as if the record held nothing else; a long unread field is
    still named as where the text may be."""
    empty = {
        "url": "https://diario-ribatejo.example/economia/vazio",
        "title": "Cooperativa reúne associados",
        "maintext": "",
        "filename": "https%3A%2F%2Fdiario-ribatejo.example%2Feconomia%2Fvazio.json",
        "authors": ["Ana Ribeiro"],
        "date_publish": "2026-12-03 10:00:00",
        "source_domain": "diario-ribatejo.example",
        "image_url": "https://diario-ribatejo.example/img/vazio.jpg",
    }
    scraped = {
        "url": "https://diario-ribatejo.example/economia/scrapy",
        "title": "Cooperativa do Ribatejo duplica produção de tomate",
        "content": "",
        "page_body": _LISBON,
    }
    dump = tmp_path / "night.jsonl"
    dump.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in (empty, scraped)))
    archive, _ = build(tmp_path / "clipper.db", [dump])
    archive.close()
    rejected = run(tmp_path / "clipper.db", "rejections", "--json")
    details = {
        json.loads(line)["origin"].rsplit(":", 1)[-1]: json.loads(line)["detail"]
        for line in rejected.stdout.splitlines()
    }
    assert details["1"].startswith("empty maintext field")
    assert "filename" not in details["1"] and "authors" not in details["1"]
    assert "text in a field clipper does not read: page_body;" in details["2"]
