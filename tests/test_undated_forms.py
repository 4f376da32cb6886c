"""Date forms that ended undated or day-only, silently (newcomer 22, finding 15): an HTML
page's meta date in RFC 2822, epoch seconds or a script's own digits; a site's dateline over a
record's text ("Kabar Nusantara - 28/11/2026, 14:30 WIB"), its time and zone kept; a press
release's lede dateline; and a date line the cleaner drops without reading it, counted among
"dates not read".  Invented pages and texts."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.clean import clean_page
from clipper.clocktimes import clock_time
from clipper.config import CleanConfig
from clipper.models import Page
from clipper.page import Article, RawPage
from clipper.read.declareddates import declared_date
from clipper.textdump import clean_text_dump
from tests.conftest import build

BODY = (
    "Warga pesisir utara Kota Tegalsari kembali mengungsi setelah air pasang merendam "
    "ratusan rumah dan memutus jalan menuju pelabuhan ikan pada Sabtu pagi.",
    "Petugas penanggulangan bencana mengerahkan enam pompa portabel dan perahu karet untuk "
    "membantu warga lanjut usia keluar dari kawasan yang tergenang.",
    "Badan cuaca memperkirakan pasang maksimum masih terjadi hingga Selasa, sehingga warga "
    "diminta tidak kembali ke rumah sebelum air surut sepenuhnya.",
)
FETCHED = datetime(2026, 11, 30, 12, tzinfo=UTC)


def _page(meta: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    return (
        '<html lang="id"><head><meta charset="utf-8"><title>Rob rendam Tegalsari</title>'
        f'<meta property="article:published_time" content="{meta}"></head><body><article>'
        f"<h1>Rob rendam Tegalsari</h1>{paragraphs}</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    ("meta", "published"),
    [
        # RFC 2822, as records' dates are read
        ("Sat, 28 Nov 2026 14:30:00 +0700", "2026-11-28T14:30:00+07:00"),
        # epoch seconds (2026-11-28T07:30:00Z)
        ("1795851000", "2026-11-28T07:30:00+00:00"),
        # a CMS that localises its meta values: Arabic-Indic, Persian and Bengali digits
        ("٢٠٢٦-١١-٢٨T١٤:٣٠:٠٠+٠٣:٠٠", "2026-11-28T14:30:00+03:00"),
        ("۲۰۲۶-۱۱-۲۸T۱۴:۳۰:۰۰+۰۵:۰۰", "2026-11-28T14:30:00+05:00"),
        ("২০২৬-১১-২৮T১৪:৩০:০০+০৬:০০", "2026-11-28T14:30:00+06:00"),
    ],
)
def test_a_meta_date_in_another_form_is_declared_with_its_time(meta: str, published: str) -> None:
    page = clean_page(RawPage("p.html", "html", _page(meta)), CleanConfig())
    assert isinstance(page, Article)
    assert (page.published, page.date_source) == (published, "declared")


def test_a_meta_date_with_a_zone_no_one_knows_declares_its_day_alone() -> None:
    # "IST": India's, Ireland's or Israel's: a time read in any of them may be hours off
    page = clean_page(RawPage("p.html", "html", _page("28 Nov 2026 14:30 IST")), CleanConfig())
    assert isinstance(page, Article)
    assert (page.published, page.date_source) == ("2026-11-28", "declared")


@pytest.mark.parametrize(
    "line",
    [
        "Kabar Tegalsari - 28/11/2026, 14:30 WIB",  # the site's name, a dash, the date-time
        "Sabtu, 28 November 2026 | 14:30 WIB",  # weekday, date, bar, time
        "Diterbitkan: Sabtu, 28 Nov 2026 14:30 WIB",  # a "published" label: time kept now
    ],
)
def test_a_site_s_dateline_over_a_record_s_text_dates_it_with_time_and_zone(line: str) -> None:
    cleaned = clean_text_dump("\n\n".join([line, *BODY]), "Rob rendam Tegalsari", FETCHED)
    assert cleaned.published == "2026-11-28T14:30:00+07:00"
    assert cleaned.paragraphs == list(BODY)


def test_an_updated_line_is_never_the_posting_time() -> None:
    # beside a bare date (the site's "today" or the page's): neither is taken; alone, the
    # update dates the page (tests/test_dump_date_labels.py)
    cleaned = clean_text_dump(
        "\n\n".join(["Diperbarui: Sabtu, 28 November 2026 | 14:30 WIB", "27 November 2026", *BODY]),
        "Rob rendam Tegalsari",
        FETCHED,
    )
    assert cleaned.published is None
    assert cleaned.date_unread == "Diperbarui: Sabtu, 28 November 2026 | 14:30 WIB"


@pytest.mark.parametrize(
    ("lede", "day"),
    [
        ("TEGALSARI BARAT, 26 November 2026 – PT Samudra Hijau Energi Tbk meresmikan "
         "pembangkit listrik tenaga surya terapung di waduk kota itu pada Kamis.", "2026-11-26"),
        ("SPRINGFIELD, Nov. 26, 2026 /PRNewswire/ -- Harbourline Foods Inc. opened its third "
         "cold-storage plant on the river port on Thursday, the company said.", "2026-11-26"),
    ],
)
def test_a_press_release_lede_dateline_gives_its_day(lede: str, day: str) -> None:
    text = "\n\n".join(["SIARAN PERS", "PLTS terapung diresmikan", lede, *BODY[1:]])
    assert clean_text_dump(text, latest=FETCHED).published == day


def test_a_lede_opening_with_a_place_but_no_date_gives_none() -> None:
    text = "\n\n".join(["Rob rendam Tegalsari", "TEGALSARI - " + BODY[0], *BODY[1:]])
    assert clean_text_dump(text, latest=FETCHED).published is None


def test_a_date_line_dropped_unread_is_counted(tmp_path: Path) -> None:
    """A bare date over the text (the site's "today" as often as the page's): dropped, the
    page undated, and the run says so; a line that gives the date dates the page, uncounted."""
    records = [
        {"url": "https://kabar.example/a", "title": "Rob rendam Tegalsari",
         "text": "\n\n".join(["Sabtu, 28 November 2026", *BODY])},
        {"url": "https://kabar.example/b", "title": "Rob rendam Tegalsari lagi",
         "text": "\n\n".join(["Kabar Tegalsari - 28/11/2026, 14:30 WIB",
                              *(p.replace("Sabtu", "Minggu") for p in BODY)])},
    ]
    path = tmp_path / "np4k.json"
    path.write_text(json.dumps(records))
    archive, summary = build(tmp_path / "a.db", [path])
    with archive.sessions() as session:
        dates = dict(session.execute(select(Page.url, Page.published)).all())
    assert dates == {"https://kabar.example/a": None,
                     "https://kabar.example/b": "2026-11-28T07:30:00"}
    assert summary.dates_unread == 1
    (example,) = [e for e in summary.examples if e["reason"] == "date-unread"]
    assert example["origin"] == f"{path}:1"
    assert "Sabtu, 28 November 2026" in example["detail"]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        # Urdu: "in the evening" after the time (finding 8's leftover), in Urdu's digits
        ("۲۷ نومبر ۲۰۲۶، ۰۶:۴۵ شام", "2026-11-27T18:45:00"),
        ("27 نومبر 2026، 06:45 صبح", "2026-11-27T06:45:00"),
        # Bengali and Hindi: the part of the day before the time
        ("৩০ নভেম্বর ২০২৬, সন্ধ্যা ৬:৩০", "2026-11-30T18:30:00"),
        ("14 मई 2025 शाम 6:10 बजे", "2025-05-14T18:10:00"),
    ],
)
def test_a_time_said_with_its_part_of_the_day_is_read(written: str, read: str) -> None:
    assert declared_date(written) == (read, None)


def test_night_is_left_unsaid_which_side_of_midnight() -> None:
    assert clock_time("27 نومبر 2026، 02:00 رات") == "27 نومبر 2026، 02:00 رات"
