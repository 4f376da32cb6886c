"""A day named from the fetch's with its time of day ("igår kl. 14.30", "i går kl. 14.30",
"eilen klo 14.30", "gestern, 14:30 Uhr", "hier à 14h30", "ieri alle 14:30", "ayer a las
14:30", "yesterday at 2:30 pm", and today's): that wall time on the day before (or the day of)
the fetch's day on the site's clock, guessed, as "vor 2 Stunden" is read from the fetch; not
read, and counted saying why, without a fetch time or where the site's clocks put the fetch on
two days (dates44: such stamps were unread and uncounted on pages and in dumps, and read as UTC
in records).  Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import GUESSED, UPDATED, Article, RawPage
from clipper.read.relativedates import day_and_time, relative_to_fetch
from clipper.read.zones import written_in
from tests.test_local_dates import _read

_FETCHED = "2026-12-06T08:00:00+00:00"
_STAMPS = [
    ("sv", "se", "igår kl. 14.30"),
    ("da", "dk", "i går kl. 14.30"),
    ("nb", "no", "i går kl. 14.30"),
    ("fi", "fi", "eilen klo 14.30"),
    ("de", "de", "gestern, 14:30 Uhr"),
    ("fr", "be", "hier à 14h30"),
    ("it", "it", "ieri alle 14:30"),
    ("es", "es", "ayer a las 14:30"),
    ("en", "co.uk", "yesterday at 2:30 pm"),
]
_TODAY = [
    ("sv", "se", "idag kl. 07.10"),
    ("de", "at", "heute, 07:10 Uhr"),
    ("fr", "be", "aujourd'hui à 7h10"),
    ("en", "ie", "today at 7:10 am"),
]
_BODY = (
    "The harbour board approved a new ferry timetable for the winter months after a long "
    "meeting on Tuesday evening that ran past midnight.",
    "Crossings to the island will run every ninety minutes from the first of January, the "
    "board said, and the late boat on Fridays is kept.",
)


def _read_on(domain: str, lang: str, value: str, fetched: str = _FETCHED) -> str | None:
    with written_in(lang, f"https://hamn.{domain}/a/1"):
        return relative_to_fetch(value, fetched)


@pytest.mark.parametrize(("lang", "domain", "stamp"), _STAMPS)
def test_yesterday_at_a_time_is_that_time_on_the_sites_clock(
    lang: str, domain: str, stamp: str
) -> None:
    assert _read_on(domain, lang, stamp) == "2026-12-05T14:30:00"


@pytest.mark.parametrize(("lang", "domain", "stamp"), _TODAY)
def test_today_at_a_time_is_the_fetchs_day(lang: str, domain: str, stamp: str) -> None:
    assert _read_on(domain, lang, stamp) == "2026-12-06T07:10:00"


def test_the_day_is_the_fetchs_on_the_sites_clock_not_on_utcs() -> None:
    # 23:30 UTC on the 5th is 00:30 on the 6th in Stockholm: "igår" is the 5th; in Lima
    # (UTC-5), 18:30 on the 5th: "ayer" is the 4th
    assert _read_on("se", "sv", "igår kl. 14.30", "2026-12-05T23:30:00Z") == "2026-12-05T14:30:00"
    assert _read_on("pe", "es", "ayer a las 14:30", "2026-12-05T23:30:00Z") == (
        "2026-12-04T14:30:00"
    )


def test_a_zone_it_names_is_read_and_a_time_after_the_fetch_is_not() -> None:
    assert _read_on("se", "sv", "igår kl. 14.30 (svensk tid)") == "2026-12-05T14:30:00+01:00"
    assert _read_on("se", "sv", "idag kl. 09.10") is None  # 08:10 UTC, after the fetch


def test_without_a_country_or_a_fetch_it_is_not_read() -> None:
    # UTC-12 to UTC+14: 08:00 UTC is the 5th on some clocks, the 6th on others
    assert _read_on("com", "en", "yesterday at 2:30 pm") is None
    with written_in("sv", "https://hamn.se/a/1"):
        assert relative_to_fetch("igår kl. 14.30", None) is None


@pytest.mark.parametrize(
    "value",
    [
        "igår",  # a day alone: a span of days (day_alone, relative_to_fetch)
        "gestern sagte der Minister um 14:30",  # a sentence
        "Kurs 14:30",  # no day word
        "hier 12 décembre 2026 à 14h30",  # a date, not a day named from today's
        "Today at 10:00 the council meets again",  # a sentence
    ],
)
def test_what_is_no_day_and_time_is_not_taken_for_one(value: str) -> None:
    assert day_and_time(value) is None


def _html(lang: str, domain: str, line: str, fetched: str | None = _FETCHED) -> Article:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Ferry pier'
        " closes</title></head><body><article><h1>Ferry pier closes</h1>"
        f'<p class="date">{line}</p>{body}</article></body></html>'
    )
    raw = RawPage(
        origin="t", kind="html", body=html.encode(), url=f"https://hamn.{domain}/a/1",
        fetched_at=fetched,
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _dump(lang: str, domain: str, line: str, fetched: str | None = _FETCHED) -> Article:
    body = "Ferry pier closes for winter\n\n" + line + "\n\n" + "\n\n".join(_BODY) + "\n"
    raw = RawPage(
        origin="d.txt", kind="text", body=body, fetched_at=fetched, language=lang,
        url=f"https://hamn.{domain}/a/1",
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _record(tmp_path: Path, lang: str, domain: str, value: str) -> Article:
    path = tmp_path / "a.jsonl"
    record = {
        "url": f"https://hamn.{domain}/a/1", "title": "Ferry pier closes",
        "text": "\n\n".join(_BODY), "language": lang, "published": value,
        "fetched_at": _FETCHED,
    }  # fmt: skip
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n")
    (raw,) = _read(path)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(("lang", "domain", "stamp"), _STAMPS)
def test_pages_dumps_and_records_are_dated_by_it_guessed(
    tmp_path: Path, lang: str, domain: str, stamp: str
) -> None:
    for article in (
        _html(lang, domain, stamp),
        _html(lang, domain, f"Publicado {stamp}" if lang == "es" else stamp),
        _dump(lang, domain, stamp),
        _record(tmp_path, lang, domain, stamp),
    ):
        assert (article.published, article.date_source) == ("2026-12-05T14:30:00", GUESSED)


def test_an_update_label_before_it_dates_the_page_as_its_update() -> None:
    # the day of a change, not of the posting: the page's update, and its date as an
    # "Updated" line's date is where it gives no other (clock46: it dated no page)
    for article in (
        _html("sv", "se", "Uppdaterad igår kl. 14.30"),
        _dump("de", "de", "Aktualisiert gestern, 14:30 Uhr"),
    ):
        assert (article.published, article.date_source) == ("2026-12-05T14:30:00", UPDATED)
        assert article.updated == "2026-12-05T14:30:00"


def test_unread_it_is_counted_saying_why(tmp_path: Path) -> None:
    night = tmp_path / "night"
    night.mkdir()
    body = "\n\n".join(_BODY)
    # a saved dump: no fetch time
    (night / "saved.txt").write_text(f"Ferry pier closes\nigår kl. 14.30\n\n{body}\n")
    # a record of a site of no country: its fetch's day is two days on its possible clocks
    record = {
        "url": "https://harbour.example/a/2", "title": "Ferries stop for the winter",
        "text": body.replace("ferry", "ferries'"), "language": "en",
        "published": "yesterday at 2:30 pm", "fetched_at": _FETCHED,
    }  # fmt: skip
    (night / "r.jsonl").write_text(json.dumps(record) + "\n")
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", str(tmp_path / "a.db"), "--json", str(night)]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    notes = sorted(x["detail"] for x in summary["examples"] if x["reason"] == "date-unread")
    assert summary["dates_unread"] == 2
    assert notes == [
        'date "igår kl. 14.30" is a span back from a fetch time the page does not give (a'
        " record's or a sidecar NAME.json's fetched_at gives one); page kept without a date",
        'publication date "yesterday at 2:30 pm" names a day from the fetch\'s, which falls on'
        " two days on the clocks the site may keep (its country not known: dedupe --country);"
        " page kept without it",
    ]
