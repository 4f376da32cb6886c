"""A version stored undated, before the reading that dates its page arrives, is numbered by the
date it then takes, not by when clipper saw it (newcomer 31's finding F-I/F-J: a station's
page first read from a feed whose "Posted: …" line was not read, then fetched again with two
update paragraphs the next night, was "version 2" read in date order and "version 1" read
in reverse; the cluster's canonical and story followed it).

Invented records of one address: night 1 a feed's reading with no date and no fetch time (at
a ``?utm_source=`` spelling of the address), night 2 the crawler's reading with its
publication time, fetch time and two paragraphs added.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import text

from clipper.archive import open_archive
from tests.conftest import build

URL = "https://kbtn-news.example/news/local/mill-closing"
BODY = [
    "Workers at the Harlow paper mill learned on Tuesday morning that the plant will close "
    "in the spring, ending 112 years of paper making on the river.",
    "The owner, Northfield Fiber, said falling demand for coated paper left it no choice, "
    "and that about 260 jobs would end by the last week of April.",
    "The mayor said the town would ask the state for help retraining workers and would look "
    "for a buyer who could keep at least one of the two machines running.",
]
UPDATE = [
    "Update: The union said on Wednesday it would ask the company to delay the closing until "
    "the end of the school year so that families are not forced to move mid-term.",
    "Update: Northfield Fiber said it would meet union leaders next week.",
]
NIGHTS = {
    "n1": {"url": URL + "?utm_source=facebook&utm_medium=social", "title": "Harlow mill to close",
           "body": "\n\n".join(BODY), "source": "KBTN"},
    "n2": {"url": URL, "title": "Harlow mill to close", "body": "\n\n".join(BODY + UPDATE),
           "published": "2026-12-01T09:15:00-06:00", "date_download": "2026-12-02T14:00:00Z",
           "source": "KBTN"},
}


def _versions(tmp_path: Path, order: list[str]) -> dict[int, tuple[int, str | None]]:
    db = tmp_path / ("-".join(order) + ".db")
    for night in order:
        dump = tmp_path / "-".join(order) / night
        dump.mkdir(parents=True)
        (dump / "feed.jsonl").write_text(json.dumps(NIGHTS[night]) + "\n", encoding="utf-8")
        archive, _ = build(db, [dump])
        archive.close()
    archive = open_archive(str(db))
    try:
        with archive.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT word_count, version, published FROM pages ORDER BY word_count")
            ).all()
    finally:
        archive.close()
    return {words: (version, published) for words, version, published in rows}


def test_the_undated_first_reading_is_version_1_whichever_night_is_read_first(
    tmp_path: Path,
) -> None:
    in_order = _versions(tmp_path, ["n1", "n2"])
    reversed_ = _versions(tmp_path, ["n2", "n1"])
    assert in_order == reversed_
    (short, long_) = sorted(in_order)
    # the feed's reading is the earlier text (the crawler's adds the update), and takes the
    # page's publication date from the dated reading
    assert in_order[short] == (1, "2026-12-01T15:15:00")
    assert in_order[long_] == (2, "2026-12-01T15:15:00")
