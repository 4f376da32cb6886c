"""What is already archived of a page: the readings and versions stored under its source key,
and how its versions are numbered."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from types import SimpleNamespace
from typing import Any, NamedTuple

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from clipper.config import MatchConfig
from clipper.models import Page
from clipper.pubwindows import bounds_columns
from clipper.store import changed
from clipper.store.rows import chunks


class StoredReading(NamedTuple):
    """The stored page a reading repeats: the run that stored it, its origin and fetch time
    (ISO 8601, None when unknown): what the reading is counted and kept against."""

    run_id: int
    origin: str
    fetched_at: str | None


class StoredText(NamedTuple):
    """A stored version of a page (:meth:`Store.stored_versions`): its bytes and text hashes,
    its headline, URL and site (what tells its headline from another version's) and the
    stored reading."""

    raw_hash: str
    content_hash: str
    title: str | None
    url: str | None
    site: str | None
    reading: StoredReading
    # its publication date as stored, where that came from and whether it is a zoneless time
    # (what a later version whose only date is an update keeps: clipper.versiondates.kept_date)
    published: str | None = None
    date_source: str | None = None
    published_zoneless: bool | None = None
    published_offset: int | None = None  # the offset it was written with (minutes east of UTC)


class Readings:
    """The readings part of :class:`clipper.store.Store`."""

    session: Session

    # ---- what is already archived ------------------------------------------------------
    def existing_keys(
        self, column: Any, keys: Sequence[tuple[str, str]]
    ) -> dict[tuple[str, str], StoredReading]:
        """Which ``(source_key, <column>)`` pairs are already stored: the run that stored each,
        the page's origin and fetch time.

        Looked up by ``source_key`` alone (an index seek per key) and matched in Python: SQLite
        answers a row-value ``IN`` list by scanning the whole index, which would make every
        batch cost as much as the archive is large.
        """
        wanted = set(keys)
        found: dict[tuple[str, str], StoredReading] = {}
        for chunk in chunks(sorted({source_key for source_key, _ in wanted})):
            rows = self.session.execute(
                select(Page.source_key, column, Page.run_id, Page.origin, Page.fetched_at).where(
                    Page.source_key.in_(chunk)
                )
            )
            for source_key, value, run_id, origin, fetched_at in rows:
                if (source_key, value) in wanted:
                    found[(source_key, value)] = StoredReading(run_id, origin, fetched_at)
        return found

    def stored_versions(self, source_keys: Iterable[str]) -> dict[str, list[StoredText]]:
        """Every page stored under each of ``source_keys`` (its versions): bytes and text
        hashes, headline, URL and site (what tells one version's headline from another's:
        :func:`clipper.headlines.reading_headline_key`), the stored reading and its
        publication date.  An index seek
        per key, as :meth:`existing_keys` does."""
        found: dict[str, list[StoredText]] = {}
        for chunk in chunks(sorted(set(source_keys))):
            rows = self.session.execute(
                select(
                    Page.source_key,
                    Page.raw_hash,
                    Page.content_hash,
                    Page.title,
                    Page.url,
                    Page.site,
                    Page.run_id,
                    Page.origin,
                    Page.fetched_at,
                    Page.published,
                    Page.date_source,
                    Page.published_zoneless,
                    Page.published_offset,
                ).where(Page.source_key.in_(chunk))
            )
            for row in rows:
                found.setdefault(row.source_key, []).append(
                    StoredText(
                        row.raw_hash,
                        row.content_hash,
                        row.title,
                        row.url,
                        row.site,
                        StoredReading(row.run_id, row.origin, row.fetched_at),
                        row.published,
                        row.date_source,
                        row.published_zoneless,
                        row.published_offset,
                    )
                )
        return found

    def urlless_by_raw_hash(self, raw_hashes: Sequence[str]) -> dict[str, StoredReading]:
        """Of ``raw_hashes``, those a stored page without a URL has: the run that stored it,
        its origin and fetch time (through the partial index ``ix_pages_urlless_raw_hash``: a
        seek per hash)."""
        found: dict[str, StoredReading] = {}
        for chunk in chunks(sorted(set(raw_hashes))):
            rows = self.session.execute(
                select(Page.raw_hash, Page.run_id, Page.origin, Page.fetched_at).where(
                    Page.url.is_(None), Page.raw_hash.in_(chunk)
                )
            )
            for raw_hash, run_id, origin, fetched_at in rows:
                found.setdefault(raw_hash, StoredReading(run_id, origin, fetched_at))
        return found

    def whole_versions(self, source_keys: Iterable[str]) -> dict[str, list[Any]]:
        """The stored versions of each of ``source_keys`` read whole (not ``partial``), newest
        first: id, version, origin, title, URL, site, text, content hash and fetch time (an
        index seek per key).  What a reading cut short is compared with
        (:func:`clipper.versions.holder_of`), and a whole reading of a stored capture
        (:func:`clipper.versions.fuller_reading_of`); asked only for the keys of a batch's
        readings cut short and of its readings of a capture read twice."""
        found: dict[str, list[Any]] = {}
        for chunk in chunks(sorted(set(source_keys))):
            rows = self.session.execute(
                select(
                    Page.source_key,
                    Page.id,
                    Page.version,
                    Page.origin,
                    Page.title,
                    Page.url,
                    Page.site,
                    Page.text,
                    Page.content_hash,
                    Page.fetched_at,
                    Page.kind,
                )
                .where(Page.source_key.in_(chunk), Page.partial.is_(None))
                .order_by(Page.source_key, Page.version.desc(), Page.id.desc())
            )
            for row in rows:
                found.setdefault(row.source_key, []).append(row)
        return found

    def whole_readings(
        self, captures: Sequence[tuple[str, str]]
    ) -> dict[tuple[str, str], StoredReading]:
        """Of ``captures`` (source key, fetch time as stored), those a stored page read whole
        (not ``partial``) has: the run that stored it, its origin and fetch time (an index
        seek per source key, matched in Python as :meth:`existing_keys` does)."""
        wanted = set(captures)
        found: dict[tuple[str, str], StoredReading] = {}
        for chunk in chunks(sorted({source_key for source_key, _ in wanted})):
            rows = self.session.execute(
                select(Page.source_key, Page.fetched_at, Page.run_id, Page.origin).where(
                    Page.source_key.in_(chunk), Page.partial.is_(None)
                )
            )
            for source_key, fetched_at, run_id, origin in rows:
                if fetched_at is not None and (source_key, fetched_at) in wanted:
                    found.setdefault(
                        (source_key, fetched_at), StoredReading(run_id, origin, fetched_at)
                    )
        return found

    def renumber_versions(
        self, source_keys: Iterable[str], share: float = MatchConfig.cut_reading_held_share
    ) -> None:
        """Number the distinct texts of each page (its URL, or its file when it has none:
        ``source_key``) 1, 2, … by when they existed, a reading cut short that a whole version
        holds 0 (no version: a fetch of that one, whose last fetch moves to its own when
        later), and so a shorter reading of a capture that a fuller reading of it holds:
        :func:`clipper.versions.number_versions`, ``share`` its
        ``MatchConfig.cut_reading_held_share``.  Texts are read only for the addresses holding
        a reading cut short and a whole one, or two whole readings of one capture
        (:func:`clipper.versions.needs_texts`).  A version stored dated by its update alone,
        before a reading that dates the page by its own date arrived, takes that reading's date
        (:func:`clipper.versiondates.backfilled_dates`)."""
        from clipper.versiondates import backfilled_dates
        from clipper.versions import needs_texts, number_versions

        updates = []
        fetches = []
        redated: list[dict[str, Any]] = []
        for chunk in chunks(sorted(set(source_keys))):
            rows = self.session.execute(
                select(
                    Page.id,
                    Page.source_key,
                    # a version's update time before its publication date, which a later
                    # version keeps from its first one (clipper.newpages: pages.updated)
                    func.coalesce(
                        Page.fetched_at, Page.updated, Page.published, Page.seen_at
                    ).label("when"),
                    Page.seen_at,
                    Page.content_hash,
                    Page.version,
                    Page.partial,
                    Page.fetched_at,
                    Page.last_fetched_at,
                    Page.origin,
                    Page.published,
                    Page.date_source,
                    Page.published_zoneless,
                    Page.published_offset,
                    Page.updated,
                    Page.url,
                    Page.site,
                    Page.region,
                ).where(Page.source_key.in_(chunk))
            ).all()
            by_url: dict[str, list[Any]] = {}
            for row in rows:
                by_url.setdefault(row.source_key, []).append(row)
            mixed = [
                row.id for versions in by_url.values() if needs_texts(versions) for row in versions
            ]
            texts = {
                row.id: row
                for part in chunks(mixed)
                for row in self.session.execute(
                    select(
                        Page.id, Page.title, Page.url, Page.site, Page.text, Page.origin, Page.kind
                    ).where(Page.id.in_(part))
                )
            }
            for versions in by_url.values():
                # a version dated by its update, stored before the reading that dates the
                # page (a backfill): that reading's date (clipper.versiondates)
                at = {row.id: row for row in versions}
                dated: dict[int, str] = {}
                for change in backfilled_dates(versions):
                    page = at[change["id"]]
                    redated.append(change | bounds_columns(
                        change["published"], change["published_zoneless"], page.url, page.site,
                        page.region,
                    ))  # fmt: skip
                    dated[page.id] = change["updated"] or change["published"]
                # numbered by the dates they are stored with: a version stored undated before
                # the reading that dates it (numbered by when clipper saw it, a time no other
                # order of the nights gives) takes its place by the date it now has
                numbered = number_versions(
                    [_when(row, dated[row.id]) if row.id in dated else row for row in versions],
                    texts,
                    share,
                )
                for row in versions:
                    if row.version != numbered.numbers[row.id]:
                        updates.append({"id": row.id, "version": numbered.numbers[row.id]})
                for stub, holder in sorted(numbered.holders.items()):
                    fetched = at[stub].last_fetched_at or at[stub].fetched_at
                    held = at[holder].last_fetched_at or at[holder].fetched_at
                    if fetched is not None and (held is None or fetched > held):
                        fetches.append({"id": holder, "last_fetched_at": fetched})
        if updates:
            self.session.execute(update(Page), updates)
        if fetches:
            self.session.execute(update(Page), fetches)
        if redated:
            self.session.execute(update(Page), redated)
        # an earlier run's page renumbered, re-dated or fetched later is an export row changed
        changed.mark_pages(
            self.session,
            {row["id"] for row in [*updates, *fetches, *redated]},
            changed.current_run(self.session),
        )


def _when(row: Any, date: str | None) -> Any:
    """``row`` (a reading as :meth:`Readings.renumber_versions` selects it) with ``when`` as
    the date backfilled into it (``date``: its update time, else its publication date) gives
    it, its fetch time first."""
    values = row._asdict()
    values["when"] = row.fetched_at or date or row.seen_at
    return SimpleNamespace(**values)
