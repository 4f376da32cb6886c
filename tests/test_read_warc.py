"""WARC records a crawl cut short, and HTTP answers that are not the page: what a user gets.

Every WARC here is written by warcio's own writer (as crawlers using it do) and then damaged the
way real crawls are: the crawler's size limit (``WARC-Truncated``), a file cut by a full disk or
a stopped crawl, a gzip member cut short, a Content-Length that promises more than is there.
"""

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

ARTICLE = (
    "<html><head><title>Harbour ferry timetable changes from Monday</title></head><body>"
    "<article><h1>Harbour ferry timetable changes from Monday</h1>"
    + "".join(
        f"<p>Paragraph {i}: the Kessel Point ferry will leave every {10 + i} minutes at peak "
        f"hours, the operator said, after a survey of {200 + i} regular passengers.</p>"
        for i in range(12)
    )
    + "</article><footer>Copyright Tidewater Post</footer></body></html>"
).encode()


def read(path: Path) -> tuple[list[RawPage], list[Rejection]]:
    rejections: list[Rejection] = []
    pages = list(read_pages([path], ReadLimits(), rejections.append))
    return pages, rejections


def record(
    url: str,
    body: bytes = ARTICLE,
    status: str = "200 OK",
    warc_headers: dict[str, str] | None = None,
    gz: bool = False,
    rec_type: str = "response",
) -> bytes:
    """One WARC record as warcio writes it (its own gzip member when ``gz``)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gz)
    http = (
        StatusAndHeaders(status, [("Content-Type", "text/html; charset=utf-8")], "HTTP/1.1")
        if rec_type == "response"
        else None
    )
    rec = writer.create_warc_record(
        url, rec_type, payload=io.BytesIO(body), http_headers=http,
        warc_headers_dict=warc_headers or {},
    )
    writer.write_record(rec)
    return out.getvalue()


def test_a_payload_the_crawler_cut_is_kept_and_counted_partial(tmp_path: Path) -> None:
    """Heritrix and wget mark a payload cut at their size limit ``WARC-Truncated: length``; the
    record itself is whole.  The article in it is kept, and the run says it is partial."""
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        record(
            "https://tidewater.example/ferry", warc_headers={"WARC-Truncated": "length"}, gz=True
        )
        + record("https://tidewater.example/other", ARTICLE.replace(b"ferry", b"tram"), gz=True)
    )
    pages, rejections = read(path)
    assert rejections == []
    assert [p.partial is not None for p in pages] == [True, False]
    assert "WARC-Truncated: length" in (pages[0].partial or "")
    archive, summary = build(tmp_path / "a.db", [path])
    archive.close()
    assert summary.stored == 2 and summary.partial_pages == 1 and summary.skipped_total == 0
    assert any(e["reason"] == "partial" for e in summary.examples)


def test_a_record_cut_by_the_end_of_the_file_keeps_its_text(tmp_path: Path) -> None:
    """A crawl stopped mid-write (or a download cut short): the last record ends before its
    Content-Length.  Its article is kept as far as it goes; the records before it are whole."""
    whole = record("https://tidewater.example/a", ARTICLE.replace(b"ferry", b"bus"))
    last = record("https://tidewater.example/ferry")
    cut_in_footer = len(whole) + len(last) - 40
    for gz in (False, True):
        blob = whole + last
        if gz:
            blob = record("https://tidewater.example/a", ARTICLE.replace(b"ferry", b"bus"), gz=True)
            member = gzip.compress(last, mtime=0)
            blob += member[: len(member) - 30]  # the gzip member cut short: no end, no CRC
        else:
            blob = blob[:cut_in_footer]
        path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
        path.write_bytes(blob)
        pages, rejections = read(path)
        assert rejections == [], gz
        assert [p.url for p in pages] == ["https://tidewater.example/a", "https://tidewater.example/ferry"]
        assert pages[0].partial is None and pages[1].partial is not None
        assert "short of its Content-Length" in pages[1].partial
        body = pages[1].body
        text = body.decode() if isinstance(body, bytes) else body
        assert "Paragraph 11: the Kessel Point ferry" in text and len(text) < len(ARTICLE)


def test_a_warc_compressed_whole_and_cut_keeps_its_last_page(tmp_path: Path) -> None:
    """``gzip crawl.warc`` / ``xz crawl.warc`` cut short: one stream for every record, which
    ends inside the last one; that page is kept as far as it goes, like in a cut .warc."""
    import lzma

    plain = record("https://tidewater.example/a", ARTICLE.replace(b"ferry", b"bus")) + record(
        "https://tidewater.example/ferry"
    )
    for name, packed in (
        ("whole.warc.gz", gzip.compress(plain, mtime=0)),
        ("whole.warc.xz", lzma.compress(plain)),
    ):
        path = _write(tmp_path / name, packed[: len(packed) - 40])
        pages, rejections = read(path)
        assert rejections == [], name
        assert [p.partial is not None for p in pages] == [False, True], name
        assert "Paragraph 3: the Kessel Point ferry" in str(pages[1].body), name


def test_a_content_length_promising_too_much_costs_only_its_own_record(tmp_path: Path) -> None:
    """A per-record .warc.gz whose record says it is longer than its gzip member holds, or
    shorter (a writer's miscount): the record is kept partial, whole to its member's end, and
    the next member is read."""
    import re

    good = record("https://tidewater.example/ferry")
    length = int(re.search(rb"Content-Length: (\d+)", good).group(1))  # type: ignore[union-attr]
    for wrong in (length * 10, length - 300):
        bad = good.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % wrong, 1)
        path = tmp_path / "miscount.warc.gz"
        path.write_bytes(
            gzip.compress(bad, mtime=0)
            + record("https://tidewater.example/tram", ARTICLE.replace(b"ferry", b"tram"), gz=True)
        )
        pages, rejections = read(path)
        assert rejections == [], wrong
        assert [(p.url, p.partial is not None) for p in pages] == [
            ("https://tidewater.example/ferry", True),
            ("https://tidewater.example/tram", False),
        ], wrong
        assert pages[0].body == ARTICLE, wrong


def test_a_cut_that_leaves_no_page_is_truncated_with_what_the_record_was(tmp_path: Path) -> None:
    """Cut inside the HTTP headers (no payload) or inside a request record: nothing to keep,
    one ``truncated`` rejection saying so."""
    page = record("https://tidewater.example/a")
    request = record("https://tidewater.example/b", b"GET /b HTTP/1.1\r\nHost: x\r\n\r\n",
                     rec_type="request")
    header_end = page.index(b"\r\n\r\n", page.index(b"HTTP/1.1")) - 5
    for name, blob in (("in-headers", page[:header_end]), ("request", page + request[:-10])):
        path = tmp_path / f"{name}.warc"
        path.write_bytes(blob)
        pages, rejections = read(path)
        assert [r.reason for r in rejections] == ["truncated"], name
        said = (
            "inside the HTTP headers of record 1 (@0, byte 0 of the file, response record "
            "https://tidewater.example/a)"
            if name == "in-headers"
            else f"inside the HTTP headers of record 2 (@{len(page)}, byte {len(page)} of the "
            "file, request record https://tidewater.example/b)"
        )
        assert said in rejections[0].detail, name
        assert len(pages) == (1 if name == "request" else 0)


def test_a_wrong_content_length_in_a_plain_warc_loses_no_record(tmp_path: Path) -> None:
    """An uncompressed WARC whose record's Content-Length is too long runs into the records after
    it (too short leaves part of it before the next): reading goes on from the next record
    header, so the records after it are read, and the page itself is kept whole without them."""
    import re

    lines = ARTICLE.replace(b"</p>", b"</p>\n")  # a block of many lines, as pages are
    good = record("https://tidewater.example/ferry", lines)
    length = int(re.search(rb"Content-Length: (\d+)", good).group(1))  # type: ignore[union-attr]
    after = record("https://tidewater.example/tram", lines.replace(b"ferry", b"tram")) + record(
        "https://tidewater.example/bus", lines.replace(b"ferry", b"bus")
    )
    healthy, _ = read(_write(tmp_path / "ok.warc", good + after))
    # (as many digits as the right one, so the records after it keep their offsets; the last
    # one runs past the end of the file)
    longest = int("9" * len(str(length)))
    for wrong in (length + 7, length + 3000, length - 10, length - 1000, longest):
        bad = good.replace(b"Content-Length: %d" % length, b"Content-Length: %d" % wrong, 1)
        pages, rejections = read(_write(tmp_path / f"{wrong}.warc", bad + after))
        assert rejections == [], wrong
        assert [p.url for p in pages] == [p.url for p in healthy], wrong
        assert [p.origin.rsplit("@")[1] for p in pages] == [
            p.origin.rsplit("@")[1] for p in healthy
        ], wrong
        assert [p.raw_hash for p in pages[1:]] == [p.raw_hash for p in healthy[1:]]
        assert pages[0].partial and "next record" in pages[0].partial
        # nothing of the next record in the page, nothing of its own left out
        assert pages[0].body == healthy[0].body, wrong


def test_a_wrong_content_length_reads_the_same_in_every_container(tmp_path: Path) -> None:
    """One record whose Content-Length is wrong (too short or too long, by a line or by many),
    between two whole ones, in a .warc, a .warc.gz gzipped record by record (CC-NEWS), one
    gzipped whole, a .warc.bz2 and a .warc.xz: the same three pages in each, the miscounted
    one whole and marked partial with the same reason, and no record reported damaged (a
    per-record .warc.gz said ``corrupt`` for the rest of the member, a whole-file one lost the
    pages after it: newcomer 30's finding 19)."""
    import bz2
    import lzma
    import re

    def lines(word: str) -> bytes:  # a block of many lines, as pages are
        return ARTICLE.replace(b"ferry", word.encode()).replace(b"</p>", b"</p>\n")

    words = ("ferje", "lautta", "färja")
    records = [
        record(f"https://vaerdal-tidende.example/{n}", lines(w)) for n, w in enumerate(words)
    ]
    length = int(re.search(rb"Content-Length: (\d+)", records[1]).group(1))  # type: ignore[union-attr]
    for wrong in (length - 40, length - 900, length + 40, length + 900):
        bad = records[1].replace(b"Content-Length: %d" % length, b"Content-Length: %d" % wrong, 1)
        plain = records[0] + bad + records[2]
        files = {
            "crawl.warc": plain,
            "per-record.warc.gz": b"".join(
                gzip.compress(r, mtime=0) for r in (records[0], bad, records[2])
            ),
            "whole.warc.gz": gzip.compress(plain, mtime=0),
            "crawl.warc.bz2": bz2.compress(plain),
            "crawl.warc.xz": lzma.compress(plain),
        }
        for name, data in files.items():
            pages, rejections = read(_write(tmp_path / f"{wrong}-{name}", data))
            assert rejections == [], (wrong, name)
            assert [p.body for p in pages] == [lines(w) for w in words], (wrong, name)
            assert [bool(p.partial) for p in pages] == [False, True, False], (wrong, name)
            assert pages[1].partial is not None
            assert pages[1].partial.startswith(
                f"record's Content-Length ({wrong}) is not its block's length"
            ), (wrong, name)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_an_interim_1xx_answer_is_passed_over_to_the_final_response(tmp_path: Path) -> None:
    """A crawler recording the whole connection writes ``100 Continue`` (or ``103 Early
    Hints``) before the real answer in one response record: the page is the final answer's,
    chunked or not; an interim answer with nothing after it is a ``warc-http-error``; a 206
    (a Range request's answer) is kept partial."""
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(part), part) for part in (ARTICLE[:700], ARTICLE[700:])
    ) + b"0\r\n\r\n"
    final = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        b"Transfer-Encoding: chunked\r\n\r\n" + chunked
    )
    blob = b"".join(
        [
            _raw_response("https://tidewater.example/continue", "100 Continue", final),
            _raw_response(
                "https://tidewater.example/hints", "103 Early Hints",
                b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + ARTICLE,
                [("Link", "</style.css>; rel=preload")],
            ),
            _raw_response("https://tidewater.example/alone", "100 Continue", b""),
            _raw_response(
                "https://tidewater.example/range", "206 Partial Content", ARTICLE[:900],
                [("Content-Type", "text/html"), ("Content-Range", "bytes 0-899/2000")],
            ),
        ]
    )
    pages, rejections = read(_write(tmp_path / "interim.warc", blob))
    assert [p.url for p in pages] == [
        "https://tidewater.example/continue",
        "https://tidewater.example/hints",
        "https://tidewater.example/range",
    ]
    assert pages[0].body == ARTICLE and pages[1].body == ARTICLE  # dechunked, headers gone
    assert [p.partial for p in pages[:2]] == [None, None]
    assert "206 Partial Content (bytes 0-899/2000)" in (pages[2].partial or "")
    assert [(r.reason, r.detail.split(":")[0]) for r in rejections] == [
        ("warc-http-error", "HTTP 100 (an interim answer) with no final response after it")
    ]


