"""Streaming readers for raw scraper dumps: files and folders in, :class:`RawPage` records out.

``read_pages(paths, limits, on_reject)`` walks each path (a file, or a folder read recursively in
sorted order), picks a reader by file extension and yields one :class:`RawPage` per page found.
Everything that yields no page is reported to ``on_reject`` as a :class:`Rejection`, so a summary
can say what was skipped and why; no input ever raises.  Memory does not grow with the size of a
dump: JSONL is read line by line, WARC/ARC record by record, and every read is bounded by
:class:`~clipper.config.ReadLimits`.

Formats (extension, case-insensitive; ``.gz`` allowed on each):

- ``.html`` / ``.htm``: one HTML page (``kind="html"``, body is bytes).  Its URL comes from the
  page's own ``<link rel="canonical">`` or ``og:url``, the only provenance a saved page carries.
- ``.txt``: one text dump (``kind="text"``), decoded as UTF-8 or, failing that, by guessing.
- ``.jsonl`` / ``.ndjson``: one page per line, crawler field names (news-please, CC-NEWS, ...).
- ``.json``: one record (news-please writes a file per article) or an array of records, with
  the same field names; a ``.json`` file that is really JSON Lines is read as JSONL.
- ``.warc`` / ``.arc``: HTML ``response``/``resource`` records, through warcio.

Origins: ``path`` for a single-page file or a one-record ``.json``, ``path:LINE`` (1-based) for a
JSONL record, ``path:N`` (1-based) for the Nth record of a ``.json`` array,
``path@OFFSET`` (``ArchiveIterator.get_record_offset()``, in the file as stored) for a WARC/ARC
record.  Dates are kept as the crawler wrote them when they parse as ISO 8601, else dropped.

Rejection reasons (the fixed vocabulary; ``detail`` is a short human message):

- ``unreadable``: the path is missing, not a regular file, or cannot be opened/listed/read.
- ``already-read``: the path leads (through a symlink or a repeated argument) to a file or
  folder already read in this run; it is read once, which also stops symlink loops.
- ``unsupported-file``: an extension clipper does not read (the file is ignored).
- ``empty``: the file, once decompressed, holds nothing but whitespace.
- ``binary``: an .html/.txt file or an HTML-labelled WARC payload that is really binary
  (NUL bytes, or the magic number of an image, PDF, archive ...).
- ``too-large``: a page over ``max_page_bytes``, a JSONL line over ``max_line_bytes``, or a .gz
  file decompressing past ``max_decompressed_bytes`` (the rest of that file is not read).
- ``truncated``: compressed data or a WARC record ends early; whole lines/records before the
  damage are kept, the rest of the file is not read.
- ``corrupt``: damaged compressed data or a WARC/ARC stream that cannot be parsed; what came
  before is kept, the rest of the file is not read.
- ``bad-json``: a JSONL line that is not valid JSON (or not valid UTF-8).
- ``bad-record``: a JSONL line that is JSON but not an object, or has a field of the wrong type.
- ``no-body``: a record with no HTML or text to read (missing or empty body field/payload).
- ``warc-request``, ``warc-metadata``, ``warc-info``, ``warc-revisit``: WARC records of these
  types, which never hold a page of their own.
- ``warc-other``: any other non-page WARC record type (conversion, continuation, unknown).
- ``warc-dns``: a ``dns:`` lookup record.
- ``warc-redirect``: an HTTP 3xx response (detail names the target).
- ``warc-http-error``: any other non-2xx HTTP response (4xx, 5xx, unparseable status).
- ``not-html``: a 2xx response whose payload is not HTML (images, scripts, robots.txt ...).
"""

from __future__ import annotations

import codecs
import gzip
import html
import json
import os
import re
import stat
import zlib
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any, BinaryIO, Protocol
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed

from clipper.config import ReadLimits
from clipper.page import InputKind, RawPage, Rejection, digest

__all__ = ["REASONS", "read_pages", "site_from_url"]

REASONS: frozenset[str] = frozenset(
    {
        "unreadable",
        "already-read",
        "unsupported-file",
        "empty",
        "binary",
        "too-large",
        "truncated",
        "corrupt",
        "bad-json",
        "bad-record",
        "no-body",
        "warc-request",
        "warc-metadata",
        "warc-info",
        "warc-revisit",
        "warc-other",
        "warc-dns",
        "warc-redirect",
        "warc-http-error",
        "not-html",
    }
)

Event = RawPage | Rejection

# Extension (after removing an optional .gz) → reader name.
_FORMATS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".warc": "archive",
    ".arc": "archive",
}

# Enough of a page to find its <head> metadata and judge whether it is binary.
_SNIFF_BYTES = 1024
_HEAD_BYTES = 64 * 1024
_DRAIN_CHUNK = 64 * 1024
_DETAIL_MAX = 200

