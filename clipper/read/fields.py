"""A record's fields as a page: the field names of news-please, the CC-News export, Scrapy feeds
and other crawlers and APIs mapped onto a :class:`~clipper.page.RawPage`, for every format that
holds records (JSON and JSON Lines in :mod:`clipper.read.records`, CSV in
:mod:`clipper.read.tables`).

Field names, first present wins: the ``_*_FIELDS`` tables below (:func:`field_name` maps a
column header in another case onto them).  A blank or null value counts as absent.  A text
field may be a string or an array of paragraph strings; a publication date a string or a number
(epoch, ``20250311``), and one clipper cannot read leaves the page undated and is counted
(``RawPage.date_unread``); any other field of another JSON type than string rejects the record
(``bad-record``).  An array of one value is that value (Scrapy's ``ItemLoader`` writes every
field so); an array of several different strings in a one-value field rejects the record,
naming them.  :func:`enveloped` finds the records an API response holds; a record whose fields
sit in objects of their own (``{"meta": {...}, "article": {...}}``) is one record, the object
holding the body its article (:func:`_nested_item`).
"""

from __future__ import annotations

import functools
import html
import re
from typing import Any

import lxml.html

from clipper.config import ReadLimits
from clipper.entities import ENTITY, unescape
from clipper.page import InputKind, RawPage, Rejection, digest, record_key
from clipper.read.apicut import api_cut
from clipper.read.crawlstatus import error_status
from clipper.read.decoding import charset_of, page_head, redecode
from clipper.read.failures import Event, mb
from clipper.read.headers import localized_field
from clipper.read.markdown import markdown_html, written_in_markdown
from clipper.read.provenance import (
    absolute_url,
    base_url,
    declared_date,
    declared_url,
    iso_or_none,
    resolved_url,
)
from clipper.read.publisher import (
    google_news_target,
    own_address,
    publisher,
    without_publisher,
)
from clipper.sites import site_key
from clipper.urls import with_scheme

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
_HTML_FIELDS = ("html", "raw_html", "html_content", "content_html", "rawHtml")
# Markdown (Firecrawl, Crawl4AI, Jina Reader): rendered to HTML (clipper.read.markdown).
# Crawl4AI's ``fit_markdown`` (the article its content filter kept) before its whole page's
# ``markdown``/``raw_markdown`` (menus, related stories, comments): its 0.4 results write both
# at the top, its later ones ``markdown`` as an object holding both (:func:`_field`); 0.4's
# ``markdown_v2`` is that object.  Empty when no filter ran: then the whole page is read.
_MARKDOWN_FIELDS = ("fit_markdown", "markdown", "markdown_v2", "markdown_content", "raw_markdown")
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
_DESCRIPTION_FIELDS = ("description", "summary", "excerpt", "meta_description")
_URL_FIELDS = (
    "url",
    "link",
    "canonical_url",
    "source_url",
    "pageUrl",
    "page_url",
    "webUrl",
    "web_url",
    "sourceURL",
    "ogUrl",
    "canonical_link",  # newspaper3k / newspaper4k's Article
    "warc_target_uri",  # a WARC header kept as a field (OSCAR's "warc-target-uri")
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
    # C4's and RedPajama's (its "meta"): the Common Crawl capture's time, "2019-04-25T12:57:54Z"
    # (C4's dataset card: a crawl of the page, not its publication)
    "timestamp",
    "warc_date",  # the capture's time, a WARC header kept as a field (OSCAR's "warc-date")
)
# A publication time WordPress's REST API writes in UTC without saying so ("date_gmt"; its
# "date" is the site's local time): read before the other fields, as UTC.
_UTC_PUBLISHED_FIELDS = ("date_gmt",)
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
    "publishedTime",
    "pubdate",
    "pub_date",
    # Event Registry (newsapi.ai): the publisher's time when given, else when it found the
    # article; its "date" (listed above) is that time's day only (:func:`_publication_date`)
    "dateTimePub",
    "dateTime",
)

