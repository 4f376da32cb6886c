"""A module's made table is rewritten between its markers, and only there
(:mod:`clipper.madetables`, the ``--write`` of ``python -m clipper.calendarwords``,
``clipper.plainmonths`` and ``clipper.identifierscripts``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from clipper.madetables import END, begin, write_or_print


def test_write_replaces_only_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    marker = begin("clipper.example")
    module = tmp_path / "example.py"
    module.write_text(f'"""Doc."""\n\n{marker}OLD = 1\n{END}\n\ndef kept() -> int:\n    return 2\n')
    made = f"{marker}NEW = 3\n{END}"
    write_or_print(str(module), marker, made, ["--write"])
    assert module.read_text() == f'"""Doc."""\n\n{made}\n\ndef kept() -> int:\n    return 2\n'
    assert capsys.readouterr().out == ""
    write_or_print(str(module), marker, f"{marker}OTHER = 4\n{END}", [])
    assert capsys.readouterr().out == f"{marker}OTHER = 4\n{END}"
    assert "NEW = 3" in module.read_text()  # printing leaves the file alone


def test_a_module_without_its_markers_is_refused(tmp_path: Path) -> None:
    module = tmp_path / "example.py"
    module.write_text("OLD = 1\n")
    with pytest.raises(ValueError, match="no table between its markers"):
        write_or_print(str(module), begin("clipper.example"), "x", ["--write"])
    assert module.read_text() == "OLD = 1\n"
