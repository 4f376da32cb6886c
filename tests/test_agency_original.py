"""The credited news agency's own page is the page a cluster shows (rule 6 of
clipper.canonical, clipper.agencysites; newcomer 35, finding 1), on invented texts and sites.

EFE's page, its text opening "Madrid, 25 nov (EFE).-" at a zoneless 10:15, was shown as a
trim of a Mexican rewrite that put a local lead of its own above EFE's whole text at a
zoneless 04:00 (two sites of no country: their wall times are compared as written); Lusa's
page at a zoneless 13:05 lost to a portal's copy of its text stating 13:22 +00:00 (a moment
before a wall time of unknown zone).  When the cluster's text credits an agency and a page is
on that agency's own site (its domain's name spells the credit, or it is one of
``AGENCY_DOMAINS``: apnews.com), that page is shown before the publication order decides.
"""

from __future__ import annotations

import itertools
from dataclasses import replace
from pathlib import Path

import pytest

from clipper.agencysites import credited_site
from clipper.canonical import Node
from clipper.stories.sitetext import agency_credits
from tests.test_imprecise_times import page, shown, shown_after
from tests.test_wire_original_shown import _records

# --- Spanish: EFE and a Mexican rewrite under a local lead of its own -----------------------

EFE_TEXT = [
    "Madrid, 25 nov (EFE).- El Gobierno español aprobó este martes un plan para cerrar antes "
    "de 2028 las cuatro plantas de tratamiento de residuos que aún operan sin filtros "
    "modernos en la costa mediterránea, según informó el Ministerio de Medio Ambiente.",
    "El plan prevé una inversión de 410 millones de euros, procedentes en buena parte de "
    "fondos europeos, y la contratación de personal técnico para vigilar las emisiones de cada "
    "instalación durante el proceso de cierre.",
    "Las comunidades autónomas afectadas tendrán seis meses para presentar alternativas de "
    "gestión, que deberán priorizar el reciclaje y la recuperación de materiales frente al "
    "vertido y la incineración.",
    "Los grupos ecologistas celebraron la decisión, aunque recordaron que el compromiso "
    "inicial fijaba el cierre para 2026 y reclamaron un calendario con sanciones en caso de "
    "retraso de las obras.",
    "La patronal del sector advirtió de que el cambio elevará los costes para los "
    "ayuntamientos pequeños, que carecen de medios para financiar nuevas plantas por su "
    "cuenta y piden ayudas específicas.",
    "El ministerio presentará el calendario detallado ante el Congreso en las próximas "
    "semanas, añadió la nota oficial difundida por la tarde.",
]
MEXICAN_LEAD = (
    "Mientras en Monterrey se discute todavía qué hacer con el relleno sanitario saturado, "
    "España dio un paso que los expertos locales siguen con atención y que podría servir de "
    "ejemplo para los estados del norte del país."
)
EFE = "https://efe-noticias.example/medioambiente/espana-cierra-plantas-residuos"
MEXICAN = "https://el-norte-regio.example/internacional/espana-plantas-residuos"

# --- Portuguese: Lusa and a portal's copy stating its time with a zone ---------------------

LUSA_TEXT = [
    "Lisboa, 18 nov 2026 (Lusa) - O Governo aprovou hoje em Conselho de Ministros um plano "
    "nacional para a gestão da água nas bacias do sul, que prevê a construção de duas novas "
    "dessalinizadoras no Algarve e no litoral alentejano até 2029.",
    "Segundo a ministra do Ambiente, o plano mobiliza 780 milhões de euros de fundos europeus "
    "e nacionais e deverá reduzir em um terço as perdas nas redes municipais de abastecimento, "
    "que hoje ultrapassam trinta por cento em vários concelhos.",
    "As associações de agricultores saudaram a medida, mas pediram que a água dessalinizada "
    "chegue também aos regadios, e não apenas ao consumo urbano e ao turismo, que concentram a "
    "maior parte da procura no verão.",
    "O documento inclui ainda metas de reutilização de águas residuais tratadas na rega de "
    "campos de golfe e jardins públicos, com um objetivo de vinte por cento até ao final da "
    "década.",
    "A oposição criticou o calendário das obras, considerado demasiado longo para uma região "
    "que enfrenta o quarto ano consecutivo de seca severa, e pediu medidas de emergência para "
    "o próximo verão.",
    "O plano será submetido a consulta pública durante trinta dias a partir da próxima "
    "semana, adiantou o gabinete da ministra em comunicado.",
]
LUSA = "https://agencia-lusa.example/ambiente/2026/11/18/plano-agua-sul"
PORTAL = "https://noticias-num-minuto.example/ambiente/plano-agua-sul-aprovado"


