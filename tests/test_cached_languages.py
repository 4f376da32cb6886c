"""The story-weight tables' languages (clipper.stories.weights.languages) kept in the cache
folder: read back by a later process without importing wordfreq, and the same set with the
file there, missing or damaged: only a cache."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from clipper.stories import weights


def _asked_afresh() -> frozenset[str]:
    weights.languages.cache_clear()
    try:
        return weights.languages()
    finally:
        weights.languages.cache_clear()


def test_the_languages_are_read_back_without_wordfreq(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import wordfreq

    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    first = _asked_afresh()
    assert {"en", "de", "ar", "zh"} <= first and "ko" not in first  # Korean needs MeCab
    assert first == frozenset(wordfreq.available_languages()) - {"ko"}
    [kept] = tmp_path.glob("story-languages-wordfreq*.json")
    with monkeypatch.context() as without:
        without.setitem(sys.modules, "wordfreq", None)  # importing it now fails
        assert _asked_afresh() == first
    for damage in ("[", '{"en": 1}', "[]", '["en", 3]'):
        kept.write_text(damage)
        assert _asked_afresh() == first
    kept.unlink()
    assert _asked_afresh() == first


def test_an_unwritable_cache_asks_wordfreq_each_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(blocked / "cache"))
    first = _asked_afresh()
    assert "en" in first and _asked_afresh() == first
