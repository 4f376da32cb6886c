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
- The publisher's address a Google News link holds (:func:`google_news_target`): the
  article id of ``news.google.com/rss/articles/CBMi…`` in its older form is a base64
  protocol-buffer message whose field 4 is the publisher's URL, read offline with the
  standard library; the newer form (field 4 an opaque token, ``AU_yqL…``, since 2024) names
  the publisher only through a call to Google, which clipper never makes: such a link stays
  the page's address (the address it is fetched at), and the page is named by its publisher
  object (:func:`publisher`) all the same.
"""

from __future__ import annotations

import base64
import binascii
import re
from typing import Any
from urllib.parse import urlsplit

from clipper.read.provenance import absolute_url, same_publisher
from clipper.urls import is_home_page

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


# Google News' paths whose last segment is an article id (RSS links, web links, old redirects).
_GOOGLE_NEWS_HOST = "news.google.com"
_GOOGLE_NEWS_PATHS = ("/rss/articles/", "/articles/", "/__i/rss/rd/articles/", "/read/")
_URL_FIELD = 4  # the article id message's field holding the publisher's URL
_ID_BYTES = 4096  # no article id is longer; a longer segment is not one


def google_news_target(url: str | None) -> str | None:
    """The publisher's URL a Google News article link holds, when it is of the older form that
    holds it (see the module docstring); else None (the newer form, any other address,
    anything that does not decode)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if host != _GOOGLE_NEWS_HOST or not parts.path.startswith(_GOOGLE_NEWS_PATHS):
        return None
    token = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if not token or len(token) > _ID_BYTES:
        return None
    try:
        message = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    value = _field_bytes(message, _URL_FIELD)
    if value is None:
        return None
    try:
        target = absolute_url(value.decode("utf-8"))
    except UnicodeDecodeError:
        return None
    return target if target and " " not in target else None


def _field_bytes(message: bytes, number: int) -> bytes | None:
    """The first length-delimited field ``number`` of a protocol-buffer message, or None when
    it has none or is not a well-formed message (varint and length-delimited fields only:
    what a Google News article id holds)."""
    pos = 0
    while pos < len(message):
        key, pos = _varint(message, pos)
        if key is None:
            return None
        wire = key & 7
        if wire == 0:
            skipped, pos = _varint(message, pos)
            if skipped is None:
                return None
        elif wire == 2:
            size, pos = _varint(message, pos)
            if size is None or pos + size > len(message):
                return None
            if key >> 3 == number:
                return message[pos : pos + size]
            pos += size
        else:
            return None
    return None


def _varint(data: bytes, pos: int) -> tuple[int | None, int]:
    """A protocol-buffer varint at ``pos``: (value, position after it), (None, pos) if cut."""
    value = shift = 0
    while pos < len(data) and shift < 64:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, pos
        shift += 7
    return None, pos


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
