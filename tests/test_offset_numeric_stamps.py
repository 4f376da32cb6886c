"""A date line whose numeric date's order is in doubt, on an English page of no region, with a
time and its offset from Greenwich ("Monday, 12/7/2026, 14:50 GMT+7", VnExpress
International's): the day settled by the fetch, as before, now with its time at that offset
(it was stored as the day alone, guessed).  A time of no zone stays out: the order in doubt
leaves it a guess.  Invented page."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

_BODY = (
    "The city's people's committee approved on Monday a plan to close the old river bridge to"
    " motorbikes for four months next year to repair its rusting steel spans.",
    "City officials said the century-old bridge failed two safety inspections this autumn, and"
    " the repairs are expected to cost about 200 billion dong.",
    "Motorbikes will be sent to the newer bridge downstream during the closure, the city's"
    " transport department said in a statement on its website.",
)


def _article(line: str) -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in _BODY)
    html = (
        "<html lang='en'><head><meta charset='utf-8'><title>Bridge</title></head><body>"
        "<article><h1>Old river bridge to close for repairs</h1>"
        f"<span class='date'>{line}</span>{paragraphs}</article></body></html>"
    )
    article = clean_page(
        RawPage(
            origin="t/html",
            kind="html",
            body=html.encode(),
            url="https://e.river-news.example/news/bridge-4871.html",
            fetched_at="2026-12-07T10:00:00+00:00",
        ),
        CleanConfig(),
    )
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    "line",
    [
        "Monday, 12/7/2026, 14:50 GMT+7",
        "Monday, 12/7/2026, 14:50 (GMT+7)",
        "Monday, 12/7/2026, 14:50 GMT+07:00",
        "Monday, 12/7/2026, 14:50 UTC+7",
        "12/7/2026 - 02:50 pm GMT+7",
    ],
)
def test_an_offset_after_the_time_gives_the_time(line: str) -> None:
    assert _article(line).published == "2026-12-07T14:50:00+07:00"


def test_a_time_of_no_zone_leaves_the_day_alone() -> None:
    assert _article("Monday, 12/7/2026, 14:50").published == "2026-12-07"
