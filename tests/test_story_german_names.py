"""Two German reporters' accounts of one summit are one story (newcomer 29, finding 4): German
capitalises every noun and title, so a person's name ran with the nouns before it as one name
("Italiens Ministerpräsidentin Giorgia Meloni", "Regierungschefin Giorgia Meloni"), which the
other reporter's phrasing never matched, and each such name weighed as a rare word against the
link.  In German a name of three words or more is its last two; another event in the same city
before the same institutions stays a story of its own.  Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.config import StoryConfig
from clipper.stories.storyterms import _story_terms
from clipper.stories.vectors import vectorize
from tests.storyevents import assert_one_story_and_another, cosine

# An agency's report of a summit, a reporter's account of the night, and another event in
# Brussels the same day before the same institutions.
REPORT = (
    "EU-Gipfel einigt sich auf gemeinsamen Asylfonds von 18 Milliarden Euro",
    "Brüssel (nrp) - Die Staats- und Regierungschefs der Europäischen Union haben sich in "
    "der Nacht auf einen gemeinsamen Asylfonds im Umfang von 18 Milliarden Euro verständigt.\n"
    "Bundeskanzler Friedrich Merz sprach nach dem Gipfel von einem Durchbruch und dankte "
    "der zyprischen Ratspräsidentschaft für ihre Geduld.\n"
    "Italiens Ministerpräsidentin Giorgia Meloni hatte lange auf verbindlichen Quoten für "
    "die Verteilung der Geflüchteten bestanden und drohte mit einer Blockade.\n"
    "Österreichs Bundeskanzler Christian Stocker lehnte jede Quote ab und setzte eine "
    "freiwillige Lösung mit Ausgleichszahlungen durch.\n"
    "Nach Angaben von Diplomaten gab Meloni erst nach, als die Kommission zusätzliche "
    "Mittel für die Grenzsicherung auf Lampedusa zusagte.\n"
    "Der Fonds soll im März starten; die erste Rate von vier Milliarden Euro fließt an "
    "Länder mit den meisten Ankünften.\n"
    "Das Europäische Parlament muss noch zustimmen. Die Grünen kritisierten die Einigung "
    "als Abschottungspolitik.",
)
FEATURE = (
    "Espresso, Streit und ein Kompromiss um vier Uhr früh",
    "Kurz nach vier Uhr morgens tritt Regierungschefin Giorgia Meloni vor die Kameras, "
    "müde, aber mit einem Lächeln: Der Fonds steht.\n"
    "Stundenlang hatten die Delegationen im fünften Stock des Ratsgebäudes gerungen. Rom "
    "wollte verbindliche Zusagen, Wien wollte gar keine.\n"
    "Kanzler Christian Stocker blieb hart, erzählen Teilnehmer. Am Ende half ein Angebot "
    "für die Insel Lampedusa, den Knoten zu lösen.\n"
    "Auch Kanzler Friedrich Merz wirkte erleichtert. Er habe schon schwierigere Nächte in "
    "Brüssel erlebt, sagte er, aber nicht viele.\n"
    "Ob die 18 Milliarden Euro ab März wirklich fließen, hängt nun an den Abgeordneten, wo "
    "Grüne und Linke Widerstand ankündigen.",
)
OTHER = (
    "EU-Kommission verschärft Regeln für Online-Plattformen",
    "Brüssel (nrp) - Die Europäische Kommission hat am Freitag strengere Regeln für große "
    "Online-Plattformen vorgeschlagen. Anbieter mit mehr als 45 Millionen Nutzern in der "
    "Europäischen Union sollen Werbung für Minderjährige ganz einstellen.\n"
    "Kommissionspräsidentin Ursula von der Leyen sprach in Brüssel von einem Schutzschirm "
    "für Kinder. Digitalkommissarin Henna Virkkunen kündigte Kontrollen ab dem Frühjahr an.\n"
    "Verstöße sollen mit bis zu sechs Prozent des weltweiten Umsatzes geahndet werden. Das "
    "Europäische Parlament und die Mitgliedstaaten müssen noch zustimmen.\n"
    "Verbraucherschützer nannten den Vorschlag überfällig, der Branchenverband warnte vor "
    "Nachteilen für europäische Anbieter.",
)

RECORDS = [
    {"url": "https://www.nordpresse.example/politik/eu-gipfel-asylfonds",
     "title": REPORT[0], "text": REPORT[1], "language": "de",
     "published": "2026-12-04T05:10:00+01:00"},
    {"url": "https://www.abendspiegel.example/ausland/gipfelnacht-bruessel",
     "title": FEATURE[0], "text": FEATURE[1], "language": "de",
     "published": "2026-12-04T11:40:00+01:00"},
    {"url": "https://www.westbote.example/digital/plattformen-regeln",
     "title": OTHER[0], "text": OTHER[1], "language": "de",
     "published": "2026-12-04T13:05:00+01:00"},
]  # fmt: skip


@pytest.mark.parametrize("order", ["forward", "backward"])
def test_two_german_reporters_accounts_of_one_summit_are_one_story(
    tmp_path: Path, order: str
) -> None:
    """Before: the reporter's account was a story of its own (cosine 0.222 with the report)."""
    assert_one_story_and_another(tmp_path, RECORDS, order)


@pytest.mark.parametrize(
    ("text", "name"),
    [("Ungarns Ministerpräsident Viktor Orbán drohte.", "n:viktor orbán"),
     ("Der Ungar Viktor Orbán drohte.", "n:viktor orbán"),
     ("Am Ende lobte Bundeskanzler Friedrich Merz die Einigung.", "n:friedrich merz"),
     ("Der Bundeskanzler Friedrich Merz sprach.", "n:friedrich merz")],
)  # fmt: skip
def test_a_german_name_is_read_without_the_nouns_before_it(text: str, name: str) -> None:
    found = [term for term in _story_terms(text, "de") if term[:2] == "n:"]
    assert found == [name]


def test_a_name_of_two_words_and_names_in_english_stay_whole() -> None:
    assert "n:kanzler merz" in _story_terms("Danach sprach Kanzler Merz.", "de")
    found = _story_terms("Hungarian Prime Minister Viktor Orbán said.", "en")
    assert "n:hungarian prime minister viktor orbán" in found


def test_a_german_text_of_no_stated_language_reads_its_names_as_german() -> None:
    """A page the cleaner was not sure of reaches the story stage with no language: read as
    English, its names kept their nouns (and the function word opening them) and the account
    stayed apart from the report (cosine 0.235)."""
    config = StoryConfig()
    report, feature, other = (vectorize(title, text, None, config) for title, text in
                              (REPORT, FEATURE, OTHER))  # fmt: skip
    assert cosine(report, feature) >= config.min_similarity
    assert cosine(report, other) < config.min_similarity
    assert "n:friedrich merz" in _story_terms(FEATURE[1], "de")
