"""A zone abbreviation several zones write (newcomer 22, finding 19): "15:28 BST" on a Dhaka
report in November was stored 14:28 UTC as British Summer Time (Bangladesh Standard Time is
UTC+6; the UK is on GMT in November), "15:28 AST" on a Riyadh one 19:28 UTC as Atlantic time
(Arabia's is UTC+3), and nothing said so.  Now the page's language or its address's country
code names the zone; without one BST is British only when the UK goes by BST that day, and AST
and IST keep their day alone (newcomer 24 finding 6: a zone not known no longer leaves the page
undated; no time of day that could be hours off is stored).  Invented records."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_read_fields import TEXT, _jsonl, _read


@pytest.mark.parametrize(
    ("language", "url", "written", "read"),
    [
        ("bn", "https://dhaka.example/a", "30 Nov 2026, 03:28 PM BST", "2026-11-30T15:28:00+06:00"),
        ("en", "https://dhaka.example.bd/a", "2026-11-30 15:28 BST", "2026-11-30T15:28:00+06:00"),
        ("en", "https://news.example/a", "15 July 2026 15:28 BST", "2026-07-15T15:28:00+01:00"),
        ("ar", "https://riyadh.example/a", "2026-11-30 15:28 AST", "2026-11-30T15:28:00+03:00"),
        ("en", "https://gulf.example.sa/a", "2026-11-30 15:28 AST", "2026-11-30T15:28:00+03:00"),
        ("en", "https://hfx.example.ca/a", "2026-11-30 15:28 AST", "2026-11-30T15:28:00-04:00"),
        ("hi", "https://del.example/a", "30 Nov 2026, 10:30 AM IST", "2026-11-30T10:30:00+05:30"),
        ("hi", "https://del.example/a", "३० नवंबर २०२६, 10:30 AM IST", "2026-11-30T10:30:00+05:30"),
        ("he", "https://tlv.example/a", "2026-11-30 15:28 IST", "2026-11-30T15:28:00+02:00"),
        ("zh", "https://bj.example/a", "2026-11-30 15:28 CST", "2026-11-30T15:28:00+08:00"),
        ("en", "https://chicago.example/a", "2026-11-30 15:28 CST", "2026-11-30T15:28:00-06:00"),
    ],
)  # fmt: skip
def test_a_shared_abbreviation_is_read_as_the_pages_zone(
    tmp_path: Path, language: str, url: str, written: str, read: str
) -> None:
    record: dict[str, object] = {
        "text": TEXT,
        "url": url,
        "language": language,
        "published": written,
    }
    (page,), rejected = _read(_jsonl(tmp_path, record))
    assert not rejected
    assert (page.published, page.date_unread) == (read, None)


@pytest.mark.parametrize(
    "written",
    ["2026-11-30 15:28 BST", "30 November 2026 3:28 PM BST", "2026-11-30 15:28 AST",
     "30 Nov 2026, 10:30 AM IST", "November 30, 2026 5:32 p.m. IST"],
)  # fmt: skip
def test_a_shared_abbreviation_no_page_names_keeps_the_day_alone(
    tmp_path: Path, written: str
) -> None:
    record: dict[str, object] = {
        "text": TEXT,
        "url": "https://wire.example/a",
        "language": "en",
        "published": written,
    }
    (page,), rejected = _read(_jsonl(tmp_path, record))
    assert not rejected
    assert (page.published, page.date_unread) == ("2026-11-30", None)
