"""Zone abbreviations of Southeast Asia, the Pacific, the Caucasus, Central Asia and Russia, and a
posting time and its update broken by a ``<br>`` in one element (newcomer 47b, findings 3 and 5:
The Star's "Sunday, 06 Dec 2026 4:10 PM MYT" kept its day alone, as a guess, on every Malaysian
page, and "Minggu, 6 Desember 2026 14:30 WIB<br>Diperbarui: … 17:05 WIB" in one ``<time>`` read
as one run, "…WIBDiperbarui…", which gave neither date).  Invented pages and records."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.page import Article, RawPage
from tests.test_furniture_languages import DUMPS
from tests.test_read_fields import TEXT, _jsonl, _read

CONFIG = CleanConfig()
FETCHED = "2026-12-07T01:58:00"


def _record_date(tmp_path: Path, url: str, written: str) -> str | None:
    record: dict[str, object] = {"text": TEXT, "url": url, "language": "en", "published": written}
    (page,), rejected = _read(_jsonl(tmp_path, record))
    assert not rejected
    return page.published


# (the zone as written, what it is on 4 December 2026 at 11:02, east of UTC)
ZONES = [
    ("MYT", "+08:00"),
    ("BNT", "+08:00"),
    ("TLT", "+09:00"),
    ("ULAT", "+08:00"),
    ("PHST", "+08:00"),
    ("PGT", "+10:00"),
    ("ChST", "+10:00"),
    ("FJT", "+12:00"),
    ("TOT", "+13:00"),
    ("ACDT", "+10:30"),
    ("GET", "+04:00"),
    ("AZT", "+04:00"),
    ("UZT", "+05:00"),
    ("TJT", "+05:00"),
    ("TMT", "+05:00"),
    ("KGT", "+06:00"),
    ("FET", "+03:00"),
    ("SAMT", "+04:00"),
    ("YEKT", "+05:00"),
    ("OMST", "+06:00"),
    ("NOVT", "+07:00"),
    ("KRAT", "+07:00"),
    ("IRKT", "+08:00"),
    ("YAKT", "+09:00"),
    ("VLAT", "+10:00"),
    ("MAGT", "+11:00"),
    ("PETT", "+12:00"),
    ("MUT", "+04:00"),
    ("SCT", "+04:00"),
    ("RET", "+04:00"),
    ("CVT", "-01:00"),
    ("MVT", "+05:00"),
    ("GFT", "-03:00"),
    ("SRT", "-03:00"),
    ("GYT", "-04:00"),
    ("FNT", "-02:00"),
    ("PYT", "-03:00"),
    # named for no season: December is summer in Sydney and Auckland
    ("AET", "+11:00"),
    ("NZT", "+13:00"),
]


@pytest.mark.parametrize(("zone", "offset"), ZONES)
def test_a_record_time_with_the_regions_abbreviation_is_that_moment(
    tmp_path: Path, zone: str, offset: str
) -> None:
    found = _record_date(tmp_path, "https://news.example/a", f"4 Dec 2026 11:02 {zone}")
    assert found is not None and len(found) > 10, found
    assert datetime.fromisoformat(found) == datetime.fromisoformat(f"2026-12-04T11:02:00{offset}")


def test_the_seasons_of_a_zone_named_for_neither_are_its_regions() -> None:
    from clipper.read.declareddates import declared_date

    assert declared_date("4 Jul 2026 11:02 AET")[0] == "2026-07-04T11:02:00+10:00"
    assert declared_date("4 Jul 2026 11:02 NZT")[0] == "2026-07-04T11:02:00+12:00"


def test_an_abbreviation_whose_offset_changed_is_read_at_the_date() -> None:
    from clipper.read.declareddates import declared_date

    # Kazakhstan's ALMT was UTC+6 until March 2024 and is +5 since (dates52: it was left unread
    # as either; zoneinfo's Asia/Almaty says which at the date)
    assert declared_date("4 Dec 2026 11:02 ALMT")[0] == "2026-12-04T11:02:00+05:00"
    assert declared_date("4 Dec 2023 11:02 ALMT")[0] == "2023-12-04T11:02:00+06:00"
    # an abbreviation no table lists still keeps the day
    assert declared_date("4 Dec 2026 11:02 QQT")[0] == "2026-12-04"


def _page(lang: str, meta: str) -> bytes:
    dump = DUMPS[lang]
    paragraphs = "".join(f"<p>{p}</p>" for p in dump.body)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{dump.title}'
        f"</title></head><body><article><h1>{dump.title}</h1><div class='meta'>{meta}</div>"
        f"{paragraphs}</article><footer>© 2026</footer></body></html>"
    ).encode()


def _clean(body: bytes, url: str) -> Article:
    page = RawPage(origin="t/p.html", kind="html", body=body, url=url, fetched_at=FETCHED)
    result = clean_page(page, CONFIG)
    assert isinstance(result, Article)
    return result


# (language, address, the posting line, the update line, published, updated: a zoneless time
# is stored as written)
BROKEN = [
    (
        "id",
        "https://berita.example.id/a",
        "Minggu, 6 Desember 2026 14:30 WIB",
        "Diperbarui: Minggu, 6 Desember 2026 17:05 WIB",
        "2026-12-06T14:30:00+07:00",
        "2026-12-06T17:05:00+07:00",
    ),
    (
        "id",
        "https://berita.example.id/b",
        "Minggu, 6 Desember 2026 14:30 WIB",
        "Updated: Minggu, 6 Desember 2026 17:05 WIB",
        "2026-12-06T14:30:00+07:00",
        "2026-12-06T17:05:00+07:00",
    ),
    (
        "en",
        "https://www.paper.example.my/a",
        "Sunday, 06 Dec 2026 4:10 PM MYT",
        "Updated: Sunday, 06 Dec 2026 7:45 PM MYT",
        "2026-12-06T16:10:00+08:00",
        "2026-12-06T19:45:00+08:00",
    ),
    (
        "de",
        "https://zeitung.example.de/a",
        "06.12.2026, 14:30 Uhr",
        "Aktualisiert am 06.12.2026, 17:05 Uhr",
        "2026-12-06T14:30:00",
        "2026-12-06T17:05:00",
    ),
    (
        "es",
        "https://diario.example.es/a",
        "6 de diciembre de 2026, 14:30",
        "Actualizado el 6 de diciembre de 2026 a las 17:05",
        "2026-12-06T14:30:00",
        "2026-12-06T17:05:00",
    ),
]


def _moment(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


@pytest.mark.parametrize(("lang", "url", "posted", "update", "published", "updated"), BROKEN)
@pytest.mark.parametrize("element", ["time", "span", "p"])
def test_a_posting_time_and_its_update_broken_by_a_br_are_both_read(
    lang: str, url: str, posted: str, update: str, published: str, updated: str, element: str
) -> None:
    broken = _clean(_page(lang, f"<{element}>{posted}<br>{update}</{element}>"), url)
    apart = _clean(_page(lang, f"<{element}>{posted}</{element}><p>{update}</p>"), url)
    assert (_moment(apart.published), _moment(apart.updated)) == (
        _moment(published),
        _moment(updated),
    )
    assert (_moment(broken.published), _moment(broken.updated), broken.date_source) == (
        _moment(published),
        _moment(updated),
        "declared",
    )


def test_a_br_inside_a_date_line_s_own_markup_keeps_its_parts_tails() -> None:
    meta = (
        "<time><b>Minggu</b>, 6 Desember 2026 <i>14:30</i> WIB<br/><em>Diperbarui:</em> "
        "Minggu, 6 Desember 2026 17:05 WIB</time>"
    )
    page = _clean(_page("id", meta), "https://berita.example.id/c")
    assert page.published == "2026-12-06T14:30:00+07:00"
    assert page.updated == "2026-12-06T17:05:00+07:00"