def test_efes_own_page_is_shown_over_a_rewrite_under_a_local_lead(tmp_path: Path) -> None:
    """EFE's 6 paragraphs at "10:15" (no zone) and a Mexican site's local lead above them at
    "04:00" (no zone), each a night of its own, in either order and in one run: EFE's page is
    shown.  Main showed the rewrite (longer, and its wall time the earlier)."""
    nights = [
        _records(tmp_path / "in", "efe", [
            {"url": EFE, "title": "España cerrará en 2028 sus plantas de residuos sin filtros",
             "maintext": "\n".join(EFE_TEXT), "date_publish": "2026-11-25 10:15:00",
             "date_download": "2026-11-25 11:00:00", "language": "es"},
        ]),
        _records(tmp_path / "in", "mx", [
            {"url": MEXICAN, "title": "España dice adiós a sus plantas de residuos; Monterrey, "
             "aún en debate", "maintext": "\n".join([MEXICAN_LEAD, *EFE_TEXT]),
             "date_publish": "2026-11-25 04:00:00", "date_download": "2026-11-25 12:00:00",
             "language": "es"},
        ]),
    ]
    assert shown_after(tmp_path / "in-order.db", nights) == EFE
    assert shown_after(tmp_path / "reversed.db", nights[::-1]) == EFE
    assert shown_after(tmp_path / "one-run.db", [tmp_path / "in"]) == EFE


def test_lusas_own_page_is_shown_over_a_portal_copy_stating_its_zone(tmp_path: Path) -> None:
    """Lusa's text at "13:05" (no zone) and a portal's copy of it stating 13:22 +00:00, as
    many words: Lusa's page is shown in either order.  Main showed the portal's (a moment
    before a wall time of unknown zone)."""
    nights = [
        _records(tmp_path / "in", "lusa", [
            {"url": LUSA, "title": "Governo aprova plano para a água no sul",
             "maintext": "\n".join(LUSA_TEXT), "date_publish": "2026-11-18 13:05:00",
             "language": "pt"},
        ]),
        _records(tmp_path / "in", "portal", [
            {"url": PORTAL, "title": "Plano para a água no sul aprovado",
             "maintext": "\n".join(LUSA_TEXT), "date_publish": "2026-11-18T13:22:00+00:00",
             "language": "pt"},
        ]),
    ]
    assert shown_after(tmp_path / "in-order.db", nights) == LUSA
    assert shown_after(tmp_path / "reversed.db", nights[::-1]) == LUSA


# --- the rule on rule 6's nodes: English, Italian, and what it does not do -----------------


def _credited(node: Node, opening: str) -> Node:
    return replace(node, opening=opening)


AP_OPENING = (
    "WASHINGTON (AP) — The Senate voted late Tuesday to extend the federal flood insurance "
    "program for another two years, sending the measure to the president."
)
ANSA_OPENING = (
    "Roma, 3 dic (ANSA) - Il Consiglio dei ministri ha approvato oggi il piano nazionale per "
    "la manutenzione delle dighe, con un finanziamento di 900 milioni di euro."
)