# Magic numbers of files that scrapers save under a page's name (an image behind an article URL,
# a PDF "article", a zipped download).  Text never starts with these.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"RIFF", "RIFF (WebP/AVI/WAV) data"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\xd0\xcf\x11\xe0", "OLE document (DOC/XLS)"),
    (b"\x1f\x8b", "gzip data (name the file .gz to have it decompressed)"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Content types that say nothing: the payload itself decides whether it is HTML.
_VAGUE_TYPES = frozenset({"", "application/octet-stream", "unk", "unknown", "no-type"})
# A payload "looks like HTML" when, after an XML declaration and comments, it opens a document.
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head)\b",
    re.IGNORECASE | re.DOTALL,
)

_TAG_RE = re.compile(rb"<(link|meta)\b([^>]*)>", re.IGNORECASE)
_ATTR_RE = re.compile(rb"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")

# JSONL field names, first match wins.  news-please writes maintext/date_publish/date_download/
# source_domain; the CC-News export on dataset hubs writes text/date/domain/description (empty
# strings for missing values); other crawlers and news APIs use the rest.  Unknown fields are
# ignored; a blank string counts as absent, so the next name is tried.
_HTML_FIELDS = ("html", "raw_html", "html_content", "content_html")
_TEXT_FIELDS = ("text", "maintext", "content", "article_text", "body", "full_text")
# A teaser (the page's meta description), not article text: never the body; a record with only
# a description is rejected, and the rejection says so.
_DESCRIPTION_FIELDS = ("description", "summary", "excerpt")
_URL_FIELDS = ("url", "link", "canonical_url", "source_url")
_FETCHED_FIELDS = ("fetched_at", "date_download", "scrape_time", "crawl_date", "date_crawled")
_PUBLISHED_FIELDS = (
    "date_publish",
    "published",
    "date",
    "published_at",
    "publish_date",
    "date_published",
    "datePublished",
    "pubdate",
)
_TITLE_FIELDS = ("title", "headline", "title_page", "title_rss")
_LANGUAGE_FIELDS = ("language", "lang", "language_code", "locale")
_SITE_FIELDS = ("source_domain", "domain", "publisher", "site", "sitename", "site_name")
# Where a capture states how its HTML was encoded (the HTTP Content-Type, or the charset alone).
_CHARSET_FIELDS = ("content_type", "content-type", "Content-Type", "charset", "encoding")


class _TooLarge(Exception):
    """A limit of ReadLimits was exceeded; the message names it."""


class _BadField(Exception):
    """A JSONL field has the wrong type; the message names it."""


class _Corrupt(Exception):
    """Input that cannot be parsed further; the message says why."""


@dataclass(slots=True)
class _Progress:
    """Where a reader is, so an error in the middle of a file is reported at that place."""

    where: str
    unit: str = "page"  # what ``done`` counts, for the error detail
    done: int = 0


def read_pages(
    paths: Iterable[str | Path],
    limits: ReadLimits,
    on_reject: Callable[[Rejection], None],
) -> Iterator[RawPage]:
    """Yield every page found under ``paths``; report everything else to ``on_reject``.

    Deterministic: folders are walked in sorted name order, files read front to back.  Hidden
    entries (names starting with ".") inside folders are skipped; paths given explicitly are
    always read.  See the module docstring for formats, origins and rejection reasons.
    """
    seen: set[str] = set()
    for path in paths:
        for item in _walk(Path(path), seen):
            if isinstance(item, Rejection):
                on_reject(item)
                continue
            for event in _read_file(item, limits):
                if isinstance(event, Rejection):
                    on_reject(event)
                else:
                    yield event


# --- walking ---------------------------------------------------------------------------------


def _walk(top: Path, seen: set[str]) -> Iterator[Path | Rejection]:
    """Regular files under ``top`` in sorted order, or Rejections for what cannot be walked.

    An explicit stack instead of recursion: folder depth must not hit the recursion limit.
    ``seen`` holds real paths, so a symlink back to an ancestor is met once and stops there.
    """
    stack: list[Path] = [top]
    while stack:
        path = stack.pop()
        try:
            # stat follows symlinks: a dangling link or a link-to-itself fails here (ENOENT/ELOOP).
            mode = path.stat().st_mode
            real = os.path.realpath(path)
        except (OSError, ValueError) as exc:
            yield Rejection(str(path), "unreadable", _os_detail(exc))
            continue
        if real in seen:
            yield Rejection(str(path), "already-read", f"same as {real}, read once")
            continue
        seen.add(real)
        if stat.S_ISDIR(mode):
            try:
                names = sorted(entry.name for entry in os.scandir(path))
            except OSError as exc:
                yield Rejection(str(path), "unreadable", _os_detail(exc))
                continue
            # Reversed onto the stack so they come off in sorted order.
            stack.extend(path / name for name in reversed(names) if not name.startswith("."))
        elif stat.S_ISREG(mode):
            yield path
        else:
            # FIFOs and devices: opening a FIFO would block forever.
            yield Rejection(str(path), "unreadable", "not a regular file")


