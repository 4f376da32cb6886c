"""WARC revisit records: a crawler's re-fetch of an unchanged page moves its last fetch.

A deduplicating crawl (Heritrix, warcprox) writes a page fetched again with the same payload
as a ``revisit`` record naming the earlier capture (newcomer 16, finding 12: clipper counted
them and dropped them, so "last seen" stopped at the first capture).  Every WARC here is
written by warcio's own writer; the pages and sites are invented.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text, update
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper.archive import Archive, open_archive
from clipper.config import Config
from clipper.models import Cluster, Page
from clipper.pipeline import dedupe
from clipper.rejections import rejections
from clipper.summary import RunSummary
from clipper.summarytext import run_summary
from tests.conftest import build, migrate


def article(topic: str) -> bytes:
    return (
        f"<html><head><title>Marsh road {topic} closes for the winter</title></head><body>"
        f"<article><h1>Marsh road {topic} closes for the winter</h1>"
        + "".join(
            f"<p>Paragraph {i}: the county says the {topic} on the Fenwick marsh road will "
            f"close from {i + 1} December, after {30 + i} complaints about flooding.</p>"
            for i in range(10)
        )
        + "</article></body></html>"
    ).encode()


def response(url: str, body: bytes, date: str, canonical: str | None = None) -> tuple[bytes, str]:
    """A gzip response record fetched at ``date``, and its ``WARC-Payload-Digest``."""
    if canonical:
        link = f'</title><link rel="canonical" href="{canonical}">'
        body = body.replace(b"</title>", link.encode())
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
    rec = writer.create_warc_record(
        url, "response", payload=io.BytesIO(body), http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(rec)
    return out.getvalue(), rec.rec_headers.get_header("WARC-Payload-Digest")


def revisit(url: str, digest: str, refers_to: str, refers_date: str, date: str) -> bytes:
    """An identical-payload-digest revisit record, as Heritrix's deduplication writes it."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
    rec = writer.create_revisit_record(
        url, digest, refers_to, refers_date, http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(rec)
    return out.getvalue()


def not_modified(url: str, date: str) -> bytes:
    """A 304 answer to a conditional re-fetch, as a response record: it names no capture."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http = StatusAndHeaders("304 Not Modified", [], "HTTP/1.1")
    rec = writer.create_warc_record(
        url, "response", payload=io.BytesIO(b""), http_headers=http,
        warc_headers_dict={"WARC-Date": date},
    )
    writer.write_record(rec)
    return out.getvalue()


LOCK = "https://fenwick.example/news/lock"
BRIDGE = "https://fenwick.example/news/bridge"
FIRST = "2026-11-20T03:00:00Z"
AGAIN = "2026-11-29T02:00:00Z"


def times(db: Path | str) -> dict[str, tuple[str | None, str | None]]:
    """Each page's first and last fetch, by URL."""
    archive = open_archive(str(db))
    try:
        with archive.sessions() as session:
            return {
                row.url: (row.fetched_at, row.last_fetched_at)
                for row in session.execute(select(Page.url, Page.fetched_at, Page.last_fetched_at))
            }
    finally:
        archive.close()


def run(location: str, paths: list[Path]) -> tuple[Archive, RunSummary]:
    """A run over ``paths`` into the archive at ``location`` (a path or a PostgreSQL URL)."""
    archive = open_archive(location)
    return archive, dedupe(archive, [str(p) for p in paths], Config(workers=1))


def night(folder: Path, name: str, *records: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"".join(records))
    return path


def test_a_revisit_of_last_nights_capture_moves_its_last_fetch(
    tmp_path: Path, db_url: str
) -> None:
    """Night 1 holds the page, night 2 its revisit record: the page was online on the 29th,
    its cluster last seen then; the page and its first fetch stay as they were (SQLite and
    PostgreSQL)."""
    lock, digest = response(LOCK, article("lock"), FIRST)
    bridge, _ = response(BRIDGE, article("bridge"), FIRST)
    db = db_url
    archive, _ = run(db, [night(tmp_path / "n1", "crawl-a.warc.gz", lock, bridge)])
    archive.close()
    archive, summary = run(
        db, [night(tmp_path / "n2", "crawl-c.warc.gz", revisit(LOCK, digest, LOCK, FIRST, AGAIN))]
    )
    try:
        with archive.sessions() as session:
            last_seen = session.scalar(
                select(Cluster.last_seen).join(Page, Page.cluster_id == Cluster.id).where(
                    Page.url == LOCK
                )
            )
    finally:
        archive.close()
    assert times(db) == {
        LOCK: ("2026-11-20T03:00:00", "2026-11-29T02:00:00"),
        BRIDGE: ("2026-11-20T03:00:00", "2026-11-20T03:00:00"),
    }
    assert last_seen == "2026-11-29T02:00:00"
    assert summary.stored == 0 and summary.not_pages == {"warc-revisit": 1}
    assert (summary.revisits_matched, summary.revisits_unmatched) == (1, 0)
    assert "revisits of known pages        1" in run_summary(summary)


@pytest.mark.parametrize("order", ["revisit first", "response first", "one file"])
def test_a_revisit_read_before_its_response_in_one_run_moves_it_too(
    tmp_path: Path, order: str
) -> None:
    """The revisit in another WARC of the same night, read before or after the response's,
    or earlier in the same file: the same times whatever the order."""
    lock, digest = response(LOCK, article("lock"), FIRST)
    again = revisit(LOCK, digest, LOCK, FIRST, AGAIN)
    folder = tmp_path / "night"
    if order == "one file":
        paths = [night(folder, "crawl.warc.gz", again, lock)]
    else:
        # folders are read in name order: a-… before b-…
        first, second = ("a", "b") if order == "revisit first" else ("b", "a")
        paths = [night(folder, f"{first}-revisits.warc.gz", again),
                 night(folder, f"{second}-pages.warc.gz", lock)]
    _, summary = build(tmp_path / "a.db", [folder])
    assert times(tmp_path / "a.db") == {LOCK: ("2026-11-20T03:00:00", "2026-11-29T02:00:00")}
    assert summary.stored == 1 and summary.revisits_matched == 1
    assert all(p.exists() for p in paths)


def test_a_revisit_finds_its_page_by_digest_under_its_canonical_address(tmp_path: Path) -> None:
    """The crawled address carries a feed's parameter the page's canonical link drops: the page
    is stored under its canonical address, and the revisit of the crawled one finds it by its
    payload digest."""
    crawled = "https://fenwick.example/news/lock?maca=rss-feed"
    lock, digest = response(crawled, article("lock"), FIRST, canonical=LOCK)
    db = tmp_path / "a.db"
    build(db, [night(tmp_path / "n1", "crawl.warc.gz", lock)])[0].close()
    build(db, [night(tmp_path / "n2", "crawl.warc.gz",
                     revisit(crawled, digest, crawled, FIRST, AGAIN))])[0].close()
    assert times(db) == {LOCK: ("2026-11-20T03:00:00", "2026-11-29T02:00:00")}


def test_a_page_stored_before_digests_is_found_by_its_address_and_capture_time(
    tmp_path: Path,
) -> None:
    """A page stored before migration 0029 has no payload digest: a revisit finds it by the
    address and time of the capture it names (WARC-Refers-To-Target-URI, -Date)."""
    lock, digest = response(LOCK, article("lock"), FIRST)
    db = tmp_path / "a.db"
    archive, _ = build(db, [night(tmp_path / "n1", "crawl.warc.gz", lock)])
    with archive.sessions() as session:
        session.execute(update(Page).values(payload_digest=None))
        session.commit()
    archive.close()
    build(db, [night(tmp_path / "n2", "crawl.warc.gz",
                     revisit(LOCK, digest, LOCK, FIRST, AGAIN))])[0].close()
    assert times(db) == {LOCK: ("2026-11-20T03:00:00", "2026-11-29T02:00:00")}


def test_a_revisit_of_a_capture_never_read_is_counted_and_moves_nothing(tmp_path: Path) -> None:
    """A revisit whose original is in no dump the archive read, and a bare 304 of an address
    the archive holds no capture of, are counted with why; nothing moves, nothing is lost, no
    traceback."""
    lock, _ = response(LOCK, article("lock"), FIRST)
    db = tmp_path / "a.db"
    build(db, [night(tmp_path / "n1", "crawl.warc.gz", lock)])[0].close()
    unknown = revisit(
        "https://fenwick.example/news/ferry", "sha1:UNKNOWNDIGESTUNKNOWNDIGEST23456",
        "https://fenwick.example/news/ferry", FIRST, AGAIN,
    )
    archive, summary = build(
        db, [night(tmp_path / "n2", "crawl.warc.gz", unknown, not_modified(BRIDGE, AGAIN))]
    )
    archive.close()
    assert times(db) == {LOCK: ("2026-11-20T03:00:00", "2026-11-20T03:00:00")}
    assert summary.not_pages == {"warc-revisit": 2}
    assert (summary.revisits_matched, summary.revisits_unmatched) == (0, 2)
    said = [e for e in summary.examples if e["reason"] == "revisit-unmatched"]
    assert [e["origin"].rsplit("@", 1)[1] != "0" for e in said] == [False, True]
    assert "never read" in said[0]["detail"] and "news/ferry" in said[0]["detail"]
    assert "names no earlier capture" in said[1]["detail"]
    shown = run_summary(summary)
    assert "revisits not matched           2" in shown and "Traceback" not in shown


def test_a_revisit_read_a_night_before_its_original_moves_it_when_the_original_arrives(
    tmp_path: Path, db_url: str
) -> None:
    """The crawl's nights read out of order: the revisit's WARC in one run, its original's in
    a later one.  The revisit is counted unmatched and kept; the run that stores the original
    moves its last fetch (SQLite and PostgreSQL), as reading them in order does."""
    lock, digest = response(LOCK, article("lock"), FIRST)
    bridge, _ = response(BRIDGE, article("bridge"), FIRST)
    again = revisit(LOCK, digest, LOCK, FIRST, AGAIN)
    archive, first = run(db_url, [night(tmp_path / "n2", "crawl.warc.gz", again, bridge)])
    archive.close()
    assert (first.revisits_matched, first.revisits_unmatched) == (0, 1)
    assert any("kept" in e["detail"] for e in first.examples
               if e["reason"] == "revisit-unmatched")
    archive, second = run(db_url, [night(tmp_path / "n1", "crawl.warc.gz", lock)])
    try:
        with archive.sessions() as session:
            last_seen = session.scalar(
                select(Cluster.last_seen).join(Page, Page.cluster_id == Cluster.id).where(
                    Page.url == LOCK
                )
            )
            kept = session.execute(text("SELECT count(*) FROM pending_revisits")).scalar()
    finally:
        archive.close()
    assert times(db_url)[LOCK] == ("2026-11-20T03:00:00", "2026-11-29T02:00:00")
    assert last_seen == "2026-11-29T02:00:00"
    assert second.revisits_matched_later == 1 and kept == 0
    assert "earlier revisits matched       1" in run_summary(second)
    # read again, nothing is kept twice nor moved again
    archive, third = run(db_url, [tmp_path / "n2", tmp_path / "n1"])
    archive.close()
    assert third.revisits_matched == 1 and third.revisits_matched_later == 0


def listed(db: Path, **asked: Any) -> list[tuple[int, str]]:
    """``clipper rejections``' (run, reason) rows, over every run."""
    archive = open_archive(str(db))
    try:
        _, rows = rejections(archive, all_runs=True, **asked)
    finally:
        archive.close()
    return [(row.run_id, row.reason) for row in rows]


def test_a_matched_revisit_is_not_listed_as_a_rejection(tmp_path: Path) -> None:
    """A revisit that found its page (in the same run, or a run that later read its original)
    is a note, not a rejection: ``rejections --all`` leaves it out, ``--reason
    revisit-matched`` lists it, and the summary still counts it; one that found nothing stays
    listed as ``warc-revisit``."""
    lock, digest = response(LOCK, article("lock"), FIRST)
    bridge, bridge_digest = response(BRIDGE, article("bridge"), FIRST)
    db = tmp_path / "a.db"
    # night 1: the lock's page and its revisit; the bridge's revisit, its original not yet read
    archive, summary = build(db, [night(
        tmp_path / "n1", "crawl.warc.gz",
        lock, revisit(LOCK, digest, LOCK, FIRST, AGAIN),
        revisit(BRIDGE, bridge_digest, BRIDGE, FIRST, AGAIN),
    )])
    archive.close()
    assert summary.not_pages == {"warc-revisit": 2} and summary.revisits_matched == 1
    assert listed(db, with_not_pages=True) == [(1, "warc-revisit")]
    assert listed(db, reasons=("revisit-matched",)) == [(1, "revisit-matched")]
    # night 2 reads the bridge's original: its revisit of night 1 is matched now
    build(db, [night(tmp_path / "n2", "crawl.warc.gz", bridge)])[0].close()
    assert listed(db, with_not_pages=True) == []
    assert listed(db, reasons=("revisit-matched",)) == [(1, "revisit-matched")] * 2


def test_a_revisit_kept_once_however_often_its_file_is_read(tmp_path: Path) -> None:
    """A revisit of a capture never read, its WARC read on three nights: one kept row."""
    unknown = revisit(
        "https://fenwick.example/news/ferry", "sha1:UNKNOWNDIGESTUNKNOWNDIGEST23456",
        "https://fenwick.example/news/ferry", FIRST, AGAIN,
    )
    lock, _ = response(LOCK, article("lock"), FIRST)
    folder = night(tmp_path / "n", "crawl.warc.gz", lock, unknown).parent
    db = tmp_path / "a.db"
    for _ in range(3):
        build(db, [folder])[0].close()
    with create_engine(f"sqlite:///{db}").connect() as connection:
        rows = connection.execute(
            text("SELECT address, payload_digest, fetched_at FROM pending_revisits")
        ).all()
    assert [tuple(r) for r in rows] == [
        ("https://fenwick.example/news/ferry", "sha1:UNKNOWNDIGESTUNKNOWNDIGEST23456", AGAIN)
    ]


def test_the_upgrade_to_0029_spans_story_days_over_the_pages(tmp_path: Path) -> None:
    """An archive from before 0029, whose stories' days were their canonicals', gets its
    stories' days from their pages (a copy reprinted later too), and a column for digests."""
    base = article("weir").decode()
    records: list[dict[str, Any]] = [
        {"url": f"https://{site}.example/weir", "html": base, "date_publish": f"{day}T08:00:00"}
        for site, day in (("wire", "2026-03-02"), ("weekly", "2026-03-07"))
    ]
    dump = tmp_path / "in.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records))
    db = tmp_path / "a.db"
    archive = open_archive(str(db))
    dedupe(archive, [str(dump)], Config(workers=1))
    archive.close()
    migrate(db, "downgrade", "0028")
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:  # as stories were dated before: by their canonicals
        connection.execute(
            text("UPDATE stories SET first_day = '2026-03-02', last_day = '2026-03-02'")
        )
    engine.dispose()
    migrate(db, "upgrade", "head")
    archive = open_archive(str(db))
    try:
        with archive.engine.connect() as connection:
            days = connection.execute(text("SELECT first_day, last_day FROM stories")).all()
            columns = connection.execute(text("SELECT payload_digest FROM pages")).all()
    finally:
        archive.close()
    assert [tuple(d) for d in days] == [("2026-03-02", "2026-03-07")]
    assert [c[0] for c in columns] == [None, None]


def test_a_bare_304_moves_the_latest_capture_of_its_address_before_it(tmp_path: Path) -> None:
    """A 304 answers the crawler's conditional GET: unchanged since its latest capture of the
    address, in the same WARC ten minutes before or in an earlier night; that capture's last
    fetch moves (newcomer 29 finding 15).  A 304 older than every capture moves none."""
    db = tmp_path / "a.db"
    lock, _ = response(LOCK, article("lock"), FIRST)
    build(db, [night(tmp_path / "n1", "crawl.warc.gz", lock)])[0].close()
    changed, _ = response(LOCK, article("lock gate"), "2026-11-25T03:00:00Z")
    bridge, _ = response(BRIDGE, article("bridge"), "2026-11-25T03:00:00Z")
    ferry = "https://fenwick.example/news/ferry"
    later, _ = response(ferry, article("ferry"), "2026-11-25T03:00:00Z")
    archive, summary = build(
        db,
        [
            night(
                tmp_path / "n2", "crawl.warc.gz",
                changed, bridge, later,
                not_modified(BRIDGE, "2026-11-25T03:10:00Z"),
                not_modified(LOCK, AGAIN),
                not_modified(ferry, "2026-11-24T23:00:00Z"),  # before the ferry's capture
            )
        ],
    )
    archive.close()
    assert (summary.revisits_matched, summary.revisits_unmatched) == (2, 1)
    archive = open_archive(str(db))
    try:
        with archive.sessions() as session:
            rows = sorted(
                (row.url, row.fetched_at, row.last_fetched_at)
                for row in session.execute(select(Page.url, Page.fetched_at, Page.last_fetched_at))
            )
    finally:
        archive.close()
    assert rows == [
        (BRIDGE, "2026-11-25T03:00:00", "2026-11-25T03:10:00"),
        (ferry, "2026-11-25T03:00:00", "2026-11-25T03:00:00"),
        (LOCK, "2026-11-20T03:00:00", "2026-11-20T03:00:00"),  # version 1: not the latest
        (LOCK, "2026-11-25T03:00:00", "2026-11-29T02:00:00"),
    ]
