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


def test_half_width_katakana_finds_full_width_and_back(tmp_path: Path) -> None:
    """A half-width katakana's sound mark is part of its letter (ﾊﾞ is バ): a query typed in
    half-width forms finds the text written in full-width ones, and the other way round."""
    pages = {
        "full": [
            "市営バスの新しい路線が来月から走り、パン屋の前にバス停ができる。",
            "市の交通局は十日、来月から新しい運行計画を始めると発表した。",
            "利用者の意見を聞く説明会は市役所の会議室で三回開かれる予定だ。",
            "交通局の担当者は、朝の混雑を減らすために便数を増やすと話した。",
        ],
        "half": [
            "ﾀｸｼｰ乗り場がﾊﾟﾁﾝｺ店の隣に移り、ｶﾞｿﾘﾝｽﾀﾝﾄﾞの前の道路は広くなる。",
            "県の土木事務所は、工事は年明けに始まり三月末に終わる見込みだと説明した。",
            "近くの商店街の組合は、工事の間も客足が落ちないよう催しを計画している。",
            "駅前の広場では夜間の作業が続き、歩道の一部が通れなくなっている。",
        ],
    }
    for name, lines in pages.items():
        text = "\n\n".join([f"記事 {name}", *lines])
        (tmp_path / f"{name}.txt").write_text(text + "\n", encoding="utf-8")
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        dedupe(archive, [str(tmp_path)], Config(workers=1))
        # the query, and the text's own spelling marked in the one page's snippet
        for query, written in [("ﾊﾞｽ停", "バス停"), ("ﾊﾟﾝ", "パン"), ("バス停", "バス停"),
                               ("パチンコ", "ﾊﾟﾁﾝｺ"), ("ガソリン", "ｶﾞｿﾘﾝ"), ("ｶﾞｿﾘﾝ", "ｶﾞｿﾘﾝ")]:
            hits = search(archive, query, marks=("[", "]"))
            assert len(hits) == 1 and f"[{written}]" in hits[0].snippet, (query, hits)
    finally:
        archive.close()
