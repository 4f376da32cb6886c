"""A page's identity by its address: one key for every spelling of the same URL.

A news page reaches a scraper under many addresses: a feed's link with ``?utm_source=rss``, a
newsletter's with ``?mc_cid=…``, a social share's with ``?fbclid=…``, the host in capitals, a
default port, a fragment, ``%7E`` against ``~``.  Stored under each as given, one article
fetched twice became two pages (two "outlets" of nothing, a copy of itself in its cluster).
:func:`url_key` is the page's key (``pages.source_key``) for all of them; the URL itself is
stored as the crawler gave it.

Canonical form (w3lib's ``canonicalize_url``, Scrapy's request fingerprint): scheme and host
lower-cased, the host in IDNA, the path's percent-encoding normalised, query arguments sorted,
the fragment dropped; then clipper drops the default port and the query parameters of
:data:`TRACKING`.

One article's renditions are one address too (:func:`article_parts`): its mobile and AMP
sites' hosts and ``www.`` (``m.``, ``mobile.``, ``wap.``, ``amp.`` before a host of the same
publisher, as :func:`clipper.sites.desktop_host` reads them) and the AMP markers of its path
and query (a path segment ``amp``: ``/amp/a/b``, ``/a/b/amp``; ``story.amp.html``;
``?amp``, ``?amp=1``, ``outputType=amp``).  A rendition usually names its article in its
canonical link, which a reader of HTML takes for its address; a record, a text dump or a page
without one was stored as another page of the same article.

So are its twins (:func:`_twin_parts`): ``http`` and ``https`` (a site serves one article
under both, the one redirecting to the other, and links and old crawls keep the ``http``
spelling) and the path with and without its trailing slash (``/a/b/`` against ``/a/b``: a CMS
redirects one to the other; a site's root stays ``/``).  Keys are written in ``https`` without
the slash.

What a server may treat as another page is kept: the path's case, another host of the
publisher (``news.``, ``www2.``, ``edition.``), another port (``:8443``), an index file
(``/a/`` against ``/a/index.html``) and every other query parameter (``?id=5``,
``?page=2``).  Keys made before migration 0017 were the URL as given; that revision re-keys
the stored pages, 0056 those whose key a rendition's fold changes and 0058 those whose key a
twin's fold changes.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import (
    SplitResult,
    parse_qsl,
    quote,
    unquote,
    urlencode,
    urlsplit,
    urlunsplit,
)

from w3lib.url import canonicalize_url

from clipper.sites import RENDITION_LABELS, desktop_host, site_key

# Query parameters a link picks up on its way to a reader (campaign tags, newsletters, social
# sites, ad clicks, feed readers) that never change the page.  Exact names or fixed prefixes
# only: a broad pattern (courlan's ``ref``/``source``/``ga`` anywhere in the name) would also
# drop ``?game=12`` or ``?sourceid=3`` and file two articles under one key, a worse fault than
# a duplicate page.  Sources: Firefox's query-stripping list, ClearURLs' global rules, and the
# parameters of the big news sites' own share links (BBC ``ns_*``/``at_*``, The Guardian
# ``CMP``, The New York Times ``smid``, Le Monde ``xtor``).
TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|igshid|"
    r"mc_cid|mc_eid|_ga|_gl|_hsenc|_hsmi|mkt_tok|oly_anon_id|oly_enc_id|vero_id|"
    r"ns_\w+|at_medium|at_campaign|at_source|at_format|at_link\w*|cmp|cmpid|ocid|smid|smtyp|"
    r"xtor|ito|ref|ref_src|ref_url|__twitter_impression)$",
    re.IGNORECASE,
)

_DEFAULT_PORT = {"http": 80, "https": 443}


# A host name (two labels or more, the last of letters) then the end or a path: an address
# written without its scheme ("www.site.com/a", "renews.biz/70189/…"; "//site.com/a", a
# protocol-relative link, with its slashes).
HOST_FIRST = re.compile(r"^(?://)?((?:[\w-]+\.)+[^\W\d_]{2,})(?::\d+)?(?:[/?#]|$)")


def with_scheme(address: str, site: str | None = None) -> str | None:
    """``address``, written without its scheme, as an ``https`` URL when it unmistakably starts
    with its host: a protocol-relative ``//host/path``, a host beginning ``www.``, or a host
    that is ``site`` (the record's own site, as :func:`clipper.sites.site_key` stores it);
    else None.  A bare ``story.html`` or ``news.php?id=3`` is a relative path, whose last
    "label" only looks like a top-level domain, and stays one."""
    address = address.strip()
    m = HOST_FIRST.match(address)
    if m is None:
        return None
    host = m.group(1).lower()
    if address.startswith("//") or host.startswith("www.") or (
        site is not None and site_key(host) == site
    ):
        return "https://" + address.lstrip("/")
    return None


def without_tracking(query: str) -> str:
    """``query`` (a URL's query string) without the parameters of :data:`TRACKING`, the others
    in their order."""
    kept = [
        (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not TRACKING.match(k)
    ]
    return urlencode(kept)


def untracked(url: str) -> str:
    """``url`` without the query parameters of :data:`TRACKING` (the others, the path and the
    fragment as written): the address a report shows and links to, as a reader would share
    it (newcomer 31's F-P: a client's digest linked ``…?utm_source=newsletter&utm_medium=email``).
    A string that is not an http(s) URL, or has no such parameter, is returned as it is.

    >>> untracked("https://news.example/a?utm_source=rss&id=5")
    'https://news.example/a?id=5'
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if parts.scheme.lower() not in _DEFAULT_PORT or not any(
        TRACKING.match(name) for name, _ in parse_qsl(parts.query, keep_blank_values=True)
    ):
        return url  # nothing to drop: the query as written
    return urlunsplit(parts._replace(query=without_tracking(parts.query)))


def preferred_spelling(first: str, second: str) -> str:
    """Of two spellings of one page's URL, the one to show: the article's own address before
    a rendition's (:func:`is_rendition`: a mobile or AMP host, an AMP path or parameter),
    then an ``https`` address before an ``http`` one, then the one in its canonical form (no
    tracking parameters, host in lower case, as :func:`url_key` writes it but for the folds of
    a rendition and a twin), then the shorter (``/a/b`` before ``/a/b/``), then the smaller
    string.  Symmetric, so a page read under several spellings shows the same one whatever
    order they were read in."""
    return min(
        first,
        second,
        key=lambda url: (
            is_rendition(url),
            not url.lower().startswith("https:"),
            _canonical(url) != url,
            len(url),
            url,
        ),
    )


@lru_cache(maxsize=8192)
def url_key(url: str) -> str:
    """The key of the page at ``url`` (see the module's docstring): its canonical form with
    a rendition's host, path and query folded into its article's (:func:`article_parts`) and
    a twin's scheme and trailing slash into ``https`` without it (:func:`_twin_parts`); a
    string that is not an absolute http(s) URL (a dump's path, an ``urn:``) is its own key.

    >>> url_key("HTTPS://News.Example.com:443/a/b?utm_source=rss&id=5#top")
    'https://news.example.com/a/b?id=5'
    >>> url_key("https://m.example.com/amp/a/b?amp=1")
    'https://example.com/a/b'
    >>> url_key("http://www.example.com:80/a/b/")
    'https://example.com/a/b'
    """
    return _canonical(url, fold=True)


def _canonical(url: str, fold: bool = False) -> str:
    """``url`` in its canonical form (the module's docstring), its rendition folded into its
    article's address when ``fold``; a string that is not an absolute http(s) URL as given."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORT or not parts.hostname:
        return url
    parts = parts._replace(scheme=scheme)
    if port == _DEFAULT_PORT[scheme]:
        parts = parts._replace(netloc=parts.netloc.rsplit(":", 1)[0])
    if fold:
        parts = _twin_parts(article_parts(parts, desktop=True) or parts)
    bare = urlunsplit(parts._replace(query=without_tracking(parts.query), fragment=""))
    try:
        return canonicalize_url(bare)
    except (ValueError, UnicodeError):
        return bare


def _twin_parts(parts: SplitResult) -> SplitResult:
    """``parts`` (an http(s) URL, split, its default port dropped) as its ``https`` twin without
    a trailing slash on its path (``http://site/a/b/`` → ``https://site/a/b``; ``/`` stays,
    a port stays): the form of a key (:func:`url_key`)."""
    path = parts.path.rstrip("/") if parts.path.endswith("/") else parts.path
    return parts._replace(scheme="https", path=path or "/")


# How news sites spell the address of an article's AMP rendition (Google's Accelerated Mobile
# Pages, what Google News and social shares link): a path segment "amp" (BBC's
# "/news/amp/…", "/amp/a/b", "…/story/amp") or a name ending ".amp(.html)", an "amp" query
# parameter (?amp, ?amp=1, outputType=amp), an "amp." host.  Whole segments and parameters
# only: "/lamp", "/amp-news/" and "?amp=0" are no rendition's.
_AMP_SEGMENT = re.compile(r"/amp/?$|(?<=/)amp/|\.amp(?=(?:\.html?)?$)", re.IGNORECASE)
_AMP_PARAMETER = re.compile(
    r"^(?:amp(?:=|=1|=true)?|outputType=amp|output=amp)$", re.IGNORECASE
)


def article_parts(parts: SplitResult, desktop: bool = False) -> SplitResult | None:
    """The address of the article whose rendition ``parts`` (an http(s) URL, split) names,
    or None when it names none: the AMP markers taken out of its path and query
    (``…/story/amp`` → ``…/story``, ``/amp/a/b`` → ``/a/b``, ``…/story.amp.html`` →
    ``…/story.html``, ``?amp=1``, ``outputType=amp``) and an ``amp.`` host's label; with
    ``desktop``, the host as :func:`clipper.sites.desktop_host` writes it (also without
    ``www.``, ``m.``, ``mobile.``, ``wap.``; lower case; a port kept), what the key of an
    address (:func:`url_key`) is made of."""
    path = _AMP_SEGMENT.sub("", parts.path) or ("/" if parts.path else "")
    query = parts.query
    if any(_AMP_PARAMETER.match(piece) for piece in query.split("&")):
        query = "&".join(p for p in query.split("&") if p and not _AMP_PARAMETER.match(p))
    host = parts.netloc
    if desktop and parts.hostname:
        user, _, _ = parts.netloc.rpartition("@")
        host = (user + "@" if user else "") + desktop_host(parts.hostname)
        if parts.port is not None:
            host += f":{parts.port}"
    elif host.lower().startswith("amp."):
        host = host[4:]
    article = parts._replace(path=path, query=query, netloc=host)
    return article if article != parts else None


def is_rendition(url: str) -> bool:
    """Whether ``url`` is the address of an article's mobile or AMP rendition: an ``m.``,
    ``mobile.``, ``wap.`` or ``amp.`` host of the publisher, or an AMP marker in its path or
    query (:func:`article_parts`)."""
    parts = _http_parts(url)
    if parts is None or not parts.hostname:
        return False
    host = parts.hostname.lower().removeprefix("www.")
    if host.partition(".")[0] in RENDITION_LABELS and desktop_host(host) != host:
        return True
    return article_parts(parts) is not None


# Runs of percent-escapes: decoded together, as one UTF-8 sequence may span several escapes.
_ESCAPES = re.compile(r"(?:%[0-9A-Fa-f]{2})+")


def readable_url(url: str) -> str:
    """``url`` as a browser's address bar shows it (an IRI, RFC 3987 §3.2): escapes of non-ASCII
    UTF-8 letters decoded (``/%D8%B3%D9%88%D8%B1%D9%8A%D8%A7`` → ``/سوريا``) and an IDNA host in
    its letters (``xn--bcher-kva.de`` → ``bücher.de``).  Escapes of ASCII (``%20``, ``%2F``,
    ``%3F``), of invalid UTF-8 and of spaces, controls or bidirectional marks stay escaped, so
    the text still names the same address.  For display only: keys use :func:`url_key`."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    host = parts.hostname or ""
    netloc = parts.netloc
    if "xn--" in host:
        with contextlib.suppress(UnicodeError):
            netloc = netloc.replace(host, host.encode("ascii").decode("idna"))

    def letters(escaped: re.Match[str]) -> str:
        run = escaped.group(0)
        try:
            decoded = bytes.fromhex(run.replace("%", "")).decode("utf-8")
        except UnicodeDecodeError:
            return run
        return "".join(
            ch if ord(ch) > 0x7F and ch.isprintable() and unicodedata.bidirectional(ch)
            not in _BIDI_CONTROLS else quote(ch, safe="")
            for ch in decoded
        )

    path, query, fragment = (
        _ESCAPES.sub(letters, part) for part in (parts.path, parts.query, parts.fragment)
    )
    return urlunsplit((parts.scheme, netloc, path, query, fragment))


_BIDI_CONTROLS = frozenset({"LRE", "RLE", "PDF", "LRO", "RLO", "LRI", "RLI", "FSI", "PDI"})


def _http_parts(url: str | None) -> SplitResult | None:
    """``url`` split (``urllib.parse.urlsplit``) when it is an http(s) address, else None
    (None, empty, unparsable, another scheme)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return parts if parts.scheme.lower() in _DEFAULT_PORT else None


# The last segments of a listing's address: a tag, category, section, topic or author page
# ("/tag/lluvias/", "/kategorie/politik/page/2/", "/autor/juan-perez/"), one slug after the
# segment and, optionally, a page number.  An article sits deeper or under a slug of its own
# (npr.org's "/sections/health-shots/2024/01/02/123/title", "/category/politics/my-story"
# has its story's slug after the category's), and "/archive/63076" is an article of
# israel-nachrichten.org: "archive" is left out.  The segment names are courlan's navigation
# filter's (trafilatura's URL library), which also flags "?p=123" and any path holding
# "/category/": a crawl filter, too broad to reject a page on; plus their Spanish,
# Portuguese, Italian, French and German names.
_LISTING_PATH = re.compile(
    r"/(?:authors?|autor(?:es|a|en)?|auteurs?|autore|cat|categor(?:y|ies|ia|ias|ie)|kategorie"
    r"|kategorien|rubri(?:k|que|ca)|secci[oó]n|secciones|sections?|sezione|schlagwort|tags?"
    r"|tagged|etiquetas?|temas?|thema|themen|topics?|sujets?|mot-cle|user)/[^/?#]+/?"
    r"(?:(?:page|paged|seite|pagina|p[aá]gina)/\d+/?)?$"
    r"|/(?:page|paged|seite|pagina|p[aá]gina)/\d+/?$",
    re.IGNORECASE,
)
# A front page's path: "/" or an index file (a server's default document).
_INDEX_FILES = frozenset(
    ("index.html", "index.htm", "index.php", "index.asp", "index.aspx", "default.aspx")
)


def _front_path(path: str) -> bool:
    """Whether a URL's path is a site's root: empty, "/" or an index file."""
    path = path.rstrip("/")
    return not path or path.lstrip("/").lower() in _INDEX_FILES


def is_home_page(url: str) -> bool:
    """Whether ``url`` is a site's front page: no path but ``/`` (or an index file), no query."""
    parts = urlsplit(url)
    return not parts.query and _front_path(parts.path)


_PAGE_NUMBER = re.compile(r"^(?:page|paged|p[aá]gina|seite|pg)$", re.IGNORECASE)
# A section's name as a folder: one word of letters ("wirtschaft", "sport", "politique"), no
# slug (an article's "business-focus/", "hello-world/", "2024/", "a1234/").
_SECTION_NAME = re.compile(r"[^\W\d_]+")


def _section_front(netloc: str, path: str) -> bool:
    """Whether a URL's path is a section's front: a folder named for the section at the
    site's top, or its index file ("/wirtschaft/", "/sport/index.html": what a website mirror,
    wget or HTTrack, saves a section front as).  Not a slug's folder ("/business-focus/",
    "/2024/": an article's permalink), not a file ("/sport.html") nor a deeper folder, and not
    a site's own page ("/contact/", "/impressum/": :func:`site_page_address`, told as such)."""
    if not path.endswith("/") and path.rsplit("/", 1)[-1].lower() not in _INDEX_FILES:
        return False
    parts = [part for part in path.split("/") if part]
    if parts and parts[-1].lower() in _INDEX_FILES:
        parts.pop()
    return (
        len(parts) == 1
        and _SECTION_NAME.fullmatch(parts[0]) is not None
        and site_page_address(f"https://{netloc}/{parts[0]}/") is None
    )


def is_listing_address(url: str | None) -> bool:
    """Whether ``url`` is the address of a site's front page ("https://site.mx/", "/index.html",
    with no query but a page number or tracking), of a section's front ("/wirtschaft/",
    "/sport/index.html": :func:`_section_front`), or of a listing: a tag, category,
    section, topic or author page, or a numbered page of one (:data:`_LISTING_PATH`).  Such an
    address holds no article of its own; a page there that reads as a teaser list is an index page
    (:func:`clipper.htmlclean.clean_html`).  False for None and non-http(s) addresses."""
    parts = _http_parts(url)
    if parts is None:
        return False
    query = [key for key, _ in parse_qsl(without_tracking(parts.query), keep_blank_values=True)]
    if _front_path(parts.path) or _section_front(parts.netloc, parts.path):
        return all(_PAGE_NUMBER.match(key) for key in query)
    return _LISTING_PATH.search(parts.path) is not None


# The machine-readable files a site's CMS answers beside its pages, which a crawler or a
# website mirror (wget saves ``/wp-json/`` as ``wp-json`` or ``wp-json/index.html``, ``/feed/``
# as ``feed/index.html``) fetches with them: WordPress's REST API (``/wp-json/…``,
# ``?rest_route=``), XML-RPC and its RSD and Windows Live Writer manifests, oEmbed answers,
# OpenSearch descriptions, and RSS/Atom/RDF feeds (WordPress's ``/feed/``, ``/comments/feed/``,
# ``/feed/atom/``, ``?feed=rss2``; ``rss.xml``, ``atom.xml``, ``*.rss``).  Matched by whole path
# segments: "/news/feed-the-hungry/" or "/oembed-explained/" is an article's slug.
_CRAWL_ENDPOINTS = (
    (re.compile(r"(?:^|/)wp-json(?:/|$)", re.IGNORECASE), "a WordPress REST API answer"),
    (
        re.compile(r"(?:^|/)(?:xmlrpc\.php|wlwmanifest\.xml)$", re.IGNORECASE),
        "a WordPress XML-RPC endpoint or manifest",
    ),
    (re.compile(r"(?:^|/)oembed(?:\.json|\.xml)?(?:/|$)", re.IGNORECASE), "an oEmbed answer"),
    (
        re.compile(r"(?:^|/)(?:opensearch|osd)\.xml$", re.IGNORECASE),
        "an OpenSearch description",
    ),
    (
        re.compile(
            r"(?:^|/)(?:feed|rss2?|atom|rdf)(?:/(?:feed|rss2?|atom|rdf))?/?$"
            r"|(?:^|/)(?:rss|atom|feed|index|rss2)\.xml$|\.(?:rss|atom|rdf)$",
            re.IGNORECASE,
        ),
        "a feed (RSS, Atom)",
    ),
)
_ENDPOINT_QUERY = {"rest_route": "a WordPress REST API answer", "feed": "a feed (RSS, Atom)"}


def crawl_endpoint(url: str | None) -> str | None:
    """What CMS or crawl file ``url`` is, or None: a WordPress REST API answer, an XML-RPC
    endpoint, an oEmbed answer, an OpenSearch description or a feed (:data:`_CRAWL_ENDPOINTS`),
    by its path's last segments or its query (``?rest_route=``, ``?feed=rss2``).  Never an
    article: a reader counts it as a crawl's housekeeping (``crawl-file``), not a problem nor a
    page.  None for None and non-http(s) addresses."""
    parts = _http_parts(url)
    if parts is None:
        return None
    for key, _ in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower() in _ENDPOINT_QUERY:
            return _ENDPOINT_QUERY[key.lower()]
    for pattern, what in _CRAWL_ENDPOINTS:
        if pattern.search(parts.path):
            return what
    return None


# The last path segment of a site's own pages, not news (lower case, accents and an extension
# such as ".html" or ".php" left out, "_" read as "-"): its privacy notice, cookie policy,
# terms of use, legal notice or imprint, "about us" and contact pages, in the languages of
# clipper's furniture tables (clipper.furniture's ``site_pages`` name them as titles).  A
# news story's slug says more ("/2024/05/meta-changes-its-privacy-policy/").
_SITE_PAGE_SLUG = re.compile(
    r"(?:privacy|cookies?)(?:-(?:policy|notice|statement|center|centre|settings|policies))*"
    r"|privacy-and-cookies?(?:-policy)?|terms(?:-(?:of-use|of-service|and-conditions"
    r"|conditions|of-sale))?|tos|legal(?:-notice|-information|-terms)?|disclaimer|imprint"
    r"|about(?:-us)?|who-we-are|contact(?:-us)?|accessibility(?:-statement)?"
    r"|advertise(?:-with-us)?|(?:ethics|corrections|editorial)-policy"
    # Spanish, Portuguese
    r"|aviso-(?:de-)?(?:privacidad|privacidade|legal)(?:-integral|-simplificado)?"
    r"|politica-(?:de-)?(?:privacidad|privacidade|cookies|proteccion-de-datos)|privacidade?"
    r"|privacidad|terminos-(?:y-condiciones|de-uso|de-servicio|legales)"
    r"|condiciones-(?:de-uso|generales|legales)|termos-(?:de-uso|de-servico|e-condicoes)"
    r"|quienes-somos|sobre-nosotros|nosotros|quem-somos|sobre(?:-nos)?|contacto|contactenos"
    r"|contactanos|contato|fale-conosco|anunciate|anuncie(?:-conosco)?|codigo-de-etica"
    # German, French, Italian, Dutch
    r"|impressum|datenschutz(?:erklarung|erklaerung|hinweise?|richtlinie|-?erklarung)?"
    r"|nutzungsbedingungen|agb|uber-uns|ueber-uns|kontakt|mediadaten|barrierefreiheit"
    r"|mentions-legales|politique-de-(?:confidentialite|cookies)|confidentialite|cgu|cgv"
    r"|qui-sommes-nous|a-propos|contactez-nous|nous-contacter"
    r"|(?:informativa|politica)-(?:sulla-|per-la-)?(?:privacy|cookie)|note-legali|chi-siamo"
    r"|contatti|termini-(?:e-condizioni|di-uso|di-servizio)"
    r"|privacyverklaring|privacybeleid|cookieverklaring|cookiebeleid|algemene-voorwaarden"
    r"|over-ons|colofon"
)
_PAGE_EXTENSION = re.compile(r"\.(?:html?|php\d?|aspx?|jsp|shtml|cfm)$")


def site_page_address(url: str | None) -> str | None:
    """The last path segment of ``url`` when it names a site's own page, not news (its
    privacy notice, terms of use, imprint, "about us" or contact page: :data:`_SITE_PAGE_SLUG`,
    ``/aviso-de-privacidad/``, ``/datenschutz``, ``/terms-of-use.html``), else None.  None for
    None and non-http(s) addresses, and for a front page."""
    parts = _http_parts(url)
    if parts is None:
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if not segments:
        return None
    last = unquote(segments[-1])
    slug = unicodedata.normalize("NFKD", last.casefold())
    slug = "".join(char for char in slug if not unicodedata.combining(char)).replace("_", "-")
    slug = _PAGE_EXTENSION.sub("", slug)
    return last if _SITE_PAGE_SLUG.fullmatch(slug) else None
