"""A cluster's and a story's first and last seen as ``clusters``, ``show`` and ``stories --json``
print them: a time where one was stated, the day alone where it is only the start of a day a
page gave without a time (:func:`clipper.seentimes.stated_seen`; newcomer 37b, F9).  The
archive keeps the start (``T00:00:00``), which orders "who was first" and every ``--since``;
only what is printed changes."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from clipper.seentimes import seen_as, stated_seen, wall_seen, written_seen
from clipper.store.rows import chunks

# A value a day alone gives a cluster's first or last seen (clipper.seentimes.published_at).
_DAY_START = "T00:00:00"


def stated_times(
    connection: Connection, clusters: Iterable[tuple[int, str | None, str | None]]
) -> dict[int, tuple[str | None, str | None]]:
    """cluster id → its ``(first_seen, last_seen)`` as printed (:func:`stated_seen`), of
    ``clusters`` given as ``(id, first_seen, last_seen)`` as stored.  Only the clusters with a
    time at a day's start are read again (their pages: one query a chunk); the others are
    returned as given."""
    found = {cid: (first, last) for cid, first, last in clusters}
    midnight = _at_day_start(found)
    pages = _rows_by(
        connection,
        "SELECT cluster_id, fetched_at, last_fetched_at, seen_at, published, published_zoneless, "
        "published_from, published_to FROM pages",
        "cluster_id",
        midnight,
    )
    for cid in midnight:
        first, last = found[cid]
        found[cid] = (stated_seen(first, pages[cid]), stated_seen(last, pages[cid]))
    return found


def wall_times(
    connection: Connection, clusters: Iterable[tuple[int, str | None, str | None]]
) -> dict[int, tuple[tuple[bool, bool], tuple[str | None, str | None]]]:
    """cluster id → whether its first and its last seen are a publication time as written, on
    no known clock or several (:func:`clipper.seentimes.wall_seen`), and the two as shown
    (:func:`clipper.seentimes.written_seen`: such a time as its page wrote it), of
    ``clusters`` given as ``(id, first_seen, last_seen)``; their pages read once, in one query
    a chunk."""
    found = {cid: (first, last) for cid, first, last in clusters}
    pages = _sightings(connection, sorted(found))
    return {
        cid: (
            (wall_seen(first, pages[cid]), wall_seen(last, pages[cid])),
            (written_seen(first, pages[cid]), written_seen(last, pages[cid])),
        )
        for cid, (first, last) in found.items()
    }


def seen_kinds(
    connection: Connection, clusters: Iterable[tuple[int, str | None, str | None]]
) -> dict[int, tuple[str | None, str | None]]:
    """cluster id → which time its first and its last seen are ("fetched", "published",
    "archived": :func:`clipper.seentimes.seen_as`), of ``clusters`` given as ``(id,
    first_seen, last_seen)`` as stored; their pages read in one query a chunk."""
    found = {cid: (first, last) for cid, first, last in clusters}
    pages = _sightings(connection, sorted(found))
    return {
        cid: (seen_as(first, pages[cid]), seen_as(last, pages[cid]))
        for cid, (first, last) in found.items()
    }


def _sightings(connection: Connection, clusters: list[int]) -> dict[int, list[Any]]:
    """cluster id → its pages' times a sighting is told by (:mod:`clipper.seentimes`)."""
    return _rows_by(
        connection,
        "SELECT cluster_id, fetched_at, last_fetched_at, seen_at, published, published_zoneless, "
        "published_from, published_to FROM pages",
        "cluster_id",
        clusters,
    )


def story_times(
    connection: Connection, stories: Iterable[tuple[int, str | None, str | None]]
) -> dict[int, tuple[str | None, str | None]]:
    """story id → its ``(first_seen, last_seen)`` as printed, of ``stories`` given as ``(id,
    first_seen, last_seen)`` as stored: the day alone where every cluster of the story seen
    then is (:func:`stated_times`), else as stored."""
    found = {sid: (first, last) for sid, first, last in stories}
    midnight = _at_day_start(found)
    members = {
        sid: [(row.id, row.first_seen, row.last_seen) for row in rows]
        for sid, rows in _rows_by(
            connection,
            "SELECT story_id, id, first_seen, last_seen FROM clusters",
            "story_id",
            midnight,
        ).items()
    }
    shown = stated_times(connection, [c for sid in midnight for c in members.get(sid, [])])
    for sid in midnight:
        first, last = found[sid]
        clusters = members.get(sid, [])
        found[sid] = (
            _as_its_clusters(first, [(c[1], shown[c[0]][0]) for c in clusters]),
            _as_its_clusters(last, [(c[2], shown[c[0]][1]) for c in clusters]),
        )
    return found


def story_walls(
    connection: Connection, stories: Iterable[tuple[int, str | None, str | None]]
) -> dict[int, tuple[tuple[bool, bool], tuple[str | None, str | None]]]:
    """story id → whether its first and its last seen are a publication time as written, on
    no known clock or several (a cluster of it seen then is: :func:`wall_times`), and the two
    as shown (such a time as its page wrote it, else as given), of ``stories`` given as
    ``(id, first_seen, last_seen)``; their clusters and pages read once, one query a chunk.
    ``stories --json`` writes such a time without an offset, as ``clusters --json`` does."""
    found = {sid: (first, last) for sid, first, last in stories}
    members = _rows_by(
        connection,
        "SELECT story_id, id, first_seen, last_seen FROM clusters",
        "story_id",
        sorted(found),
    )
    walls = wall_times(
        connection,
        [(row.id, row.first_seen, row.last_seen) for rows in members.values() for row in rows],
    )
    result = {}
    for sid, (first, last) in found.items():
        ends: list[tuple[bool, str | None]] = []
        for end, when in enumerate((first, last)):
            wall = next(
                (
                    walls[row.id][1][end]
                    for row in members.get(sid, [])
                    if (row.first_seen, row.last_seen)[end] == when and walls[row.id][0][end]
                ),
                None,
            )
            ends.append((wall is not None, when if wall is None else wall))
        result[sid] = ((ends[0][0], ends[1][0]), (ends[0][1], ends[1][1]))
    return result


def _at_day_start(found: dict[int, tuple[str | None, str | None]]) -> list[int]:
    """The ids in ``found`` (id → stored first and last seen) whose first or last seen is the
    start of a day, sorted."""
    return sorted(
        key
        for key, (first, last) in found.items()
        if any(when and when.endswith(_DAY_START) for when in (first, last))
    )


def _rows_by(
    connection: Connection, select: str, column: str, ids: list[int]
) -> dict[int, list[Any]]:
    """The rows of ``select`` (a ``SELECT … FROM table`` naming ``column``) whose ``column`` is
    one of ``ids``, grouped by it; one query a chunk of ids."""
    grouped: dict[int, list[Any]] = defaultdict(list)
    for chunk in chunks(ids):
        marks = {f"k{i}": key for i, key in enumerate(chunk)}
        rows = connection.execute(
            text(f"{select} WHERE {column} IN ({', '.join(':' + m for m in marks)})"), marks
        ).all()
        for row in rows:
            grouped[getattr(row, column)].append(row)
    return grouped


def _as_its_clusters(when: str | None, clusters: list[tuple[str | None, str | None]]) -> str | None:
    """``when`` (a story's first or last seen) as its clusters seen then print it
    (``(stored, printed)`` pairs): a day when all of them print that day, else as stored."""
    printed = {shown for stored, shown in clusters if stored == when}
    if len(printed) == 1:
        (only,) = printed
        if only is not None and len(only) == 10:
            return only
    return when
