"""A posting time under an HTML page's headline whose line goes on with the update's label and
time ("Publié le … à 14h32 · Mis à jour le … à 08h10"): the posting time is read with its time
of day, its words counted without the update's (newcomer 29 finding 13: the whole line was too
long for a stamp and the page was dated by its day alone, guessed).  Invented datelines."""

from __future__ import annotations

import pytest

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
