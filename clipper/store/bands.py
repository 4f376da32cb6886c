"""The LSH index in the archive: a batch's band collisions and key overlaps with stored pages,
and its keys written to the recent part, merged into the main part in key order."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from clipper.backends import Backend
from clipper.models import LshBandRecent, Meta, Page
from clipper.store.rows import core_table

# meta rows counting the pages indexed in lsh_bands and in lsh_bands_recent (migration 0007)
_BAND_COUNTS = ("lsh_bands.main_pages", "lsh_bands.recent_pages")


class Bands:
    """The LSH index part of :class:`clipper.store.Store`."""

    session: Session
    backend: Backend

    def band_collisions(
        self, keys: npt.NDArray[np.int64], key_rows: npt.NDArray[np.int64], slice_rows: int
    ) -> dict[int, set[int]]:
        """Stored page ids sharing an index key with each batch row (row index → ids, rows
        ascending).

        ``keys`` and ``key_rows`` are flat and parallel: each key and the batch row holding it
        (``candidates.key_rows``).  Each distinct key is looked up once in both parts of the
        index (:meth:`key_holders`) and the rows' pages are found from its holders in NumPy
        (:meth:`KeyHolders.overlaps`), ``slice_rows`` batch rows at a time
        (``Config.lookup_slice_pages``: what is held at once is a slice's hits).  A one-day
        night's copies share band keys, and a stored page sharing several bands with a row was
        returned once a band, each a Python tuple (the 6th batch of 10,000 one-day records:
        36,203 hits for 6,474 pairs).
        """
        holders = self.key_holders(keys)
        collisions: dict[int, set[int]] = {}
        for first in range(0, int(key_rows.max(initial=-1)) + 1, slice_rows):
            inside = (key_rows >= first) & (key_rows < first + slice_rows)
            pairs = holders.overlaps(keys[inside], key_rows[inside])
            rows, pages = pairs[:, 0], pairs[:, 1]
            # (row, page) rows are in row order: one run of pages a row
            bounds = np.flatnonzero(np.diff(rows)) + 1
            starts = [0, *bounds.tolist()]
            ends = [*bounds.tolist(), len(rows)]
            collisions.update(
                (int(rows[start]), set(pages[start:end].tolist()))
                for start, end in zip(starts, ends, strict=True)
                if end > start
            )
        return collisions

    def key_holders(self, keys: npt.NDArray[np.int64]) -> KeyHolders:
        """The stored pages holding each of ``keys`` (a batch's keys of one kind, repeats
        allowed), summed over both parts of the index: each distinct key looked up once, in
        key order (:class:`KeyHolders`)."""
        distinct = np.unique(keys)
        if not len(distinct):
            return KeyHolders.of(distinct, np.empty((0, 2), dtype=np.int64))
        hits = self.backend.key_hits(
            self.session.connection(),
            distinct.tolist(),
            list(range(len(distinct))),
            ("lsh_bands", "lsh_bands_recent"),
        )
        return KeyHolders.of(distinct, hits)

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
            core_table(LshBandRecent),
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


@dataclass(frozen=True, slots=True)
class KeyHolders:
    """The stored pages holding each of a batch's distinct keys (:meth:`Bands.key_holders`):
    ``keys`` ascending, the holders of ``keys[i]`` are ``pages[starts[i]:starts[i + 1]]``.

    Why once a batch: a one-day night's pages share paragraphs, so a passage key is held by
    many of the batch's pages and by more stored pages as the night grows; looked up for
    each (key, batch row), the index returned every holder once for every row holding the
    key, a Python tuple each.  Looked up by distinct key, each holder comes once, and
    :meth:`overlaps` counts a slice of the batch's rows against them in NumPy (the batch
    ending at 25k one-day records: the band look-ups 1.55 -> 0.75 main-process CPU s,
    10k: 0.76 -> 0.48; the same pairs)."""

    keys: npt.NDArray[np.int64]
    starts: npt.NDArray[np.int64]
    pages: npt.NDArray[np.int64]

    @classmethod
    def of(cls, keys: npt.NDArray[np.int64], hits: npt.NDArray[np.int64]) -> KeyHolders:
        """From ``keys`` (distinct, ascending) and ``hits``, ``(m, 2)`` rows ``(i, page id)``:
        ``keys[i]`` is held by the page (``Backend.key_hits`` of the keys tagged by index)."""
        order = np.argsort(hits[:, 0], kind="stable")
        index = hits[order, 0]
        starts = np.searchsorted(index, np.arange(len(keys) + 1)).astype(np.int64)
        return cls(keys, starts, hits[order, 1].astype(np.int64))

    def overlaps(
        self, keys: npt.NDArray[np.int64], key_rows: npt.NDArray[np.int64]
    ) -> npt.NDArray[np.int64]:
        """``(m, 3)`` rows ``(batch row, stored page id, n)`` in ``(row, page)`` order: the
        stored page holds ``n`` of the row's keys (``keys`` and ``key_rows`` flat and
        parallel, each key once a row and among :attr:`keys`)."""
        if not len(keys):
            return np.empty((0, 3), dtype=np.int64)
        at = np.searchsorted(self.keys, keys)
        assert np.array_equal(self.keys[np.minimum(at, len(self.keys) - 1)], keys), (
            "every key was looked up"
        )
        first = self.starts[at]
        held = self.starts[at + 1] - first
        total = int(held.sum())
        if not total:
            return np.empty((0, 3), dtype=np.int64)
        # each (key, row)'s holders one after another: the key's first holder, then the next
        ends = np.cumsum(held)
        where = np.arange(total, dtype=np.int64) + np.repeat(first - (ends - held), held)
        # (row, page) as one integer row · 2^32 + page (page ids and rows are below 2^31)
        codes, counts = np.unique(
            np.repeat(key_rows.astype(np.int64), held) << 32 | self.pages[where],
            return_counts=True,
        )
        return np.column_stack([codes >> 32, codes & 0xFFFFFFFF, counts]).astype(np.int64)
