"""The match stage of a batch against the archive: which pairs of pages are verified, and
their verification (:class:`BatchMatcher`, used by :class:`clipper.pipeline.Deduper`).

Candidate pairs come from shared LSH bands (found by the caller) and from passage and opening
keys the two pages share enough of (:func:`clipper.candidates.sharing_pairs`, looked up in the
archive's band index a slice of the batch at a time); each pair is then verified exactly on
both pages' shingles (:func:`clipper.match.verify`, in the worker processes:
``Workers.verify``).  A stored page taking part in a pair comes from the run's candidate
cache (:class:`clipper.keptpages.KeptPages`, on disk: every page the run stored or met, up to
``Config.candidate_cache_pages``), or is read back from its text and shingled again, a slice
at a time (and joins the cache), so a run holds the batch and one slice however many stored
pages the night's pairs reach.  What the stage keeps between batches is those caches only:
dropping them changes no edge (``tests/test_dedupe.py``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

from clipper.candidates import batch_overlaps, pair_overlaps, pair_rows, sharing_pairs
from clipper.canonical import rank_key
from clipper.cluster import Link, Rules
from clipper.config import Config
from clipper.digraphia import matched_text
from clipper.idtable import IdTable
from clipper.keptpages import Kept, KeptPages
from clipper.match import Candidate, Edge
from clipper.matchview import match_view
from clipper.minhash import MinHasher
from clipper.shingles import shingle_sequence
from clipper.sortedsets import distinct
from clipper.store import Store
from clipper.store.graph import StoredGraph
from clipper.summary import RunSummary
from clipper.templates import restore_lines
from clipper.versionpairs import could_pair, version_pairs
from clipper.words import words
from clipper.workers import Workers


class BatchMatcher:
    """Candidate pairs of a run's batches against the archive, and their verification, with
    the run's two caches (:attr:`cache`, :attr:`key_counts`)."""

    def __init__(self, store: Store, config: Config, workers: Workers, summary: RunSummary) -> None:
        self.store = store
        self.config = config
        self.workers = workers
        self.summary = summary
        # passage keys of stored candidates are recomputed from their text (a cache: the
        # permutations of the archive's scheme)
        self.hasher = MinHasher(config.fingerprint)
        # page id → the candidate, of every page the run met (up to
        # Config.candidate_cache_pages), on disk
        self.cache = KeptPages(config.candidate_cache_pages)
        # page id → (passage keys, opening keys) of every page this run stored or loaded: all
        # the passage rule needs of a page (candidates.sharing_pairs), two integers a page, so a
        # stored page is read back and shingled only for the pairs the rule keeps
        # (clipper.idtable: 24 bytes a page, not a dict entry and a tuple)
        self.key_counts = IdTable(2)

    def clear(self) -> None:
        """Drop both caches (before the story stage holds the night's clusters)."""
        self.cache.clear()
        self.key_counts.clear()

    def close(self) -> None:
        """Drop both caches and the cache's file."""
        self.cache.close()
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
        candidate cache first (sent to the verification workers as the cache keeps them,
        decoded there: :class:`clipper.sentpages.SentKept`; the batch's own pages join the
        cache before the first slice and go so too, not packed again for every slice's
        pairs), the others read back, used for
        their pairs and let go (they join the cache, on disk), so the main process holds the
        batch and one slice, and the verification workers are sent the batch and one slice,
        however many stored pages the night's pairs reach (one-day records: every earlier page
        of the night, 19,000 at 20k, read back and sent to the workers at once: the run's
        largest transient).
        """
        timed = self.summary.timed
        cache = self.cache
        size = self.config.verify_slice_pages
        # the batch's own pages join the cache first: every slice's pairs name them, and a
        # worker forked while the cache's file was open reads them there (Workers.verify)
        cache.add(Kept.of(batch[pid]) for pid in sorted(batch) if pid not in cache)
        # the cached pages first
        cached = cache.held(stored).tolist()
        ordered = [pid for pid, held in zip(stored, cached, strict=True) if held]
        ordered += [pid for pid, held in zip(stored, cached, strict=True) if not held]
        slices = [ordered[i : i + size] for i in range(0, len(ordered), size)] or [[]]
        # each pair's slice: its stored page's (both pages of the batch: the first)
        slice_of = _slice_of(pairs, np.asarray(ordered, dtype=np.int64), size)
        found: list[Edge] = []
        for k, members in enumerate(slices):
            candidates = dict(batch)
            with timed("stored-candidates"):
                # a cached page goes to the workers as the cache keeps it (Workers.verify):
                # only the others are read back here
                candidates.update(self.stored_candidates([p for p in members if p not in cache]))
            with timed("verify"):
                # a subset of sorted rows: sorted
                found.extend(self.workers.verify(pairs[slice_of == k], candidates, cache))
            del candidates
        return found

    def one_version_away(
        self, edges: list[Edge], batch: dict[int, Candidate], rules: Rules
    ) -> tuple[list[Edge], dict[int, list[Link]]]:
        """The matches of the pairs a part and a version of its holder make through
        ``edges``, the batch's matches, stored (:func:`clipper.versionpairs.version_pairs`),
        and of those its matches make in turn, until none is new: stored as they are found,
        and returned, with every match of each page it read, as the archive holds them after
        it (the batch's reclustering reads no page's twice:
        :class:`clipper.store.graph.StoredGraph`).  ``batch``: the batch's candidates (a stored
        page of a pair is read as :meth:`stored_candidates` reads it)."""
        self.store.session.flush()  # the graph is read through the connection
        graph = StoredGraph(self.store.session)
        links: dict[int, list[Link]] = {}
        sizes: dict[int, int] = {}

        def links_of(page: int) -> list[Link]:
            if page not in links:
                links.update({page: []} | graph.links([page]))
            return links[page]

        def read_sizes(pages: Iterable[int]) -> None:
            # a size is a word count and a shingle count: read as ranking reads a page
            # (StoredGraph.ranks, no text), not with rule 6's fields (StoredGraph.nodes cuts
            # each page's opening and closing from its text and reads its letters): the
            # pages a batch's parts and versions reach grow with the night's matches
            unread = sorted(set(pages) - sizes.keys())
            sizes.update((p, node.size) for p, node in graph.ranks(unread).items())

        def size_of(page: int) -> int:
            if page not in sizes:
                read_sizes([page])
            return sizes[page]

        found: list[Edge] = []
        seen: set[tuple[int, int]] = set()
        todo = edges
        while todo:
            # only a part's or a version's match reads its pages' matches, and the sizes of
            # theirs that could be one (most of a one-day batch's matches are neither)
            ends = {
                p
                for e in todo
                if could_pair(e.jaccard, e.containment, rules)
                for p in (e.page_id, e.better_page_id)
            }
            unread = sorted(ends - links.keys())
            links.update({page: [] for page in unread} | graph.links(unread))
            read_sizes(
                ends
                | {
                    link.other
                    for page in ends
                    for link in links[page]
                    if could_pair(link.jaccard, link.containment, rules)
                }
            )
            pairs = sorted(
                version_pairs(
                    ((e.page_id, e.better_page_id, e.jaccard, e.containment) for e in todo),
                    links_of,
                    size_of,
                    rules,
                )
                - seen
            )
            seen.update(pairs)
            if not pairs:
                break
            needed = {p for pair in pairs for p in pair}
            candidates = {p: batch[p] for p in needed if p in batch}
            candidates.update(self.stored_candidates(sorted(needed - batch.keys())))
            todo = self.workers.verify(pairs, candidates)
            self.store.insert_edges(todo)
            for e in todo:  # read again with the new matches
                links.pop(e.page_id, None)
                links.pop(e.better_page_id, None)
            found += todo
        return found, links

    def stored_candidates(self, page_ids: list[int], counts: bool = False) -> dict[int, Candidate]:
        """The stored pages ``page_ids`` as candidates: from the cache of this run's candidates
        (one ``pread`` a page), else read back and shingled again from their text (those join
        the cache, up to ``Config.candidate_cache_pages`` pages).

        With ``counts``, the passage rule's two counts of each page the run has not met
        (:attr:`key_counts`) are made too, from its passage and opening keys (its text read
        back, cached or not); otherwise no key is made: verification needs none, and making
        them was 60 % of a read-back's CPU (bench/matching_stages.py)."""
        cache = self.cache
        candidates: dict[int, Candidate] = {}
        needed = set(page_ids)
        uncounted = self.key_counts.missing(needed) if counts else set()
        for pid in sorted(needed):
            if pid in cache and pid not in uncounted:
                candidates[pid] = cache.get(pid).candidate()
        for row in self.store.candidate_rows(needed - candidates.keys()):
            # a Serbian page's Cyrillic in Latin letters, as its fingerprint read it
            # (clipper.digraphia.matched_text)
            text = matched_text(
                restore_lines(row.text, json.loads(row.template_lines or "[]")), row.language
            )
            word_list = words(text)
            sequence = shingle_sequence(word_list, self.config.fingerprint.shingle_words)
            if row.id in uncounted:
                passages, openings = self.hasher.text_keys(text, sequence, len(word_list))
                self.key_counts[row.id] = (len(passages), len(openings))
            candidates[row.id] = Candidate.of(
                row.id,
                match_view(
                    text,
                    self.config.fingerprint,
                    sequence,
                    word_list=word_list,
                    language=row.language,
                ),
                rank_key(
                    row.word_count,
                    row.published,
                    row.url,
                    row.source_key,
                    row.content_hash,
                    row.fetched_at,
                    row.seen_at,
                    row.title,
                ),
            )
        cache.add(Kept.of(candidates[pid]) for pid in sorted(candidates) if pid not in cache)
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
        with timed("band-lookups"):
            holders = [self.store.key_holders(keys) for keys, _ in kinds]
        size = self.config.lookup_slice_pages
        pairs: list[npt.NDArray[np.int64]] = []
        for first in range(0, len(ids), size):
            last = first + size
            with timed("band-lookups"):
                archived = [
                    held.overlaps(keys[inside], rows[inside])
                    for held, (keys, rows) in zip(holders, kinds, strict=True)
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
                unknown = sorted(self.key_counts.missing(distinct(overlaps[:, :2]).tolist()))
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
