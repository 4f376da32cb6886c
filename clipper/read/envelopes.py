"""Where a record's fields sit: the records an API response or a search export holds
(:func:`enveloped`, :func:`empty_envelope`), a news API's error answer (:func:`api_error`), and
a record's fields one level down (:func:`unwrapped_record`: an Elasticsearch hit's
``_source``, a Guardian result's ``fields``, a Firecrawl page's ``metadata``, a crawl's WARC
headers, one item whose fields a scraper grouped into objects).  Keys are read under the names
clipper reads (:func:`renamed_fields`).
"""

from __future__ import annotations

from typing import Any

from clipper import graphemes
from clipper.read.fieldnames import BODY_FIELDS, KNOWN_NAMES, URL_FIELDS, field_name
from clipper.read.fieldvalues import is_value, value_of
from clipper.read.provenance import (
    absolute_url,
)

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
        if isinstance(value, dict) and _has_body_field(unwrapped_record(value)):
            # one record: Firecrawl's {"success": true, "data": {...}}; or one item naming
            # its page at the top and grouping its article below ({"url", "title", "data":
            # {"article": {"body"}}}): the top's own fields count, under the nested ones
            return [{**_own_fields(obj, path[0]), **value}]
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


def _own_fields(obj: dict[str, Any], wrapper: str) -> dict[str, Any]:
    """The fields clipper reads (strings and numbers, as given or as a JSON-LD value object,
    :func:`~clipper.read.fieldvalues.value_of`) of a top object that names a page of its own (an
    absolute address in a URL field), with those of its ``metadata`` (:func:`_with_metadata`:
    ``{"url", "data": {"html"}, "metadata": {"datePublished"}}``, where the date was lost): an
    item, not an API's answer; else none."""
    fields = _with_metadata(renamed_fields(obj))
    if not any(absolute_url(fields.get(name)) for name in URL_FIELDS):
        return {}
    return {
        key: value
        for key, value in fields.items()
        if key != wrapper
        and key in KNOWN_NAMES
        and isinstance(value_of(fields, key), str | int | float)
    }


def _nested_item(obj: dict[str, Any]) -> dict[str, Any] | None:
    """The one object of a record without a body field of its own that holds the body (the
    article of a Scrapy item written as ``{"meta": {"url", "crawled_at"}, "article":
    {"headline", "published", "body"}}``), or None.  Records keyed by their URL or id are not
    one item: their keys are URLs, or more than one of their objects has a body field (present,
    even empty)."""
    if any(isinstance(key, str) and absolute_url(key) for key in obj):
        return None
    nested = [renamed_fields(value) for value in obj.values() if isinstance(value, dict)]
    with_body = [value for value in nested if any(name in value for name in BODY_FIELDS)]
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
    return graphemes.cut(": ".join(said), 300) if said else None


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
    obj = renamed_fields(obj)
    return any(obj.get(name) not in (None, "") for name in BODY_FIELDS)


def renamed_fields(obj: dict[str, Any]) -> dict[str, Any]:
    """The record with its keys under the names clipper reads (:func:`field_name`: "Text",
    "URL", "Published At", "Überschrift" as text, url, published_at, title); a key already
    written as clipper reads it wins over one renamed onto it, and a key holding an object
    keeps its name (``"article": {...}`` is not the text field) unless it is one value
    (:func:`~clipper.read.fieldvalues.is_value`: ``"Published": {"@value": …}``)."""
    if all(key in KNOWN_NAMES or not isinstance(key, str) for key in obj):
        return obj
    renamed = {
        field_name(key)
        if isinstance(key, str) and (not isinstance(value, dict) or is_value(value))
        else key: value
        for key, value in obj.items()
    }
    renamed.update((key, value) for key, value in obj.items() if key in KNOWN_NAMES)
    return renamed


# Objects holding a capture's headers beside a record's text, read as the record's fields.
_CAPTURE_HEADERS = ("warc_headers", "warc-headers")


def _href(links: object) -> str | None:
    """The address of a Google Reader API link list (``[{"href": ..., "type": "text/html"}]``):
    the first HTML one's, else the first one's; None when it holds no absolute address."""
    if not isinstance(links, list):
        return None
    found = [link for link in links if isinstance(link, dict) and absolute_url(link.get("href"))]
    html = [link for link in found if str(link.get("type") or "text/html").startswith("text/html")]
    return str((html or found)[0]["href"]).strip() if found else None


