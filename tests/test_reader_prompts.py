"""A site's prompts to its reader under an article leave its text: send the newsroom a story or
a tip ("Got a story? Get in touch with our news team by emailing us at …", "Do you have a story
to tell? Email: …"), report an error ("Fehler gefunden? Jetzt melden.", "… Mit nur zwei Klicks
melden Sie den Fehler der Redaktion."), read more of the site ("For more stories like this,
check our news page."), rate the article or pay for the site's journalism ("Wie hat Ihnen
dieser Artikel gefallen?", "Durchschnittliche Bewertung: 0,0", "Unabhängiger Journalismus
braucht deine Unterstützung.").  The article's own sentences about tips, errors and getting in touch
stay, and so does a writer's contact line ("Jane Doe may be reached at …", which the reference
texts of the extraction sets keep).

Pages and records' texts are invented in the shapes sites print them: the prompts as paragraphs of
their own under the text, or between its paragraphs."""

from __future__ import annotations

import pytest

from tests.test_furniture_languages import DUMPS
from tests.test_site_notices import _record_text, _text

# (language, prompts between the paragraphs, prompts under the text)
PROMPTS = {
    "en, news team": (
        "en",
        [],
        ["Got a story? Get in touch with our news team by emailing us at desk@harbour.test. Or "
         "you can send us your pictures and videos here.",
         "For more stories like this, check our news page."],
    ),
    "en, story to tell": ("en", [], ["Do you have a story to tell? Email: pat.reed@harbour.test"]),
    "en, question then address": (
        "en",
        ["Are ferries running late in your area? Get in touch at news@harbour.test"],
        [],
    ),
    "en, tip line": (
        "en",
        [],
        ["Have a tip? Sam Lowe may be reached at slowe@harbour.test. Follow him on X.",
         "Spotted an error? Tell us."],
    ),
    "de, error report": ("de", [], ["Fehler gefunden?Jetzt melden."]),
    "de, error report with instructions": (
        "de",
        [],
        ["Bitte markieren Sie die betreffenden Wörter im Text. Mit nur zwei Klicks melden Sie "
         "den Fehler der Redaktion."],
    ),
    "fr": ("fr", [], ["Vous avez repéré une erreur ?", "Signaler une erreur"]),
    "es": ("es", [], ["¿Has visto un error en esta noticia?"]),
    "it": ("it", [], ["Hai trovato un errore?", "Segnala un errore"]),
    "nl": ("nl", [], ["Fout gezien?", "Meld een fout"]),
    "pt": ("pt", [], ["Encontrou um erro?"]),
    "en, rating box": ("en", [], ["Did you enjoy this article?", "Average rating: 4.2"]),
    "de, appeal and rating box": (
        "de",
        [],
        ["Unabhängiger Journalismus braucht deine Unterstützung.",
         "Wie hat Ihnen dieser Artikel gefallen?", "Durchschnittliche Bewertung: 0,0"],
    ),
    "de, rating question with an appeal": (
        "de",
        [],
        ["Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende "
         "oder werden Sie Mitglied beim Seeboten."],
    ),
}


@pytest.mark.parametrize("case", sorted(PROMPTS))
def test_a_prompt_to_the_reader_leaves_a_pages_text(case: str) -> None:
    language, between, after = PROMPTS[case]
    assert _text(language, [], between, after) == list(DUMPS[language].body)


@pytest.mark.parametrize("case", sorted(PROMPTS))
def test_a_prompt_to_the_reader_leaves_a_records_text(case: str) -> None:
    language, between, after = PROMPTS[case]
    assert _record_text(language, [], between, after) == list(DUMPS[language].body)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a writer's contact line, which reference texts keep under a story
        ("en", "Jane Doe may be reached at jdoe@harbour.test."),
        # the article's own sentences about tips, errors and getting in touch
        ("en", "Police asked anyone with a tip to get in touch with detectives at the harbour "
               "station on Friday."),
        ("de", "Der Fehler wurde im Mai gefunden, sagte ein Sprecher der Stadtwerke am Montag."),
        ("fr", "Une erreur a été repérée dans le calcul, a reconnu la mairie lundi soir."),
        # and about ratings and support for journalism
        ("en", "Average rating agencies were slow to react to the harbour's debt, the report "
               "said."),
        ("de", "Unabhängiger Journalismus braucht Ihre Unterstützung, sagte die Ministerin am "
               "Montag in Kiel."),
    ],
)
def test_sentences_about_tips_and_errors_stay(language: str, sentence: str) -> None:
    body = DUMPS[language].body
    assert _text(language, [], [], [sentence]) == [*body, sentence]