def _os_detail(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return _short(exc)


# --- dispatch --------------------------------------------------------------------------------


def _format_of(path: Path) -> tuple[str | None, bool]:
    """(reader name or None, whether the file is gzip-compressed) from the file name."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    stem = name[:-3] if gz else name
    for ext, fmt in _FORMATS.items():
        if stem.endswith(ext):
            return fmt, gz
    return None, gz


def _read_file(path: Path, limits: ReadLimits) -> Iterator[Event]:
    origin = str(path)
    fmt, gz = _format_of(path)
    if fmt is None:
        yield Rejection(origin, "unsupported-file", f"not a format clipper reads: {path.name}")
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejection(origin, "unreadable", _os_detail(exc))
        return
    if size == 0:
        yield Rejection(origin, "empty", "file is 0 bytes")
        return
    progress = _Progress(origin)
    events: Generator[Event, None, None]
    if fmt == "archive":
        progress.unit = "record"
        is_arc = path.name.lower().removesuffix(".gz").endswith(".arc")
        events = _read_archive(path, gz, limits, progress, is_arc)
    elif fmt == "jsonl":
        progress.unit = "line"
        events = _read_jsonl(path, gz, limits, progress)
    elif fmt == "json":
        progress.unit = "record"
        events = _read_json(path, gz, limits, progress)
    else:
        events = _read_single(path, gz, "html" if fmt == "html" else "text", limits)
    yield from _guarded(events, progress)


def _guarded(events: Generator[Event, None, None], progress: _Progress) -> Iterator[Event]:
    """Pass events on; turn an error while reading into one Rejection that ends the file.

    Only the reader's own ``next()`` is guarded, so an exception raised by the consumer of
    ``read_pages`` (or by ``on_reject``) is never mistaken for damaged input.  Third-party
    parsers (gzip, zlib, warcio) raise a wide range of exceptions on hostile input; all of them
    mean "this file cannot be read further", so any Exception ends the file, not the run.
    """
    try:
        while True:
            try:
                event = next(events)
            except StopIteration:
                return
            except Exception as exc:
                yield _rejection_for(exc, progress)
                return
            yield event
    finally:
        events.close()


def _rejection_for(exc: Exception, progress: _Progress) -> Rejection:
    where = progress.where
    after = f"after {progress.done} whole {progress.unit}{'' if progress.done == 1 else 's'}"
    if isinstance(exc, _TooLarge):
        return Rejection(where, "too-large", f"{exc}; rest of file not read")
    if isinstance(exc, EOFError):
        return Rejection(where, "truncated", f"compressed data ends early ({after}); rest lost")
    if isinstance(exc, _Corrupt):
        return Rejection(where, "corrupt", f"{exc} ({after}); rest of file not read")
    if isinstance(exc, ArchiveLoadFailed) and "non-chunked gzip" in str(exc):
        # One gzip stream around the whole file: records have no compressed offsets, and
        # warcio refuses to go on (its offsets there are meaningless, even negative).
        return Rejection(
            where.rsplit("@", 1)[0],
            "corrupt",
            f"whole-file gzip, not one gzip member per record ({after}); "
            "run `warcio recompress` on it to read the rest",
        )
    if isinstance(exc, gzip.BadGzipFile | zlib.error | ArchiveLoadFailed):
        return Rejection(where, "corrupt", f"{_short(exc)} ({after}); rest of file not read")
    if isinstance(exc, OSError):
        return Rejection(where, "unreadable", _os_detail(exc))
    return Rejection(where, "corrupt", f"{_short(exc)} ({after}); rest of file not read")


def _short(exc: BaseException) -> str:
    """One printable line naming the exception type, never a traceback (warcio quotes the
    raw bytes it failed on, which may be binary)."""
    text = " ".join(str(exc).split())
    text = "".join(c if c.isprintable() and ord(c) < 0x250 else "?" for c in text)
    msg = f"{type(exc).__name__}: {text}" if text else type(exc).__name__
    return msg if len(msg) <= _DETAIL_MAX else msg[: _DETAIL_MAX - 1] + "…"


# --- opening, with decompression limits ---------------------------------------------------------


class _Reader(Protocol):
    """What the line and page readers need of a file: plain files and GzipFile both fit."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


class _BoundedReader:
    """A binary reader that raises _TooLarge once more than ``limit`` bytes came out of it.

    Wraps a GzipFile so a gzip bomb is stopped after ``max_decompressed_bytes`` no matter how
    the caller reads (whole-page reads and line reads both go through here).
    """

    def __init__(self, inner: _Reader, limit: int) -> None:
        self._inner = inner
        self._limit = limit
        self._count = 0

    def _count_out(self, data: bytes) -> bytes:
        self._count += len(data)
        if self._count > self._limit:
            raise _TooLarge(f"decompresses to over {_mb(self._limit)} (max_decompressed_bytes)")
        return data

    def read(self, size: int = -1) -> bytes:
        return self._count_out(self._inner.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._count_out(self._inner.readline(size))


@contextmanager
def _open(path: Path, gz: bool, limits: ReadLimits) -> Iterator[_Reader]:
    with open(path, "rb") as raw:
        if not gz:
            yield raw
            return
        with gzip.GzipFile(fileobj=raw, mode="rb") as unzipped:
            yield _BoundedReader(unzipped, limits.max_decompressed_bytes)


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB"


# --- single-page files: .html, .txt -------------------------------------------------------------


def _read_single(
    path: Path, gz: bool, kind: InputKind, limits: ReadLimits
) -> Generator[Event, None, None]:
    origin = str(path)
    with _open(path, gz, limits) as f:
        # One read of at most limit+1 bytes: memory stays bounded and "+1" tells us it was over.
        data = f.read(limits.max_page_bytes + 1)
    if len(data) > limits.max_page_bytes:
        yield Rejection(origin, "too-large", f"page is over {_mb(limits.max_page_bytes)}")
        return
    if not data.strip():
        yield Rejection(origin, "empty", "no content" if gz else "only whitespace")
        return
    what = _binary_kind(data[:_SNIFF_BYTES])
    if what:
        yield Rejection(origin, "binary", f"looks like {what}, not {kind}")
        return
    if kind == "html":
        url = _declared_url(data[:_HEAD_BYTES])
        yield RawPage(
            origin=origin,
            kind="html",
            body=_decode_html(data, None),
            url=url,
            site=_site_of(None, url),
            raw_hash=digest(data),
        )
    else:
        yield RawPage(origin=origin, kind="text", body=_decode_text(data))


def _binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (a file's first bytes) is, or None if it may be text."""
    if head.startswith(_UTF16_BOMS):
        return None  # UTF-16 text is full of NULs but is text
    for magic, name in _BINARY_MAGIC:
        if head.startswith(magic):
            return name
    if b"\x00" in head:
        return "binary data (NUL bytes)"
    return None


def _decode_text(data: bytes) -> str:
    """UTF-8 (BOM allowed) when valid; else the best guess; never fails."""
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # charset_normalizer comes with trafilatura; guessing beats assuming Windows-1252.
        import charset_normalizer

        matches = charset_normalizer.from_bytes(data)
        best = matches.best()
        if best is not None and best.encoding:
            # On short Western text Windows-1250/1257 score as well as Windows-1252 and turn
            # "fête" into "fęte"; prefer 1252, by far the commonest legacy web encoding, when
            # it decodes about as cleanly as the winner.
            for match in matches:
                if match.encoding == "cp1252" and match.chaos <= best.chaos + 0.01:
                    return data.decode("cp1252", errors="replace")
            return data.decode(best.encoding, errors="replace")
    except (ImportError, LookupError):
        pass
    return data.decode("cp1252", errors="replace")


def _declared_url(head: bytes) -> str | None:
    """The page's own URL from ``<link rel=canonical>`` (preferred) or ``og:url`` meta."""
    canonical: str | None = None
    og_url: str | None = None
    for match in _TAG_RE.finditer(head):
        attrs = _attrs(match.group(2))
        if match.group(1).lower() == b"link":
            if canonical is None and "canonical" in attrs.get("rel", "").lower().split():
                canonical = _absolute_url(attrs.get("href"))
        elif og_url is None and attrs.get("property", attrs.get("name", "")).lower() == "og:url":
            og_url = _absolute_url(attrs.get("content"))
    return canonical or og_url


def _attrs(raw: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    for m in _ATTR_RE.finditer(raw):
        value = next(v for v in m.groups()[1:] if v is not None)
        out.setdefault(
            m.group(1).decode("ascii", "replace").lower(),
            html.unescape(value.decode("utf-8", "replace")),
        )
    return out


def _absolute_url(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        parts = urlsplit(value)
    except ValueError:
        return None
    return value if parts.scheme in ("http", "https") and parts.hostname else None


def site_from_url(url: str | None) -> str | None:
    """A URL's site: its host, lower-case, without a leading ``www.``."""
    return _site_of(None, url)


def _site_of(site: str | None, url: str | None) -> str | None:
    """The given site (a host name is normalised like a URL host), else the URL's host."""
    if site:
        site = site.strip()
        if " " not in site and "." in site:
            return _normalise_host(site)
        return site or None
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return _normalise_host(host) if host else None


def _normalise_host(host: str) -> str:
    host = host.lower().rstrip(".")
    return host.removeprefix("www.")


def _iso_or_none(value: str | None) -> str | None:
    """The date when it is ISO 8601 (also "YYYY-MM-DD HH:MM:SS", as news-please and CC-News
    write it) or RFC 2822 (feeds, HTTP), else None.  ISO values are kept as written (the store
    normalises them), RFC 2822 ones are converted to ISO 8601.

    Crawlers write garbage here (ClueWeb09 has "2008-10-294T..."); a wrong date would pick the
    wrong canonical, a missing one only defers to the next rule.
    """
    if not value:
        return None
    value = value.strip()
    try:
        datetime.fromisoformat(value)
    except ValueError:
        pass
    else:
        return value
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


# --- character sets ------------------------------------------------------------------------------

# WHATWG Encoding Standard: labels browsers decode with a superset of what they name.
_CHARSET_ALIASES = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "latin5": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "euc-kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "windows-31j": "cp932",
    "big5": "big5hkscs",
}
_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)


def _charset_of(value: str | None) -> str | None:
    """The Python codec for a ``Content-Type`` value or a bare charset label, or None when it
    names none Python knows.  Labels map as browsers map them (WHATWG: ISO-8859-1 is decoded as
    Windows-1252, GB2312 as GB18030, Shift_JIS as CP932...)."""
    if not value:
        return None
    match = _CHARSET_PARAM.search(value)
    label = (match.group(1) if match else value if "/" not in value else "").strip().lower()
    if not label:
        return None
    label = _CHARSET_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _decode_html(data: bytes, declared: str | None) -> bytes | str:
    """An HTML page's text, decoded with the charset it declares, or the bytes unchanged.

    Order: a UTF-16 byte-order mark; valid UTF-8 (left as bytes: trafilatura reads it right; a
    legacy page whose non-ASCII bytes happen to form UTF-8 is vanishingly rare, while servers
    that declare Latin-1 by default for UTF-8 pages are common); the charset ``declared`` by the
    HTTP ``Content-Type`` (WARC records, captures that keep it); the page's own
    ``<meta charset>`` / ``http-equiv`` declaration.  With none of
    these the bytes go to trafilatura, which guesses.  Decoding it here matters because
    trafilatura ignores declared charsets: it tries UTF-8, then guesses from the bytes alone,
    which turns Windows-1252 "£" into "Ł" and garbles ISO-8859-2.
    """
    if data.startswith(_UTF16_BOMS):
        return data.decode("utf-16", errors="replace")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return data  # trafilatura reads valid UTF-8 as UTF-8
    codec = _charset_of(declared)
    if codec is None:
        meta = _META_CHARSET.search(data[:_HEAD_BYTES])
        codec = _charset_of(meta.group(1).decode("ascii", "replace")) if meta else None
    if codec is None or codec.startswith("utf-16") or codec == "utf-8":
        return data  # nothing usable declared (or a wrong UTF declaration): let trafilatura guess
    return data.decode(codec, errors="replace")


# --- JSON Lines -------------------------------------------------------------------------------


def _read_jsonl(
    path: Path, gz: bool, limits: ReadLimits, progress: _Progress
) -> Generator[Event, None, None]:
    lineno = 0
    saw_content = False
    with _open(path, gz, limits) as f:
        while True:
            progress.where = f"{path}:{lineno + 1}"
            line = f.readline(limits.max_line_bytes + 1)
            if not line:
                break
            lineno += 1
            origin = f"{path}:{lineno}"
            if len(line) > limits.max_line_bytes and not line.endswith(b"\n"):
                _skip_rest_of_line(f)
                saw_content = True
                yield Rejection(
                    origin,
                    "too-large",
                    f"line is over {_mb(limits.max_line_bytes)} (max_line_bytes)",
                )
                continue
            if lineno == 1:
                line = line.removeprefix(b"\xef\xbb\xbf")
            if not line.strip():
                continue  # blank lines separate nothing; not worth a rejection
            saw_content = True
            yield _record_from_line(line, origin, limits)
            progress.done = lineno
    if not saw_content:
        yield Rejection(str(path), "empty", "no JSON lines")


def _read_json(
    path: Path, gz: bool, limits: ReadLimits, progress: _Progress
) -> Generator[Event, None, None]:
    """A ``.json`` file: one record (news-please's file per article), an array of records, or
    JSON Lines under a ``.json`` name (read line by line).  The file is parsed whole, so it is
    bounded by ``max_line_bytes`` like one JSONL line."""
    origin = str(path)
    with _open(path, gz, limits) as f:
        data = f.read(limits.max_line_bytes + 1)
    if len(data) > limits.max_line_bytes:
        yield Rejection(
            origin,
            "too-large",
            f"file is over {_mb(limits.max_line_bytes)} "
            "(max_line_bytes; write large exports as JSONL)",
        )
        return
    data = data.removeprefix(b"\xef\xbb\xbf")
    if not data.strip():
        yield Rejection(origin, "empty", "only whitespace")
        return
    try:
        obj = json.loads(data)
    except RecursionError:
        yield Rejection(origin, "bad-json", "JSON nested too deeply")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one object per line: JSON Lines named .json
            progress.unit = "line"
            yield from _read_jsonl(path, gz, limits, progress)
            return
        yield Rejection(origin, "bad-json", _json_error(exc, f"line {exc.lineno} column"))
        return
    except ValueError as exc:  # UnicodeDecodeError: not UTF-8/16/32
        yield Rejection(origin, "bad-json", _short(exc))
        return
    if isinstance(obj, dict):
        yield _record_event(obj, origin, limits)
        progress.done = 1
        return
    if not isinstance(obj, list):
        yield Rejection(
            origin,
            "bad-record",
            f"file is a JSON {_json_type(obj)}, not an object or an array of objects",
        )
        return
    if not obj:
        yield Rejection(origin, "empty", "an empty JSON array")
        return
    for number, item in enumerate(obj, 1):
        where = f"{path}:{number}"
        if isinstance(item, dict):
            yield _record_event(item, where, limits)
        else:
            yield Rejection(
                where, "bad-record", f"record is a JSON {_json_type(item)}, not an object"
            )
        progress.done = number


def _record_event(obj: dict[str, Any], origin: str, limits: ReadLimits) -> Event:
    """One JSON object as a page.  A record under max_line_bytes can still hold a page over
    max_page_bytes (the defaults are 64 MB and 20 MB): the page limit holds for every format."""
    try:
        event = _page_from_record(obj, origin)
    except _BadField as exc:
        return Rejection(origin, "bad-record", str(exc))
    if isinstance(event, RawPage) and _body_bytes(event.body) > limits.max_page_bytes:
        return Rejection(origin, "too-large", f"page is over {_mb(limits.max_page_bytes)}")
    return event


def _body_bytes(body: bytes | str) -> int:
    return len(body) if isinstance(body, bytes) else len(body.encode("utf-8", "replace"))


def _skip_rest_of_line(f: _Reader) -> None:
    """Read past the rest of an overlong line in chunks, never holding it whole."""
    while True:
        chunk = f.readline(_DRAIN_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _record_from_line(line: bytes, origin: str, limits: ReadLimits) -> Event:
    try:
        obj = json.loads(line.rstrip(b"\r\n"))
    except RecursionError:
        return Rejection(origin, "bad-json", "JSON nested too deeply")
    except json.JSONDecodeError as exc:
        # The decoder's "line 1 column N" would contradict the file line in ``origin``.
        return Rejection(origin, "bad-json", _json_error(exc, "column"))
    except ValueError as exc:  # UnicodeDecodeError: the line is not UTF-8/16/32
        return Rejection(origin, "bad-json", _short(exc))
    if not isinstance(obj, dict):
        return Rejection(origin, "bad-record", f"line is a JSON {_json_type(obj)}, not an object")
    return _record_event(obj, origin, limits)


def _page_from_record(obj: dict[str, Any], origin: str) -> Event:
    html_body = _str_field(obj, _HTML_FIELDS)
    text_body = _str_field(obj, _TEXT_FIELDS)
    url = _str_field(obj, _URL_FIELDS)
    fetched = _str_field(obj, _FETCHED_FIELDS)
    published = _str_field(obj, _PUBLISHED_FIELDS)
    title = _str_field(obj, _TITLE_FIELDS)
    site = _str_field(obj, _SITE_FIELDS)
    language = _str_field(obj, _LANGUAGE_FIELDS)
    # Raw HTML wins over a crawler's extracted text: cleaning it ourselves keeps every source
    # comparable (same extractor, same template stripping).
    if html_body:
        kind: InputKind = "html"
        charset = _charset_of(_str_field(obj, _CHARSET_FIELDS) or _header_charset(obj))
        body: bytes | str = _scrub(_redecode(html_body, charset)).encode("utf-8")
    elif text_body:
        kind, body = "text", _scrub(text_body)
    else:
        return Rejection(origin, "no-body", _no_body_detail(obj))
    url = _absolute_url(url) or (url.strip() if url else None)
    return RawPage(
        origin=origin,
        kind=kind,
        body=body,
        url=url or None,
        fetched_at=_iso_or_none(fetched),
        published=_iso_or_none(published),
        title=" ".join(title.split()) if title else None,
        site=_site_of(site, url),
        language=language.strip() if language else None,
    )


def _no_body_detail(obj: dict[str, Any]) -> str:
    """Why a record has no page: its body fields are empty, or it has none clipper reads."""
    description = _str_field(obj, _DESCRIPTION_FIELDS)
    present = [name for name in _HTML_FIELDS + _TEXT_FIELDS if name in obj]
    if present:
        detail = f"empty {'/'.join(present)} field{'s' if len(present) > 1 else ''}"
    else:
        names = ", ".join(sorted(obj)[:8]) + (", …" if len(obj) > 8 else "")
        detail = (
            f"no text field (record has: {names or 'no fields'}; "
            f"clipper reads {'/'.join(_HTML_FIELDS + _TEXT_FIELDS)})"
        )
    if description:
        words = len(description.split())
        detail += f"; only a description ({words} word{'s' if words != 1 else ''}), not an article"
    return detail


def _header_charset(obj: dict[str, Any]) -> str | None:
    """``Content-Type`` from a ``headers`` object (HTTP captures), any letter case."""
    headers = obj.get("headers") or obj.get("http_headers")
    if not isinstance(headers, dict):
        return None
    for name, value in headers.items():
        if isinstance(name, str) and name.lower() == "content-type" and isinstance(value, str):
            return value
    return None


def _redecode(text: str, charset: str | None) -> str:
    """HTML a crawler decoded as Latin-1 (every character below U+0100: the bytes as they came,
    e.g. Python ``requests`` without a charset), decoded again with the charset its capture
    declares.  Only when the bytes decode cleanly in that charset, so text that was decoded right
    (where a declared UTF-8 or Windows-1252 gives back the same characters) is left alone."""
    if not charset or text.isascii() or any(ord(c) > 0xFF for c in text):
        return text
    try:
        return text.encode("latin-1").decode(charset)
    except (UnicodeError, LookupError):
        return text


def _str_field(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` present with a non-blank value; null and "" count as absent
    (news-please writes null for every field it could not fill, the CC-News export an empty
    string); any type but string is an error."""
    for name in names:
        value = obj.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise _BadField(f'field "{name}" is a JSON {_json_type(value)}, not a string')
        if value.strip():
            return value
    return None


def _json_error(exc: json.JSONDecodeError, where: str) -> str:
    """The decoder's message and place; some messages already end in "at" ("Unterminated
    string starting at")."""
    joiner = " " if exc.msg.endswith(" at") else " at "
    return f"{exc.msg}{joiner}{where} {exc.colno}"


def _json_type(value: object) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return "null"


def _scrub(text: str) -> str:
    """Replace lone surrogates (legal in JSON, illegal in UTF-8) so the text can be stored."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text


# --- WARC / ARC --------------------------------------------------------------------------------

_TYPE_REASONS = {
    "request": "warc-request",
    "metadata": "warc-metadata",
    "warcinfo": "warc-info",
    "revisit": "warc-revisit",
}


@dataclass(slots=True)
class _Verdict:
    """What to do with a record before reading its payload."""

    reason: str | None = None  # set: skip with this rejection
    detail: str = ""
    sniff: bool = False  # content type says nothing: keep only if the payload looks like HTML
    content_type: str | None = None  # the HTTP (or WARC) Content-Type, for its charset


class _EndCheckingIterator(ArchiveIterator):
    """warcio's iterator, noting whether the gzip stream ended where a member ends.

    warcio swallows a gzip stream that breaks off or goes bad (it prints the zlib error and
    reports a clean end), so a cut .warc.gz would otherwise look like a short, healthy file.
    """

    ended_mid_member = False

    def close(self) -> None:
        reader = self.reader
        decompressor = getattr(reader, "decompressor", None) if reader is not None else None
        if decompressor is not None and not decompressor.eof:
            self.ended_mid_member = True
        super().close()


# Header lines (WARC, ARC and HTTP headers, and blank lines between records) one record may use.
# warcio reads them with unbounded readline() calls and keeps every header line, so a .warc.gz
# of 1 MB decompressing to one endless header line (or millions of short ones) would otherwise
# take gigabytes of memory before any size check is reached.  Real records use a few KB.
_MAX_HEADER_BYTES = 1024 * 1024


class _HeaderBoundedReader(DecompressingBufferedReader):
    """warcio's record reader, with line reads bounded by :data:`_MAX_HEADER_BYTES`.

    Payloads are read with ``read()``, which resets the count (chunked transfer encoding reads
    a short size line before each chunk); so does the start of each record.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_bytes = 0

    def readline(self, length: int | None = None) -> bytes:
        room = _MAX_HEADER_BYTES + 1 - self.header_bytes
        line: bytes = super().readline(room if length is None else min(length, room))
        self.header_bytes += len(line)
        if self.header_bytes > _MAX_HEADER_BYTES:
            raise _TooLarge(f"record headers over {_mb(_MAX_HEADER_BYTES)}")
        return line

    def read(self, length: int | None = None) -> bytes:
        self.header_bytes = 0
        data: bytes = super().read(length)
        return data


def _read_archive(
    path: Path, gz: bool, limits: ReadLimits, progress: _Progress, is_arc: bool
) -> Generator[Event, None, None]:
    decompressed = 0
    progress.where = f"{path}@0"  # damage before the first record is still at an offset
    with open(path, "rb") as raw:
        # arc2warc only for ARC: it turns ARC records into WARC response records, but it also
        # makes warcio guess the format per record, and then any text line parses as an ARC
        # header.  Otherwise the defaults are lenient enough: ClueWeb09's WARC 0.18 records
        # (dates like "2008-10-294T...", "Content-Encoding: gzip" on decoded bodies) parse.
        records = _EndCheckingIterator(raw, arc2warc=is_arc)
        bounded = _HeaderBoundedReader(records.fh, block_size=records.reader.block_size)
        records.reader = bounded
        for record in records:
            progress.where = f"{path}@{records.offset}"
            _check_header(record, is_arc)
            decompressed += int(record.length or 0)
            if gz and decompressed > limits.max_decompressed_bytes:
                raise _TooLarge(
                    f"decompresses to over {_mb(limits.max_decompressed_bytes)} "
                    "(max_decompressed_bytes)"
                )
            event = _event_from_record(record, limits)
            missing = _drain(record)
            if missing:
                # The record block ended before its Content-Length: the file is cut here, and
                # whatever follows would be parsed from the middle of this record.
                yield Rejection(
                    progress.where,
                    "truncated",
                    f"record ends {missing} bytes short of its Content-Length "
                    f"(after {progress.done} whole records)",
                )
                return
            origin = f"{path}@{records.get_record_offset()}"
            yield _with_origin(event, origin)
            progress.done += 1
            bounded.header_bytes = 0
            # get_record_offset() consumed this record, so records.offset is where the next
            # one starts: damage met while parsing it is reported there.
            progress.where = f"{path}@{records.offset}"
        if records.ended_mid_member or (not gz and _has_leftover(raw, records.offset)):
            yield Rejection(
                f"{path}@{records.offset}",
                "truncated",
                f"data after the last whole record is cut or damaged "
                f"(after {progress.done} whole records)",
            )
        elif progress.done == 0:
            # Nothing but whitespace (or a gzip stream of nothing): no record, no damage.
            yield Rejection(str(path), "empty", "no records")


def _has_leftover(raw: BinaryIO, offset: int) -> bool:
    """Whether an uncompressed archive has more than whitespace after its last whole record.

    warcio ends quietly when a record header runs into the end of the file, so a file cut
    inside a header would otherwise pass for a complete one.
    """
    raw.seek(offset)
    while chunk := raw.read(_DRAIN_CHUNK):
        if chunk.strip():
            return True
    return False


def _check_header(record: Any, is_arc: bool) -> None:
    """Refuse records whose header cannot be trusted: the rest of the stream is unparseable.

    warcio accepts a header cut off mid-way (no Content-Length) and reads any text line as an
    ARC header ("this is not a WARC" becomes a record with length "WARC"); both mean the file
    is damaged or not an archive at all, and reading on would only produce nonsense records.
    """
    if record.format == "arc" and not is_arc:
        raise _Corrupt("ARC record in a file not named .arc (rename it to read it)")
    length = record.rec_headers.get_header("Content-Length")
    if length is None or not length.strip().isdigit():
        raise _Corrupt(f"record header without a valid Content-Length ({length!r})")


def _event_from_record(record: Any, limits: ReadLimits) -> Event:
    """A page (origin left blank, set after the record is consumed) or a Rejection."""
    headers = record.rec_headers
    url = _warc_uri(headers.get_header("WARC-Target-URI"))
    verdict = _judge(record, url)
    if verdict.reason:
        return Rejection("", verdict.reason, verdict.detail)
    body = record.content_stream().read(limits.max_page_bytes + 1)
    if len(body) > limits.max_page_bytes:
        return Rejection("", "too-large", f"payload is over {_mb(limits.max_page_bytes)}: {url}")
    if not body.strip():
        return Rejection("", "no-body", f"empty payload: {url}")
    what = _binary_kind(body[:_SNIFF_BYTES])
    if what:
        return Rejection("", "binary", f"HTML-labelled payload looks like {what}: {url}")
    if verdict.sniff and not _HTML_START.match(body[:_SNIFF_BYTES]):
        return Rejection("", "not-html", f"untyped payload does not look like HTML: {url}")
    return RawPage(
        origin="",
        kind="html",
        body=_decode_html(body, verdict.content_type),
        raw_hash=digest(body),
        url=url,
        fetched_at=_iso_or_none(headers.get_header("WARC-Date")),
        site=_site_of(None, url),
    )


def _judge(record: Any, url: str | None) -> _Verdict:
    rec_type = (record.rec_type or "").lower()
    if rec_type in _TYPE_REASONS:
        return _Verdict(_TYPE_REASONS[rec_type], f"{rec_type} record {url or ''}".strip())
    if rec_type not in ("response", "resource"):
        return _Verdict("warc-other", f"{rec_type or 'untyped'} record {url or ''}".strip())
    if url and url.lower().startswith("dns:"):
        return _Verdict("warc-dns", url)
    http = record.http_headers if rec_type == "response" else None
    if http is not None:
        status = http.get_statuscode() or ""
        if not (status.isdigit() and len(status) == 3):
            return _Verdict("warc-http-error", f"unparseable HTTP status {status!r}: {url}")
        if status.startswith("3"):
            target = http.get_header("Location") or "?"
            return _Verdict("warc-redirect", f"{status} {url} -> {target}")
        if not status.startswith("2"):
            return _Verdict("warc-http-error", f"HTTP {status}: {url}")
        content_type = http.get_header("Content-Type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    mime = (content_type or "").split(";")[0].strip().lower()
    if mime in _HTML_TYPES:
        return _Verdict(content_type=content_type)
    if mime in _VAGUE_TYPES:
        return _Verdict(sniff=True, content_type=content_type)
    return _Verdict("not-html", f"{mime}: {url}")


def _warc_uri(value: str | None) -> str | None:
    """WARC-Target-URI as written; some WARC 1.1 writers wrap it in <...> (a spec erratum)."""
    if not value:
        return None
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1].strip()
    return value or None


def _drain(record: Any) -> int:
    """Read what is left of a record in chunks (so the next one can be parsed); return how many
    bytes of its Content-Length never came, i.e. how much the record is cut short."""
    stream = record.raw_stream
    while stream.read(_DRAIN_CHUNK):
        pass
    # warcio wraps the block in a LimitReader counting down from Content-Length.
    return max(int(getattr(stream, "limit", 0)), 0)


def _with_origin(event: Event, origin: str) -> Event:
    if isinstance(event, Rejection):
        return Rejection(origin, event.reason, event.detail)
    event.origin = origin
    return event
