"""Times as South Asia's papers print them (a Mumbai monitoring desk's report, session 39):
"IST" after a numeric date ("04-12-2026 14:30 IST": day first, whichever of India's, Ireland's
or Israel's zone it is), India's, Pakistan's, Bangladesh's and Sri Lanka's clocks named in
words after the time ("14:30 भारतीय समय", "दुपारी २:३० भारतीय प्रमाणवेळ", "বাংলাদেশ সময়",
"پاکستانی وقت"), and the part of the day in Urdu, Marathi and Tamil as in Hindi and Bengali
("دوپہر 2:30 بجے", "सायंकाळी 6:45 वाजता", "மாலை 6:45"), night's evening hours ("رات 9:30 بجے"
is 21:30) and an hour with its "o'clock" ("شام 7 بجے").  Main left these unread, or kept the
day alone.  Text dumps and saved HTML pages alike; invented texts.

The forms were written on ``TUNE``; ``CONFIRM`` was written after them and passed
unchanged."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_dump_date_zones import _BN, _EN, _HI, _MR, _TA

_UR = (
    "بلدیہ نے بتایا کہ پرانے بازار میں نکاسی آب کا نیا کام اگلے ہفتے سے شروع ہوگا اور تین مہینے"
    " تک سڑک کا ایک حصہ بند رہے گا۔\n\n"
    "تاجروں کی تنظیم نے کہا کہ وہ کام کے دوران دکانوں تک پہنچنے کے لیے عارضی راستہ چاہتے ہیں اور"
    " اس بارے میں کمشنر سے ملیں گے۔"
)
_HEADLINE = "Drainage work to close market road"
FETCHED = "2026-12-05T12:00:00+00:00"
INDIA = "https://citypaper.example.in/city/drainage"

# (date line, body, address, publication as UTC, or the wall time a zoneless one keeps)
TUNE = [
    ("04-12-2026 14:30 IST", _HI, None, "2026-12-04T09:00:00+00:00"),
    ("04-12-2026 14:30 IST", _EN, INDIA, "2026-12-04T09:00:00+00:00"),
    ("4 दिसंबर 2026, 02:30 PM IST", _HI, None, "2026-12-04T09:00:00+00:00"),
    ("4 दिसंबर 2026, 14:30 भारतीय समय", _HI, None, "2026-12-04T09:00:00+00:00"),
    ("4 डिसेंबर 2026, 14:30 भारतीय समय", _MR, None, "2026-12-04T09:00:00+00:00"),
    ("४ डिसेंबर २०२६, दुपारी २:३० भारतीय वेळ", _MR, None, "2026-12-04T09:00:00+00:00"),
    ("4 دسمبر 2026، شام 7:30 بجے", _UR, None, "2026-12-04T19:30:00"),
    ("4 دسمبر 2026، صبح 9:30 بجے", _UR, None, "2026-12-04T09:30:00"),
    ("4 دسمبر 2026، دوپہر 2:30 بجے", _UR, None, "2026-12-04T14:30:00"),
    ("4 دسمبر 2026، رات 9:30 بجے", _UR, None, "2026-12-04T21:30:00"),
    ("4 دسمبر 2026، 19:30 پاکستانی وقت", _UR, None, "2026-12-04T14:30:00+00:00"),
    ("৪ ডিসেম্বর ২০২৬, ১৪:৩০ বাংলাদেশ সময়", _BN, None, "2026-12-04T08:30:00+00:00"),
]
# written after TUNE's rules, passed unchanged
CONFIRM = [
    ("Published: 04/12/2026, 02:30 PM IST", _EN, INDIA, "2026-12-04T09:00:00+00:00"),
    ("4 दिसंबर 2026 को शाम 7 बजे (भारतीय समय)", _HI, None, "2026-12-04T13:30:00+00:00"),
    ("4 दिसंबर 2026, रात 10:15 बजे", _HI, None, "2026-12-04T22:15:00"),
    ("४ डिसेंबर २०२६, सायंकाळी ६:४५ वाजता", _MR, None, "2026-12-04T18:45:00"),
    ("4 डिसेंबर 2026, रात्री 9 वाजता भारतीय प्रमाणवेळ", _MR, None,
     "2026-12-04T15:30:00+00:00"),
    ("4 دسمبر 2026 کو شام 7 بجے", _UR, None, "2026-12-04T19:00:00"),
    ("4 دسمبر 2026، 14:30 بجے", _UR, None, "2026-12-04T14:30:00"),
    ("৪ ডিসেম্বর ২০২৬, রাত ৯:৩০", _BN, None, "2026-12-04T21:30:00"),
    ("৪ ডিসেম্বর ২০২৬, সন্ধ্যা ৭টায়", _BN, None, "2026-12-04T19:00:00"),
    ("4 டிசம்பர் 2026, மாலை 6:45", _TA, None, "2026-12-04T18:45:00"),
    ("4 டிசம்பர் 2026, இரவு 9 மணிக்கு", _TA, None, "2026-12-04T21:00:00"),
    ("4 டிசம்பர் 2026, 14:30 (இந்திய நேரம்)", _TA, None, "2026-12-04T09:00:00+00:00"),
    ("December 4, 2026 2:30 PM (Indian Standard Time)", _EN, None,
     "2026-12-04T09:00:00+00:00"),
]  # fmt: skip


def _dump(line: str, body: str, url: str | None) -> Article:
    raw = RawPage(
        origin="t/dump.txt",
        kind="text",
        body=f"{_HEADLINE}\n{line}\n\n{body}\n",
        url=url,
        fetched_at=FETCHED,
    )
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


def _html(line: str, body: str, url: str | None, language: str) -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    page = (
        f"<html lang='{language}'><head><meta charset='utf-8'><title>समाचार</title></head><body>"
        f"<article><h1>{_HEADLINE}</h1><div class='meta'>{line}</div>{paragraphs}</article>"
        "</body></html>"
    )
    raw = RawPage(origin="t/p.html", kind="html", body=page.encode(), url=url, fetched_at=FETCHED)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


def _utc(value: str | None) -> str | None:
    if value is None or len(value) <= 10:
        return value
    when = datetime.fromisoformat(value)
    return when.astimezone(UTC).isoformat() if when.tzinfo else value


_LANGUAGE = {id(_HI): "hi", id(_MR): "mr", id(_BN): "bn", id(_TA): "ta", id(_UR): "ur",
             id(_EN): "en"}  # fmt: skip


@pytest.mark.parametrize(("line", "body", "url", "published"), TUNE + CONFIRM)
def test_a_dumps_south_asian_time_is_read(
    line: str, body: str, url: str | None, published: str
) -> None:
    article = _dump(line, body, url)
    assert (_utc(article.published), article.date_unread) == (published, None), line


@pytest.mark.parametrize(("line", "body", "url", "published"), TUNE + CONFIRM)
def test_a_saved_pages_south_asian_time_is_read(
    line: str, body: str, url: str | None, published: str
) -> None:
    article = _html(line, body, url, _LANGUAGE[id(body)])
    assert _utc(article.published) == published, line


@pytest.mark.parametrize(
    ("line", "body"),
    [
        # night's hours from 12 to 5 do not say which side of midnight: no time, no day
        ("4 دسمبر 2026، رات 2:30 بجے", _UR),
        ("4 दिसंबर 2026, रात 12 बजे", _HI),
    ],
)
def test_a_nights_small_hours_are_not_guessed(line: str, body: str) -> None:
    article = _dump(line, body, None)
    assert (article.published, article.date_unread) == (None, line)


def test_ist_on_an_english_page_of_no_country_keeps_the_day_first_day() -> None:
    """India's, Ireland's or Israel's: all three write the day first, none tells the time."""
    article = _dump("04-12-2026 14:30 IST", _EN, None)
    assert (article.published, article.date_unread) == ("2026-12-04", None)
    # a US zone's page keeps the month first
    us = _dump("12/04/2026 2:30 PM EST", _EN, None)
    assert _utc(us.published) == "2026-12-04T19:30:00+00:00"
