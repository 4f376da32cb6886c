"""One rule for a date later than its page's fetch, in every date reader (HTML date lines,
text dumps, record fields): a day or a time without its zone is refused only when, read at its
earliest on the clocks of the page's country (else UTC+14's), it is after the fetch; a time with
its zone when it is more than a day after it (a site's offset written wrong).  HTML date lines
refused any day after the fetch's UTC day, so a Brussels page's "06/12/2026 à 00h10" fetched at
23:30 UTC on the 5th (00:30 in Brussels) was left undated or dated 1 December by htmldate's
"12/2026"; records kept a Brussels time 10 hours after their fetch (dates43).  Invented pages
and records fetched at 23:30 UTC on 5 December."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_local_dates import _read
from tests.test_two_digit_year_stamps import PARAGRAPHS

FETCHED = "2026-12-05T23:30:00Z"  # 00:30 on the 6th in Brussels


def _page(lang: str, line: str, url: str) -> Article:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[lang.split("-")[0]])
    html = (
        f"<html lang='{lang}'><head><meta charset='utf-8'><title>Page</title></head><body>"
        f"<article><h1>Un titre pour la page du jour</h1><div class='date'>{line}</div>{body}"
        "</article></body></html>"
    )
    raw = RawPage(origin="p.html", kind="html", body=html.encode(), url=url, fetched_at=FETCHED)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("Publié le 06/12/2026 à 00h10", "2026-12-06T00:10:00"),  # 23:10 UTC on the 5th
        ("Publié le 06/12/26 à 00h10", "2026-12-06T00:10:00"),
        ("Publié le 6 décembre 2026 à 00h10", "2026-12-06T00:10:00"),
        ("Publié le 06/12/2026 à 00h10 (heure de Paris)", "2026-12-06T00:10:00+01:00"),
        ("Publié le 6 décembre 2026", "2026-12-06"),  # began at 23:00 UTC in Brussels
        ("Publié le 06/12/2026 à 01h10", None),  # 00:10 UTC: after the fetch
        ("Publié le 06/12/26 à 09h30", None),  # 08:30 UTC on the 6th
    ],
)
def test_a_belgian_pages_date_line_is_judged_on_brusselss_clock(
    line: str, published: str | None
) -> None:
    article = _page("fr-BE", line, "https://www.journal-bxl.example.be/actu/page")
    assert article.published == published
    if published is None:
        # no other date of the page in its place (htmldate's "12/2026" as 1 December): counted
        assert article.date_ignored is not None


def test_a_page_of_no_country_may_be_dated_the_next_day() -> None:
    """On UTC+14's clock the 6th began at 10:00 UTC on the 5th."""
    article = _page("en", "December 6, 2026 10:00 AM", "https://www.wire.example.com/a")
    assert article.published == "2026-12-06T10:00:00"


@pytest.mark.parametrize(
    ("published", "kept"),
    [
        ("06/12/2026 00:10", True),  # 23:10 UTC on the 5th
        ("06/12/2026 09:30", False),  # 08:30 UTC on the 6th: kept within a day before
        ("2026-12-06T09:30:00+01:00", True),  # with its zone: a day's slack
    ],
)
def test_a_belgian_records_date_is_judged_on_brusselss_clock(
    tmp_path: Path, published: str, kept: bool
) -> None:
    path = tmp_path / "night.jsonl"
    record = {
        "text": "\n\n".join(PARAGRAPHS["fr"]),
        "url": "https://www.lalibre-bxl.example.be/actu/tracteurs",
        "language": "fr-BE",
        "published": published,
        "date_download": FETCHED,
    }
    path.write_text(json.dumps(record) + "\n")
    (raw,) = _read(path)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    assert (article.published is not None) is kept, article.published
