"""A page's site, one spelling for storing and for asking.

Dumps name a page's site in many ways: a URL's host (``https://www.Daily-Harbor.example/x``),
a record's ``domain`` or ``publisher`` field (``dailyharbor.example``, ``yahoo.com/news``,
``DerStandard``), or trafilatura's ``sitename`` (``The Daily Harbor``).  :func:`site_key` turns
each into the value the archive stores in ``pages.site`` and ``site_lines.site``, and every
``--site`` filter and watchlist goes through the same function, so a user can type a site as
any page showed it and find it:

- a URL or a host name (no space, a dot): the host, lower-case, without ``www.``, a port, a
  trailing dot or a path (``yahoo.com/news`` → ``yahoo.com``);
- a name: its words, single-spaced, case-folded (``DerStandard`` → ``derstandard``).

A site asked for (``--site``, a watchlist's sites) takes its subdomains too (:func:`within`):
``people.com.cn`` finds the pages of ``politics.people.com.cn``.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def site_key(value: str | None) -> str | None:
    """The stored and compared spelling of a site (see the module docstring), or None for a
    value without a letter or digit or a URL without a host."""
    value = " ".join((value or "").split())
    if not any(char.isalnum() for char in value):
        return None  # "", "/", "-": no site
    if "://" in value:
        try:
            host = urlsplit(value).hostname
        except ValueError:
            return None
        return _host(host) if host else None
    if " " not in value and "." in value:
        return _host(value.split("/", 1)[0].split(":", 1)[0]) or None
    return value.casefold() or None


def _host(host: str) -> str:
    return host.lower().rstrip(".").removeprefix("www.")


def is_host(site: str) -> bool:
    """Whether a stored site (:func:`site_key`) is a host name, which can have subdomains, not
    a site's name ("derstandard", "the daily harbor")."""
    return "." in site and " " not in site


def within(site: str | None, wanted: str) -> bool:
    """Whether the stored site ``site`` is ``wanted`` (stored spelling) or one of its
    subdomains (``politics.people.com.cn`` within ``people.com.cn``)."""
    if not site:
        return False
    return site == wanted or (is_host(wanted) and site.endswith("." + wanted))
