"""Zone names news sources print after a time that dateutil does not read (newcomer 23, finding
28): Turkish agencies' "TSİ"/"(TSI)" (Türkiye saati), Iran's "IRST", Russian "мск" in lower
case, "臺北時間" after a Taiwanese time, a parenthesised "(MSK)".  The whole date was dropped
(counted unread); now each is read at its zone's offset.  Invented records."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from clipper.read.zones import zone_written_as_offset
from tests.test_read_fields import TEXT, _jsonl, _read


@pytest.mark.parametrize(
    ("language", "written", "read"),
    [
        ("tr", "03.12.2026 14:30 TSİ", "2026-12-03T14:30:00+03:00"),
        ("tr", "03.12.2026 14:30 (TSI)", "2026-12-03T14:30:00+03:00"),
        ("tr", "3 Aralık 2026 09:05 TSİ", "2026-12-03T09:05:00+03:00"),
        ("fa", "2026-12-03 14:30 IRST", "2026-12-03T14:30:00+03:30"),
        ("ru", "03.12.2026 14:30 мск", "2026-12-03T14:30:00+03:00"),
        ("ru", "3 декабря 2026, 14:30 мск", "2026-12-03T14:30:00+03:00"),
        ("ru", "03.12.2026 14:30 (MSK)", "2026-12-03T14:30:00+03:00"),
        ("zh", "2026-12-03 14:30 臺北時間", "2026-12-03T14:30:00+08:00"),
        ("vi", "03.12.2026 14:30 ICT", "2026-12-03T14:30:00+07:00"),
    ],
)  # fmt: skip
def test_a_zone_name_sources_print_is_read(
    tmp_path: Path, language: str, written: str, read: str
) -> None:
    record = {"text": TEXT, "url": "https://wire.example/a", "language": language}
    (page,), rejected = _read(_jsonl(tmp_path, {**record, "published": written}))
    assert not rejected
    assert page.date_unread is None
    assert page.published is not None
    assert datetime.fromisoformat(page.published) == datetime.fromisoformat(read)


@pytest.mark.parametrize(
    "written",
    ["03.12.2026, 14:30 Uhr", "3 Dec 2026 2:30 pm", "03.12.2026 14:30 XYZ", "14 мая 2025 г."],
)
def test_other_words_after_a_time_stay_as_written(written: str) -> None:
    assert zone_written_as_offset(written) == written
