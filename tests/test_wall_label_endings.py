"""A text ending at a paywall whose paragraph opens with the wall's label ("Contenido exclusivo
para suscriptores. Suscríbete para continuar leyendo."), or whose wall is the label alone or a
statement worded after the reading ("Para seguir leyendo, suscríbete."), is cut there and stored
partial ("paywall"), in an HTML page, a JSONL record and a text dump alike (newcomer 41: the
first stayed as the text's last paragraph, the others were cut without the page marked
partial; 375 records of a 3,101-page night ended so, none partial).  The same shape in en, fr,
de and it.  A sentence of the article about subscribers stays, the page whole.  Invented texts.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage
from clipper.read import ReadLimits, read_pages

CONFIG = CleanConfig()

TITLE = {
    "es": "El concejo aprueba el presupuesto",
    "pt": "Câmara aprova o orçamento",
    "en": "Council approves the budget",
    "fr": "Le conseil adopte le budget",
    "de": "Stadtrat beschließt Haushalt",
    "it": "Il consiglio approva il bilancio",
}
OPENING = {
    "es": [
        "El Concejo Municipal de Villa Serena aprobó este sábado el presupuesto de 2027 con 14"
        " votos a favor y tres en contra, tras una sesión que se extendió hasta la madrugada.",
        "La alcaldesa explicó que la mayor parte de los recursos se destinará a la reparación de"
        " calles, al acueducto y a la ampliación de dos centros de salud en la periferia.",
    ],
    "pt": [
        "A Câmara Municipal de Vila Serena aprovou neste sábado o orçamento de 2027 com 14 votos"
        " a favor e três contra, após uma sessão que se estendeu até a madrugada de domingo.",
        "A prefeita explicou que a maior parte dos recursos irá para a reparação de ruas, para o"
        " abastecimento de água e para a ampliação de dois postos de saúde na periferia.",
    ],
    "en": [
        "The Riverton City Council approved the 2027 budget on Saturday by 14 votes to three,"
        " after a session that ran into the early hours of Sunday morning.",
        "The mayor said most of the money would go to street repairs, the water system and the"
        " expansion of two health centres on the outskirts of the city.",
    ],
    "fr": [
        "Le conseil municipal de Villeserre a adopté samedi le budget 2027 par 14 voix contre"
        " trois, après une séance qui s'est prolongée jusqu'au petit matin de dimanche.",
        "La maire a expliqué que l'essentiel des fonds ira à la réfection des rues, au réseau"
        " d'eau et à l'agrandissement de deux centres de santé en périphérie.",
    ],
    "de": [
        "Der Stadtrat von Brakel hat am Samstag den Haushalt für 2027 mit 14 Stimmen bei drei"
        " Gegenstimmen beschlossen, nach einer Sitzung bis in die Morgenstunden des Sonntags.",
        "Die Bürgermeisterin sagte, der größte Teil des Geldes fließe in die Sanierung der"
        " Straßen, in das Wassernetz und in den Ausbau zweier Gesundheitszentren am Stadtrand.",
    ],
    "it": [
        "Il consiglio comunale di Villaserena ha approvato sabato il bilancio 2027 con 14 voti"
        " favorevoli e tre contrari, dopo una seduta protratta fino alle prime ore di domenica.",
        "La sindaca ha spiegato che gran parte delle risorse andrà alla riparazione delle strade,"
        " alla rete idrica e all'ampliamento di due centri sanitari in periferia.",
    ],
}

# (language, the text's last paragraph: the wall)
WALLS = [
    # a label sentence before the statement
    ("es", "Contenido exclusivo para suscriptores. Suscríbete para continuar leyendo."),
    ("es", "Contenido premium para suscriptores. ¿Ya eres suscriptor? Inicia sesión."),
    ("es", "Solo para suscriptores. Regístrate gratis para seguir leyendo."),
    ("pt", "Exclusivo para assinantes. Assine para continuar lendo."),
    ("pt", "Só para assinantes. Já é assinante? Faça login."),
    ("en", "Subscriber-only content. Subscribe to keep reading."),
    ("en", "Subscribers only. Log in or create an account to continue reading."),
    ("fr", "Réservé aux abonnés. Pour continuer à lire, abonnez-vous."),
    ("de", "Nur für Abonnenten. Jetzt abonnieren und weiterlesen."),
    ("it", "Riservato agli abbonati. Per continuare a leggere, abbonati."),
    # the label alone
    ("es", "Contenido exclusivo para suscriptores"),
    ("pt", "Exclusivo para assinantes"),
    ("en", "Subscriber-only content"),
    ("de", "Nur für Abonnenten"),
    # the statement worded after the reading
    ("es", "Para seguir leyendo, suscríbete."),
    ("es", "Para continuar leyendo, inicia sesión"),
    ("pt", "Para continuar lendo, assine."),
    ("pt", "Para continuar a ler, faça login."),
    ("fr", "Pour poursuivre votre lecture, connectez-vous."),
    ("it", "Per continuare a leggere, accedi."),
]

# (language, a last paragraph of the article that speaks of subscribers or reading on)
ARTICLE_SENTENCES = [
    ("es", "El diario perdió el 20% de sus suscriptores en el último año, según el informe"
     " anual de la auditora presentado el lunes."),
    ("es", "Para seguir leyendo el informe completo, los vecinos deberán acudir a la biblioteca"
     " municipal, explicó la concejala."),
    ("pt", "Os assinantes do serviço de streaming passaram de 2 milhões para 3 milhões em um ano,"
     " segundo a empresa."),
    ("en", "The paper lost a fifth of its subscribers last year, and subscriber-only content now"
     " makes up half of what it publishes online."),
    ("de", "Die Zeitung verlor im vergangenen Jahr ein Fünftel ihrer Abonnenten, wie der Verlag"
     " am Montag mitteilte."),
]  # fmt: skip


def _html(language: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html lang="{language}"><head><title>{TITLE[language]}</title></head><body>'
        f"<nav>Inicio | Política</nav><article><h1>{TITLE[language]}</h1>{body}</article>"
        "<footer>© 2026 Diario Ejemplo</footer></body></html>"
    )


def _read(tmp_path: Path, shape: str, language: str, paragraphs: list[str]) -> RawPage:
    """The page as clipper's readers read it from a file of ``shape``."""
    url = f"https://diario-ejemplo.example/{language}/2026/12/05/presupuesto"
    if shape == "html":
        path = tmp_path / "presupuesto.html"
        path.write_text(_html(language, paragraphs), encoding="utf-8")
    elif shape == "jsonl":
        path = tmp_path / "night.jsonl"
        record = {
            "url": url,
            "title": TITLE[language],
            "maintext": "\n\n".join(paragraphs),
            "language": language,
            "date_publish": "2026-12-05 10:00:00",
            "date_download": "2026-12-05 23:00:00",
        }
        path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    else:
        path = tmp_path / "presupuesto.txt"
        path.write_text(f"{TITLE[language]}\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
    pages = list(read_pages([path], ReadLimits(), on_reject=print))
    assert len(pages) == 1, pages
    return pages[0]


@pytest.mark.parametrize("shape", ["html", "jsonl", "dump"])
@pytest.mark.parametrize(("language", "wall"), WALLS)
def test_a_wall_ending_is_cut_and_marks_the_page_partial(
    tmp_path: Path, shape: str, language: str, wall: str
) -> None:
    article = clean_page(_read(tmp_path, shape, language, [*OPENING[language], wall]), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == OPENING[language]
    assert article.partial == "paywall"


@pytest.mark.parametrize("shape", ["html", "jsonl", "dump"])
@pytest.mark.parametrize(("language", "sentence"), ARTICLE_SENTENCES)
def test_a_sentence_of_the_article_about_subscribers_stays(
    tmp_path: Path, shape: str, language: str, sentence: str
) -> None:
    paragraphs = [*OPENING[language], sentence]
    article = clean_page(_read(tmp_path, shape, language, paragraphs), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == paragraphs
    assert article.partial is None


@pytest.mark.parametrize("shape", ["jsonl", "dump"])
def test_a_wall_paragraph_with_the_article_after_it_marks_nothing(
    tmp_path: Path, shape: str
) -> None:
    """A wall's label and statement above more of the article (a box between paragraphs, as
    a record's text joins them) are cut; the text does not stop there, so it is not partial."""
    wall = "Contenido exclusivo para suscriptores. Suscríbete para continuar leyendo."
    paragraphs = [OPENING["es"][0], wall, OPENING["es"][1]]
    article = clean_page(_read(tmp_path, shape, "es", paragraphs), CONFIG)
    assert isinstance(article, Article), article
    assert article.text.splitlines() == OPENING["es"]
    assert article.partial is None


def test_a_line_is_a_wall_only_when_every_sentence_is_the_wall_s() -> None:
    """The tables' matchers: a label and a statement make a wall's line; a label beside a
    sentence of the article, or two sentences of the article, do not."""
    m = matchers()
    walls = [
        "Contenido exclusivo para suscriptores. Suscríbete para continuar leyendo.",
        "Subscriber-only content. Subscribe to keep reading.",
        "¿Ya eres suscriptor? Inicia sesión. Para seguir leyendo, suscríbete.",
    ]
    for line in walls:
        assert m.says_rest_is_paywalled(line), line
        assert m.is_line_furniture(line), line
    article = [
        "Nur für Abonnenten. Der Stadtrat hat den Haushalt mit 14 Stimmen beschlossen.",
        "Subscribers only. The council approved the budget by 14 votes to three.",
        "El diario perdió el 20% de sus suscriptores. Muchos cancelaron en marzo.",
    ]
    for line in article:
        assert not m.says_rest_is_paywalled(line), line
        assert not m.is_line_furniture(line), line