_TITLE_FIELDS = ("title", "headline", "title_page", "title_rss", "webTitle")
_LANGUAGE_FIELDS = (
    "language",
    "lang",
    "language_code",
    "locale",
    "inLanguage",
    "humanLanguage",
    "meta_lang",  # newspaper3k / newspaper4k
)
_SITE_FIELDS = (
    "source_domain",
    "publication",
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
# A record's author: news-please and newspaper4k write ``authors`` (an array of names),
# Scrapy feeds and schema.org records ``author`` (a name, an object with a ``name``, or an
# array of either), Readability and the Guardian's API ``byline``, feeds' Dublin Core
# ``creator``.  Read as the names, joined by "; " (trafilatura's own spelling of several
# authors); a value of another shape is ignored, never the page's loss.
_AUTHOR_FIELDS = ("authors", "author", "byline", "creator")

_CHARSET_FIELDS = ("content_type", "content-type", "Content-Type", "charset", "encoding")


_BODY_FIELDS = _HTML_FIELDS + _MARKDOWN_FIELDS + _TEXT_FIELDS

_FIELD_NAMES = {
    name.lower(): name
    for table in (
        _BODY_FIELDS,
        _DESCRIPTION_FIELDS,
        _URL_FIELDS,
        (_SOURCE_FIELD,),
        _FETCHED_FIELDS,
        _PUBLISHED_FIELDS,
        _UTC_PUBLISHED_FIELDS,
        _TITLE_FIELDS,
        _LANGUAGE_FIELDS,
        _SITE_FIELDS,
        _AUTHOR_FIELDS,
        _CHARSET_FIELDS[:1],
    )
    for name in table
}

URL_FIELDS = _URL_FIELDS


def known_field(name: str) -> bool:
    """Whether ``name`` (as :func:`field_name` gives it) is a field clipper reads other than
    the page's body: a title, URL, date, site, language, description."""
    return name in _FIELD_NAMES.values() and name not in _BODY_FIELDS


def body_field(name: str) -> bool:
    """Whether ``name`` (as :func:`field_name` gives it) holds a page's body (text, HTML)."""
    return name in _BODY_FIELDS


_KNOWN = frozenset(_FIELD_NAMES.values()) | set(_CHARSET_FIELDS) | {"metadata", "_source", "fields"}

# Block-level markup in a text field: the "text" is HTML (a CMS export), not a text dump.
_MARKUP = re.compile(
    r"<(?:p|div|br|h[1-6]|ul|ol|li|blockquote|figure|table|section|article)\b[^>]*>", re.I
)
# Block-level markup escaped as entities: "&lt;p&gt;", "&lt;br /&gt;".
_ESCAPED_MARKUP = re.compile(
    r"&lt;/?(?:p|div|br|h[1-6]|ul|ol|li|blockquote|figure|table|section|article)\b[^&]*?&gt;",
    re.I,
)
# Inline markup in a headline.
_MARKUP_INLINE = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^>]*>")


