"""Times of day written with a dot, after the word the language puts before them ("klo", "kl.",
"kell", "o", "ob", "u", "в", "plkst."), and the month names of the European Union's languages
clipper has no furniture table for (newcomer 29 finding 8: a Finnish record's "3.12.2026 klo
14.32" and a dump's "Päivitetty: 4.12.2026 klo 16.32" were stored undated).  Invented values,
records and dumps."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clipper.read.declareddates import declared_date
from tests.test_local_dates import TEXT, _read

READ = [
    # a numeric date, its time with a dot after the language's "at"
    ("fi", "7.11.2026 klo 9.05", "2026-11-07T09:05:00"),
    ("fi", "Julkaistu 7.11.2026 kello 21.40", "2026-11-07T21:40:00"),
    ("da", "07.11.2026 kl. 09.05", "2026-11-07T09:05:00"),
    ("sv", "7.11.2026 kl. 18.15", "2026-11-07T18:15:00"),
    ("fi", "7.11.2026 18.15", "2026-11-07T18:15:00"),  # no word at all
    # month names of languages without a furniture table
    ("et", "7. november 2026 kell 18.15", "2026-11-07T18:15:00"),
    ("et", "7. novembril 2026 kell 18:15", "2026-11-07T18:15:00"),  # adessive month
    ("lv", "2026. gada 7. novembrī plkst. 18.15", "2026-11-07T18:15:00"),  # year first
    ("lt", "2026 m. lapkričio 7 d. 18:15", "2026-11-07T18:15:00"),  # year, month, day
    ("sk", "7. novembra 2026 o 18.15", "2026-11-07T18:15:00"),
    ("sl", "7. novembra 2026 ob 18.15", "2026-11-07T18:15:00"),
    ("hr", "7. studenoga 2026. u 18.15", "2026-11-07T18:15:00"),
    ("sr", "7. новембар 2026. у 18.15", "2026-11-07T18:15:00"),
    ("sr", "7. novembar 2026. u 18.15", "2026-11-07T18:15:00"),
    ("bg", "7 ноември 2026 г., 18:15 ч.", "2026-11-07T18:15:00"),
    ("hu", "2026. november 7. 18:15", "2026-11-07T18:15:00"),
]
# A Polish and a Czech "listopad" is November, a Croatian one October: read so on a page of
# the language (tests/test_month_collisions.py), unread on a page of none
OF_THEIR_LANGUAGE = [
    ("pl", "7 listopada 2026 o godz. 18.15", "2026-11-07T18:15:00"),
    ("cs", "7. listopadu 2026 18.15", "2026-11-07T18:15:00"),
]


@pytest.mark.parametrize(("language", "written", "read"), READ)
def test_a_dotted_time_and_a_neighbour_languages_month_are_read(
    language: str, written: str, read: str
) -> None:
    assert declared_date(written) == (read, None), language


@pytest.mark.parametrize(("language", "written", "read"), OF_THEIR_LANGUAGE)
def test_a_dotted_time_is_read_with_a_month_two_languages_name_on_a_page_of_one(
    language: str, written: str, read: str
) -> None:
    from clipper.read.zones import written_in

    with written_in(language, None):
        assert declared_date(written) == (read, None), language
    assert declared_date(written) == (None, written)


@pytest.mark.parametrize(
    "written",
    [
        "Mail 7, 2026",  # "mail" is Estonian May's adessive, and an English word: not a month
        "kl. 18.15",  # a time without a date
        "2026 18.15.3",  # no date: numbers
    ],
)
def test_what_is_no_date_stays_unread(written: str) -> None:
    assert declared_date(written)[0] is None


def test_a_record_and_a_dump_with_finnish_dotted_times_are_dated(tmp_path: Path) -> None:
    """The record's field and the dump's updated line, each with its time."""
    record = tmp_path / "night.jsonl"
    record.write_text(
        json.dumps({"url": "https://lehti.example/a/1", "text": TEXT,
                    "published": "6.11.2026 klo 7.45"}) + "\n"
    )  # fmt: skip
    dump = tmp_path / "lautta.txt"
    dump.write_text(
        "URL: https://lehti.example/a/2\nOtsikko: Lautta kulkee talvella harvemmin\n"
        "Päivitetty: 6.11.2026 klo 16.05\n\n" + TEXT + "\n",
        encoding="utf-8",
    )
    (read,) = _read(record)
    (dumped,) = _read(dump)
    assert (read.published, read.date_unread) == ("2026-11-06T07:45:00", None)
    # the dump's only date is its "Päivitetty:" (Updated) header line: the page's update, which
    # dates it (source "updated") when nothing gives its publication (7becdb7)
    assert (dumped.published, dumped.published_updated, dumped.date_unread) == (
        None, "2026-11-06T16:05:00", None,
    )  # fmt: skip
