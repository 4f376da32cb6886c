"""Stored pages moved to new source keys or sites by a schema revision (migrations 0014, 0017,
0032 and 0056).

A page's ``source_key`` names it across runs; its versions are the pages under one key, and
each site-template line remembers the keys of the pages that carried it (``site_lines.sources``,
JSON list).  When a revision changes how keys are made, the stored pages move to their new
keys: :func:`renumber_versions` numbers the versions left under a key again, as
``Store.renumber_versions`` does at storing time, and :func:`rename_line_sources` renames the
keys the line counts hold; :func:`recount_outlets` counts the outlets of the stories whose
pages moved to another site again.  Plain SQL over the migration's connection, so a later
change of the ORM models never changes what an old revision does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import sqlalchemy as sa


def by_id(bind: sa.Connection, select: str, chunk: int = 5000) -> Iterator[Any]:
    """The rows of ``select`` (a query of a table's rows whose ``WHERE`` ends in ``AND id >
    :last`` and that ends ``ORDER BY id LIMIT :n``), read ``chunk`` at a time in id order: a
    large archive's table is never held whole, and a row updated on the way is not met
    again."""
    last = 0
    while rows := bind.execute(sa.text(select), {"last": last, "n": chunk}).all():
        last = rows[-1].id
        yield from rows


def renumber_versions(bind: sa.Connection, source_keys: Iterable[str]) -> None:
    """Versions 1, 2, … of the pages under each of ``source_keys``, by when each text existed
    (fetch time, else publication time, else when clipper saw it; then content hash)."""
    for source_key in sorted(set(source_keys)):
        rows = bind.execute(
            sa.text(
                "SELECT id, COALESCE(fetched_at, published, seen_at) AS happened, seen_at, "
                "content_hash, version FROM pages WHERE source_key = :key"
            ),
            {"key": source_key},
        ).all()
        ordered = sorted(rows, key=lambda r: (str(r.happened), str(r.seen_at), r.content_hash))
        for number, row in enumerate(ordered, start=1):
            if row.version != number:
                bind.execute(
                    sa.text("UPDATE pages SET version = :v WHERE id = :id"),
                    {"v": number, "id": row.id},
                )


def rename_line_sources(
    bind: sa.Connection, renamed: Mapping[tuple[str | None, str], str]
) -> None:
    """Each site-template line's ``sources`` under the new keys: ``renamed`` maps (site, old
    key) to the new key.  Reads the lines that hold sources once."""
    if not renamed:
        return
    lines = bind.execute(
        sa.text("SELECT site, line_key, sources FROM site_lines WHERE sources IS NOT NULL")
    ).all()
    for line in lines:
        sources = json.loads(line.sources)
        new = sorted({renamed.get((line.site, key), key) for key in sources})
        if new != sources:
            bind.execute(
                sa.text(
                    "UPDATE site_lines SET sources = :sources "
                    "WHERE site = :site AND line_key = :line_key"
                ),
                {"sources": json.dumps(new), "site": line.site, "line_key": line.line_key},
            )


def recount_outlets(bind: sa.Connection, clusters: Iterable[int]) -> None:
    """``stories.outlets`` (the distinct sites of a story's pages) of the stories that
    ``clusters`` belong to, counted again after pages moved to other sites."""
    stories: set[int] = set()
    ids = sorted(set(clusters))
    for start in range(0, len(ids), _CHUNK):
        stories.update(
            bind.execute(
                sa.text(
                    "SELECT DISTINCT story_id FROM clusters WHERE id IN :ids "
                    "AND story_id IS NOT NULL"
                ).bindparams(sa.bindparam("ids", expanding=True)),
                {"ids": ids[start : start + _CHUNK]},
            ).scalars()
        )
    for story in sorted(stories):
        bind.execute(
            sa.text(
                "UPDATE stories SET outlets = (SELECT count(DISTINCT p.site) FROM pages AS p "
                "JOIN clusters AS c ON p.cluster_id = c.id WHERE c.story_id = :story) "
                "WHERE id = :story"
            ),
            {"story": story},
        )


_CHUNK = 500