# Where an API response or a search export holds its records (a key path from the top object,
# first found wins): NewsAPI / GNews ``articles``, NewsData.io ``results``, The Guardian's
# ``response.results``, the New York Times' ``response.docs``, an Elasticsearch / OpenSearch
# search response's ``hits.hits``, Diffbot's Article and Analyze API ``objects``, and the
# generic names of JSON APIs.
_ENVELOPES = (
    ("articles",),
    ("objects",),
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
# The Common Crawl dump a web-corpus record names (FineWeb's ``"dump": "CC-MAIN-2013-20"``): its
# ``date`` is then the crawl's ("crawl date (from CommonCrawl)", FineWeb's dataset card), the
# fetch time, never the page's publication.
_CRAWL_DUMP = re.compile(r"CC-MAIN-\d{4}-\d{2}")
_CRAWL_DATE_FIELD = "date"
# A time of day a record gives apart from its day-only date (a Scrapy item's "time": "06:10 PM"
# beside "date": "14 मई 2025"; Event Registry's "time"), read with that day.
_TIME_FIELDS = ("time", "publish_time", "published_time", "pub_time")
# A value that is a time of day and nothing else ("06:10 PM", "13h00", "14:05 hrs.",
# "06:10:00", "18:10 WIB"): at most a zone after it, no day.
_TIME_ONLY = re.compile(
    r"\s*\d{1,2}(?:[:.h]\s?\d{2}(?::\d{2})?|\s?h)\s*(?:[ap]\.?\s?m\.?|hrs?\.?|uhr|h)?\s*"
    r"(?:\(?[A-Za-z]{2,5}\)?|[+\-−]\d{1,2}(?::?\d{2})?)?\s*",
    re.IGNORECASE,
)


class _BadField(Exception):
    """A JSONL field has the wrong type; the message names it."""


def enveloped(obj: dict[str, Any]) -> list[Any] | None:
    """The records of an API response or a search export (:data:`_ENVELOPES`): a top object
    with no body field of its own holding a non-empty array of objects, or whose every value is
    an object and one a record; else None."""
    if _has_body_field(obj):
        return None
    for path in _ENVELOPES:
        value = _at(obj, path)
        if isinstance(value, list) and value and any(isinstance(v, dict) for v in value):
            return value
        if isinstance(value, dict) and _has_body_field(_unwrapped(value)):
            return [value]  # one record: Firecrawl's {"success": true, "data": {...}}
    # records keyed by their URL or id ({"https://...": {...}, ...}), in the file's order; not
    # one item whose fields a scraper grouped into objects ({"meta": {url}, "article": {...}}:
    # :func:`_nested_item`)
    values = list(obj.values())
    if (
        values
        and all(isinstance(v, dict) for v in values)
        and any(map(_has_body_field, values))
        and _nested_item(obj) is None
    ):
        return values
    return None


def _nested_item(obj: dict[str, Any]) -> dict[str, Any] | None:
    """The one object of a record without a body field of its own that holds the body (the
    article of a Scrapy item written as ``{"meta": {"url", "crawled_at"}, "article":
    {"headline", "published", "body"}}``), or None.  Records keyed by their URL or id are not
    one item: their keys are URLs, or more than one of their objects has a body field (present,
    even empty)."""
    if any(isinstance(key, str) and absolute_url(key) for key in obj):
        return None
    nested = [_named(value) for value in obj.values() if isinstance(value, dict)]
    with_body = [value for value in nested if any(name in value for name in _BODY_FIELDS)]
    if len(with_body) != 1 or not _has_body_field(with_body[0]):
        return None
    return with_body[0]


def empty_envelope(obj: dict[str, Any]) -> str | None:
    """The key path (``"articles"``, ``"response.results"``) of an API response holding no
    records (a search with no hits, a page past the last one), else None."""
    if _has_body_field(obj):
        return None
    for path in _ENVELOPES:
        if _at(obj, path) == []:
            return ".".join(path)
    return None


# How a news API answers an error instead of results: NewsAPI's {"status": "error", "code":
# "rateLimited", "message": …}, GNews' {"errors": [...]}, an {"error": {"code", "message"}}
# object; webz.io's and others' "warnings" beside an empty result.
_ERROR_STATUSES = frozenset({"error", "fail", "failed", "failure"})


def api_error(obj: dict[str, Any]) -> str | None:
    """What a news API says went wrong, when ``obj`` is its error answer rather than a record
    or results (a rate limit, a plan's quota, a bad key): "rateLimited: You have made too many
    requests…", else None.  A record with a text field is never one."""
    if _has_body_field(obj):
        return None
    said: list[str] = []
    status = obj.get("status")
    error = obj.get("error") if obj.get("error") not in (None, "", False) else obj.get("errors")
    if (isinstance(status, str) and status.strip().lower() in _ERROR_STATUSES) or error:
        for value in (obj.get("code"), obj.get("message"), error):
            said += _messages(value)
    elif isinstance(obj.get("warnings"), list | str):
        said += _messages(obj.get("warnings"))
    said = list(dict.fromkeys(m for m in said if m))
    return ": ".join(said)[:300] if said else None


def _messages(value: Any) -> list[str]:
    """The strings an API's error field holds (a string, a list of them, an object's
    ``code``/``message``), single-spaced."""
    if isinstance(value, str):
        return [" ".join(value.split())]
    if isinstance(value, list):
        return [m for item in value[:3] for m in _messages(item)]
    if isinstance(value, dict):
        return [m for key in ("code", "type", "message", "info") for m in _messages(value.get(key))]
    return []


def _at(obj: dict[str, Any], path: tuple[str, ...]) -> Any:
    """The value at a key path of nested objects, or None."""
    value: Any = obj
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _has_body_field(obj: dict[str, Any]) -> bool:
    obj = _named(obj)
    return any(obj.get(name) not in (None, "") for name in _BODY_FIELDS)


def _named(obj: dict[str, Any]) -> dict[str, Any]:
    """The record with its keys under the names clipper reads (:func:`field_name`: "Text",
    "URL", "Published At", "Überschrift" as text, url, published_at, title); a key already
    written as clipper reads it wins over one renamed onto it, and a key holding an object
    keeps its name (``"article": {...}`` is not the text field)."""
    if all(key in _KNOWN or not isinstance(key, str) for key in obj):
        return obj
    renamed = {
        field_name(key) if isinstance(key, str) and not isinstance(value, dict) else key: value
        for key, value in obj.items()
    }
    renamed.update((key, value) for key, value in obj.items() if key in _KNOWN)
    return renamed


# Objects holding a capture's headers beside a record's text, read as the record's fields.
_CAPTURE_HEADERS = ("warc_headers", "warc-headers")


def _unwrapped(obj: dict[str, Any]) -> dict[str, Any]:
    """A record whose fields sit one level down: an Elasticsearch / OpenSearch hit (``_source``,
    as ``elasticdump`` and scroll exports write each line), a Guardian result (``fields``:
    ``body``, ``bodyText``, ``headline`` next to its own ``webUrl``, ``webTitle``); a Firecrawl
    page's ``metadata`` (its title, ``sourceURL``, language) beside its own fields."""
    obj = _named(obj)
    for key in ("metadata", "meta"):
        metadata = obj.get(key)
        if isinstance(metadata, dict):
            metadata = _named(metadata)
            # Firecrawl: {"markdown": ..., "metadata": {"title", "sourceURL", "language", ...}};
            # RedPajama: {"text": ..., "meta": {"url", "timestamp", "language", "source"}}
            obj = {**metadata, **{k: v for k, v in obj.items() if k != key}}
    for key in _CAPTURE_HEADERS:
        headers = obj.get(key)
        if isinstance(headers, dict):
            # a crawl's WARC headers kept beside the text (OSCAR's {"content": ...,
            # "warc_headers": {"warc-target-uri", "warc-date"}}): the page's address and fetch
            obj = {**_named(headers), **{k: v for k, v in obj.items() if k != key}}
    if _has_body_field(obj):
        return obj
    for key in ("_source", "fields"):
        inner = obj.get(key)
        if isinstance(inner, dict) and _has_body_field(inner):
            inner = _named(inner)
            return {**obj, **inner}
    article = _nested_item(obj)
    if article is None:
        return obj
    # one item, its fields grouped into objects: the article's fields, then the record's own,
    # then the fields clipper reads of its other objects (the crawl's "meta": url, crawled_at)
    beside: dict[str, Any] = {}
    for value in obj.values():
        if isinstance(value, dict):
            for key, field_value in _named(value).items():
                if key in _KNOWN and key not in _BODY_FIELDS:
                    beside.setdefault(key, field_value)
    own = {key: value for key, value in obj.items() if not isinstance(value, dict)}
    return {**beside, **own, **article}


def record_event(obj: dict[str, Any], origin: str, limits: ReadLimits) -> Event:
    """One record (a JSON object, a CSV row as a dict) as a page, or the rejection saying why
    it is none (``no-body``, ``bad-record``, ``too-large``).  A record under max_line_bytes can
    still hold a page over max_page_bytes (the defaults are 64 MB and 20 MB): the page limit
    holds for every format."""
    record = _unwrapped(obj)
    refused = error_status(record)
    if refused is not None:  # the crawler says the address answered 4xx/5xx: no article
        url = _url_of(record)
        return Rejection(origin, "http-error", f"{refused}: {url or 'no address'}", url)
    try:
        event = _page_from_record(record, origin)
    except _BadField as exc:
        return Rejection(origin, "bad-record", str(exc), _url_of(record))
    if isinstance(event, Rejection) and event.url is None:
        event = Rejection(event.origin, event.reason, event.detail, _url_of(record))
    if isinstance(event, RawPage) and _body_bytes(event.body) > limits.max_page_bytes:
        return Rejection(
            origin, "too-large", f"page is over {mb(limits.max_page_bytes)}", event.url
        )
    if isinstance(event, RawPage) and event.url is None and _RECORD_ORIGIN.search(origin):
        # one record among many in a file: a line number is no identity
        event.record_key = record_key(event.site, event.raw_hash)
    return event


def _url_of(record: dict[str, Any]) -> str | None:
    """The address a rejected record names (so ``clipper show URL`` and ``rejections --url``
    find its rejection), or None."""
    for name in (*_URL_FIELDS, _SOURCE_FIELD):
        value = _field(record, name)
        if isinstance(value, str) and absolute_url(value.strip()):
            return google_news_target(value) or value.strip()
    return None


def _body_bytes(body: bytes | str) -> int:
    return len(body) if isinstance(body, bytes) else len(body.encode("utf-8", "replace"))


def _page_from_record(obj: dict[str, Any], origin: str) -> Event:
    html_raw = _raw_str_field(obj, _HTML_FIELDS)
    # scrubbed (_scrub), with its bytes
    html_field, html_bytes = (None, b"") if html_raw is None else _scrub_encoded(html_raw)
    html_body = html_field
    markdown = _str_field(obj, _MARKDOWN_FIELDS)
    # what identifies the input when the page is rendered from it (RawPage.raw_hash)
    given = ""
    if markdown and not html_body:
        # the record's og:/article: metadata (Crawl4AI's) as the page's meta tags
        html_body = markdown_html(markdown, _str_field(obj, _TITLE_FIELDS), obj)
        # known by its Markdown and title as given, not by the page rendered from them: a
        # rendering changed between releases (whole-page menus dropped: 7bb79be) makes no new
        # version of a record read again
        given = digest(f"{markdown}\n{_str_field(obj, _TITLE_FIELDS) or ''}")
    text_body = _text_field(obj)
    # an API's stub ("… [+1166 chars]"): the article's opening, read as a page cut short
    text_body, cut = api_cut(text_body) if text_body else (text_body, None)
    if text_body and not _MARKUP.search(text_body) and _ESCAPED_MARKUP.search(text_body):
        # HTML escaped once more ("&lt;p&gt;"): an export that encoded its CMS's HTML body
        text_body = html.unescape(text_body)
    if text_body and not html_body and not _MARKUP.search(text_body) and written_in_markdown(
        text_body
    ):
        # Markdown in a text field (Jina Reader's JSON ``content``): rendered, as a Markdown
        # field is, so no "[…](https://…)" is left in the text
        markdown, html_body = text_body, markdown_html(
            text_body, _str_field(obj, _TITLE_FIELDS), obj
        )
    if text_body and _MARKUP.search(text_body):
        # A CMS export's body (WordPress's content.rendered, feeds' content:encoded) is HTML:
        # cleaned as a page, so its paragraphs and entities come out as text.
        html_body = html_body or f"<html><body>{text_body}</body></html>"
    url = _str_field(obj, _URL_FIELDS)
    source, home = _source(obj)
    if source and absolute_url(source):
        url, source = url or source, None
    # a Google News link that holds the publisher's address: the page's own address
    url = google_news_target(url) or url
    url = own_address(obj, url) or url
    fetched = _str_field(obj, _FETCHED_FIELDS)
    if _names_crawl_dump(obj):
        fetched = fetched or _str_field(obj, (_CRAWL_DATE_FIELD,))
        published, date_unread = _publication_date(obj, skip=_CRAWL_DATE_FIELD)
    else:
        published, date_unread = _publication_date(obj)
    title = _str_field(obj, _TITLE_FIELDS)
    if isinstance(obj.get(_SOURCE_FIELD), dict):  # "… tritt zurück - WAZ" (Google News RSS)
        title = without_publisher(title, source)
    language = _str_field(obj, _LANGUAGE_FIELDS)
    # Raw HTML wins over a crawler's extracted text: cleaning it ourselves keeps every source
    # comparable (same extractor, same template stripping).
    if html_body:
        kind: InputKind = "html"
        charset = charset_of(_str_field(obj, _CHARSET_FIELDS) or _header_charset(obj))
        # the HTML field as read is scrubbed already: not scanned twice (a page is ~300 KB)
        redecoded = redecode(html_body, charset)
        body: bytes | str = (
            html_bytes if redecoded is html_field else _scrub_encoded(redecoded)[1]
        )
    elif text_body:
        # "AT&amp;T" in a text field: a crawler that kept the page's entities
        text_body = html.unescape(text_body) if ENTITY.search(text_body) else text_body
        kind, body = "text", _scrub(text_body)
    else:
        return Rejection(origin, "no-body", _no_body_detail(obj))
    if html_field or markdown:
        cut = None  # the page's own HTML or Markdown is read, not the API's stub
    if url and not absolute_url(url):
        # an address the crawler wrote without its scheme ("www.site.com/a", "//site.com/a")
        url = with_scheme(url, _site(obj, None, source)) or url
    if url and not absolute_url(url) and isinstance(body, bytes):
        # a scraper that kept the page's relative address ("/news/ferry"): resolved against
        # the page's own <base href> or canonical URL, as a browser would
        head = page_head(body)
        url = resolved_url(url, base_url(head) or declared_url(head)) or url
    elif isinstance(body, bytes):
        # the page's own canonical link or og:url: a record's address on the same site names
        # the page less well (tracking parameters), one without an address not at all; as for
        # a saved page's file (clipper.read.pages) and a crawl's record (clipper.read.warc)
        url = declared_url(page_head(body), absolute_url(url)) or url
    url = absolute_url(url) or identifier(url)
    return RawPage(
        origin=origin,
        kind=kind,
        body=body,
        url=url or None,
        fetched_at=iso_or_none(fetched),
        published=published,
        date_unread=date_unread,
        title=_plain_title(title),
        site=_site(obj, home or url, source),
        language=language.strip() if language else None,
        author=_author(obj),
        partial=cut,
        # without an address the record is known by its page's hash (its record key)
        raw_hash=given if url else "",
    )


def _source(obj: dict[str, Any]) -> tuple[str | None, str | None]:
    """The record's ``source`` as ``(name or address, publisher's home page)``: a string (an
    outlet's name, trafilatura's URL), or a publisher object (:func:`publisher`: NewsAPI's
    ``{"id", "name"}``, feedparser's ``{"href", "title"}``, GNews' ``{"name", "url"}``), which
    never refuses the record, whatever else it holds."""
    value = obj.get(_SOURCE_FIELD)
    if isinstance(value, dict):
        name, home = publisher(value)
        return (_scrub(name) if name else None), home
    return _str_field(obj, (_SOURCE_FIELD,)), None


def _author(obj: dict[str, Any]) -> str | None:
    """The names the first author field gives (:data:`_AUTHOR_FIELDS`), joined by "; ": a
    string, an object's ``name``, or an array of those; None when it gives none."""
    names = [" ".join(_scrub(name).split()) for name in _names(_first_present(obj, _AUTHOR_FIELDS))]
    return "; ".join(dict.fromkeys(names)) or None


def _names(value: object, depth: int = 0) -> list[str]:
    """The names an author field gives: a string, an object's ``name`` (or its own author
    field: a byline object ``{"authors": [{"name": ...}]}``), or an array of those."""
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, list) and depth < 3:
        return [name for item in value for name in _names(item, depth + 1)]
    if isinstance(value, dict) and depth < 3:
        if isinstance(value.get("name"), str):
            return _names(value["name"], depth + 1)
        inner = _first_present(_named(value), _AUTHOR_FIELDS)
        return _names(inner, depth + 1) if inner is not value else []
    return []


