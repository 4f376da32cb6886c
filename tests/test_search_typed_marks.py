"""A query pasted from an office document or typed with an input method: a leading minus as
Word, Outlook or a Japanese IME writes it (− – ‐ －) is refused as the ASCII "-" is, not read
as punctuation that finds the very pages it meant to leave out; guillemets (« … », » … «,
‹ … ›) quote a phrase as double quotes do (newcomer 21 finding 31)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.archive import open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchquery import QueryError, fts5_query, parse_query

PAGES = {
    "recall": "Heizkessel von Brennwerk zurückgerufen",
    "lumen": "Brennwerk Rückruf betrifft auch die Werkstätten Lumen",
    "apart": "Lumen eröffnet neue Werkstätten, Brennwerk liefert Kessel",
}
DASHES = ["\u2212", "\u2013", "\u2014", "\u2010", "\u2011", "\uff0d", "\ufe63"]


@pytest.mark.parametrize("dash", DASHES)
def test_a_leading_dash_of_any_kind_is_refused_as_the_minus_is(dash: str) -> None:
    with pytest.raises(QueryError) as ascii_minus:
        parse_query("Brennwerk -Lumen")
    with pytest.raises(QueryError) as typed:
        parse_query(f"Brennwerk {dash}Lumen")
    assert str(typed.value) == str(ascii_minus.value).replace("-Lumen", f"{dash}Lumen", 1)
    assert "write NOT, as in: Brennwerk NOT Lumen" in str(typed.value)
    with pytest.raises(QueryError, match='write NOT, as in: Brennwerk NOT "Werkstätten Lumen"'):
        parse_query(f'Brennwerk {dash}"Werkstätten Lumen"')


@pytest.mark.parametrize("dash", DASHES)
def test_a_dash_between_words_or_inside_one_is_no_minus(dash: str) -> None:
    assert fts5_query(f"Brennwerk {dash} Lumen") == fts5_query("Brennwerk Lumen")
    assert fts5_query(f"Brenn{dash}werk Lumen") == fts5_query("Brenn-werk Lumen")


@pytest.mark.parametrize(
    "quoted", ["«Werkstätten Lumen»", "« Werkstätten Lumen »", "»Werkstätten Lumen«",
               "‹Werkstätten Lumen›", "„Werkstätten Lumen“"]
)
def test_guillemets_quote_a_phrase(quoted: str) -> None:
    assert fts5_query(quoted) == fts5_query('"Werkstätten Lumen"')


def test_through_the_index(tmp_path: Path) -> None:
    for n, (slug, line) in enumerate(PAGES.items()):
        filler = " ".join(  # each page its own words: no two are copies of one another
            f"Bericht {n * 100 + i} zählt {i * 7 + n} Kessel in Halle {i + 3 * n}."
            for i in range(12)
        )
        (tmp_path / f"{slug}.txt").write_text(f"{line}\n\n{line}. {filler}\n", encoding="utf-8")
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(archive, [str(tmp_path)], Config(workers=1))
        for query in ["«Werkstätten Lumen»", "»Werkstätten Lumen«", '"Werkstätten Lumen"']:
            assert [hit.title for hit in search(archive, query)] == [PAGES["lumen"]], query
        for dash in DASHES:
            with pytest.raises(QueryError, match="a leading '-' does not leave words out"):
                search(archive, f"Brennwerk {dash}Lumen")
    finally:
        archive.close()
