"""A batch's store stage (:func:`store_batch`): from the new pages cleaning prepared to their
rows, matches, clusters and canonicals in the archive.  A function of the batch and the archive
(and the matcher's caches): nothing of it lives in the run between batches."""

from __future__ import annotations

import numpy as np

from clipper.candidates import batch_candidates, key_rows, pair_rows
from clipper.cluster import Rules
from clipper.config import Config
from clipper.match import Candidate
from clipper.minhash import index_keys
from clipper.store import Store
from clipper.store.pages import NewPage
from clipper.stories.pending import PendingVectors
from clipper.summary import RunSummary
from clipper.verification import BatchMatcher
from clipper.workers import Prepared


def store_batch(
    store: Store,
    config: Config,
    run_id: int,
    pages: list[tuple[NewPage, Prepared]],
    matching: BatchMatcher,
    summary: RunSummary,
    story_vectors: PendingVectors,
) -> None:
    """Store a batch's new ``pages`` (each with what cleaning prepared) under ``run_id``:
    index keys, band look-ups in the archive, the pages' rows, candidate pairs (in the batch
    and against the archive) verified by ``matching``, match edges and band rows written,
    clusters and canonicals brought up to date (``Store.recluster``), the pages' story
    vectors kept in ``story_vectors`` for the run's story stage, versions renumbered.  Counts
    and stage times go to ``summary``."""
    settings = config.fingerprint
    timed = summary.timed
    new_pages = [page for page, _ in pages]
    with timed("index-keys"):
        # Band and lead keys (Jaccard, shared openings): every page sharing one is verified.
        band_keys, band_row = key_rows(
            index_keys(
                np.vstack([p.fingerprint.signature for _, p in pages]),
                np.vstack([p.fingerprint.lead_signature for _, p in pages]),
                settings,
            )
        )
        # Passage and opening keys: a page sharing one is verified when the two share
        # enough of them (candidates.passage_shares), which bounds verification on a day of
        # pages that share paragraphs without being copies.  Counted per kind, in the
        # index look-up and in NumPy: no pair is looked at one by one before the rule.
        none = np.empty((len(pages), 0), dtype=np.int64)
        passage_keys, passage_row = key_rows(
            none, [p.fingerprint.passage_keys for _, p in pages]
        )
        opening_keys, opening_row = key_rows(
            none, [p.fingerprint.opening_index_keys() for _, p in pages]
        )
    with timed("band-lookups"):
        archived_by_band = store.band_collisions(
            band_keys, band_row, config.lookup_slice_pages
        )
    with timed("insert-pages"):
        page_ids = store.insert_pages(
            new_pages, run_id, [(p.search_title, p.search_body) for _, p in pages]
        )
    with timed("candidates"):
        ids = np.asarray(page_ids, dtype=np.int64)
        by_band = {(page_ids[i], page_ids[j]) for i, j in batch_candidates(band_keys, band_row)}
        for row, hits in archived_by_band.items():
            by_band.update((page_ids[row], hit) for hit in hits)
        candidates = {
            page_id: Candidate.of(page_id, prepared.fingerprint.match, page.rank)
            for page_id, (page, prepared) in zip(page_ids, pages, strict=True)
        }
        matching.key_counts.update(
            (page_id, (len(p.fingerprint.passage_keys), len(p.fingerprint.opening_keys)))
            for page_id, (_, p) in zip(page_ids, pages, strict=True)
        )
    pairs = pair_rows(
        by_band,
        matching.sharing_pairs(
            ids, by_band, (passage_keys, passage_row), (opening_keys, opening_row)
        ),
    )
    with timed("passage-share"):
        stored = sorted(set(np.unique(pairs).tolist()) - candidates.keys())
    edges = matching.verify(candidates, stored, pairs)
    with timed("insert-edges"):
        store.insert_edges(edges)
    with timed("version-pairs"):
        # a part and its holder's versions (clipper.versionpairs): stored pages both, when
        # the holder is new, so their decisions are walked again with the batch's
        rules = Rules.of(config.match)
        found, read = matching.one_version_away(edges, candidates, rules)
        stored_ends = {p for e in found for p in (e.page_id, e.better_page_id)} - set(page_ids)
    with timed("insert-bands"):
        store.insert_bands(
            page_ids,
            np.concatenate([band_keys, passage_keys, opening_keys]),
            np.concatenate([band_row, passage_row, opening_row]),
            config.band_merge_min_pages,
            config.band_merge_fraction,
        )
    # before the walk: rule 6 shows an address's newest version only (canonical.settle)
    with timed("versions"):
        store.renumber_versions(
            (page.source_key for page in new_pages),
            share=config.match.cut_reading_held_share,
        )
    with timed("recluster"):
        summary.add(
            store.recluster(
                [*page_ids, *sorted(stored_ends)], run_id, set(page_ids), rules, read
            )
        )
    # Kept for the story stage at the end of the run (``Deduper.finish_stories``), on disk
    # (``PendingVectors``; a vector is up to 2.4 KB): every page's, not only tonight's
    # canonicals', since a page that becomes a canonical later in the run was vectorised
    # again there from its stored text (the same vector), and those grow with the night:
    # 189 at 10k one-day records, 560 at 20k.
    story_vectors.add(
        (page_id, prepared.story_vector)
        for page_id, (_, prepared) in zip(page_ids, pages, strict=True)
    )
    summary.stored += len(new_pages)
