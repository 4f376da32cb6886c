"""A German wire report and an independent analysis of the same event, the same day, are one
story (newcomer 21 finding 9): outside English, a name opening a sentence was read with its
capitalised article or preposition ("Die Aktie", "Der Autobauer", "Im Frühjahr": German
capitalises every noun), each such phrase weighted as a rare name and written by one author
only, and a hyphenated word ("Fernwärme-Erhöhung") shared nothing with its parts.  Every text
here is invented."""

from __future__ import annotations

from pathlib import Path

from clipper.stories.storyterms import _story_terms
from tests.storyevents import night_stories

WIRE = (
    "Stadtwerke Lindenau erhöhen Fernwärmepreis um 38 Prozent",
    "Lindenau (nsa) – Die Stadtwerke Lindenau erhöhen zum 1. Februar den Preis für Fernwärme "
    "um 38 Prozent. Das teilte das kommunale Unternehmen am Dienstag mit. Betroffen sind rund "
    "27.000 Haushalte im Stadtgebiet.\n"
    "Als Grund nannten die Stadtwerke die gestiegenen Kosten für Erdgas und den Umbau des "
    "Heizkraftwerks am Hafen. Ein Vierpersonenhaushalt zahle künftig etwa 640 Euro mehr im "
    "Jahr, hieß es.\n"
    "Der Mieterverein Lindenau kritisierte die Erhöhung scharf. Viele Mieter könnten die "
    "Nachzahlungen nicht stemmen. Die Verbraucherzentrale prüft nach eigenen Angaben die "
    "Preisklauseln der Verträge.\n"
    "Oberbürgermeisterin Katrin Wendehals kündigte an, einen Härtefallfonds einzurichten. Der "
    "Stadtrat soll im Januar darüber entscheiden.",
)

ANALYSIS = (
    "Warum die Fernwärme-Erhöhung für Lindenau zur Unzeit kommt",
    "Eigentlich wollte Stadtwerke-Chef Ansgar Pöttering in diesem Winter über Wachstum reden. "
    "Die Ankündigung vom Dienstag, Fernwärme um 38 Prozent zu verteuern, macht daraus eine "
    "Verteidigungsrede.\n"
    "Die Rechnung trifft vor allem die Plattenbauviertel in Lindenau-Nord. Der Mieterbund "
    "zählt dort kaum Eigentümer, und wer am Netz hängt, kann nicht einfach wechseln.\n"
    "Das Heizkraftwerk am Hafen, seit Jahren als Vorzeigeprojekt der Energiewende gefeiert, "
    "wird so zum Symbol. Die Opposition im Rathaus spricht von einem Prestigebau, den nun "
    "27.000 Haushalte bezahlen.\n"
    "Der Härtefallfonds dürfte die Wut kaum dämpfen. Zwei Millionen Euro sind für eine Stadt "
    "dieser Größe ein Tropfen auf den heißen Stein, rechnen Sozialverbände vor.\n"
    "Die Frage, die bleibt: Hätte Lindenau die Umrüstung strecken können? Andere Kommunen "
    "haben genau das getan und die Preise stabil gehalten.",
)

OTHER = (
    "Lindenau: Stadtrat beschließt Sanierung des Hallenbads am Hafen",
    "Lindenau (nsa) – Der Stadtrat von Lindenau hat am Dienstag die Sanierung des Hallenbads "
    "am Hafen beschlossen. Die Arbeiten sollen im Frühjahr beginnen und rund 14 Millionen Euro "
    "kosten.\n"
    "Das Bad war im Sommer wegen Schäden am Dach geschlossen worden. Schulen und Vereine müssen "
    "seitdem in die Nachbarstadt ausweichen.\n"
    "Die Wiedereröffnung ist für Herbst 2028 geplant. Der Schwimmverein Lindenau begrüßte den "
    "Beschluss.",
)


def test_an_analysis_joins_the_wire_report_of_its_event(tmp_path: Path) -> None:
    day = "2026-12-01T{}:00+01:00"
    records = [
        {"url": "https://www.nachrichtenagentur-mitte.example/wirtschaft/lindenau-fernwaerme",
         "title": WIRE[0], "text": WIRE[1], "language": "de", "published": day.format("09:10")},
        {"url": "https://www.ostkurier.example/lindenau/fernwaerme-unzeit-4411",
         "title": ANALYSIS[0], "text": ANALYSIS[1], "language": "de",
         "published": day.format("16:40")},
        {"url": "https://www.nachrichtenagentur-mitte.example/lokales/lindenau-hallenbad",
         "title": OTHER[0], "text": OTHER[1], "language": "de", "published": day.format("11:05")},
    ]
    story = night_stories(tmp_path, records)
    wire, analysis, other = (story[r["url"]] for r in records)
    assert wire == analysis
    # another event in the same town that day stays a story of its own
    assert other != wire


def test_a_sentence_opening_function_word_is_no_part_of_a_name() -> None:
    de = _story_terms("Die Aktie fiel. Er sprach mit Anna Berger.", "de")
    assert "n:aktie" not in de and not any(t.startswith("n:die") for t in de)
    assert "n:anna berger" in de and "aktie" in de
    # a name of three words keeps the two after the article
    assert "n:autobauer weißhaupt" in _story_terms("Der Autobauer Weißhaupt ruft zurück.", "de")
    # inside a sentence a capitalised article is the name's own ("in La Paz")
    assert "n:la paz" in _story_terms("Protestas en La Paz.", "es")
    # English reads its names as before: its stop words never start one
    assert "n:hong kong" in _story_terms("Hong Kong voted.", "en")


def test_a_hyphenated_word_gives_its_parts_outside_english() -> None:
    de = _story_terms("Warum die Fernwärme-Erhöhung kommt", "de")
    assert {"fernwärme-erhöhung", "fernwärme", "erhöhung"} <= set(de)
    en = _story_terms("The well-known port", "en")
    assert "well-known" in en and "known" not in en