# A scraper's placeholder where a link's target was not resolved: no page's address.
_PLACEHOLDER = re.compile(r"(?:javascript|about|data|blob|mailto|tel):|#", re.IGNORECASE)
_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*:", re.IGNORECASE)


def identifier(value: str | None) -> str | None:
    """A record's non-http ``url`` kept as its identity when it is one: a URI with a scheme of
    its own (``urn:newsml:…``, ``tag:…``), else None.  A placeholder a scraper left for a link
    it did not resolve (``javascript:void(0)``, ``about:blank``, ``#``) or a relative path that
    nothing resolved (``/news/article.html``, ``www.example.com/a``) names no page: such
    records of different sites were stored as versions of one "page".  Without it, the record
    is known by its site and its bytes, as a record without a URL is."""
    value = (value or "").strip()
    if not value or _PLACEHOLDER.match(value) or not _SCHEME.match(value):
        return None
    return value


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
        raw = obj.get(field)
        # a publisher object: its home page's host, else its name (never a bad record)
        value = _publisher_site(raw) if isinstance(raw, dict) else _str_field(obj, (field,))
        if not value:
            continue
        key = site_key(value)
        if key and "." in key and " " not in key:
            return key
        named = named or value
    host = site_key(url) if url and "://" in url else None  # a relative URL names no host
    return host or site_key(named or source)


