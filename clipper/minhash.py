"""MinHash signatures in batches (the scheme: :mod:`clipper.fingerprint`), and the keys the
LSH index holds: band keys, passage keys, opening keys and brief windows.

Stored signature layout: ``num_perm`` unsigned 32-bit integers, little-endian, permutation
``k`` at byte offset ``4k`` (512 bytes for 128 permutations); no header, because seed and scheme
are per-archive facts kept in ``meta``.

LSH band keys (:func:`index_keys`): band ``i`` covers permutations ``[i·r, (i+1)·r)`` exactly as
``datasketch.MinHashLSH(params=(b, r))`` cuts them; its key is a signed 64-bit integer mixing
``i`` and the band's ``r`` values, so one indexed integer column holds every band of every page.
A second, smaller band set is made the same way from the signature of the page's first
``lead_words`` words (its first ``lead_bands × lead_rows`` permutations) so that briefs find
the full story.

Passage keys (:func:`passage_keys`) find copies that share a run of the text but neither its
opening nor half of it: a brief under a story that now opens with an update paragraph, a
rewrite with its own intro line carrying paragraphs from the middle of a wire story.  The text
is cut into sentences; from every sentence a *passage* runs over the following sentences until
it holds ``passage_words`` words.  Each passage gets one key: a 2-row MinHash band (the first
``passage_rows`` permutations of the page's scheme) over the passage's shingles, so a passage
with a typo still keeps its key with probability ≈ J² (J ≈ 0.8 for one edited word in 40), and
two passages share a key only when they share most of ~40 words.  Sentences, not lines, so the
keys do not depend on how an input form breaks paragraphs; ≥ 40 words, so a recurring furniture
line (an agency copyright notice is ~20 words) never makes a passage on its own and the keys it
shares with other pages are the pages that carry the same text around it.  A page contributes
at most ``passage_max`` keys (its first passages): bounded by the page itself.

Opening keys (:func:`MinHasher.opening_keys`) find briefs too short for a passage: a brief is a
story's first one to three paragraphs (15-60 words once a site's furniture is cleaned away),
and it often sits a headline, a photo caption or a dateline below the full copy's first word,
so the lead bands (over the first ``lead_words`` words, Jaccard ≈ brief length ÷ lead length)
miss it.  From every sentence that starts within the first ``opening_words`` words, a short
passage runs to the first sentence end at least ``opening_passage_words`` words later, and gets
a key made like a passage key (its own salt): a brief shares the keys of its own sentences
with the story's opening wherever in that opening they sit.  At most ``opening_max`` a page.

Brief windows (:func:`MinHasher.brief_window_keys`): a short page (at most
``brief_window_words`` words) also gets, for every run of at least ``opening_passage_words``
of its words, the key an opening passage over those words would get.  A brief the cleaner
could only keep with its page's furniture run into the same line (a byline, a share bar, a
topics line) holds the full copy's first passage, but neither starts nor ends it where its
own sentences do; one of its windows is that passage, word for word, and so has its key.
They are indexed with the opening keys (``Fingerprint.opening_index_keys``); the pair rule
(``clipper.candidates.passage_shares``) still counts a page's own opening keys, so a short page
sharing one window with a story's opening is verified against it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.config import FingerprintConfig
from clipper.words import sentence_word_counts

if TYPE_CHECKING:
    from datasketch import LeanMinHash

# datasketch is imported where a signature is made, not with this module: its package imports
# its LSH forest and ensemble, which import SciPy's integration routines (~0.4 s), and the
# commands that only read the archive (search, show, export) import this module through the
# store.

SCHEME = "affine32"
Signatures = npt.NDArray[np.uint32]

# Shingles of a batch are permuted this many at a time: 65,536 × 128 × 4 bytes = 32 MB of
# scratch, whatever the batch size.
_SHINGLE_CHUNK = 1 << 16
_BAND_SALT = np.uint64(0x9E3779B97F4A7C15)
_ROW_SALTS = [np.uint64((0x9E3779B97F4A7C15 * (row + 1)) & 0xFFFFFFFFFFFFFFFF) for row in range(64)]


def _sentence_passages(
    sentence_words: Sequence[int], word_count: int, length: int, starts_before: int, most: int
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Word spans ``[first_i, last_i)`` of the passages of a document: each runs from a
    sentence start before ``starts_before`` to the first sentence end at least ``length`` words
    later; the first ``most`` of them.  None when the sentences do not add up to
    ``word_count`` words or the document is shorter than ``length``."""
    if sum(sentence_words) != word_count or word_count < length:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty
    starts = np.cumsum([0, *sentence_words[:-1]])
    ends_at = np.cumsum(sentence_words)
    stop = np.searchsorted(ends_at, starts + length, side="left")
    keep = (stop < len(ends_at)) & (starts < starts_before)
    return starts[keep][:most], ends_at[stop[keep]][:most]


