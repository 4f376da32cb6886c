"""Normalise → shingle → MinHash, in batches.

Hash scheme (recorded in the archive's ``meta`` table; a run with other values is refused):

* normalisation: Unicode NFKC, casefold, Arabic harakat and Hebrew points (niqqud,
  cantillation) removed, Latin and Greek letters' accents removed (from migration 0076:
  :func:`clipper.spelling.accents_folded`), each script's spelling variants folded
  (:func:`clipper.spelling.folded`); words are runs of ``\\w`` characters and combining marks
  (:func:`words`: punctuation and whitespace vanish, a Hindi vowel sign stays in its word);
  the words of a page in Serbian, Montenegrin, Bosnian or Macedonian (its stored language)
  taken from its text in Latin letters (from migration 0100:
  :func:`clipper.digraphia.matched_text`; any other page's as written);
* shingles: runs of ``shingle_words`` consecutive words; a word hashes to ``zlib.crc32`` of its
  UTF-8 bytes, a shingle to ``Σ crc32(word_j) · M_j  mod 2^64`` folded to 32 bits
  (``h ^ h >> 32``), the ``M_j`` being the fixed odd constants of :mod:`clipper.shingles`;
* MinHash: datasketch's ``affine32`` scheme with ``num_perm`` permutations drawn from ``seed``.
  Each shingle hash is pre-mixed with the MurmurHash3 finalizer and permuted as
  ``a_k · h + b_k  mod 2^32``; the signature keeps the minimum per permutation.
  :meth:`MinHasher.signatures` computes exactly what ``datasketch.MinHash.update_batch``
  computes (the tests check it bit for bit) but for a whole batch of documents at once in NumPy.

Words: :mod:`clipper.words`; shingles and what two pages' shingles share:
:mod:`clipper.shingles`; signatures, LSH band keys, passage, opening and brief-window keys:
:mod:`clipper.minhash`; what verification reads of a page: :mod:`clipper.matchview`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from typing import Any

import numpy as np
import numpy.typing as npt

from clipper import sortedsets
from clipper.config import FingerprintConfig
from clipper.digraphia import matched_text
from clipper.matchview import MatchView, match_view
from clipper.minhash import SCHEME, MinHasher, Signatures
from clipper.page import digest
from clipper.shingles import WordHashes, shingle_sequence
from clipper.words import words

_NO_KEYS = np.empty(0, dtype=np.int64)


def __getattr__(name: str) -> Any:
    """``shingle_hashes``, which moved to :mod:`clipper.shingles`, stays importable from here:
    bench/ scripts that import a checkout from before the move (``--against``) name it
    ``clipper.fingerprint.shingle_hashes`` (``MinHasher``, ``words`` and ``fingerprint_texts``
    this module uses itself)."""
    if name == "shingle_hashes":
        from clipper import shingles

        return shingles.shingle_hashes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# What ``meta`` records as ``fingerprint.words``; before migration 0039 it was
# "nfkc-casefold-no-ar-he-points-w+marks-cjk-chars" (digits and Persian and Urdu letters as
# written), before 0034 "nfkc-casefold-w+-cjk-chars" (combining marks cut words apart).
WORDS_SCHEME = (
    "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants-hi-variants"
    "-fa-affixes-apostrophes-yo-hant-zh-phrases-cyrl-lookalikes-ko-dots-ca-geminates"
    "-latn-grek-no-accents-w+marks-cjk-hangul-chars-sr-bs-me-mk-pages-as-latn-uz-pages-as-latn"
)
# (before migration 0110 "...-sr-bs-me-mk-pages-as-latn": an Uzbek page's Cyrillic as written)
# (before migration 0100 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -hi-variants-fa-affixes-apostrophes-yo-hant-zh-phrases-cyrl-lookalikes-ko-dots-ca-geminates
# -latn-grek-no-accents-w+marks-cjk-hangul-chars": a Serbian, Montenegrin, Bosnian or
# Macedonian page's Cyrillic as written)
# (before migration 0076 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -hi-variants-fa-affixes-apostrophes-yo-hant-zh-phrases-vi-tones-cyrl-lookalikes-ko-dots
# -tr-ascii-ro-commas-ca-geminates-w+marks-cjk-hangul-chars": Latin and Greek letters' accents
# as written but for a Turkish line's, Romanian's comma letters and Vietnamese's tone placement)
# (before migration 0053 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -hi-variants-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-tr-ascii-ro-commas
# -ca-geminates-w+marks-cjk-hangul-chars": Chinese folded character by character, Taiwan's
# vocabulary as written)
# (before migration 0049 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -hi-variants-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-tr-ascii-w+marks
# -cjk-hangul-chars": Romanian's comma letters and Catalan's l·l as written)
# (before migration 0047 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -hi-variants-fa-affixes-apostrophes-yo-hant-vi-tones-cyrl-lookalikes-ko-dots-w+marks-cjk-chars":
# Korean words by their spaces, Turkish letters as written)
# (before migration 0046 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -hi-variants-fa-affixes-apostrophes-yo-hant-w+marks-cjk-chars": Vietnamese's tone placement,
# Latin look-alikes in Cyrillic words and Korean's middle dots as written)
# (before migration 0044 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -hi-variants-fa-affixes-w+marks-cjk-chars": Ukrainian's ʼ a letter, ё and traditional Chinese
# as written)
# (before migration 0043 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -hi-variants-w+marks-cjk-chars": Persian's می and ها typed apart by a space as two words)
# (before migration 0041 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-ar-variants
# -w+marks-cjk-chars": Devanagari's candrabindu, nukta and न् as written)
# (before migration 0040 "nfkc-casefold-no-ar-he-points-ascii-digits-fa-ur-letters-w+marks-
# cjk-chars": Arabic hamza on alef, alef maksura, teh marbuta and tatweels as written)


def scheme_description(config: FingerprintConfig) -> dict[str, str]:
    """What must match for two archives' signatures to be comparable."""
    return {
        "fingerprint.library": f"datasketch {version('datasketch')}",
        "fingerprint.scheme": SCHEME,
        "fingerprint.num_perm": str(config.num_perm),
        "fingerprint.seed": str(config.seed),
        "fingerprint.shingle_words": str(config.shingle_words),
        "fingerprint.words": WORDS_SCHEME,
        "fingerprint.word_hash": "crc32-poly64-fold32",
        "fingerprint.lsh_bands": str(config.lsh_bands),
        "fingerprint.lsh_rows": str(config.lsh_rows),
        "fingerprint.lead": f"{config.lead_words} words, {config.lead_bands}x{config.lead_rows}",
        "fingerprint.passages": (
            f"sentence passages of {config.passage_words} words, 1x{config.passage_rows}, "
            f"at most {config.passage_max}"
        ),
        "fingerprint.openings": (
            f"sentence passages of {config.opening_passage_words} words starting in the first "
            f"{config.opening_words}, 1x{config.passage_rows}, at most {config.opening_max}"
        ),
        "fingerprint.brief_windows": (
            f"pages of at most {config.brief_window_words} words: every run of at least "
            f"{config.opening_passage_words} words, keyed as an opening passage"
        ),
    }


