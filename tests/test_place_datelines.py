"""A place's dateline above a dump ("London, 5 December 2026", "Bruxelles, le 5 décembre
2026", "Berlin, 5. Dezember 2026", "Stockholm den 5 december 2026") dates the dump and is never
its site: the place, when the text did not name it, was stored as the paper that printed the
dump (the Brussels desk's finding), and the Swedish shape was not read at all.  A press review's
paper ("Le Soir, samedi 5 décembre 2026") stays the site.  Invented dumps."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.archive import Archive
from clipper.models import Page
from clipper.paperdatelines import PaperDate, paper_dateline
from clipper.placenames import is_place_name
from clipper.read.zones import written_in
from tests.conftest import build

BODIES = {
    "en": (
        "The council approved the new housing plan on Friday after a long debate, the mayor "
        "said at a press conference in the city hall.\n\n"
        "Opposition members said they would challenge the decision in court because the plan "
        "did too little for families on low incomes.\n"
    ),
    "fr": (
        "Le conseil communal a approuvé vendredi le nouveau plan de logement après un long "
        "débat, a indiqué le bourgmestre lors d'une conférence de presse.\n\n"
        "L'opposition a annoncé qu'elle contesterait la décision devant les tribunaux, estimant "
        "que le plan en faisait trop peu pour les familles.\n"
    ),
    "de": (
        "Der Stadtrat hat am Freitag nach langer Debatte den neuen Wohnungsplan gebilligt, "
        "teilte der Bürgermeister auf einer Pressekonferenz im Rathaus mit.\n\n"
        "Die Opposition kündigte an, gegen die Entscheidung zu klagen, weil der Plan zu wenig "
        "für Familien mit geringem Einkommen vorsehe.\n"
    ),
    "sv": (
        "Kommunfullmäktige godkände på fredagen den nya bostadsplanen efter en lång debatt, "
        "sade kommunstyrelsens ordförande vid en presskonferens i stadshuset.\n\n"
        "Oppositionen meddelade att den ska överklaga beslutet eftersom planen gör för lite för "
        "familjer med låga inkomster.\n"
    ),
}
HEADLINES = {
    "en": "Council approves housing plan",
    "fr": "Le conseil approuve le plan de logement",
    "de": "Stadtrat billigt Wohnungsplan",
    "sv": "Fullmäktige godkänner bostadsplanen",
}
DATELINES = {
    "en": "London, 5 December 2026",
    "fr": "Bruxelles, le 5 décembre 2026",
    "de": "Berlin, 5. Dezember 2026",
    "sv": "Stockholm den 5 december 2026",
}


@pytest.mark.parametrize(
    ("language", "line", "name"),
    [
        ("en", DATELINES["en"], "London"),
        ("fr", DATELINES["fr"], "Bruxelles"),
        ("de", DATELINES["de"], "Berlin"),
        ("sv", DATELINES["sv"], "Stockholm"),
        ("fr", "Etterbeek, le 5 décembre 2026", "Etterbeek"),  # no city CLDR knows: "le" says it
        ("de", "Wien, den 5. Dezember 2026", "Wien"),
        ("it", "Roma, lì 5 dicembre 2026", "Roma"),
        ("es", "Madrid, a 5 de diciembre de 2026", "Madrid"),
        ("pl", "Warszawa, dnia 5 grudnia 2026", "Warszawa"),
        ("da", "København, d. 5. december 2026", "København"),
        ("sv", "Bryssel, 5 december 2026", "Bryssel"),
    ],
)
def test_a_place_s_dateline_is_read_as_a_place(language: str, line: str, name: str) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) == PaperDate(name, "2026-12-05", place=True)


@pytest.mark.parametrize(
    ("language", "line", "name"),
    [
        ("fr", "Le Soir, samedi 5 décembre 2026", "Le Soir"),
        ("en", "The Times, 5 December 2026, p. 3", "The Times"),
        ("de", "Berliner Zeitung, 5. Dezember 2026", "Berliner Zeitung"),
        ("sv", "Dagens Nyheter, 5 december 2026", "Dagens Nyheter"),
        ("de", "Frankfurter Rundschau, Samstag, 5. Dezember 2026, S. 3", "Frankfurter Rundschau"),
    ],
)
def test_a_paper_s_date_line_stays_a_paper(language: str, line: str, name: str) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) == PaperDate(name, "2026-12-05", place=False)


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("fr", "Publié le 5 décembre 2026"),
        ("de", "Veröffentlicht am 5. Dezember 2026"),
        ("sv", "Publicerad den 5 december 2026"),
        ("fr", "Mis à jour le 5 décembre 2026"),
    ],
)
def test_a_label_before_a_letter_s_word_is_no_place(language: str, line: str) -> None:
    with written_in(language, None, None):
        assert paper_dateline(line) is None


def test_places_and_papers_by_name() -> None:
    assert is_place_name("London", "en") and is_place_name("Bruxelles", "fr")
    assert is_place_name("Belgique", "fr") and is_place_name("New York", None)
    assert not is_place_name("Le Soir", "fr") and not is_place_name("The Guardian", "en")


def _stored(archive: Archive) -> dict[str, tuple[str | None, str | None, str | None]]:
    try:
        with archive.sessions() as session:
            rows = session.execute(select(Page.origin, Page.title, Page.published, Page.site))
            return {
                Path(origin).name: (title, published and published[:10], site)
                for origin, title, published, site in rows
            }
    finally:
        archive.close()


def test_datelines_above_and_below_the_headline_date_the_dump_and_name_no_site(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    for language, line in DATELINES.items():
        (folder / f"{language}.txt").write_text(
            f"{HEADLINES[language]}\n{line}\n\n{BODIES[language]}", encoding="utf-8"
        )
    (folder / "above.txt").write_text(
        f"{DATELINES['en']}\n{HEADLINES['en']} again\n\n"
        + BODIES["en"].replace("Friday", "Friday evening"),
        encoding="utf-8",
    )
    (folder / "paper.txt").write_text(
        f"{HEADLINES['fr']} encore\nLe Soir, samedi 5 décembre 2026\n\n"
        + BODIES["fr"].replace("vendredi", "vendredi soir"),
        encoding="utf-8",
    )
    archive, summary = build(tmp_path / "a.db", [folder])
    assert summary.dates_unread == 0
    assert _stored(archive) == {
        **{f"{language}.txt": (HEADLINES[language], "2026-12-05", None) for language in DATELINES},
        "above.txt": (f"{HEADLINES['en']} again", "2026-12-05", None),
        "paper.txt": (f"{HEADLINES['fr']} encore", "2026-12-05", "le soir"),
    }
