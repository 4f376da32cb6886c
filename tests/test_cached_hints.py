"""The furniture phrases' literals kept in the cache folder
(clipper.furniture.literals.remembered_hints): a later process reads them back instead of
parsing every phrase again, and the tables compile to the same pre-scans with the file, without
it, and with it damaged: only a cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from clipper.furniture import compiled, literals
from clipper.furniture.compiled import Matchers
from clipper.furniture.literals import GatedSearch


def _gate(gate: GatedSearch | None) -> Any:
    return None if gate is None else (gate._sources, gate._always, gate._by_literal)


def _pre_scans(m: Matchers) -> tuple[Any, ...]:
    """What the literals decide in the compiled tables: the hints and each gate's phrases by
    literal (the patterns themselves are compiled from the tables, not from the cache)."""
    return (
        m.line_hint,
        m.consent_hint,
        m.related_hint,
        m.notice_hint,
        *map(
            _gate,
            (m.consent_term_gate, m.consent_weak_gate, m.notice_gate, m.line_gate, m.promo_gate),
        ),
    )


def _compiled_afresh(monkeypatch: pytest.MonkeyPatch) -> tuple[tuple[Any, ...], int]:
    """Every table's matchers compiled as a new process compiles them, and how many hints
    had to be found (parsed) rather than read back."""
    found: list[int] = []
    real = literals._found_hint

    def counted(patterns: Any, flags: Any) -> Any:
        found.append(1)
        return real(patterns, flags)

    monkeypatch.setattr(literals, "_found_hint", counted)
    monkeypatch.setattr(literals, "_FOUND", {})
    monkeypatch.setattr(compiled, "_ALL", None)
    return _pre_scans(compiled.matchers()), len(found)


def test_hints_found_once_are_read_back_by_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    first, found_first = _compiled_afresh(monkeypatch)
    assert found_first > 1000  # every phrase and union of the tables
    [kept] = tmp_path.glob("literal-hints-*.json")
    second, found_second = _compiled_afresh(monkeypatch)
    assert (second, found_second) == (first, 0)
    kept.unlink()
    assert _compiled_afresh(monkeypatch) == (first, found_first)


@pytest.mark.parametrize(
    "damage",
    [
        b'[[["a"], 2',  # cut short
        b'{"not": "a list"}',
        b'[[["a"], "two", null], [["b"]]]',  # entries of another shape
    ],
)
def test_a_damaged_hints_file_is_found_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    first, found_first = _compiled_afresh(monkeypatch)
    [kept] = tmp_path.glob("literal-hints-*.json")
    kept.write_bytes(damage)
    assert _compiled_afresh(monkeypatch) == (first, found_first)
    assert _compiled_afresh(monkeypatch) == (first, 0)  # written again, whole


def test_an_unwritable_cache_only_costs_the_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(blocked / "cache"))
    first, found = _compiled_afresh(monkeypatch)
    assert found > 1000
    assert _compiled_afresh(monkeypatch) == (first, found)


def test_a_hint_of_another_version_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file is named by this Python and the literals module's source: a hints file
    another version made (its rules changed) is not this one's."""
    monkeypatch.setenv("CLIPPER_CACHE_DIR", str(tmp_path))
    first, found = _compiled_afresh(monkeypatch)
    monkeypatch.setattr(literals, "_hints_version", lambda: "another-version")
    assert _compiled_afresh(monkeypatch) == (first, found)
