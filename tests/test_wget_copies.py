"""The copies wget keeps of a page it saved: ``-K``'s backup ``NAME.orig`` (the page before
``-k`` converted its links) and ``NAME.1`` (the same address downloaded again into the same
folder), and its background log ``wget-log``.  A backup beside its page is housekeeping
(``crawl-file``), never a page with ".orig" in its address; a copy without its page is read
at the page's address.  An invented mirror."""

from __future__ import annotations

from pathlib import Path

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.test_copies import invented_paragraphs

HOST = "www.polderkoerier.nl"


def _page(title: str, seed: int, link: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in invented_paragraphs(seed, 6))
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        f'<p><a href="{link}">Meer nieuws</a></p></article></body></html>'
    )


def _read(root: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    pages = list(read_pages([root], ReadLimits(), rejected.append))
    return pages, rejected


def _mirror(tmp_path: Path) -> Path:
    folder = tmp_path / "mirror" / HOST / "regio" / "dijkversterking"
    folder.mkdir(parents=True)
    return folder


def test_a_backup_beside_its_converted_page_is_not_a_page(tmp_path: Path) -> None:
    folder = _mirror(tmp_path)
    (folder / "index.html").write_text(_page("Dijk wordt versterkt", 3, "../index.html"))
    (folder / "index.html.orig").write_text(_page("Dijk wordt versterkt", 3, "/regio/"))
    (tmp_path / "mirror" / "wget-log").write_text("--2026-12-03 04:10:01--  https://x/\n")
    pages, rejected = _read(tmp_path / "mirror")
    assert [p.url for p in pages] == [f"https://{HOST}/regio/dijkversterking/"]
    assert sorted((r.reason, Path(r.origin).name) for r in rejected) == [
        ("crawl-file", "index.html.orig"),
        ("crawl-file", "wget-log"),
    ]
    backup = next(r for r in rejected if r.origin.endswith(".orig"))
    assert "backup (-K) of index.html" in backup.detail
    assert not any(".orig" in (p.url or "") for p in pages)


def test_a_backup_or_a_second_download_without_its_page_is_read_at_the_pages_address(
    tmp_path: Path,
) -> None:
    folder = _mirror(tmp_path)
    (folder / "index.html.orig").write_text(_page("Dijk wordt versterkt", 3, "/regio/"))
    other = folder.parent / "gemaal"
    other.mkdir()
    (other / "nieuws.html").write_text(_page("Gemaal draait op volle kracht", 5, "/"))
    (other / "nieuws.html.1").write_text(_page("Gemaal draait op volle kracht", 6, "/"))
    pages, rejected = _read(tmp_path / "mirror")
    assert rejected == []
    assert sorted(p.url or "" for p in pages) == [
        f"https://{HOST}/regio/dijkversterking/",
        f"https://{HOST}/regio/gemaal/nieuws.html",
        f"https://{HOST}/regio/gemaal/nieuws.html",
    ]
