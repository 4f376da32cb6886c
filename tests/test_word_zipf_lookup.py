"""A word table's look-up (``clipper.wordzipf.lookup``): each folded word's zipf value as its
table holds it, 0.0 for a word it lacks, at either end of the sorted keys and for keys past
2**63 (the 64-bit keys are unsigned).  Compound parts and Arabic and Hebrew prefixes are
decided by these values; every word here is invented."""

from __future__ import annotations

import numpy as np

from clipper.stories.weights import lookup_key
from clipper.wordzipf import lookup

WORDS = {
    "brotkorbregel": 3.25,
    "fenstermaut": 4.5,
    "kiesgrubenamt": 2.0,
    "laternenzoll": 5.75,
    "zwiebelturmfest": 1.5,
    "ölmühlenrat": 6.0,
}


def _table(words: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
    keys = sorted((lookup_key(word), value) for word, value in words.items())
    return (
        np.array([key for key, _ in keys], dtype=np.uint64),
        np.array([value for _, value in keys], dtype=np.float64),
    )


def test_each_word_of_the_table_has_its_value() -> None:
    table = _table(WORDS)
    assert {word: lookup(word, table) for word in WORDS} == WORDS
    # the keys span both halves of the 64-bit range: unsigned, as the table stores them
    assert int(table[0][-1]) >= 2**63 > int(table[0][0])


def test_a_word_the_table_lacks_is_zero() -> None:
    table = _table(WORDS)
    for word in ("brotkorb", "fenstermautx", "", "a", "laternenzol", "ölmühlenrät"):
        value = lookup(word, table)
        assert value == 0.0 and isinstance(value, float)


def test_an_empty_table_holds_no_word() -> None:
    empty = (np.zeros(0, dtype=np.uint64), np.zeros(0, dtype=np.float64))
    assert lookup("fenstermaut", empty) == 0.0


def test_two_tables_are_read_apart() -> None:
    first, second = _table(WORDS), _table({"fenstermaut": 0.5, "dachrinnenfonds": 2.5})
    assert lookup("fenstermaut", first) == 4.5
    assert lookup("fenstermaut", second) == 0.5
    assert lookup("dachrinnenfonds", first) == 0.0
