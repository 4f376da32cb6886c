"""JSON records: ``.jsonl`` / ``.ndjson`` (one record per line, origin ``path:LINE``) and
``.json`` (one record, or an array of them, bare or in an API response's envelope such as
NewsAPI's ``articles``: origin ``path`` / ``path:N``), with the field names of
news-please, the CC-News export and other crawlers mapped onto a :class:`~clipper.page.RawPage`.

Field names, first present wins: the ``_*_FIELDS`` tables below.  A blank or null value counts as
absent, and so does ``NaN`` / ``Infinity`` (pandas' missing value).  A text field may be a
string or an array of paragraph strings; a publication date a string or a number (epoch,
``20250311``), and one clipper cannot read leaves the page undated and is counted
(``RawPage.date_unread``); any other field of another JSON type than string rejects the record
(``bad-record``).
"""

from __future__ import annotations

import codecs
import html
import json
import re
from collections.abc import Generator
from pathlib import Path
from typing import Any, Protocol

import lxml.html

from clipper.config import ReadLimits
from clipper.page import InputKind, RawPage, Rejection, record_key
from clipper.read.decoding import SNIFF_BYTES, UTF16_BOMS, charset_of, redecode, utf16_codec
from clipper.read.failures import Event, Progress, mb, short
from clipper.read.files import DRAIN_CHUNK, Reader, open_bounded
from clipper.read.provenance import absolute_url, declared_date, iso_or_none
from clipper.sites import site_key

# JSONL field names, first match wins.  news-please writes maintext/date_publish/date_download/
# source_domain; the CC-News export on dataset hubs writes text/date/domain/description (empty
# strings for missing values); other crawlers and news APIs use the rest.  Unknown fields are
# ignored; a blank string counts as absent, so the next name is tried.
#
# Also read: trafilatura's own JSON output (``source`` is the URL, ``hostname`` /
# ``source-hostname`` the site), Zyte API and schema.org NewsArticle records (``articleBody``,
# ``headline``, ``datePublished``, ``inLanguage``), NewsAPI (``publishedAt``; ``source`` is an
# object whose ``name`` is the outlet), webz.io (``crawled``), Diffbot (``pageUrl``,
# ``siteName``, ``humanLanguage``).  An object with a ``name`` (a publisher, a NewsAPI source)
# stands for that name in a site field.
_HTML_FIELDS = ("html", "raw_html", "html_content", "content_html")
_TEXT_FIELDS = (
    "text",
    "maintext",
    "content",
    "article_text",
    "body",
    "full_text",
    "articleBody",
    "article_body",
    "bodyText",
)

# A teaser (the page's meta description), not article text: never the body; a record with only
# a description is rejected, and the rejection says so.
_DESCRIPTION_FIELDS = ("description", "summary", "excerpt")
_URL_FIELDS = (
    "url",
    "link",
    "canonical_url",
    "source_url",
    "pageUrl",
    "page_url",
    "webUrl",
    "web_url",
)
# A field that is the URL in one export (trafilatura's) and the outlet's name in others.
_SOURCE_FIELD = "source"
_FETCHED_FIELDS = (
    "fetched_at",
    "date_download",
    "scrape_time",
    "crawl_date",
    "date_crawled",
    "crawled",
    "crawled_at",
)
_PUBLISHED_FIELDS = (
    "date_publish",
    "published",
    "date",
    "published_at",
    "publish_date",
    "date_published",
    "datePublished",
    "publishedAt",
    "published_date",
    "publication_date",
    "webPublicationDate",
    "pubdate",
    "pub_date",
)

_TITLE_FIELDS = ("title", "headline", "title_page", "title_rss", "webTitle")
_LANGUAGE_FIELDS = (
    "language",
    "lang",
    "language_code",
    "locale",
    "inLanguage",
    "humanLanguage",
)
_SITE_FIELDS = (
    "source_domain",
    "domain",
    "publisher",
    "site",
    "sitename",
    "site_name",
    "siteName",
    "hostname",
    "source-hostname",
)

# Where a capture states how its HTML was encoded (the HTTP Content-Type, or the charset alone).
_CHARSET_FIELDS = ("content_type", "content-type", "Content-Type", "charset", "encoding")


# Block-level markup in a text field: the "text" is HTML (a CMS export), not a text dump.
_MARKUP = re.compile(
    r"<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|figure|table|section|article)\b[^>]*>", re.I
)
# An HTML character reference: "&amp;", "&#39;", "&#x2019;".
_ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# Inline markup in a headline.
_MARKUP_INLINE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")


