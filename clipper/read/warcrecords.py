"""What one WARC or ARC record holds, for :mod:`clipper.read.warc`: a page (an HTML or a
WET text ``response`` / ``resource`` / ``conversion`` record, its charset from the HTTP
``Content-Type``, partial when the crawler cut it or it answers a range request) or the
rejection naming what else it is (a crawl's housekeeping: request, metadata, warcinfo,
revisit, DNS records, images, robots.txt; redirects, HTTP errors).  The reader owns the stream:
where records start, and the damage it reads past.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from warcio.statusandheaders import (
    StatusAndHeaders,
    StatusAndHeadersParser,
    StatusAndHeadersParserException,
)

from clipper.config import ReadLimits
from clipper.page import (
    WARC_NOT_PAGES,
    RawPage,
    Rejection,
    Revisit,
    digest,
    payload_digest,
)
from clipper.read.declareddates import iso_or_none
from clipper.read.decoding import Undecodable, decode_html, read_text
from clipper.read.failures import Event, mb
from clipper.read.provenance import declared_url, site_of
from clipper.read.sniffing import SNIFF_BYTES, binary_kind, looks_like_html, page_head
from clipper.urls import crawl_endpoint

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

# Content types that say nothing: the payload itself decides whether it is HTML.
_VAGUE_TYPES = frozenset({"", "application/octet-stream", "unk", "unknown", "no-type"})


_TYPE_REASONS = {
    "request": "warc-request",
    "metadata": "warc-metadata",
    "warcinfo": "warc-info",
    "revisit": "warc-revisit",
}

# Records a crawl writes beside its pages, which never hold one: clipper.page.WARC_NOT_PAGES.
NOT_PAGES = WARC_NOT_PAGES
assert set(_TYPE_REASONS.values()) <= NOT_PAGES


@dataclass(slots=True)
class _Verdict:
    """What to do with a record before reading its payload."""

    reason: str | None = None  # set: skip with this rejection
    detail: str = ""
    sniff: bool = False  # content type says nothing: keep only if the payload looks like HTML
    content_type: str | None = None  # the HTTP (or WARC) Content-Type, for its charset
    partial: str | None = None  # the page is a part of itself (206 Partial Content): why
    language: str | None = None  # the HTTP Content-Language, a hint for an undeclared charset
    text: bool = False  # a plain-text page (a WET file's conversion record), not HTML


def event_from_record(record: Any, limits: ReadLimits) -> Event:
    """A page (origin left blank, set after the record is consumed) or a Rejection."""
    headers = record.rec_headers
    url = warc_uri(headers.get_header("WARC-Target-URI"))
    verdict = _judge(record, url)
    if verdict.reason == "warc-revisit":
        # a re-fetch of an earlier capture's payload: no page, but it moves that page's last
        # fetch (clipper.revisits)
        revisit = _revisit(record, url)
        return Rejection("", verdict.reason, verdict.detail, url=url, revisit=revisit)
    if verdict.reason:
        return Rejection("", verdict.reason, verdict.detail, url=url)
    body = record.content_stream().read(limits.max_page_bytes + 1)
    if len(body) > limits.max_page_bytes:
        return Rejection(
            "", "too-large", f"payload is over {mb(limits.max_page_bytes)}: {url}", url=url
        )
    if not body.strip():
        return Rejection("", "no-body", f"empty payload: {url}", url=url)
    if body.startswith(GZIP_MAGIC):
        body = _gunzipped(body, limits.max_page_bytes)
        if len(body) > limits.max_page_bytes:
            return Rejection(
                "", "too-large", f"payload unzips to over {mb(limits.max_page_bytes)}", url=url
            )
    what = binary_kind(body[:SNIFF_BYTES])
    if what:
        return Rejection("", "binary", f"HTML-labelled payload looks like {what}: {url}", url=url)
    if verdict.sniff and not looks_like_html(body[:SNIFF_BYTES]):
        return Rejection("", "not-html", f"untyped payload does not look like HTML: {url}", url=url)
    fetched = iso_or_none(headers.get_header("WARC-Date"))
    if verdict.text:
        # the text a crawl extracted from a page (Common Crawl's WET files: UTF-8)
        text = read_text(body)
        if isinstance(text, Undecodable):
            return Rejection("", "undecodable", f"{text.detail}: {url}", url=url)
        return RawPage(
            origin="",
            kind="text",
            body=text,
            raw_hash=digest(body),
            url=url,
            fetched_at=fetched,
            site=site_of(None, url),
        )
    cut = headers.get_header("WARC-Truncated")
    partial = verdict.partial
    if cut is not None:
        # the crawler stopped reading the payload (its size or time limit, a dropped
        # connection): what it kept is read, and counted as partial
        partial = f"the crawler cut the payload (WARC-Truncated: {cut.strip() or 'unspecified'})"
    # the page's own canonical link or og:url on the crawled site names it better than the
    # crawled address (a feed's or newsletter's ?maca=..., ?wt_mc=... tracking parameters)
    url = declared_url(page_head(body), url) or url
    decoded = decode_html(body, verdict.content_type, verdict.language)
    if isinstance(decoded, Undecodable):
        # no code page tried decodes it: said so, as of a text record (newcomer 39, F6)
        return Rejection("", "undecodable", f"{decoded.detail}: {url}", url=url)
    return RawPage(
        origin="",
        kind="html",
        body=decoded,
        raw_hash=digest(body),
        url=url,
        fetched_at=fetched,
        site=site_of(None, url),
        partial=partial,
        payload_digest=payload_digest(headers.get_header("WARC-Payload-Digest")),
    )


class Captures:
    """The responses one WARC file held, read so far, so that a conversion record of one of
    them (a page's text the crawl extracted from its own response: Common Crawl's WET record,
    a WARC holding both) is read as that capture's text: at the response's page address and
    fetch time, whatever its own ``WARC-Date`` (a converter's clock, a second later).  It names
    its response by ``WARC-Refers-To`` (the response's ``WARC-Record-ID``), else by the same
    ``WARC-Target-URI``.  The page's versions then take it for another reading of the HTML
    one (:func:`clipper.versions.fuller_reading_of`), not a version of its own.  One entry a
    response read: bounded by the file."""

    def __init__(self) -> None:
        self.by_id: dict[str, tuple[str | None, str | None]] = {}
        self.by_target: dict[str, tuple[str | None, str | None]] = {}

    def note(self, record: Any, event: Event) -> Event:
        """``event`` (read from ``record``), a conversion record's text moved to the address
        and fetch time of the response it converts when this file held that response before
        it; a response's page noted."""
        if not isinstance(event, RawPage):
            return event
        headers = record.rec_headers
        rec_type = (record.rec_type or "").lower()
        target = warc_uri(headers.get_header("WARC-Target-URI"))
        if event.kind == "html" and rec_type == "response":
            capture = (event.url, event.fetched_at)
            record_id = (headers.get_header("WARC-Record-ID") or "").strip()
            if record_id:
                self.by_id[record_id] = capture
            if target:
                self.by_target.setdefault(target, capture)
            return event
        if event.kind != "text" or rec_type != "conversion":
            return event
        refers = (headers.get_header("WARC-Refers-To") or "").strip()
        converted = self.by_id.get(refers) or (self.by_target.get(target) if target else None)
        if converted is None or converted[1] is None:
            return event
        url, fetched = converted
        return replace(event, url=url, fetched_at=fetched, site=site_of(None, url))


def _revisit(record: Any, url: str | None) -> Revisit:
    """What a revisit record (or a 304 response) names: its own fetch, and the earlier
    capture whose payload it got, by address and time and by payload digest (a 304's own
    digest is of its empty body: not the page's)."""
    headers = record.rec_headers
    is_revisit = (record.rec_type or "").lower() == "revisit"
    return Revisit(
        url=url,
        fetched_at=iso_or_none(headers.get_header("WARC-Date")),
        refers_to_url=warc_uri(headers.get_header("WARC-Refers-To-Target-URI")),
        refers_to_date=iso_or_none(headers.get_header("WARC-Refers-To-Date")),
        payload_digest=payload_digest(headers.get_header("WARC-Payload-Digest"))
        if is_revisit
        else None,
    )


GZIP_MAGIC = b"\x1f\x8b"


def _gunzipped(body: bytes, limit: int) -> bytes:
    """A payload gzipped without a ``Content-Encoding`` saying so (a server that compresses
    twice, or names the encoding wrongly), decompressed up to ``limit + 1`` bytes; the payload
    unchanged when it is no gzip data after all (it is then judged binary)."""
    try:
        return zlib.decompressobj(wbits=31).decompress(body, limit + 1)
    except zlib.error:
        return body


_CRAWL_FILES = ("/robots.txt", "/favicon.ico", "/sitemap.xml", "/sitemap_index.xml")


def _is_crawl_file(url: str) -> bool:
    """A crawler's own fetch (robots.txt, a sitemap, a favicon) or a CMS's machine-readable
    answer (WordPress's wp-json, xmlrpc.php, oEmbed, a feed: :func:`clipper.urls.crawl_endpoint`),
    never an article whatever its status or content type."""
    try:
        path = urlsplit(url).path.lower()
    except ValueError:
        return False
    return path in _CRAWL_FILES or crawl_endpoint(url) is not None


def _judge(record: Any, url: str | None) -> _Verdict:
    rec_type = (record.rec_type or "").lower()
    if rec_type in _TYPE_REASONS:
        return _Verdict(_TYPE_REASONS[rec_type], f"{rec_type} record {url or ''}".strip())
    if rec_type == "conversion":
        # Common Crawl's WET files: a page's text as the crawl extracted it
        content_type = record.rec_headers.get_header("Content-Type") or ""
        if content_type.split(";")[0].strip().lower() in ("text/plain", ""):
            return _Verdict(text=True, content_type=content_type)
        return _Verdict("warc-other", f"conversion record of {content_type}: {url or ''}")
    if rec_type not in ("response", "resource"):
        return _Verdict("warc-other", f"{rec_type or 'untyped'} record {url or ''}".strip())
    if url and url.lower().startswith("dns:"):
        return _Verdict("warc-dns", url)
    http = record.http_headers if rec_type == "response" else None
    if url and _is_crawl_file(url):
        # robots.txt, sitemaps, favicons: a crawler's own fetches, whatever their status (a
        # site without robots.txt answers 404: not a problem with the dump)
        status = (http.get_statuscode() if http is not None else None) or "-"
        return _Verdict("not-html", f"crawler file, HTTP {status}: {url}")
    if http is not None:
        status = http.get_statuscode() or ""
        while status[:1] == "1" and status.isdigit() and len(status) == 3:
            # 100 Continue, 103 Early Hints: interim answers a crawler records before the
            # final one, in the same record; that one is read
            final = _final_response(record)
            if final is None:
                return _Verdict(
                    "warc-http-error",
                    f"HTTP {status} (an interim answer) with no final response after it: {url}",
                )
            http = record.http_headers = final
            status = http.get_statuscode() or ""
        if not (status.isdigit() and len(status) == 3):
            return _Verdict("warc-http-error", f"unparseable HTTP status {status!r}: {url}")
        if status == "304":
            # Not Modified: the answer to a crawler's conditional request (If-Modified-Since,
            # If-None-Match), saying the page is the one an earlier capture holds; like a revisit
            return _Verdict(
                "warc-revisit", f"304 Not Modified (unchanged since an earlier capture): {url}"
            )
        if status.startswith("3"):
            # a redirect's target, or that the server named none (a "?" read as a target)
            target = (http.get_header("Location") or "").strip()
            where = f"-> {target}" if target else "(no Location header)"
            return _Verdict("warc-redirect", f"{status} {url} {where}")
        if not status.startswith("2"):
            return _Verdict("warc-http-error", f"HTTP {status}: {url}")
        content_type = http.get_header("Content-Type")
        language = http.get_header("Content-Language")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
        language = status = None
    verdict = _verdict_for_type(content_type, url)
    verdict.language = language
    if http is not None and status == "206" and verdict.reason is None:
        # an answer to a Range request: a byte range of the page, read as far as it goes
        content_range = http.get_header("Content-Range") or "range not given"
        verdict.partial = f"HTTP 206 Partial Content ({content_range})"
    return verdict


def _verdict_for_type(content_type: str | None, url: str | None = None) -> _Verdict:
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in _HTML_TYPES:
        return _Verdict(content_type=content_type)
    if mime in _VAGUE_TYPES:
        return _Verdict(sniff=True, content_type=content_type)
    return _Verdict("not-html", f"{mime}: {url}")


_HTTP_PARSER = StatusAndHeadersParser(["HTTP/1.0", "HTTP/1.1"])


def _final_response(record: Any) -> StatusAndHeaders | None:
    """The status line and headers after an interim (1xx) answer in a response record's block,
    or None when there are none."""
    try:
        headers = _HTTP_PARSER.parse(record.raw_stream)
    except (EOFError, StatusAndHeadersParserException):
        return None
    return headers if headers.protocol else None


def warc_uri(value: str | None) -> str | None:
    """WARC-Target-URI as written; some WARC 1.1 writers wrap it in <...> (a spec erratum)."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    return value or None
