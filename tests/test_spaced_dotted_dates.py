"""A day-first date with a dot after the day and the month and a space after a dot ("la 5.12.
2026 klo 14.30", "5.12. 2026", "5. 12. 2026", "05. 12. 2026 14:30"), as Finnish, German,
Czech, Slovak and Croatian print write it: read day first (a dotted date is, on every page) in a
record's date field, a text dump's date line and an HTML page's (dates44: the Finnish forms were
unread, and htmldate's reading of "5.12. 2026" under a headline, 12 May, dated the page).
Invented pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.clean import clean_page
from clipper.config import CleanConfig
from clipper.numericdates import dotted_swapped, local_numeric_date
from clipper.page import Article, RawPage
from tests.test_local_dates import TEXT, _read

_FETCHED = "2026-12-06T08:00:00+00:00"
_BODY = (
    "The harbour board approved a new ferry timetable for the winter months after a long "
    "meeting on Tuesday evening that ran past midnight.",
    "Crossings to the island will run every ninety minutes from the first of January, the "
    "board said, and the late boat on Fridays is kept.",
)
_LINES = [
    ("fi", "la 5.12. 2026 klo 14.30", "2026-12-05T14:30"),
    ("fi", "5.12. 2026", "2026-12-05"),
    ("de", "5. 12. 2026", "2026-12-05"),
    ("de", "05. 12. 2026 14:30", "2026-12-05T14:30"),
    ("cs", "5. 12. 2026 14:30", "2026-12-05T14:30"),
    ("hr", "5. 12. 2026.", "2026-12-05"),
    ("en", "5.12. 2026", "2026-12-05"),  # dotted: day first on an English page too
]


@pytest.mark.parametrize(
    ("value", "rewritten"),
    [
        ("la 5.12. 2026 klo 14.30", "2026-12-05 klo 14:30"),
        ("5.12. 2026", "2026-12-05"),
        ("5. 12. 2026", "2026-12-05"),
        ("05. 12. 2026 14:30", "2026-12-05 14:30"),
        ("5. 13. 2026", "5. 13. 2026"),  # no 13th month
        ("Abschnitt 5. 12. 20267", "Abschnitt 5. 12. 20267"),  # no year
    ],
)
def test_the_spaced_dotted_date_is_written_iso(value: str, rewritten: str) -> None:
    assert local_numeric_date(value) == rewritten


def test_htmldates_reading_of_it_is_the_swapped_day() -> None:
    assert dotted_swapped("5.12. 2026") == "2026-05-12"
    assert dotted_swapped("05. 12. 2026 14:30") == "2026-05-12"
    assert dotted_swapped("05.12.2026") == "2026-05-12"
    assert dotted_swapped("5.5. 2026") is None  # either reading is the same day
    assert dotted_swapped("05/12/2026") is None  # slashes: the page's order decides


def _html(lang: str, line: str) -> Article:
    body = "".join(f"<p>{p}</p>" for p in _BODY)
    html = (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Ferry pier'
        ' closes</title></head><body><article><h1>Ferry pier closes</h1>'
        f'<p class="date">{line}</p>{body}</article></body></html>'
    )
    raw = RawPage(
        origin="t", kind="html", body=html.encode(), url="https://quay.example/news/pier",
        fetched_at=_FETCHED,
    )  # fmt: skip
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _dump(lang: str, line: str) -> Article:
    body = "Ferry pier closes for winter\n\n" + line + "\n\n" + "\n\n".join(_BODY) + "\n"
    raw = RawPage(origin="d.txt", kind="text", body=body, fetched_at=_FETCHED, language=lang)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


def _record(tmp_path: Path, lang: str, line: str) -> Article:
    path = tmp_path / "a.jsonl"
    record = {
        "url": "https://quay.example/news/pier", "text": TEXT, "language": lang,
        "published": line, "fetched_at": _FETCHED,
    }  # fmt: skip
    path.write_text(json.dumps(record) + "\n")
    (raw,) = _read(path)
    article = clean_page(raw, CleanConfig())
    assert isinstance(article, Article), article
    return article


@pytest.mark.parametrize(("lang", "line", "read"), _LINES)
def test_an_html_pages_date_line_reads_day_first(lang: str, line: str, read: str) -> None:
    assert (_html(lang, line).published or "")[: len(read)] == read


@pytest.mark.parametrize(("lang", "line", "read"), _LINES)
def test_a_dumps_date_line_reads_day_first(lang: str, line: str, read: str) -> None:
    assert (_dump(lang, line).published or "")[: len(read)] == read


@pytest.mark.parametrize(("lang", "line", "read"), _LINES)
def test_a_records_date_field_reads_day_first(
    tmp_path: Path, lang: str, line: str, read: str
) -> None:
    published = _record(tmp_path, lang, line).published or ""
    assert published.replace(" ", "T")[: len(read)] == read
