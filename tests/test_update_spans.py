"""An "Updated" label's relative stamp ("Updated 2 hours ago", "Aktualisiert vor 2 Stunden", "Mis
à jour il y a 3 heures", "2時間前に更新", "Aktualisiert gestern, 14:30 Uhr") is the page's update
time read back from its fetch time, in an HTML page and a text dump alike: kept as its
``updated`` beside the date it gives, and its date where it gives none (date source "updated",
as an "Updated" line's date is).  Without a fetch time it is not read.  Session 46 (clock46):
such stamps were passed over, the README's Known limit "a relative 'Updated 2 hours ago' is not
read".  Pages invented."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import GUESSED, UPDATED, Article, RawPage
from clipper.read.zones import written_in
from clipper.relativetimes import first_span_back, first_update_span_back

_FETCHED = "2026-12-06T15:30:00Z"
_AT = datetime(2026, 12, 6, 15, 30, tzinfo=UTC)
_BODY = (
    "The harbour board voted late on Tuesday to keep the winter ferry timetable unchanged "
    "after a meeting that ran well past midnight in the old customs hall.",
    "Ferries to the island will leave every ninety minutes from the first of January, the "
    "board said, and the late boat on Fridays stays in the timetable.",
    "Residents of the outer villages had asked for an earlier morning crossing, which the "
    "board promised to study again before the summer season begins.",
)


@pytest.mark.parametrize(
    ("domain", "line", "updated"),
    [
        ("com", "Updated 2 hours ago", "2026-12-06T13:30:00+00:00"),
        ("com", "Last updated: 45 min ago", "2026-12-06T14:45:00+00:00"),
        ("de", "Aktualisiert vor 2 Stunden", "2026-12-06T13:30:00+00:00"),
        ("fr", "Mis à jour il y a 3 heures", "2026-12-06T12:30:00+00:00"),
        ("es", "Actualizado hace 3 horas", "2026-12-06T12:30:00+00:00"),
        ("com.br", "Atualizado há 2 horas", "2026-12-06T13:30:00+00:00"),
        ("it", "Aggiornato 2 ore fa", "2026-12-06T13:30:00+00:00"),
        ("se", "Uppdaterad för 2 timmar sedan", "2026-12-06T13:30:00+00:00"),
        ("fi", "Päivitetty 2 tuntia sitten", "2026-12-06T13:30:00+00:00"),
        ("pl", "Zaktualizowano 2 godziny temu", "2026-12-06T13:30:00+00:00"),
        ("ru", "Обновлено 2 часа назад", "2026-12-06T13:30:00+00:00"),
        ("jp", "2時間前に更新", "2026-12-06T13:30:00+00:00"),
        ("cn", "2小时前更新", "2026-12-06T13:30:00+00:00"),
        ("kr", "수정 2시간 전", "2026-12-06T13:30:00+00:00"),
        # a day named from the fetch's: that wall time on the site's clock
        ("de", "Aktualisiert heute, 14:05 Uhr", "2026-12-06T14:05:00"),
        ("fr", "Mis à jour hier à 14h30", "2026-12-05T14:30:00"),
    ],
)
def test_an_update_labels_span_is_read_back_from_the_fetch(
    domain: str, line: str, updated: str
) -> None:
    with written_in(None, f"https://harbour.example.{domain}/a/1"):
        assert first_update_span_back([line], _AT) == updated
        assert first_span_back([line], _AT) is None  # a change's span dates no posting


def test_a_posting_span_a_sentence_and_an_unknown_clock_are_not_an_update() -> None:
    with written_in(None, "https://harbour.example.com/a/1"):
        assert first_update_span_back(["2 hours ago"], _AT) is None
        assert (
            first_update_span_back(["Updated 2 hours ago the council said it would"], _AT) is None
        )
        # a day's word on a site of no known country: the fetch's day is not known
        assert first_update_span_back(["Updated today 9:05"], _AT) is None
        assert first_update_span_back(["Updated 2 hours ago"], None) is None


def _html(domain: str, lines: list[str], fetched: str | None = _FETCHED) -> Article:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    stamps = "".join(f'<p class="meta">{line}</p>' for line in lines)
    html = (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ferry timetable stays</title>'
        f"</head><body><article><h1>Ferry timetable stays</h1>{stamps}{body}</article>"
        "</body></html>"
    )
    raw = RawPage(
        origin="t.html", kind="html", body=html.encode(), url=f"https://harbour.example.{domain}/a/1",
        fetched_at=fetched,
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _dump(domain: str, lines: list[str], fetched: str | None = _FETCHED) -> Article:
    text = "Ferry timetable stays\n\n" + "\n\n".join([*lines, *_BODY]) + "\n"
    raw = RawPage(
        origin="d.txt", kind="text", body=text, fetched_at=fetched, language="en",
        url=f"https://harbour.example.{domain}/a/1",
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize("read", [_html, _dump])
def test_the_update_stands_beside_the_posting_time(read: Callable[..., Article]) -> None:
    article = read("com", ["3 hours ago", "Updated 45 min ago"])
    assert (article.published, article.date_source) == ("2026-12-06T12:30:00+00:00", GUESSED)
    assert article.updated == "2026-12-06T14:45:00+00:00"


@pytest.mark.parametrize("read", [_html, _dump])
def test_an_update_span_alone_dates_the_page_as_its_update(read: Callable[..., Article]) -> None:
    article = read("de", ["Aktualisiert vor 2 Stunden"])
    assert (article.published, article.date_source) == ("2026-12-06T13:30:00+00:00", UPDATED)
    assert article.updated == "2026-12-06T13:30:00+00:00"


@pytest.mark.parametrize("read", [_html, _dump])
def test_without_a_fetch_time_the_update_span_is_not_read(read: Callable[..., Article]) -> None:
    article = read("com", ["Updated 2 hours ago"], None)
    assert article.published is None
    assert article.updated is None


@pytest.mark.parametrize("read", [_html, _dump])
def test_an_update_before_the_posting_is_dropped(read: Callable[..., Article]) -> None:
    # posted two hours ago, "updated" five hours ago: a change cannot precede the page
    article = read("com", ["2 hours ago", "Updated 5 hours ago"])
    assert article.published == "2026-12-06T13:30:00+00:00"
    assert article.updated is None
