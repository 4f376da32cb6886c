"""Addresses that spell another page's address inside them: the page a reader was sent to.

Links reach a media desk wrapped: in newsletters, social posts and search results, and in the
records of scrapers that followed them.  Each wrapper below writes its target into its own
address, so it is read offline, never fetched:

- Google's AMP cache, ``https://www-site-example.cdn.ampproject.org/c/s/www.site.example/a``
  (``/c/`` a document, ``/v/`` its viewer; ``s/`` before the host: https);
- the Wayback Machine, ``https://web.archive.org/web/20261203083000/https://site.example/a``
  (a timestamp, maybe with a flag such as ``id_``, then the archived address, its scheme's
  double slash sometimes folded to one);
- link shims that redirect through a query parameter: Facebook's ``l.facebook.com/l.php?u=``,
  Google's ``www.google.com/url?q=`` (or ``url=``), Outlook's Safe Links
  ``*.safelinks.protection.outlook.com/?url=``;
- Google News article links of the older form (:func:`clipper.read.publisher.google_news_target`).

The target is the page's address, so its site and its URL key are the publisher's: ``--site``
finds it, and its outlet is counted once with the same page read from elsewhere.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from clipper.read.provenance import absolute_url
from clipper.read.publisher import google_news_target

__all__ = ["wrapped_target"]

_AMP_CACHE = re.compile(r"^/(?:c|v|wp)/(s/)?([^/]+)(/.*)?$")
_WAYBACK = re.compile(r"^/web/\d{1,14}(?:[a-z]{2}_)?/(.+)$")
_FOLDED_SCHEME = re.compile(r"^(https?):/(?!/)")
_SAFE_LINKS = ".safelinks.protection.outlook.com"
# host (without "www.") -> the query parameters its shim writes the target into
_SHIMS = {
    "l.facebook.com": ("u",),
    "lm.facebook.com": ("u",),
    "google.com": ("q", "url"),
    "safelinks.protection.outlook.com": ("url",),
}


def wrapped_target(url: str | None) -> str | None:
    """The absolute ``http(s)`` address ``url`` wraps (see the module docstring), or None when
    it wraps none (any other address, or a wrapper whose target is not an absolute address)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    target: str | None = None
    if host.endswith(".cdn.ampproject.org"):
        if match := _AMP_CACHE.match(parts.path):
            scheme = "https" if match[1] else "http"
            target = f"{scheme}://{match[2]}{match[3] or '/'}"
            if parts.query:
                target += "?" + parts.query
    elif host == "web.archive.org":
        if match := _WAYBACK.match(parts.path):
            target = _FOLDED_SCHEME.sub(r"\1://", match[1])
            if "://" not in target:
                target = "http://" + target
            if parts.query:
                target += "?" + parts.query
    else:
        shim = _SHIMS.get(host)
        if host.endswith(_SAFE_LINKS):  # eur01.safelinks.protection.outlook.com
            shim = _SHIMS[_SAFE_LINKS.lstrip(".")]
        if shim is not None and (host != "google.com" or parts.path == "/url"):
            query = parse_qs(parts.query)
            target = next((query[name][0] for name in shim if query.get(name)), None)
        else:
            return google_news_target(url)
    return absolute_url(target.strip()) if target else None
