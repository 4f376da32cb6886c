"""A closing line crediting agencies with a phrase and no colon is a source line as "Fuente:
EFE" is (newcomer 41, finding 6: "Con información de EFE", "Con información de Reuters y AFP",
"Com informações da Reuters" stayed as the text's last paragraph, so a copy read "+1
paragraph" against the agency's page): cut, its agencies the author where the page names none,
in records and HTML alike.  A phrase crediting no agency, or a sentence of the article, stays.
Invented texts."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

BODIES = {
    "es": [
        "El concejo municipal aprobó este sábado el presupuesto con veinte votos a favor y tres "
        "en contra, tras una sesión que se alargó hasta la madrugada del domingo.",
        "La alcaldesa dijo que la mayor parte del dinero irá a reparar calles y a ampliar dos "
        "centros de salud en los barrios del sur de la ciudad.",
    ],
    "pt": [
        "A câmara municipal aprovou neste sábado o orçamento com vinte votos a favor e três "
        "contra, depois de uma sessão que entrou pela madrugada de domingo.",
        "A prefeita disse que a maior parte do dinheiro vai para consertar ruas e ampliar dois "
        "postos de saúde nos bairros do sul da cidade.",
    ],
    "de": [
        "Der Gemeinderat hat am Samstag den Haushalt mit zwanzig zu drei Stimmen beschlossen, "
        "nachdem die Sitzung bis in die Nacht zum Sonntag gedauert hatte.",
        "Die Bürgermeisterin sagte, das meiste Geld fließe in die Sanierung von Straßen und in "
        "zwei neue Gesundheitszentren im Süden der Stadt.",
    ],
    "en": [
        "The town council passed the budget on Saturday by twenty votes to three after a "
        "session that ran into the early hours of Sunday.",
        "The mayor said most of the money would go to mending streets and to two new health "
        "centres in the southern districts of the town.",
    ],
    "fr": [
        "Le conseil municipal a adopté samedi le budget par vingt voix contre trois, après une "
        "séance qui s'est prolongée jusqu'au petit matin de dimanche.",
        "La maire a indiqué que l'essentiel de l'argent irait à la réfection des rues et à deux "
        "nouveaux centres de santé dans les quartiers sud.",
    ],
}
CREDITED = [
    ("es", "Con información de EFE", "EFE"),
    ("es", "Con información de Reuters y AFP", "Reuters; AFP"),
    ("es", "Con informaciones de AP.", "AP"),
    ("pt", "Com informações da Reuters", "Reuters"),
    ("de", "Mit Material von dpa", "dpa"),
    ("de", "Mit Material der dpa und AFP", "dpa; AFP"),
    ("en", "With files from Reuters", "Reuters"),
    ("fr", "Avec AFP", "AFP"),
]


def _cleaned(raw: RawPage) -> Article:
    cleaned = clean_page(raw, CleanConfig())
    assert isinstance(cleaned, Article), cleaned
    return cleaned


def _record(language: str, closing: str) -> Article:
    return _cleaned(RawPage(
        "r.jsonl:1", "text", "\n\n".join([*BODIES[language], closing]),
        url="https://diario-sur.example/a/1", title="Presupuesto", language=language,
    ))  # fmt: skip


def _html(language: str, closing: str) -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODIES[language], closing])
    html = (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>Presupuesto'
        f"</title></head><body><main><article><h1>Presupuesto aprobado</h1>{paragraphs}"
        "</article></main></body></html>"
    )
    return _cleaned(RawPage("p.html", "html", html.encode(), url="https://diario-sur.example/a/1"))


@pytest.mark.parametrize(("language", "closing", "author"), CREDITED)
def test_a_credit_phrase_closing_the_text_is_cut_and_names_the_author(
    language: str, closing: str, author: str
) -> None:
    for cleaned in (_record(language, closing), _html(language, closing)):
        assert cleaned.text.split("\n")[-1] == BODIES[language][-1], closing
        assert cleaned.author == author


@pytest.mark.parametrize(
    ("language", "closing"),
    [
        ("es", "Con información de fuentes oficiales y del ayuntamiento"),
        ("en", "With files from the council's own report"),
        # a sentence of the article naming the agency
        ("es", "Con información de EFE, el concejo publicó después el acta completa de la "
               "sesión y la lista de obras que se harán el año próximo."),
    ],
)  # fmt: skip
def test_a_phrase_crediting_no_agency_stays(language: str, closing: str) -> None:
    assert _record(language, closing).text.split("\n")[-1] == closing