@dataclass(slots=True)
class Fingerprint:
    """Everything matching needs to know about one text."""

    word_count: int
    content_hash: str  # of the normalised word sequence: equal for exact duplicates
    shingles: npt.NDArray[np.uint32]  # sorted, distinct
    signature: Signatures
    lead_signature: Signatures  # of the opening words; first lead_bands × lead_rows values
    # Shingle hash at every word position (len = word_count - shingle_words + 1, at least 1):
    # what verification needs to know which words a shared shingle covers.
    shingle_sequence: npt.NDArray[np.uint32]
    # What verification reads (match_view): captions left out, repeats counted once
    match: MatchView
    passage_keys: npt.NDArray[np.int64]  # distinct, sorted; see passage_keys()
    opening_keys: npt.NDArray[np.int64]  # distinct, sorted; see opening_keys()
    # distinct, sorted, none of them in opening_keys; see brief_window_keys()
    window_keys: npt.NDArray[np.int64] = field(default_factory=lambda: _NO_KEYS)

    def opening_index_keys(self) -> npt.NDArray[np.int64]:
        """What the index holds for the page under the opening kind: its opening keys and
        its brief windows, distinct and sorted."""
        if not len(self.window_keys):
            return self.opening_keys
        return sortedsets.union(self.opening_keys, self.window_keys)


