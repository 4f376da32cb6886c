"""Dates written in Chinese and Japanese numerals are read as their digit forms are, in text
dumps and saved HTML pages alike (newcomer 39, F3: a Tokyo PR agency's releases dated
"二〇二六年十二月五日" or "令和八年十二月五日", and Chinese pages dated "二〇二六年十二月五日",
were stored undated while "2026年12月5日" was read).  Words holding numerals stay as written.
Every text here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig, ReadLimits
from clipper.kanjinumerals import digit_dates, numeral_value
from clipper.page import Article, Rejection
from clipper.read import read_pages

JA = (
    "みなと精機は、港湾クレーン向けの新しい制御盤を大阪港の運営会社から受注したと発表した。"
    "納入は来年春を予定している。新しい制御盤は強風時にクレーンの動きを自動で抑える機能を備える。"
) * 3
ZH = (
    "滨江市地铁三号线将于明年春季开通运营，全长二十八公里，设车站二十座。"
    "市交通局表示，新线路将大幅缩短城东与城西之间的通勤时间，预计日均客流超过十万人次。"
) * 3
ZH_HANT = (
    "濱江市捷運三號線將於明年春季通車，全長二十八公里，設車站二十座。"
    "市交通局表示，新路線將大幅縮短城東與城西之間的通勤時間，預計每日運量超過十萬人次。"
) * 3
# before the run (a date after the run that reads the page is left out, whatever the fetch
# time says: clipper.verdict.plausible_published), after every date below
FETCHED = "2026-12-05T23:00:00+00:00"

# (language, body, the date in numerals, the same date in digits)
FORMS = [
    ("ja", JA, "二〇二六年十二月五日", "2026年12月5日"),
    ("ja", JA, "令和八年十二月五日", "令和8年12月5日"),
    ("ja", JA, "二〇二六年十二月五日 午後三時二十分", "2026年12月5日 午後3時20分"),
    ("ja", JA, "令和八年十二月五日（土）", "令和8年12月5日（土）"),
    ("zh", ZH, "二〇二六年十二月五日", "2026年12月5日"),
    ("zh", ZH, "二零二六年十一月二十日 下午三点二十分", "2026年11月20日 下午3点20分"),
    ("zh", ZH, "二〇二六年十一月廿三日", "2026年11月23日"),
    ("zh-TW", ZH_HANT, "中華民國一百一十五年十二月五日", "中華民國115年12月5日"),
    ("zh-TW", ZH_HANT, "民國一一五年十二月五日", "民國115年12月5日"),
]


def _dated(tmp_path: Path, kind: str, language: str, body: str, date: str) -> tuple[str, str]:
    """(published, date source) of a text dump or saved page of ``body`` dated ``date``."""
    path = tmp_path / f"page.{kind}"
    if kind == "txt":
        path.write_text(f"滨江市の新しい見出し\n{date}\n\n{body}\n", encoding="utf-8")
    else:
        path.write_text(
            f'<html lang="{language}"><head><meta charset="utf-8"><title>見出し</title></head>'
            f'<body><article><h1>見出し</h1><p class="date">{date}</p><p>{body}</p>'
            "</article></body></html>",
            encoding="utf-8",
        )
    rejections: list[Rejection] = []
    (raw,) = read_pages([path], ReadLimits(), rejections.append)
    raw.fetched_at = FETCHED
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    assert article.published is not None, (kind, date)
    return article.published, str(article.date_source)


@pytest.mark.parametrize("kind", ["txt", "html"])
@pytest.mark.parametrize(("language", "body", "numerals", "digits"), FORMS)
def test_a_date_in_numerals_reads_as_its_digits(
    tmp_path: Path, kind: str, language: str, body: str, numerals: str, digits: str
) -> None:
    (tmp_path / "n").mkdir()
    (tmp_path / "d").mkdir()
    assert _dated(tmp_path / "n", kind, language, body, numerals) == _dated(
        tmp_path / "d", kind, language, body, digits
    )


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("二〇二六年十二月五日", "2026年12月5日"),
        ("二千零二十六年十二月五日", "2026年12月5日"),
        ("令和元年五月一日", "令和元年5月1日"),
        ("十二月五日", "12月5日"),  # a day without its year: read as "12月5日" is
        ("2026年十二月三十一日", "2026年12月31日"),
        ("十二月卅一日", "12月31日"),
        ("発表日：二〇二六年十二月五日（土）午前十時", "発表日：2026年12月5日（土）午前10時"),
        # words holding numerals, and a month alone, stay
        ("一日も早く再開したい", "一日も早く再開したい"),
        ("十日町市で十二月に", "十日町市で十二月に"),
        ("三月の計画", "三月の計画"),
        ("第三十五条", "第三十五条"),
    ],
)
def test_only_a_dates_numerals_are_written_as_digits(written: str, read: str) -> None:
    assert digit_dates(written) == read


def test_numerals_digit_by_digit_and_with_multipliers() -> None:
    assert [numeral_value(n) for n in ("二〇二六", "二零二六", "一一五", "十", "十二")] == [
        2026, 2026, 115, 10, 12,
    ]  # fmt: skip
    assert [numeral_value(n) for n in ("二十五", "廿五", "卅一", "一百一十五", "二千零二十六")] == [
        25, 25, 31, 115, 2026,
    ]  # fmt: skip
    assert numeral_value("十十") is None and numeral_value("二二十") is None
