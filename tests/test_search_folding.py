"""Search matches names as an English keyboard types them: Latin letters whose accent is part of
the letter (Norwegian/Danish ø and æ, Polish ł, Croatian đ, Icelandic þ and ð, Turkish dotless ı)
fold like the accents decomposition removes (newcomer 14: ``stromsnes`` missed Strømsnes,
``lodzi`` missed Łodzi, though ``wartsila`` found Wärtsilä)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.archive import open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from clipper.search import search
from clipper.searchtext import fold

PAGES = {
    "stromsnes": ("Strømsnes yard wins ferry order", "The Strømsnes yard near Ålesund"),
    "lodz": ("Tram depot reopens in Łódź", "Tram passengers in Łódź (w Łodzi) waited two years"),
    "osijek": ("Đakovo cathedral restored", "Restorers in Đakovo finished the towers"),
    "iceland": ("Harbour at Þórshöfn extended", "Fishermen in Þórshöfn and Æðey welcomed it"),
    "denmark": ("Æbeltoft glass museum expands", "The museum in Æbeltoft adds a hall"),
}


@pytest.mark.parametrize(
    ("written", "typed"),
    [("Strømsnes", "stromsnes"), ("Łodzi", "lodzi"), ("Łódź", "lodz"), ("Đakovo", "dakovo"),
     ("Þórshöfn", "thorshofn"), ("Æbeltoft", "aebeltoft"), ("Œuvre", "oeuvre"),
     ("ıspanak", "ispanak"), ("Wärtsilä", "wartsila"), ("Straße", "strasse")],
)
def test_a_letter_with_its_accent_built_in_folds_as_typed_on_an_english_keyboard(
    written: str, typed: str
) -> None:
    assert fold(written) == typed == fold(typed)


def test_greek_and_cyrillic_letters_stay_themselves() -> None:
    assert fold("Αθήνα") == "αθηνα" and fold("Ёлка") == "елка"


def test_search_finds_the_names_typed_without_their_letters(tmp_path: Path) -> None:
    """Through the index (both backends index clipper's folded search text)."""
    for n, (slug, (title, line)) in enumerate(PAGES.items()):
        filler = " ".join(  # each page its own words: no two are copies of one another
            f"Report {n * 100 + i} counts {i * 7 + n} boats and {i + 3 * n} berths at quay {n}."
            for i in range(12)
        )
        (tmp_path / f"{slug}.txt").write_text(f"{title}\n\n{line}. {filler}\n", encoding="utf-8")
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(archive, [str(tmp_path)], Config(workers=1))
        for query, written in [("stromsnes", "Strømsnes"), ("lodzi", "Łodzi"), ("lodz", "Łódź"),
                               ("dakovo", "Đakovo"), ("thorshofn", "Þórshöfn"),
                               ("aebeltoft", "Æbeltoft"), ("Strømsnes", "Strømsnes")]:
            hits = search(archive, query, marks=("[", "]"))
            assert len(hits) == 1, query
            assert f"[{written}]" in f"{hits[0].snippet} [{hits[0].title}]", query
    finally:
        archive.close()
