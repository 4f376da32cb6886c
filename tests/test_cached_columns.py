"""Tables of 8-byte columns kept in the cache folder and mapped into memory
(clipper.cachedir.cached_columns): built once, read back equal by later processes, rebuilt when
the file is damaged, kept in memory when the folder cannot be written; the files earlier
formats and versions of a table left are deleted once unused."""

from __future__ import annotations

import os
import time
from pathlib import Path

import numpy as np
import pytest

from clipper import cachedir
from clipper.cachedir import cached_columns
from clipper.config import STALE_CACHE_DAYS

DTYPES = (np.uint64, np.float64)


def _table() -> tuple[np.ndarray, np.ndarray]:
    return np.array([3, 17, 2**63 + 5], dtype=np.uint64), np.array([6.5, 0.0, -1.25])


def _builds(counter: list[int]):
    def build() -> tuple[np.ndarray, np.ndarray]:
        counter.append(1)
        return _table()

    return build


def test_built_once_then_read_back_equal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    built: list[int] = []
    first = cached_columns("t-v1.npy", DTYPES, _builds(built))
    again = cached_columns("t-v1.npy", DTYPES, _builds(built))
    assert len(built) == 1
    assert [p.name for p in tmp_path.iterdir()] == ["t-v1.npy"]  # no temporary file left
    for got, want in zip(again, _table(), strict=True):
        assert got.dtype == want.dtype
        assert got.tolist() == want.tolist()
    keys, values = again
    assert int(np.searchsorted(keys, np.uint64(17))) == 1
    assert values[np.array([0, 2])].tolist() == [6.5, -1.25]
    assert first[0].tolist() == keys.tolist()


def _mapped_from(array: np.ndarray) -> object:
    """What ``array``'s memory belongs to, past the arrays it is a view of."""
    owner: object = array
    while isinstance(owner, np.ndarray) and owner.base is not None:
        owner = owner.base
    return owner


def test_the_process_that_builds_a_table_maps_the_file_it_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first process reads a table as every later one does, mapped from the file it
    wrote: the columns it built are let go, not kept in its heap for the rest of its life."""
    import mmap
    import weakref

    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    built: list[weakref.ref[np.ndarray]] = []

    def build() -> tuple[np.ndarray, np.ndarray]:
        columns = _table()
        built.extend(weakref.ref(c) for c in columns)
        return columns

    keys, values = cached_columns("t-v1.npy", DTYPES, build)
    assert keys.tolist() == _table()[0].tolist() and values.tolist() == _table()[1].tolist()
    assert all(ref() is None for ref in built)
    assert isinstance(_mapped_from(keys), mmap.mmap) and not keys.flags.writeable


def test_an_empty_table_is_kept_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    built: list[int] = []

    def empty() -> tuple[np.ndarray, np.ndarray]:
        built.append(1)
        return np.array([], dtype=np.uint64), np.array([], dtype=np.float64)

    for _ in range(2):
        keys, values = cached_columns("empty.npy", DTYPES, empty)
        assert len(keys) == len(values) == 0
    assert len(built) == 1


def test_a_damaged_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    built: list[int] = []
    cached_columns("t.npy", DTYPES, _builds(built))
    path = tmp_path / "t.npy"
    path.write_bytes(path.read_bytes()[:40])  # cut short: a crash while copying the folder
    keys, _ = cached_columns("t.npy", DTYPES, _builds(built))
    assert len(built) == 2 and keys.tolist() == _table()[0].tolist()
    # a file of another layout (three columns where two are asked for) is no answer either
    np.save(path, np.zeros((3, 4), dtype=np.uint64))
    keys, _ = cached_columns("t.npy", DTYPES, _builds(built))
    assert len(built) == 3 and keys.tolist() == _table()[0].tolist()


def test_an_unwritable_folder_keeps_the_table_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(blocked))
    keys, values = cached_columns("t.npy", DTYPES, _builds([]))
    assert keys.tolist() == _table()[0].tolist() and values.tolist() == _table()[1].tolist()


def test_columns_of_another_shape_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    with pytest.raises(ValueError, match="unequal length"):
        cached_columns("t.npy", DTYPES, lambda: (np.zeros(2, np.uint64), np.zeros(3)))
    with pytest.raises(ValueError, match="not of"):
        cached_columns("t.npy", DTYPES, lambda: (np.zeros(2, np.int32), np.zeros(2)))


def _aged(path: Path, days: float) -> Path:
    path.write_bytes(b"old table")
    then = time.time() - days * 86400
    os.utime(path, (then, then))
    return path


def test_files_of_earlier_formats_and_versions_are_deleted_once_unused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Writing a table, then reading it in a later process, deletes its family's files that an
    earlier format (``.npz``) or version made and nothing has used for STALE_CACHE_DAYS days:
    the ~290 MB of ``.npz`` tables session 28's ``.npy`` left behind stayed for good."""
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    family = "story-weights-xx-wordfreq*"
    old_format = _aged(tmp_path / "story-weights-xx-wordfreq3.1.1-v1.npz", STALE_CACHE_DAYS + 1)
    old_version = _aged(tmp_path / "story-weights-xx-wordfreq3.0.2-v1.npy", 30)
    in_use = _aged(tmp_path / "story-weights-xx-wordfreq3.1.1-v0.npy", STALE_CACHE_DAYS - 1)
    other_table = _aged(tmp_path / "story-weights-xxy-wordfreq3.1.1-v0.npz", 30)
    name = "story-weights-xx-wordfreq3.1.1-v1.npy"
    cached_columns(name, DTYPES, _builds([]), family=family)
    assert not old_format.exists() and not old_version.exists()
    # used lately (another checkout's version), or another table's: kept
    assert in_use.exists() and other_table.exists()
    # a later process reading the table it wrote deletes what has aged since
    os.utime(in_use, (time.time() - 30 * 86400,) * 2)
    monkeypatch.setattr(cachedir, "_LOOKED", set())
    built: list[int] = []
    keys, _ = cached_columns(name, DTYPES, _builds(built), family=family)
    assert not built and keys.tolist() == _table()[0].tolist()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name, other_table.name]


