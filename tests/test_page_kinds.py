"""Page kinds from public extractor bug reports that clipper's cleaning got wrong
(``bench/page_kinds.py``, session 24): a comment section's count, an author box under the
story, newsletter prompts and "updated" lines in more languages, Catalan and Romanian furniture,
and a line-broken verse whose first line trafilatura lost.  Invented text: the ferry story of
``tests/test_furniture_languages.py``'s dumps, in each table's language."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.furniture.compiled import matchers
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump
from tests.test_furniture_languages import DUMPS


def _cleaned(language: str, *extra: str, head: tuple[str, ...] = ()) -> list[str]:
    """The paragraphs clipper keeps of a dump: the language's headline, ``head`` lines, its two
    body paragraphs, then ``extra`` lines."""
    dump = DUMPS[language]
    lines = [dump.title, *head, dump.body[0], dump.body[1], *extra]
    return clean_text_dump("\n".join(lines)).paragraphs


# A comment section's link or heading with its count, as a text dump keeps it under the story.
COMMENT_COUNTS = {
    "en": "12 comments", "es": "Comentarios (12)", "fr": "12 commentaires",
    "de": "Kommentare (12)", "it": "Commenti (4)", "nl": "Reacties (7)", "pt": "Comentários (3)",
    "el": "Σχόλια (2)", "ar": "التعليقات (6)", "he": "תגובות (8)", "hi": "टिप्पणियाँ (4)",
    "zh": "评论（6）", "ja": "コメント（3）", "ca": "Comentaris (5)", "ro": "Comentarii (9)",
}


@pytest.mark.parametrize("language", sorted(COMMENT_COUNTS))
def test_a_comment_count_under_the_story_is_furniture(language: str) -> None:
    assert _cleaned(language, COMMENT_COUNTS[language]) == list(DUMPS[language].body)


def test_a_sentence_with_a_count_of_comments_stays() -> None:
    m = matchers()
    assert m.is_furniture("Comentarios (12)")
    assert not m.is_furniture("The 12 comments were read out at the council meeting.")
    body = "The ferry page drew 340 comments within an hour, most of them about the fares."
    assert _cleaned("en", body) == [*DUMPS["en"].body, body]


# A box about the writer under the story: its heading and a short bio.
AUTHOR_BOXES = {
    "en": ("About the author", "Mara Quinn covers the harbour and transport for the Herald."),
    "de": ("Über die Autorin", "Lena Voss schreibt seit 2018 über Hafen und Verkehr."),
    "fr": ("À propos de l'auteur", "Julien Marchal suit le port et les transports depuis 2020."),
    "es": ("Sobre la autora", "Lucía Ferrer escribe sobre el puerto y el transporte desde 2017."),
    "it": ("Sull'autore", "Marco Riva segue il porto e i trasporti dal 2019."),
    "nl": ("Over de auteur", "Sanne de Wit schrijft sinds 2016 over de haven en het vervoer."),
    "pt": ("Sobre o autor", "Rui Matos escreve sobre o porto e os transportes desde 2015."),
    "ca": ("Sobre l'autora", "Marta Puig escriu sobre el port i el transport des del 2018."),
    "ro": ("Despre autor", "Andrei Pop scrie despre port și transporturi din 2014."),
}


@pytest.mark.parametrize("language", sorted(AUTHOR_BOXES))
def test_an_author_box_ending_a_dump_goes(language: str) -> None:
    heading, bio = AUTHOR_BOXES[language]
    assert _cleaned(language, heading, bio) == list(DUMPS[language].body)


def test_an_author_box_heading_above_the_rest_of_the_text_stays() -> None:
    """Above more than a bio's words (an interview's section, an essay's end) it is text."""
    rest = " ".join([DUMPS["en"].body[0]] * 4)
    assert "About the author" in _cleaned("en", "About the author", rest)
    # nor is a heading the whole text's end when nothing stands above it
    assert clean_text_dump("About the author\n" + DUMPS["en"].body[0]).paragraphs


def test_an_author_box_under_an_html_story_goes() -> None:
    dump = DUMPS["de"]
    heading, bio = AUTHOR_BOXES["de"]
    html = (
        f'<html lang="de"><head><meta charset="utf-8"><title>{dump.title}</title></head><body>'
        f"<article><h1>{dump.title}</h1><p>{dump.body[0]}</p><p>{dump.body[1]}</p>"
        f"<p><strong>{heading}</strong></p><p>{bio}</p></article></body></html>"
    )
    result = clean_page(RawPage("a.html", "html", html.encode()), CleanConfig())
    assert isinstance(result, Article), result
    assert result.text.splitlines() == list(dump.body)


# The site's newsletter prompt as a whole line, in the languages the probe found kept.
NEWSLETTERS = {
    "en": "Sign up for the Herald's morning briefing",
    "pt": "Subscreva a nossa newsletter",
    "el": "Εγγραφείτε στο newsletter μας",
    "ar": "اشترك في نشرتنا البريدية",
    "he": "הירשמו לניוזלטר שלנו",
    "hi": "हमारे न्यूज़लेटर की सदस्यता लें",
    "zh": "订阅我们的新闻简报",
    "ja": "ニュースレターに登録する",
    "ca": "Subscriu-te al butlletí",
    "ro": "Abonează-te la newsletter",
}


@pytest.mark.parametrize("language", sorted(NEWSLETTERS))
def test_a_newsletter_prompt_is_furniture_of_a_dump(language: str) -> None:
    assert _cleaned(language, NEWSLETTERS[language]) == list(DUMPS[language].body)


def test_a_sentence_about_signing_up_stays() -> None:
    line = "Sign up for the ferry's new season ticket opened on Monday at the harbour office."
    assert _cleaned("en", line) == [*DUMPS["en"].body, line]