def _publisher_site(value: dict[str, Any]) -> str | None:
    """A publisher object in a site field as the site it names: its home page, else its
    name, else None (:func:`publisher`)."""
    name, home = publisher(value)
    return home or (_scrub(name) if name else None)


def _no_body_detail(obj: dict[str, Any]) -> str:
    """Why a record has no page: its body fields are empty, or it has none clipper reads."""
    description = _str_field(obj, _DESCRIPTION_FIELDS)
    present = [name for name in _BODY_FIELDS if name in obj]
    if present:
        detail = f"empty {'/'.join(present)} field{'s' if len(present) > 1 else ''}"
    else:
        names = ", ".join(sorted(obj)[:8]) + (", …" if len(obj) > 8 else "")
        detail = (
            f"no text field (record has: {names or 'no fields'}; "
            f"clipper reads {'/'.join(_BODY_FIELDS)})"
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
    if "&" in title:
        title = unescape(title)  # a title escaped twice ("&amp;#039;") too
    return " ".join(title.split()) or None


def _field(obj: dict[str, Any], name: str) -> object:
    """``obj[name]``; a WordPress REST object ``{"rendered": "..."}`` gives its string, a named
    object (``{"@type": "Organization", "name": "..."}``, NewsAPI's ``{"id": .., "name": ..}``)
    its name, the New York Times' ``{"main": "...", "print_headline": ...}`` its main one,
    Crawl4AI's ``{"raw_markdown": "...", "fit_markdown": ..., "markdown_with_citations": ...}``
    its ``fit_markdown`` (the article its content filter kept) when that holds any text, else
    its whole page's ``raw_markdown``; MongoDB's ``{"$date": ...}`` its date
    (:func:`_extended_json_date`)."""
    value = _one(obj.get(name))
    if isinstance(value, dict) and "$date" in value:
        return _extended_json_date(value["$date"])
    if isinstance(value, dict):
        fit = value.get("fit_markdown")
        if isinstance(fit, str) and fit.strip():
            return fit
        for key in ("rendered", "name", "main", "raw_markdown", "text"):
            if isinstance(value.get(key), str):
                return value[key]
        # a body object holding its paragraphs ({"paragraphs": ["...", "..."]})
        if isinstance(value.get("paragraphs"), list):
            return value["paragraphs"]
    return value


def _extended_json_date(value: object) -> object:
    """A date as MongoDB's Extended JSON writes it (``mongoexport``: ``{"$date":
    "2017-12-01T19:38:11.000Z"}``, or in its canonical form ``{"$date": {"$numberLong":
    "1512157091000"}}``, epoch milliseconds): the ISO string, or the epoch as a number."""
    if isinstance(value, dict) and isinstance(value.get("$numberLong"), str):
        number = value["$numberLong"].strip()
        return int(number) if re.fullmatch(r"-?\d{1,19}", number) else None
    return value


def _one(value: object) -> object:
    """A field's value as one value: an array of one value (what a Scrapy ``ItemLoader``
    without ``TakeFirst()`` writes for every field: ``"url": ["https://..."]``), or of the same
    string repeated (a selector that matched twice), is that value; anything else (an empty
    array too) is as it is."""
    if not isinstance(value, list):
        return value
    if len(value) == 1:
        return value[0]
    if all(isinstance(item, str) for item in value) and len({v.strip() for v in value}) == 1:
        return value[0]
    return value


def _names_crawl_dump(obj: dict[str, Any]) -> bool:
    """Whether the record names the Common Crawl dump it comes from (:data:`_CRAWL_DUMP`)."""
    dump = obj.get("dump")
    return isinstance(dump, str) and _CRAWL_DUMP.fullmatch(dump.strip()) is not None


def _publication_date(obj: dict[str, Any], skip: str = "") -> tuple[str | None, str | None]:
    """The record's publication date as :func:`declared_date` reads it: of the first
    publication field present (:data:`_PUBLISHED_FIELDS`; not ``skip``), or, when that gives
    only a day, of a later one giving a time of day on that same day (Event Registry's
    ``"date": "2026-12-03"`` beside ``"dateTime": "2026-12-03T06:10:00Z"``), else that day at
    the time of day a time field gives alone (:data:`_TIME_FIELDS`: ``"date": "14 मई 2025"``
    beside ``"time": "06:10 PM"``): the most precise value the record's fields agree on.  A
    later field naming another day is passed over (two fields that disagree: the first one's
    day is kept, as before).  A UTC field (:data:`_UTC_PUBLISHED_FIELDS`) comes first, its
    zone said ("2024-01-05T10:00:00" → "2024-01-05T10:00:00Z")."""
    utc = _first_present(obj, _UTC_PUBLISHED_FIELDS)
    if isinstance(utc, str) and _ZONELESS_ISO.fullmatch(utc.strip()):
        return declared_date(f"{utc.strip()}Z")
    present = [
        value
        for name in _PUBLISHED_FIELDS
        if name != skip
        and (value := _field(obj, name)) is not None
        and not (isinstance(value, str) and not value.strip())
    ]
    if not present:
        return None, None
    published, unread = declared_date(present[0])
    if published is None or len(published) > 10:
        return published, unread
    for value in present[1:]:
        finer, _ = declared_date(value)
        if finer is not None and len(finer) > 10 and finer[:10] == published:
            return finer, None
    time = _first_present(obj, _TIME_FIELDS)
    if isinstance(time, str) and _TIME_ONLY.fullmatch(time):
        # the day's time given apart: read together ("2025-05-14 06:10 PM"), as one value is
        finer, _ = declared_date(f"{published} {time.strip()}")
        if finer is not None and len(finer) > 10 and finer[:10] == published:
            return finer, None
    return published, unread


# An ISO 8601 date and time without a zone.
_ZONELESS_ISO = re.compile(r"\d{4}-\d\d-\d\d[T ]\d\d:\d\d(?::\d\d(?:\.\d+)?)?")


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
                f'field "{name}" is a JSON {json_type(value)}, not a string or paragraphs'
            )
        return value
    return None


