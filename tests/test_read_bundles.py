"""Dumps shipped as one zip or tar file: every member read as the file it is, known by
``archive!member``; damaged or nested archives and bombs rejected with a reason, never a
traceback.  Invented pages throughout."""

from __future__ import annotations

import io
import json
import tarfile
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from clipper.cli import cli
from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages

PAGE = (
    "<html><head><title>{title}</title>"
    '<link rel="canonical" href="https://quayside-news.example/{slug}"></head><body><article>'
    "<h1>{title}</h1><p>{text} The harbour master said the work would finish before the "
    "spring tides, and that boats could use the north berths in the meantime.</p>"
    "<p>Fishermen welcomed the news but asked for longer opening hours at the fuel dock, "
    "which closes at six in the evening during the winter months.</p></article></body></html>"
)
RECORD = {
    "url": "https://quayside-news.example/ferry",
    "title": "Ferry fares frozen for a year",
    "text": "The island ferry will keep its fares for another year, the operator said on "
    "Monday, after a grant from the county covered the rise in fuel costs.\n\nCommuters had "
    "feared a ten per cent increase, the second in two years.",
}


def _files() -> dict[str, bytes]:
    return {
        "site/pier.html": PAGE.format(
            title="Pier repairs begin", slug="pier", text="Repairs to the old pier began."
        ).encode(),
        "site/slip.html": PAGE.format(
            title="Slipway to be widened", slug="slip", text="The slipway will be widened."
        ).encode(),
        "feed.jsonl": (json.dumps(RECORD) + "\n" + "{broken\n").encode(),
        "__MACOSX/site/._pier.html": b"\x00\x05\x16\x07 resource fork",
        ".DS_Store": b"\x00\x00\x00\x01Bud1",
    }


def _read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejected.append))
    return pages, rejected


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in reversed(list(files.items())):  # stored out of order
            bundle.writestr(name, data)
    return path


