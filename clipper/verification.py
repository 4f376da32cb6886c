"""The match stage of a batch against the archive: which pairs of pages are verified, and
their verification (:class:`BatchMatcher`, used by :class:`clipper.pipeline.Deduper`).

Candidate pairs come from shared LSH bands (found by the caller) and from passage and opening
keys the two pages share enough of (:func:`clipper.candidates.sharing_pairs`, looked up in the
archive's band index a slice of the batch at a time); each pair is then verified exactly on
both pages' shingles (:func:`clipper.match.verify`, in the worker processes:
``Workers.verify``).  A stored page taking part in a pair is read back from its text and
shingled again, a slice at a time, and kept in a least-recently-used cache of
``Config.candidate_cache_pages`` candidates, so a run holds the batch, the cache and one slice
however many stored pages the night's pairs reach.  What the stage keeps between batches is
those caches only: dropping them changes no edge (``tests/test_dedupe.py``).
"""

from __future__ import annotations

import json
import pickle
from collections import OrderedDict
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from clipper.candidates import batch_overlaps, pair_overlaps, pair_rows, sharing_pairs
from clipper.canonical import rank_key
from clipper.config import Config
from clipper.figures import NO_FIGURES
from clipper.match import Candidate, Edge
from clipper.matchview import match_view
from clipper.minhash import MinHasher
from clipper.shingles import shingle_sequence
from clipper.sortedsets import distinct
from clipper.store import Store
from clipper.summary import RunSummary
from clipper.templates import restore_lines
from clipper.words import words
from clipper.workers import Workers


@dataclass(frozen=True, slots=True)
class Kept:
    """A candidate as :attr:`BatchMatcher.cache` keeps it: its view's arrays one after another
    in one array (positions as 32-bit), its rank, lead words and quoted spans pickled.  A
    ``Candidate`` holds up to five arrays and a tuple of nine strings (7.9 KB and ~20 objects
    a page on bench/oneday.py's records, its distinct shingles included); kept so, 4.0 KB in four
    objects: the cache (``Config.candidate_cache_pages``, 10,000) is ~39 MB smaller, and its
    churn (a batch replaces thousands of entries) scatters fewer small objects among a batch's
    transients.
    :meth:`candidate` gives the same candidate back, the same values and dtypes (its
    distinct shingles are made again when read: the main process sends the cached pages to
    the verification workers, which make them anyway)."""

    page_id: int
    # pickled (rank, lead words, quoted statements' word spans)
    rank: bytes
    # sequence, positions (word offsets, < 2**32), held shingles, figures; None: -1
    arrays: npt.NDArray[np.uint32]
    lengths: tuple[int, int, int, int]

    @classmethod
    def of(cls, candidate: Candidate) -> Kept:
        parts = (candidate.sequence, candidate.positions, candidate.whole, candidate.figures)
        return cls(
            candidate.page_id,
            pickle.dumps(
                (candidate.rank, candidate.lead_words, candidate.quoted), pickle.HIGHEST_PROTOCOL
            ),
            np.concatenate([np.asarray(a, dtype=np.uint32) for a in parts if a is not None]),
            (
                len(candidate.sequence),
                -1 if candidate.positions is None else len(candidate.positions),
                -1 if candidate.whole is None else len(candidate.whole),
                len(candidate.figures),
            ),
        )

    def candidate(self) -> Candidate:
        out: list[npt.NDArray[np.uint32] | None] = []
        start = 0
        for n in self.lengths:
            out.append(None if n < 0 else self.arrays[start : start + n])
            start += max(n, 0)
        sequence, positions, whole, figures = out
        assert sequence is not None and figures is not None
        rank, lead_words, quoted = pickle.loads(self.rank)
        return Candidate(
            self.page_id,
            sequence,
            None,
            rank,
            whole=whole,
            positions=None if positions is None else positions.astype(np.int64),
            figures=figures if len(figures) else NO_FIGURES,
            lead_words=lead_words,
            quoted=quoted,
        )


