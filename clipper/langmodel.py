"""The language identifier's model (py3langid's, restricted to the ISO 639-1 languages), as
:mod:`clipper.language` uses it, and its unpacked copy in the cache folder.

py3langid ships its model LZMA-compressed (4.6 MB); unpacking it took ~0.45 s CPU of the
~0.6 s a process spent loading it, on the first page whose language it read (a one-worker
``dedupe`` of 439 HTML pages: ~2 % of its run; every run and every ``spawn``-started worker
paid it again).  The model as clipper uses it is kept once in the cache folder
(:func:`clipper.cachedir.cache_dir`), uncompressed (~60 MB): the arrays and lists
py3langid's loader makes, already restricted and in row order, read back in ~0.1 s.  The file
is named by py3langid's version and its model file's size; one that cannot be read is made
again, and a cache folder that cannot be written leaves the model in the process alone.
The identifier is the same either way: the same arrays, dtypes and order, so the same scores,
bit for bit (``tests/test_language.py``).
"""

from __future__ import annotations

import os
import tempfile
import zipfile
from array import array
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np

from clipper.cachedir import cache_dir

# Bump when what the file holds changes (files of other layouts are ignored).
LAYOUT_VERSION = "1"


def identifier() -> Any:
    """A ``py3langid.langid.LanguageIdentifier`` (normalised probabilities) over the ISO 639-1
    languages of py3langid's model, with the feature × language table in row order: read from
    the cache folder, else made from py3langid's model file and saved there."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    source = Path(MODEL_FILE)
    if not source.is_absolute():
        source = MODEL_DIR / source
    path = _cached_path(source)
    found = _read(path)
    if found is not None:
        return found
    made = _made(source)
    _write(path, made)
    return made


def _cached_path(source: Path) -> Path:
    size = source.stat().st_size
    return cache_dir() / (
        f"langid-model-py3langid{version('py3langid')}-{size}-v{LAYOUT_VERSION}.npz"
    )


def _made(source: Path) -> Any:
    """The identifier made from py3langid's own model file, as py3langid loads it."""
    from py3langid.langid import LanguageIdentifier

    made = LanguageIdentifier.from_model_file(source, norm_probs=True)
    # ISO 639-1 languages only ("zh", not Wu Chinese's "wuu" for a Mandarin text)
    made.set_languages([code for code in made.labels if len(code) == 2])
    # The restriction leaves the model's feature × language table as a column selection of
    # the whole one, in column order: each text's scoring gathers the rows of its byte
    # n-grams, and each row's weights then lie ~200 KB apart.  The same table in row order
    # (same values, same dtype: the same rows gathered, so the same scores, bit for bit)
    # gathers and weighs 1,500 rows in 1.1 ms, not 4.7 ms; a one-day record's opening is
    # identified in 0.49 ms, not 0.60.
    made.nb_ptc = np.ascontiguousarray(made.nb_ptc)
    return made


def _read(path: Path) -> Any | None:
    """The identifier the file ``path`` holds (:func:`_write`), or None."""
    from py3langid.langid import LanguageIdentifier

    try:
        with np.load(path, allow_pickle=False) as data:
            ptc, pc = data["ptc"], data["pc"]
            classes = data["classes"].tolist()
            nextmove, row = data["nextmove"], data["row"]
            output = data["output"].tolist()
    except (OSError, KeyError, ValueError, EOFError, zipfile.BadZipFile):
        return None  # not written whole, or another layout: made again
    return LanguageIdentifier(
        ptc, pc, classes, _as_array(nextmove), output, norm_probs=True, tk_row=_as_array(row)
    )


def _write(path: Path, made: Any) -> None:
    """Save the identifier ``made`` as ``path``, atomically; nothing when that fails."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(dir=path.parent, suffix=".npz")
    except OSError:
        return  # a cache folder that cannot be written: the model lives in this process only
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(
                out,
                ptc=made.nb_ptc,
                pc=made.nb_pc,
                classes=np.array(made.nb_classes),
                nextmove=np.frombuffer(made.tk_nextmove, dtype=_dtype(made.tk_nextmove)),
                row=np.frombuffer(made.tk_row, dtype=_dtype(made.tk_row)),
                output=np.asarray(made.tk_output, dtype=np.int32),
            )
        os.replace(name, path)
    except OSError:
        Path(name).unlink(missing_ok=True)  # a full disk: no half-written file left


def _dtype(values: array[int]) -> np.dtype[Any]:
    """The NumPy dtype of an unsigned stdlib array's items."""
    return np.dtype(f"u{values.itemsize}")


def _as_array(values: np.ndarray[Any, Any]) -> array[int]:
    """An unsigned NumPy array as the stdlib array py3langid walks (as its loader makes it)."""
    out: array[int] = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out
