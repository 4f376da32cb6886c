"""The language identifier's model (py3langid's, restricted to the ISO 639-1 languages), as
:mod:`clipper.language` uses it, and its unpacked copy in the cache folder.

py3langid ships its model LZMA-compressed (4.6 MB); unpacking it took ~0.45 s CPU of the
~0.6 s a process spent loading it, on the first page whose language it read (a one-worker
``dedupe`` of 439 HTML pages: ~2 % of its run; every run and every ``spawn``-started worker
paid it again).  The model as clipper uses it is kept once in the cache folder
(:func:`clipper.cachedir.cache_dir`), uncompressed (~85 MB): the arrays and lists
py3langid's loader makes, already restricted, in row order and widened to float32, read back
in ~0.1 s.  The file is named by py3langid's version and its model file's size; one that
cannot be read is made again, and a cache folder that
cannot be written leaves the model in the process alone.

Scoring is py3langid's, with its byte-by-byte walk done as array operations
(:class:`ArrayIdentifier`): the same features counted in the same order, and the same
table's rows, so the same scores, bit for bit (``tests/test_language.py``).
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from array import array
from collections import Counter
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
from py3langid.langid import LanguageIdentifier

from clipper.cachedir import cache_dir, drop_stale

# Bump when what the file holds changes (files of other layouts are ignored).
# 2: the table as float32, and the automaton's window.
LAYOUT_VERSION = "2"
_PREFIX = "langid-model-py3langid"


class ArrayIdentifier(LanguageIdentifier):
    """py3langid's ``LanguageIdentifier`` whose features are found by array operations.

    py3langid walks a text's UTF-8 bytes through its automaton one byte at a time in Python
    (~0.33 ms for a 600-character sample) and counts the feature each state it enters holds.
    The automaton is Aho-Corasick's over byte strings of at most ``window`` bytes (6 for
    py3langid 0.4.0's model; :func:`automaton_window` finds it and checks the automaton is
    one): the state it is in after a byte is that of the longest of those strings ending
    there, so it is the state a walk from the start reaches over the ``window`` bytes ending
    there.  All those walks are taken at once, ``window`` array look-ups over the whole text
    (a sample's first ``window - 1`` bytes are walked as py3langid does); the features are
    then counted in the order py3langid counts them (first seen first), so the same
    log-probability rows are summed in the same order.  The table ``nb_ptc`` is float32 (the
    model's float16 values, widened exactly): py3langid's product widens the rows it gathers
    each time, at ~9 ns a value, the largest part of its scoring.  The first 600 characters of
    1,000 one-day records are identified in 0.24 ms each, not 0.66 (load 7)."""

    # the automaton's window (bytes); set by the constructors of this module
    window: int = 0

    def _raw_score(self, text: bytes) -> npt.NDArray[np.float32]:
        features = self._features(text)
        features = features[features >= 0]
        if not len(features):
            return super()._raw_score(b"")  # py3langid's answer for a text without features
        visits = Counter(features.tolist())
        idx = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
        counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
        scores: npt.NDArray[np.float32] = np.log1p(counts) @ self.nb_ptc[idx] + self.nb_pc
        return scores

    def _features(self, text: bytes) -> npt.NDArray[np.intp]:
        """The feature (-1: none) of the state entered at each byte of ``text``."""
        window = self.window
        head: list[int] = []
        state = 0
        for letter in text[: window - 1]:  # as py3langid walks
            state = self.tk_nextmove[self._rowbase[state] + letter]
            head.append(self.tk_output[state])
        nextmove, rowbase, output = self._arrays
        span = len(text) - window + 1
        if span <= 0:
            return np.array(head, dtype=np.intp)
        letters = np.frombuffer(text, dtype=np.uint8).astype(np.intp)
        states = nextmove[rowbase[0] + letters[:span]]
        for k in range(1, window):
            states = nextmove[rowbase[states] + letters[k : k + span]]
        return np.concatenate([np.array(head, dtype=np.intp), output[states]])

    def set_arrays(self, window: int) -> None:
        """Keep the automaton as arrays (the transitions as a view of py3langid's own array)
        and its ``window``."""
        self.window = window
        self._arrays = (
            _numpy(self.tk_nextmove),
            np.asarray(self._rowbase, dtype=np.intp),
            np.asarray(self.tk_output, dtype=np.intp),
        )


def automaton_window(nextmove: npt.NDArray[Any], row: npt.NDArray[Any]) -> int:
    """The length of the longest byte string the automaton ``nextmove`` (rows of 256 next
    states, shared by states through ``row``; state 0 the start) tells apart: the most bytes
    its start needs to reach a state.

    Raises ValueError unless it is an Aho-Corasick automaton (Aho & Corasick 1975): every state
    reached from the start by one string through states each one byte deeper (a trie), and
    every other move the one its failure state makes (the state of its string without the
    first byte; the start's other moves back to the start).  Only then is the state after a
    byte the state of the longest trie string ending there, a function of the last ``window``
    bytes read."""
    table = nextmove.reshape(-1, 256)
    states = len(row)
    depth = np.full(states, -1, dtype=np.int64)
    parent = np.zeros(states, dtype=np.int64)
    via = np.zeros(states, dtype=np.int64)
    depth[0] = 0
    frontier = np.zeros(1, dtype=np.int64)
    level = 0
    while len(frontier):  # breadth first: each state's depth, parent and last byte
        level += 1
        moves = table[row[frontier]]
        at, letter = np.nonzero(depth[moves] < 0)
        reached, first = np.unique(moves[at, letter], return_index=True)
        depth[reached] = level
        parent[reached] = frontier[at[first]]
        via[reached] = letter[first]
        frontier = reached
    if (depth < 0).any():
        raise ValueError("the automaton has states its start does not reach")
    window = int(depth.max())
    letters = np.zeros((states, window), dtype=np.int64)  # each state's string, right-aligned
    walker = np.arange(states)
    for k in range(window):
        inside = depth[walker] > 0
        letters[inside, window - 1 - k] = via[walker[inside]]
        walker = np.where(inside, parent[walker], walker)
    failure = np.zeros(states, dtype=np.int64)
    for column in range(window):  # the string without its first byte, walked from the start
        inside = column >= window - depth + 1
        failure = np.where(inside, table[row[failure], letters[:, column]], failure)
    edges = 0
    for start in range(0, states, _CHECKED_STATES):
        part = slice(start, start + _CHECKED_STATES)
        moves = table[row[part]].astype(np.int64)
        child = depth[moves] == depth[part, None] + 1
        edges += int(np.count_nonzero(child))
        otherwise = table[row[failure[part]]].astype(np.int64)
        if start == 0:
            otherwise[0] = 0  # the start's moves that reach no deeper state stay there
        if (np.where(child, moves, otherwise) != moves).any():
            raise ValueError("the automaton is not an Aho-Corasick automaton")
    if edges != states - 1:
        raise ValueError("the automaton's strings are not a trie")
    return window


# States whose moves are checked at once (8,192 × 256 moves: ~50 MB of scratch).
_CHECKED_STATES = 8192


def identifier() -> ArrayIdentifier:
    """An :class:`ArrayIdentifier` (normalised probabilities) over the ISO 639-1 languages of
    py3langid's model, with the feature × language table in row order, as float32: read from
    the cache folder, else made from py3langid's model file and saved there."""
    source = _model_file()
    path = _cached_path(source)
    found = _read(path)
    if found is not None:
        drop_stale(path, f"{_PREFIX}*")  # the model of another py3langid or layout
        return found
    made = _made(source)
    if _write(path, made):
        drop_stale(path, f"{_PREFIX}*")
    return made


def languages() -> frozenset[str]:
    """The languages the identifier names (ISO 639-1 codes, as py3langid labels them): read
    from the model's copy in the cache folder alone (~1 ms, the model not loaded), else from
    the model, made as :func:`identifier` makes it."""
    path = _cached_path(_model_file())
    try:
        with np.load(path, allow_pickle=False) as data:
            return frozenset(str(code) for code in data["classes"].tolist())
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return frozenset(str(code) for code in identifier().nb_classes)


def _model_file() -> Path:
    """py3langid's own model file."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    source = Path(MODEL_FILE)
    return source if source.is_absolute() else MODEL_DIR / source


def _cached_path(source: Path) -> Path:
    size = source.stat().st_size
    return cache_dir() / f"{_PREFIX}{version('py3langid')}-{size}-v{LAYOUT_VERSION}.npz"


def _made(source: Path) -> ArrayIdentifier:
    """The identifier made from py3langid's own model file, as py3langid loads it."""
    made = ArrayIdentifier.from_model_file(source, norm_probs=True)
    # ISO 639-1 languages only ("zh", not Wu Chinese's "wuu" for a Mandarin text)
    made.set_languages([code for code in made.labels if len(code) == 2])
    # The restriction leaves the model's feature × language table as a column selection of
    # the whole one, in column order: each text's scoring gathers the rows of its byte
    # n-grams, and each row's weights then lie ~200 KB apart.  The same table in row order
    # (same values: the same rows gathered, so the same scores, bit for bit) gathers and
    # weighs 1,500 rows in 1.1 ms, not 4.7 ms; as float32 (the float16 values widened
    # exactly, once) the rows need no widening when gathered.
    made.nb_ptc = np.ascontiguousarray(made.nb_ptc, dtype=np.float32)
    made._full_model = made.nb_ptc, made.nb_pc, made.nb_classes
    made.set_arrays(automaton_window(_numpy(made.tk_nextmove), _numpy(made.tk_row)))
    return made


def _read(path: Path) -> ArrayIdentifier | None:
    """The identifier the file ``path`` holds (:func:`_write`), or None."""
    try:
        with np.load(path, allow_pickle=False) as data:
            ptc, pc = data["ptc"], data["pc"]
            classes = data["classes"].tolist()
            nextmove, row = data["nextmove"], data["row"]
            output = data["output"].tolist()
            window = int(data["window"])
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return None  # not written whole, or another layout: made again
    found = ArrayIdentifier(
        ptc, pc, classes, _as_array(nextmove), output, norm_probs=True, tk_row=_as_array(row)
    )
    found.set_arrays(window)
    return found


def _write(path: Path, made: ArrayIdentifier) -> bool:
    """Save the identifier ``made`` as ``path``, atomically; nothing when that fails (False)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".npz")
    except OSError:
        return False  # a cache folder that cannot be written: the model lives in this process
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(
                out,
                ptc=made.nb_ptc,
                pc=made.nb_pc,
                classes=np.array(made.nb_classes),
                nextmove=_numpy(made.tk_nextmove),
                row=_numpy(made.tk_row),
                output=np.asarray(made.tk_output, dtype=np.int32),
                window=np.int64(made.window),
            )
        os.replace(name, path)
    except OSError:
        Path(name).unlink(missing_ok=True)  # a full disk: no half-written file left
        return False
    return True


def _dtype(values: array[int]) -> np.dtype[Any]:
    """The NumPy dtype of an unsigned stdlib array's items."""
    return np.dtype(f"u{values.itemsize}")


def _numpy(values: array[int]) -> npt.NDArray[Any]:
    """A stdlib array of unsigned integers as a NumPy array (a view)."""
    return np.frombuffer(values, dtype=_dtype(values))


def _as_array(values: npt.NDArray[Any]) -> array[int]:
    """An unsigned NumPy array as the stdlib array py3langid walks (as its loader makes it)."""
    out: array[int] = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out