def _raw_response(
    url: str, status: str, block: bytes, headers: list[tuple[str, str]] | None = None
) -> bytes:
    """A response record whose first HTTP answer is ``status`` and whose block goes on with
    ``block`` as the crawler read it off the connection."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders(status, headers or [], "HTTP/1.1")
    writer.write_record(
        writer.create_warc_record(url, "response", payload=io.BytesIO(block), http_headers=http)
    )
    return out.getvalue()


def test_a_common_crawl_wet_file_is_read_as_text_pages(tmp_path: Path) -> None:
    """``CC-MAIN-....warc.wet.gz``: a warcinfo record, then one ``conversion`` record a page
    holding the text the crawl extracted (UTF-8 ``text/plain``): text pages with URL and date."""
    text = (
        "Harbour ferry timetable changes from Monday\n"
        "The Kessel Point ferry will leave every ten minutes at peak hours, the operator said."
    )
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    writer.write_record(writer.create_warcinfo_record("x.warc.wet.gz", {"software": "nutch"}))
    for n in range(2):
        writer.write_record(
            writer.create_warc_record(
                f"https://tidewater.example/{n}", "conversion",
                payload=io.BytesIO((text + " Ça va." * n).encode()),
                warc_content_type="text/plain",
                warc_headers_dict={"WARC-Date": "2024-03-05T10:00:00Z"},
            )
        )
    path = _write(tmp_path / "CC-MAIN-20240305-00001.warc.wet.gz", out.getvalue())
    pages, rejections = read(path)
    assert [r.reason for r in rejections] == ["warc-info"]
    assert [(p.kind, p.url, p.body) for p in pages] == [
        ("text", "https://tidewater.example/0", text),
        ("text", "https://tidewater.example/1", text + " Ça va."),
    ]
    assert all((p.fetched_at or "").startswith("2024-03-05") for p in pages)


def _with_canonical(href: str) -> bytes:
    return ARTICLE.replace(b"</title>", f'</title><link rel="canonical" href="{href}">'.encode())


def test_a_page_crawled_through_tracking_links_is_known_by_its_own_canonical_link(
    tmp_path: Path,
) -> None:
    """One article crawled through a feed's link one night and a newsletter's the next, under
    tracking parameters no fixed list knows (``?maca=``, ``?wt_mc=``): both records are the page
    its canonical link on the same site names, so the second night reads it as already
    archived, not as a new page.  A canonical link to the site's front page (a misconfigured
    template on every page) names no article: the crawled address stays."""
    page = "https://tidewater-post.example/news/ferry-timetable-a-123"
    dump = _write(
        tmp_path / "nights.warc",
        record(page + "?maca=en-rss-feed", _with_canonical(page))
        + record(page + "?wt_mc=nl.red.2025-03-01", _with_canonical(page))
        + record("https://tidewater-post.example/news/harbour-b-456?ref=home",
                 _with_canonical("https://tidewater-post.example/"))
        + record("https://other-site.example/wire/ferry-timetable",
                 _with_canonical(page)),
    )
    pages, rejections = read(dump)
    assert not rejections
    assert [p.url for p in pages] == [
        page,
        page,
        "https://tidewater-post.example/news/harbour-b-456?ref=home",
        # another publisher's canonical is the original a copy credits, not its address
        "https://other-site.example/wire/ferry-timetable",
    ]
    assert pages[0].source_key == pages[1].source_key


def test_a_warc_its_crawler_is_still_writing_is_left_for_when_it_is_closed(
    tmp_path: Path,
) -> None:
    """Heritrix and warcprox write ``job.warc.gz.open`` and rename it when the file is closed:
    an open file is one ``unfinished`` rejection saying so (its last record may be half
    written), not ``unsupported-file``; the closed file is read; another ``.open`` file stays
    a file clipper does not read."""
    whole = record("https://tidewater.example/ferry", gz=True)
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    _write(crawl / "job-00001.warc.gz", whole)
    _write(crawl / "job-00002.warc.gz.open", whole + record("https://t.example/2", gz=True)[:90])
    _write(crawl / "job-00003.WARC.open", record("https://tidewater.example/3"))
    _write(crawl / "notes.open", b"crawl notes")
    pages, rejections = read(crawl)
    assert [p.url for p in pages] == ["https://tidewater.example/ferry"]
    assert [(Path(r.origin).name, r.reason) for r in rejections] == [
        ("job-00002.warc.gz.open", "unfinished"),
        ("job-00003.WARC.open", "unfinished"),
        ("notes.open", "unsupported-file"),
    ]
    assert rejections[0].detail.startswith(
        "an unfinished WARC (.open): read it when the crawler closes it"
    )


def _capture(folder: Path, cut: int = 0) -> Path:
    """The ferry page as one crawl captured it (one fetch time), the record cut ``cut`` bytes
    short of its end when given (a file copied while the crawl was still writing it)."""
    blob = record(
        "https://tidewater.example/ferry", warc_headers={"WARC-Date": "2025-03-11T06:00:00Z"}
    )
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "crawl.warc"
    path.write_bytes(blob[: len(blob) - cut] if cut else blob)
    return path


def _stored(db: Path) -> list[tuple[int, str | None, int]]:
    import sqlite3

    with sqlite3.connect(db) as con:
        return con.execute(
            "SELECT version, partial IS NOT NULL, word_count FROM pages ORDER BY version"
        ).fetchall()


def test_the_whole_reading_of_a_capture_is_the_page_not_its_partial_reading(
    tmp_path: Path,
) -> None:
    """One capture (same URL, same fetch time) read cut short and read whole, in either order,
    or in one run: the page's text is the whole reading.  The partial reading kept the page
    when it came first ("already archived" never looked past its bytes), and came in beside the
    whole one as another version when it came second (newcomer 13)."""
    cut_in_text = 900  # the last paragraphs and the footer lost
    # whole first, then a copy cut short: the same page, already archived
    whole = _capture(tmp_path / "w1" / "nightly")
    partial = _capture(tmp_path / "p1" / "copy", cut_in_text)
    archive, summary = build(tmp_path / "whole-first.db", [whole])
    archive.close()
    archive, summary = build(tmp_path / "whole-first.db", [partial])
    archive.close()
    assert (summary.stored, summary.already_archived) == (0, 1)
    ((_, was_cut, words),) = _stored(tmp_path / "whole-first.db")
    assert not was_cut
    # cut first, then whole: the whole reading is the page's text (version 1); the cut one,
    # kept, is no version of it (0) and says so
    archive, summary = build(tmp_path / "cut-first.db", [partial])
    archive.close()
    archive, summary = build(tmp_path / "cut-first.db", [whole])
    archive.close()
    first, second = _stored(tmp_path / "cut-first.db")
    assert (first[:2], second) == ((0, True), (1, False, words)) and first[2] < words
    from click.testing import CliRunner

    from clipper.cli import cli

    shown = CliRunner().invoke(cli, ["show", "page:1", "--db", str(tmp_path / "cut-first.db")])
    assert "read cut short: " in shown.output
    assert "not a version: a fetch cut short whose text a version of this page holds" in (
        " ".join(shown.output.split())
    )
    # both in one run: one page, the whole one; the cut one a duplicate saying why
    archive, summary = build(tmp_path / "together.db", [partial, whole])
    archive.close()
    assert _stored(tmp_path / "together.db") == [(1, False, words)]
    assert summary.stored == 1
    assert [e["detail"] for e in summary.examples if e["reason"] == "duplicate"] == [
        f"read cut short; read whole from {whole}@0"
    ]


def _wacz(path: Path, unpacked: Path | None = None) -> None:
    """A WACZ as ArchiveWeb.page and Browsertrix write it: a zip of ``archive/*.warc.gz``,
    ``pages/pages.jsonl`` (its header line, then each page with the text the crawler
    extracted), ``datapackage.json`` and ``indexes/index.cdxj``; also unpacked to
    ``unpacked`` when given (what a user who opened the zip has)."""
    import json
    import zipfile

    url = "https://tidewater-post.example/ferry"
    members = {
        "archive/data.warc.gz": record(url, gz=True)
        + record(url, b"GET /ferry HTTP/1.1\r\n\r\n", gz=True, rec_type="request"),
        "pages/pages.jsonl": "\n".join(json.dumps(line) for line in [
            {"format": "json-pages-1.0", "id": "pages", "title": "All Pages"},
            {"id": "1", "url": url, "ts": "2026-11-27T06:00:00Z",
             "title": "Harbour ferry timetable changes from Monday",
             "text": "Harbour ferry timetable changes from Monday. The Kessel Point ferry..."},
        ]).encode() + b"\n",
        "datapackage.json": json.dumps({"profile": "wacz", "resources": [
            {"name": "data.warc.gz", "path": "archive/data.warc.gz"}]}).encode(),
        "indexes/index.cdxj": (
            b'example,tidewater-post)/ferry 20261127060000 {"url": "' + url.encode() + b'"}\n'
        ),
    }
    with zipfile.ZipFile(path, "w") as bundle:
        for name, data in members.items():
            bundle.writestr(name, data)
    if unpacked is not None:
        for name, data in members.items():
            (unpacked / name).parent.mkdir(parents=True, exist_ok=True)
            (unpacked / name).write_bytes(data)


def test_a_wacz_is_read_as_the_warcs_it_holds(tmp_path: Path) -> None:
    """A browser crawl's ``.wacz``: its WARC's page is read (origin ``crawl.wacz!archive/
    data.warc.gz@0``), once, from the capture, never again as a text record of its page list;
    its page list, manifest and index are the package's own files, counted apart from
    problems, zipped or unpacked alike."""
    from clipper.page import NOT_PAGES

    (tmp_path / "unpacked").mkdir()
    _wacz(tmp_path / "crawl.wacz", tmp_path / "unpacked")
    for where in ("crawl.wacz!", "unpacked/"):
        pages, rejected = read(tmp_path / where[:-1])
        assert [(p.kind, p.url, p.origin) for p in pages] == [
            ("html", "https://tidewater-post.example/ferry",
             f"{tmp_path}/{where}archive/data.warc.gz@0")
        ], where
        assert isinstance(pages[0].body, bytes) and b"Paragraph 11" in pages[0].body
        assert sorted(r.reason for r in rejected) == [
            "crawl-file", "crawl-file", "crawl-file", "warc-request"], rejected
        assert all(r.reason in NOT_PAGES for r in rejected)


def test_a_damaged_record_in_the_middle_of_a_warc_loses_only_itself(tmp_path: Path) -> None:
    """A per-record .warc.gz with bytes flipped inside one record's gzip member (a bad sector,
    a bad copy): that record is one ``corrupt`` rejection at its offset, and the pages of the
    records after it, each its own member, are read (they were lost, uncounted)."""
    members = [
        record(f"https://tidewater-post.example/story-{n}",
               ARTICLE.replace(b"Kessel Point", f"Kessel Point {n}".encode()), gz=True)
        for n in range(4)
    ]
    damaged = bytearray(members[1])
    for at in range(len(damaged) // 2, len(damaged) // 2 + 40):
        damaged[at] ^= 0x5A
    members[1] = bytes(damaged)
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(b"".join(members))
    pages, rejected = read(path)
    offsets = [sum(len(m) for m in members[:n]) for n in range(4)]
    assert [p.url for p in pages] == [
        f"https://tidewater-post.example/story-{n}" for n in (0, 2, 3)
    ]
    assert [p.origin for p in pages] == [f"{path}@{offsets[n]}" for n in (0, 2, 3)]
    assert [(r.origin, r.reason) for r in rejected] == [(f"{path}@{offsets[1]}", "corrupt")]
    assert f"@{offsets[2]}" in rejected[0].detail


def _sync_flushed(data: bytes) -> bytes:
    """``data`` as the start of a gzip member that breaks off after it (a download cut short
    inside a compressed record: no end, no CRC)."""
    import zlib

    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    return packer.compress(data) + packer.flush(zlib.Z_SYNC_FLUSH)


def test_a_file_cut_inside_a_record_s_head_says_where(tmp_path: Path) -> None:
    """A download cut short inside the last record's WARC header or its HTTP headers: the
    whole record before it is read, and one ``truncated`` rejection at the cut record's offset
    says the file is cut short inside which head of which record (it was read as a quiet end of
    the file, a header without a length, a first line that is no WARC version, or an answer of
    content type "te" or status "20", depending on the byte the cut falls on).  Plain, per-record
    gzipped (the member whole or itself cut), gzipped whole, and inside a WACZ alike."""
    import json
    import zipfile

    first = ARTICLE.replace(b"ferry", b"bus")
    whole = record("https://tidewater.example/a", first)
    whole_gz = record("https://tidewater.example/a", first, gz=True)
    last = record("https://tidewater.example/ferry")
    warc_end = last.index(b"\r\n\r\n") + 4
    http_end = last.index(b"\r\n\r\n", warc_end) + 2  # the cut leaves the blank line unended
    cuts = sorted({1, 4, 9, 30, 200, warc_end - 3, warc_end - 1, warc_end, warc_end + 3,
                   warc_end + 20, http_end - 1})
    for cut in cuts:
        part = "WARC header" if cut < warc_end else "HTTP headers"
        head = last[:cut]
        for name, blob, at in (
            ("plain.warc", whole + head, len(whole)),
            ("member.warc.gz", whole_gz + gzip.compress(head, mtime=0), len(whole_gz)),
            ("cut-member.warc.gz", whole_gz + _sync_flushed(head), len(whole_gz)),
            ("whole.warc.gz", gzip.compress(whole + head, mtime=0), len(whole)),
        ):
            path = _write(tmp_path / name, blob)
            pages, rejections = read(path)
            assert [p.url for p in pages] == ["https://tidewater.example/a"], (cut, name)
            assert [(r.origin, r.reason) for r in rejections] == [
                (f"{path}@{at}", "truncated")
            ], (cut, name)
            assert f"file cut short inside the {part} of record 2 (@{at}" in (
                rejections[0].detail
            ), (cut, name)
            assert "the 1 whole record before it was read" in rejections[0].detail
        wacz = tmp_path / "crawl.wacz"
        with zipfile.ZipFile(wacz, "w") as bundle:
            bundle.writestr("archive/data.warc.gz", whole_gz + _sync_flushed(head))
            bundle.writestr("datapackage.json", json.dumps({"profile": "wacz"}))
        pages, rejections = read(wacz)
        cut_short = [r for r in rejections if r.reason == "truncated"]
        assert len(pages) == 1 and len(cut_short) == 1, cut
        assert cut_short[0].origin == f"{wacz}!archive/data.warc.gz@{len(whole_gz)}"
        assert f"inside the {part} of record 2" in cut_short[0].detail


def test_a_gzip_member_cut_inside_its_head_loses_only_its_record(tmp_path: Path) -> None:
    """A per-record .warc.gz whose writer was stopped while writing a record's HTTP headers and
    then started again, appending to the same file: the cut record's member (closed when the
    writer stopped) is one ``truncated`` rejection, and the record after it is read."""
    members = [
        record(f"https://tidewater.example/story-{n}",
               ARTICLE.replace(b"Kessel Point", f"Kessel Point {n}".encode()), gz=True)
        for n in range(3)
    ]
    plain = record("https://tidewater.example/story-1")
    members[1] = gzip.compress(plain[: plain.index(b"Content-Type: text/html") + 6], mtime=0)
    path = _write(tmp_path / "crawl.warc.gz", b"".join(members))
    pages, rejections = read(path)
    at = [sum(len(m) for m in members[:n]) for n in range(3)]
    assert [p.url for p in pages] == [
        "https://tidewater.example/story-0", "https://tidewater.example/story-2"
    ]
    assert [p.origin for p in pages] == [f"{path}@{at[0]}", f"{path}@{at[2]}"]
    assert [(r.origin, r.reason) for r in rejections] == [(f"{path}@{at[1]}", "truncated")]
    assert "inside the HTTP headers of record 2" in rejections[0].detail
    assert f"reading went on at the next record, @{at[2]}" in rejections[0].detail


def test_the_run_tells_damaged_records_from_inputs_without_a_page(tmp_path: Path) -> None:
    """A run over a WARC holding pages and a corrupt record, a WARC cut inside a record's head,
    one cut inside a page's HTML head, and a bad JSON line: the summary counts the damaged and
    cut-short records apart from the inputs that held no page (the WARCs held pages), the page
    cut before its article is ``cut-short`` (not "no-article"), and ``clipper rejections`` says
    where each file was cut."""
    from click.testing import CliRunner

    from clipper.cli import cli
    from clipper.summarytext import run_summary

    members = [
        record(f"https://tidewater.example/story-{n}",
               ARTICLE.replace(b"Kessel Point", f"Kessel Point {n}".encode()), gz=True)
        for n in range(3)
    ]
    damaged = bytearray(members[1])
    for at in range(len(damaged) // 2, len(damaged) // 2 + 40):
        damaged[at] ^= 0x5A
    members[1] = bytes(damaged)
    _write(tmp_path / "damaged.warc.gz", b"".join(members))
    tram = record("https://tidewater.example/tram", ARTICLE.replace(b"ferry", b"tram"))
    late = record("https://tidewater.example/late")
    _write(tmp_path / "cut-head.warc", tram + late[: late.index(b"WARC-Date")])
    # cut inside the page's HTML head: the record's headers whole, no article yet
    bus = record("https://tidewater.example/bus", ARTICLE.replace(b"ferry", b"bus"))
    _write(tmp_path / "cut-page.warc", bus + late[: late.index(b"<title>") + 10])
    _write(tmp_path / "wire.jsonl", b'{"url": "https://tidewater.example/x", "html": \n')
    archive, summary = build(tmp_path / "a.db", [tmp_path])
    archive.close()
    assert summary.stored == 4
    assert summary.skipped == {"corrupt": 1, "truncated": 1, "cut-short": 1, "bad-json": 1}
    assert summary.damaged_parts == 2 and summary.inputs_without_page == 1
    assert summary.pages_read == summary.already_archived + summary.stored + (
        summary.skipped_pages
    )
    skipped = next(
        line for line in run_summary(summary).splitlines() if line.strip().startswith("skipped")
    )
    assert skipped.endswith(
        "(1 of the pages read, 1 input that held no page, 2 damaged or cut-short records)"
    ), skipped
    listed = CliRunner().invoke(cli, ["rejections", "--db", str(tmp_path / "a.db")])
    assert listed.exit_code == 0, listed.output
    flat = " ".join(listed.output.split())
    assert (
        f"cut-head.warc@{len(tram)}" in flat
        and "file cut short inside the WARC header of record 2" in flat
    ), flat
    assert "cut-short" in flat and "what came holds no article" in flat
    assert "no-article" not in flat.replace("(no-article:", "")


def test_a_page_cut_just_after_its_headline_is_cut_short_not_debris(tmp_path: Path) -> None:
    """A WARC cut inside a page, right after its ``<h1>`` and the ``<`` of the next tag (a
    download stopped there): what came is the head's markup, read as mostly symbols, and the
    run says the record was cut (``cut-short``, where), not ``not-text`` "binary debris"
    (newcomer 24, finding 3)."""
    body = (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry '
        'timetable changes</title><link rel="canonical" href="https://tidewater.example/ferry">'
        '</head><body><header><nav><a href="/">Home</a> <a href="/port">Port</a></nav></header>'
        "<main><article><h1>Harbour ferry timetable changes</h1>"
        + "".join(f"<p>Paragraph {i} of the timetable story, long enough.</p>" for i in range(9))
        + "</article></main></body></html>"
    ).encode()
    whole = record("https://tidewater.example/ferry", body)
    path = _write(tmp_path / "cut.warc", whole[: whole.index(b"</h1>") + 6])
    archive, summary = build(tmp_path / "a.db", [path])
    archive.close()
    assert summary.stored == 0
    assert summary.skipped == {"cut-short": 1}