class MinHasher:
    """Computes datasketch-compatible MinHash signatures for many documents at once."""

    def __init__(self, config: FingerprintConfig) -> None:
        self.config = config
        a, b = _permutations(config.num_perm, config.seed)
        self._a = np.asarray(a, dtype=np.uint32)
        self._b = np.asarray(b, dtype=np.uint32)

    def signatures(self, documents: Sequence[npt.NDArray[np.uint32]]) -> Signatures:
        """One row of ``num_perm`` uint32 per document (shingle-hash arrays, each non-empty)."""
        result = np.empty((len(documents), self.config.num_perm), dtype=np.uint32)
        # Sized to the input: a whole _SHINGLE_CHUNK (32 MB) costs ~2 ms to map and touch,
        # which a worker's chunk of two HTML pages would pay for a few thousand shingles.
        needed = min(_SHINGLE_CHUNK, sum(len(doc) for doc in documents))
        scratch = np.empty((self.config.num_perm, needed), dtype=np.uint32)
        start = 0
        while start < len(documents):
            # Take whole documents until the chunk holds _SHINGLE_CHUNK shingles.
            stop, total = start, 0
            while stop < len(documents) and (stop == start or total < _SHINGLE_CHUNK):
                total += len(documents[stop])
                stop += 1
            chunk = documents[start:stop]
            if any(len(doc) == 0 for doc in chunk):
                raise ValueError("cannot fingerprint a document without shingles")
            hashes = _fmix32(np.concatenate(chunk))
            if total > scratch.shape[1]:
                scratch = np.empty((self.config.num_perm, total), dtype=np.uint32)
            # Permutations × shingles keeps each permutation's row contiguous, which makes the
            # per-document min-reduction an order of magnitude faster than shingles × perms.
            permuted = scratch[:, :total]
            np.multiply(self._a[:, None], hashes[None, :], out=permuted)
            permuted += self._b[:, None]  # uint32 wrap-around is the modulo 2^32
            offsets = np.cumsum([0] + [len(doc) for doc in chunk[:-1]])
            result[start:stop] = np.minimum.reduceat(permuted, offsets, axis=1).T
            start = stop
        return result

    def text_keys(
        self, text: str, sequence: npt.NDArray[np.uint32], word_count: int
    ) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
        """(passage keys, opening keys) of ``text``, whose :func:`clipper.shingles.shingle_sequence`
        is ``sequence`` over ``word_count`` words."""
        sentences = sentence_word_counts(text)
        return (
            self.passage_keys(sequence, sentences, word_count),
            self.opening_keys(sequence, sentences, word_count),
        )

    def passage_keys(
        self, sequence: npt.NDArray[np.uint32], sentence_words: Sequence[int], word_count: int
    ) -> npt.NDArray[np.int64]:
        """Distinct passage keys of one document (see the module docstring).

        ``sequence`` is the document's :func:`clipper.shingles.shingle_sequence`, ``sentence_words``
        its :func:`sentence_word_counts`; a document whose sentences do not add up to
        ``word_count`` words (which :func:`words` would only produce on exotic input) and a
        document shorter than one passage have no passage keys.
        """
        config = self.config
        first, last = _sentence_passages(
            sentence_words, word_count, config.passage_words, word_count, config.passage_max
        )
        return self._passage_band_keys(sequence, first, last, index=2)

    def opening_keys(
        self, sequence: npt.NDArray[np.uint32], sentence_words: Sequence[int], word_count: int
    ) -> npt.NDArray[np.int64]:
        """Distinct *opening* passage keys of one document (see the module docstring).

        Short passages (``opening_passage_words`` words, to a sentence end) from every
        sentence that starts within the first ``opening_words`` words, at most
        ``opening_max`` of them; same arguments as :meth:`passage_keys`.
        """
        config = self.config
        first, last = _sentence_passages(
            sentence_words,
            word_count,
            config.opening_passage_words,
            config.opening_words,
            config.opening_max,
        )
        return self._passage_band_keys(sequence, first, last, index=3)

    def brief_window_keys(
        self, sequence: npt.NDArray[np.uint32], word_count: int
    ) -> npt.NDArray[np.int64]:
        """Distinct keys of every run of at least ``opening_passage_words`` words of a page of
        at most ``brief_window_words`` words, each made as an opening passage's key over the
        same words (see the module docstring); none for a longer page.  ``sequence`` is the
        page's :func:`clipper.shingles.shingle_sequence` over ``word_count`` words."""
        config = self.config
        length = config.opening_passage_words
        if word_count > config.brief_window_words or word_count < length:
            return np.empty(0, dtype=np.int64)
        first, last = np.triu_indices(word_count + 1, length)
        return self._passage_band_keys(sequence, first.astype(np.int64), last.astype(np.int64), 3)

    def _passage_band_keys(
        self,
        sequence: npt.NDArray[np.uint32],
        first: npt.NDArray[np.int64],
        last: npt.NDArray[np.int64],
        index: int,
    ) -> npt.NDArray[np.int64]:
        """One ``passage_rows``-row band key per passage ``[first_i, last_i)`` (word
        positions) of a document with shingle sequence ``sequence``, distinct and sorted."""
        config = self.config
        width = config.shingle_words
        if not len(first):
            return np.empty(0, dtype=np.int64)
        # Shingles wholly inside the passage start at first .. last - width.
        lo, hi = first, np.maximum(last - width + 1, first + 1)
        rows = config.passage_rows
        hashes = _fmix32(sequence)
        permuted = self._a[:rows, None] * hashes[None, :] + self._b[:rows, None]
        bounds = np.empty(2 * len(lo), dtype=np.int64)
        bounds[0::2], bounds[1::2] = lo, np.minimum(hi, len(sequence))
        if bounds[-1] == len(sequence):
            permuted = np.hstack([permuted, np.zeros((rows, 1), dtype=np.uint32)])
        minima = np.minimum.reduceat(permuted, bounds, axis=1)[:, 0::2].T
        keys = band_keys(np.ascontiguousarray(minima), 1, rows, index=index)
        return sortedsets.distinct(keys)

    def lean_minhash(self, signature: Signatures) -> LeanMinHash:
        from datasketch import LeanMinHash

        return LeanMinHash(seed=self.config.seed, hashvalues=signature, scheme=SCHEME)


