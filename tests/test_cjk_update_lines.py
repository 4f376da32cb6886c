"""A posting time then its update on one line, in the shapes Japanese, Chinese, Korean,
Vietnamese and Indonesian sites print: the first dates the page, the second is its update
(newcomer 44, finding 1: "2026年12月6日 14時30分（2026年12月6日 21時05分更新）", its label
closing the brackets, gave no date and was not counted; the next night's version of the page
became version 1).  Invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.dumpdates import date_looking, first_stamp, first_update_time
from clipper.linedates import line_date
from clipper.read.recorddates import publication_date, update_beside
from clipper.read.zones import written_in
from tests.conftest import build, exported

VALUES = [
    ("ja", "2026年12月6日 14時30分（2026年12月6日 21時05分更新）"),
    ("ja", "2026年12月6日 14:30（2026年12月6日 21:05 最終更新）"),
    ("ja", "2026年12月6日 14:30 更新：2026年12月6日 21:05"),
    ("zh", "2026年12月06日 14:30（更新于2026年12月06日 21:05）"),
    ("zh", "2026年12月06日 14:30 更新時間：2026年12月06日 21:05"),
    ("ko", "2026.12.06 14:30 (수정 2026.12.06 21:05)"),
    ("ko", "입력 2026.12.06 14:30 수정 2026.12.06 21:05"),
    ("vi", "06/12/2026 14:30 (Cập nhật 06/12/2026 21:05)"),
    ("vi", "06/12/2026 14:30 Cập nhật lúc 21:05 06/12/2026"),
    ("id", "6 Desember 2026 14:30 (Diperbarui 6 Desember 2026 21:05)"),
    ("en", "Dec 6, 2026 2:30 PM (Dec 6, 2026 9:05 PM updated)"),
]


@pytest.mark.parametrize(("language", "value"), VALUES)
def test_the_posting_time_dates_the_page_and_the_update_is_kept(language: str, value: str) -> None:
    with written_in(language, None):
        # a record's date field
        posted, zone_note = publication_date({"date_publish": value})
        assert (str(posted).replace(" ", "T")[:16], zone_note) == ("2026-12-06T14:30", None)
        assert update_beside({"date_publish": value}) == "2026-12-06T21:05:00"
        # an HTML page's or a text dump's date line
        assert first_stamp([value], None) == "2026-12-06T14:30:00"
        assert line_date(value) == "2026-12-06T14:30:00"
        assert first_update_time([value], None) == "2026-12-06T21:05:00"


def test_an_update_of_a_time_alone_leaves_the_posting_time_read() -> None:
    with written_in("ja", None):
        line = "2026年12月6日 14時30分（21時05分更新）"
        assert first_stamp([line], None) == "2026-12-06T14:30:00"


def test_a_long_line_with_a_date_of_nen_gatsu_nichi_not_read_is_counted() -> None:
    # each character a word: 22, over a date line's 14; its date impossible, so unread
    with written_in("ja", None):
        assert date_looking("2026年13月6日 14時30分 配信 東京支局 記者 山田")
        prose = "東京電力は6日、処理水の放出量を段階的に拡大する計画を原子力規制委員会に申請した。"
        assert not date_looking(prose)


_JA = (
    "東京電力は6日、処理水の海洋放出量を段階的に拡大する計画を原子力規制委員会に申請した。"
    "来年春から年9回に増やす。",
    "計画では、1回あたりの放出量は据え置き、回数を現在の年7回から増やす。同社は安全性に影響は"
    "ないと説明している。",
    "地元の漁業協同組合は説明が不十分だとして、拡大の前に改めて協議するよう求めている。",
)
_JA_LATER = (
    "東京電力は6日夜、処理水の放出拡大について地元の漁業協同組合と協議を始めると発表した。",
    *_JA,
)


def _page(title: str, date_line: str, paragraphs: tuple[str, ...]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        '<html lang="ja"><head><meta charset="utf-8"><title>' + title + "</title>"
        '<link rel="canonical" href="https://www.minato-example.co.jp/articles/k001.html">'
        f'</head><body><article><h1>{title}</h1><p class="date">{date_line}</p>{body}'
        "</article></body></html>"
    )


def test_the_update_is_the_later_version(tmp_path: Path) -> None:
    night1, night2 = tmp_path / "n1", tmp_path / "n2"
    night1.mkdir()
    night2.mkdir()
    (night1 / "k001.html").write_text(
        _page("処理水の放出量拡大を申請", "2026年12月6日 14時30分", _JA), encoding="utf-8"
    )
    (night2 / "k001.html").write_text(
        _page(
            "処理水放出拡大は漁協と協議へ",
            "2026年12月6日 14時30分（2026年12月6日 21時05分更新）",
            _JA_LATER,
        ),
        encoding="utf-8",
    )
    db = tmp_path / "clipper.db"
    for night in (night1, night2):
        archive, _summary = build(db, [night])
        archive.close()
    pages = sorted(exported(db).values(), key=lambda row: row["page_id"])
    assert [row["date_source"] for row in pages] == ["declared", "declared"]
    assert [row["published_utc"] for row in pages] == ["2026-12-06T05:30:00+00:00"] * 2
    assert pages[1]["updated"].startswith("2026-12-06T21:05")
    assert _JA_LATER[0] in pages[1]["text"] and _JA_LATER[0] not in pages[0]["text"]


def test_a_byline_and_stamp_line_of_many_words_is_read_as_before() -> None:
    # its posting part over 14 words, its words that are no date part and no label fewer
    line = (
        "Jane Roe and John Doe , RIVER TODAY Published 3:55 a.m. ET July 16, 2026 | Updated "
        "7:15 a.m. ET July 16, 2026"
    )
    with written_in("en", None):
        assert first_stamp([line], None) == "2026-07-16T03:55:00-04:00"
        assert first_update_time([line], None) == "2026-07-16T07:15:00-04:00"
