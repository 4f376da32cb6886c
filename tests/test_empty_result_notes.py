"""A query that finds nothing says which filter left nothing (newcomer 41: ``search --region CO``
said "no canonical article matches" of words the canonical held: the canonical, an agency's
page, states no country; a Colombian outlet's copy does).  ``search`` counts what the words
match without the filters and with each alone; ``clusters`` what the archive holds.

Fixtures: invented news-please records: an agency's report of a Colombian roads plan (no
country) with a Bogotá outlet's trimmed copy (``country: CO``), a Brazilian report (``pt-BR``)
with an English wire copy of it, and a Mexican one.
"""

from __future__ import annotations

import pytest
from click.testing import CliRunner, Result

from clipper.cli import cli
from tests.conftest import records_archive

_ROADS = (
    "El presidente anunció este sábado un plan de inversión de 4,2 billones de pesos para "
    "reconstruir 12.000 kilómetros de vías terciarias en los departamentos más golpeados por "
    "las lluvias, informó la Casa de Nariño.\n\n"
    "Las obras comenzarán en enero por Cauca, Nariño y Chocó, y serán contratadas con juntas "
    "de acción comunal para que los recursos queden en las veredas, explicó el ministro de "
    "Transporte.\n\n"
    "Los gobernadores pidieron que el plan incluya puentes colgantes, que en muchas zonas son "
    "el único paso de los niños hacia las escuelas."
)
_LULA = (
    "O presidente sancionou nesta sexta-feira a lei que cria o programa nacional de "
    "recuperação de estradas vicinais, com orçamento de 9,8 bilhões de reais até 2028, "
    "informou o Palácio do Planalto.\n\n"
    "Os recursos serão repassados aos municípios com menos de 50 mil habitantes, que terão de "
    "apresentar projetos até março, segundo o ministro dos Transportes."
)
_LULA_EN = (
    "Brazil's president on Friday signed into law a 9.8 billion reais program to repair rural "
    "roads in towns of fewer than 50,000 people, the presidential palace said.\n\n"
    "Municipalities must present projects by March to receive the money, the transport "
    "minister said, and the program runs until 2028."
)
_WATER = (
    "La presidenta presentó el programa nacional de acueductos, que construirá 18 sistemas de "
    "agua potable en el norte del país antes de 2028, con una inversión de 50.000 millones de "
    "pesos, informó la Secretaría del Agua.\n\n"
    "Las primeras obras arrancarán en Sonora y Chihuahua, donde la sequía obligó este año a "
    "repartir agua en pipas a 300 comunidades."
)


def _record(url: str, title: str, text: str, language: str, **extra: str) -> dict[str, str]:
    return {"url": url, "title": title, "maintext": text, "language": language,
            "date_publish": "2026-12-05 10:00:00", **extra}  # fmt: skip


_RECORDS = [
    _record("https://agencia-efe.example/politica/plan-vias", "Petro anuncia plan de vías "
            "terciarias", _ROADS, "es"),
    _record("https://noticiero-bogota.example/nacion/plan-vias", "Petro anuncia plan de vías "
            "terciarias", _ROADS.rsplit("\n\n", 1)[0], "es", country="CO"),
    _record("https://agencia-brasil.example/geral/estradas", "Lula sanciona lei de estradas "
            "vicinais", _LULA, "pt-BR"),
    _record("https://wire-news.example/world/brazil-roads", "Lula signs rural roads law",
            _LULA_EN, "en"),
    _record("https://reforma-norte.example/nacional/acueductos", "Sheinbaum presenta programa "
            "de acueductos", _WATER, "es", country="MX"),
]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(records_archive(tmp_path_factory.mktemp("notes"), _RECORDS))


