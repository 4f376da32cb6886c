"""A page whose address names a year and a month but no day ("/journal/2026/04/92713", an
article number after the month) and whose page gives no date is left undated, not dated the
month's first day: htmldate's search reads "2026/04" in the page's own canonical link as 1
April (the shape of newspaper#884: stories of 25 and 26 April dated the 9th).  A first of the
month the page's markup gives still dates it.  Invented pages (clipper.verdict.month_only)."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from clipper.verdict import month_only
from tests.test_furniture_headings import PARAGRAPHS


def _clean(address: str, head: str = "", body: str = "") -> Article:
    html = (
        f"<html><head><title>Ferry landing to close</title><link rel='canonical' "
        f"href='{address}'>{head}</head><body><article><h1>Ferry landing to close</h1>{body}"
        f"{PARAGRAPHS}</article></body></html>"
    )
    got = clean_page(RawPage(origin="page.html", kind="html", body=html.encode()), CleanConfig())
    assert isinstance(got, Article), got
    return got


@pytest.mark.parametrize(
    "address",
    [
        "https://harbourpost.example/journal/2026/04/92713",
        "https://harbourpost.example/2026/04/ferry-landing-to-close",
    ],
)
def test_a_month_in_the_address_is_no_day(address: str) -> None:
    got = _clean(address)
    assert got.published is None, got.published


def test_the_first_of_the_month_the_markup_gives_stays() -> None:
    got = _clean(
        "https://harbourpost.example/journal/2026/04/92713",
        body="<time class='published' datetime='2026-04-01'>1 April 2026</time>",
    )
    assert got.published is not None and got.published.startswith("2026-04-01")


def test_month_only_reads_the_segments() -> None:
    assert month_only("2026-04-01", "https://a.example/journal/2026/04/92713")
    assert month_only("2026-04-01", "https://a.example/2026/4/slug")
    # a day after the month: the address's day, no month's first
    assert not month_only("2026-04-01", "https://a.example/2026/04/01/slug")
    # another month, another day, or no address
    assert not month_only("2026-05-01", "https://a.example/2026/04/92713")
    assert not month_only("2026-04-09", "https://a.example/2026/04/92713")
    assert not month_only("2026-04-01", None)
