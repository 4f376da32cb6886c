"""An embed's placeholder leaves an article's text: where a page holds a third party's post,
video or graphic, the site prints a box asking before it loads it ("Empfohlener redaktioneller
Inhalt / An dieser Stelle finden Sie einen externen Inhalt … / Ich bin damit einverstanden,
dass mir der externe Inhalt angezeigt wird …", "Link zum YouTube-Inhalt", "Ein Klick für den
Datenschutz", "View this post on Instagram", "Contenu externe"), and the extraction kept it
between the paragraphs (the tables' ``notices``: :mod:`clipper.furniture`).  The article's own
sentences about external content, embeds and consent stay.

Pages and records' texts are invented in the shapes sites print them: the box between two
paragraphs, its heading, its explanation and its consent line each a paragraph of its own."""

from __future__ import annotations

import pytest

from tests.test_furniture_languages import DUMPS
from tests.test_site_notices import _record_text, _text

# (language, the placeholder's lines, as the page prints them)
PLACEHOLDERS = {
    "de, editor's pick box": (
        "de",
        [
            "Empfohlener redaktioneller Inhalt",
            "An dieser Stelle finden Sie einen von unserer Redaktion ausgewählten, externen "
            "Inhalt, der den Bericht über den Hafen mit weiteren Informationen ergänzt. Mit "
            "einem Klick können Sie ihn einblenden oder wieder ausblenden.",
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Dabei "
            "können personenbezogene Daten an Drittplattformen übermittelt werden.",
        ],
    ),
    "de, video link label": ("de", ["Link zum Vimeo-Inhalt"]),
    "de, graphic behind a click": (
        "de",
        [
            "Ein Klick für den Datenschutz",
            "Für die Karte des Seeboten nutzen wir einen externen Dienst. Erst wenn Sie hier "
            "klicken, werden die Karten nachgeladen und Ihre IP-Adresse an den Anbieter "
            "übertragen.",
        ],
    ),
    "en, social post": ("en", ["View this post on Instagram", "A post shared by Harbour Gazette"]),
    "en, imported video": (
        "en",
        [
            "This content is imported from Vimeo. You may be able to find the same content in "
            "another format, or more information, at their web site.",
        ],
    ),
    "en, consent to load": (
        "en",
        ["To view this graphic, please accept the cookies of our map provider."],
    ),
    "fr": ("fr", ["Contenu externe", "Pour afficher ce contenu, vous devez accepter les cookies."]),
    "es": ("es", ["Contenido externo", "Para ver este contenido, acepta las cookies de terceros."]),
    "it": ("it", ["Contenuto esterno", "Per visualizzare questo contenuto accetta i cookie."]),
    "nl": ("nl", ["Externe inhoud", "Om deze video te bekijken, moet je cookies accepteren."]),
    "pt": ("pt", ["Conteúdo externo", "Para ver este conteúdo, aceite os cookies."]),
}


@pytest.mark.parametrize("case", sorted(PLACEHOLDERS))
def test_an_embeds_placeholder_leaves_a_pages_text(case: str) -> None:
    language, lines = PLACEHOLDERS[case]
    assert _text(language, [], lines, []) == list(DUMPS[language].body)


@pytest.mark.parametrize("case", sorted(PLACEHOLDERS))
def test_an_embeds_placeholder_leaves_a_records_text(case: str) -> None:
    language, lines = PLACEHOLDERS[case]
    assert _record_text(language, [], lines, []) == list(DUMPS[language].body)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # the article's own sentences on embeds, external content and consent
        ("de", "Die externen Inhalte der Studie wurden nach Angaben des Instituts geprüft und "
               "im Mai veröffentlicht."),
        ("de", "Erst wenn der Rat zustimmt, werden die Gelder für den Hafen freigegeben, sagte "
               "die Bürgermeisterin."),
        ("en", "The minister said the post shared by the harbour authority on Instagram was "
               "removed within an hour."),
        ("en", "To view this exhibition, visitors must book a slot and accept the museum's "
               "rules, the curator said."),
        ("fr", "Pour afficher ce résultat, la mairie a dû accepter les conditions du "
               "ministère, a précisé l'adjoint."),
    ],
)
def test_sentences_about_embeds_and_consent_stay(language: str, sentence: str) -> None:
    body = DUMPS[language].body
    assert _text(language, [], [sentence], []) == [body[0], sentence, body[1]]