# The page's last change, a label and a date: a timestamp line, not text.
UPDATED = {
    "ar": "آخر تحديث: 30/11/2026 11:42",
    "hi": "अपडेटेड: 30 नवंबर 2026, 11:42",
    "zh": "更新时间：2026-11-30 11:42",
    "ca": "Actualitzat: 30/11/2026 11:42",
    "ro": "Actualizat: 30.11.2026, 11:42",
}


@pytest.mark.parametrize("language", sorted(UPDATED))
def test_an_updated_line_is_a_timestamp(language: str) -> None:
    assert matchers().is_timestamp(UPDATED[language])
    assert _cleaned(language, head=(UPDATED[language],)) == list(DUMPS[language].body)
    assert _cleaned(language, UPDATED[language]) == list(DUMPS[language].body)


@pytest.mark.parametrize(
    ("language", "banner", "button", "teaser"),
    [
        ("ca", "Utilitzem galetes pròpies i de tercers per analitzar la navegació i mostrar-te "
         "publicitat personalitzada segons els teus hàbits.", "Accepta-les totes",
         "Llegeix també: El mercat cobert tancarà tres mesos"),
        ("ro", "Acest site folosește cookie-uri pentru a analiza traficul și pentru a-ți arăta "
         "reclame adaptate intereselor tale.", "Accept toate",
         "Citește și: Piața acoperită se închide trei luni"),
    ],
)
def test_catalan_and_romanian_consent_and_teasers_leave_a_dump(
    language: str, banner: str, button: str, teaser: str
) -> None:
    dump = DUMPS[language]
    text = "\n".join([banner, button, "", dump.title, "", dump.body[0], teaser, dump.body[1]])
    cleaned = clean_text_dump(text)
    assert cleaned.title == dump.title
    assert cleaned.paragraphs == list(dump.body)


# A verse between a story's paragraphs, its lines broken by <br> in a <div> (a song's, a poem's).
VERSE = [
    "El ferri torna a Holm", "amb dos motors nous,", "i el moll de ponent", "l'espera cantant.",
]


def test_a_line_broken_verse_keeps_its_first_line() -> None:
    dump = DUMPS["ca"]
    html = (
        f'<html lang="ca"><head><meta charset="utf-8"><title>{dump.title}</title></head><body>'
        f"<article><h1>{dump.title}</h1><p>{dump.body[0]}</p>"
        f'<div class="vers">{"<br>".join(VERSE)}</div><p>{dump.body[1]}</p></article></body></html>'
    )
    result = clean_page(RawPage("v.html", "html", html.encode()), CleanConfig())
    assert isinstance(result, Article), result
    lines = result.text.splitlines()
    assert [line for line in lines if line in VERSE] == VERSE
    assert lines[0] == dump.body[0] and lines[-1] == dump.body[1]


# A print page's line giving the article's address, and nothing else.
SOURCE_LINES = {
    "en": "Source: https://westquay.example/news/ferry",
    "fr": "Source : https://westquay.example/fr/bac",
    "de": "Quelle: https://westquay.example/de/faehre",
    "es": "Fuente: https://westquay.example/es/ferri",
    "ca": "URL: www.westquay.example/ca/transbordador",
    "ro": "Sursa: https://westquay.example/ro/feribot",
}


@pytest.mark.parametrize("language", sorted(SOURCE_LINES))
def test_a_print_pages_address_line_is_furniture(language: str) -> None:
    assert _cleaned(language, SOURCE_LINES[language]) == list(DUMPS[language].body)


def test_a_sentence_giving_an_address_stays() -> None:
    m = matchers()
    assert not m.is_furniture("Source: Reuters")
    line = "The timetable is at https://westquay.example/ferry, the harbour office said."
    assert _cleaned("en", line) == [*DUMPS["en"].body, line]


# An article's tools, a pager and a gallery's count, each alone on a line of a dump.
TOOLS = {
    "en": ("Listen to this article", "Photo 2 of 12", "Page 1 of 3", "Next page »",
           "Show comments", "Reply"),
    "de": ("Artikel anhören", "Bild 2 von 12", "Seite 1 von 3", "Nächste Seite »",
           "Kommentare anzeigen", "Antworten"),
    "fr": ("Écouter cet article", "Photo 2 sur 12", "Page 1 sur 3", "Page suivante »",
           "Voir les commentaires", "Répondre"),
    "es": ("Versión para imprimir", "Foto 2 de 12", "Página 1 de 3", "Página siguiente »",
           "Ver comentarios", "Responder"),
    "it": ("Versione stampabile", "Foto 2 di 12", "Pagina 1 di 3", "Pagina successiva »",
           "Mostra commenti", "Rispondi"),
    "pt": ("Ouvir esta notícia", "Foto 2 de 12", "Página 1 de 3", "Próxima página »",
           "Ver comentários", "Responder"),
    "nl": ("Beluister dit artikel", "Foto 2 van 12", "Pagina 1 van 3", "Volgende pagina »",
           "Toon reacties", "Reageer"),
}


@pytest.mark.parametrize("language", sorted(TOOLS))
def test_tools_pagers_and_gallery_counts_are_furniture(language: str) -> None:
    listen, photo, page, following, comments, reply = TOOLS[language]
    cleaned = _cleaned(language, page, following, comments, reply, head=(listen, photo))
    assert cleaned == list(DUMPS[language].body)


def test_a_count_or_a_date_inside_a_sentence_or_alone_stays() -> None:
    m = matchers()
    assert not m.is_furniture("11/30")  # a date, read by the dateline rules
    assert not m.is_furniture("3 of the 12 councillors voted against the ferry fares.")
    assert m.is_furniture("Foto 2/12")
