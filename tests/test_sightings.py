"""Pages read more than once (clipper.sightings): the archive a set of readings leaves does not
depend on the order they come in, derived times (clusters, stories) included."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from clipper.archive import open_archive
from clipper.models import Cluster, Match, Page
from clipper.sightings import Declared, Sighting, Sightings
from tests.test_stories import FERRY_A, FERRY_B, MUSEUM_A, membership, run, write_jsonl


def _reading(doc: tuple[str, str], url: str, fetched: str) -> dict[str, Any]:
    title, text = doc
    return {"url": url, "title": title, "text": text, "fetched_at": fetched}


# The ferry report read through its feed link in September, and through its bare URL the
# day after the collision; the other write-up and an unrelated report, both undated.
LATE = _reading(FERRY_A, "https://lakepost.example/ferry?utm_source=rss", "2024-09-05T10:00:00")
EARLY = _reading(FERRY_A, "https://lakepost.example/ferry", "2024-03-05T10:00:00")
OTHER = _reading(FERRY_B, "https://valleyherald.example/ferry-fog", "2024-03-06T09:00:00")
MUSEUM = _reading(MUSEUM_A, "https://quarrington.example/museum", "2024-03-06T11:00:00")


def _archive_after(folder: Path, nights: list[list[dict[str, Any]]]) -> tuple[Any, ...]:
    """(pages: key, URL, fetch time, first sighting, origin in ``folder``; clusters' seen
    times; stories) after reading ``nights`` in turn, each a file named by its first record."""
    folder.mkdir()
    db = folder / "a.db"
    for records in nights:
        name = "early" if records[0] is EARLY else "late" if records[0] is LATE else "other"
        run(db, [write_jsonl(folder / f"{name}.jsonl", records)])
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            pages = session.execute(
                select(
                    Page.source_key, Page.url, Page.fetched_at, Page.seen_at, Page.origin
                ).order_by(Page.source_key)
            ).all()
            clusters = session.execute(
                select(Page.source_key, Cluster.first_seen, Cluster.last_seen)
                .join(Cluster, Cluster.canonical_page_id == Page.id)
                .order_by(Page.source_key)
            ).all()
    finally:
        archive.close()
    stories, _ = membership(db)
    found = [(*row[:4], str(Path(row.origin).relative_to(folder))) for row in pages]
    return tuple(found), tuple(map(tuple, clusters)), stories


def test_a_page_read_late_first_is_dated_and_storied_as_in_any_other_order(
    tmp_path: Path,
) -> None:
    """Read in September first, the ferry report is dated by that reading; its earlier reading
    a night later moves its fetch time back to March, and its cluster's times and its story
    follow: it joins the other write-up's story as when the March reading comes first, or
    when all are read in one run."""
    forward = _archive_after(tmp_path / "forward", [[EARLY, OTHER, MUSEUM], [LATE]])
    backward = _archive_after(tmp_path / "backward", [[LATE], [EARLY, OTHER, MUSEUM]])
    together = _archive_after(tmp_path / "together", [[EARLY, MUSEUM, OTHER, LATE]])
    reversed_together = _archive_after(tmp_path / "reversed", [[LATE, MUSEUM, OTHER, EARLY]])
    assert backward == forward  # origins too: the same files, read in the other order
    without_origins = [
        ([row[:4] for row in pages], *rest)
        for pages, *rest in (forward, together, reversed_together)
    ]
    assert without_origins[1:] == without_origins[:1] * 2
    pages, clusters, stories = forward
    assert pages[0] == (
        "https://lakepost.example/ferry",
        "https://lakepost.example/ferry",
        "2024-03-05T10:00:00",
        "2024-03-05T10:00:00",
        "early.jsonl:1",  # the earliest-fetched reading's
    )
    # first seen: the earliest fetch; last seen: the latest (the September re-fetch)
    assert clusters[0] == ("https://lakepost.example/ferry", "2024-03-05T10:00:00",
                           "2024-09-05T10:00:00")
    assert frozenset(
        {"https://lakepost.example/ferry", "https://valleyherald.example/ferry-fog"}
    ) in stories


def test_sightings_merge_in_any_order() -> None:
    """A run's sightings of one reading hold one entry: the preferred URL spelling, the
    earliest times and the latest fetch, and the declarations of the first cleaned reading,
    whatever order they were added in."""
    readings = [
        Sighting(
            "k", "r", None, "https://A.example/x?ref=rss", "2024-03-06T00:00:00", "2024-03-06",
            "b.jsonl:1",
            Declared("Later headline", None, "2024-03-05T12:00:00",
                     ("2024-03-06T00:00:00", "b.jsonl:1")),
        ),
        Sighting("k", "r", None, "https://a.example/x", None, "2024-12-01", "c.jsonl:1",
                 Declared("Undated reading", "Ann Lee", None, ("\uffff", "c.jsonl:1"))),
        Sighting("k", "r", None, None, "2024-03-05T00:00:00", "2024-03-05", "a.jsonl:1"),
    ]
    merged = []
    for order in (readings, readings[::-1], readings[1:] + readings[:1]):
        sightings = Sightings()
        for sighting in order:
            sightings.add(sighting)
        assert len(sightings) == 1
        merged.append(next(iter(sightings)))
    assert merged[0] == merged[1] == merged[2] == Sighting(
        "k", "r", None, "https://a.example/x", "2024-03-05T00:00:00", "2024-03-05", "a.jsonl:1",
        Declared("Later headline", None, "2024-03-05T12:00:00",
                 ("2024-03-06T00:00:00", "b.jsonl:1")),
        last_fetched="2024-03-06T00:00:00",  # the latest fetch
    )


# One wire text on two sites (the same words): the canonical is the earlier published
# (cluster rule 6).  The hillgazette page is read twice: through its feed link at 10:00 with
# its headline spelt otherwise (capitals, the site's name after it: one headline, so one
# version) and a publication date at 14:00, and through its bare URL at 08:00 with its first
# spelling and 09:00; the kept reading is the earlier fetched, whose date puts the hillgazette
# page before the marshtimes one (12:00).
_WIRE = (
    "Crews from three counties spent the night shoring up the Derrow embankment after the "
    "river rose a metre above its spring mark, the regional water board said on Friday.\n"
    "Engineers found two places where water seeped under the old clay bank near Sallowby "
    "and filled them with gravel bags before the second high tide of the night.\n"
    "Families in forty houses along the towpath were told to move their cars to the school "
    "car park and to keep a bag packed until the board lifts its warning on Sunday.\n"
    "The board said the bank would be rebuilt in concrete next summer, a plan first put to "
    "the county council six years ago and delayed twice for want of money."
)


def _wire(url: str, title: str, published: str, fetched: str) -> dict[str, Any]:
    return {"url": url, "title": title, "text": _WIRE, "published": published,
            "fetched_at": fetched}


BANK_LATE = _wire("https://hillgazette.example/derrow-bank?utm_source=rss",
                  "Crews Shore Up Derrow Bank Overnight | Hill Gazette", "2025-02-07T14:00:00",
                  "2025-02-07T10:00:00")
BANK_EARLY = _wire("https://hillgazette.example/derrow-bank",
                   "Crews shore up Derrow bank overnight", "2025-02-07T09:00:00",
                   "2025-02-07T08:00:00")
BANK_OTHER = _wire("https://marshtimes.example/news/derrow", "Derrow bank shored up",
                   "2025-02-07T12:00:00", "2025-02-07T12:30:00")


def _stored_readings(folder: Path, runs: list[list[dict[str, Any]]], **config: Any) -> Any:
    """(each page's key, title, publication date, fetch time and origin's file name; the
    canonical's key; the matches, page and better page; how many pages the full-text index
    finds by the word "shore") after reading ``runs`` in turn, each
    record in a file of its own."""
    folder.mkdir()
    db = folder / "a.db"
    names = {id(BANK_LATE): "late", id(BANK_EARLY): "early", id(BANK_OTHER): "other"}
    for records in runs:
        paths = [write_jsonl(folder / f"{names[id(r)]}.jsonl", [r]) for r in records]
        run(db, paths, **config)
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            pages = session.execute(
                select(Page.source_key, Page.title, Page.published, Page.fetched_at,
                       Page.origin).order_by(Page.source_key)
            ).all()
            canonical = session.scalars(
                select(Page.source_key).join(Cluster, Cluster.canonical_page_id == Page.id)
            ).all()
            key = {page_id: source_key for page_id, source_key in session.execute(
                select(Page.id, Page.source_key))}
            matches = [(key[m.page_id], key[m.better_page_id])
                       for m in session.scalars(select(Match))]
            # the full-text index holds the kept headline only (and is consistent)
            connection = session.connection()
            connection.exec_driver_sql(
                "INSERT INTO pages_fts (pages_fts) VALUES ('integrity-check')"
            )
            updated = connection.exec_driver_sql(
                "SELECT count(*) FROM pages_fts WHERE pages_fts MATCH 'title:shore'"
            ).scalar()
    finally:
        archive.close()
    return [(*row[:4], Path(row.origin).name) for row in pages], canonical, matches, updated


def test_a_page_read_again_keeps_the_headline_and_date_of_its_earliest_fetched_reading(
    tmp_path: Path,
) -> None:
    """The same text at the same address read with another headline and publication date:
    the archive keeps those of the reading whose fetch time it keeps (with its origin), in
    any order of runs, files and batches, and the canonical follows the kept date."""
    orders = {
        "late-first": [[BANK_LATE, BANK_OTHER], [BANK_EARLY]],
        "early-first": [[BANK_EARLY], [BANK_OTHER, BANK_LATE]],
        "late-alone-first": [[BANK_LATE], [BANK_OTHER], [BANK_EARLY]],
        "one-run": [[BANK_LATE, BANK_OTHER, BANK_EARLY]],
        "one-run-reversed": [[BANK_EARLY, BANK_OTHER, BANK_LATE]],
    }
    found = {name: _stored_readings(tmp_path / name, runs) for name, runs in orders.items()}
    found["batches-of-1"] = _stored_readings(
        tmp_path / "batches", orders["one-run"], batch_size=1
    )
    pages, canonical, matches, updated = found["early-first"]
    assert pages == [
        ("https://hillgazette.example/derrow-bank", "Crews shore up Derrow bank overnight",
         "2025-02-07T09:00:00", "2025-02-07T08:00:00", "early.jsonl:1"),
        ("https://marshtimes.example/news/derrow", "Derrow bank shored up",
         "2025-02-07T12:00:00", "2025-02-07T12:30:00", "other.jsonl:1"),
    ]
    assert canonical == ["https://hillgazette.example/derrow-bank"]
    # the match is oriented by the kept date: the earlier published is the better page
    assert matches == [("https://marshtimes.example/news/derrow",
                        "https://hillgazette.example/derrow-bank")]
    assert updated == 1  # the hillgazette page's headline, indexed once
    for name, result in found.items():
        assert result == found["early-first"], name


def test_of_two_readings_fetched_together_the_earlier_line_is_kept(tmp_path: Path) -> None:
    """One dump holds a page twice, fetched at the same moment, on lines 9 and 10 with its
    headline spelt two ways and two dates: the page keeps line 9's, by line number (as text,
    ":10" sorts before ":9"; newcomer 12: the origin of line 109 with line 89's date, and
    `show` of line 89 failed)."""
    dump = tmp_path / "night.jsonl"
    filler = json.dumps({"url": "https://hillgazette.example/brief", "text": "Too short."})
    line_9 = {**BANK_EARLY, "fetched_at": "2025-02-07T08:00:00"}
    line_10 = {**BANK_EARLY, "title": "CREWS SHORE UP DERROW BANK OVERNIGHT",
               "published": "2025-02-07T07:00:00", "fetched_at": "2025-02-07T08:00:00"}
    dump.write_text("\n".join([filler] * 8 + [json.dumps(line_9), json.dumps(line_10)]) + "\n",
                    encoding="utf-8")
    db = tmp_path / "a.db"
    run(db, [dump])
    archive = open_archive(str(db), create=False)
    try:
        with archive.sessions() as session:
            (page,) = session.execute(select(Page.title, Page.published, Page.origin)).all()
    finally:
        archive.close()
    assert (page.title, page.published, page.origin) == (
        BANK_EARLY["title"], BANK_EARLY["published"], f"{dump}:9")



def test_a_cluster_with_a_fetched_page_is_seen_when_fetched_whatever_else_it_holds(
    tmp_path: Path,
) -> None:
    # The ferry report fetched by a crawler, and the same text saved by an extractor that
    # keeps no fetch time (first seen when a run archives it: the wall clock of that run).
    title, text = FERRY_A
    saved = {"url": "https://lakecopy.example/ferry", "title": title, "text": text}
    seen: list[tuple[object, ...]] = []
    for order in ([EARLY], [saved]), ([saved], [EARLY]):
        folder = tmp_path / f"order{len(seen)}"
        folder.mkdir()
        db = folder / "a.db"
        for n, records in enumerate(order):
            run(db, [write_jsonl(folder / f"night{n}.jsonl", records)])
        archive = open_archive(str(db), create=False)
        try:
            with archive.sessions() as session:
                row = session.execute(
                    select(Cluster.size, Cluster.first_seen, Cluster.last_seen)
                ).one()
                seen.append(tuple(row))
        finally:
            archive.close()
    assert seen[0] == seen[1] == (2, EARLY["fetched_at"], EARLY["fetched_at"])
