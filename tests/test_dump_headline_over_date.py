"""A text dump's headline right above a bare date line is its title, whatever shape the date
line has ("5 December 2026", "05.12.2026", "5. Dezember 2026", "le 5 décembre 2026",
"2026年12月5日"), a blank line or none between the date and the text; the date line is no part
of the text.  A paper's name above the edition's date, the headline below, is no headline.
Before, only a date that was furniture or a dateline read set the headline apart: over any
other date a headline sharing no word with its text (a question, an inflected word) was no
title, and over "5 December 2026" a paper's name was.  Invented dumps."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.textdump import clean_text_dump
from tests.conftest import build, exported

# (headline, date line, two paragraphs), the headline sharing no word with its text
DUMPS = {
    "en": (
        "Why did the crossings stop?",
        "5 December 2026",
        (
            "Ferries between the island and the mainland will sail again on Monday morning, "
            "after engineers inspected a harbour wall damaged by last week's gales.",
            "Passengers holding bookings for cancelled sailings may travel on any of the first "
            "three days without paying again, a spokeswoman for the operator said.",
        ),
    ),
    "en-numeric": (
        "Why did the crossings stop?",
        "05.12.2026",
        (
            "Ferries between the island and the mainland will sail again on Monday morning, "
            "after engineers inspected a harbour wall damaged by last week's gales.",
            "Passengers holding bookings for cancelled sailings may travel on any of the first "
            "three days without paying again, a spokeswoman for the operator said.",
        ),
    ),
    "de": (
        "Fährverkehr zur Insel läuft wieder",
        "5. Dezember 2026",
        (
            "Die Reederei teilte am Samstag mit, dass die Schiffe ab Montagmorgen erneut "
            "zwischen dem Festland und Nordstrand pendeln, nachdem Ingenieure die Mole "
            "geprüft hatten.",
            "Fahrgäste mit Buchungen für ausgefallene Abfahrten können an einem der ersten drei "
            "Tage ohne erneute Zahlung reisen, sagte eine Sprecherin des Betreibers.",
        ),
    ),
    "fr": (
        "Les traversées reprennent",
        "le 5 décembre 2026",
        (
            "La compagnie a annoncé samedi que ses navires navigueront de nouveau lundi matin "
            "entre l'île et le continent, après l'inspection de la digue endommagée.",
            "Les passagers ayant réservé un départ annulé pourront voyager lors des trois "
            "premiers jours sans payer une seconde fois, a indiqué une porte-parole.",
        ),
    ),
    "es": (
        "¿Por qué se suspendieron los ferris?",
        "5 de diciembre de 2026",
        (
            "La naviera anunció el sábado que sus barcos volverán a navegar el lunes por la "
            "mañana entre la isla y el continente, tras revisar el muelle dañado.",
            "Quienes tenían billetes para salidas canceladas podrán viajar en cualquiera de los "
            "tres primeros días sin pagar de nuevo, dijo una portavoz de la empresa.",
        ),
    ),
    "ja": (
        "嵐で欠航、週明けに再開へ",
        "2026年12月5日",
        (
            "運航会社は土曜日、島と本土を結ぶ便について、損傷した岸壁を技術者が点検した後、"
            "月曜日の朝から運航すると発表した。",
            "取り消された便を予約していた乗客は、最初の三日間のいずれかの便に追加料金なしで乗船"
            "できると、同社の広報担当者は述べた。",
        ),
    ),
}


def _dump(language: str, between: str = "\n\n") -> str:
    headline, date, body = DUMPS[language]
    return f"{headline}\n{date}{between}" + "\n\n".join(body) + "\n"


@pytest.mark.parametrize("language", sorted(DUMPS))
@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_a_headline_over_a_bare_date_line_is_the_title(language: str, between: str) -> None:
    headline, _, body = DUMPS[language]
    cleaned = clean_text_dump(_dump(language, between))
    assert cleaned.title == headline
    assert cleaned.published == "2026-12-05"
    assert cleaned.paragraphs == list(body)


@pytest.mark.parametrize("date", ["5 December 2026", "05.12.2026", "Saturday 5 December 2026"])
def test_a_papers_name_over_the_editions_date_is_no_headline(date: str) -> None:
    _, _, body = DUMPS["en"]
    text = f"The Westerly Gazette\n{date}\n\nFerry crossings to resume on Monday\n\n" + "\n\n".join(
        body
    )
    cleaned = clean_text_dump(text)
    assert cleaned.title == "Ferry crossings to resume on Monday"
    assert cleaned.published == "2026-12-05"


def test_dedupe_stores_and_exports_each_dumps_headline(tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    folder.mkdir()
    for language in DUMPS:
        (folder / f"{language}.txt").write_text(_dump(language), encoding="utf-8")
    titles = []
    for name, order in (("a.db", False), ("b.db", True)):
        build(tmp_path / name, sorted(folder.iterdir(), reverse=order))
        titles.append(
            {
                Path(r["origin"]).stem: (r["title"], r["published"])
                for r in exported(tmp_path / name).values()
            }
        )
    assert titles[0] == titles[1]
    assert {stem: title for stem, (title, _) in titles[0].items()} == {
        language: headline for language, (headline, _, _) in DUMPS.items()
    }
    assert {published for _, published in titles[0].values()} == {"2026-12-05"}


@pytest.mark.parametrize("date", ["05.12.2026", "5 December 2026", "Saturday 5 December 2026"])
def test_a_headline_over_a_bare_date_and_a_standfirst_is_the_title(date: str) -> None:
    headline, _, body = DUMPS["en"]
    standfirst = "Operators say sailings resume once engineers finish checking the damaged pier"
    cleaned = clean_text_dump(f"{headline}\n{date}\n\n{standfirst}\n\n" + "\n\n".join(body))
    assert cleaned.title == headline
    assert cleaned.paragraphs == [standfirst, *body]
