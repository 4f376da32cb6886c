"""clipper.stories hashes terms with mmh3 and drops a copied stop-word list; both must be what
scikit-learn gave (stored story vectors and weight tables were made with it)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from clipper.stories import tokens, weights

# Invented words in several scripts, with the cases that hashing code gets wrong: empty,
# non-ASCII (two-, three- and four-byte UTF-8), a long word past the 4-byte blocks.
WORDS = [
    "", "a", "ab", "abc", "abcd", "harbour", "ferry", "n:ortiz", "#2024", "crossings",
    "été", "straße", "fährverbindung", "Москва", "日本語", "서울시는", "naïve", "😀",
    "x" * 1001, "mid-term", "o'brien", "3.5",
]  # fmt: skip


def test_term_hashes_are_scikit_learns_murmurhash() -> None:
    sklearn_utils = pytest.importorskip("sklearn.utils")
    for word in WORDS:
        for seed in (0, 1):
            assert weights.mmh3.hash(word, seed, signed=False) == sklearn_utils.murmurhash3_32(
                word, seed=seed, positive=True
            ), word
        high = sklearn_utils.murmurhash3_32(word, seed=0, positive=True)
        low = sklearn_utils.murmurhash3_32(word, seed=1, positive=True)
        assert weights.lookup_key(word) == (high << 32) | low


def test_story_terms_leave_out_scikit_learns_stop_words() -> None:
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert tokens.stop_words() >= ENGLISH_STOP_WORDS
    assert tokens.terms("The harbour ferry said it would sail again") == [
        "harbour", "ferry", "sail"
    ]


def test_a_dedupe_run_does_not_load_scikit_learn() -> None:
    code = "import sys, clipper.pipeline; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_story_terms_read_scikit_learns_stop_words_without_importing_it() -> None:
    # A page vectorised in a fresh process (a one-worker dedupe's only process) takes the list
    # from scikit-learn's file without importing the package (SciPy with it: ~1.1 s CPU).
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    code = (
        "import sys; from clipper.stories import tokens, vectors; "
        "words = tokens.stop_words(); "
        "print('sklearn' in sys.modules, ' '.join(sorted(words)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    imported, _, listed = out.stdout.strip().partition(" ")
    assert imported == "False"
    assert set(listed.split()) == ENGLISH_STOP_WORDS | {
        "said", "says", "say", "told", "according", "also", "would", "could", "new", "year",
        "years", "mr", "ms", "mrs", "percent", "per", "cent", "just", "like", "including",
    }  # fmt: skip
    assert tokens.stop_words() == frozenset(listed.split())
