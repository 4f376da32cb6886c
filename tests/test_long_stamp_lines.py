"""A posting time under an HTML page's headline whose line goes on with the update's label and
time ("Publié le … à 14h32 · Mis à jour le … à 08h10"): the posting time is read with its time
of day, its words counted without the update's (newcomer 29 finding 13: the whole line was too
long for a stamp and the page was dated by its day alone, guessed).  Invented datelines."""

from __future__ import annotations

import pytest

from clipper.dumpdates import date_line_sized, first_dateline
from clipper.page import DECLARED
from tests.test_dates_by_language import _page


@pytest.mark.parametrize(
    ("lang", "dateline", "read"),
    [
        ("fr", "Publié le 2 décembre 2026 à 9h05 · Mis à jour le 3 décembre 2026 à 17h40",
         "2026-12-02T09:05:00"),
        # the byline run into the stamp's line before its label (one <div> holds both)
        ("fr", "Agence Publié le 2 décembre 2026 à 9h05 · Mis à jour le 3 décembre 2026 à "
         "17h40", "2026-12-02T09:05:00"),
        ("de", "Veröffentlicht am 2. Dezember 2026 um 9:05 Uhr | Aktualisiert am 3. Dezember "
         "2026 um 17:40 Uhr", "2026-12-02T09:05:00"),
        ("nl", "Gepubliceerd op 2 december 2026 om 9.05 uur · Bijgewerkt op 3 december 2026 om "
         "17.40 uur", "2026-12-02T09:05:00"),
    ],
)  # fmt: skip
def test_a_long_stamp_line_with_its_update_keeps_the_posting_time(
    lang: str, dateline: str, read: str
) -> None:
    article = _page(lang, dateline)
    assert (article.published, article.date_source) == (read, DECLARED)


_LONG_LINES = [
    ("es", "Publicado el 3 de diciembre de 2026 a las 10:32 | Actualizado el 4 de diciembre de "
     "2026 a las 08:15"),
    ("de", "Veröffentlicht am 3. Dezember 2026 um 10:32 Uhr | Aktualisiert am 4. Dezember 2026 "
     "um 08:15 Uhr"),
    ("fr", "Publié le 3 décembre 2026 à 10h32 | Mis à jour le 4 décembre 2026 à 08h15"),
    ("it", "Pubblicato il 3 dicembre 2026 alle ore 10:32 | Aggiornato il 4 dicembre 2026 alle "
     "ore 08:15"),
    ("pt", "Publicado em 3 de dezembro de 2026 às 10h32 | Atualizado em 4 de dezembro de 2026 "
     "às 08h15"),
    ("pl", "Opublikowano 3 grudnia 2026 o godz. 10:32 | Aktualizacja 4 grudnia 2026 o godz. "
     "08:15"),
    ("en", "Published on 3 December 2026 at 10:32 am | Updated on 4 December 2026 at 08:15 am"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "line"), _LONG_LINES)
def test_a_posting_and_update_line_in_its_own_block_is_read(lang: str, line: str) -> None:
    """The same line in a ``<div>`` of its own under the headline (no paragraph the extractor
    keeps): over 14 words, it was not among the blocks read for a dateline (session 29); its
    words that are no date part or label are counted (:func:`date_line_sized`)."""
    article = _page(lang, line, tag="div")
    assert (article.published, article.date_source) == ("2026-12-03T10:32:00", DECLARED)


@pytest.mark.parametrize(("lang", "line"), _LONG_LINES)
def test_a_posting_and_update_line_is_a_dumps_dateline(lang: str, line: str) -> None:
    assert date_line_sized(line)
    assert first_dateline(["Ferry pier closes", line], None) == "2026-12-03"


@pytest.mark.parametrize(
    "line",
    [
        "The council said the report, published on 3 December 2026, found that the ferry lost "
        "money every year since the pier opened",
        "Der Bericht wurde am 3. Dezember 2026 veröffentlicht und zeigt, dass die Fähre seit der "
        "Eröffnung des Anlegers jedes Jahr Geld verloren hat",
    ],
)
def test_a_sentence_naming_a_publication_date_is_no_dateline(line: str) -> None:
    assert not date_line_sized(line)
    assert first_dateline([line], None) is None
