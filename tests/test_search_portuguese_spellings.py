"""Portuguese words spelled before and after the 1990 Orthographic Agreement (newcomer 35's
finding 2: ``ação`` found no page writing ``acção``, ``acção`` no page writing ``ação``):
either spelling finds both, words and phrases, on SQLite and PostgreSQL alike; a word whose
consonant is said (``pacto``) is not respelled, an English page's ``director`` or ``actual``
is not, and an English query word (``actual``) does not find Portuguese ``atual``
(clipper.orthography).  Every page here is invented."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.archive import Archive
from clipper.orthography import query_respelled, respelled
from clipper.searchtext import search_text
from tests.searchpages import hit_sites, stored_archive, upgraded_archive

LISBON = "diario-do-tejo.example"
SAO_PAULO = "gazeta-paulistana.example"
LUANDA = "jornal-da-baia.example"
LONDON = "thames-courier.example"
PUBLISHED = "2026-12-04T09:00:00+00:00"
PAGES = {
    "lisboa.html": (
        "pt-PT",
        f"https://{LISBON}/politica/plano-clima",
        "Governo aprova plano de acção climática",
        [
            "O Conselho de Ministros aprovou hoje o plano de acção climática, que o director "
            "da agência do ambiente descreveu como o projecto mais ambicioso da década.",
            "A direcção do partido considerou o texto actual insuficiente e pediu uma "
            "correcção das metas para o sector dos transportes.",
        ],
    ),
    "saopaulo.html": (
        "pt-BR",
        f"https://{SAO_PAULO}/ambiente/metas",
        "Ministério apresenta metas de ação para o setor elétrico",
        [
            "O ministério apresentou nesta quarta-feira as metas de ação para o setor "
            "elétrico, e o diretor da agência reguladora defendeu o projeto no Senado.",
            "Um pato nadava no lago do parque enquanto manifestantes pediam a correção "
            "do texto atual.",
        ],
    ),
    "luanda.html": (
        "pt-AO",
        f"https://{LUANDA}/economia/acordo",
        "Angola assina pacto energético com vizinhos",
        [
            "O executivo angolano assinou um pacto energético regional, num acto realizado "
            "na capital, com a presença de accionistas das empresas eléctricas.",
        ],
    ),
    "london.html": (
        "en",
        f"https://{LONDON}/business/rail",
        "Rail director defends the actual cost of the project",
        [
            "The director of the rail company defended the actual cost of the project in "
            "front of the transport sector committee on Wednesday.",
        ],
    ),
}
# query → the sites it finds, on either backend
EXPECTED = [
    # either spelling finds both
    ("ação", [LISBON, SAO_PAULO]),
    ("acção", [LISBON, SAO_PAULO]),
    ("acao", [LISBON, SAO_PAULO]),
    ("accao", [LISBON, SAO_PAULO]),
    ("projeto", [LISBON, SAO_PAULO]),
    ("projecto", [LISBON, SAO_PAULO]),
    ("correção", [LISBON, SAO_PAULO]),
    ("correcção", [LISBON, SAO_PAULO]),
    ("diretor", [LISBON, SAO_PAULO]),
    ("setor", [LISBON, SAO_PAULO]),
    ("acionistas", [LUANDA]),
    ("ato", [LUANDA]),
    # a phrase in either spelling
    ('"plano de ação climática"', [LISBON]),
    ('"metas de acção"', [SAO_PAULO]),
    # the Agreement kept said consonants: pacto is no pato
    ("pacto", [LUANDA]),
    ("pato", [SAO_PAULO]),
    # English words are English: as typed, and not respelled on an English page
    ("director", [LISBON, LONDON]),
    ("actual", [LISBON, LONDON]),
]


@pytest.fixture(scope="module")
def archive(module_db_url: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    yield from stored_archive(
        module_db_url, tmp_path_factory.mktemp("portuguese"), PAGES, PUBLISHED
    )



@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_either_spelling_of_the_agreement_finds_both(
    archive: Archive, query: str, expected: list[str]
) -> None:
    assert hit_sites(archive, query) == sorted(expected), query


def test_stems_respell_only_what_the_agreement_changed() -> None:
    assert respelled("accao") == "acao"
    assert respelled("direccoes") == "direcoes"
    assert respelled("projectos") == "projetos"
    assert respelled("optimo") == "otimo"
    assert respelled("recepcao") == "rececao"
    assert respelled("acto") == "ato" and respelled("actor") == "ator"
    for said in ("pacto", "facto", "contacto", "ficcao", "conviccao", "aptidao", "acta"):
        assert respelled(said) == said
    # an English query word is sought as typed; a Portuguese-only spelling is respelled
    assert query_respelled("director") == "director"
    assert query_respelled("actual") == "actual"
    assert query_respelled("directores") == "diretores"


def test_only_portuguese_pages_are_spelled_again() -> None:
    text = "O director do projecto falou da acção."
    assert "diretor" in search_text(text, "pt-PT").split()
    assert "acao" in search_text(text, "pt").split()
    for language in ("es", "en", None):
        assert "diretor" not in search_text(text, language).split()


def test_upgrade_indexes_pages_again(tmp_path: Path) -> None:
    """Migration 0080: an archive indexed before finds ``ação`` on a page writing ``acção``
    once opened."""
    with upgraded_archive(
        tmp_path, PAGES, PUBLISHED, lambda text: search_text(text, "es"), "0079"
    ) as upgraded:
        assert hit_sites(upgraded, "ação") == sorted([LISBON, SAO_PAULO])