def _tar(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as bundle:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            bundle.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize("make", [_zip, _tar], ids=["zip", "tar.gz"])
def test_every_member_is_read_as_the_file_it_is(tmp_path: Path, make: object) -> None:
    name = "dump.zip" if make is _zip else "dump.tar.gz"
    bundle = make(tmp_path / name, _files())  # type: ignore[operator]
    pages, rejected = _read(bundle)
    assert [(p.origin, p.kind, p.url) for p in pages] == [
        (f"{bundle}!feed.jsonl:1", "text", RECORD["url"]),
        (f"{bundle}!site/pier.html", "html", "https://quayside-news.example/pier"),
        (f"{bundle}!site/slip.html", "html", "https://quayside-news.example/slip"),
    ]
    assert [(r.origin, r.reason) for r in rejected] == [(f"{bundle}!feed.jsonl:2", "bad-json")]


def test_the_same_dump_zipped_or_in_a_folder_gives_the_same_archive(tmp_path: Path) -> None:
    folder = tmp_path / "dump"
    for name, data in _files().items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    bundle = _zip(tmp_path / "dump.zip", _files())
    runner = CliRunner()
    exports = []
    for dump, db in ((folder, tmp_path / "a.db"), (bundle, tmp_path / "b.db")):
        ran = runner.invoke(cli, ["dedupe", "--db", str(db), str(dump)])
        assert ran.exit_code == 0, ran.output
        assert "stored                         3" in ran.output
        out = runner.invoke(cli, ["export", "--db", str(db), "--format", "jsonl", "--with-text"])
        exports.append(
            sorted(
                (r["url"], r["title"], r["text"]) for r in map(json.loads, out.stdout.splitlines())
            )
        )
    assert exports[0] == exports[1]
    # a second night reading the same zip stores nothing new
    again = runner.invoke(cli, ["dedupe", "--db", str(tmp_path / "b.db"), str(bundle)])
    assert "already in the archive         3" in again.output, again.output


def test_damaged_nested_and_oversized_archives_are_rejections(tmp_path: Path) -> None:
    # a zip cut short (no central directory) is read as far as it goes: the test below
    (tmp_path / "cut.zip").write_bytes(b"PK\x05\x06" + bytes(8))  # a directory's end alone
    inner = _zip(tmp_path / "inner.zip", {"a.html": b"<html></html>"}).read_bytes()
    _zip(tmp_path / "outer.zip", {"inner.zip": inner})
    _zip(tmp_path / "bomb.zip", {"big.txt": b"a" * 5000})
    rejected: list[Rejection] = []
    limits = ReadLimits(max_decompressed_bytes=4096)
    pages = list(
        read_pages(
            [tmp_path / n for n in ("cut.zip", "outer.zip", "bomb.zip")], limits, rejected.append
        )
    )
    assert pages == []
    assert [(Path(r.origin).name, r.reason) for r in rejected] == [
        ("cut.zip", "corrupt"),
        ("outer.zip!inner.zip", "unsupported-file"),
        ("bomb.zip!big.txt", "too-large"),
    ]


def _mirror() -> dict[str, bytes]:
    """A website mirror (``wget --mirror`` of two sites): no canonical, a canonical naming
    another publisher's page, a canonical on the page's own site."""
    plain = "<html><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
    plain += "<p>{text} The harbour master said the work would finish before the spring tides."
    plain += "</p></article></body></html>"
    return {
        "www.quayside-news.co.uk/news/pier.html": plain.format(
            title="Pier repairs begin", head="", text="Repairs to the old pier began."
        ).encode(),
        "www.quayside-news.co.uk/news/slip/index.html": plain.format(
            title="Slipway to be widened",
            head='<link rel="canonical" href="https://quayside-news.co.uk/news/slip/">',
            text="The slipway will be widened.",
        ).encode(),
        # wget keeps the query of an address ending in "/": "/news/tides/?page=2"
        "www.quayside-news.co.uk/news/tides/index.html?page=2": plain.format(
            title="Spring tides, page 2", head="", text="The second page of the tide tables."
        ).encode(),
        "harbour-wire.com/story.php?id=7": plain.format(
            title="Dredging starts",
            head='<link rel="canonical" href="https://www.wire-agency.net/dredging">',
            text="Dredging of the outer channel started on Monday.",
        ).encode(),
    }


@pytest.mark.parametrize("make", [_zip, _tar], ids=["zip", "tar.gz"])
def test_a_mirror_zipped_gives_its_pages_the_addresses_of_its_folders(
    tmp_path: Path, make: object
) -> None:
    folder = tmp_path / "mirror"
    for name, data in _mirror().items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    bundle = make(tmp_path / ("mirror.zip" if make is _zip else "mirror.tgz"), _mirror())  # type: ignore[operator]
    expected = [
        ("https://harbour-wire.com/story.php?id=7", "harbour-wire.com"),
        ("https://quayside-news.co.uk/news/slip/", "quayside-news.co.uk"),
        ("https://www.quayside-news.co.uk/news/pier.html", "quayside-news.co.uk"),
        ("https://www.quayside-news.co.uk/news/tides/?page=2", "quayside-news.co.uk"),
    ]
    for dump in (folder, bundle):
        pages, rejected = _read(dump)
        assert rejected == []
        assert sorted((p.url, p.site) for p in pages) == expected, dump
    runner = CliRunner()
    db = str(tmp_path / "a.db")
    assert runner.invoke(cli, ["dedupe", "--db", db, str(folder)]).exit_code == 0
    again = runner.invoke(cli, ["dedupe", "--db", db, str(bundle)])
    assert "already in the archive         4" in again.output, again.output


@pytest.mark.parametrize("make", [None, _zip, _tar], ids=["folder", "zip", "tar.gz"])
def test_a_saved_pages_resource_folder_is_its_resources_in_a_folder_or_an_archive(
    tmp_path: Path, make: object
) -> None:
    """NAME_files/ beside NAME.htm (a browser's "Save page as… complete"; "-Dateien" in German
    Windows) holds the page's resources: each a ``page-resource``, none read; a folder so named
    without its page beside it is read; Thumbs.db and desktop.ini are skipped."""
    pier = PAGE.format(title="Pier repairs begin", slug="pier", text="Repairs began.").encode()
    frame = PAGE.format(title="Embedded post", slug="post", text="A post.").encode()
    files = {
        "saved/Pier repairs begin _ Quayside.htm": pier,
        "saved/Pier repairs begin _ Quayside_files/main.css": b"body { color: #333 }",
        "saved/Pier repairs begin _ Quayside_files/saved_resource.html": frame,
        "saved/Slipway.html": pier.replace(b"/pier", b"/slip"),
        "saved/Slipway-Dateien/app.js.download": b"window.ads = [];",
        "saved/old_files/kept.html": frame.replace(b"/post", b"/kept"),
        "saved/Thumbs.db": b"\xd0\xcf\x11\xe0" + bytes(60),
        "saved/desktop.ini": b"[.ShellClassInfo]\r\n",
    }
    if make is None:
        for name, data in files.items():
            (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
            (tmp_path / name).write_bytes(data)
        where, path = f"{tmp_path}/", tmp_path / "saved"
    else:
        name = "d.zip" if make is _zip else "d.tar.gz"
        path = make(tmp_path / name, files)  # type: ignore[operator]
        where = f"{path}!"
    pages, rejected = _read(path)
    assert [(p.origin, p.url) for p in pages] == [
        (f"{where}saved/Pier repairs begin _ Quayside.htm", "https://quayside-news.example/pier"),
        (f"{where}saved/Slipway.html", "https://quayside-news.example/slip"),
        (f"{where}saved/old_files/kept.html", "https://quayside-news.example/kept"),
    ]
    assert [(r.origin, r.reason) for r in rejected] == [
        (f"{where}saved/Pier repairs begin _ Quayside_files/main.css", "page-resource"),
        (f"{where}saved/Pier repairs begin _ Quayside_files/saved_resource.html",
         "page-resource"),
        (f"{where}saved/Slipway-Dateien/app.js.download", "page-resource"),
    ]
    assert "the saved page Pier repairs begin _ Quayside.htm" in rejected[0].detail


@pytest.mark.parametrize("make", [_zip, _tar], ids=["zip", "tar.gz"])
def test_an_archive_written_with_windows_backslashes_has_folders_too(
    tmp_path: Path, make: object
) -> None:
    """Windows PowerShell 5.1's ``Compress-Archive`` writes member names with ``\\``
    (newcomer 22, finding 31): a saved page's resource frame was stored as an article and its
    style sheet counted a problem.  With no ``/`` in any name, ``\\`` separates folders, so the
    folder rules hold (page resources, ``__MACOSX``, ``Thumbs.db``); members keep their names."""
    pier = PAGE.format(title="Pier repairs begin", slug="pier", text="Repairs began.").encode()
    frame = PAGE.format(title="Advertising frame", slug="ad", text="Buy a boat.").encode()
    files = {
        "Quayside\\Pier.htm": pier,
        "Quayside\\Pier_files\\style.css": b"body { color: #333 }",
        "Quayside\\Pier_files\\saved_resource.html": frame,
        "Quayside\\Thumbs.db": b"\xd0\xcf\x11\xe0" + bytes(60),
        "__MACOSX\\Quayside\\._Pier.htm": b"\x00\x05\x16\x07 resource fork",
    }
    name = "w.zip" if make is _zip else "w.tar.gz"
    path = make(tmp_path / name, files)  # type: ignore[operator]
    pages, rejected = _read(path)
    assert [(p.origin, p.url) for p in pages] == [
        (f"{path}!Quayside\\Pier.htm", "https://quayside-news.example/pier")
    ]
    assert sorted((r.origin, r.reason) for r in rejected) == [
        (f"{path}!Quayside\\Pier_files\\saved_resource.html", "page-resource"),
        (f"{path}!Quayside\\Pier_files\\style.css", "page-resource"),
    ]


def test_a_zip_cut_short_reads_its_whole_members_and_says_where_it_was_cut(
    tmp_path: Path,
) -> None:
    """A zip whose download or copy stopped has no central directory (newcomer 22, finding
    29): every page was lost, "corrupt".  Its members whose local entries are whole are read
    (the folder rules hold), and one ``truncated`` rejection says how many there were."""
    whole = _zip(tmp_path / "whole.zip", _files())
    data = whole.read_bytes()
    cut_at = data.index(b"PK\x01\x02")  # the central directory: every member whole
    members = data.count(b"PK\x03\x04")
    # cut inside the last member's data: it is lost, the ones before it are read
    last = data.rindex(b"PK\x03\x04")
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: last + 40])
    pages, rejected = _read(cut)
    full_pages, _ = _read(whole)
    kept = {p.origin.split("!", 1)[1] for p in pages}
    # written last (the files are stored out of order), the page cut inside is the one lost
    assert {p.origin.split("!", 1)[1] for p in full_pages} - kept == {"site/pier.html"}
    (truncated,) = [r for r in rejected if r.reason == "truncated"]
    assert truncated.origin == str(cut)
    assert f"after {members - 1} whole members" in truncated.detail
    assert not any(r.reason == "corrupt" for r in rejected)
    # cut right before the directory: every member read
    at_directory = tmp_path / "at-dir.zip"
    at_directory.write_bytes(data[:cut_at])
    pages, rejected = _read(at_directory)
    assert sorted(p.origin.split("!", 1)[1] for p in pages) == sorted(
        p.origin.split("!", 1)[1] for p in full_pages
    )
    assert [r.reason for r in rejected if r.reason == "truncated"] == ["truncated"]