def test_without_a_family_nothing_is_deleted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    old = _aged(tmp_path / "t-v0.npz", 30)
    cached_columns("t-v1.npy", DTYPES, _builds([]))
    assert old.exists()


@pytest.mark.parametrize(
    ("module", "function", "arguments", "old", "other"),
    [
        ("clipper.stories.weights", "table", ("ar",), "story-weights-ar-wordfreq3.1.1-v1.npz",
         "story-weights-arz-wordfreq3.1.1-v1.npz"),
        # the prefix tables of clipper.prefixes and the compound tables of clipper.compounds,
        # both clipper.wordzipf's
        ("clipper.wordzipf", "table", ("prefix-zipf-arabic", ("ar",), "1"),
         "prefix-zipf-arabic-wordfreq3.1.1-v1.npz", "prefix-zipf-hebrew-wordfreq3.1.1-v1.npz"),
        ("clipper.wordzipf", "table", ("compound-zipf-de", ("de",), "1", 3.0),
         "compound-zipf-de-wordfreq3.1.1-v0.npy", "compound-zipf-da-wordfreq3.1.1-v1.npy"),
    ],
)
def test_each_table_names_its_own_family(
    monkeypatch: pytest.MonkeyPatch,
    module: str,
    function: str,
    arguments: tuple[object, ...],
    old: str,
    other: str,
) -> None:
    """The story-weight, prefix and compound tables give the glob of their earlier files: their
    own earlier ones (session 28's ``.npz``, an earlier version) are in it, another language's
    or script's are not."""
    import importlib
    from fnmatch import fnmatchcase

    owner = importlib.import_module(module)
    asked: list[tuple[str, str | None]] = []

    def fake(name: str, dtypes: tuple, build: object, family: str | None = None) -> tuple:
        asked.append((name, family))
        return tuple(np.zeros(1, dtype=d) for d in dtypes)

    # a module that imports it at its top holds its own name; one that imports it where it
    # reads a table (clipper.wordzipf: query commands import no NumPy) reads the cache's
    monkeypatch.setattr(
        owner if hasattr(owner, "cached_columns") else cachedir, "cached_columns", fake
    )
    getattr(owner, function).__wrapped__(*arguments)
    ((name, family),) = asked
    assert family is not None
    assert fnmatchcase(name, family) and fnmatchcase(old, family)
    assert not fnmatchcase(other, family)


def test_the_language_model_drops_its_earlier_layouts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from clipper import langmodel

    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    old = _aged(tmp_path / "langid-model-py3langid0.4.0-4586720-v1.npz", 30)
    other = _aged(tmp_path / "story-weights-ar-wordfreq3.1.1-v1.npz", 30)
    found = object()
    monkeypatch.setattr(langmodel, "_read", lambda path: found)
    assert langmodel.identifier() is found
    assert not old.exists() and other.exists()


@pytest.mark.parametrize(
    ("module", "arguments", "language", "words"),
    [
        ("clipper.stories.weights", ("id",), "id", ("pemerintah", "presiden", "jakarta")),
        ("clipper.wordzipf", ("test-zipf-ms", ("ms",), "1", 4.0), "ms",
         ("kerajaan", "menteri", "malaysia")),
    ],
)
def test_building_a_word_table_keeps_none_of_what_it_read(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    module: str,
    arguments: tuple[object, ...],
    language: str,
    words: tuple[str, ...],
) -> None:
    """A process that builds a word table (a machine's first run) keeps no more than one that
    maps it: nothing goes into wordfreq's cache of its lists or the story-term fold's cache
    (English's ~300,000 words and their folds held ~140 MB more for the rest of a night's
    first ``dedupe``), and the table still gives wordfreq's values."""
    import functools
    import importlib

    import wordfreq

    from clipper.stories import weights
    from clipper.stories.weights import lookup_key

    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    # empty caches of their own, to count what the build puts in them
    lists = functools.lru_cache(maxsize=None)(wordfreq.get_frequency_list.__wrapped__)
    folds = functools.lru_cache(maxsize=200_000)(weights.folded_term.__wrapped__)
    monkeypatch.setattr(wordfreq, "get_frequency_list", lists)
    monkeypatch.setattr(weights, "folded_term", folds)
    found = importlib.import_module(module).table.__wrapped__(*arguments)
    assert lists.cache_info().currsize == 0 and folds.cache_info().currsize == 0
    keys, zipfs = (found.keys, found.plain) if hasattr(found, "plain") else found
    for word in words:
        at = int(np.searchsorted(keys, np.uint64(lookup_key(word))))
        assert zipfs[at] == wordfreq.zipf_frequency(word, language), word
