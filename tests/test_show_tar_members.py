"""``show`` finds a page read from a tarball made with ``tar -C mirror .`` by its member's name
as ``tar tf`` users type it without the "./" tar writes before every member (and a zip's
member typed with one), newcomer 21 finding 36.  An invented mirror."""

from __future__ import annotations

import io
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from tests.conftest import build

PARAGRAPHS = [
    "Die Stadtwerke Hansebrück erneuern vom Frühjahr an die Fernwärmeleitung unter der "
    "Hafenstraße, wie der Aufsichtsrat am Mittwoch beschlossen hat.",
    "Die Arbeiten sollen zwei Jahre dauern und rund elf Millionen Euro kosten; der Verkehr "
    "wird in dieser Zeit einspurig an der Baustelle vorbeigeführt.",
    "Anwohner können sich bei zwei Informationsabenden im Rathaus über die Bauabschnitte "
    "informieren, teilte die Stadt mit.",
]
MEMBER = "www.hansebrueck-bote.example/stadt/fernwaerme-hafenstrasse.html"


def _html() -> bytes:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        '<html lang="de"><head><title>Fernwärme unter der Hafenstraße</title>'
        f'<link rel="canonical" href="https://{MEMBER}"></head><body><article>'
        f"<h1>Fernwärme unter der Hafenstraße</h1>{body}</article></body></html>"
    ).encode()


def _tarball(path: Path) -> None:
    with tarfile.open(path, "w:gz") as tar:  # as tar -C mirror . writes it
        data = _html()
        info = tarfile.TarInfo("./" + MEMBER)
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))


def _zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(MEMBER, _html())


@pytest.mark.parametrize(
    ("name", "make", "stored", "typed"),
    [
        ("mirror.tar.gz", _tarball, "!./", "!"),
        ("mirror.tar.gz", _tarball, "!./", "!./"),
        ("mirror.zip", _zip, "!", "!./"),
    ],
)
def test_show_finds_an_archive_member_with_or_without_its_dot_slash(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    name: str,
    make: Callable[[Path], None],
    stored: str,
    typed: str,
) -> None:
    archive = tmp_path / name
    make(archive)
    db = tmp_path / "a.db"
    build(db, [archive])
    exported = CliRunner().invoke(cli, ["export", "--db", str(db), "--format", "jsonl"])
    assert f"{name}{stored}{MEMBER}" in exported.output
    monkeypatch.chdir(tmp_path)  # typed as tar tf lists it, beside the archive
    for ref in (f"{archive}{typed}{MEMBER}", f"{name}{typed}{MEMBER}"):
        shown = CliRunner().invoke(cli, ["show", "--db", str(db), ref])
        assert shown.exit_code == 0, shown.output
        assert "Fernwärme unter der Hafenstraße" in shown.output
