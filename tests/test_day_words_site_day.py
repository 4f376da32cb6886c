"""A day named from the fetch's without its time ("igår", "gestern", "Yesterday", "hier", "昨日",
"heute"), and a span of days back ("vor 3 Tagen", "3 days ago", "3日前"), are counted from the
fetch's day on the site's clock, as "igår kl. 14.30" is: fetched at 23:30 UTC on 6 December,
it is already the 7th in Stockholm, Berlin and Tokyo, so "yesterday" is the 6th there (the 5th
in London and Lima).  Where the site's clocks put the fetch on two days (no country known), it
is not read, and the run says why.  Spans of hours stay the fetch time minus the span, in UTC.
In a record's date field, an HTML page's date line and a text dump alike (daywords45: such
values were counted from the fetch's UTC day, a day early east of Greenwich near midnight).
Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import GUESSED, UPDATED, Article, RawPage
from clipper.read.relativedates import day_alone, days_back, relative_to_fetch
from clipper.read.zones import page_clock_country, written_in
from tests.test_local_dates import _read

_LATE = "2026-12-06T23:30:00Z"  # the 7th from Stockholm eastwards, the 6th from London west
_EARLY = "2026-12-06T08:00:00Z"  # the 6th on every clock of these countries
_YESTERDAY = [
    ("sv", "se", "igår"),
    ("da", "dk", "i går"),
    ("de", "de", "gestern"),
    ("de", "at", "Gestern"),
    ("fr", "fr", "hier"),
    ("it", "it", "ieri"),
    ("nl", "nl", "gisteren"),
    ("fi", "fi", "eilen"),
    ("pl", "pl", "wczoraj"),
    ("ja", "jp", "昨日"),
    ("ko", "kr", "어제"),
]
_BODY = (
    "Der Hafenrat hat am Dienstagabend nach einer langen Sitzung einen neuen Fahrplan für die "
    "Wintermonate beschlossen, die bis nach Mitternacht dauerte.",
    "Die Fähren zur Insel fahren ab dem ersten Januar alle neunzig Minuten, teilte der Rat "
    "mit, und das späte Boot am Freitag bleibt erhalten.",
)


def _read_on(domain: str, lang: str, value: str, fetched: str = _LATE) -> str | None:
    with written_in(lang, f"https://hamn.{domain}/a/1"):
        return relative_to_fetch(value, fetched)


@pytest.mark.parametrize(("lang", "domain", "word"), _YESTERDAY)
def test_yesterday_alone_is_the_day_before_the_fetchs_on_the_sites_clock(
    lang: str, domain: str, word: str
) -> None:
    assert _read_on(domain, lang, word) == "2026-12-06"
    assert _read_on(domain, lang, word, _EARLY) == "2026-12-05"


def test_west_of_the_sites_midnight_it_is_the_utc_day_before() -> None:
    # 23:30 UTC is 23:30 in London and 18:30 in Lima: still the 6th there
    assert _read_on("co.uk", "en", "Yesterday") == "2026-12-05"
    assert _read_on("pe", "es", "ayer") == "2026-12-05"


def test_where_the_countrys_clocks_put_the_fetch_on_two_days_it_is_not_read() -> None:
    # 00:30 on the 7th in Madrid, 23:30 on the 6th in the Canaries; the 6th on both at 08:00
    assert _read_on("es", "es", "ayer") is None
    assert _read_on("es", "es", "ayer", _EARLY) == "2026-12-05"


def test_today_alone_is_the_fetchs_day_on_the_sites_clock() -> None:
    assert _read_on("se", "sv", "idag") == "2026-12-07"
    assert _read_on("de", "de", "heute") == "2026-12-07"
    assert _read_on("pe", "es", "hoy") == "2026-12-06"


@pytest.mark.parametrize(
    ("lang", "domain", "span", "day"),
    [
        ("de", "de", "vor 3 Tagen", "2026-12-04"),
        ("en", "com.au", "3 days ago", "2026-12-04"),
        ("ja", "jp", "3日前", "2026-12-04"),
        ("fr", "fr", "il y a 2 jours", "2026-12-05"),
        ("sv", "se", "för 1 vecka sedan", "2026-11-30"),
        ("es", "pe", "hace 3 días", "2026-12-03"),
    ],
)
def test_a_span_of_days_is_counted_from_the_sites_day(
    lang: str, domain: str, span: str, day: str
) -> None:
    assert _read_on(domain, lang, span) == day


def test_a_span_of_hours_stays_the_fetch_time_minus_the_span() -> None:
    assert _read_on("de", "de", "vor 3 Stunden") == "2026-12-06T20:30:00+00:00"
    assert _read_on("com", "en", "3 hours ago") == "2026-12-06T20:30:00+00:00"


def test_without_a_country_a_day_is_not_read() -> None:
    # UTC-12 to UTC+14: 23:30 UTC is the 6th on some clocks, the 7th on others; at 12:00 UTC
    # too (the 5th... the 7th)
    for fetched in (_LATE, "2026-12-06T12:00:00Z"):
        assert _read_on("com", "en", "yesterday", fetched) is None
        assert _read_on("com", "en", "3 days ago", fetched) is None
    assert days_back("3 days ago", _LATE) == 3
    assert days_back("gestern", _LATE) == 1
    assert days_back("3 hours ago", _LATE) is None
    assert days_back("vor 40 Tagen", _LATE) is None  # further back than a date field holds


def test_the_address_is_read_as_it_is_a_registrys_second_level_too() -> None:
    # .com.co is Colombia's (UTC-5), where .co alone is sold as a generic name
    with written_in("es", "https://www.eltiempo.com.co/a/1"):
        assert page_clock_country() == "CO"
        assert relative_to_fetch("ayer a las 14:30", _LATE) == "2026-12-05T14:30:00"
    with written_in("es", "https://startup.co/a/1"):
        assert page_clock_country() is None
    with written_in("sv", None, "SE"):
        assert page_clock_country() == "SE"
    assert page_clock_country() is None  # no page


@pytest.mark.parametrize(
    ("value", "days"),
    [("igår", 1), ("i går", 1), ("Gestern", 1), ("Yesterday", 1), ("昨日", 1), ("heute", 0),
     ("vorgestern", 2), ("gestern, 14:30 Uhr", None), ("gestern sagte der Minister", None),
     ("Today's papers", None), ("Kurs", None)],
)  # fmt: skip
def test_a_day_word_alone_is_told_from_a_sentence(value: str, days: int | None) -> None:
    assert day_alone(value) == days


def _html(domain: str, line: str, lang: str = "de") -> Article:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Fähranleger'
        " schließt</title></head><body><article><h1>Fähranleger schließt</h1>"
        f'<p class="date">{line}</p>{body}</article></body></html>'
    )
    raw = RawPage(
        origin="t", kind="html", body=html.encode(), url=f"https://hafen.{domain}/a/1",
        fetched_at=_LATE,
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _dump(domain: str, line: str, lang: str = "de") -> Article:
    body = "Fähranleger schließt im Winter\n\n" + line + "\n\n" + "\n\n".join(_BODY) + "\n"
    raw = RawPage(
        origin="d.txt", kind="text", body=body, fetched_at=_LATE, language=lang,
        url=f"https://hafen.{domain}/a/1",
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _record(tmp_path: Path, domain: str, value: str, lang: str = "de") -> Article:
    path = tmp_path / "a.jsonl"
    record = {
        "url": f"https://hafen.{domain}/a/1", "title": "Fähranleger schließt",
        "text": "\n\n".join(_BODY), "language": lang, "published": value, "fetched_at": _LATE,
    }  # fmt: skip
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    (raw,) = _read(path)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(
    ("value", "day"),
    [("gestern", "2026-12-06"), ("Gestern", "2026-12-06"), ("vor 3 Tagen", "2026-12-04")],
)
def test_pages_dumps_and_records_are_dated_by_the_sites_day_guessed(
    tmp_path: Path, value: str, day: str
) -> None:
    for article in (_html("de", value), _dump("de", value), _record(tmp_path, "de", value)):
        assert (article.published, article.date_source) == (day, GUESSED)


def test_a_posting_label_before_the_day_word_is_read_and_an_update_label_as_an_update() -> None:
    for article in (_html("de", "Veröffentlicht gestern"), _dump("de", "Veröffentlicht gestern")):
        assert (article.published, article.date_source) == ("2026-12-06", GUESSED)
    # the day of a change: the page's update, its date only as an "Updated" line's (clock46)
    for article in (_html("de", "Aktualisiert gestern"), _dump("de", "Aktualisiert gestern")):
        assert (article.published, article.date_source) == ("2026-12-06", UPDATED)
        assert article.updated == "2026-12-06"


def test_unread_for_want_of_the_sites_day_it_is_counted_saying_why(tmp_path: Path) -> None:
    night = tmp_path / "night"
    night.mkdir()
    records = [
        {"url": f"https://harbour.example/a/{n}", "title": title, "text": text,
         "language": "en", "published": value, "fetched_at": _LATE}
        for n, (title, text, value) in enumerate(
            [
                ("Ferry pier closes for winter", " ".join(_BODY), "yesterday"),
                ("Island ferries run less often", " ".join(reversed(_BODY)), "3 days ago"),
            ]
        )
    ]  # fmt: skip
    (night / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", str(tmp_path / "a.db"), "--json", str(night)]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    notes = sorted(x["detail"] for x in summary["examples"] if x["reason"] == "date-unread")
    assert summary["dates_unread"] == 2
    why = (
        "names a day from the fetch's, which falls on two days on the clocks the site may keep"
        " (its country not known: dedupe --country); page kept without it"
    )
    assert notes == [f'publication date "3 days ago" {why}', f'publication date "yesterday" {why}']
