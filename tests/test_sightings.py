"""Pages read more than once (clipper.sightings): the archive a set of readings leaves does not
depend on the order they come in, derived times (clusters, stories) included."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select

from clipper.archive import open_archive
from clipper.models import Cluster, Page
from clipper.sightings import Sighting, Sightings
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
    assert clusters[0] == ("https://lakepost.example/ferry", "2024-03-05T10:00:00",
                           "2024-03-05T10:00:00")
    assert frozenset(
        {"https://lakepost.example/ferry", "https://valleyherald.example/ferry-fog"}
    ) in stories


def test_sightings_merge_in_any_order() -> None:
    """A run's sightings of one reading hold one entry: the preferred URL spelling and the
    earliest times, whatever order they were added in."""
    readings = [
        Sighting(
            "k", "r", None, "https://A.example/x?ref=rss", "2024-03-06T00:00:00", "2024-03-06"
        ),
        Sighting("k", "r", None, "https://a.example/x", None, "2024-12-01"),
        Sighting("k", "r", None, None, "2024-03-05T00:00:00", "2024-03-05"),
    ]
    merged = []
    for order in (readings, readings[::-1], readings[1:] + readings[:1]):
        sightings = Sightings()
        for sighting in order:
            sightings.add(sighting)
        assert len(sightings) == 1
        merged.append(next(iter(sightings)))
    assert merged[0] == merged[1] == merged[2] == Sighting(
        "k", "r", None, "https://a.example/x", "2024-03-05T00:00:00", "2024-03-05"
    )
