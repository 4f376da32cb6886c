"""Everything ``clipper dedupe`` writes to the archive, one batch per transaction."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple, TypeVar

import numpy as np
import numpy.typing as npt
from sqlalchemy import Table, bindparam, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from clipper.archive import ArchiveError
from clipper.backends import PageText, backend_for
from clipper.canonical import RankKey, rank_key
from clipper.cluster import EdgeRow, Rules
from clipper.config import MatchConfig
from clipper.match import Edge
from clipper.models import (
    CanonicalChange,
    Cluster,
    LshBandRecent,
    Match,
    Meta,
    Page,
    Rejected,
    Run,
    SiteLine,
)
from clipper.page import Rejection
from clipper.urls import url_key

T = TypeVar("T")
# meta rows counting the pages indexed in lsh_bands and in lsh_bands_recent (migration 0007)
_BAND_COUNTS = ("lsh_bands.main_pages", "lsh_bands.recent_pages")
# SQLite allows 32,766 bound parameters per statement; stay well below for tuple IN lists.
_CHUNK = 500


def now() -> str:
    """UTC, ISO 8601 without an offset: the form every stored time takes, so they sort."""
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def chunks(items: Sequence[T], size: int = _CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


@dataclass(frozen=True, slots=True)
class NewPage:
    """A cleaned, fingerprinted page about to be stored."""

    source_key: str
    raw_hash: str
    url: str | None
    origin: str
    kind: str
    site: str | None
    title: str | None
    author: str | None
    published: str | None
    fetched_at: str | None
    seen_at: str
    language: str | None
    text: str
    template_lines: str | None
    word_count: int
    content_hash: str
    shingle_count: int
    signature: bytes
    # another site's page this page names as its original (Article.declared_original)
    declared_original: str | None = None
    date_source: str | None = None  # where ``published`` came from (Article.date_source)
    partial: str | None = None  # why the reading was cut short (Article.partial)
    last_fetched_at: str | None = None  # the reading's fetch time (ISO 8601), None: unknown
    payload_digest: str | None = None  # its WARC record's (Article.payload_digest)
    # ``published`` is a time written without a zone (clipper.dates.zoneless_time)
    published_zoneless: bool | None = None

    @property
    def rank(self) -> RankKey:
        return rank_key(
            self.word_count, self.published, self.url, self.source_key, self.content_hash,
            self.fetched_at, self.seen_at, self.title,
        )


@dataclass
class BatchOutcome:
    stored: int = 0
    new_clusters: int = 0
    joined_existing: int = 0
    canonical_changes: int = 0
    exact_duplicates: int = 0


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


def _table(model: type[Any]) -> Table:
    """The Core table of a model: Core executemany skips the ORM's per-row bookkeeping."""
    table = model.__table__
    assert isinstance(table, Table)
    return table



@dataclass(frozen=True, slots=True)
class SiteLineCounts:
    """What :meth:`Store.count_site_lines` returns: (site, line key) → pages of the site
    carrying it, and for each line that reached ``template_min_pages`` with this batch, the
    ``source_key`` of the stored pages that carried it before."""

    totals: dict[tuple[str, int], int]
    crossed: dict[tuple[str, int], list[str]]

# meta key: the JSON list of runs whose pages wait for the story stage (Store.stories_pending)
_STORIES_PENDING = "stories.pending_runs"


