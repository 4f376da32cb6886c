"""Where clipper keeps what it derives once from the packages it uses and reuses in every
process: the story-weight tables (:mod:`clipper.stories.weights`), the language identifier's
model unpacked (:mod:`clipper.language`) and the furniture phrases' literals
(:func:`clipper.furniture.literals.remembered_hints`).  ``$CLIPPER_CACHE_DIR``, else
``$XDG_CACHE_HOME/clipper``, else ``~/.cache/clipper``.  Each file is named by the versions it
was made from, written atomically (a concurrent run reads a whole file or makes its own), and
deleting the folder only costs the next run the time to make them again.  Tables of 8-byte
columns are mapped into memory from there (:func:`cached_columns`).  A file an earlier format
or version made (a table's ``.npz`` before the ``.npy`` of session 28, a ``-v1`` beside
``-v2``) is deleted when the current one is read or written and it has been neither read nor
written for :data:`clipper.config.STALE_CACHE_DAYS` days (:func:`drop_stale`)."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import numpy as np
import numpy.typing as npt

from clipper.config import STALE_CACHE_DAYS


def cache_dir() -> Path:
    """The cache folder (see the module); not created here."""
    explicit = os.environ.get("CLIPPER_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clipper"


# The (folder, family) pairs :func:`drop_stale` has looked at in this process.
_LOOKED: set[tuple[Path, str]] = set()


def drop_stale(current: Path, family: str) -> int:
    """Delete the files of ``current``'s folder named by the glob ``family`` (every name the
    same table took in earlier formats and versions: ``"story-weights-ar-wordfreq*"``) but
    ``current`` itself, of those neither read nor written (atime, mtime) for
    :data:`clipper.config.STALE_CACHE_DAYS` days: a checkout of another version sharing the
    folder (a benchmark's baseline tree) keeps the file it reads.  Once a process for each
    folder and family; a file that cannot be read or deleted is left.  Returns the number of
    files deleted."""
    key = (current.parent, family)
    if key in _LOOKED:
        return 0
    _LOOKED.add(key)
    unused_since = time.time() - STALE_CACHE_DAYS * 86400
    dropped = 0
    try:
        found = [path for path in current.parent.glob(family) if path.name != current.name]
    except OSError:
        return 0
    for path in found:
        try:
            stat = path.stat()
            if max(stat.st_atime, stat.st_mtime) < unused_since:
                path.unlink()
                dropped += 1
        except OSError:
            continue
    return dropped


def cached_columns(
    name: str,
    dtypes: tuple[npt.DTypeLike, ...],
    build: Callable[[], tuple[npt.NDArray[Any], ...]],
    family: str | None = None,
) -> tuple[npt.NDArray[Any], ...]:
    """Equal-length columns of 8-byte values (one per ``dtypes``: ``np.uint64``,
    ``np.float64``), kept in the cache folder as ``name`` (a ``.npy`` file of one ``uint64``
    row per column) and mapped into memory read-only: a process reads only the pages it
    searches, and the processes of a run share them (a story-weight table is 0.3-17 MB;
    reading a ``.npz`` copy of it whole cost ~10 ms a language).  Missing or unreadable: made
    by ``build`` (its columns, of those dtypes) and saved atomically; a read-only cache keeps
    the built columns in this process only.  ``family``: the glob of the names the table took
    in earlier formats and versions, whose unused files are then deleted (:func:`drop_stale`).
    Raises ``ValueError`` when ``build``'s columns differ in length or dtype from what
    ``dtypes`` says."""
    path = cache_dir() / name
    mapped = _mapped(path, dtypes)
    if mapped is not None:
        if family:
            drop_stale(path, family)
        return mapped
    columns = build()
    if {len(c) for c in columns} != {len(columns[0])} or [c.dtype for c in columns] != [
        np.dtype(d) for d in dtypes
    ]:
        raise ValueError(f"{name}: columns of unequal length or not of {dtypes}")
    rows = np.stack([c.view(np.uint64) for c in columns])
    if not _replaced(path, lambda out: np.save(out, rows, allow_pickle=False)):
        return columns  # a read-only cache: the columns live in this process only
    if family:
        drop_stale(path, family)
    # The file just saved, mapped as the next process maps it: the built columns (up to
    # ~20 MB a table) leave this process's heap instead of staying in it for its life.
    mapped = _mapped(path, dtypes)
    return columns if mapped is None else mapped


def _mapped(path: Path, dtypes: tuple[npt.DTypeLike, ...]) -> tuple[npt.NDArray[Any], ...] | None:
    """The columns of the ``.npy`` file at ``path`` mapped read-only (one ``uint64`` row per
    column of ``dtypes``); None when it is missing, unreadable or of another shape."""
    try:
        rows = np.load(path, mmap_mode="r", allow_pickle=False).view(np.ndarray)
    except (OSError, ValueError):
        return None
    if rows.dtype != np.uint64 or rows.ndim != 2 or rows.shape[0] != len(dtypes):
        return None
    return tuple(row.view(dtype) for row, dtype in zip(rows, dtypes, strict=True))


def read_json(name: str) -> Any:
    """The JSON value kept in the cache folder as ``name``; None when it is missing or
    unreadable (the caller then makes it again: :func:`write_json`)."""
    try:
        return json.loads((cache_dir() / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_json(name: str, value: Any, family: str | None = None) -> None:
    """Keep ``value`` (JSON: lists, strings, numbers, None) in the cache folder as ``name``,
    written atomically; a read-only or full cache keeps nothing.  ``family``: as in
    :func:`cached_columns`, the glob of the names of earlier versions, whose unused files are
    then deleted (:func:`drop_stale`)."""
    path = cache_dir() / name
    encoded = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    if _replaced(path, lambda out: out.write(encoded)) and family:
        drop_stale(path, family)


def _replaced(path: Path, write: Callable[[IO[bytes]], object]) -> bool:
    """Whether ``path`` now holds what ``write`` wrote to a file beside it, renamed over it
    (a concurrent reader sees the old file or the new one whole); False when the folder cannot
    be made or written (a read-only or full cache)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, suffix=path.suffix, delete=False) as out:
            write(out)
        os.replace(out.name, path)
    except OSError:
        return False
    return True
