"""A WARC record split across two or more files of one crawl (WARC 1.1, "Segmentation"): the
crawler's file size limit falls inside a record, so the record's first part ends one file
(``WARC-Segment-Number: 1``) and the rest opens the next as ``continuation`` records naming it
(``WARC-Segment-Origin-ID``).  The page is the joined record, never its first half."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection
from clipper.read import read_pages
from tests.conftest import build

PARAGRAPHS = [
    f"<p>Paragraph {i}: the Oostkade lock gates will close for {3 + i} nights while divers "
    f"replace the seals, the port authority said, and {40 + i} barges will wait upstream.</p>"
    for i in range(14)
]
ARTICLE = (
    "<html><head><title>Oostkade lock closes for repairs</title></head><body><article>"
    "<h1>Oostkade lock closes for repairs</h1>" + "".join(PARAGRAPHS) + "</article></body></html>"
).encode()
URL = "https://havenbode.example/regio/oostkade-sluis-dicht"


def _write(records: list[tuple[str, bytes, dict[str, str], list[tuple[str, str]]]]) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    for rec_type, block, headers, http in records:
        status = StatusAndHeaders("200 OK", http, "HTTP/1.1") if rec_type == "response" else None
        rec = writer.create_warc_record(
            URL, rec_type, payload=io.BytesIO(block), http_headers=status,
            warc_headers_dict=headers,
        )
        writer.write_record(rec)
    return out.getvalue()


def _split(
    folder: Path, payload: bytes, cuts: list[int], http: list[tuple[str, str]] | None = None
) -> list[Path]:
    """``payload`` written as a segmented response: its first part at the end of file 0 (after
    another record), each further part a continuation opening the next file."""
    http = http or [("Content-Type", "text/html; charset=utf-8")]
    folder.mkdir(exist_ok=True)
    parts = [payload[a:b] for a, b in zip([0, *cuts], [*cuts, len(payload)], strict=True)]
    record_id = "<urn:uuid:7d0b8c64-3f6e-4c2a-9a51-0d6c1e2f9a10>"
    first = _write(
        [
            ("resource", b"crawl notes", {"Content-Type": "text/plain"}, []),
            ("response", parts[0], {"WARC-Segment-Number": "1", "WARC-Record-ID": record_id}, http),
        ]
    )
    paths = [folder / "crawl-00000.warc.gz"]
    paths[0].write_bytes(first)
    for n, part in enumerate(parts[1:], start=2):
        headers = {"WARC-Segment-Origin-ID": record_id, "WARC-Segment-Number": str(n)}
        if n == len(parts):
            headers["WARC-Segment-Total-Length"] = str(len(payload))
        paths.append(folder / f"crawl-{n - 1:05d}.warc.gz")
        paths[-1].write_bytes(_write([("continuation", part, headers, [])]))
    return paths


def _read(*paths: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejections: list[Rejection] = []
    pages = list(read_pages(list(paths), ReadLimits(), rejections.append))
    return pages, rejections


def _text(page: RawPage) -> str:
    return page.body if isinstance(page.body, str) else page.body.decode()


def test_a_record_split_across_two_files_is_read_whole(tmp_path: Path) -> None:
    paths = _split(tmp_path / "crawl", ARTICLE, [len(ARTICLE) // 2 + 7])
    pages, rejections = _read(tmp_path / "crawl")
    assert [p.url for p in pages] == [URL]
    page = pages[0]
    assert PARAGRAPHS[-1] in _text(page) and PARAGRAPHS[0] in _text(page)
    assert page.partial is None
    assert page.origin.startswith(f"{paths[0]}@")  # where the record starts
    assert not [r for r in rejections if r.reason == "warc-other"]
    archive, summary = build(tmp_path / "a.db", [tmp_path / "crawl"])
    archive.close()
    assert summary.stored == 1 and summary.partial_pages == 0


def test_a_record_in_three_segments_and_a_payload_cut_inside_its_gzip(tmp_path: Path) -> None:
    """The crawler splits the record's bytes as they are: a gzip-encoded, chunked payload is
    cut inside a chunk and inside the compressed stream; joined, it decodes."""
    packed = gzip.compress(ARTICLE)
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(packed), packed)
    http = [
        ("Content-Type", "text/html; charset=utf-8"),
        ("Content-Encoding", "gzip"),
        ("Transfer-Encoding", "chunked"),
    ]
    third = len(chunked) // 3
    _split(tmp_path / "crawl", chunked, [third, 2 * third], http)
    pages, rejections = _read(tmp_path / "crawl")
    assert len(pages) == 1 and pages[0].partial is None
    assert PARAGRAPHS[-1] in _text(pages[0])
    assert [r.reason for r in rejections] == ["not-html"]  # the crawl notes, nothing else


def test_a_continuation_not_in_the_run_leaves_the_page_partial_and_says_why(
    tmp_path: Path,
) -> None:
    paths = _split(tmp_path / "crawl", ARTICLE, [len(ARTICLE) // 2])
    pages, _ = _read(paths[0])
    assert len(pages) == 1
    assert PARAGRAPHS[0] in _text(pages[0]) and PARAGRAPHS[-1] not in _text(pages[0])
    assert "first segment" in (pages[0].partial or "")
    assert "continuation record" in (pages[0].partial or "")
    archive, summary = build(tmp_path / "a.db", [paths[0]])
    archive.close()
    assert summary.partial_pages == 1


def test_a_continuation_whose_first_segment_was_not_read_says_so(tmp_path: Path) -> None:
    paths = _split(tmp_path / "crawl", ARTICLE, [len(ARTICLE) // 2])
    pages, rejections = _read(paths[1])
    assert pages == []
    assert [r.reason for r in rejections] == ["warc-other"]
    assert "first segment this run did not read" in rejections[0].detail


def test_the_files_named_one_by_one_join_too(tmp_path: Path) -> None:
    paths = _split(tmp_path / "crawl", ARTICLE, [len(ARTICLE) // 3])
    pages, _ = _read(*paths)
    assert len(pages) == 1 and pages[0].partial is None
    assert PARAGRAPHS[-1] in _text(pages[0])
