"""Tables of 8-byte columns kept in the cache folder and mapped into memory
(clipper.cachedir.cached_columns): built once, read back equal by later processes, rebuilt when
the file is damaged, kept in memory when the folder cannot be written."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from clipper.cachedir import cached_columns

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