def _permutations(
    num_perm: int, seed: int
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
    """datasketch's ``MinHash(num_perm, seed, scheme=SCHEME).permutations``: its ``(a, b)``
    rows, read from the cache folder (:func:`clipper.cachedir.cached_columns`, named by
    datasketch's version, the scheme, ``num_perm`` and ``seed``) where an earlier process
    kept them.  Importing datasketch imports its LSH forest and SciPy's integration routines:
    ~0.3 s CPU of each ``dedupe``'s start-up that only drew these two rows (session 44)."""
    from importlib.metadata import version

    from clipper.cachedir import cached_columns

    def drawn() -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.uint64]]:
        from datasketch import MinHash

        a, b = MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations
        return np.asarray(a, dtype=np.uint64), np.asarray(b, dtype=np.uint64)

    name = f"minhash-permutations-datasketch{version('datasketch')}-{SCHEME}-{num_perm}-{seed}"
    a, b = cached_columns(
        f"{name}.npy", (np.uint64, np.uint64), drawn, family="minhash-permutations-datasketch*"
    )
    return a, b


def _fmix32(values: npt.NDArray[np.uint32]) -> npt.NDArray[np.uint32]:
    """MurmurHash3's 32-bit finalizer, as datasketch applies it before permuting."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


def band_keys(
    signatures: Signatures, bands: int, rows: int, index: int = 0
) -> npt.NDArray[np.int64]:
    """``(n, bands)`` signed 64-bit keys, one per LSH band of each signature.

    ``index`` tells independent band sets apart (0: full text, 1: lead) so their keys never
    collide in the shared table.
    """
    n = signatures.shape[0]
    banded = signatures[:, : bands * rows].reshape(n, bands, rows).astype(np.uint64)
    band_index = np.arange(bands, dtype=np.uint64) + np.uint64(1 + 1024 * index)
    keys = np.broadcast_to(band_index * _BAND_SALT, (n, bands)).copy()
    for row in range(rows):
        keys ^= banded[:, :, row] + _ROW_SALTS[row]
        keys *= np.uint64(0xFF51AFD7ED558CCD)
        keys ^= keys >> np.uint64(33)
    return keys.view(np.int64)


def index_keys(
    signatures: Signatures, lead_signatures: Signatures, config: FingerprintConfig
) -> npt.NDArray[np.int64]:
    """All LSH keys stored for each page: the full-text bands, then the lead bands."""
    return np.hstack(
        [
            band_keys(signatures, config.lsh_bands, config.lsh_rows, 0),
            band_keys(lead_signatures, config.lead_bands, config.lead_rows, 1),
        ]
    )


def signature_to_bytes(signature: Signatures) -> bytes:
    return np.asarray(signature, dtype="<u4").tobytes()


def signature_from_bytes(data: bytes) -> Signatures:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)
