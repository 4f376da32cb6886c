"""The texts one page was seen with, and what changed between two of them.

A page seen again with a changed text (the same URL, or the same file when it has none) is
stored as its next version (``pages.version``, 1 = the oldest); each version clusters like any
page, so an old version usually sits in its newer version's cluster as a variant.  ``clipper show
page:ID`` names a page's versions; ``clipper show page:ID --diff`` prints what changed between
it and the next version (the previous one for the newest), paragraph by paragraph
(:func:`clipper.changes.paragraph_diff`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import text

from clipper.archive import Archive
from clipper.changes import (
    changed_since,
    compare_texts,
    headline_change,
    held_share,
    paragraph_diff,
)
from clipper.dates import zoned_times
from clipper.refs import NotFound, resolve


@dataclass(frozen=True)
class VersionRef:
    """One version of a page: its page id, number and cluster (None: an interrupted run)."""

    page_id: int
    version: int
    cluster_id: int | None


def versions_of(connection: Any, source_key: str) -> list[VersionRef]:
    """Every version stored under ``source_key``, oldest first (an index seek: the unique
    ``(source_key, raw_hash)`` index)."""
    rows = connection.execute(
        text(
            "SELECT id, version, cluster_id FROM pages WHERE source_key = :key "
            "ORDER BY version, id"
        ),
        {"key": source_key},
    ).all()
    return [VersionRef(row.id, row.version, row.cluster_id) for row in rows]


@dataclass(frozen=True)
class WholeReading:
    """A reading of a page that was not cut short, which a reading cut short may be a part of:
    a stored version (``page_id``, ``version``) or a page of the batch being stored (both
    None), with its origin, headline key (:func:`clipper.headlines.reading_headline_key`),
    text and content hash."""

    origin: str
    headline: str
    text: str
    content_hash: str
    page_id: int | None = None
    version: int | None = None

    def named(self) -> str:
        """How a message names it: ``page:12 (version 2)``, or the input it is read from."""
        if self.page_id is None:
            return f"the reading from {self.origin}"
        return f"page:{self.page_id} (version {self.version})"


def holder_of(
    text: str, headline: str, wholes: Sequence[WholeReading], share: float
) -> WholeReading | None:
    """The first of ``wholes`` (newest first) under ``headline`` whose text holds at least
    ``share`` of ``text``'s words (:func:`clipper.changes.held_share`), else None: the whole
    reading a reading cut short is a part of.  Such a reading is not the page's next version
    (it would be the page "as it reads now" and an edit removing what the paywall hid): the
    pipeline counts it as a fetch of that reading (its last fetch moves) and says why it is
    not stored (``MatchConfig.cut_reading_held_share``)."""
    for whole in wholes:
        if whole.headline == headline and held_share(whole.text, text) >= share:
            return whole
    return None


@dataclass(frozen=True)
class VersionText:
    page_id: int
    version: int
    title: str | None
    date: str | None  # publication date, else fetch date
    # when clipper first saw this text: its fetch time, else when a run archived it (an input
    # without a fetch time)
    seen_at: str
    text: str
    fetched_at: str | None = None  # None: the input gave no fetch time


@dataclass(frozen=True)
class VersionDiff:
    """Two versions of one page, older first, and what changed: ``summary`` (["version 1 →
    version 2 (of 2)", "1 paragraph edited since", ...]) and ``diff``, unified diff lines
    with one paragraph a line (the headline as ``# HEADLINE``), empty when the texts are the
    same (whitespace and case aside)."""

    older: VersionText
    newer: VersionText
    versions: list[VersionRef]
    summary: list[str]
    diff: list[str]

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON document, stored times with their zone (zoned_times)."""
        return zoned_times(asdict(self))


def version_diff(archive: Archive, ref: str) -> VersionDiff:
    """What changed between the page ``ref`` names (a cluster id names its canonical; see
    :func:`clipper.refs.resolve`) and its next version, or its previous one when it is the
    newest.  Raises :class:`clipper.refs.NotFound` when ``ref`` names nothing stored or a page
    with one version."""
    cluster_id, page_id = resolve(archive, ref)
    with archive.engine.connect() as connection:
        if page_id is None:
            page_id = connection.execute(
                text("SELECT canonical_page_id FROM clusters WHERE id = :id"), {"id": cluster_id}
            ).scalar_one()
        key = connection.execute(
            text("SELECT source_key FROM pages WHERE id = :id"), {"id": page_id}
        ).scalar_one()
        versions = versions_of(connection, key)
        if len(versions) < 2:
            raise NotFound(
                f"page:{page_id} has one version: its address or file was never seen with "
                "another text (nothing to compare)"
            )
        at = next(i for i, v in enumerate(versions) if v.page_id == page_id)
        pair = (at, at + 1) if at + 1 < len(versions) else (at - 1, at)
        older, newer = (_version_text(connection, versions[i].page_id) for i in pair)
    changes = compare_texts(newer.title, newer.text, older.title, older.text)
    diff = paragraph_diff(
        older.title,
        older.text,
        newer.title,
        newer.text,
        old_label=f"page:{older.page_id} (version {older.version})",
        new_label=f"page:{newer.page_id} (version {newer.version})",
    )
    head = f"version {older.version} → version {newer.version} (of {len(versions)})"
    since = [
        headline_change(older.title, newer.title) if said == "headline changed since" else said
        for said in changed_since(changes)
    ]
    return VersionDiff(older, newer, versions, [head, *since], diff)


def _version_text(connection: Any, page_id: int) -> VersionText:
    row = connection.execute(
        text(
            "SELECT id, version, title, coalesce(published, fetched_at) AS date, seen_at, text, "
            "fetched_at FROM pages WHERE id = :id"
        ),
        {"id": page_id},
    ).one()
    return VersionText(
        row.id, row.version, row.title, row.date, row.seen_at, row.text, row.fetched_at
    )
