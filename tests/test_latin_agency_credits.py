"""Latin America's, Portugal's and Spain's news agencies are known credits (newcomer 41, finding
6: "Com informações da Agência Brasil" stayed as the last paragraph of a Brazilian paper's copy,
Agência Brasil being no known agency, so the copy read "+1 paragraph" against the agency's own
page and the agency's page was not shown as the original).  A closing credit naming one is cut
and names the author of a page naming none; a dateline crediting one opens an agency's copy;
a copy crediting one shows the agency's own page (its site spells the credit, or EBC's for
Agência Brasil).  A credit naming no agency ("Fonte: Agência Nacional de Águas", a regulator)
stays.

``TUNE`` holds the desk's own closings; ``CONFIRM`` other agencies, labels and languages,
written after the list.  Invented texts and sites."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from clipper.agencycredits import credited_agencies
from clipper.agencydatelines import agency_dateline
from clipper.agencysites import credited_site
from clipper.clean import clean_page
from clipper.closingcredits import closing_credits
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_credit_phrase_lines import BODIES
from tests.test_imprecise_times import page, shown

# (language, the closing line under the text, the author it gives)
TUNE = [
    ("pt", "Com informações da Agência Brasil", "Agência Brasil"),
    ("pt", "Fonte: Agência Brasil", "Agência Brasil"),
    ("es", "Con información de Prensa Latina", "Prensa Latina"),
    ("es", "Fuente: Andina", "Andina"),
]
CONFIRM = [
    ("pt", "Com Lusa", "Lusa"),
    ("pt", "Com informações da Agência Lusa", "Agência Lusa"),
    ("pt", "Com informações do Estadão Conteúdo", "Estadão Conteúdo"),
    ("pt", "Fonte: ANGOP", "ANGOP"),
    ("es", "Con información de ABI y EFE", "ABI; EFE"),
    ("es", "Fuente: AGN.", "AGN"),
    ("es", "(Prensa Latina)", "Prensa Latina"),
    ("es", "Con información de Noticias Argentinas", "Noticias Argentinas"),
    ("es", "Fuente: Servimedia", "Servimedia"),
    ("es", "Con información de Agencia EFE", "Agencia EFE"),
]


def _cleaned(raw: RawPage) -> Article:
    cleaned = clean_page(raw, CleanConfig())
    assert isinstance(cleaned, Article), cleaned
    return cleaned


def _html(language: str, closing: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODIES[language], closing])
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>Orçamento'
        f"</title></head><body><main><article><h1>Orçamento aprovado</h1>{paragraphs}"
        "</article></main></body></html>"
    ).encode()


@pytest.mark.parametrize(("language", "closing", "author"), TUNE + CONFIRM)
def test_a_closing_credit_of_a_latin_agency_is_cut_and_names_the_author(
    language: str, closing: str, author: str
) -> None:
    url = "https://diario-do-vale.example/cidade/1"
    record = _cleaned(RawPage(
        "r.jsonl:1", "text", "\n\n".join([*BODIES[language], closing]), url=url,
        title="Orçamento aprovado", language=language,
    ))  # fmt: skip
    html = _cleaned(RawPage("p.html", "html", _html(language, closing), url=url))
    for cleaned in (record, html):
        assert cleaned.text.split("\n")[-1] == BODIES[language][-1], closing
        assert cleaned.author == author


@pytest.mark.parametrize(
    ("language", "closing"),
    [
        ("pt", "Fonte: Agência Nacional de Águas"),
        ("pt", "Com informações da prefeitura e da Câmara Municipal"),
        ("es", "Con información de la Agencia Nacional de Hidrocarburos"),
    ],
)
def test_a_credit_naming_no_agency_stays(language: str, closing: str) -> None:
    raw = RawPage(
        "r.jsonl:1", "text", "\n\n".join([*BODIES[language], closing]),
        url="https://diario-do-vale.example/cidade/1", title="Orçamento", language=language,
    )
    cleaned = _cleaned(raw)
    assert cleaned.text.split("\n")[-1] == closing
    assert cleaned.author is None


@pytest.mark.parametrize(
    ("paragraph", "agency"),
    [
        ("Brasília, 5 de dezembro de 2026 (Agência Brasil) - O governo federal anunciou hoje "
         "um novo programa de obras.", "Agência Brasil"),
        ("La Habana, 5 dic (Prensa Latina) - El gobierno cubano anunció este viernes un plan "
         "de obras.", "Prensa Latina"),
        ("Lima, 5 dic (Andina) - El Ministerio de Transportes anunció la obra.", "Andina"),
    ],
)  # fmt: skip
def test_a_dateline_crediting_a_latin_agency_is_read(paragraph: str, agency: str) -> None:
    dateline = agency_dateline(paragraph)
    assert dateline is not None and dateline.agency == agency
    assert credited_agencies(agency)


PAPER = "https://diario-do-vale.example/cidade/1"


@pytest.mark.parametrize(("credit", "agency_url"), [
    ("Agência Brasil", "https://agenciabrasil.ebc.com.br/geral/noticia/2026-12/obras"),
    ("Prensa Latina", "https://www.prensa-latina.cu/2026/12/05/obras"),
    ("Andina", "https://andina.pe/agencia/noticia-obras-1.aspx"),
    ("ABI", "https://abi.bo/index.php/noticias/economia/1"),
])  # fmt: skip
def test_a_copy_crediting_a_latin_agency_shows_its_page(credit: str, agency_url: str) -> None:
    """The agency's page at 15:00 UTC, a paper's copy at 11:00 UTC whose cut closing credit
    named the agency its author: the agency's page, in either order; and its closing as
    written credits it too."""
    assert credited_site(agency_url.split("/")[2], [credit])
    assert closing_credits(f"O governo anunciou a obra.\nCom informações da {credit}") == {credit}
    agency = page(1, 400, "2026-12-03T15:00:00", agency_url, zoneless=False)
    paper = replace(page(2, 400, "2026-12-03T11:00:00", PAPER, zoneless=False), author=credit)
    for nodes in itertools.permutations((agency, paper)):
        assert shown(*nodes) == 1
    person = replace(paper, author="Ana Souza")
    for nodes in itertools.permutations((agency, person)):
        assert shown(*nodes) == 2
