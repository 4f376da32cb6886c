"""The Gulf's and the Middle East's zones as their pages write them (newcomer 39, finding 2: a
Dubai desk's sources): "December 4, 2026 11:02 AM GST" kept only its day even on a .ae
address, "4 Dec 2026 14:30 UAE time" lost its whole date (date-unread: a zone of two words was
not read as an unknown zone, which keeps its day), "14:30 (Abu Dhabi time)" was stored with no
zone.  Now GST is Gulf Standard Time (UTC+4) where the page is Gulf's, AST Arabia's (UTC+3) or
the Atlantic's (UTC-4) by the page's place and never the email package's Atlantic without one,
IDT Israel's summer time, and the region's capitals and countries named in words ("UAE
time", "بتوقيت طهران", "به وقت دبی") are read; a zone of words no table knows keeps the day,
whatever its length.  Records, HTML date lines and text dumps alike.  All texts invented."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_read_fields import TEXT, _jsonl, _read


def _record_date(tmp_path: Path, language: str, url: str, written: str) -> str | None:
    record: dict[str, object] = {
        "text": TEXT, "url": url, "language": language, "published": written
    }
    (page,), rejected = _read(_jsonl(tmp_path, record))
    assert not rejected
    assert page.date_unread is None, page.date_unread
    return page.published


def _same_moment(found: str | None, expected: str) -> bool:
    """``found`` is the day ``expected`` gives, or the moment it gives (zone and all)."""
    if found is None or len(expected) == 10:
        return found == expected
    return len(found) > 10 and datetime.fromisoformat(found) == datetime.fromisoformat(expected)


# (page language, address, the date as written, as read)
READ = [
    # GST: the Gulf's where the page is (its address, its language's region, Arabic)
    ("en", "https://gulf.ae/uae/1", "December 4, 2026 11:02 AM GST", "2026-12-04T11:02:00+04:00"),
    ("en-AE", "https://gulf.example/uae/1", "4 Dec 2026 11:02 GST", "2026-12-04T11:02:00+04:00"),
    ("en", "https://times.example.om/a", "4 Dec 2026 11:02 GST", "2026-12-04T11:02:00+04:00"),
    ("ar", "https://ak.example/a", "4 Dec 2026 11:02 GST", "2026-12-04T11:02:00+04:00"),
    # AST: Arabia's on an Arabic or Gulf page, the Atlantic's on a Canadian or Caribbean one
    ("ar", "https://ak.example/a", "4 Dec 2026 11:02 AST", "2026-12-04T11:02:00+03:00"),
    ("en", "https://paper.example.qa/a", "4 Dec 2026 11:02 AST", "2026-12-04T11:02:00+03:00"),
    ("en", "https://paper.example.pr/a", "4 Dec 2026 11:02 AST", "2026-12-04T11:02:00-04:00"),
    ("en", "https://paper.example.ca/a", "4 Dec 2026 11:02 AST", "2026-12-04T11:02:00-04:00"),
    # Israel's summer time, Iran's, Türkiye's, Eastern Europe's
    ("he", "https://hadashot.example/a", "4 Jul 2026 11:02 IDT", "2026-07-04T11:02:00+03:00"),
    ("en", "https://tlv.example.co.il/a", "4 Dec 2026 11:02 IST", "2026-12-04T11:02:00+02:00"),
    ("en", "https://delhi.example.in/a", "4 Dec 2026 11:02 IST", "2026-12-04T11:02:00+05:30"),
    ("fa", "https://kh.example/a", "4 Dec 2026 11:02 IRST", "2026-12-04T11:02:00+03:30"),
    ("tr", "https://haber.example/a", "4 Dec 2026 11:02 TRT", "2026-12-04T11:02:00+03:00"),
    ("en", "https://news.example/a", "4 Dec 2026 11:02 EET", "2026-12-04T11:02:00+02:00"),
    ("en", "https://news.example/a", "4 Jul 2026 11:02 EEST", "2026-07-04T11:02:00+03:00"),
    # the region's capitals and countries in words, English's "… time" too
    ("en", "https://gulf.example/2", "4 Dec 2026 14:30 UAE time", "2026-12-04T14:30:00+04:00"),
    ("en", "https://gulf.example/3", "Friday, December 4, 2026 - 14:30 (Abu Dhabi time)",
     "2026-12-04T14:30:00+04:00"),
    ("en", "https://wire.example/a", "4 Dec 2026 14:30 Riyadh time", "2026-12-04T14:30:00+03:00"),
    ("en", "https://wire.example/a", "4 Dec 2026 14:30 (Tehran time)", "2026-12-04T14:30:00+03:30"),
    ("en", "https://wire.example/a", "4 Dec 2026 14:30 Israel time", "2026-12-04T14:30:00+02:00"),
    ("en", "https://wire.example/a", "4 Dec 2026 14:30 Istanbul time", "2026-12-04T14:30:00+03:00"),
    ("en", "https://wire.example/a", "4 Dec 2026 14:30 Gulf Standard Time",
     "2026-12-04T14:30:00+04:00"),
    ("ar", "https://ak.example/a", "4 ديسمبر 2026 14:30 بتوقيت طهران", "2026-12-04T14:30:00+03:30"),
    ("ar", "https://ak.example/a", "4 ديسمبر 2026 14:30 بتوقيت عمّان", "2026-12-04T14:30:00+03:00"),
    ("ar", "https://ak.example/a", "4 ديسمبر 2026 14:30 بتوقيت عُمان", "2026-12-04T14:30:00+04:00"),
    ("ar", "https://ak.example/a", "4 ديسمبر 2026 14:30 بتوقيت إسطنبول",
     "2026-12-04T14:30:00+03:00"),
    ("fa", "https://kh.example/a", "۱۳ آذر ۱۴۰۵ ساعت ۱۴:۳۰ به وقت دبی",
     "2026-12-04T14:30:00+04:00"),
]  # fmt: skip


@pytest.mark.parametrize(("language", "url", "written", "read"), READ)
def test_a_zone_of_the_region_is_read(
    tmp_path: Path, language: str, url: str, written: str, read: str
) -> None:
    found = _record_date(tmp_path, language, url, written)
    assert _same_moment(found, read), found


# A zone no page names (GST and AST of a page of no Gulf, Arabic or Atlantic place, and the
# email package's RFC 822 table no longer deciding AST) and zones of words no table knows
# (not tuned on: Nepal's, Managua's, Kabul's in Arabic): the day, never an hour off, never
# the whole date lost.
DAY_ALONE = [
    ("en", "https://wire.example/a", "December 4, 2026 11:02 AM GST"),
    ("en", "https://wire.example/a", "4 Dec 2026 11:02 AST"),
    ("en", "https://wire.example/a", "Fri, 04 Dec 2026 11:02:00 AST"),
    ("en", "https://wire.example/a", "4 Dec 2026 14:30 Kathmandu time"),
    ("es", "https://diario.example/a", "4 de diciembre de 2026 14:30 (hora de Managua)"),
    ("ar", "https://ak.example/a", "4 ديسمبر 2026 14:30 بتوقيت كابول"),
]


@pytest.mark.parametrize(("language", "url", "written"), DAY_ALONE)
def test_a_zone_no_page_names_keeps_the_day(
    tmp_path: Path, language: str, url: str, written: str
) -> None:
    assert _record_date(tmp_path, language, url, written) == "2026-12-04"


# China's CST on a Chinese page in an RFC 2822 date, which the email package read as US Central
@pytest.mark.parametrize(
    ("language", "read"),
    [("zh", "2026-12-03T11:02:00+08:00"), ("en", "2026-12-03T11:02:00-06:00")],
)
def test_an_rfc_2822_date_s_abbreviation_is_read_by_the_page(
    tmp_path: Path, language: str, read: str
) -> None:
    found = _record_date(tmp_path, language, "https://x.example/a", "Thu, 03 Dec 2026 11:02:00 CST")
    assert _same_moment(found, read), found


_PARAGRAPHS = [
    "The council said road works in the industrial area would continue until the end of the "
    "month, with some lanes closed overnight.",
    "Drivers were asked to use the announced alternative routes and to avoid peak hours; the "
    "works include resurfacing the main avenue.",
    "Traffic officers will direct vehicles at the larger junctions while the works last, the "
    "council said on Friday.",
]


@pytest.mark.parametrize(
    ("url", "line", "read"),
    [
        ("https://gulf.ae/uae/1", "Fri 4 Dec 2026, 11:02 GST", "2026-12-04T11:02:00+04:00"),
        ("https://gulf.example/uae/2", "Friday, December 4, 2026 - 14:30 (Abu Dhabi time)",
         "2026-12-04T14:30:00+04:00"),
        ("https://gulf.example/uae/3", "4 Dec 2026 14:30 UAE time", "2026-12-04T14:30:00+04:00"),
    ],
)  # fmt: skip
def test_an_html_page_s_date_line(url: str, line: str, read: str) -> None:
    body = "".join(f"<p>{p}</p>" for p in _PARAGRAPHS)
    html = (
        '<html lang="en"><head><title>Road works</title></head><body><article>'
        "<h1>Road works in the industrial area</h1>"
        f'<div class="meta"><span class="date">{line}</span></div>'
        f'<div class="body">{body}</div></article></body></html>'
    )
    raw = RawPage("p.html", "html", html.encode(), url=url, fetched_at="2026-12-04T20:00:00+00:00")
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article)
    assert _same_moment(page.published, read), page.published


@pytest.mark.parametrize(
    ("zone", "read"),
    [("UAE time", "2026-12-04T14:30:00+04:00"), ("GST", "2026-12-04T14:30:00+04:00"),
     ("Kathmandu time", "2026-12-04")],
)  # fmt: skip
def test_a_text_dump_s_dateline(zone: str, read: str) -> None:
    text = "\n\n".join(
        ["Road works in the industrial area", f"Published 4 December 2026 14:30 {zone}",
         *_PARAGRAPHS]
    )  # fmt: skip
    raw = RawPage(
        "d.txt", "text", text, url="https://gulf.ae/d/1",
        fetched_at="2026-12-04T20:00:00+00:00",
    )
    page = clean_page(raw, CleanConfig())
    assert isinstance(page, Article)
    assert _same_moment(page.published, read), page.published
