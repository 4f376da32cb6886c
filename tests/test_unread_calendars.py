"""A date line of a calendar clipper does not read (Nepal's Bikram Sambat: "मंसिर २०, २०८३ १४:१५
NPT", "20 Mangsir 2083") leaves the page undated and is counted, saying why, in an HTML page and
a text dump alike, whatever the script (newcomer 45, finding 4: neither read nor counted).  A
Gregorian date on the same shape of line is still read.  Pages invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.localdates import ascii_date_digits
from clipper.othercalendars import unread_calendar_in
from tests.conftest import build, exported

NEPALI = (
    "काठमाडौं उपत्यकामा सार्वजनिक यातायातको भाडा दश प्रतिशत बढेको छ र यात्रुहरूले यसको विरोध "
    "गरेका छन्।",
    "यातायात व्यवसायीहरूले इन्धनको मूल्य बढेकाले भाडा बढाउनु परेको बताएका छन् भने सरकारले "
    "छलफलका लागि बैठक बोलाएको छ।",
)
ENGLISH = (
    "Public transport fares in the Kathmandu valley rose by ten per cent on Saturday and "
    "passengers' groups called a protest for Monday.",
    "Operators said the rise followed higher fuel prices, and the transport ministry called "
    "both sides to talks next week.",
)


def _page(lang: str, date_line: str, paragraphs: tuple[str, ...]) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>भाडा</title>'
        '<link rel="canonical" href="https://kantipur-like.example/news/bhada"></head><body>'
        f'<article><h1>{paragraphs[0][:30]}</h1><div class="date">{date_line}</div>'
        + "".join(f"<p>{p}</p>" for p in paragraphs)
        + "</article></body></html>"
    )


@pytest.mark.parametrize(
    ("lang", "date_line", "paragraphs"),
    [
        ("ne", "मंसिर २०, २०८३ १४:१५ NPT", NEPALI),
        ("ne", "हालनागाद: मंसिर २०, २०८३ २३:००", NEPALI),
        ("en", "20 Mangsir 2083, 14:15 NPT", ENGLISH),
    ],
)
def test_a_date_of_an_unread_calendar_is_counted(
    tmp_path: Path, lang: str, date_line: str, paragraphs: tuple[str, ...]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "bhada.html").write_text(_page(lang, date_line, paragraphs), "utf-8")
    archive, summary = build(tmp_path / "a.db", [tmp_path / "in"])
    archive.close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["published"] is None
    notes = [e["detail"] for e in summary.examples if e["reason"] == "date-unread"]
    assert len(notes) == 1 and date_line in notes[0]
    assert "calendar clipper does not read" in notes[0]


def test_a_dumps_unread_calendar_date_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "bhada.txt"
    body = "\n\n".join(NEPALI)
    path.write_text(f"उपत्यकामा भाडा बढ्यो\n\nमंसिर २०, २०८३ १४:१५\n\n{body}\n", "utf-8")
    archive, summary = build(tmp_path / "a.db", [path])
    archive.close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["published"] is None
    notes = [e["detail"] for e in summary.examples if e["reason"] == "date-unread"]
    assert len(notes) == 1 and "calendar clipper does not read" in notes[0]


def test_a_gregorian_date_of_the_same_shape_is_read(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    page = _page("en", "December 6, 2026, 14:15 NPT", ENGLISH)
    (tmp_path / "in" / "fares.html").write_text(page, "utf-8")
    build(tmp_path / "a.db", [tmp_path / "in"])[0].close()
    (row,) = exported(tmp_path / "a.db").values()
    assert row["published"] == "2026-12-06T08:30:00+00:00"


@pytest.mark.parametrize(
    ("line", "unread"),
    [
        ("मंसिर २०, २०८३ १४:१५ NPT", True),
        ("शनिवार, मंसिर २०, २०८३", True),
        ("Dec 6, 2026, 14:30 IST", False),  # a month clipper reads
        ("6 दिसंबर 2026, 15:10", False),
        ("Chapter 20, 2083 pages long", False),  # no time, words after it
    ],
)
def test_the_shape_of_an_unread_calendars_date(line: str, unread: bool) -> None:
    assert unread_calendar_in(ascii_date_digits(line)) is unread
