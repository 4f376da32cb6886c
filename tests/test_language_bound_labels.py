"""A header label whose field depends on the dump's language: "Rubrik" heads the headline in a
Swedish or Danish press review ("Rubrik: Regeringen faller") and the section in a German one
("Rubrik: Politik").  Read as the title everywhere, a German dump's section was its headline,
and a headline above a block holding "Rubrik:" was lost with the whole block (the Nordic
archive's and the Brussels desk's dumps).  Invented dumps."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from clipper.archive import Archive
from clipper.models import Page
from clipper.read.fieldnames import field_name
from clipper.read.textheader import split_header
from tests.conftest import build

DE = (
    "Die Bundesregierung hat am Freitag nach langen Verhandlungen ihren Haushaltsentwurf für "
    "das kommende Jahr vorgelegt, wie das Finanzministerium mitteilte.\n\n"
    "Die Opposition kritisierte die Pläne scharf und kündigte an, im Parlament gegen den "
    "Entwurf zu stimmen, weil er zu wenig für Schulen und Krankenhäuser vorsehe.\n"
)
SV = (
    "Regeringen föll på fredagen efter att riksdagen röstat igenom en misstroendeförklaring "
    "mot statsministern, meddelade talmannen vid en presskonferens.\n\n"
    "Oppositionen krävde att ett extra val skulle hållas så snart som möjligt, medan "
    "regeringspartierna sade att de ville förhandla om ett nytt samarbete.\n"
)
DA = (
    "Regeringen faldt fredag efter at Folketinget vedtog et mistillidsvotum mod "
    "statsministeren, oplyste formanden på et pressemøde.\n\n"
    "Oppositionen krævede et valg hurtigst muligt, mens regeringspartierne sagde, at de ville "
    "forhandle om et nyt samarbejde hen over weekenden.\n"
)


def test_rubrik_names_the_title_by_the_language() -> None:
    assert field_name("Rubrik", "sv") == "title"
    assert field_name("Rubrik", "da") == "title"
    assert field_name("Rubrik", "de") == "Rubrik"  # a section: not read
    assert field_name("Rubrik") == "title"  # no language known: as before
    assert field_name("Titel", "de") == field_name("Titel", "sv") == "title"


def test_a_swedish_rubrik_is_the_headline() -> None:
    fields, rest = split_header(
        f"Rubrik: Regeringen faller efter misstroende\nKälla: Dagens Nyheter\n"
        f"Datum: 2026-12-05\n\n{SV}"
    )
    assert fields == {
        "title": "Regeringen faller efter misstroende",
        "source": "Dagens Nyheter",
        "date": "2026-12-05",
    }
    assert rest.strip() == SV.strip()


def test_a_german_rubrik_is_the_section_not_the_headline() -> None:
    fields, _ = split_header(
        f"Rubrik: Politik\nTitel: Bundesregierung legt Haushalt vor\nQuelle: Die Zeitung\n"
        f"Datum: 05.12.2026\n\n{DE}"
    )
    assert fields["title"] == "Bundesregierung legt Haushalt vor"


def test_a_german_headline_over_a_block_with_rubrik_is_kept() -> None:
    fields, rest = split_header(
        f"Bundesregierung legt Haushaltsentwurf vor\nQuelle: Frankfurter Rundschau\n"
        f"Datum: 05.12.2026\nRubrik: Politik\nSeite: 4\n\n{DE}"
    )
    assert fields == {
        "title": "Bundesregierung legt Haushaltsentwurf vor",
        "source": "Frankfurter Rundschau",
        "date": "05.12.2026",
    }
    assert rest.strip() == DE.strip()


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


def test_a_folder_of_nordic_and_german_press_reviews(tmp_path: Path) -> None:
    folder = tmp_path / "review"
    folder.mkdir()
    (folder / "sv.txt").write_text(
        f"Rubrik: Regeringen faller efter misstroende\nKälla: Dagens Nyheter\n"
        f"Datum: 2026-12-05\n\n{SV}",
        encoding="utf-8",
    )
    (folder / "da.txt").write_text(
        f"Rubrik: Regeringen falder efter mistillid\nKilde: Politiken\nDato: 05.12.2026\n\n{DA}",
        encoding="utf-8",
    )
    (folder / "de.txt").write_text(
        f"Bundesregierung legt Haushaltsentwurf vor\nQuelle: Frankfurter Rundschau\n"
        f"Datum: 05.12.2026\nRubrik: Politik\nSeite: 4\n\n{DE}",
        encoding="utf-8",
    )
    archive, _ = build(tmp_path / "a.db", [folder])
    assert _stored(archive) == {
        "sv.txt": ("Regeringen faller efter misstroende", "2026-12-05", "dagens nyheter"),
        "da.txt": ("Regeringen falder efter mistillid", "2026-12-05", "politiken"),
        "de.txt": (
            "Bundesregierung legt Haushaltsentwurf vor", "2026-12-05", "frankfurter rundschau"
        ),
    }
