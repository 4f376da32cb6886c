"""The HTTP status a crawler states beside the page it saved: a 4xx or 5xx answer is no article
(a site's "not found" page, an error page, an article taken down), whatever the page's wording
and language, as a WARC response with such a status is (``warc-http-error``).

Where crawlers state it:

- Firecrawl: ``metadata.statusCode`` (and ``metadata.error``, "Not Found");
- Crawl4AI: ``status_code`` (and ``error_message``);
- Zyte API, ScrapingBee-style APIs, Apify actors: ``statusCode`` / ``status``; Apify's Website
  Content Crawler: ``crawl.httpStatusCode``;
- Jina Reader: the header line ``Warning: Target URL returned error 404: Not Found`` (its JSON
  answer: ``data.warning``), read by :func:`jina_status`.

A status field holding no three-digit HTTP status (NewsAPI's envelope ``"status": "ok"``, Jina's
own ``"status": 20000``, a CMS's ``"status": "publish"``) says nothing of the page.
"""

from __future__ import annotations

import re
from http import HTTPStatus
from typing import Any

from clipper import graphemes

# Field names a record states the HTTP status of its page under, first present wins.
STATUS_FIELDS = ("statusCode", "status_code", "httpStatusCode", "http_status", "status")
# Nested objects a crawler keeps its fetch's facts in (Apify's Website Content Crawler).
_FETCH_OBJECTS = ("crawl",)
# The crawler's words for the error beside the status (Firecrawl's "error", Crawl4AI's).
_ERROR_FIELDS = ("error", "error_message")
# Jina Reader's warning line: "Target URL returned error 404: Not Found".
_JINA_WARNING = re.compile(r"Target URL returned error (\d{3})\b(?::\s*(.*))?", re.IGNORECASE)


def jina_status(warning: str) -> int | None:
    """The HTTP status Jina Reader's ``Warning:`` line (or JSON ``warning``) names, else
    None ("This is a cached snapshot…" names none)."""
    found = _JINA_WARNING.search(warning)
    return int(found.group(1)) if found else None


def error_status(record: dict[str, Any]) -> str | None:
    """Why ``record`` is no page, when its crawler states a 4xx/5xx HTTP status for it:
    "the crawler reports HTTP 404 Not Found"; None for a 2xx/3xx status or none stated."""
    status = _status(record)
    if status is None or not 400 <= status <= 599:
        return None
    words = next(
        (
            graphemes.cut(" ".join(value.split()), 80)
            for name in _ERROR_FIELDS
            if isinstance(value := record.get(name), str) and value.strip()
        ),
        None,
    )
    if words is None:
        try:
            words = HTTPStatus(status).phrase
        except ValueError:
            words = ""
    return f"the crawler reports HTTP {status}{' ' + words if words else ''}"


def _status(record: dict[str, Any]) -> int | None:
    for holder in (record, *(record.get(name) for name in _FETCH_OBJECTS)):
        if not isinstance(holder, dict):
            continue
        for name in STATUS_FIELDS:
            status = _http_status(holder.get(name))
            if status is not None:
                return status
    warning = record.get("warning")
    return jina_status(warning) if isinstance(warning, str) else None


def _http_status(value: object) -> int | None:
    """A three-digit HTTP status (100-599) as a number or a string of digits, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value.strip())
    if isinstance(value, int) and 100 <= value <= 599:
        return value
    return None