def _str_field(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` present with a non-blank value; null and "" count as absent
    (news-please writes null for every field it could not fill, the CC-News export an empty
    string); any type but string is an error."""
    value = _raw_str_field(obj, names)
    return None if value is None else _scrub(value)


def _raw_str_field(obj: dict[str, Any], names: tuple[str, ...]) -> str | None:
    """:func:`_str_field` before :func:`_scrub`."""
    for name in names:
        value = _field(obj, name)
        if value is None:
            continue
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            shown = ", ".join(f'"{_shown(v)}"' for v in value[:2])
            raise _BadField(
                f'field "{name}" holds {len(value)} different values ({shown}'
                f'{", …" if len(value) > 2 else ""}), not one'
            )
        if not isinstance(value, str):
            raise _BadField(f'field "{name}" is a JSON {json_type(value)}, not a string')
        if value.strip():
            return value
    return None


def _shown(value: str) -> str:
    value = " ".join(value.split())
    return value if len(value) <= 40 else value[:39] + "…"


def json_type(value: object) -> str:
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
    return _scrub_encoded(text)[0]


def _scrub_encoded(text: str) -> tuple[str, bytes]:
    """:func:`_scrub` of ``text`` and its UTF-8 bytes: the check that it encodes is its
    encoding (an HTML field, ~300 KB, was encoded once to check it and again as the body)."""
    if "\x00" in text:
        text = text.replace("\x00", "")
    try:
        return text, text.encode("utf-8")
    except UnicodeEncodeError:
        encoded = text.encode("utf-8", "replace")
        return encoded.decode("utf-8"), encoded


def body_field_names() -> tuple[str, ...]:
    """The field names a record's page may come from (HTML, Markdown, text)."""
    return _BODY_FIELDS


@functools.lru_cache(maxsize=4096)
def field_name(header: str) -> str:
    """The field name clipper reads for a column header written in another case, with blanks
    around it or for underscores ("Title", " URL ", "Date_Publish", "Published At"), or in
    another language or a tool's spelling ("Überschrift", "contenu", "Full Text":
    :mod:`clipper.read.headers`), else the header as written."""
    name = header.strip()
    lower = name.lower()
    return (
        _FIELD_NAMES.get(lower)
        or _FIELD_NAMES.get(re.sub(r"[\s-]+", "_", lower))
        or localized_field(name)
        or name
    )
