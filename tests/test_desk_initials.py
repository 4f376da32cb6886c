"""A news agency's desk signature alone on one of its report's last lines (newcomer 33, finding
17): EFE writes it in lower case, the writer's initials then the editor's ("abc/rcf", or three
desks: "abc/xyz/def"), under "EFE" ending the text; the francophone agencies' capitals are
tests/test_agency_pages.py's.

Every report, place and desk here is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig, ReadLimits
from clipper.page import Article, RawPage, Rejection
from clipper.read import read_pages

FETCHED = "2026-12-05T02:00:00+00:00"
HEADLINE = "El puerto de Valparaíso recupera el tráfico de contenedores tras la huelga"
REPORT = [
    "VALPARAÍSO (Chile), 4 dic (EFE).- El puerto de Valparaíso recuperó este jueves su tráfico "
    "habitual de contenedores después de una huelga de estibadores de dos días que dejó a "
    "veinte buques fondeados frente a la bahía, informó la empresa portuaria estatal.",
    "Las navieras habían advertido de que los retrasos encarecerían los fletes para los "
    "importadores de toda la región si las terminales no reabrían antes del fin de semana.",
    "Los dirigentes sindicales dijeron que las negociaciones salariales con los operadores de "
    "las terminales se reanudarán la próxima semana en la capital. EFE",
]
PT_HEADLINE = "Porto de Santos retoma o tráfego de contêineres após a greve"
PT_REPORT = [
    "SÃO PAULO, 4 dez (EFE).- O porto de Santos retomou nesta quinta-feira o tráfego habitual "
    "de contêineres depois de uma greve de estivadores de dois dias que deixou vinte navios "
    "ancorados ao largo da baía, informou a autoridade portuária.",
    "As companhias de navegação tinham alertado que os atrasos encareceriam os fretes para os "
    "importadores de toda a região se os terminais não reabrissem antes do fim de semana.",
    "Os dirigentes sindicais disseram que as negociações salariais com os operadores dos "
    "terminais serão retomadas na próxima semana. EFE",
]


def _html(headline: str, paragraphs: list[str], lang: str) -> bytes:
    return (
        f'<html lang="{lang}"><head><meta charset="utf-8"><title>{headline}</title></head>'
        f"<body><article><h1>{headline}</h1>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article><footer>© 2026 Agencia. Todos los derechos reservados.</footer></body></html>"
    ).encode()


def _clean_html(headline: str, paragraphs: list[str], lang: str) -> Article:
    raw = RawPage(
        origin="t/page.html",
        kind="html",
        body=_html(headline, paragraphs, lang),
        url="https://agencia.example/economia/puerto",
        fetched_at=FETCHED,
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize("initials", ["abc/rcf", "abc/xyz/def", "mgr/ll", "jñp/ocm"])
@pytest.mark.parametrize(
    ("headline", "report", "lang"), [(HEADLINE, REPORT, "es"), (PT_HEADLINE, PT_REPORT, "pt-BR")]
)
def test_efe_s_desk_signature_in_lower_case_ends_no_text(
    initials: str, headline: str, report: list[str], lang: str
) -> None:
    article = _clean_html(headline, [*report, initials], lang)
    assert article.text.split("\n")[-1] == report[-1]


def test_the_desk_signature_ends_no_text_dump(tmp_path: Path) -> None:
    path = tmp_path / "efe_servicio.txt"
    path.write_text(f"{HEADLINE}\n\n" + "\n\n".join(REPORT) + "\n\nabc/rcf\n", encoding="utf-8")
    rejected: list[Rejection] = []
    (raw,) = list(read_pages([path], ReadLimits(), rejected.append))
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    assert article.text.split("\n")[-1] == REPORT[-1]


def test_only_a_signature_alone_on_a_last_line_is_cut() -> None:
    article = _clean_html(HEADLINE, [*REPORT, "abc/rcf"], "es")
    assert article.text.split("\n")[-1] == REPORT[-1]
    # within the text, or ending a sentence on the last line, they are the report's words
    within = [REPORT[0], "y/o", REPORT[1], REPORT[2]]
    article = _clean_html(HEADLINE, within, "es")
    assert "y/o" in article.text.split("\n")
    last = "Los operadores trabajarán en turnos de noche y de día, informó la empresa, abc/rcf"
    article = _clean_html(HEADLINE, [*REPORT[:2], last], "es")
    assert article.text.split("\n")[-1] == last
