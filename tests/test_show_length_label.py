"""``show`` states a page's length in what clipper counts: characters on a page in a language
written without spaces (Thai, Lao, Khmer, Burmese, Chinese, Japanese: each character of their
scripts is a word of the fingerprint's), syllables on a Korean page (each Hangul syllable),
words on any other (newcomer 50b, finding 5: a Thai canonical of six paragraphs was "1118
words").  Every page here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.showtext import length_fact


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("th", "1118 characters"),
        ("lo", "1118 characters"),
        ("km", "1118 characters"),
        ("my", "1118 characters"),
        ("zh", "1118 characters"),
        ("zh-Hant", "1118 characters"),
        ("ja", "1118 characters"),
        ("ko", "1118 syllables"),
        ("vi", "1118 words"),
        ("en", "1118 words"),
        (None, "1118 words"),
    ],
)
def test_the_length_says_what_is_counted(language: str | None, expected: str) -> None:
    assert length_fact(1118, language) == expected


def test_one_is_singular() -> None:
    assert length_fact(1, "en") == "1 word"
    assert length_fact(1, "th") == "1 character"


THAI = (
    "<p>เทศบาลบ้านริมน้ำเปิดสะพานคนเดินข้ามคลองแห่งใหม่อย่างเป็นทางการ "
    "โดยสะพานยาวหนึ่งร้อยแปดสิบเมตรและมีทางลาดสำหรับรถเข็นทั้งสองฝั่ง</p>"
    "<p>นายกเทศมนตรีกล่าวว่าสะพานนี้จะช่วยให้ชาวบ้านเดินทางไปตลาดได้สะดวกขึ้นมาก "
    "และคาดว่าจะมีผู้ใช้สะพานมากกว่าสามพันคนต่อวันในช่วงเทศกาลปีใหม่</p>"
)
ENGLISH = (
    "<p>The riverside council opened a new footbridge across the canal on Thursday, a span of "
    "one hundred and eighty metres with ramps for wheelchairs on both banks.</p>"
    "<p>The mayor said the bridge would make the walk to the market far easier and expected "
    "more than three thousand people a day to cross it over the new year holiday.</p>"
)


def _page(language: str, title: str, body: str) -> str:
    return (
        f'<html lang="{language}"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def test_show_counts_a_thai_page_in_characters(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "th.html").write_text(_page("th", "สะพานคนเดินแห่งใหม่", THAI), encoding="utf-8")
    (folder / "en.html").write_text(_page("en", "A new footbridge", ENGLISH), encoding="utf-8")
    db = str(tmp_path / "a.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["dedupe", "--db", db, str(folder)]).exit_code == 0
    shown = {
        origin: runner.invoke(cli, ["show", "--db", db, str(folder / origin), "--no-text"]).output
        for origin in ("th.html", "en.html")
    }
    assert " characters" in shown["th.html"] and " words" not in shown["th.html"]
    assert " words" in shown["en.html"] and " characters" not in shown["en.html"]
