"""Pages a browser saved as one file with everything inlined (SingleFile): their images and fonts
as base64 ``data:`` URIs make a page of a few KB of text weigh megabytes.  Read within the page
limit, in the time the text takes, and known by the bytes as stored (clipper.read.datauris).
Invented pages."""

from __future__ import annotations

import base64
import io
import random
import re
from pathlib import Path

import pytest

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection, digest
from clipper.read import datauris, read_pages

URL = "https://tidewater-post.example/news/ferry-timetable"
STORY = "".join(
    f"<p>Paragraph {i}: the Kessel Point ferry will leave every {10 + i} minutes at peak hours, "
    f"the operator said, after a survey of {200 + i} regular passengers.</p>"
    for i in range(12)
)


def _image(size: int, seed: int) -> str:
    return base64.b64encode(random.Random(seed).randbytes(size)).decode()


def _singlefile(images: int, size: int) -> bytes:
    """A SingleFile page: its saver's comment with the address, a font and ``images``
    photos of ``size`` bytes each inlined."""
    photos = "".join(
        f'<figure><img src="data:image/jpeg;base64,{_image(size, n)}" alt="Ferry {n}"></figure>'
        for n in range(images)
    )
    return (
        '<!DOCTYPE html> <html lang="en"><!--\n Page saved with SingleFile \n'
        f" url: {URL} \n saved date: Fri Nov 27 2026 10:15:00 GMT+0100 (Central European "
        "Standard Time)\n--><head><meta charset=\"utf-8\"><title>Ferry timetable changes</title>"
        "<style>@font-face{font-family:Serif;src:url(data:font/woff2;base64,"
        f"{_image(60_000, 99)}) format(\"woff2\")}}</style></head><body><article>"
        f"<h1>Ferry timetable changes</h1>{photos[: len(photos) // 2]}{STORY}"
        f"{photos[len(photos) // 2 :]}</article></body></html>"
    ).encode()


def _read(path: Path, limits: ReadLimits) -> tuple[list[RawPage], list[Rejection]]:
    rejected: list[Rejection] = []
    return list(read_pages([path], limits, rejected.append)), rejected


def test_a_singlefile_page_over_the_page_limit_with_its_images_is_read(tmp_path: Path) -> None:
    """3 MB of inlined photos around a few KB of article, the page limit 1 MB: the page is
    read (it was ``too-large``, the article lost), at the address its saver wrote, with its
    text and markup and without the photos' bytes, its raw hash that of the file as stored."""
    data = _singlefile(images=6, size=500_000)
    assert len(data) > 3_000_000
    path = tmp_path / "ferry.html"
    path.write_bytes(data)
    pages, rejected = _read(path, ReadLimits(max_page_bytes=1_000_000))
    assert rejected == []
    [page] = pages
    body = page.body if isinstance(page.body, str) else page.body.decode()
    assert page.url == URL and page.raw_hash == digest(data)
    assert len(body) < 10_000 and "Paragraph 11" in body
    assert body.count('src="data:image/jpeg;base64,"') == 6  # the markup stays


def test_a_page_over_the_limit_without_inlined_resources_is_still_too_large(
    tmp_path: Path,
) -> None:
    path = tmp_path / "long.html"
    path.write_bytes(b"<html><body>" + STORY.encode() * 400 + b"</body></html>")
    pages, rejected = _read(path, ReadLimits(max_page_bytes=1 << 17))
    assert pages == []
    assert [(r.reason, r.detail) for r in rejected] == [
        ("too-large", "page is over 0.125 MB (inlined images and fonts not counted)")
    ]


@pytest.mark.parametrize("chunk", [1, 7, 64, 1000, 1 << 20])
def test_payloads_are_dropped_wherever_the_reads_cut_the_file(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A prefix or a payload cut by the end of a read is dropped as a whole one is."""
    monkeypatch.setattr(datauris, "_CHUNK", chunk)
    data = _singlefile(images=3, size=3_000)
    expected = re.sub(rb"(;base64,)[A-Za-z0-9+/=]+", rb"\1", data)
    slimmed = datauris.read_slimmed(io.BytesIO(data), 1_000_000)
    assert slimmed == (expected, digest(data))
