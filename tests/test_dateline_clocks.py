"""A time a page writes without a zone is read on the clock of the place its dateline names where
nothing else names its clocks (no country in its address, none stated, a language of many
countries): "Dec 6, 2026, 14:30" under "NEW DELHI, Dec 6 (PTI) -" on an English .com page is
09:00 UTC, as "14:30 IST" there is, in an HTML page, a record and a text dump alike, in any
language whose places clipper reads ("Moskau (dpa) -", "Bogotá, 6 dic (EFE).-", "NAIROBI, 6 déc
(AFP) -").  A place of a country of several clocks is read on its own zone where it is that
zone's city ("LOS ANGELES"), else not at all ("WASHINGTON").  The address's country, a stated
one and the language's come first (a Japanese paper's Washington report stays on Tokyo's clock).
Session 46 (clock46): such times stayed on any clock, 26 hours wide.  Pages invented."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.datelineclocks import dateline_zones, on_dateline_clock
from tests.conftest import build, exported

_REPORT = (
    "The port trust on Saturday approved a plan to build three cold-storage warehouses for "
    "fishing cooperatives along the northern quay, officials said.",
    "The warehouses are to open before the monsoon season and will be run by the cooperatives "
    "themselves, the trust said in a statement issued after its meeting.",
    "Fishers' unions welcomed the plan but asked for a fixed rent for the first five years, "
    "saying the cost of ice had doubled since the spring.",
)


def _html(lang: str, dateline: str, date_line: str) -> str:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Port trust '
        "approves quay warehouses</title></head><body><article><h1>Port trust approves quay "
        f'warehouses</h1><div class="date">{date_line}</div><p>{dateline} {_REPORT[0]}</p>'
        + "".join(f"<p>{p}</p>" for p in _REPORT[1:])
        + "</article></body></html>"
    )


def _stored(tmp_path: Path, files: dict[str, str]) -> dict[str, dict[str, object]]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, content in files.items():
        (folder / name).write_text(content, encoding="utf-8")
    build(tmp_path / "a.db", [folder])[0].close()
    return {
        str(row["origin"]).rsplit("/", 1)[-1]: row for row in exported(tmp_path / "a.db").values()
    }


@pytest.mark.parametrize(
    ("lang", "dateline", "date_line", "published"),
    [
        ("en", "NEW DELHI, Dec 6 (PTI) -", "Dec 6, 2026, 14:30", "2026-12-06T09:00:00+00:00"),
        ("en", "Mumbai, Dec 6 (IANS)", "December 6, 2026 02:30 PM", "2026-12-06T09:00:00+00:00"),
        ("en", "ISLAMABAD, Dec 6 (APP) -", "Dec 6, 2026, 14:30", "2026-12-06T09:30:00+00:00"),
        ("de", "Moskau (dpa) -", "6. Dezember 2026, 14:30 Uhr", "2026-12-06T11:30:00+00:00"),
        ("es", "Bogotá, 6 dic (EFE).-", "6 de diciembre de 2026, 14:30",
         "2026-12-06T19:30:00+00:00"),
        ("fr", "NAIROBI, 6 déc (AFP) -", "6 décembre 2026 à 14h30", "2026-12-06T11:30:00+00:00"),
        # a country of several clocks: the place is its zone's city, Pacific time
        ("en", "LOS ANGELES, Dec 6 (AP) -", "Dec 6, 2026, 14:30", "2026-12-06T22:30:00+00:00"),
        # ... or not: any of the United States' clocks, the wall time kept
        ("en", "WASHINGTON, Dec 6 (Reuters) -", "Dec 6, 2026, 14:30", "2026-12-06T14:30:00"),
        # no place: any clock
        ("en", "", "Dec 6, 2026, 14:30", "2026-12-06T14:30:00"),
    ],
)  # fmt: skip
def test_an_html_pages_zoneless_time_is_on_its_datelines_clock(
    tmp_path: Path, lang: str, dateline: str, date_line: str, published: str
) -> None:
    (row,) = _stored(tmp_path, {"a.html": _html(lang, dateline, date_line)}).values()
    assert row["published"] == published
    assert row["published_zoneless"] is (published.endswith(":00") and "+" not in published)


def test_the_address_the_stated_country_and_the_language_come_first(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [
        # an .co.uk address: Britain's clock (UTC in December), whatever the dateline
        {"url": "https://www.quaynews.example.co.uk/a", "lang": "en",
         "html": _html("en", "NEW DELHI, Dec 6 (PTI) -", "Dec 6, 2026, 14:30")},
        # a stated country: Britain's
        {"url": "https://www.quaywire.example.com/b", "lang": "en", "country": "GB",
         "html": _html("en", "NEW DELHI, Dec 6 (PTI) -", "Dec 6, 2026, 14:30")},
        # Japanese is Japan's: a Washington correspondent's report is stamped on Tokyo's clock
        {"url": "https://www.kowan.example.com/c", "lang": "ja",
         "html": _html("ja", "【ロサンゼルス＝山田一郎】", "2026年12月6日 14時30分")
         .replace(_REPORT[0], "港湾局は六日、北側の岸壁に冷蔵倉庫三棟を建てる計画を承認した。")},
    ]  # fmt: skip
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", "utf-8")
    build(tmp_path / "a.db", [path])[0].close()
    rows = {str(row["url"])[-1]: row for row in exported(tmp_path / "a.db").values()}
    for key, utc in (("a", "2026-12-06T14:30:00+00:00"), ("b", "2026-12-06T14:30:00+00:00")):
        assert (rows[key]["published"], rows[key]["published_utc"]) == ("2026-12-06T14:30:00", utc)
    assert rows["c"]["published"] == "2026-12-06T14:30:00"
    assert rows["c"]["published_utc"] == "2026-12-06T05:30:00+00:00"


def test_a_records_date_field_and_a_text_dump_are_read_alike(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    record = {
        "url": "https://www.harbourwire.example.com/city/quay", "title": "Quay warehouses",
        "text": "Mumbai, Dec 6 (IANS) " + "\n\n".join(_REPORT), "published": "2026-12-06 11:20",
        "lang": "en",
    }  # fmt: skip
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    dump = (
        "Port trust approves quay warehouses\n\n6. Dezember 2026, 11:20 Uhr\n\n"
        "Moskau (dpa) - Der Hafenrat hat am Samstag den Bau von drei Kühlhäusern am Nordkai "
        "beschlossen, teilten Beamte mit.\n\nDie Lagerhäuser sollen vor dem Frühjahr öffnen und "
        "von den Genossenschaften selbst betrieben werden, hieß es in einer Erklärung.\n\n"
        "Die Fischer begrüßten den Plan, forderten aber eine feste Miete für die ersten fünf "
        "Jahre, da sich die Eiskosten seit dem Frühjahr verdoppelt hätten.\n"
    )
    (tmp_path / "dumps").mkdir()
    (tmp_path / "dumps" / "moskau.txt").write_text(dump, encoding="utf-8")
    build(tmp_path / "a.db", [path, tmp_path / "dumps"])[0].close()
    rows = {
        str(row["origin"]).rsplit("/", 1)[-1]: row for row in exported(tmp_path / "a.db").values()
    }
    published = sorted(str(row["published"]) for row in rows.values())
    # Mumbai's 11:20 is 05:50 UTC; Moscow's 11:20 08:20 UTC
    assert published == ["2026-12-06T05:50:00+00:00", "2026-12-06T08:20:00+00:00"]


def test_a_place_of_several_clocks_is_read_by_its_zones_city_only() -> None:
    assert dateline_zones("en", "LOS ANGELES, Dec 6 (AP) - The") == ("America/Los_Angeles",)
    assert dateline_zones("de", "Moskau (dpa) - Der") == ("Europe/Moscow",)
    assert dateline_zones("en", "SYDNEY, Dec 6 (AAP) - The") == ("Australia/Sydney",)
    assert len(dateline_zones("en", "New Yorker, Dec 6 - The")) != 1  # not New York
    assert dateline_zones("en", "The port trust said") == ()
    us = dateline_zones("en", "Honolulu, Dec 6 (AP) - The")
    assert us == ("Pacific/Honolulu",)


def test_a_time_is_pinned_only_where_the_clocks_keep_one_offset() -> None:
    india = ("Asia/Kolkata",)
    assert on_dateline_clock("2026-12-06T14:30:00", india) == "2026-12-06T14:30:00+05:30"
    assert on_dateline_clock("2026-12-06", india) == "2026-12-06"  # a day alone
    assert on_dateline_clock("2026-12-06T14:30:00+01:00", india) == "2026-12-06T14:30:00+01:00"
    assert on_dateline_clock(None, india) is None
    # the United States' zones keep six offsets: the wall time stays
    both = ("America/New_York", "America/Chicago")
    assert on_dateline_clock("2026-12-06T14:30:00", both) == "2026-12-06T14:30:00"
    # Sydney's summer time: UTC+11 in December, +10 in July
    sydney = ("Australia/Sydney",)
    assert on_dateline_clock("2026-07-06T14:30:00", sydney) == "2026-07-06T14:30:00+10:00"
