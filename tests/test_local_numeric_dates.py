"""Dates of numbers written the local way (newcomer 23, findings 9, 12, 19, 26): Vietnamese day
first, Korean year first with dots and 오전/오후, Taiwan's Minguo years, Solar Hijri (Iran's
calendar), a trailing agency credit, "GMT+7" read east of Greenwich; a numeric date whose
day/month order is in doubt stays unread wherever it stands in the value."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.htmlmeta import page_meta
from clipper.read.declareddates import declared_date
from tests.test_local_dates import TEXT, _read


def _record(tmp_path: Path, published: str, lang: str | None = None) -> tuple[str | None, ...]:
    record = {"url": "https://tin.example/a", "text": TEXT, "published": published}
    if lang:
        record["lang"] = lang
    path = tmp_path / "night.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    (page,) = _read(path)
    return page.published, page.date_unread


@pytest.mark.parametrize(
    ("written", "lang", "read"),
    [
        # Vietnamese: day first by the record's language, or by a Vietnamese word in the value
        ("03/12/2026 14:30", "vi", "2026-12-03 14:30"),
        ("14:30 03/12/2026", "vi", "2026-12-03 14:30"),
        ("03-12-2026 - 14:30 PM", "vi", "2026-12-03 14:30"),
        ("Thứ Năm, 03/12/2026, 14:30 (GMT+7)", None, "2026-12-03T14:30:00+07:00"),
        ("3/12/2026 2:30 CH", None, "2026-12-03T14:30:00"),
        ("14:30 ngày 3/12/2026", None, "2026-12-03 14:30"),
        # Ukrainian "о" (at) between date and time; Korean year first and 오후 (p.m.)
        ("03.12.2026 о 14:30", "uk", "2026-12-03T14:30:00"),
        ("2026-12-03 오후 2:30", "ko", "2026-12-03T14:30:00"),
        ("2026. 12. 3. 오후 2:30", "ko", "2026-12-03T14:30:00"),
        # Taiwan's Minguo years (115 + 1911), a bracketed agency credit after the time
        ("民國115年12月3日", "zh", "2026-12-03"),
        ("115年12月3日 14:30", "zh", "2026-12-03 14:30"),
        ("115/12/03 14:30", "zh", "2026-12-03 14:30"),
        ("2026-12-03 14:30 (中央社)", "zh", "2026-12-03 14:30"),
        # Solar Hijri: 7 Azar 1405 is 28 November 2026
        ("۱۴۰۵/۰۹/۰۷ ۱۰:۳۰", "fa", "2026-11-28 10:30"),
        ("۱۴۰۵/۰۹/۰۷ ۱۰:۳۰", None, "2026-11-28 10:30"),
        ("1405/09/12", "fa", "2026-12-03"),
        ("شنبه ۸ آذر ۱۴۰۵ - ۱۱:۴۵", None, "2026-11-29 11:45"),
        ("۱۲ آذر ۱۴۰۵", None, "2026-12-03"),
        ("2026-12-03 14:30 GMT+7", None, "2026-12-03T14:30:00+07:00"),
    ],
)
def test_local_numeric_dates_are_read(
    tmp_path: Path, written: str, lang: str | None, read: str
) -> None:
    assert _record(tmp_path, written, lang) == (read, None)


@pytest.mark.parametrize(
    ("written", "lang"),
    [
        ("14:30 03/12/2026", None),  # was stored as 12 March: month first
        ("14:30 03/12/2026", "en"),
        ("03/12/2026 14:30", "ru"),  # only the languages that never write the month first
        ("03-12-2026 - 14:30 PM", None),
        ("1448/06/12", "ar"),  # a lunar Hijri year, not a Solar Hijri one
        ("1404/12/30", "fa"),  # 1404 is a common year: no 30 Esfand
        ("115/13/03", "zh"),
    ],
)
def test_dates_in_doubt_or_none_stay_unread(tmp_path: Path, written: str, lang: str | None) -> None:
    assert _record(tmp_path, written, lang) == (None, written)


def test_time_first_dotted_date_is_day_first() -> None:
    assert declared_date("14:30 03.12.2026")[0] == "2026-12-03T14:30:00"


@pytest.mark.parametrize(
    ("meta", "read"),
    [
        ('<meta property="og:regDate" content="20261129081500">', "2026-11-29T08:15:00"),
        (
            '<meta property="dd:published_time" content="2026-11-29T08:15:00+09:00">',
            "2026-11-29T08:15:00+09:00",
        ),
    ],
)
def test_korean_cms_date_meta_is_declared(meta: str, read: str) -> None:
    from lxml import html

    page = (
        f"<html lang='ko'><head><title>부산 불꽃축제 개막</title>{meta}</head>"
        "<body><article><h1>부산 불꽃축제 개막</h1><p>행사는 토요일 저녁에 열린다.</p>"
        "</article></body></html>"
    )
    meta_read = page_meta(
        html.fromstring(page), "https://busan.example/news/articleView.html?idxno=1"
    )
    assert meta_read.published == read