class Store:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.backend = backend_for(session.get_bind())

    # ---- runs ---------------------------------------------------------------------------
    def check_scheme(self, scheme: dict[str, str]) -> None:
        """Record the fingerprint scheme in a new archive; refuse a mismatching one."""
        stored = {row.key: row.value for row in self.session.scalars(select(Meta))}
        mismatched = {
            key: (stored[key], value)
            for key, value in scheme.items()
            if key in stored and stored[key] != value
        }
        if mismatched:
            details = "; ".join(f"{k}: archive {a}, now {b}" for k, (a, b) in mismatched.items())
            raise ArchiveError(
                "this archive's signatures were made with other fingerprint settings "
                f"({details}); use the same settings or a new archive"
            )
        for key, value in scheme.items():
            if key not in stored:
                self.session.add(Meta(key=key, value=value))

    # ---- runs whose pages still wait for the story stage --------------------------------
    def stories_pending(self) -> list[int]:
        """Runs whose stored pages have not been through the story stage yet: the story stage
        runs once at the end of a run, so a run that stopped before it left some."""
        value = self.session.get(Meta, _STORIES_PENDING)
        return sorted(json.loads(value.value)) if value is not None else []

    def set_stories_pending(self, run_ids: Iterable[int]) -> None:
        self.session.merge(Meta(key=_STORIES_PENDING, value=json.dumps(sorted(set(run_ids)))))
        self.session.flush()

    def canonicals_among(self, page_ids: Iterable[int]) -> set[int]:
        """Which of ``page_ids`` are a cluster's canonical (through the index on it)."""
        found: set[int] = set()
        for chunk in chunks(sorted(set(page_ids))):
            found.update(
                self.session.scalars(
                    select(Cluster.canonical_page_id).where(Cluster.canonical_page_id.in_(chunk))
                )
            )
        return found

    def pages_of_runs(self, run_ids: Iterable[int]) -> list[int]:
        """Ids of the pages stored by these runs (through the ``pages.run_id`` index)."""
        found: list[int] = []
        for run_id in sorted(set(run_ids)):
            found.extend(self.session.scalars(select(Page.id).where(Page.run_id == run_id)))
        return sorted(found)

    def mark_interrupted_runs(self) -> int:
        """Runs left 'running' by a process that died: only called under the write lock."""
        result = self.session.execute(
            update(Run)
            .where(Run.status == "running")
            .values(status="interrupted", finished_at=None)
        )
        return int(getattr(result, "rowcount", 0) or 0)

    def start_run(self, inputs: Sequence[str]) -> Run:
        run = Run(
            started_at=now(), status="running", inputs=json.dumps(list(inputs)), pid=os.getpid()
        )
        run.counts = "{}"
        self.session.add(run)
        self.session.flush()
        return run

    def finish_run(self, run: Run, status: str, counts: dict[str, Any]) -> None:
        run.status = status
        run.finished_at = now()
        run.counts = json.dumps(counts, sort_keys=True)

    def _record_change(
        self, cluster: Cluster, canonical_id: int, run_id: int, changed_at: str
    ) -> None:
        """Record that ``cluster`` (made by an earlier run) has ``canonical_id`` as its
        canonical now: one row per cluster and run, from its canonical before the run to the one
        after, whatever the batches were (a second change in the run moves the row's new page;
        a change back to where the run found it removes the row).  A cluster this run made has
        no change to record: it is new."""
        row = self.session.scalars(
            select(CanonicalChange).where(
                CanonicalChange.cluster_id == cluster.id, CanonicalChange.run_id == run_id
            )
        ).first()
        if row is None:
            self.session.add(
                CanonicalChange(
                    cluster_id=cluster.id,
                    run_id=run_id,
                    previous_page_id=cluster.canonical_page_id,
                    new_page_id=canonical_id,
                    changed_at=changed_at,
                )
            )
        elif row.previous_page_id == canonical_id:
            self.session.delete(row)
        else:
            row.new_page_id = canonical_id
            row.changed_at = changed_at

    def run_outcome(self, run_id: int) -> BatchOutcome:
        """What a whole run did to its pages, read from the archive it left (through the
        ``pages.run_id`` index): the same whatever the batch size.  Summed per batch, a cluster
        a run creates and merges again later in the run would count as new, and a page that
        becomes an exact copy of a later canonical would not count as one.  Canonical
        changes count the clusters of earlier runs whose canonical the run changed (one row
        each, :meth:`_record_change`).  ``stored`` counts the run's pages the archive holds:
        for a run that failed or was stopped, the batches it committed, not the batch in
        progress."""
        outcome = BatchOutcome()
        new_clusters: set[int] = set()
        rows = self.session.execute(
            select(Page.is_exact_duplicate, Cluster.id, Cluster.created_run_id)
            .outerjoin(Cluster, Cluster.id == Page.cluster_id)
            .where(Page.run_id == run_id)
        )
        for is_exact_duplicate, cluster_id, created_run_id in rows:
            outcome.stored += 1
            if cluster_id is None:
                continue
            outcome.exact_duplicates += bool(is_exact_duplicate)
            if created_run_id == run_id:
                new_clusters.add(cluster_id)
            else:
                outcome.joined_existing += 1
        outcome.new_clusters = len(new_clusters)
        outcome.canonical_changes = (
            self.session.scalar(
                select(func.count())
                .select_from(CanonicalChange)
                .where(CanonicalChange.run_id == run_id)
            )
            or 0
        )
        return outcome

    def record_rejections(self, run_id: int, rejections: Sequence[Rejection]) -> None:
        if rejections:
            self.session.execute(
                insert(Rejected),
                [
                    {
                        "run_id": run_id,
                        "origin": r.origin,
                        "reason": r.reason,
                        "detail": r.detail,
                        "url": url_key(r.url) if r.url else None,
                        "fetched_at": r.fetched_at,
                    }
                    for r in rejections
                ],
            )

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
        :func:`clipper.headlines.reading_headline_key`) and the stored reading.  An index seek
        per key, as :meth:`existing_keys` does."""
        found: dict[str, list[StoredText]] = {}
        for chunk in chunks(sorted(set(source_keys))):
            rows = self.session.execute(
                select(
                    Page.source_key, Page.raw_hash, Page.content_hash, Page.title, Page.url,
                    Page.site, Page.run_id, Page.origin, Page.fetched_at,
                ).where(Page.source_key.in_(chunk))
            )
            for row in rows:
                found.setdefault(row.source_key, []).append(
                    StoredText(
                        row.raw_hash, row.content_hash, row.title, row.url, row.site,
                        StoredReading(row.run_id, row.origin, row.fetched_at),
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
                    Page.source_key, Page.id, Page.version, Page.origin, Page.title, Page.url,
                    Page.site, Page.text, Page.content_hash, Page.fetched_at, Page.kind,
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

    # ---- site templates ----------------------------------------------------------------
    def count_site_lines(
        self, sources: dict[tuple[str, int], set[str]], min_pages: int
    ) -> SiteLineCounts:
        """Add this batch's pages to the per-site line counts; return the totals for those
        lines and, for each line that reaches ``min_pages`` with this batch, the ``source_key``
        of the stored pages that carried it before (at most ``min_pages - 1``).

        ``sources``: (site, line key) → source keys of the batch's pages carrying the line.  A
        page already counted for a line (a new version of it) is not counted again while the
        line is under ``min_pages`` (``site_lines.sources`` lists them; see
        :class:`clipper.models.SiteLine`).
        """
        if not sources:
            return SiteLineCounts({}, {})
        by_site: dict[str, list[int]] = {}
        for site, line_key in sources:
            by_site.setdefault(site, []).append(line_key)
        existing: dict[tuple[str, int], tuple[int, str | None]] = {}
        # One site at a time, so the primary key (site, line_key) is searched, not scanned.
        for site, line_keys in by_site.items():
            for chunk in chunks(sorted(line_keys)):
                rows = self.session.execute(
                    select(SiteLine.line_key, SiteLine.pages, SiteLine.sources).where(
                        SiteLine.site == site, SiteLine.line_key.in_(chunk)
                    )
                )
                existing.update(((site, k), (pages, known)) for k, pages, known in rows)
        totals: dict[tuple[str, int], int] = {}
        crossed: dict[tuple[str, int], list[str]] = {}
        new_rows: list[dict[str, Any]] = []
        changed: list[dict[str, Any]] = []
        for key in sorted(sources):
            pages, known_json = existing.get(key, (0, None))
            known: list[str] = json.loads(known_json) if known_json else []
            fresh = sources[key].difference(known) if pages < min_pages else sources[key]
            total = pages + len(fresh)
            listed: str | None = None
            if pages < min_pages <= total:
                crossed[key] = known
            elif total < min_pages:
                listed = json.dumps(sorted({*known, *fresh}))
            totals[key] = total
            if key in existing:
                changed.append(
                    {"b_site": key[0], "b_key": key[1], "b_pages": total, "b_sources": listed}
                )
            else:
                new_rows.append(
                    {"site": key[0], "line_key": key[1], "pages": total, "sources": listed}
                )
        if new_rows:
            self.session.execute(insert(SiteLine), new_rows)
        if changed:
            table = _table(SiteLine)
            self.session.execute(
                update(table)
                .where(table.c.site == bindparam("b_site"))
                .where(table.c.line_key == bindparam("b_key"))
                .values(pages=bindparam("b_pages"), sources=bindparam("b_sources")),
                changed,
            )
        return SiteLineCounts(totals, crossed)

    def site_line_totals(self, site: str, line_keys: Iterable[int]) -> dict[int, int]:
        """How many pages of ``site`` carried each of ``line_keys`` (absent: none)."""
        totals: dict[int, int] = {}
        for chunk in chunks(sorted(set(line_keys))):
            rows = self.session.execute(
                select(SiteLine.line_key, SiteLine.pages).where(
                    SiteLine.site == site, SiteLine.line_key.in_(chunk)
                )
            )
            totals.update((k, pages) for k, pages in rows)
        return totals

    def pages_of_sources(self, site: str, source_keys: Iterable[str]) -> list[Any]:
        """The stored pages of ``site`` with these ``source_key``s (every stored version):
        rows of (id, title, text, template_lines, language, site), in id order.

        Looked up by ``source_key`` alone and the site compared here: with both in the query
        SQLite chose the site's index and read every page of the site (0.93 against 0.02 ms
        for four keys in a 10,000-page archive of 12 sites), a cost growing with the archive.
        """
        rows: list[Any] = []
        for chunk in chunks(sorted(set(source_keys))):
            rows.extend(
                row
                for row in self.session.execute(
                    select(
                        Page.id, Page.title, Page.text, Page.template_lines, Page.language,
                        Page.site,
                    ).where(Page.source_key.in_(chunk))
                )
                if row.site == site
            )
        return sorted(rows, key=lambda row: row.id)

    def replace_texts(self, pages: Sequence[tuple[PageText, PageText, str | None]]) -> None:
        """Store new texts of stored pages (a template cut made again): for each page its
        full-text entry as indexed (old), as it is now (new) and its new ``template_lines``.
        The full-text index entry is replaced with the text."""
        if not pages:
            return
        table = _table(Page)
        self.session.execute(
            update(table)
            .where(table.c.id == bindparam("b_id"))
            .values(text=bindparam("b_text"), template_lines=bindparam("b_lines")),
            [{"b_id": new.page_id, "b_text": new.text, "b_lines": cut} for _, new, cut in pages],
        )
        self.backend.reindex_pages(
            self.session.connection(),
            [old for old, _, _ in pages],
            [new for _, new, _ in pages],
        )

    # ---- pages and the LSH index -------------------------------------------------------
    def insert_pages(
        self,
        pages: Sequence[NewPage],
        run_id: int,
        search_texts: Sequence[tuple[str | None, str | None]] | None = None,
    ) -> list[int]:
        """Insert pages (not yet clustered); their ids, in the order given.

        ``search_texts``: each page's full-text index title and body
        (:func:`clipper.searchtext.search_text` of its title and text) when the caller has
        them (the pipeline's workers compute them), else computed here.

        Ids are assigned here rather than read back: only one run writes (the archive's write
        lock), and a plain executemany is several times faster than INSERT … RETURNING.
        """
        first = int(self.session.scalar(select(func.coalesce(func.max(Page.id), 0))) or 0) + 1
        ids = list(range(first, first + len(pages)))
        rows = [
            {
                **{name: getattr(page, name) for name in NewPage.__dataclass_fields__},
                "id": page_id,
                "run_id": run_id,
                "is_exact_duplicate": False,
                "version": 1,
            }
            for page_id, page in zip(ids, pages, strict=True)
        ]
        if rows:
            self.session.execute(insert(_table(Page)), rows)
            # The full-text index is written once per batch, not by a trigger per row.
            self.backend.index_pages(
                self.session.connection(),
                [
                    PageText(page_id, page.title, page.text, page.language, *searched)
                    for page_id, page, searched in zip(
                        ids, pages, search_texts or [(None, None)] * len(pages), strict=True
                    )
                ],
            )
        return ids

    def band_collisions(
        self, keys: npt.NDArray[np.int64], key_rows: npt.NDArray[np.int64]
    ) -> dict[int, set[int]]:
        """Stored page ids sharing an index key with each batch row (row index → ids).

        ``keys`` and ``key_rows`` are flat and parallel: each key and the batch row holding it
        (``match.key_rows``).  The batch's keys are joined against both parts of the index
        (``lsh_bands`` and ``lsh_bands_recent``, see :meth:`insert_bands`) in one statement
        each (a temporary table on SQLite, arrays on PostgreSQL: clipper.backends), not tens
        of thousands of parameters.
        """
        flat = keys
        # In key order, so the join walks the big index from one end to the other instead of
        # jumping to a random leaf page for every key.
        order = np.argsort(flat, kind="stable")
        collisions: dict[int, set[int]] = {}
        for row, page_id in self.backend.band_collisions(
            self.session.connection(),
            flat[order].tolist(),
            key_rows[order].tolist(),
            ("lsh_bands", "lsh_bands_recent"),
        ):
            collisions.setdefault(row, set()).add(page_id)
        return collisions

    def key_overlaps(
        self, keys: npt.NDArray[np.int64], key_rows: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.int64]:
        """``(m, 3)`` rows ``(batch row, stored page id, n)``: the stored page holds ``n`` of
        the row's keys (flat and parallel, each key once a row, as for
        :meth:`band_collisions`), summed over both parts of the index."""
        if not len(keys):
            return np.empty((0, 3), dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        # one row per shared key, counted per (row, page) as they arrive
        return self.backend.key_counts(
            self.session.connection(),
            keys[order].tolist(),
            key_rows[order].tolist(),
            ("lsh_bands", "lsh_bands_recent"),
        )

    def insert_bands(
        self,
        page_ids: Sequence[int],
        keys: npt.NDArray[np.int64],
        key_rows: npt.NDArray[np.int64],
        merge_min_pages: int,
        merge_fraction: float,
    ) -> bool:
        """Index the batch's keys (flat, parallel to ``key_rows``: batch row of each key) in
        the index's recent part; merge that into the main part when it holds
        ``merge_fraction`` of the indexed pages and at least ``merge_min_pages``.

        Returns whether this call merged.  Why two parts: index keys are hashes, so a batch's
        keys (40 or more a page) land all over one big B-tree and nearly every leaf becomes
        dirty at each commit; written into a small B-tree they stay in a few pages.  The merge
        is one ``INSERT … SELECT … ORDER BY key``: the big B-tree is walked once from end to
        end, and with the recent part at most ``merge_fraction`` of the main part its cost per
        page stays constant however large the archive grows (the merges of a log-structured
        index).  The decision counts pages only (``meta``), so it falls at the same batches on
        every run over the same input, and a crash rolls the counts back with the batch.
        """
        ids = np.asarray(page_ids, dtype=np.int64)[key_rows]
        # Distinct (key, page id) rows in key order, sorted as arrays (a set and a sort of
        # Python tuples cost ~0.1 ms a page: ~90 keys each).
        order = np.lexsort((ids, keys))
        keys, ids = keys[order], ids[order]
        distinct = np.ones(len(keys), dtype=bool)
        distinct[1:] = (keys[1:] != keys[:-1]) | (ids[1:] != ids[:-1])
        self.backend.bulk_insert(
            self.session.connection(),
            _table(LshBandRecent),
            ("key", "page_id"),
            list(zip(keys[distinct].tolist(), ids[distinct].tolist(), strict=True)),
        )
        counts = {
            row.key: int(row.value)
            for row in self.session.scalars(select(Meta).where(Meta.key.in_(_BAND_COUNTS)))
        }
        if "lsh_bands.main_pages" in counts:
            main = counts["lsh_bands.main_pages"]
            recent = counts.get("lsh_bands.recent_pages", 0) + len(page_ids)
        else:  # an archive from before migration 0007: every earlier page is in lsh_bands
            main = int(self.session.scalar(select(func.count()).select_from(Page)) or 0)
            main, recent = main - len(page_ids), len(page_ids)
        merge = recent >= max(merge_min_pages, merge_fraction * main)
        self._set_band_counts(main, recent)
        if merge:
            self.merge_bands()
        return merge

    def merge_bands(self) -> None:
        """Move the recent part of the LSH index into the main part, in key order."""
        self.session.execute(
            text(
                "INSERT INTO lsh_bands (key, page_id) "
                "SELECT key, page_id FROM lsh_bands_recent ORDER BY key, page_id"
            )
        )
        self.session.execute(text("DELETE FROM lsh_bands_recent"))
        counts = {
            row.key: int(row.value)
            for row in self.session.scalars(select(Meta).where(Meta.key.in_(_BAND_COUNTS)))
        }
        self._set_band_counts(
            counts.get("lsh_bands.main_pages", 0) + counts.get("lsh_bands.recent_pages", 0), 0
        )

    def _set_band_counts(self, main: int, recent: int) -> None:
        for name, value in (("lsh_bands.main_pages", main), ("lsh_bands.recent_pages", recent)):
            self.session.merge(Meta(key=name, value=str(value)))
        self.session.flush()

    def candidate_rows(self, page_ids: Iterable[int]) -> list[Any]:
        """What verification needs of stored pages: text and ranking fields."""
        rows: list[Any] = []
        for chunk in chunks(sorted(set(page_ids))):
            rows.extend(
                self.session.execute(
                    select(
                        Page.id,
                        Page.text,
                        Page.template_lines,
                        Page.word_count,
                        Page.published,
                        Page.url,
                        Page.source_key,
                        Page.content_hash,
                        Page.fetched_at,
                        Page.seen_at,
                        Page.title,
                    ).where(Page.id.in_(chunk))
                )
            )
        return rows

    def insert_edges(self, edges: Sequence[Edge]) -> None:
        unique = {(e.page_id, e.better_page_id): e for e in edges}
        rows = [
            {
                "page_id": e.page_id,
                "better_page_id": e.better_page_id,
                "jaccard": e.jaccard,
                "containment": e.containment,
                "offset_words": e.offset,
            }
            for e in unique.values()
        ]
        if rows:
            self.session.execute(insert(_table(Match)), rows)

    # ---- clustering ----------------------------------------------------------------------
    def component(
        self, seeds: Iterable[int], with_edges: bool = True
    ) -> tuple[set[int], list[EdgeRow]]:
        """The connected component(s) of the match graph around ``seeds``: ids and edges
        ``(page_id, better_page_id, jaccard, containment, offset_words)`` (none without
        ``with_edges``: the story stage needs only the pages of a night's components, and
        their edges would be a list as long as the night's matches)."""
        members = set(seeds)
        frontier = set(members)
        edges: dict[tuple[int, int], EdgeRow] = {}
        columns = (
            (Match.page_id, Match.better_page_id, Match.jaccard, Match.containment,
             Match.offset_words)
            if with_edges
            else (Match.page_id, Match.better_page_id)
        )
        while frontier:
            found: set[int] = set()
            for chunk in chunks(sorted(frontier)):
                rows = self.session.execute(
                    select(*columns).where(
                        or_(Match.page_id.in_(chunk), Match.better_page_id.in_(chunk))
                    )
                )
                for row in rows:
                    if with_edges:
                        edges[(row[0], row[1])] = (row[0], row[1], row[2], row[3], row[4])
                    found.update((row[0], row[1]))
            frontier = found - members
            members |= found
        return members, list(edges.values())

    def recluster(
        self,
        seeds: Iterable[int],
        run_id: int,
        new_page_ids: set[int],
        copy_jaccard: float = MatchConfig.jaccard_threshold,
        whole_coverage: float = MatchConfig.containment_threshold,
        clear_margin: float = MatchConfig.clear_coverage_margin,
        opening_words: int = MatchConfig.brief_max_offset,
        overlap_words: int = MatchConfig.compilation_overlap_words,
        gap_words: int = MatchConfig.compilation_gap_words,
    ) -> BatchOutcome:
        """Bring clusters and canonicals up to date after a batch: ``seeds``, the batch's
        pages, stored with their matches (``copy_jaccard``, ``whole_coverage``,
        ``clear_margin``: ``MatchConfig``'s ``jaccard_threshold``, ``containment_threshold``
        and ``clear_coverage_margin``; ``opening_words``, ``overlap_words``, ``gap_words``:
        ``brief_max_offset``, ``compilation_overlap_words``, ``compilation_gap_words``; see
        ``cluster.assign``).  Only the pages whose decision the batch can change are walked
        again (``clipper.reclustering``): the result of ``cluster.assign`` over their whole
        connected components (``seeds`` and ``new_page_ids``: the same pages, the latter
        counted in the outcome)."""
        rules = Rules(
            copy_jaccard, whole_coverage, clear_margin, opening_words, overlap_words, gap_words
        )
        from clipper import reclustering  # which reads this module's types

        return reclustering.recluster(self, set(seeds), new_page_ids, run_id, rules, now())

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
        (:func:`clipper.versions.needs_texts`)."""
        from clipper.versions import needs_texts, number_versions

        updates = []
        fetches = []
        for chunk in chunks(sorted(set(source_keys))):
            rows = self.session.execute(
                select(
                    Page.id,
                    Page.source_key,
                    func.coalesce(Page.fetched_at, Page.published, Page.seen_at).label("when"),
                    Page.seen_at,
                    Page.content_hash,
                    Page.version,
                    Page.partial,
                    Page.fetched_at,
                    Page.last_fetched_at,
                    Page.origin,
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
                numbered = number_versions(versions, texts, share)
                for row in versions:
                    if row.version != numbered.numbers[row.id]:
                        updates.append({"id": row.id, "version": numbered.numbers[row.id]})
                at = {row.id: row for row in versions}
                for stub, holder in sorted(numbered.holders.items()):
                    fetched = at[stub].last_fetched_at or at[stub].fetched_at
                    held = at[holder].last_fetched_at or at[holder].fetched_at
                    if fetched is not None and (held is None or fetched > held):
                        fetches.append({"id": holder, "last_fetched_at": fetched})
        if updates:
            self.session.execute(update(Page), updates)
        if fetches:
            self.session.execute(update(Page), fetches)
