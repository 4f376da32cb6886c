"""A numeric date whose day/month order is in doubt, read in the order of the page's language,
must agree with the page's own evidence (newcomer 38b, F1): an Indian WordPress page declaring
WordPress's default ``lang="en-US"`` and printing "04-12-2026 16:10" under ``/2026/12/``, with
"Dec 4 (PTI)" opening its text, fetched in December, was dated 12 April, silently.  The order the
address's year and month, an agency dateline's month or the fetch supports is taken; when the
evidence contradicts both readings, the date is left unread and counted.  Invented pages."""

from __future__ import annotations

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage

_OPENING = "NEW DELHI, Dec 4 (PTI) — "
_BODY = (
    "The Railway Ministry on Thursday approved a plan to rebuild 120 suburban stations in the"
    " Pune region, officials said, in a move expected to ease daily travel for many commuters.",
    "Under the plan, platforms at four junctions will be widened, foot overbridges replaced and"
    " escalators installed at every station handling more than one lakh passengers a day, a"
    " senior official told reporters.",
    "The minister said the work would be completed in three phases over 30 months and that the"
    " first tenders would be floated early next year, according to a ministry statement.",
)
_DECEMBER = "2026-12-05T10:00:00+00:00"
_SITE = "https://www.janpath-english.example"
_SLUG = "india/pune-station-revamp-gets-nod"


def _article(url: str, line: str, fetched: str, opening: str = "") -> Article:
    paragraphs = "".join(f"<p>{p}</p>" for p in (opening + _BODY[0], *_BODY[1:]))
    html = (
        "<html lang='en-US'><head><meta charset='utf-8'><title>Station revamp</title></head>"
        "<body><article><h1>Pune station revamp gets nod</h1>"
        f"<p class='dateline'><time>{line}</time></p>{paragraphs}</article></body></html>"
    )
    raw = RawPage(origin="t/html", kind="html", body=html.encode(), url=url, fetched_at=fetched)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article)
    return article


@pytest.mark.parametrize(
    ("url", "opening", "fetched", "published"),
    [
        # the address's /2026/12/, the dateline's "Dec 4" and the fetch all say 4 December (and
        # the dateline's NEW DELHI India's clock: clipper.datelineclocks)
        (f"{_SITE}/2026/12/{_SLUG}/", _OPENING, _DECEMBER, "2026-12-04T16:10:00+05:30"),
        # the address alone
        (f"{_SITE}/2026/12/{_SLUG}/", "", _DECEMBER, "2026-12-04T16:10:00"),
        # the dateline alone
        (f"{_SITE}/{_SLUG}", _OPENING, _DECEMBER, "2026-12-04T16:10:00+05:30"),
        # the fetch alone: 12 April is months before it, 4 December the day before
        (f"{_SITE}/{_SLUG}", "", _DECEMBER, "2026-12-04T16:10:00"),
        # a whole date in the address
        (f"{_SITE}/{_SLUG}-2026-12-04", "", _DECEMBER, "2026-12-04T16:10:00"),
        # guard: an American page whose address says April stays 12 April, fetched when it may
        (f"{_SITE}/2026/04/{_SLUG}/", "", _DECEMBER, "2026-04-12T16:10:00"),
        (f"{_SITE}/2026/04/{_SLUG}/", "", "2026-04-13T10:00:00+00:00", "2026-04-12T16:10:00"),
    ],
)  # fmt: skip
def test_a_numeric_date_is_read_in_the_order_the_pages_evidence_supports(
    url: str, opening: str, fetched: str, published: str
) -> None:
    article = _article(url, "04-12-2026 16:10", fetched, opening)
    assert article.published == published
    assert article.date_unread is None


def test_a_numeric_date_whose_evidence_contradicts_both_orders_is_left_unread_and_counted() -> None:
    # the address says July: neither 12 April nor 4 December
    article = _article(f"{_SITE}/2026/07/{_SLUG}/", "04-12-2026 16:10", _DECEMBER)
    assert article.published is None
    assert article.date_unread == "04-12-2026 16:10"
