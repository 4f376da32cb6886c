"""A paywall or registration wall in a box of its own under an HTML page's text marks the text
partial, as the same statement printed as the body's last paragraph does (newcomer 39b, finding
1: "Este conteúdo é exclusivo para assinantes…" inside ``<div class="paywall">`` gave
``partial=None``, as a body ``<p>`` ``partial=paywall``; the Italian wall too).  The box is
found by a wall's name and words, or by a wall's statement in any block the extraction left
out; a wall beside a whole text (a metered site's modal past the footer, the walled text
shipped whole in the markup, a hidden box, a newsletter box, a box above the text) marks
nothing.  A date line the extraction read after a one-paragraph teaser is no paragraph of it.
Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump
from clipper.textedges import drop_closing_datelines

# (language, headline, paragraphs)
ARTICLES = {
    "pt": ("Estivadores do porto de Vila Serra iniciam greve de cinco dias", [
        "Os estivadores do porto de Vila Serra iniciaram hoje uma greve de cinco dias contra a "
        "introdução de turnos de doze horas, deixando pelo menos nove navios a aguardar ao "
        "largo da barra, disse fonte sindical.",
        "Segundo o sindicato dos trabalhadores portuários, a adesão à paralisação atingiu 94 "
        "por cento no primeiro turno da manhã, e apenas os serviços mínimos estão a ser "
        "cumpridos no terminal de contentores.",
    ]),
    "it": ("Frana a Pietralunga, evacuate trenta famiglie nella valle", [
        "Una frana di grandi dimensioni si è staccata nella notte dal versante del monte "
        "Cornaro e ha raggiunto le prime case di Pietralunga, costringendo all'evacuazione di "
        "trenta famiglie della frazione alta.",
    ]),
    "es": ("Tres heridos por el temporal de viento en la comarca de Valdesierra", [
        "Tres personas han resultado heridas leves y decenas de árboles han caído sobre las "
        "carreteras de la comarca de Valdesierra por las rachas de viento de más de cien "
        "kilómetros por hora registradas durante la noche.",
        "Los servicios de emergencia han atendido más de doscientas incidencias, la mayoría "
        "por caída de ramas y tejas, y las clases se han suspendido en cuatro municipios "
        "durante toda la jornada.",
    ]),
    "fr": ("Le pont de Saint-Arnoult fermé après la découverte de fissures", [
        "Le pont suspendu de Saint-Arnoult a été fermé à la circulation mardi soir après la "
        "découverte de fissures sur deux de ses piles lors d'une inspection de routine, a "
        "annoncé la préfecture du département.",
        "Les quelque huit mille véhicules qui l'empruntent chaque jour sont déviés par le "
        "viaduc de la rocade, où la vitesse a été abaissée à soixante-dix kilomètres par "
        "heure jusqu'à nouvel ordre.",
    ]),
    "de": ("Stadtrat von Lindenau beschließt neuen Busplan für die Vororte", [
        "Der Stadtrat von Lindenau hat am Dienstagabend mit großer Mehrheit einen neuen "
        "Busplan beschlossen, der ab dem Frühjahr dichtere Takte in den nördlichen Vororten "
        "und zwei neue Nachtlinien vorsieht.",
        "Die Kosten von rund vier Millionen Euro im Jahr sollen zur Hälfte aus dem Haushalt "
        "des Landes kommen, teilte die Verwaltung nach der Sitzung mit.",
    ]),
    "en": ("Harbour council approves new ferry timetable for the islands", [
        "The harbour council approved a new ferry timetable for the outer islands on Tuesday, "
        "adding two early sailings on weekdays and a late return on Fridays from the spring.",
        "Councillors said the changes would cost about two million pounds a year and would "
        "be paid for by a rise in parking charges at the terminal.",
    ]),
}  # fmt: skip

# the wall's own words, as each language's sites word them
WALL_WORDS = {
    "pt": "Este conteúdo é exclusivo para assinantes. Assine já e leia sem limites.",
    "it": "Questo contenuto è riservato agli abbonati. Abbonati ora per continuare a leggere.",
    "es": "Este contenido es exclusivo para suscriptores. Suscríbete para seguir leyendo.",
    "fr": "Cet article est réservé aux abonnés. Abonnez-vous pour lire la suite.",
    "de": "Dieser Artikel ist nur für Abonnenten verfügbar. Jetzt abonnieren und weiterlesen.",
    "en": "Create a free account to continue reading. Already a subscriber? Log in.",
}
BUTTONS = '<p><a href="/subscribe">Subscribe</a> | <a href="/login">Log in</a></p>'


def _page(language: str, body_end: str = "", after_article: str = "", date: str = "") -> bytes:
    headline, paragraphs = ARTICLES[language]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    dated = f'<p class="date">{date}</p>' if date else ""
    return (
        f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
        f"<title>{headline} | Gazeta</title></head><body>"
        '<header><a href="/">Gazeta</a><nav><ul><li><a href="/a/">Início</a></li>'
        '<li><a href="/b/">Região</a></li></ul></nav></header>'
        f'<main><article><h1>{headline}</h1>{dated}<div class="article-body">{body}'
        f"{body_end}</div></article>"
        '<aside><h3>Mais lidas</h3><ol><li><a href="/x/0">Bolsa fecha em alta ligeira</a></li>'
        '<li><a href="/x/1">Resultados da jornada de domingo</a></li></ol></aside>'
        f"</main><footer><p>Gazeta © 2026</p></footer>{after_article}</body></html>"
    ).encode()


def _cleaned(html: bytes) -> Article:
    result = clean_page(RawPage("page.html", "html", html), CleanConfig())
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    "box",
    [
        '<div class="paywall"><p>{words}</p>{buttons}</div>',
        '<div class="tp-modal"><div class="tp-container-inner"><p>{words}</p></div></div>',
        '<section id="regwall"><h3>{words}</h3>{buttons}</section>',
        '<div class="subscriber-only-box"><p>{words}</p></div>',
        '<div class="premium-barrier"><p>{words}</p>{buttons}</div>',
        # a box of no wall's name: the wall's statement in a block the extraction leaves out
        '<div class="article-end"><p>{words}</p>{buttons}</div>',
    ],
)
@pytest.mark.parametrize("language", sorted(WALL_WORDS))
def test_a_wall_in_its_own_box_marks_the_text_partial(language: str, box: str) -> None:
    walled = _cleaned(_page(language, box.format(words=WALL_WORDS[language], buttons=BUTTONS)))
    assert walled.partial == "paywall"
    assert WALL_WORDS[language].split(".")[0] not in walled.text
    # the same wall as the body's last paragraph: the same answer
    printed = _cleaned(_page(language, f"<p>{WALL_WORDS[language]}</p>"))
    assert printed.partial == "paywall"
    assert printed.text == walled.text


def test_a_page_whose_body_says_the_wall_is_up_is_still_cut() -> None:
    box = f'<div class="paywall"><p>{WALL_WORDS["pt"]}</p>{BUTTONS}</div>'
    page = _page("pt", box).replace(b"<body>", b'<body class="paywall-active tp-modal-open">')
    assert _cleaned(page).partial == "paywall"


def test_a_wall_box_of_calls_only_marks_the_text_partial_where_it_is_named_a_wall() -> None:
    calls = "<p>Déjà abonné ? Connectez-vous.</p><p>Abonnez-vous pour 1 € le premier mois.</p>"
    assert _cleaned(_page("fr", f'<div class="paywall-box">{calls}</div>')).partial == "paywall"
    # the same calls in a box of no wall's name: a promotion, the text whole
    assert _cleaned(_page("fr", f'<div class="offer">{calls}</div>')).partial is None


@pytest.mark.parametrize(
    ("body_end", "after_article"),
    [
        # a metered site's registration modal past the footer, beside a whole article
        ("", f'<div class="regwall-modal"><p>{WALL_WORDS["en"]}</p>{BUTTONS}</div>'),
        # a hidden wall box: shown only to a reader over the meter
        (f'<div class="paywall" style="display:none"><p>{WALL_WORDS["en"]}</p></div>', ""),
        (f'<div class="paywall hidden"><p>{WALL_WORDS["en"]}</p></div>', ""),
        # a newsletter box that a paywall vendor draws
        ('<div class="piano-newsletter"><p>Sign up for our newsletter.</p>'
         "<p>Subscribe to our morning briefing.</p></div>", ""),
    ],
)
def test_a_wall_beside_a_whole_text_marks_nothing(body_end: str, after_article: str) -> None:
    article = _cleaned(_page("en", body_end, after_article))
    assert article.partial is None
    assert "ferry timetable" in article.text


MORE_EN = [
    "The operator said the first new sailing would leave the harbour at half past six and "
    "would call at both of the northern islands before returning at nine in the morning.",
    "Residents of the islands had asked for the earlier sailing for years, saying the first "
    "ferry arrived too late for people working on the mainland to start their shifts.",
]


def test_a_wall_above_the_text_or_the_walled_text_shipped_whole_marks_nothing() -> None:
    headline, paragraphs = ARTICLES["en"]
    paragraphs = [*paragraphs, *MORE_EN]
    above = (
        f"<html lang='en'><head><title>{headline}</title></head><body><article><h1>{headline}"
        f"</h1><div class='paywall'><p>{WALL_WORDS['en']}</p></div>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    ).encode()
    assert _cleaned(above).partial is None
    # the subscribers' text in the markup, in a box named as the walled content, the wall
    # under it for the others: the archive holds the text whole
    shipped = (
        f"<html lang='en'><head><title>{headline}</title></head><body><article><h1>{headline}"
        "</h1><div class='content-body locked paywall-content'>"
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + f"</div><div class='paywall-box'><p>{WALL_WORDS['en']}</p>{BUTTONS}</div></article>"
        "</body></html>"
    ).encode()
    assert _cleaned(shipped).partial is None


MORE_PT = [
    "A administração portuária confirmou que a operação de carga e descarga está praticamente "
    "parada desde as sete da manhã e que dois navios foram desviados para outro porto.",
    "O ministério convocou as duas partes para uma reunião na segunda-feira, mas o sindicato "
    "avisou que a greve só será suspensa se a proposta for retirada por escrito.",
]


def test_a_promotion_inside_the_text_is_no_wall() -> None:
    headline, paragraphs = ARTICLES["pt"]
    # a box of the wall's words between two paragraphs of the article: the text goes on
    middle = (
        f"<html lang='pt'><head><title>{headline}</title></head><body><article><h1>{headline}"
        f"</h1><p>{paragraphs[0]}</p><div class='paywall'><p>{WALL_WORDS['pt']}</p>{BUTTONS}"
        "</div>" + "".join(f"<p>{p}</p>" for p in [paragraphs[1], *MORE_PT])
        + "</article></body></html>"
    ).encode()
    assert _cleaned(middle).partial is None


def test_a_one_paragraph_teasers_date_line_is_no_paragraph() -> None:
    box = f'<div class="paywall"><p>{WALL_WORDS["it"]}</p>{BUTTONS}</div>'
    teaser = _cleaned(_page("it", box, date="04/12/2026 12:15"))
    assert teaser.partial == "paywall"
    assert teaser.text == ARTICLES["it"][1][0]
    assert teaser.published is not None and teaser.published.startswith("2026-12-04T12:15")


def test_a_dateline_ending_a_text_goes_a_sentence_stays() -> None:
    prose = "The council approved the plan on Tuesday after a long debate."
    assert drop_closing_datelines([prose, "04/12/2026 12:15"]) == [prose]
    assert drop_closing_datelines([prose, "4 de dezembro de 2026, às 15h45"]) == [prose]
    # a sentence naming a date and a time is the article's
    said = "The vote was held on 04/12/2026 at 12:15, the mayor said."
    assert drop_closing_datelines([prose, said]) == [prose, said]
    # a text of datelines alone is kept as it is
    assert drop_closing_datelines(["04/12/2026 12:15"]) == ["04/12/2026 12:15"]


def test_a_text_dumps_closing_date_line_is_no_paragraph() -> None:
    headline, paragraphs = ARTICLES["it"]
    dump = "\n\n".join([headline, *paragraphs, "04/12/2026 12:15"])
    assert clean_text_dump(dump).paragraphs == paragraphs
