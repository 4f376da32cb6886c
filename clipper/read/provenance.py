"""What a dump says about where a page came from: its URL, its site and its dates.

:func:`declared_url` reads a saved page's own ``<link rel=canonical>`` / ``og:url``;
:func:`site_of` / :func:`site_from_url` give a site as clipper stores it (lower-case host without
``www.``); :func:`iso_or_none` keeps an ISO 8601 or RFC 2822 date and drops anything else.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

_TAG_RE = re.compile(rb"<(link|meta)\b([^>]*)>", re.IGNORECASE)
_ATTR_RE = re.compile(rb"""([a-zA-Z_:][-\w:.]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")


def declared_url(head: bytes) -> str | None:
    """The page's own URL from ``<link rel=canonical>`` (preferred) or ``og:url`` meta."""
    canonical: str | None = None
    og_url: str | None = None
    for match in _TAG_RE.finditer(head):
        attrs = _attrs(match.group(2))
        if match.group(1).lower() == b"link":
            if canonical is None and "canonical" in attrs.get("rel", "").lower().split():
                canonical = absolute_url(attrs.get("href"))
        elif og_url is None and attrs.get("property", attrs.get("name", "")).lower() == "og:url":
            og_url = absolute_url(attrs.get("content"))
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


def absolute_url(value: str | None) -> str | None:
    """``value`` stripped when it is an absolute http(s) URL with a host, else None."""
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
    return site_of(None, url)


def site_of(site: str | None, url: str | None) -> str | None:
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


def iso_or_none(value: str | None) -> str | None:
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