@pytest.mark.parametrize(
    ("agency_url", "opening"),
    [
        # apnews.com does not spell "AP": AGENCY_DOMAINS names it
        ("https://apnews.com/article/flood-insurance-senate-vote-1a2b3c", AP_OPENING),
        ("https://www.ansa-notizie.example/cronaca/2026/12/03/piano-dighe", ANSA_OPENING),
    ],
)
def test_the_credited_agencys_page_is_shown_before_earlier_and_longer_copies(
    agency_url: str, opening: str
) -> None:
    """The agency's page (a time with its zone) beside a paper's longer copy (a local lead
    above the same text) stating an earlier time and a portal's copy as long: the agency's, in
    any order; its credit read from the copy's text alone too."""
    agency = _credited(page(1, 400, "2026-12-03T15:00:00", agency_url, zoneless=False), opening)
    paper = _credited(
        page(2, 440, "2026-12-03T11:00:00", "https://valley-paper.example/news/1", False),
        "A local lead of the paper's own, then the agency's text.\n" + opening,
    )
    portal = page(3, 400, "2026-12-03T14:00:00", "https://portal.example/a/1", zoneless=False)
    for nodes in itertools.permutations((agency, paper, portal)):
        assert shown(*nodes) == 1
    # the credit read from a copy's text: the agency's own page may open without it
    bare = replace(agency, opening="The Senate voted late Tuesday.")
    assert shown(bare, paper, portal) == 1


def test_an_agency_site_is_not_shown_for_another_agencys_story() -> None:
    """EFE's site running a Reuters report, and a paper's earlier copy of it: the paper's
    (the text credits Reuters, not EFE); an agency's page in a cluster whose text credits no
    agency goes by the publication order too."""
    reuters = "MADRID, Dec 3 (Reuters) - Spain's government approved a plan on Tuesday."
    efe = _credited(page(1, 400, "2026-12-03T15:00:00", EFE, zoneless=False), reuters)
    paper = _credited(
        page(2, 400, "2026-12-03T11:00:00", "https://valley-paper.example/news/1", False),
        reuters,
    )
    for nodes in itertools.permutations((efe, paper)):
        assert shown(*nodes) == 2
    uncredited = [replace(node, opening="Spain's government approved a plan.") for node in
                  (efe, paper)]
    for nodes in itertools.permutations(uncredited):
        assert shown(*nodes) == 2


def test_credits_and_agency_sites_are_read_by_the_existing_readers() -> None:
    assert agency_credits("\n".join(EFE_TEXT)) == {"EFE"}
    assert agency_credits("\n".join(LUSA_TEXT)) == {"Lusa"}
    assert agency_credits(AP_OPENING) == {"AP"}
    assert agency_credits("Dakar, 4 déc (APS) - Le gouvernement a annoncé") == {"APS"}
    assert agency_credits("Berlin. Die Regierung plant neue Regeln. (dpa/AFP)") == {"dpa", "AFP"}
    # a credit inside a sentence is no credit (newcomer 39, F2: tests/test_agency_credit_places)
    assert agency_credits("Berlin. Die Regierung plant (dpa/AFP) neue Regeln.") == frozenset()
    assert agency_credits("Fondo Monetario Internacional (FMI) dijo hoy") == frozenset()
    for host, credit in [
        ("efe-noticias.example", "EFE"), ("www.efe.com", "EFE"), ("lusa.pt", "Lusa"),
        ("agencia-lusa.example", "Lusa"), ("apnews.com", "AP"), ("www.reuters.com", "Reuters"),
        ("english.news.cn", "Xinhua"), ("en.yna.co.kr", "Yonhap"), ("europapress.es",
        "Europa Press"), ("aps.dz", "APS"),
    ]:
        assert credited_site(host, [credit]), host
    for other, credit in [
        ("efe-noticias.example", "Lusa"), ("afp.valley-paper.example", "AFP"),
        ("folha-paulista.example", "Lusa"), ("apnews.com", "Reuters"), (None, "EFE"),
    ]:
        assert not credited_site(other, [credit]), other