def _run(db: str, *args: str) -> Result:
    result = CliRunner().invoke(cli, [*args, "--db", db], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    return result


def test_a_region_miss_says_the_words_match_and_the_region_leaves_none(db: str) -> None:
    found = _run(db, "search", "Petro", "--region", "CO")
    assert found.stdout.strip() == "No matches."
    assert "note: the words match 1 article, but not with --region CO\n" in found.stderr
    assert "no canonical article matches" not in found.stderr
    # the Bogotá copy is of CO: --variants finds it, and the note says so
    assert "a copy's own page passes these filters: --variants" in found.stderr
    assert "noticiero-bogota.example" in _run(
        db, "search", "Petro", "--region", "CO", "--variants"
    ).stdout


def test_filters_that_each_keep_some_say_what_each_keeps(db: str) -> None:
    # the Brazilian report is of BR in Portuguese, its wire copy's own cluster in English
    found = _run(db, "search", "Lula", "--lang", "en", "--region", "BR")
    assert found.stdout.strip() == "No matches."
    assert (
        "note: the words match 2 articles; of them, --lang en alone keeps 1, --region BR alone "
        "keeps 1; all together, none\n"
    ) in found.stderr
    dated = _run(db, "search", "Petro", "--since", "2026-12-06", "--until", "2026-12-06")
    assert "note: the words match 1 article, but not with --since 2026-12-06 --until " \
        "2026-12-06\n" in dated.stderr  # fmt: skip


def test_no_filter_note_where_the_words_match_nothing_or_something_is_found(db: str) -> None:
    unknown = _run(db, "search", "zanahoria", "--region", "CO")
    assert unknown.stdout.strip() == "No matches." and "the words match" not in unknown.stderr
    shown = _run(db, "search", "Sheinbaum", "--region", "MX")
    assert "reforma-norte.example" in shown.stdout and "note:" not in shown.stderr
    as_json = _run(db, "search", "Petro", "--region", "CO", "--json")
    assert as_json.stdout == "" and "the words match" not in as_json.stderr


def test_clusters_say_which_filter_left_none(db: str) -> None:
    one = _run(db, "clusters", "--region", "AR")
    # a country no page states has its own note, not this one
    assert "no page of the archive states it is of AR" in one.stderr
    assert "the archive holds" not in one.stderr
    both = _run(db, "clusters", "--region", "CO", "--min-size", "3")
    assert both.stdout.strip() == "No clusters."
    assert (
        "note: the archive holds 4 clusters; of them, --region CO alone keeps 1, "
        "--min-size 3 alone keeps none; all together, none\n"
    ) in both.stderr
    later = _run(db, "clusters", "--since", "2026-12-06")
    assert "note: the archive holds 4 clusters, none of them with --since 2026-12-06\n" in (
        later.stderr
    )


def test_stories_say_which_filter_left_none(db: str) -> None:
    held = len(_run(db, "stories", "--json").stdout.splitlines())
    assert held >= 3
    found = _run(db, "stories", "--min-size", "9")
    assert found.stdout.strip() == "No stories."
    assert f"note: the archive holds {held} stories, none of them with --min-size 9\n" in (
        found.stderr
    )
    both = _run(db, "stories", "--min-size", "9", "--until", "2026-12-05")
    assert (
        f"note: the archive holds {held} stories; of them, --until 2026-12-05 alone keeps "
        f"{held}, --min-size 9 alone keeps none; all together, none\n"
    ) in both.stderr


def test_an_empty_export_says_which_filter_left_no_page(db: str) -> None:
    rows = len(_run(db, "export", "--format", "jsonl").stdout.splitlines())
    assert rows == len(_RECORDS)
    found = _run(db, "export", "--format", "jsonl", "--lang", "pt", "--region", "CO")
    assert found.stdout == ""
    assert (
        f"note: the archive holds {rows} pages; of them, --lang pt alone keeps 1, --region CO "
        "alone keeps 1; all together, none\n"
    ) in found.stderr
    asked = _run(db, "export", "--format", "jsonl", "--query", "Petro", "--lang", "pt")
    assert "note: the other options select 2 pages, none of them with --lang pt\n" in (
        asked.stderr
    )
    assert "note:" not in _run(db, "export", "--format", "jsonl", "--region", "CO").stderr
