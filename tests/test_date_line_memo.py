"""A dump's date lines are read once a process and kept (clipper.dumpdates' line memos): a
line's reading is kept for the page's language, country and region, so the same line on a page
of another language is read as that language writes dates, in whatever order they come."""

from __future__ import annotations

from datetime import datetime

import pytest

import clipper.furniture as furniture
import clipper.furniture.compiled as compiled
from clipper import paragraphs
from clipper.dumpdates import date_line_sized, dateline
from clipper.linedates import line_date
from clipper.read.zones import written_in

FETCHED = datetime(2026, 12, 5, 9, 0)
PAGES = {  # language tag → the day its pages mean by "12/03/2026"
    "en-US": "2026-12-03",
    "pt": "2026-03-12",
    "de": "2026-03-12",
}


def _read(tag: str, line: str) -> tuple[str | None, str | None]:
    with written_in(tag, "https://harbor.example/news/1", None):
        return line_date(line), dateline(line, FETCHED)


def test_a_kept_reading_is_the_pages_language_s():
    paragraphs.forget()
    line = "Published: 12/03/2026 14:30"
    for tag in ["en-US", "pt", "en-US", "de", "pt"]:
        when, day = _read(tag, line)
        assert when is not None and when[:10] == PAGES[tag], tag
        assert day is not None and day[:10] == PAGES[tag], tag


def test_a_line_without_a_digit_gives_no_date_in_any_language():
    paragraphs.forget()
    for tag in ["en", "ar", "fa", "th", "zh", "am", "ja"]:
        for line in ["Published: yesterday", "نُشر في", "Veröffentlicht am Montag", "发布时间："]:
            assert _read(tag, line) == (None, None), (tag, line)


def test_a_line_is_sized_alike_each_time_it_is_asked():
    paragraphs.forget()
    long_update = (
        "Veröffentlicht am 3. Dezember 2026 um 10:32 Uhr | Aktualisiert am 4. Dezember 2026 "
        "um 08:15 Uhr"
    )
    paragraph = " ".join(["The council met on 3 December 2026 and said"] * 3)
    for _ in range(2):
        assert date_line_sized(long_update)
        assert not date_line_sized(paragraph)


def test_a_head_line_s_date_look_is_read_once_a_page_language():
    # A line's look is kept by the line and the page's language (a language's own month names
    # count on its pages only: 280721d), never by the page's country: three pages of one
    # language in two countries read each line once; a page of another language once more.
    from clipper.dumpdates import _date_looking, date_looking

    paragraphs.forget()
    line = "ሕዳር 12 2019"  # an Ethiopian date: its day depends on the page's country, its look not
    pages = [("am", "https://news.example.er/1"), ("am", "https://news.example.et/1"),
             ("am", "https://news.example.et/2"), ("en", "https://news.example.com/1")]  # fmt: skip
    for tag, url in pages:
        with written_in(tag, url, None):
            assert date_looking(line)
            assert not date_looking("The council met on Tuesday")
    kept = _date_looking.cache_info()  # type: ignore[attr-defined]
    assert (kept.misses, kept.hits) == (4, 4)


def test_a_head_line_s_shape_is_read_once_for_every_headline_guess():
    from clipper.dumpheadlines import _shaped_not_a_headline, guess_title

    paragraphs.forget()
    head = ["Ferry schedule approved", "Photo: Harbor Wire / AFP"]
    body = ["The harbor council approved the ferry schedule on Tuesday, members said."]
    for _ in range(3):
        assert guess_title(head, body) == "Ferry schedule approved"
    assert _shaped_not_a_headline.cache_info().hits >= 4  # type: ignore[attr-defined]


def test_a_kept_reading_belongs_to_the_tables_it_was_read_by(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # bench/textdump.py reads its dumps with the English table alone, then with every table:
    # a labelled line's readings kept from the first (no German label known: no date, and the
    # labels counted as words) once left the second undated (eeaf1bc's memos, fundus 45 -> 40).
    from clipper.dumpdates import date_looking

    paragraphs.forget()
    posted = "Veröffentlicht am 3. Dezember 2026 um 10:32"
    with_update = (  # 23 words, 16 no date part by the English table, 12 by every table
        "Zuerst veröffentlicht am Mittwoch, 3. Dezember 2026 um 10:32 Uhr MEZ | Zuletzt "
        "aktualisiert am Donnerstag, 4. Dezember 2026 um 08:15 Uhr MEZ"
    )
    every = compiled.matchers()
    monkeypatch.setattr(compiled, "_ALL", compiled.compile_tables([furniture.TABLES["en"]]))
    assert dateline(posted, FETCHED) is None
    assert not date_line_sized(with_update)
    with written_in("de", "https://hafen.example/2026/kai", None):
        assert not date_looking(with_update)
    monkeypatch.setattr(compiled, "_ALL", every)
    assert dateline(posted, FETCHED) == "2026-12-03T10:32:00"
    assert line_date(posted) == "2026-12-03T10:32:00"
    assert date_line_sized(with_update)
    with written_in("de", "https://hafen.example/2026/kai", None):
        assert date_looking(with_update)
