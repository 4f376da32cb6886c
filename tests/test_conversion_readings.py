"""One capture read from its WARC response and from its conversion record (newcomer 21,
finding 25): Common Crawl writes a page's extracted text into a WET file as a ``conversion``
record with the response's ``WARC-Target-URI`` and ``WARC-Date`` and a ``WARC-Refers-To``
naming the response's record id; some WARCs hold the conversion record beside its response.
That text is the same fetch read again, not the page's next version: the HTML reading, which
has the headline, stays the page, in either order, from one file or two.

Every fixture here is invented: a river town's paper on a footbridge reopening.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from tests.test_cut_short_readings import run

URL = "https://riverbend-post.example/town/2026/12/02/footbridge-reopens"
HEADLINE = "Mill lane footbridge reopens after a year of repairs"
FETCHED = "2026-12-02T09:40:00Z"
PARAGRAPHS = [
    "The footbridge over the river at Mill Lane reopened on Tuesday morning, a year after a "
    "lorry struck its northern ramp and the town council closed it to walkers and cyclists.",
    "Engineers replaced the ramp's steel frame and two of its concrete footings, and the "
    "council added a height barrier on the lane so that lorries can no longer reach the bridge.",
    "Parents at the primary school on the far bank said the detour along the main road had "
    "added twenty minutes to the walk and taken their children past the busiest junction.",
    "The repairs cost four hundred thousand pounds, most of it paid by the haulier's insurer, "
    "and the council said the bridge would be inspected every spring from now on.",
]
FOOTER = "Riverbend Post Ltd, 4 Quay Street. All rights reserved."  # what a WET keeps


def _http(body: str) -> tuple[StatusAndHeaders, bytes]:
    headers = [("Content-Type", "text/html; charset=utf-8")]
    return StatusAndHeaders("200 OK", headers, "HTTP/1.1"), body.encode()


def _page() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>{HEADLINE} | Riverbend Post</title>'
        '<meta property="article:published_time" content="2026-12-02T08:00:00Z"></head>'
        f"<body><article><h1>{HEADLINE}</h1>{body}</article><footer>{FOOTER}</footer>"
        "</body></html>"
    )


def _write(writer: WARCWriter, kind: str, payload: bytes, date: str, **more: object) -> str:
    http = more.pop("http", None)
    headers = {"WARC-Date": date, **{k: str(v) for k, v in more.items()}}
    if kind == "conversion":
        headers["Content-Type"] = "text/plain"
    record = writer.create_warc_record(
        URL, kind, payload=io.BytesIO(payload), http_headers=http, warc_headers_dict=headers
    )
    writer.write_record(record)
    return str(record.rec_headers.get_header("WARC-Record-ID"))


def _wet_text() -> bytes:
    # the crawl's text: no headline line of its own, the footer kept
    return "\n".join([*PARAGRAPHS, FOOTER]).encode()


def crawl(folder: Path, with_conversion: bool = False, conversion_date: str = FETCHED) -> Path:
    """The response; ``with_conversion``: its conversion record after it in the same file,
    naming it by ``WARC-Refers-To`` (its ``WARC-Date`` the converter's: a second later)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    http, body = _http(_page())
    record_id = _write(writer, "response", body, FETCHED, http=http)
    if with_conversion:
        _write(writer, "conversion", _wet_text(), conversion_date, **{"WARC-Refers-To": record_id})
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "crawl.warc.gz").write_bytes(out.getvalue())
    return folder / "crawl.warc.gz"


def wet(folder: Path) -> Path:
    """The crawl's WET file: the conversion record of the same capture (same URI and date)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    _write(writer, "conversion", _wet_text(), FETCHED,
           **{"WARC-Refers-To": "<urn:uuid:5d1b9f0e-0000-4000-8000-000000000001>"})
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "crawl.warc.wet.gz").write_bytes(out.getvalue())
    return folder / "crawl.warc.wet.gz"


def dedupe(db: str, *inputs: Path) -> dict:
    result = run(db, "dedupe", "--workers", "1", "--json", *map(str, inputs))
    assert result.exit_code == 0, result.output
    return dict(json.loads(result.output))


def assert_the_html_reading_is_the_page(db: str) -> None:
    pages = [json.loads(line) for line in run(db, "export", "--format", "jsonl").output.splitlines()
             if line.strip()]
    assert len(pages) == 1, pages
    assert pages[0]["title"] == HEADLINE and pages[0]["version"] == 1
    found = json.loads(run(db, "show", "--json", URL).output)
    page = found["requested"] or found["canonical"]
    assert page["title"] == HEADLINE and FOOTER not in page["text"]
    diff = run(db, "show", "--diff", URL)
    assert diff.exit_code != 0 and "has one version" in diff.output, diff.output
    rejected = run(db, "rejections", "--url", URL).output
    assert "the plain text of" in rejected and "read as HTML" in rejected, rejected


@pytest.mark.parametrize("wet_first", [False, True])
def test_a_wet_file_read_with_its_warc_is_no_version(
    db_url: str, tmp_path: Path, wet_first: bool
) -> None:
    inputs = [crawl(tmp_path / "warc"), wet(tmp_path / "wet")]
    summary = dedupe(db_url, *(inputs[::-1] if wet_first else inputs))
    assert summary["stored"] == 1 and summary["skipped"] == {"duplicate": 1}, summary
    assert_the_html_reading_is_the_page(db_url)


def test_the_wet_read_a_night_after_its_warc_is_counted_not_stored(
    db_url: str, tmp_path: Path
) -> None:
    dedupe(db_url, crawl(tmp_path / "n1"))
    second = dedupe(db_url, wet(tmp_path / "n2"))
    assert second["stored"] == 0 and second["skipped"] == {"duplicate": 1}, second
    assert_the_html_reading_is_the_page(db_url)


def test_a_conversion_record_beside_its_response_is_no_version(
    db_url: str, tmp_path: Path
) -> None:
    """In one WARC, named by WARC-Refers-To, dated a second after the response."""
    summary = dedupe(db_url, crawl(tmp_path, with_conversion=True,
                                   conversion_date="2026-12-02T09:40:01Z"))
    assert summary["stored"] == 1 and summary["skipped"] == {"duplicate": 1}, summary
    assert_the_html_reading_is_the_page(db_url)


def test_a_wet_text_of_another_fetch_stays_a_version(db_url: str, tmp_path: Path) -> None:
    """A conversion record of a later fetch (another WARC-Date, another response) is that
    fetch's text: a version, as before (guard)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    _write(writer, "conversion", _wet_text(), "2026-12-03T09:40:00Z")
    (tmp_path / "later.warc.wet.gz").write_bytes(out.getvalue())
    summary = dedupe(db_url, crawl(tmp_path / "n1"), tmp_path / "later.warc.wet.gz")
    assert summary["stored"] == 2, summary
