"""A page's site, one spelling for storing and for asking.

Dumps name a page's site in many ways: a URL's host (``https://www.Daily-Harbor.example/x``),
a record's ``domain`` or ``publisher`` field (``dailyharbor.example``, ``yahoo.com/news``,
``DerStandard``), or trafilatura's ``sitename`` (``The Daily Harbor``).  :func:`site_key` turns
each into the value the archive stores in ``pages.site`` and ``site_lines.site``, and every
``--site`` filter and watchlist goes through the same function, so a user can type a site as
any page showed it and find it:

- a URL or a host name (no space, a dot): the host, lower-case, without a port, a trailing
  dot, a path (``yahoo.com/news`` → ``yahoo.com``) or ``www.``, and without the label a site
  puts in front of its own host for a rendition of its pages: the mobile site's ``m.``,
  ``mobile.``, ``wap.`` and the AMP site's ``amp.`` (``m.spiegel.de`` and ``amp.welt.de`` are
  the outlets ``spiegel.de`` and ``welt.de``; news APIs give an article's desktop, mobile or
  AMP address as they found it).  Such a label stays where what follows it is no site of its
  own: a public suffix like ``co.uk`` (``m.co.uk``) or a single label (``m.example``);
- a host written in its letters (an internationalised domain name, ``مثال.example``,
  ``bücher.de``) is stored in the ASCII form DNS and crawlers use (``xn--mgbh0fb.example``,
  IDNA 2008 with UTS #46 mapping, by the ``idna`` package), so a site typed as ``show`` prints
  it (:func:`readable`, its letters) and as a crawler recorded it are one;
- a name: its words, single-spaced, case-folded (``DerStandard`` → ``derstandard``).

A site asked for (``--site``, a watchlist's sites) takes its subdomains too (:func:`within`):
``people.com.cn`` finds the pages of ``politics.people.com.cn``.

An **outlet** is what "carried by N outlets" counts: a stored site's registrable domain
(:func:`outlet_key`), so the sections, editions and servers of one publisher
(``news.harbourpost.example``, ``www3.nhk.or.jp`` beside ``nhk.or.jp``, ``edition.cnn.com``)
count once wherever pages are counted (``pages.outlet``, migration 0051).
"""

from __future__ import annotations

from functools import lru_cache
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
        return desktop_host(host) if host else None
    if " " not in value and "." in value:
        return desktop_host(value.split("/", 1)[0].split(":", 1)[0]) or None
    return value.casefold() or None


# Labels a publisher puts in front of its own host for a rendition of the same pages.
RENDITION_LABELS = frozenset({"m", "mobile", "wap", "amp"})

# Second-level labels under which a country's public suffix ends (co.uk, com.au, or.jp, …):
# a host of two labels like these is a public suffix, no outlet (the public suffix list itself
# is not loaded here: every query command names sites, and it costs a fresh process ~0.2 s).
_SUFFIX_SECOND_LEVEL = frozenset(
    {"co", "com", "net", "org", "gov", "gob", "edu", "ac", "or", "ne", "go", "nic", "mil", "gv"}
)


def desktop_host(host: str) -> str:
    """The host a site's pages are its own under: ``host`` lower-cased, in its ASCII (IDNA)
    form, without ``www.`` and the labels of a rendition (``m.``, ``mobile.``, ``wap.``,
    ``amp.``) where what follows is a site of its own (``m.example.co.uk`` →
    ``example.co.uk``, ``m.co.uk`` stays).  A site's key (:func:`site_key`) and the host of
    an address's key (:func:`clipper.urls.url_key`)."""
    host = host.lower().rstrip(".").removeprefix("www.")
    if not host.isascii():
        host = _ascii_host(host)
    first, _, rest = host.partition(".")
    while first in RENDITION_LABELS and _is_site_host(rest):
        host = rest
        first, _, rest = host.partition(".")
    return host


def ascii_host(host: str) -> str:
    """``host`` in the ASCII form DNS and crawlers use: as it is when ASCII, else its IDNA
    form (:func:`_ascii_host`; ``zürich.example`` → ``xn--zrich-kva.example``)."""
    return host if host.isascii() else _ascii_host(host)


def _ascii_host(host: str) -> str:
    """An internationalised host in its ASCII form (``bücher.de`` → ``xn--bcher-kva.de``), or
    as it is when it is no valid IDNA name."""
    import idna  # only for hosts written in letters beyond ASCII

    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except idna.IDNAError:
        return host


def readable(site: str) -> str:
    """A stored site as a reader writes it: an IDNA host's ``xn--`` labels in their letters
    (``xn--mgbh0fb.example`` → ``مثال.example``); anything else as it is.  For display:
    :func:`site_key` takes either spelling."""
    if "xn--" not in site:
        return site
    import idna

    try:
        return str(idna.decode(site))
    except idna.IDNAError:
        return site


def site_spellings(site: str) -> list[str]:
    """The spellings a stored site may have in an archive: its key, and for an IDNA host its
    letters too (pages stored before hosts in letters were keyed in ASCII kept them)."""
    letters = readable(site)
    return [site] if letters == site else [site, letters]


def _is_site_host(host: str) -> bool:
    """Whether ``host`` can be a site of its own: at least two labels, and not a country's
    public suffix of two (``co.uk``, ``com.au``)."""
    labels = host.split(".")
    if len(labels) < 2 or not all(labels):
        return False
    return not (
        len(labels) == 2 and len(labels[1]) == 2 and labels[0] in _SUFFIX_SECOND_LEVEL
    )


def is_host(site: str) -> bool:
    """Whether a stored site (:func:`site_key`) is a host name, which can have subdomains, not
    a site's name ("derstandard", "the daily harbor")."""
    return "." in site and " " not in site


def within(site: str | None, wanted: str) -> bool:
    """Whether the stored site ``site`` is ``wanted`` (stored spelling) or one of its
    subdomains (``politics.people.com.cn`` within ``people.com.cn``)."""
    if not site:
        return False
    if not site.isascii() and is_host(site):
        site = desktop_host(site)  # stored in its letters before hosts were keyed in ASCII
    return site == wanted or (is_host(wanted) and site.endswith("." + wanted))


def outlet_key(site: str | None) -> str | None:
    """The outlet a stored site (:func:`site_key`) belongs to: a host's registrable domain,
    the public suffix list's (the ``tld`` package's copy, private suffixes included, so
    ``a.blogspot.com`` and ``b.blogspot.com`` stay two outlets): ``politics.people.com.cn``
    and ``people.com.cn`` are ``people.com.cn``.  A host the list does not know (``.example``,
    an intranet's name) keeps its last two labels, three under a country's second level
    (``news.harbour.co.zz`` → ``harbour.co.zz``); an IP address stays whole; a
    site's name (no host) is its own outlet; None stays None."""
    if not site or not is_host(site):
        return site
    return _registrable(site)


@lru_cache(maxsize=65536)
def _registrable(host: str) -> str:
    labels = host.split(".")
    if all(label.isdigit() for label in labels) or not all(labels):
        return host  # an IPv4 address, or no host name at all
    from tld import get_fld  # the public suffix list, loaded at the first call (~10 ms)

    found = get_fld(host, fix_protocol=True, fail_silently=True)
    if isinstance(found, str):
        return found
    keep = 3 if len(labels) >= 3 and not _is_site_host(".".join(labels[-2:])) else 2
    return ".".join(labels[-keep:])