# Where an API response or a search export holds its records (a key path from the top object,
# first found wins): NewsAPI / GNews ``articles``, NewsData.io ``results``, The Guardian's
# ``response.results``, the New York Times' ``response.docs``, an Elasticsearch / OpenSearch
# search response's ``hits.hits``, and the generic names of JSON APIs.
_ENVELOPES = (
    ("articles",),
    ("results",),
    ("response", "results"),
    ("response", "docs"),
    ("hits", "hits"),
    ("data",),
    ("items",),
    ("docs",),
    ("records",),
    ("entries",),
    ("posts",),
    ("news",),
)

# The origin of one record among many (``path:LINE`` of JSONL, ``path:N`` of a JSON array).
_RECORD_ORIGIN = re.compile(r":\d+$")


def _loads(data: bytes) -> object:
    """``json.loads``, with ``NaN`` / ``Infinity`` / ``-Infinity`` (not JSON, but what pandas'
    ``to_dict`` + ``json.dumps`` writes for a missing value) read as null: an absent field, not
    a number in a title or a date that rejects the record."""
    return json.loads(data, parse_constant=lambda _name: None)


class _BadField(Exception):
    """A JSONL field has the wrong type; the message names it."""


def read_jsonl(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """One event per non-blank line of a JSON Lines file, origin ``path:LINE`` (1-based).  A line
    over ``limits.max_line_bytes`` is skipped in chunks (never held whole) and rejected as
    ``too-large``; the lines after it are still read.  UTF-8 (a byte-order mark allowed), or
    UTF-16 with or without one."""
    lineno = 0
    saw_content = False
    codec = _utf16_of(path, gz, limits)
    with open_bounded(path, gz, limits) as raw:
        f: _Lines = _Utf8Lines(raw, codec) if codec else raw
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
                    f"line is over {mb(limits.max_line_bytes)} (max_line_bytes)",
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


def _utf16_of(path: Path, gz: bool, limits: ReadLimits) -> str | None:
    """``"utf-16"`` (with a byte-order mark) / ``"utf-16-le"`` / ``"utf-16-be"`` for a UTF-16
    file (what Windows PowerShell's ``>`` and ``Out-File`` write), else None."""
    with open_bounded(path, gz, limits) as f:
        head = f.read(SNIFF_BYTES)
    return "utf-16" if head.startswith(UTF16_BOMS) else utf16_codec(head)


class _Lines(Protocol):
    """What the JSON Lines reader needs of a file."""

    def readline(self, size: int = -1, /) -> bytes: ...


class _Utf8Lines:
    """A UTF-16 file read as the UTF-8 lines JSON Lines readers expect.  Lines end at "\\n"
    only, as in UTF-8 JSON Lines (``codecs`` readers also split at U+2028, which JSON strings
    may hold as is); ``size`` counts characters."""

    def __init__(self, raw: Reader, codec: str) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(codec)("replace")
        self._text = ""
        self._ended = False

    def readline(self, size: int = -1, /) -> bytes:
        while "\n" not in self._text and not self._ended and not 0 < size <= len(self._text):
            chunk = self._raw.read(DRAIN_CHUNK)
            self._text += self._decoder.decode(chunk, final=not chunk)
            self._ended = not chunk
        end = self._text.find("\n") + 1 or len(self._text)
        if size > 0:
            end = min(end, size)
        line, self._text = self._text[:end], self._text[end:]
        return line.encode("utf-8", "surrogatepass")


def read_json(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """A ``.json`` file: one record (news-please's file per article), an array of records, or
    JSON Lines under a ``.json`` name (read line by line).  The file is parsed whole, so it is
    bounded by ``max_line_bytes`` like one JSONL line."""
    origin = str(path)
    with open_bounded(path, gz, limits) as f:
        data = f.read(limits.max_line_bytes + 1)
    if len(data) > limits.max_line_bytes:
        yield Rejection(
            origin,
            "too-large",
            f"file is over {mb(limits.max_line_bytes)} "
            "(max_line_bytes; write large exports as JSONL)",
        )
        return
    data = data.removeprefix(b"\xef\xbb\xbf")
    if not data.strip():
        yield Rejection(origin, "empty", "only whitespace")
        return
    try:
        obj = _loads(data)
    except RecursionError:
        yield Rejection(origin, "bad-json", "JSON nested too deeply")
        return
    except json.JSONDecodeError as exc:
        if exc.msg == "Extra data":  # one object per line: JSON Lines named .json
            progress.unit = "line"
            yield from read_jsonl(path, gz, limits, progress)
            return
        yield Rejection(origin, "bad-json", _json_error(exc, f"line {exc.lineno} column"))
        return
    except ValueError as exc:  # UnicodeDecodeError: not UTF-8/16/32
        yield Rejection(origin, "bad-json", short(exc))
        return
    if isinstance(obj, dict):
        records = _enveloped(obj)
        if records is None:
            yield _record_event(obj, origin, limits)
            progress.done = 1
            return
        obj = records
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


def _enveloped(obj: dict[str, Any]) -> list[Any] | None:
    """The records of an API response or a search export (:data:`_ENVELOPES`): a top object
    with no body field of its own holding a non-empty array of objects, or whose every value is
    an object and one a record; else None."""
    if _has_body_field(obj):
        return None
    for path in _ENVELOPES:
        value: Any = obj
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if isinstance(value, list) and value and any(isinstance(v, dict) for v in value):
            return value
    # records keyed by their URL or id ({"https://...": {...}, ...}), in the file's order
    values = list(obj.values())
    if values and all(isinstance(v, dict) for v in values) and any(map(_has_body_field, values)):
        return values
    return None


def _has_body_field(obj: dict[str, Any]) -> bool:
    return any(obj.get(name) not in (None, "") for name in _HTML_FIELDS + _TEXT_FIELDS)


def _unwrapped(obj: dict[str, Any]) -> dict[str, Any]:
    """A record whose fields sit one level down: an Elasticsearch / OpenSearch hit (``_source``,
    as ``elasticdump`` and scroll exports write each line), a Guardian result (``fields``:
    ``body``, ``bodyText``, ``headline`` next to its own ``webUrl``, ``webTitle``)."""
    if _has_body_field(obj):
        return obj
    for key in ("_source", "fields"):
        inner = obj.get(key)
        if isinstance(inner, dict) and _has_body_field(inner):
            return {**obj, **inner}
    return obj


def _record_event(obj: dict[str, Any], origin: str, limits: ReadLimits) -> Event:
    """One JSON object as a page.  A record under max_line_bytes can still hold a page over
    max_page_bytes (the defaults are 64 MB and 20 MB): the page limit holds for every format."""
    try:
        event = _page_from_record(_unwrapped(obj), origin)
    except _BadField as exc:
        return Rejection(origin, "bad-record", str(exc))
    if isinstance(event, RawPage) and _body_bytes(event.body) > limits.max_page_bytes:
        return Rejection(origin, "too-large", f"page is over {mb(limits.max_page_bytes)}")
    if isinstance(event, RawPage) and event.url is None and _RECORD_ORIGIN.search(origin):
        # one record among many in a file: a line number is no identity
        event.record_key = record_key(event.site, event.raw_hash)
    return event


def _body_bytes(body: bytes | str) -> int:
    return len(body) if isinstance(body, bytes) else len(body.encode("utf-8", "replace"))


def _skip_rest_of_line(f: _Lines) -> None:
    """Read past the rest of an overlong line in chunks, never holding it whole."""
    while True:
        chunk = f.readline(DRAIN_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _record_from_line(line: bytes, origin: str, limits: ReadLimits) -> Event:
    try:
        obj = _loads(line.rstrip(b"\r\n"))
    except RecursionError:
        return Rejection(origin, "bad-json", "JSON nested too deeply")
    except json.JSONDecodeError as exc:
        # The decoder's "line 1 column N" would contradict the file line in ``origin``.
        return Rejection(origin, "bad-json", _json_error(exc, "column"))
    except ValueError as exc:  # UnicodeDecodeError: the line is not UTF-8/16/32
        return Rejection(origin, "bad-json", short(exc))
    if not isinstance(obj, dict):
        return Rejection(origin, "bad-record", f"line is a JSON {_json_type(obj)}, not an object")
    return _record_event(obj, origin, limits)


def _page_from_record(obj: dict[str, Any], origin: str) -> Event:
    html_body = _str_field(obj, _HTML_FIELDS)
    text_body = _text_field(obj)
    if text_body and _MARKUP.search(text_body):
        # A CMS export's body (WordPress's content.rendered, feeds' content:encoded) is HTML:
        # cleaned as a page, so its paragraphs and entities come out as text.
        html_body = html_body or f"<html><body>{text_body}</body></html>"
    url = _str_field(obj, _URL_FIELDS)
    source = _str_field(obj, (_SOURCE_FIELD,))
    if source and absolute_url(source):
        url, source = url or source, None
    fetched = _str_field(obj, _FETCHED_FIELDS)
    published, date_unread = declared_date(_first_present(obj, _PUBLISHED_FIELDS))
    title = _str_field(obj, _TITLE_FIELDS)
    language = _str_field(obj, _LANGUAGE_FIELDS)
    # Raw HTML wins over a crawler's extracted text: cleaning it ourselves keeps every source
    # comparable (same extractor, same template stripping).
    if html_body:
        kind: InputKind = "html"
        charset = charset_of(_str_field(obj, _CHARSET_FIELDS) or _header_charset(obj))
        body: bytes | str = _scrub(redecode(html_body, charset)).encode("utf-8")
    elif text_body:
        # "AT&amp;T" in a text field: a crawler that kept the page's entities
        text_body = html.unescape(text_body) if _ENTITY.search(text_body) else text_body
        kind, body = "text", _scrub(text_body)
    else:
        return Rejection(origin, "no-body", _no_body_detail(obj))
    url = absolute_url(url) or (url.strip() if url else None)
    return RawPage(
        origin=origin,
        kind=kind,
        body=body,
        url=url or None,
        fetched_at=iso_or_none(fetched),
        published=published,
        date_unread=date_unread,
        title=_plain_title(title),
        site=_site(obj, url, source),
        language=language.strip() if language else None,
    )


def _site(obj: dict[str, Any], url: str | None, source: str | None) -> str | None:
    """A record's site, as stored (:func:`clipper.sites.site_key`): a host one of its site
    fields gives (``domain``, ``hostname``, a ``site`` of ``bbc.com``), else its URL's host,
    else the name a site field gives (``BBC``, trafilatura's ``sitename`` "The Guardian").

    A name only when no host is known: the same outlet's HTML pages and WARC records are
    stored under their URL's host, and ``--site bbc.com`` must find its JSON records too (and
    a story must not count "BBC" and "bbc.com" as two outlets).
    """
    named: str | None = None
    for field in _SITE_FIELDS:
        value = _str_field(obj, (field,))
        if not value:
            continue
        key = site_key(value)
        if key and "." in key and " " not in key:
            return key
        named = named or value
    host = site_key(url) if url and "://" in url else None  # a relative URL names no host
    return host or site_key(named or source)


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


def _plain_title(title: str | None) -> str | None:
    """A record's headline as text: entities decoded ("O&#39;Brien", WordPress's "&#8217;"),
    inline tags dropped ("<em>"), whitespace runs made one space."""
    if not title:
        return None
    if "<" in title and _MARKUP_INLINE.search(title):
        title = lxml.html.fragment_fromstring(title, create_parent="span").text_content()
    elif "&" in title:
        title = html.unescape(title)
    return " ".join(title.split()) or None


def _field(obj: dict[str, Any], name: str) -> object:
    """``obj[name]``; a WordPress REST object ``{"rendered": "..."}`` gives its string, a named
    object (``{"@type": "Organization", "name": "..."}``, NewsAPI's ``{"id": .., "name": ..}``)
    its name, the New York Times' ``{"main": "...", "print_headline": ...}`` its main one."""
    value = obj.get(name)
    if isinstance(value, dict):
        for key in ("rendered", "name", "main"):
            if isinstance(value.get(key), str):
                return value[key]
    return value


def _first_present(obj: dict[str, Any], names: tuple[str, ...]) -> object:
    """The value of the first of ``names`` that is neither null nor a blank string."""
    for name in names:
        value = _field(obj, name)
        if value is not None and not (isinstance(value, str) and not value.strip()):
            return value
    return None


def _text_field(obj: dict[str, Any]) -> str | None:
    """The first text field: a string, or an array of paragraph strings (crawlers that keep
    paragraphs apart) joined by blank lines."""
    for name in _TEXT_FIELDS:
        value = _field(obj, name)
        if isinstance(value, list) and all(isinstance(p, str) for p in value):
            value = "\n\n".join(p.strip() for p in value if p.strip())
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if not isinstance(value, str):
            raise _BadField(
                f'field "{name}" is a JSON {_json_type(value)}, not a string or paragraphs'
            )
        return value
    return None


def _str_field(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` present with a non-blank value; null and "" count as absent
    (news-please writes null for every field it could not fill, the CC-News export an empty
    string); any type but string is an error."""
    for name in names:
        value = _field(obj, name)
        if value is None:
            continue
        if not isinstance(value, str):
            raise _BadField(f'field "{name}" is a JSON {_json_type(value)}, not a string')
        if value.strip():
            return _scrub(value)
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
    """Drop NULs (``\\u0000``: legal in JSON, never text, refused by PostgreSQL) and replace lone
    surrogates (legal in JSON, illegal in UTF-8) so the text can be stored."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")
    return text
