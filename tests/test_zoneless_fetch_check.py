"""A time a page writes without a zone is after its fetch only if its earliest reading is: on
the clocks of the country its address names, else at UTC+14 (newcomer 28 finding 3: a Hindi
page's "११:४० पूर्वाह्न" fetched at 07:10 UTC was read as 11:40 UTC and dropped, on .com and .in
alike).  Invented pages."""

from __future__ import annotations

from datetime import datetime

import pytest

from clipper.clean import clean_page, plausible_published
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.pubwindows import after_fetch

_HI = (
    "नगर निगम ने बताया कि शहर के पुराने बाज़ार में जल निकासी की नई व्यवस्था का काम अगले सप्ताह से"
    " शुरू होगा और इसके लिए तीन महीने तक एक तरफ़ का रास्ता बंद रहेगा।",
    "व्यापारियों के संगठन ने कहा कि वे काम के दौरान दुकानों तक पहुँचने के लिए अस्थायी रास्ता चाहते हैं"
    " और इस बारे में आयुक्त से मिलेंगे।",
    "आयुक्त ने कहा कि बरसात से पहले काम पूरा करने के लिए दो पालियों में मज़दूर लगाए जाएँगे।",
)
_FETCHED = "2026-11-05T07:10:00+00:00"


def _page(byline: str, url: str) -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in _HI)
    page = (
        "<html lang='hi'><head><meta charset='utf-8'><title>ख़बर</title></head><body><article>"
        f"<h1>बाज़ार की सड़क तीन महीने बंद</h1><div class='meta'>{byline}</div>{paragraphs}"
        "</article></body></html>"
    )
    raw = RawPage(origin="t/p.html", kind="html", body=page.encode(), url=url, fetched_at=_FETCHED)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize("url", ["https://nagarsamachar.example.com/a/1",
                                 "https://nagarsamachar.example.in/a/1"])  # fmt: skip
def test_a_zoneless_time_before_the_fetch_on_the_sites_clock_is_not_after_it(url: str) -> None:
    # 11:40 is 06:10 UTC in India, and at most 21:40 UTC the day before on an unknown clock:
    # the page's only date, an update's, dates it so (newcomer 28 finding 4)
    line = "अद्यतन: ०५ नवंबर, २०२६ | ११:४० पूर्वाह्न"
    article = _page(line, url)
    assert (article.date_ignored, article.date_unread) == (None, None)
    assert (article.published, article.date_source) == ("2026-11-05T11:40:00", "updated")


def test_a_zoneless_time_after_the_fetch_on_every_clock_of_its_country_is() -> None:
    # 13:40 in India is 08:10 UTC, after the 07:10 fetch
    article = _page("अद्यतन: ०५ नवंबर, २०२६ | ०१:४० अपराह्न", "https://nagarsamachar.example.in/a/1")
    assert article.date_ignored == "2026-11-05T13:40:00"


@pytest.mark.parametrize(
    ("published", "host", "after"),
    [
        ("2026-11-05T11:40:00", "nagarsamachar.example.com", False),  # 21:40 UTC the day before
        ("2026-11-05T11:40:00", "nagarsamachar.example.in", False),  # 06:10 UTC
        ("2026-11-05T13:40:00", "nagarsamachar.example.in", True),  # 08:10 UTC
        ("2026-11-05T21:20:00", "nagarsamachar.example.com", True),  # 07:20 UTC at the earliest
        ("2026-11-05T11:40:00+00:00", "nagarsamachar.example.in", True),  # its zone says when
        ("2026-11-06", None, True),  # began at 10:00 UTC on the 5th at the earliest
        ("2026-11-05", None, False),
    ],
)
def test_after_fetch_reads_a_time_at_its_earliest(
    published: str, host: str | None, after: bool
) -> None:
    assert after_fetch(published, datetime(2026, 11, 5, 7, 10), host) is after


@pytest.mark.parametrize(
    ("published", "host", "fetched", "kept"),
    [
        # Japan's 10:00 on the 5th is 01:00 UTC, before a fetch at 02:00 UTC
        ("2026-11-05T10:00:00", "a.example.jp", "2026-11-05T02:00:00Z", True),
        # Japan's 12:00 is 03:00 UTC, after it: no day's slack for a time without its zone
        # (dates43: kept, as any date within a day of its fetch was)
        ("2026-11-06T10:00:00", "a.example.jp", "2026-11-05T02:00:00Z", False),
        ("2026-11-05T12:00:00", "a.example.jp", "2026-11-05T02:00:00Z", False),
        # on a .com, at its earliest (UTC+14), 22:00 UTC the day before
        ("2026-11-05T12:00:00", "a.example.com", "2026-11-05T02:00:00Z", True),
        ("2026-11-06T22:00:00", "a.example.com", "2026-11-05T02:00:00Z", False),
        # a time with its zone: a moment, a day's slack for a site's offset written wrong
        ("2026-11-05T12:00:00+09:00", "a.example.jp", "2026-11-05T02:00:00Z", True),
        ("2026-11-06T12:00:00+09:00", "a.example.jp", "2026-11-05T02:00:00Z", False),
        # a fetch written without its zone (news-please's): its latest, on UTC-12's clock
        ("2026-11-05T12:00:00", "a.example.jp", "2026-11-05T02:00:00", True),
    ],
)
def test_a_crawlers_zoneless_date_is_checked_on_its_sites_clock(
    published: str, host: str, fetched: str, kept: bool
) -> None:
    expected = (published, None) if kept else (None, published)
    assert plausible_published(published, fetched, host=host) == expected


