"""A record's date written as 14 digits, YYYYMMDDHHMMSS (GDELT's ``DATE``, a Wayback or CDX
timestamp), as a JSON number or a string, is that day and time: as a number it was read as
epoch milliseconds (20240601100000 → 2611-05-27), as a string not at all.  GDELT's DOC API
records (``seendate``: when GDELT first saw the article) are dated by that time as a fetch
time, so a date-filtered search finds them.  The field case ``jsonl-cc-news-fields`` in other
exports (session 34's probes).  Invented records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.read.declareddates import declared_date
from tests.conftest import records_archive

BODY = "\n".join([
    "The county's oldest lido will reopen this summer after a two-year restoration paid for "
    "largely by a community share offer, its trustees said on Thursday.",
    "More than 1,800 people bought shares, raising 640,000 pounds towards a new filtration "
    "plant, heated changing rooms and repairs to the art deco diving stage.",
    "The pool, built in 1936, closed in 2022 when its filters failed.",
])  # fmt: skip


def _record(n: int, **fields: Any) -> dict[str, Any]:
    return {"url": f"https://wyvern-weekly.example/news/lido-{n}",
            "title": "Art deco lido to reopen after community raises 640,000 pounds",
            "text": BODY, **fields}  # fmt: skip


def _exported(db: Path) -> dict[str, dict[str, Any]]:
    out = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert out.exit_code == 0, out.output
    return {(p := json.loads(line))["url"][-1]: p for line in out.output.splitlines()}


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        (20240601100000, "2024-06-01T10:00:00"),
        ("20240601100000", "2024-06-01T10:00:00"),
        ("19991231235959", "1999-12-31T23:59:59"),
        ("20241301000000", None),  # no 13th month: left unread, as any garbage is
        (1717236000000, "2024-06-01T10:00:00+00:00"),  # epoch milliseconds still
    ],
)
def test_fourteen_digits_are_a_day_and_time(value: object, iso: str | None) -> None:
    assert declared_date(value)[0] == iso


def test_gdelt_records_are_dated(tmp_path: Path) -> None:
    records = {
        "event": _record(1, DATE=20240601100000),
        "doc-api": _record(2, seendate="20240601T100000Z", domain="wyvern-weekly.example",
                           language="English", sourcecountry="United Kingdom"),
    }  # fmt: skip
    for name, record in records.items():
        (tmp_path / name).mkdir()
        db = records_archive(tmp_path / name, [record])
        (page,) = _exported(db).values()
        if name == "event":
            assert page["published"] == "2024-06-01T10:00:00"
        else:
            assert page["published"] is None  # GDELT saw it then; the page states no date
            assert page["fetched_at"] == "2024-06-01T10:00:00+00:00"
        asked = ["--since", "2024-06-01", "--until", "2024-06-02", "lido"]
        found = CliRunner().invoke(cli, ["search", "--db", str(db), "--json", *asked])
        assert found.exit_code == 0, found.output
        assert len(found.output.splitlines()) == 1, name
