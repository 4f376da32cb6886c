"""Where clipper keeps what it derives once from the packages it uses and reuses in every
process: the story-weight tables (:mod:`clipper.stories.weights`) and the language identifier's
model unpacked (:mod:`clipper.language`).  ``$CLIPPER_CACHE_DIR``, else
``$XDG_CACHE_HOME/clipper``, else ``~/.cache/clipper``.  Each file is named by the versions it
was made from, written atomically (a concurrent run reads a whole file or makes its own), and
deleting the folder only costs the next run the time to make them again.  Tables of 8-byte
columns are mapped into memory from there (:func:`cached_columns`)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt


def cache_dir() -> Path:
    """The cache folder (see the module); not created here."""
    explicit = os.environ.get("CLIPPER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clipper"


def cached_columns(
    name: str,
    dtypes: tuple[npt.DTypeLike, ...],
    build: Callable[[], tuple[npt.NDArray[Any], ...]],
) -> tuple[npt.NDArray[Any], ...]:
    """Equal-length columns of 8-byte values (one per ``dtypes``: ``np.uint64``,
    ``np.float64``), kept in the cache folder as ``name`` (a ``.npy`` file of one ``uint64``
    row per column) and mapped into memory read-only: a process reads only the pages it
    searches, and the processes of a run share them (a story-weight table is 0.3-17 MB;
    reading a ``.npz`` copy of it whole cost ~10 ms a language).  Missing or unreadable: made
    by ``build`` (its columns, of those dtypes) and saved atomically; a read-only cache keeps
    the built columns in this process only.  Raises ``ValueError`` when ``build``'s columns
    differ in length or dtype from what ``dtypes`` says."""
    path = cache_dir() / name
    try:
        rows = np.load(path, mmap_mode="r", allow_pickle=False).view(np.ndarray)
        if rows.dtype == np.uint64 and rows.ndim == 2 and rows.shape[0] == len(dtypes):
            return tuple(row.view(dtype) for row, dtype in zip(rows, dtypes, strict=True))
    except (OSError, ValueError):
        pass
    columns = build()
    if {len(c) for c in columns} != {len(columns[0])} or [c.dtype for c in columns] != [
        np.dtype(d) for d in dtypes
    ]:
        raise ValueError(f"{name}: columns of unequal length or not of {dtypes}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=".npy", delete=False) as out:
            np.save(out, np.stack([c.view(np.uint64) for c in columns]), allow_pickle=False)
        os.replace(out.name, path)
    except OSError:
        pass  # a read-only cache: the columns live in this process only
    return columns
