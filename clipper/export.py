"""``clipper export``: one record per stored page, with stable fields.

Fields (documented in the README; never renamed, only added to):
``url``, ``origin``, ``site``, ``title``, ``published``, ``cluster_id``, ``is_canonical``,
``similarity`` (Jaccard of the page's shingles with its canonical's; 1.0 for a canonical),
``story_id`` (the story, same event in other words, of the page's cluster: clipper.stories), and
``page_id`` (as ``show page:ID`` takes it), ``fetched_at`` (when the crawler fetched the page,
ISO 8601, null when the dump did not say), ``version`` (1, 2, … of the page's texts), and
``text`` (the cleaned body without the title) when asked for.

CSV writes ``is_canonical`` as ``true``/``false`` (as JSON does, and as spreadsheets, pandas
and PostgreSQL's ``COPY`` read it) and a missing value as an empty cell.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import select

from clipper.archive import Archive
from clipper.models import Cluster, Page

FIELDS = [
    "url",
    "origin",
    "site",
    "title",
    "published",
    "cluster_id",
    "is_canonical",
    "similarity",
    "story_id",
    "page_id",
    "fetched_at",
    "version",
]
FORMATS = ("jsonl", "csv")


def records(archive: Archive, with_text: bool = False) -> Iterator[dict[str, Any]]:
    """Stored pages, cluster by cluster, canonical first, then by page id."""
    columns = [
        Page.url,
        Page.origin,
        Page.site,
        Page.title,
        Page.published,
        Page.cluster_id,
        (Cluster.canonical_page_id == Page.id).label("is_canonical"),
        Page.similarity,
        Cluster.story_id,
        Page.id.label("page_id"),
        Page.fetched_at,
        Page.version,
    ]
    if with_text:
        columns.append(Page.text)
    query = (
        select(*columns)
        .outerjoin(Cluster, Cluster.id == Page.cluster_id)
        .order_by(Page.cluster_id, (Cluster.canonical_page_id != Page.id), Page.id)
    )
    with archive.engine.connect() as connection:
        for row in connection.execute(query).yield_per(1000):
            record = dict(row._mapping)
            record["is_canonical"] = bool(record["is_canonical"])
            if record["similarity"] is not None:
                record["similarity"] = round(record["similarity"], 4)
            yield record


def write(archive: Archive, out: IO[str], fmt: str, with_text: bool = False) -> int:
    """Write every record to ``out``; return how many."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})")
    fields = FIELDS + (["text"] if with_text else [])
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        for record in records(archive, with_text):
            record["is_canonical"] = "true" if record["is_canonical"] else "false"
            writer.writerow(record)
            count += 1
    else:
        for record in records(archive, with_text):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
