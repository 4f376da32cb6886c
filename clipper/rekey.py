"""Stored pages moved to new source keys or sites by a schema revision (migrations 0014, 0017,
0032, 0056 and 0058).

A page's ``source_key`` names it across runs; its versions are the pages under one key, and
each site-template line remembers the keys of the pages that carried it (``site_lines.sources``,
JSON list).  When a revision changes how keys are made, the stored pages move to their new
keys: :func:`renumber_versions` numbers the versions left under a key again, as
``Store.renumber_versions`` does at storing time, and :func:`rename_line_sources` renames the
keys the line counts hold; :func:`recount_outlets` counts the outlets of the stories whose
pages moved to another site again; :func:`move_to_url_keys` moves every page with a URL whose
key :func:`clipper.urls.url_key` now makes otherwise (0056, 0058).  Plain SQL over the
migration's connection, so a later change of the ORM models never changes what an old
revision does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import sqlalchemy as sa

from clipper.urls import url_key

_CREDITS_CHUNK = 500
_pages = sa.table(
    "pages", sa.column("id", sa.Integer), sa.column("author", sa.String),
    sa.column("text", sa.Text), sa.column("url", sa.String),
)  # fmt: skip
_credits = sa.table(
    "page_credits", sa.column("kind", sa.String), sa.column("key", sa.String),
    sa.column("page_id", sa.Integer), sa.column("name_index", sa.Integer),
)  # fmt: skip


def rekey_credits(bind: sa.Connection, kinds: Iterable[str]) -> None:
    """Write every stored page's ``page_credits`` rows of ``kinds`` (``author``, ``agency``)
    again from its stored author, text and address (:func:`clipper.bylinekeys.credit_keys`),
    500 pages at a time in id order; a row of another kind is kept, and the texts are not
    cleaned again (migrations 0109 and 0111, after the agency tables grew)."""
    from clipper.bylinekeys import credit_keys  # its tables: only when a revision keys again

    wanted = list(kinds)
    last = 0
    while True:
        pages = bind.execute(
            sa.select(_pages.c.id, _pages.c.author, _pages.c.text, _pages.c.url)
            .where(_pages.c.id > last)
            .order_by(_pages.c.id)
            .limit(_CREDITS_CHUNK)
        ).all()
        if not pages:
            return
        bind.execute(
            sa.delete(_credits).where(
                _credits.c.page_id.in_([page.id for page in pages]),
                _credits.c.kind.in_(wanted),
            )
        )
        rows = [
            {"kind": kind, "key": key, "page_id": page.id, "name_index": number}
            for page in pages
            for kind, key, number in credit_keys(page.author, page.text, page.url)
            if kind in wanted
        ]
        if rows:
            bind.execute(sa.insert(_credits), rows)
        last = pages[-1].id


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


def rename_line_sources(bind: sa.Connection, renamed: Mapping[tuple[str | None, str], str]) -> None:
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
    for story in _stories_of(bind, clusters):
        bind.execute(
            sa.text(
                "UPDATE stories SET outlets = (SELECT count(DISTINCT p.site) FROM pages AS p "
                "JOIN clusters AS c ON p.cluster_id = c.id WHERE c.story_id = :story) "
                "WHERE id = :story"
            ),
            {"story": story},
        )


def move_to_url_keys(bind: sa.Connection) -> None:
    """Each stored page with a URL under the key :func:`clipper.urls.url_key` makes of it now,
    and each rejection's URL key: what a revision does when keys fold more spellings of one
    address into one (0056: an article's renditions; 0058: its ``http``/``https`` and
    trailing-slash twins).  Pages are read once, in id order, 5,000 at a time.

    A page whose new key already holds its exact bytes or its text keeps its old key (the pair
    (key, raw hash) is unique, and one text twice is no version: it stays a page of its own;
    the next reading of it is the article's).  A JSON record's ``record:`` key is left.  The
    versions under each touched key are numbered again (two texts of one article at two
    spellings become its versions), the site-template sources renamed, and each touched
    cluster and its story count their distinct pages again (``clusters.pages``,
    ``stories.pages``)."""
    renamed: dict[tuple[str | None, str], str] = {}  # (site, old key) -> new key
    touched: set[str] = set()
    clusters: set[int] = set()
    for row in by_id(
        bind,
        "SELECT id, url, source_key, site, raw_hash, content_hash, cluster_id FROM pages "
        "WHERE url IS NOT NULL AND id > :last ORDER BY id LIMIT :n",
    ):
        new = url_key(row.url)
        if new == row.source_key or row.source_key.startswith("record:"):
            continue
        taken = bind.execute(
            sa.text(
                "SELECT 1 FROM pages WHERE source_key = :key "
                "AND (raw_hash = :raw OR content_hash = :content)"
            ),
            {"key": new, "raw": row.raw_hash, "content": row.content_hash},
        ).first()
        if taken is not None:
            continue  # its bytes or text already stored under the key: left as it was
        bind.execute(
            sa.text("UPDATE pages SET source_key = :key WHERE id = :id"),
            {"key": new, "id": row.id},
        )
        renamed[(row.site, row.source_key)] = new
        touched.update((row.source_key, new))
        if row.cluster_id is not None:
            clusters.add(row.cluster_id)
    renumber_versions(bind, touched)
    rename_line_sources(bind, renamed)
    recount_pages(bind, clusters)
    _rekey_rejections(bind)


def recount_pages(bind: sa.Connection, clusters: Iterable[int]) -> None:
    """``clusters.pages`` of ``clusters`` and ``stories.pages`` of their stories: the distinct
    source keys of their pages (pages, not versions), counted again after pages moved keys."""
    _in_chunks(
        bind,
        "UPDATE clusters SET pages = (SELECT count(DISTINCT p.source_key) FROM pages AS p "
        "WHERE p.cluster_id = clusters.id) WHERE id IN :ids",
        clusters,
    )
    for story in _stories_of(bind, clusters):
        bind.execute(
            sa.text(
                "UPDATE stories SET pages = (SELECT count(DISTINCT p.source_key) FROM pages "
                "AS p JOIN clusters AS c ON p.cluster_id = c.id WHERE c.story_id = :story) "
                "WHERE id = :story"
            ),
            {"story": story},
        )


def _rekey_rejections(bind: sa.Connection) -> None:
    """Each rejection's URL key as :func:`url_key` makes it now (the key of a key is the key
    of the address it was made from)."""
    for row in by_id(
        bind,
        "SELECT id, url FROM rejections WHERE url IS NOT NULL AND id > :last ORDER BY id LIMIT :n",
    ):
        if (new := url_key(row.url)) != row.url:
            bind.execute(
                sa.text("UPDATE rejections SET url = :url WHERE id = :id"),
                {"url": new, "id": row.id},
            )


def _stories_of(bind: sa.Connection, clusters: Iterable[int]) -> list[int]:
    """The stories ``clusters`` belong to, in id order."""
    return sorted(
        set(
            _in_chunks(
                bind,
                "SELECT DISTINCT story_id FROM clusters WHERE id IN :ids AND story_id IS NOT NULL",
                clusters,
            )
        )
    )


def _in_chunks(bind: sa.Connection, statement: str, ids: Iterable[int]) -> list[Any]:
    """``statement`` (SQL naming ``:ids``) run for ``ids`` in order, :data:`_CHUNK` at a time;
    the first column of the rows it returns (none for an ``UPDATE``)."""
    ordered = sorted(set(ids))
    found: list[Any] = []
    for start in range(0, len(ordered), _CHUNK):
        result = bind.execute(
            sa.text(statement).bindparams(sa.bindparam("ids", expanding=True)),
            {"ids": ordered[start : start + _CHUNK]},
        )
        if result.returns_rows:
            found.extend(result.scalars())
    return found


_CHUNK = 500
