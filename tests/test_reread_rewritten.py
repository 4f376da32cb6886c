"""A night read again from rewritten containers changes no page's record (newcomer 31's F-Q).

The same responses re-packed (a re-crawl's WARC with new WARC-Record-IDs, a tool that rewrote
the WARC and moved every record's offset, a feed file whose lines came in another order, a
folder of saved pages copied elsewhere with new modification times) are the same pages:
already archived, and ``export --changed-since`` of the run that re-read them is empty.  On
main e6aae43 a reading whose origin sorted before the stored one's (``crawl.warc.gz@2152``
before ``@2153``) was cleaned again and, its declarations being "the first reading's", its
page's row was written again with the same values and marked changed by that run.

Every fixture is invented: three stories of a small-town paper in the Midwest.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.conftest import build, exported

STORIES = [
    (
        "https://www.prairieledger.example/news/2026/11/30/grain-elevator-fire",
        "Fire destroys grain elevator east of Millbrook",
        "2026-11-30T14:20:00-06:00",
        [
            "MILLBROOK — A fire destroyed a grain elevator east of town on Sunday afternoon, "
            "sending a plume of smoke visible from the county seat twenty miles away.",
            "Fire Chief Ron Delacroix said crews from four departments fought the blaze for "
            "more than six hours and kept it from spreading to two nearby storage bins.",
            "No one was hurt. The elevator held about 80,000 bushels of soybeans, and the "
            "cooperative that owns it said the loss was covered by insurance.",
            "The cause is under investigation by the state fire marshal's office, which "
            "sent two investigators to the site on Monday morning.",
        ],
    ),
    (
        "https://www.prairieledger.example/news/2026/11/30/school-board-bond",
        "School board puts $18 million bond on April ballot",
        "2026-11-30T21:05:00-06:00",
        [
            "MILLBROOK — The Millbrook school board voted 5-2 on Monday night to ask voters "
            "in April for an $18 million bond to replace the district's 1958 middle school.",
            "Superintendent Carla Jimenez said the building's boiler and roof are past "
            "repair and that patching them would cost nearly half as much as a new school.",
            "The two members who voted no said the district should wait a year until the "
            "county finishes its property reassessment.",
            "If approved, the bond would add about $14 a month to the tax bill of a home "
            "valued at $150,000, according to the district's financial adviser.",
        ],
    ),
    (
        "https://www.prairieledger.example/sports/2026/11/29/wildcats-state-title",
        "Wildcats win first state football title since 1994",
        "2026-11-29T18:40:00-06:00",
        [
            "CHAMPAIGN — The Millbrook Wildcats beat Harlan Falls 28-21 on Saturday to win "
            "their first state football championship in 32 years.",
            "Senior quarterback Eli Brandt threw for two touchdowns and ran for another, "
            "and the defense stopped a fourth-down try at its own 6-yard line with a minute "
            "left.",
            "Coach Dan Whitcomb, who played on the 1994 team, said he had waited his whole "
            "career for a night like this one.",
            "A parade for the team is planned for Saturday morning on Main Street, the "
            "village board announced.",
        ],
    ),
]
FETCHED = "2026-12-01T06:00:00Z"


def _html(url: str, title: str, published: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8"><title>{title} | '
        f'Prairie Ledger</title><link rel="canonical" href="{url}">'
        f'<meta property="article:published_time" content="{published}"></head><body>'
        f'<header><a href="/">Prairie Ledger</a></header><article><h1>{title}</h1>{body}'
        f"</article><footer>Copyright 2026 Prairie Ledger</footer></body></html>"
    )


def _warc(path: Path, *, info: bool) -> None:
    """The night's captures as a WARC, new record ids each time; ``info``: a warcinfo record
    first (a rewrite without it moves every response's offset)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    if info:
        writer.write_record(writer.create_warcinfo_record(
            path.name, {"software": "invented-crawler/1.0", "operator": "night desk"}
        ))
    for url, title, published, paragraphs in STORIES:
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        payload = io.BytesIO(_html(url, title, published, paragraphs).encode())
        writer.write_record(writer.create_warc_record(
            url, "response", payload=payload, http_headers=http,
            warc_headers_dict={"WARC-Date": FETCHED},
        ))
    path.write_bytes(buffer.getvalue())


def _feed(path: Path, order: list[int]) -> None:
    lines = [
        json.dumps({"url": url, "title": title, "maintext": "\n\n".join(paragraphs),
                    "date_publish": published, "date_download": FETCHED, "language": "en"})
        for url, title, published, paragraphs in STORIES
    ]
    path.write_text("\n".join(lines[i] for i in order) + "\n", encoding="utf-8")


def _pages(folder: Path, when: float) -> None:
    folder.mkdir(parents=True)
    for n, (url, title, published, paragraphs) in enumerate(STORIES):
        page = folder / f"story-{n}.html"
        page.write_text(_html(url, title, published, paragraphs), encoding="utf-8")
        os.utime(page, (when, when))



def _reread(tmp_path: Path, first: Path, again: Path) -> tuple[dict, dict, dict, Any]:
    db = tmp_path / "a.db"
    archive, _ = build(db, [first])
    archive.close()
    before = exported(db)
    archive, summary = build(db, [again])
    archive.close()
    return before, exported(db), exported(db, changed_since=1), summary


def _assert_unchanged(before: dict, after: dict, since: dict, summary: Any) -> None:
    assert len(before) == len(STORIES)
    assert summary.stored == 0
    assert since == {}
    assert after == before


def test_a_rewritten_warc_of_the_same_captures_changes_no_record(tmp_path: Path) -> None:
    (tmp_path / "crawl").mkdir()
    (tmp_path / "copy").mkdir()
    _warc(tmp_path / "crawl" / "night.warc.gz", info=True)
    # a tool's rewrite in another folder (sorting first): no warcinfo, new record ids,
    # every response earlier in the file
    _warc(tmp_path / "copy" / "night.warc.gz", info=False)
    before, after, since, summary = _reread(
        tmp_path, tmp_path / "crawl", tmp_path / "copy"
    )
    assert all("night.warc.gz@" in row["origin"] for row in before.values())
    _assert_unchanged(before, after, since, summary)


def test_a_recrawled_warc_in_place_changes_no_record(tmp_path: Path) -> None:
    """The same file name rewritten where it was (a re-crawl into the same path)."""
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    _warc(crawl / "night.warc.gz", info=True)
    db = tmp_path / "a.db"
    archive, _ = build(db, [crawl])
    archive.close()
    before = exported(db)
    _warc(crawl / "night.warc.gz", info=False)
    archive, summary = build(db, [crawl])
    archive.close()
    _assert_unchanged(before, exported(db), exported(db, changed_since=1), summary)


def test_a_feed_rewritten_in_another_line_order_changes_no_record(tmp_path: Path) -> None:
    (tmp_path / "n1").mkdir()
    (tmp_path / "n1b").mkdir()
    _feed(tmp_path / "n1" / "feed.jsonl", [0, 1, 2])
    _feed(tmp_path / "n1b" / "feed.jsonl", [2, 1, 0])
    _assert_unchanged(*_reread(tmp_path, tmp_path / "n1b", tmp_path / "n1"))


def test_saved_pages_copied_elsewhere_with_new_mtimes_change_no_record(tmp_path: Path) -> None:
    _pages(tmp_path / "pages", when=1_764_000_000)
    # the same files copied to a folder that sorts first, modified a day later
    _pages(tmp_path / "0-copy", when=1_764_086_400)
    _assert_unchanged(*_reread(tmp_path, tmp_path / "pages", tmp_path / "0-copy"))
