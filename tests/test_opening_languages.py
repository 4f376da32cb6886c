"""A worker identifies the openings of a chunk's text dumps together, before it cleans them one
by one (clipper.clean.identify_openings, called by clipper.workers.prepare): each page's
opening is identified as it would be alone, the pages clean to the same articles, and cleaning
them asks the identifier nothing more of those openings (it finds each in its memo)."""

from __future__ import annotations

import pytest

from clipper import language
from clipper.clean import clean_page, identify_openings
from clipper.config import CleanConfig
from clipper.language import OPENINGS_AHEAD, SAMPLE_CHARS, detect_language, detect_languages
from clipper.page import Article, RawPage

ENGLISH = (
    "Skip to content\n\nHarbor council approves a new ferry schedule\n\nThe harbor council voted "
    "on Tuesday to add two early ferry crossings on weekdays, answering commuters who said the "
    "first boat left too late.\n\nThe new schedule starts next month and will be reviewed after "
    "one season, council members said. The ferry operator will hire four more deckhands and "
    "lease a second vessel for the winter months.\n\nRead also:\nBridge repairs delayed\n"
)
GERMAN = (
    "Zum Inhalt springen\n\nHafenrat beschließt einen neuen Fährplan\n\nDer Hafenrat hat am "
    "Dienstag beschlossen, werktags zwei frühe Fährverbindungen einzuführen. Pendler hatten "
    "sich beklagt, das erste Schiff fahre zu spät ab.\n\nDer neue Fahrplan gilt ab dem nächsten "
    "Monat und wird nach einer Saison überprüft, sagten Mitglieder des Rates. Der Betreiber "
    "stellt vier weitere Matrosen ein und mietet für den Winter ein zweites Schiff.\n"
)


def _pages() -> list[RawPage]:
    return [
        RawPage("dumps/harbor.txt", "text", ENGLISH, url="https://harbor.example/ferry"),
        RawPage("dumps/hafen.txt", "text", GERMAN, url="https://hafen.example/faehre"),
        # a crawler gave its language: its opening is not identified for the cleaning
        RawPage("dumps/given.txt", "text", ENGLISH.replace("Tuesday", "Monday"),
                url="https://harbor.example/given", language="en"),
        RawPage("pages/a.html", "html", "<html><body><p>Not a dump.</p></body></html>",
                url="https://harbor.example/a"),
    ]  # fmt: skip


def test_each_undeclared_dump_s_opening_is_identified_as_it_would_be_alone():
    language._opening_language.cache_clear()
    found = identify_openings(_pages())
    assert found == {"dumps/harbor.txt": "en", "dumps/hafen.txt": "de"}
    language._opening_language.cache_clear()
    for page in _pages()[:2]:
        assert isinstance(page.body, str)
        assert found[page.origin] == detect_language(page.body[:SAMPLE_CHARS])


def test_pages_cleaned_after_it_are_the_same_and_their_openings_are_not_asked_again(
    monkeypatch: pytest.MonkeyPatch,
):
    config = CleanConfig()
    language._opening_language.cache_clear()
    alone = [clean_page(page, config) for page in _pages()]
    assert all(isinstance(article, Article) for article in alone[:3])
    language._opening_language.cache_clear()
    identify_openings(_pages())
    asked: list[str] = []
    identify = language.identify

    def noted(text: str) -> tuple[str, float]:
        asked.append(text)
        return identify(text)

    monkeypatch.setattr(language, "identify", noted)
    assert [clean_page(page, config) for page in _pages()] == alone
    openings = {page.body[:SAMPLE_CHARS] for page in _pages()[:2]}
    assert asked and not openings & set(asked)  # the cleaned texts' are asked, not these


def test_no_more_openings_are_identified_ahead_than_the_memo_keeps_twice_over():
    with pytest.raises(ValueError, match="at most"):
        detect_languages([ENGLISH] * (OPENINGS_AHEAD + 1))
    many = [
        RawPage(f"dumps/{i}.txt", "text", ENGLISH, url=f"https://harbor.example/{i}")
        for i in range(OPENINGS_AHEAD + 5)
    ]
    assert len(identify_openings(many)) == OPENINGS_AHEAD
