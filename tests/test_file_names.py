"""A file whose name is not UTF-8 (a Latin-1 name a Windows zip or an old share leaves) is read
like any other, its name stored with the undecodable byte written ``\\xe9``; the night is not
lost (newcomer 17, finding 1: a traceback before, nothing stored)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select

from clipper.models import Page
from tests.conftest import build

_BODY = "".join(
    f"<p>{s} The harbour board will vote on the plan at its meeting next month.</p>"
    for s in (
        "The ferry company plans a new night route across the bay.",
        "Residents have asked for a later crossing for several years.",
        "The first estimate puts the cost at two million a year.",
    )
)


def _page(title: str) -> bytes:
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{_BODY.replace('ferry', title.split()[0].lower())}</article></body></html>"
    ).encode()


def test_a_latin_1_file_name_is_read_and_stored(tmp_path: Path) -> None:
    night = tmp_path / "night"
    night.mkdir()
    try:
        with open(os.path.join(os.fsencode(night), b"Caf\xe9 Berlin.html"), "wb") as fh:
            fh.write(_page("Cafe owners protest"))
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system refuses a non-UTF-8 name")
    (night / "ok.html").write_bytes(_page("Night ferry planned"))
    for _ in range(2):  # the same folder the next night too
        archive, _summary = build(tmp_path / "a.db", [night])
        with archive.sessions() as session:
            origins = sorted(session.scalars(select(Page.origin)))
        archive.close()
        assert [Path(o).name for o in origins] == ["Caf\\xe9 Berlin.html", "ok.html"]
