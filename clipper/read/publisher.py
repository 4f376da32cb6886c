"""Who published a record's page and at what address, when its fields name them apart from the
address the scraper followed: an RSS item's publisher, an aggregator's redirect, a crawler's
address after redirects, a page's own canonical link.

- A publisher object (:func:`publisher`): feedparser's form of RSS ``<source url="…">WAZ</source>``
  (``{"href", "title"}``, what Google News RSS gives for every item), GNews' ``{"name", "url"}``,
  NewsAPI's ``{"id", "name"}``, schema.org's ``{"@type": "Organization", "name", "url"}``: its
  name, and its home page, whose host is the outlet's site.
- The page's own address (:func:`own_address`): where the crawler's fetch ended after redirects
  (Diffbot's ``resolvedPageUrl``, Crawl4AI's ``redirected_url``, Apify's ``crawl.loadedUrl``)
  is the address the page came from; the page's canonical link (newspaper4k's
  ``canonical_link``, a ``canonical_url``) names it when it is on that address's publisher's
  site (not its front page), or when that address is an aggregator's redirect
  (``news.google.com/rss/articles/…``, ``t.co/…``), which names no page of its own.
- A headline as Google News RSS writes it, the publisher appended ("… tritt zurück - WAZ"):
  :func:`without_publisher`.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from clipper.read.provenance import absolute_url, is_home_page, same_publisher

# Where a crawler states the address its fetch ended at, after redirects (first present wins).
# Diffbot's ``resolvedPageUrl``, Crawl4AI's ``redirected_url``, Apify's ``crawl.loadedUrl``.
RESOLVED_FIELDS = (
    "resolvedPageUrl",
    "redirected_url",
    "resolved_url",
    "final_url",
    "finalUrl",
    "loadedUrl",
)
# Nested objects a crawler keeps its fetch's facts in (Apify's Website Content Crawler).
_FETCH_OBJECTS = ("crawl",)
# Where a record states the page's own canonical address (newspaper3k/4k, exports).
CANONICAL_FIELDS = ("canonical_link", "canonical_url", "canonicalUrl")

# Addresses that only redirect to a publisher's page: an aggregator's or a shortener's
# (host, path prefix).  Google News RSS links ("/rss/articles/CBMi…?oc=5") and its web links.
_REDIRECTS = (
    ("news.google.com", ("/rss/articles/", "/articles/", "/__i/rss/rd/articles/", "/read/")),
    ("feedproxy.google.com", ("/",)),
    ("t.co", ("/",)),
    ("bit.ly", ("/",)),
    ("ow.ly", ("/",)),
    ("lnkd.in", ("/",)),
    ("dlvr.it", ("/",)),
    ("buff.ly", ("/",)),
)

# A publisher object's name and home page fields.
_NAME_KEYS = ("name", "title")
_HOME_KEYS = ("href", "url", "@id", "homepage")


def publisher(value: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(name, home page)`` of a publisher object, each None when it gives none (the home page
    an absolute ``http(s)`` URL)."""
    name = next(
        (v.strip() for k in _NAME_KEYS if isinstance(v := value.get(k), str) and v.strip()),
        None,
    )
    home = next(
        (
            v.strip()
            for k in _HOME_KEYS
            if isinstance(v := value.get(k), str) and absolute_url(v.strip())
        ),
        None,
    )
    return name, home


def is_redirect(url: str) -> bool:
    """Whether ``url`` is an aggregator's or a shortener's redirect (:data:`_REDIRECTS`), an
    address that names no page of its own."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().removeprefix("www.")
    return any(
        host == name and parts.path.startswith(prefixes) for name, prefixes in _REDIRECTS
    )


def own_address(record: dict[str, Any], address: str | None) -> str | None:
    """The page's own address when ``record`` names one better than ``address`` (the one its
    URL field gives): where the fetch ended after redirects, else its canonical link on that
    site, or any canonical link when ``address`` is a redirect; None to keep ``address``."""
    resolved = _first_url(record, RESOLVED_FIELDS) or next(
        (
            found
            for name in _FETCH_OBJECTS
            if isinstance(inner := record.get(name), dict)
            and (found := _first_url(inner, RESOLVED_FIELDS))
        ),
        None,
    )
    came_from = resolved or address
    canonical = _first_url(record, CANONICAL_FIELDS)
    if (
        canonical
        and came_from
        and canonical != came_from
        and not is_home_page(canonical)  # a template's canonical at the front page
        and (is_redirect(came_from) or same_publisher(canonical, came_from))
    ):
        return canonical
    if resolved and resolved != address and not is_redirect(resolved):
        return resolved
    return None


def without_publisher(title: str | None, name: str | None) -> str | None:
    """``title`` without the publisher's name an aggregator appended to it ("Weiß tritt
    zurück - WAZ" of WAZ, Google News RSS), else as given."""
    if not title or not name:
        return title
    cut = re.sub(rf"\s+[-–—|]\s+{re.escape(name)}\s*\Z", "", title)
    return cut if cut.strip() else title


def _first_url(record: dict[str, Any], names: tuple[str, ...]) -> str | None:
    for name in names:
        value = record.get(name)
        if isinstance(value, str) and absolute_url(value.strip()):
            return value.strip()
    return None
