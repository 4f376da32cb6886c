"""A website mirror's assets and downloads (the day's edition as a PDF, an agenda as .docx, a
podcast's .mp3, a .tiff scan) are its housekeeping, ``crawl-file``, counted but never among a
run's first problems, as its images, style sheets and ``robots.txt`` are (newcomer 37b, F10:
4 of the 10 "first problems" lines were ``unsupported-file … logo.png`` and ``…edition.pdf``).
The same file outside a mirror is still ``unsupported-file``.  An invented mirror."""

from __future__ import annotations

from pathlib import Path

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read import read_pages
from tests.conftest import cli_ok
from tests.test_copies import invented_paragraphs

HOST = "www.rhone-soir.example"
DOWNLOADS = ["edition-2026-12-05.pdf", "ordre-du-jour.docx", "podcast-5-12.mp3", "plan.tiff"]


def _mirror(root: Path) -> Path:
    site = root / "mirror" / HOST
    (site / "actualite").mkdir(parents=True)
    body = "".join(f"<p>{p}</p>" for p in invented_paragraphs(3710, 6))
    (site / "actualite" / "marche.html").write_text(
        "<html lang='fr'><head><meta charset='utf-8'><title>Le marché rouvre</title></head>"
        f"<body><article><h1>Le marché rouvre</h1>{body}</article></body></html>"
    )
    (site / "telechargements").mkdir()
    for name in DOWNLOADS:
        (site / "telechargements" / name).write_bytes(b"%PDF-1.4 or other bytes\x00\x01")
    return root / "mirror"


def test_a_mirrors_downloads_are_its_housekeeping(tmp_path: Path) -> None:
    """In the mirror, housekeeping; the same PDF in a plain folder beside it, a file clipper
    does not read (a problem, as before)."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "edition-2026-12-05.pdf").write_bytes(b"%PDF-1.4")
    rejected: list[Rejection] = []
    pages = list(read_pages([_mirror(tmp_path), inbox], ReadLimits(), rejected.append))
    assert [p.url for p in pages] == [f"https://{HOST}/actualite/marche.html"]
    assert sorted(
        (r.reason, Path(r.origin).parent.name, Path(r.origin).name) for r in rejected
    ) == sorted(
        [("crawl-file", "telechargements", name) for name in DOWNLOADS]
        + [("unsupported-file", "inbox", "edition-2026-12-05.pdf")]
    )


def test_a_runs_first_problems_leave_the_mirrors_downloads_out(tmp_path: Path) -> None:
    mirror = _mirror(tmp_path)
    summary = cli_ok(str(tmp_path / "a.db"), "dedupe", "--workers", "1", str(mirror)).output
    assert "files, not pages               4 (crawl-file 4)" in summary
    assert "unsupported-file" not in summary
    assert not any(name in summary for name in DOWNLOADS)
