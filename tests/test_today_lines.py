"""A bare "Today" line standing as a page's date line ("Today", "Heute, 14:05 Uhr", "Aujourd’hui à
14h05", "今日 14時05分", "Hoy, 14:05") gives the fetch's day on the site's clock, with its wall
time, in an HTML page and a text dump alike, as "yesterday" does; where the site's clock is not
known, or the page gives no fetch time, it is left unread and counted.  Session 46 (clock46): a
typographic apostrophe ("Aujourd’hui"), hours and minutes in Chinese, Japanese or Korean
("14時05分", "午後2時05分", "오늘 14시 05분") were not read, and dateparser read some as the
fetch's UTC clock ("Aujourd’hui à 14h05" as 14:05 UTC).  Pages invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.clean import clean_page
from clipper.cli import cli
from clipper.config import CleanConfig
from clipper.page import GUESSED, Article, RawPage
from clipper.read.relativedates import day_alone, day_and_time, relative_to_fetch
from clipper.read.zones import written_in

_FETCHED = "2026-12-06T12:30:00Z"  # 13:30 in Paris and Berlin, 21:30 in Tokyo
_BODY = (
    "The harbour board voted late on Tuesday to keep the winter ferry timetable unchanged "
    "after a meeting that ran well past midnight in the old customs hall.",
    "Ferries to the island will leave every ninety minutes from the first of January, the "
    "board said, and the late boat on Fridays stays in the timetable.",
    "Residents of the outer villages had asked for an earlier morning crossing, which the "
    "board promised to study again before the summer season begins.",
)
_TODAY = [
    ("en", "co.uk", "Today 11:05", "2026-12-06T11:05:00"),
    ("en", "co.uk", "Today, 11:05 AM", "2026-12-06T11:05:00"),
    ("de", "de", "Heute, 11:05 Uhr", "2026-12-06T11:05:00"),
    ("fr", "fr", "Aujourd’hui à 11h05", "2026-12-06T11:05:00"),
    ("fr", "fr", "Aujourd'hui à 11h05", "2026-12-06T11:05:00"),
    ("es", "es", "Hoy, 11:05", "2026-12-06T11:05:00"),
    ("it", "it", "Oggi alle 11:05", "2026-12-06T11:05:00"),
    ("pl", "pl", "Dziś, 11:05", "2026-12-06T11:05:00"),
    ("uk", "ua", "Сьогодні о 11:05", "2026-12-06T11:05:00"),
    ("ja", "jp", "今日 11時05分", "2026-12-06T11:05:00"),
    ("ja", "jp", "今日 午後8時05分", "2026-12-06T20:05:00"),
    ("zh", "cn", "今天 下午3时05分", "2026-12-06T15:05:00"),
    ("ko", "kr", "오늘 오전 11:05", "2026-12-06T11:05:00"),
    # a word alone: the day
    ("en", "co.uk", "Today", "2026-12-06"),
    ("de", "de", "Heute", "2026-12-06"),
    ("fr", "fr", "Aujourd’hui", "2026-12-06"),
    ("es", "es", "Hoy", "2026-12-06"),
    ("ja", "jp", "今日", "2026-12-06"),
]


@pytest.mark.parametrize(("lang", "domain", "line", "published"), _TODAY)
def test_a_today_line_is_the_fetchs_day_on_the_sites_clock(
    lang: str, domain: str, line: str, published: str
) -> None:
    for article in (_html(lang, domain, line), _dump(lang, domain, line)):
        assert (article.published, article.date_source) == (published, GUESSED)


def test_a_wall_time_is_never_read_as_the_fetchs_utc_clock() -> None:
    with written_in("fr", "https://port.example.fr/a/1"):
        assert relative_to_fetch("Aujourd’hui à 11h05", _FETCHED) == "2026-12-06T11:05:00"
        assert relative_to_fetch("Aujourd’hui à 14h05", _FETCHED) is None  # after the fetch
    with written_in("ja", "https://port.example.jp/a/1"):
        assert relative_to_fetch("今日 11時05分", _FETCHED) == "2026-12-06T11:05:00"
        assert relative_to_fetch("今日 22時05分", _FETCHED) is None  # after the fetch in Tokyo
    with written_in("en", "https://port.example.com/a/1"):
        assert relative_to_fetch("Today 11:05", _FETCHED) is None  # no country: no day


@pytest.mark.parametrize(
    ("value", "parts"),
    [("Aujourd’hui à 14h05", (0, "à 14h05")), ("今日 午後2時05分", (0, "午後 2時05分")),
     ("昨天 下午2时5分", (1, "下午 2时5分")), ("어제 오후 2시 5분", (1, "오후 2시 5분")),
     ("Today's papers 14:05", None), ("Today at 10:00 the council meets again", None)],
)  # fmt: skip
def test_the_day_and_its_time_are_told_from_a_sentence(
    value: str, parts: tuple[int, str] | None
) -> None:
    assert day_and_time(value) == parts
    assert day_alone("Aujourd’hui") == 0


def test_unread_where_the_clock_or_the_fetch_is_unknown_it_is_counted(tmp_path: Path) -> None:
    night = tmp_path / "night"
    night.mkdir()
    records = [
        {"url": "https://harbour.example/a/1", "title": "Ferry timetable stays",
         "text": "Heute, 11:05 Uhr\n\n" + "\n\n".join(_BODY), "language": "de",
         "fetched_at": _FETCHED},
        {"url": "https://harbour.example.de/a/2", "title": "Ferries keep the late boat",
         "text": "Today 11:05\n\n" + "\n\n".join(p.replace("board", "council") for p in _BODY),
         "language": "en"},
    ]  # fmt: skip
    (night / "r.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    result = CliRunner().invoke(cli, ["dedupe", "--db", str(tmp_path / "a.db"), str(night)])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(
        cli, ["rejections", "--db", str(tmp_path / "a.db"), "--reason", "date-unread"]
    )
    assert "Heute, 11:05 Uhr" in listed.output and "two days" in listed.output
    assert "Today 11:05" in listed.output and "does not give" in listed.output


def _html(lang: str, domain: str, line: str) -> Article:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Ferry timetable'
        " stays</title></head><body><article><h1>Ferry timetable stays</h1>"
        f'<p class="date">{line}</p>{body}</article></body></html>'
    )
    raw = RawPage(
        origin="t.html", kind="html", body=html.encode(), url=f"https://port.example.{domain}/a/1",
        fetched_at=_FETCHED,
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _dump(lang: str, domain: str, line: str) -> Article:
    text = "Ferry timetable stays\n\n" + line + "\n\n" + "\n\n".join(_BODY) + "\n"
    raw = RawPage(
        origin="d.txt", kind="text", body=text, fetched_at=_FETCHED, language=lang,
        url=f"https://port.example.{domain}/a/1",
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def test_the_note_of_a_today_line_without_a_fetch_says_what_gives_one(tmp_path: Path) -> None:
    """A saved page's «Сегодня, 14:30» with no fetch time is counted unread, and its note says
    where clipper reads a fetch time (newcomer 51b: the scraper had it); a sidecar beside the
    same page giving ``fetched_at`` then dates it on the site's clock (.kz: UTC+5)."""
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    page = (
        '<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Паромы остаются'
        "</title></head><body><article><h1>Паромы остаются</h1>"
        f'<p class="date">Сегодня, 14:30</p>{body}</article></body></html>'
    )
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / "ferry.html").write_text(page)
    (bare / "ferry.json").write_text(json.dumps({"url": "https://port.example.kz/a/1"}))
    result = CliRunner().invoke(cli, ["dedupe", "--db", str(tmp_path / "a.db"), str(bare)])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(
        cli, ["rejections", "--db", str(tmp_path / "a.db"), "--reason", "date-unread"]
    )
    assert "Сегодня, 14:30" in listed.output
    assert "sidecar NAME.json's fetched_at gives one" in " ".join(listed.output.split())
    fetched = tmp_path / "fetched"
    fetched.mkdir()
    (fetched / "ferry.html").write_text(page)
    (fetched / "ferry.json").write_text(
        json.dumps({"url": "https://port.example.kz/a/1", "fetched_at": _FETCHED})
    )
    result = CliRunner().invoke(
        cli, ["dedupe", "--db", str(tmp_path / "b.db"), str(fetched), "--json"]
    )
    assert result.exit_code == 0, result.output
    exported = CliRunner().invoke(
        cli, ["export", "--db", str(tmp_path / "b.db"), "--format", "jsonl"]
    )
    (row,) = [json.loads(line) for line in exported.stdout.splitlines()]
    assert row["published_local"] == "2026-12-06T14:30:00", row  # the wall time written
    assert row["published_utc"] == "2026-12-06T09:30:00+00:00", row  # 14:30 in Almaty