class BatchMatcher:
    """Candidate pairs of a run's batches against the archive, and their verification, with
    the run's two caches (:attr:`cache`, :attr:`key_counts`)."""

    def __init__(
        self, store: Store, config: Config, workers: Workers, summary: RunSummary
    ) -> None:
        self.store = store
        self.config = config
        self.workers = workers
        self.summary = summary
        # passage keys of stored candidates are recomputed from their text (a cache: the
        # permutations of the archive's scheme)
        self.hasher = MinHasher(config.fingerprint)
        # page id → the candidate, least recently used first (Config.candidate_cache_pages)
        self.cache: OrderedDict[int, Kept] = OrderedDict()
        # page id → (passage keys, opening keys) of every page this run stored or loaded: all
        # the passage rule needs of a page (candidates.sharing_pairs), two integers a page, so a
        # stored page is read back and shingled only for the pairs the rule keeps
        self.key_counts: dict[int, tuple[int, int]] = {}

    def clear(self) -> None:
        """Drop both caches (before the story stage holds the night's clusters)."""
        self.cache.clear()
        self.key_counts.clear()

    def verify(
        self,
        batch: dict[int, Candidate],
        stored: list[int],
        pairs: npt.NDArray[np.int64],
    ) -> list[Edge]:
        """The edges among the batch's candidate ``pairs`` (those sharing a band, and those
        sharing enough passage or opening keys: ``candidates.sharing_pairs``), each pair a page of
        the batch (``batch``) and a page of the batch or a stored page (``stored``, ascending
        ids); ``pairs``: ``(n, 2)`` rows as ``candidates.pair_rows`` gives them.  The same edges
        as one ``Workers.verify`` of all the pairs gives (in another order: the match table is
        keyed by the pair).

        The stored pages are taken ``Config.verify_slice_pages`` at a time, those in the
        candidate cache first, the others read back, used for their pairs and let go (they
        join the cache, least recently used dropped), so the main process holds the batch, the
        cache and one slice, and the verification workers are sent the batch and one slice,
        however many stored pages the night's pairs reach (one-day records: every earlier page
        of the night, 19,000 at 20k, read back and sent to the workers at once: the run's
        largest transient).
        """
        timed = self.summary.timed
        cache = self.cache
        size = self.config.verify_slice_pages
        # the cached pages first (reading the others may push them out of the cache)
        ordered = [pid for pid in stored if pid in cache]
        ordered += [pid for pid in stored if pid not in cache]
        slices = [ordered[i : i + size] for i in range(0, len(ordered), size)] or [[]]
        # each pair's slice: its stored page's (both pages of the batch: the first)
        slice_of = _slice_of(pairs, np.asarray(ordered, dtype=np.int64), size)
        found: list[Edge] = []
        for k, members in enumerate(slices):
            candidates = dict(batch)
            with timed("stored-candidates"):
                candidates.update(self.stored_candidates(members))
            with timed("verify"):
                # a subset of sorted rows: sorted
                found.extend(self.workers.verify(pairs[slice_of == k], candidates))
            del candidates
        # the batch's own pages join the cache last: the most recently used
        for pid in sorted(batch.keys() - cache.keys()):
            cache[pid] = Kept.of(batch[pid])
        self._trim_cache()
        return found

    def _trim_cache(self) -> None:
        while len(self.cache) > self.config.candidate_cache_pages:
            self.cache.popitem(last=False)

    def stored_candidates(
        self, page_ids: list[int], counts: bool = False
    ) -> dict[int, Candidate]:
        """The stored pages ``page_ids`` as candidates: from the cache of this run's candidates,
        else read back and shingled again from their text (those join the cache, the least
        recently used dropped past ``Config.candidate_cache_pages``).

        With ``counts``, the passage rule's two counts of each page the run has not met
        (:attr:`key_counts`) are made too, from its passage and opening keys (its text read
        back, cached or not); otherwise no key is made: verification needs none, and making
        them was 60 % of a read-back's CPU (bench/matching_stages.py)."""
        cache = self.cache
        candidates: dict[int, Candidate] = {}
        needed = set(page_ids)
        uncounted = needed - self.key_counts.keys() if counts else set()
        for pid in sorted(needed & cache.keys()):
            cache.move_to_end(pid)
            if pid not in uncounted:
                candidates[pid] = cache[pid].candidate()
        for row in self.store.candidate_rows(needed - candidates.keys()):
            text = restore_lines(row.text, json.loads(row.template_lines or "[]"))
            word_list = words(text)
            sequence = shingle_sequence(word_list, self.config.fingerprint.shingle_words)
            if row.id in uncounted:
                passages, openings = self.hasher.text_keys(text, sequence, len(word_list))
                self.key_counts[row.id] = (len(passages), len(openings))
            candidates[row.id] = Candidate.of(
                row.id,
                match_view(text, self.config.fingerprint, sequence),
                rank_key(
                    row.word_count, row.published, row.url, row.source_key, row.content_hash,
                    row.fetched_at, row.seen_at, row.title,
                ),
            )
        for pid in sorted(candidates.keys() - cache.keys()):
            cache[pid] = Kept.of(candidates[pid])
        self._trim_cache()
        return candidates

    def sharing_pairs(
        self,
        ids: npt.NDArray[np.int64],
        by_band: set[tuple[int, int]],
        *kinds: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]],
    ) -> npt.NDArray[np.int64]:
        """The pairs of page ids that share enough passage or opening keys to be verified
        (``candidates.sharing_pairs``; pairs in ``by_band`` left out), ``(n, 2)`` rows: a page of
        the batch (``ids``, by batch row) with a stored page or a later page of the batch.
        ``kinds``: the batch's keys of each kind, flat with their batch rows
        (``candidates.key_rows``).

        Looked up ``Config.lookup_slice_pages`` batch rows at a time: a pair's counts come
        from its first row's slice alone (its stored page's hits, or the batch's own overlaps
        of that row with later rows), so each slice's rule is complete and the pairs are those
        of one look-up of the whole batch.  What a slice holds is its rows' hits; the whole
        batch's grew with the day (one-day records: every earlier page reusing one of a page's
        paragraphs; the last batch of 20k held 1.8 M hit rows for 644 k pairs)."""
        timed = self.summary.timed
        with timed("candidates"):
            own = [batch_overlaps(keys, rows) for keys, rows in kinds]
        size = self.config.lookup_slice_pages
        pairs: list[npt.NDArray[np.int64]] = []
        for first in range(0, len(ids), size):
            last = first + size
            with timed("band-lookups"):
                archived = [
                    self.store.key_overlaps(keys[inside], rows[inside])
                    for keys, rows in kinds
                    for inside in [(rows >= first) & (rows < last)]
                ]
            with timed("candidates"):
                overlaps = pair_overlaps(
                    [
                        (batch[(batch[:, 0] >= first) & (batch[:, 0] < last)], stored)
                        for batch, stored in zip(own, archived, strict=True)
                    ],
                    ids,
                    by_band,
                )
                del archived
            with timed("stored-candidates"):
                # The passage rule needs two counts of a page: a stored page is read back for
                # them only when the run has not met it (a page of an earlier night), a slice
                # at a time.
                unknown = sorted(
                    set(distinct(overlaps[:, :2]).tolist()) - self.key_counts.keys()
                )
                step = self.config.verify_slice_pages
                for start in range(0, len(unknown), step):
                    self.stored_candidates(unknown[start : start + step], counts=True)
            with timed("passage-share"):
                pairs.append(
                    sharing_pairs(overlaps, self.key_counts, self.config.match.passage_share)
                )
            del overlaps
        return pair_rows(*pairs)


def _slice_of(
    pairs: npt.NDArray[np.int64], ordered: npt.NDArray[np.int64], size: int
) -> npt.NDArray[np.int64]:
    """Each pair's slice of the stored pages (``ordered``, taken ``size`` at a time): its first
    page's when that is stored, else its second's, else (both pages of the batch) 0."""
    if not len(ordered) or not len(pairs):
        return np.zeros(len(pairs), dtype=np.int64)
    order = np.argsort(ordered, kind="stable")
    ids, slice_at = ordered[order], (np.arange(len(ordered), dtype=np.int64) // size)[order]

    def of(column: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        at = np.minimum(np.searchsorted(ids, column), len(ids) - 1)
        return np.where(ids[at] == column, slice_at[at], -1)

    first, second = of(pairs[:, 0]), of(pairs[:, 1])
    return np.where(first >= 0, first, np.maximum(second, 0))
