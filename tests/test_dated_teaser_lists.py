"""A section page of teasers, each summary followed by its own date ("7 August 2026", "24 Jul
2026"), is an index page, not an article: trafilatura keeps the summaries and dates as a main
text (trafilatura#811), and the index guard counted only a short line repeated word for word
("Read more"), which a list of different dates never is.  An article whose sections each start
with a date keeps its text.  Invented pages (clipper.htmlclean._looks_like_index)."""

from __future__ import annotations

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage, Rejection

SUMMARIES = [
    "Why a walk along the sea wall at dawn can help you sleep better at night?",
    "The harbour's oldest chandlery is closing after ninety years on Quay Street.",
    "Tide tables for the spring: when to cross the sandbars safely this year.",
    "A volunteer crew rebuilt the lifeboat slipway over three cold weekends.",
    "What the new ferry timetable means for commuters on the early shifts.",
    "Six walks around the estuary that take less than an hour from the station.",
    "The cannery's night shift is back after a winter of short hours and repairs.",
    "How the regatta committee plans to keep the harbour clear for the big race.",
    "Fishing quotas: what changes for the small boats of the eastern harbour.",
]
DATES = ["7 August 2026", "24 Jul 2026", "10 Jul 2026", "26 Jun 2026", "12 Jun 2026",
         "29 May 2026", "15 May 2026", "1 May 2026", "16 Apr 2026"]  # fmt: skip


def _clean(body: str, title: str) -> Article | Rejection:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return clean_page(
        RawPage(origin="p.html", kind="html", body=html.encode(),
                url="https://harbour-post.example/features/coast-life"),
        CleanConfig(),
    )  # fmt: skip


def test_teasers_each_with_its_date_are_an_index_page() -> None:
    cards = "".join(
        f"<div class='card'><h3><a href='/features/{i}'>Feature {i}</a></h3>"
        f"<p>{summary}</p><span class='date'>{date}</span></div>"
        for i, (summary, date) in enumerate(zip(SUMMARIES, DATES, strict=True))
    )
    got = _clean(f"<main><h1>Coast life</h1>{cards}</main>", "Coast life – Harbour Post")
    assert isinstance(got, Rejection), got
    assert got.reason == "no-article" and "index page" in got.detail


def test_an_article_of_dated_sections_stays() -> None:
    sections = "".join(
        f"<h2>{date}</h2><p>On this day the ferry committee met again at the chapel hall and "
        f"heard from the harbour master, the shop owners of Quay Street and the county "
        f"engineers, who said once more that the timber piles of the landing could not carry "
        f"loaded vans for another season; {summary.lower()}</p>"
        for summary, date in zip(SUMMARIES[:4], DATES[:4], strict=True)
    )
    got = _clean(f"<article><h1>A year of the ferry dispute</h1>{sections}</article>",
                 "A year of the ferry dispute")  # fmt: skip
    assert isinstance(got, Article), got
    assert "timber piles" in got.text
