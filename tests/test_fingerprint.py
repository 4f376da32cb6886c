"""Fingerprints: bit-identical to datasketch, stable byte layout, parameters checked."""

from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pytest
from datasketch import MinHash, MinHashLSH

from clipper.config import FingerprintConfig
from clipper.minhash import MinHasher, index_keys, signature_from_bytes, signature_to_bytes
from clipper.shingles import shingle_hashes, similarity
from clipper.words import sentence_word_counts, words

TEXTS = [
    "The harbour authority said on Tuesday that 14 container ships were waiting offshore.",
    "Dockworkers walked out at dawn, and the port's cranes stood idle by midday.",
    "Ünïcode—and “typographic” quotes: ÉCOLE, straße, 東京 all normalise the same way.",
    "short",
]


def test_normalisation_ignores_case_punctuation_and_unicode_form() -> None:
    assert words("The PORT, the port; the Port!") == ["the", "port"] * 3
    assert words("Ｆｕｌｌｗｉｄｔｈ ﬁne") == ["fullwidth", "fine"]  # NFKC folds both
    assert words("Straße") == words("STRASSE")  # casefold


def test_batch_signatures_equal_datasketch_update_batch() -> None:
    config = FingerprintConfig()
    hasher = MinHasher(config)
    shingles = [shingle_hashes(words(text), config.shingle_words) for text in TEXTS]
    batch = hasher.signatures(shingles)
    for row, doc in zip(batch, shingles, strict=True):
        reference = MinHash(
            num_perm=config.num_perm, seed=config.seed, scheme="affine32", hashfunc=lambda x: x
        )
        reference.update_batch(doc.tolist())
        assert np.array_equal(reference.hashvalues, row)


def test_the_permutations_kept_in_the_cache_are_datasketchs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A MinHasher reads datasketch's permutations back from the cache folder (no import of
    datasketch and SciPy at each run's start-up) and signs as datasketch does whether the file
    is there, missing or damaged: only a cache."""
    import datasketch

    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    config = FingerprintConfig(seed=7)
    shingles = [shingle_hashes(words(text), config.shingle_words) for text in TEXTS]
    reference = MinHash(
        num_perm=config.num_perm, seed=7, scheme="affine32", hashfunc=lambda x: x
    )
    reference.update_batch(shingles[0].tolist())
    drawn = MinHasher(config).signatures(shingles)
    assert np.array_equal(drawn[0], reference.hashvalues)
    [kept] = tmp_path.glob(f"minhash-permutations-*-affine32-{config.num_perm}-7.npy")

    def not_drawn(*args: object, **kwargs: object) -> None:
        raise AssertionError("drawn again, not read back")

    with monkeypatch.context() as undrawn:
        undrawn.setattr(datasketch, "MinHash", not_drawn)
        assert np.array_equal(MinHasher(config).signatures(shingles), drawn)
    kept.write_bytes(b"\x93NUMPY damaged")
    assert np.array_equal(MinHasher(config).signatures(shingles), drawn)
    kept.unlink()
    assert np.array_equal(MinHasher(config).signatures(shingles), drawn)
    other = MinHasher(FingerprintConfig(seed=8)).signatures(shingles)
    assert not np.array_equal(other, drawn)  # another seed is another file


def test_signatures_do_not_depend_on_batch_composition() -> None:
    config = FingerprintConfig()
    hasher = MinHasher(config)
    shingles = [shingle_hashes(words(text), config.shingle_words) for text in TEXTS]
    together = hasher.signatures(shingles)
    alone = np.vstack([hasher.signatures([doc]) for doc in shingles])
    assert np.array_equal(together, alone)


def test_signature_bytes_are_little_endian_uint32_per_permutation() -> None:
    config = FingerprintConfig()
    hasher = MinHasher(config)
    signature = hasher.signatures([shingle_hashes(words(TEXTS[0]), 5)])[0]
    data = signature_to_bytes(signature)
    assert len(data) == 4 * config.num_perm
    assert int.from_bytes(data[4:8], "little") == int(signature[1])
    assert np.array_equal(signature_from_bytes(data), signature)


def test_lean_minhash_works_with_datasketch_lsh() -> None:
    config = FingerprintConfig()
    hasher = MinHasher(config)
    signature = hasher.signatures([shingle_hashes(words(TEXTS[1]), 5)])[0]
    lsh = MinHashLSH(num_perm=config.num_perm, params=(config.lsh_bands, config.lsh_rows))
    lsh.insert("a", hasher.lean_minhash(signature))
    assert lsh.query(hasher.lean_minhash(signature)) == ["a"]


def test_index_keys_shape_and_determinism() -> None:
    config = FingerprintConfig()
    hasher = MinHasher(config)
    shingles = [shingle_hashes(words(text), 5) for text in TEXTS]
    signatures = hasher.signatures(shingles)
    keys = index_keys(signatures, signatures, config)
    assert keys.shape == (len(TEXTS), config.lsh_bands + config.lead_bands)
    assert keys.dtype == np.int64
    assert np.array_equal(keys, index_keys(signatures.copy(), signatures.copy(), config))
    # Full-text and lead band keys never coincide, even for the same values.
    assert not set(keys[0, : config.lsh_bands]) & set(keys[0, config.lsh_bands :])


def test_exact_similarity_of_a_trimmed_copy() -> None:
    full = " ".join(f"word{i}" for i in range(100))
    trimmed = " ".join(f"word{i}" for i in range(30))
    a, b = shingle_hashes(words(full), 5), shingle_hashes(words(trimmed), 5)
    jaccard, containment = similarity(b, a)
    assert containment == 1.0
    assert jaccard == pytest.approx(26 / 96)


@pytest.mark.parametrize(
    "kwargs",
    [{"lsh_bands": 30}, {"num_perm": 1}, {"shingle_words": 0}, {"lead_bands": 64}],
)
def test_invalid_parameters_are_refused_up_front(kwargs: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        FingerprintConfig(**kwargs)


# The sentence breaks as first written: look-behinds tried at every character.  The scan that
# replaced them must give every text the same sentences.
_LOOK_BEHIND_BREAKS = re.compile(
    r"(?<=[.!?。！？])\s+|(?<=[.!?][\"'”’)\]])\s+|(?<=[。！？])(?=\S)|\s*\n\s*"
)


def test_sentence_word_counts_are_the_look_behind_breaks() -> None:
    pieces = [
        "word", "The", "x.y", "élan", "İstanbul", "straße", "ﬁle", "１２", "漢字", "かな", "ー",
        " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u3000", "\u2028", "\x1c", "\u200b", "\u0301",
        ".", "!", "?", "…", "。", "！", "？", '"', "'", "”", "’", ")", "]", ". ", '." ', ".\n",
    ]
    rng = random.Random(10)
    texts = ["", "One. Two three!  Four?\nFive", 'He said "go." Then left.', "第一句。第二句！三"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(20_000)]
    for text in texts:
        counts = [len(words(piece)) for piece in _LOOK_BEHIND_BREAKS.split(text)]
        assert sentence_word_counts(text) == [c for c in counts if c], repr(text)