def reader_item(obj: dict[str, Any]) -> dict[str, Any] | None:
    """An RSS reader's item in the Google Reader API's JSON (FreshRSS's "export starred",
    Inoreader's and The Old Reader's exports: ``canonical``/``alternate`` as ``[{"href"}]``
    lists, ``origin: {"streamId", "title", "htmlUrl"}``, ``crawlTimeMsec``, the text in
    ``content.content`` or ``summary.content``) as a record of the fields clipper reads:
    ``url`` the canonical link's address (else the HTML alternate's), ``site`` the feed's home
    page when the item gives no address, ``fetched_at`` the time the reader fetched it (epoch
    milliseconds), ``text`` the item's content, else its summary (HTML: read as a page).  None
    for a record of another shape (one without such a link list and an ``origin`` or
    ``crawlTimeMsec``)."""
    origin = obj.get("origin")
    url = _href(obj.get("canonical")) or _href(obj.get("alternate"))
    if not (
        isinstance(obj.get("canonical") or obj.get("alternate"), list)
        and (isinstance(origin, dict) or "crawlTimeMsec" in obj)
    ):
        return None
    item = {k: v for k, v in obj.items() if not isinstance(v, dict | list) and k != "id"}
    item["url"] = url
    if url is None and isinstance(origin, dict):
        item["site"] = origin.get("htmlUrl")
    crawled = obj.get("crawlTimeMsec")
    if isinstance(crawled, str) and crawled.strip().isdigit():
        item["fetched_at"] = int(crawled)
    for key in ("content", "summary"):
        body = obj.get(key)
        if isinstance(body, dict) and isinstance(body.get("content"), str):
            item["text"] = body["content"]
            break
    if isinstance(obj.get("author"), str):
        item["author"] = obj["author"]
    return item


def _with_metadata(obj: dict[str, Any]) -> dict[str, Any]:
    """The record with the fields of its ``metadata`` or ``meta`` object beside its own, its own
    winning (Firecrawl: ``{"markdown": ..., "metadata": {"title", "sourceURL", "language",
    ...}}``; RedPajama: ``{"text": ..., "meta": {"url", "timestamp", "language", "source"}}``)."""
    for key in ("metadata", "meta"):
        metadata = obj.get(key)
        if isinstance(metadata, dict) and not is_value(metadata):
            metadata = renamed_fields(metadata)
            obj = {**metadata, **{k: v for k, v in obj.items() if k != key}}
    return obj


def unwrapped_record(obj: dict[str, Any]) -> dict[str, Any]:
    """A record whose fields sit one level down: an Elasticsearch / OpenSearch hit (``_source``,
    as ``elasticdump`` and scroll exports write each line), a Guardian result (``fields``:
    ``body``, ``bodyText``, ``headline`` next to its own ``webUrl``, ``webTitle``); a Firecrawl
    page's ``metadata`` (its title, ``sourceURL``, language) beside its own fields."""
    obj = renamed_fields(obj)
    obj = _with_metadata(reader_item(obj) or obj)
    for key in _CAPTURE_HEADERS:
        headers = obj.get(key)
        if isinstance(headers, dict):
            # a crawl's WARC headers kept beside the text (OSCAR's {"content": ...,
            # "warc_headers": {"warc-target-uri", "warc-date"}}): the page's address and fetch
            obj = {**renamed_fields(headers), **{k: v for k, v in obj.items() if k != key}}
    if _has_body_field(obj):
        return obj
    for key in ("_source", "fields"):
        inner = obj.get(key)
        if isinstance(inner, dict) and _has_body_field(inner):
            inner = renamed_fields(inner)
            return {**obj, **inner}
    article = _nested_item(obj)
    if article is None:
        return obj
    # one item, its fields grouped into objects: the article's fields, then the record's own,
    # then the fields clipper reads of its other objects (the crawl's "meta": url, crawled_at)
    beside: dict[str, Any] = {}
    for value in obj.values():
        if isinstance(value, dict) and not is_value(value):
            for key, field_value in renamed_fields(value).items():
                if key in KNOWN_NAMES and key not in BODY_FIELDS:
                    beside.setdefault(key, field_value)
    own = {
        key: value for key, value in obj.items() if not isinstance(value, dict) or is_value(value)
    }
    return {**beside, **own, **article}
