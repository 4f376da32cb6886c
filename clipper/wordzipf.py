"""Word frequencies for search's word rules, as a table of folded words: how often a word is
written in a language (its zipf value in the lists of the pinned ``wordfreq`` package), looked up
by the word as search folds it (:func:`clipper.searchtext.fold`).  Used by the attached
prefixes and suffixes of Arabic and Hebrew (:mod:`clipper.prefixes`) and by compound words'
parts (:mod:`clipper.compounds`)."""

from __future__ import annotations

import functools
from bisect import bisect_left
from collections.abc import Callable
from importlib.metadata import version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

    Table = tuple[npt.NDArray[np.uint64], npt.NDArray[np.float64]]

# NumPy, and the cache folder's NumPy files, are imported by the functions that read a table:
# a query's words look one up only when they hold an Arabic-script, Hebrew or Nordic word, and
# a query command's start-up (this module is imported by the search text's folding) pays
# nothing for the others.


def _build(languages: tuple[str, ...], floor: float) -> Table:
    """The folded words of ``languages``' word lists at least ``floor`` frequent (zipf) as
    sorted 64-bit hashes and their zipf values (a word that several list words fold to: the
    highest)."""
    import numpy as np

    from clipper.searchtext import fold
    from clipper.stories.weights import frequency_list, lookup_key, zipf_of_bin

    best: dict[int, float] = {}
    for language in languages:
        for index, words in enumerate(frequency_list(language)):
            value = zipf_of_bin(index)
            if value < floor:
                break  # the lists go from the most frequent down
            for word in words:
                key = lookup_key(fold(word))
                if value > best.get(key, -1.0):
                    best[key] = value
    keys = np.array(sorted(best), dtype=np.uint64)
    return keys, np.array([best[k] for k in keys.tolist()], dtype=np.float64)


@functools.cache
def table(name: str, languages: tuple[str, ...], table_version: str, floor: float = 0.0) -> Table:
    """The table of ``languages``' lists (words at least ``floor`` frequent), mapped from the
    cache directory as ``{name}-wordfreq{version}-v{table_version}.npy``
    (:func:`clipper.cachedir.cached_columns`: files of other versions are deleted), else
    built (1-3 s a language) and saved there."""
    import numpy as np

    from clipper.cachedir import cached_columns

    keys, values = cached_columns(
        f"{name}-wordfreq{version('wordfreq')}-v{table_version}.npy",
        (np.uint64, np.float64),
        lambda: _build(languages, floor),
        family=f"{name}-wordfreq*",
    )
    return keys, values


def lookup(word: str, words: Table) -> float:
    """The zipf value of the folded ``word`` in ``words`` (a :func:`table`), 0.0 for a word it
    lacks.  ~2 µs a word (a compound's possible heads, ~10 places a word:
    :mod:`clipper.compounds`; 85,000 look-ups over bench/speed.py's 439 HTML pages): the key
    function is bound once a process, not imported at each call (~1.2 µs, an import of a
    module inside a package), and the table's sorted keys are searched through views of its
    memory (:func:`bisect.bisect_left`, each key read as an int), no NumPy scalar made
    (session 50)."""
    key_of = _LOOKUP_KEY or _bound_lookup_key()
    key_view, value_view = _views(words)
    key = key_of(word)
    at = bisect_left(key_view, key)
    return float(value_view[at]) if at < len(key_view) and key_view[at] == key else 0.0


# clipper.stories.weights.lookup_key, bound at the first look-up (that module imports NumPy,
# which a query's start-up does not: see above).
_LOOKUP_KEY: Callable[[str], int] | None = None


def _bound_lookup_key() -> Callable[[str], int]:
    global _LOOKUP_KEY
    from clipper.stories.weights import lookup_key

    _LOOKUP_KEY = lookup_key
    return lookup_key


# Each table's keys and values as memoryviews, by the keys' array (kept with them: an id is
# not reused while its array is held).  A few tables a process.
_VIEWS: dict[int, tuple[Any, memoryview, memoryview]] = {}


def _views(words: Table) -> tuple[memoryview, memoryview]:
    """``words``' keys and values as memoryviews (``ndarray.data``): their ints and floats, no
    copy."""
    keys, values = words
    held = _VIEWS.get(id(keys))
    if held is None or held[0] is not keys:
        held = _VIEWS[id(keys)] = (keys, keys.data, values.data)
    return held[1], held[2]