def fingerprint_texts(
    texts: Sequence[str], hasher: MinHasher, languages: Sequence[str | None] | None = None
) -> list[Fingerprint | None]:
    """Fingerprints of many texts at once (None for a text without a single word);
    ``languages``: each text's stored language, which the words a template fills go by
    (:func:`clipper.fillwords.fill_words`; None: no language) and which decides whether a
    text is read in Latin letters (:func:`clipper.digraphia.matched_text`: a Serbian page's
    Cyrillic; None: as written)."""
    config = hasher.config
    if languages is not None:
        texts = [
            matched_text(text, language) for text, language in zip(texts, languages, strict=True)
        ]
    word_lists = [words(text) for text in texts]
    present = [i for i, word_list in enumerate(word_lists) if word_list]
    # each distinct word of the batch hashed once (of the ~560 words of a one-day record, 85 %
    # are repeats within a chunk of 50 such records)
    hashes = WordHashes()
    sequences = [shingle_sequence(word_lists[i], config.shingle_words, hashes) for i in present]
    distinct = [np.unique(sequence, return_index=True) for sequence in sequences]
    shingles = [values for values, _ in distinct]
    matched = [
        match_view(
            texts[i],
            config,
            sequences[row],
            distinct[row],
            hashes,
            word_lists[i],
            languages[i] if languages is not None else None,
        )
        for row, i in enumerate(present)
    ]
    signatures = hasher.signatures(shingles)
    lead_perms = config.lead_bands * config.lead_rows
    leads = hasher.signatures(
        [
            sortedsets.distinct(_lead_sequence(word_lists[i], sequences[row], config, hashes))
            for row, i in enumerate(present)
        ]
    )[:, :lead_perms]
    result: list[Fingerprint | None] = [None] * len(texts)
    for row, i in enumerate(present):
        passage_keys, opening_keys = hasher.text_keys(texts[i], sequences[row], len(word_lists[i]))
        windows = hasher.brief_window_keys(sequences[row], len(word_lists[i]))
        result[i] = Fingerprint(
            word_count=len(word_lists[i]),
            content_hash=digest(" ".join(word_lists[i])),
            shingles=shingles[row],
            signature=signatures[row],
            lead_signature=leads[row],
            shingle_sequence=sequences[row],
            match=matched[row],
            passage_keys=passage_keys,
            opening_keys=opening_keys,
            window_keys=np.setdiff1d(windows, opening_keys, assume_unique=True),
        )
    return result


def _lead_sequence(
    word_list: Sequence[str],
    sequence: npt.NDArray[np.uint32],
    config: FingerprintConfig,
    hashes: WordHashes,
) -> npt.NDArray[np.uint32]:
    """:func:`shingle_sequence` of the first ``lead_words`` words of ``word_list``, whose whole
    sequence is ``sequence``: its head (the shingles wholly inside the lead) when the lead
    holds a whole shingle, else computed."""
    lead, width = config.lead_words, config.shingle_words
    if len(word_list) <= lead:
        return sequence
    if lead >= width:
        return sequence[: lead - width + 1]
    return shingle_sequence(word_list[:lead], width, hashes)
