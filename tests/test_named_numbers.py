"""A number a word before it names as something else ("Version 2.1.14", "v3.4.2026", "§
3.12.2026", "Firmware 1.2.26", "Build 2026.12.03") is no date line, though its numbers make a
calendar day: a text dump's header holding one is not counted among "dates not read", nor
dated by it, nor is an HTML page (bare34: "Version 2.1.14" in an undated dump's header was
counted as a date not read).  A date line's date is the line, with at most a label, a weekday,
a place or a time.  Invented lines in the shapes of software release notes, standards and
legal pages, and news datelines."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.dumpdates import date_looking
from clipper.linedates import line_date
from clipper.page import Article, RawPage
from clipper.textdump import clean_text_dump

HEADLINE = "Harbour board publishes the new berth allocation software"
BODY = (
    "The harbour board of Saltmarsh Quay released on Wednesday the software its pilots use to "
    "allocate berths, after a year in which two ferries were sent to the same quay.",
    "The board said the new release checks each booking against the tide tables and warns the "
    "duty pilot when two vessels would need the same berth within an hour.",
)
FETCHED = datetime(2026, 12, 5, 9, tzinfo=UTC)

NAMED_NUMBERS = [
    "Version 2.1.14",
    "version 3.12.26",
    "v3.4.2026",
    "Release 12.03.26",
    "Firmware 1.2.26",
    "Build 2026.12.03",
    "Section 3.12.26",
    "Rule 4.1.2026",
    "§ 3.12.2026",
    "§3.12.26",
    "#1.2.26",
    "Patch 10.11.12",
    "Versão 2.1.14",
    "Artikel 3.12.2026",
]
# ... while these stay date lines, read (or counted, where nothing settles their order or
# their time's zone) as before: a label, a weekday, a place, a site's name set off by a dash, a
# byline before a time
DATE_LINES = {
    "Posted 03/12/2026": None,
    "Thu 03/12/26": None,
    "BERLIN, 03.12.2026": "2026-12-03",
    "BERLIN 03.12.2026": None,
    "Veröffentlicht am 03.12.2026": "2026-12-03",
    "Kabar Nusantara - 28.11.2026": "2026-11-28",
    "Jane Doe | 03.12.2026 14:30": "2026-12-03T14:30:00",
    "Jane Doe 03.12.2026 14:30": None,
    # a word no list names as a number's (a place, a label, a byline without a separator, a
    # word naming the date the text was current) leaves the line a date line
    "Berlin 03.12.2026": None,
    "Datum 03.12.2026": None,
    "Jane Doe 03.12.2026": None,
    "Stand 03.12.2026": "2026-12-03",
}


def test_a_named_number_is_no_date_line_where_a_date_line_stays_one() -> None:
    assert [line for line in NAMED_NUMBERS if date_looking(line) or line_date(line)] == []
    assert {line: (date_looking(line), line_date(line)) for line in DATE_LINES} == {
        line: (True, read) for line, read in DATE_LINES.items()
    }


@pytest.mark.parametrize("line", NAMED_NUMBERS)
def test_an_undated_dumps_header_of_a_named_number_is_not_counted(line: str) -> None:
    cleaned = clean_text_dump("\n\n".join([HEADLINE, line, *BODY]), latest=FETCHED)
    assert (cleaned.published, cleaned.date_unread) == (None, None), line


def test_an_html_page_with_a_named_number_under_its_headline_is_not_counted() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HEADLINE}</title>'
        f'</head><body><article><h1>{HEADLINE}</h1><p class="release">Version 2.1.14</p>'
        f"{paragraphs}</article></body></html>"
    ).encode()
    result = clean_page(
        RawPage(origin="t/p.html", kind="html", body=page, fetched_at="2026-12-05T01:58:00"),
        CleanConfig(),
    )
    assert isinstance(result, Article)
    assert (result.published, result.date_unread) == (None, None)
