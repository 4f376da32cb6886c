"""An HTTrack mirror project's own files (its log, its hts-cache/ folder, the two images and
the "Local index" page of its project index) are a crawl's housekeeping, counted ``crawl-file``
like a wget mirror's robots.txt or a WACZ's indexes: not stored, not problems; the mirrored
pages beside them, which HTTrack marks "Mirrored from …", are read.  An invented project."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from clipper import summarytext
from clipper.archive import open_archive
from clipper.config import Config
from clipper.pipeline import dedupe
from tests.test_copies import invented_paragraphs

HTTRACK_INDEX = (
    "<html><head><title>Local index - HTTrack Website Copier</title></head><body>"
    "<!-- Created by HTTrack Website Copier/3.49-2 [XR&CO'2014] -->"
    "<h1>Index of locally available sites:</h1><table><tr><td>"
    '<a href="www.kuestenbote.com/index.html">kuestenbote</a></td></tr></table>'
    "<p>Mirror and index made by HTTrack Website Copier [XR&amp;CO'2014]</p></body></html>"
)
LOG = (
    "HTTrack3.49-2 launched on Thu, 03 Dec 2026 11:20:02 at https://www.kuestenbote.com/ "
    "-O /srv/mirror/kuestenbote\n(httrack https://www.kuestenbote.com/ -O kuestenbote +*.css)\n"
    "Information, Warnings and Errors reported for this mirror:\nnote:\tthe hts-log.txt file, "
    "and hts-cache folder, may contain sensitive information\n"
    "11:20:14\tInfo: \tMirror complete in 12 seconds : 6 links scanned, 5 files written\n"
)


def _mirrored(title: str, seed: int, path: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in invented_paragraphs(seed, 6))
    return (
        f"<!DOCTYPE html>\n<!-- Mirrored from www.kuestenbote.com/{path} by HTTrack Website "
        "Copier/3.x [XR&CO'2014], Thu, 03 Dec 2026 11:20:14 GMT -->\n"
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>{body}"
        "</article></body></html>"
    )


def _cache_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(
            "www.kuestenbote.com/region/faehre.html", _mirrored("Fähre fällt aus", 7, "r")
        )
    return buffer.getvalue()


def test_httracks_own_files_are_crawl_files_and_its_pages_are_read(tmp_path: Path) -> None:
    project = tmp_path / "httrack"
    cache = project / "hts-cache"
    site = project / "www.kuestenbote.com" / "region"
    for folder in (cache, site):
        folder.mkdir(parents=True)
    (project / "index.html").write_text(HTTRACK_INDEX)
    (project / "hts-log.txt").write_text(LOG)
    (project / "backblue.gif").write_bytes(b"GIF89a" + bytes(40))
    (project / "fade.gif").write_bytes(b"GIF89a" + bytes(40))
    (cache / "new.txt").write_text(
        "date\tsize'/'remotesize\tflags(request:Update,Range state:File response:Modified)\t"
        "statuscode\tstatus ('servermsg')\tMIME\tEtag|Date\tURL\tlocalfile\t(from URL)\n"
    )
    (cache / "doit.log").write_text("-qwC2%Ps2u1%s%uN0%I0p3DaK0H0%kf2A25000%f#f -O kuestenbote\n")
    (cache / "readme.txt").write_text("What's in this folder?\nThis folder is HTTrack's cache.\n")
    (cache / "new.zip").write_bytes(_cache_zip())
    (site / "faehre.html").write_text(_mirrored("Fähre fällt aus", 7, "region/faehre.html"))
    archive = open_archive(str(tmp_path / "a.db"))
    try:
        summary = dedupe(archive, [str(project)], Config(workers=1))
    finally:
        archive.close()
    assert summary.stored == 1
    assert summary.skipped == {} and summary.examples == []
    assert summary.not_pages == {"crawl-file": 8}
    assert "files, not pages               8 (crawl-file 8)" in summarytext.run_summary(summary)
