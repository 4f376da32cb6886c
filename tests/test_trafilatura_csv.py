"""trafilatura's own CSV output (``trafilatura --csv``: headerless tab-separated rows of url, id,
fingerprint, hostname, title, image, date, text, comments, license, pagetype; ``null`` for a
missing value).  Newcomer 23's finding 34: the whole file was rejected ``no-body``, its first
record taken for column names (``clipper.read.tables.is_trafilatura_row``)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from clipper.read.tables import is_trafilatura_row

_ROWS = [
    [
        "https://harbour-gazette.example/ferry-timetable",
        "null",
        "5c1e0a7d33b2f914",
        "harbour-gazette.example",
        "Winter ferry timetable cuts the late crossing",
        "null",
        "2026-11-30",
        "Winter ferry timetable cuts the late crossing\nThe harbour board said on Monday that the "
        'last crossing at 23:40 ends on 1 December, citing "too few passengers".\nThe 22:10 '
        "boat will run every day until March.",
        "null",
        "null",
        "null",
    ],
    [
        "https://valley-post.example/library-hours",
        "null",
        "9a02be11c4d07e63",
        "valley-post.example",
        "Library opens on Sundays",
        "https://valley-post.example/img/library.jpg",
        "null",
        "Library opens on Sundays\nThe town library opens from 10:00 to 16:00 on Sundays from "
        "January, the council said.",
        "null",
        "CC BY 4.0",
        "article",
    ],
]


def _trafilatura_csv() -> str:
    # as trafilatura.xml.xmltocsv writes each record: tab-separated, minimal quoting, CRLF
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(_ROWS)
    return out.getvalue()


def test_trafilatura_rows_are_known_by_their_shape() -> None:
    assert all(is_trafilatura_row(row) for row in _ROWS)
    header = [
        "url",
        "id",
        "fingerprint",
        "hostname",
        "title",
        "image",
        "date",
        "text",
        "c",
        "license",
        "pagetype",
    ]
    assert not is_trafilatura_row(header)  # a table with a header row
    assert not is_trafilatura_row(_ROWS[0][:10])


def test_a_trafilatura_csv_is_read_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "out.csv"
    path.write_text(_trafilatura_csv(), encoding="utf-8", newline="")
    rejections: list[Rejection] = []
    pages: list[RawPage] = list(read_pages([path], ReadLimits(), rejections.append))
    assert rejections == []
    assert [p.url for p in pages] == [row[0] for row in _ROWS]
    first, second = pages
    assert first.origin.endswith("out.csv:1") and second.origin.endswith("out.csv:2")
    assert first.title == "Winter ferry timetable cuts the late crossing"
    assert first.site == "harbour-gazette.example" and first.published == "2026-11-30"
    assert isinstance(first.body, str) and '"too few passengers"' in first.body
    assert second.published is None  # "null" is no value, not a date left unread
    assert second.date_unread is None
