"""Headline and publication date from an article page's own markup.

``page_meta(tree, url)`` reads an lxml HTML tree (the one trafilatura parsed) and returns a
:class:`PageMeta`.  It never raises on odd markup: a value it cannot read is None.

Headline precedence, measured on ``../shared/data/fundus-news-pages`` (tuned, 258 pages, exact
title match) and confirmed on ``readability-test-pages`` (127 titled pages), with
``bench/extraction.py``:

1. the JSON-LD ``headline`` of the page's article object (``@type`` Article, NewsArticle,
   BlogPosting, ...; also inside ``@graph``);
2. ``og:title``, then ``twitter:title``, then the schema.org microdata headline
   (``itemprop="headline"``: a page heading a section's name in its first ``<h1>`` and the
   story's in ``<h1 itemprop=headline>``);
3. the first ``<h1>`` that is not the site's name (blog themes print the site name as the
   masthead's only ``<h1>`` and the headline in an ``<h2>``) and that shares a word with
   ``<title>`` (words of over three letters when both have them): an ``<h1>`` with no word of the
   ``<title>`` is a section's or a box's label ("Allergies Health Center", "About This Site"),
   and then ``<title>`` is the headline (Readability's pages, not tuned on: titles exact 0.543
   → 0.732; Fundus unchanged, 0.853);
4. ``<title>``;
5. when every one of those is missing or the site's name (a theme whose ``<title>`` is only the
   site's name, or a saved page without one): the first ``<h2>`` of the page's ``<article>`` or
   ``<main>`` (else of the page) that comes before its first paragraph and is not the site's name.

Every candidate loses the segments that name the site ("Headline | Site name", "Headline - Site",
"Site: Headline", "… | DW | 28.04.2023", "…：朝日新聞デジタル"): a segment is the site's when it
matches ``og:site_name``, ``application-name``, the JSON-LD publisher, a label of the URL's host
(accents and ö/oe folded, so "Börsen-Zeitung" matches boersen-zeitung.de), or a segment that every
candidate of the page ends with; a date segment and a "by Author" segment go too.  A segment
that opens with the site's name and runs on ("The Guardian view on Hong Kong: ...") is a
headline, not the site: only a short ending may follow the name ("Globalnews.ca", "Spiegel
Online").  An ``<h1>``
equal to one of those site names, or to a segment cut from ``<title>``, is the site's name and
is skipped.  A candidate that is the page's ``<h1>`` followed by a separator and more segments
("Headline - Die Neue Tageszeitung", "Headline | Sport") is cut to the ``<h1>``: what follows a
headline there is the site's or section's name, even when nothing on the page declares it
(Fundus +2 -1 pages; Readability -2, whose expected titles keep site and author suffixes).
Order by measurement: JSON-LD > og:title > h1 > title gives 0.83 exact on Fundus
(og > JSON-LD 0.84 there but 0.56 instead of 0.58 on Readability; h1 first 0.74).

Publication date: the JSON-LD article object's ``datePublished`` (an article is also looked for as
a page's ``mainEntity``: ``{"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", ...}}``, for
the date only; a fact-check's ``ClaimReview`` dates the page too), else the first of the meta tags
``article:published_time``, ``datePublished``, ``pubdate``, ``publishdate``, ``date``,
``DC.date.issued``, ``sailthru.date``, ``parsely-pub-date`` (names compared without case and
punctuation: "article:published:time", "article_published_time"), else the schema.org microdata
``itemprop="datePublished"`` anywhere in the page (``<meta content>`` or ``<time datetime>``), else
a microformat's ``<time class="published" datetime=…>`` (hAtom ``published``, h-entry
``dt-published``); neither counts inside a link (a teaser's date); else a date segment of the
page's ``<title>`` ("… | DW | 28.04.2023", day first when written with dots). A date-only value
("2024-03-05") counts: a declared date beats any date guessed from the URL or the text. Values are
returned as written (ISO 8601, validated with :func:`datetime.fromisoformat`), but for a time
without an offset, which takes the offset of another of the page's own times (a meta tag, a
JSON-LD ``date*`` value, microdata, a ``<time datetime>``) giving the same wall time to the
minute with one (:func:`clipper.dates.offset_of_twin`: n-tv's and AFP's JSON-LD "2024-08-05
20:59:59.0" beside their ``date`` meta or ``og:updated_time``), so a declared time
of day is kept. Fundus (``bench/extraction.py``): dates 0.981 -> 0.988 (a Telegraph page took a
2019 "first published" meta instead of its microdata date; DW's undated page a teaser's date
instead of its title's), and of its 246 pages whose expected date has a time of day, 242 keep it
(235 before; the others give it only in a script's data layer or in text, or are dated on another
day).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from clipper.dates import offset_of_twin, placeholder_date
from clipper.entities import unescape
from clipper.scripts import HAN_KANA, UNSPACED

__all__ = [
    "SEGMENT_SEP",
    "PageMeta",
    "is_site_name",
    "name_key",
    "names_site",
    "page_meta",
    "site_keys",
    "strip_site_segments",
]

_ARTICLE_TYPE = re.compile(r"article|posting|report|story|blog", re.IGNORECASE)
# JSON-LD objects whose datePublished is the page's: articles, and a fact-check's review.
_DATED_TYPE = re.compile(r"article|posting|report|story|blog|claimreview", re.IGNORECASE)
_DATE_META = tuple(
    re.sub(r"[^a-z0-9]", "", name)
    for name in (
        "article:published_time",
        "datepublished",
        "pubdate",
        "publishdate",
        "date",
        "dc.date.issued",
        "sailthru.date",
        "parsely-pub-date",
    )
)
# Declared dates in the page's body: schema.org microdata, then a microformat's <time> (hAtom's
# "published", h-entry's "dt-published"); not inside a link (a teaser's own date).
_MICRODATA_DATE = ".//*[@itemprop='datePublished'][not(ancestor::a)]"
_MICROFORMAT_DATE = (
    ".//time[@datetime][contains(concat(' ', normalize-space(@class), ' '), ' published ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' dt-published ')]"
    "[not(ancestor::a)]"
)
# Separators between a headline and the site's name.  Spaced dashes only ("Börsen-Zeitung",
# "Mar-a-Lago" and the Chinese dash "――" inside a headline keep theirs), ASCII or not (en and em
# dashes, the horizontal bar, the full-width hyphen, single and double guillemets); bars need no
# spaces: ASCII, full-width, broken and box-drawing bars, and the letters written as one (Latin
# "ǀ", Hangul "ㅣ"/"ᅵ": "…-정치ㅣ한국일보", the CJK stroke "丨"); so do the full-width colon
# (Japanese titles), a "--" run ("…--时政--人民网") and an underscore, which Chinese portals set
# between headline, channel and site ("…_社会_滨江日报"; never inside a headline's words).
SEGMENT_SEP = re.compile(
    r"\s+[|\-–—―－·•»«›‹*/~¦│]\s+|\s*[|｜¦│┃∣ǀㅣᅵ丨︱：_]\s*|\s+::\s+|\s*--\s*"
)
# A section's name between a headline and the site's name written without spaces, as titles in
# Chinese, Japanese and Korean are ("…커졌다-정치ㅣ한국일보", "…--时政--人民网"): a word of those
# scripts after a dash or an underscore, at the end of what the site's name was cut from at a
# separator without spaces (a Latin word after a hyphen is part of the headline: "Covid-19").
_SECTION_TAIL = re.compile(rf"(?<=\S)(?:-{{1,2}}|_)[{HAN_KANA}\uac00-\ud7a3]{{1,8}}$")
_DATE_SEGMENT = re.compile(r"^\s*\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\s*$")
_BY_SEGMENT = re.compile(r"^\s*by\s", re.IGNORECASE)
_HOST_NOISE = frozenset({"www", "com", "co", "org", "net", "news", "amp", "m"})


@dataclass(slots=True)
class PageMeta:
    """What the page declares about itself."""

    title: str | None = None  # JSON-LD headline, og:title or <h1> (None: none of them)
    title_tag: str | None = None  # <title> without its site segments
    subhead: str | None = None  # the article's first <h2> before any paragraph (rule 5)
    published: str | None = None
    site_names: set[str] = field(default_factory=set)
    # The site's name as the page declares it: og:site_name, else the JSON-LD publisher's name
    # (never a guess from the title or a copyright line)
    site_name: str | None = None



def segment_spans(title: str) -> list[tuple[int, int]]:
    """The (start, end) character spans of ``title``'s segments between separators
    (:data:`SEGMENT_SEP`), blank segments left out."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in SEGMENT_SEP.finditer(title):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(title)))
    return [(a, b) for a, b in spans if title[a:b].strip()]

def _key(text: str) -> str:
    """Comparison key of a site name: NFKD without accents, ö→oe etc., letters and digits."""
    text = unicodedata.normalize("NFKC", text).casefold()
    for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(a, b)
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if ch.isalnum())


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(unescape(text).replace("\u00ad", "").split())
    return text or None


# What may follow a site's name in a title segment that still names the site: a top-level
# domain ("ca", "de"), "online", "digital", "magazine" (8 letters).
SITE_SUFFIX_CHARS = 8


def is_site_name(segment: str, sites: set[str]) -> bool:
    """Whether ``segment`` of a title names the site (one of ``sites``, keys of site names),
    or is a date or a "by Author" credit.  A segment names a site when its key equals a site
    key, is one of 4+ characters and a short ending (``SITE_SUFFIX_CHARS``: "Globalnews.ca",
    "Spiegel Online"; not "The Guardian view on Hong Kong", a headline opening with the
    site's name), or is a 4+ character start of one covering most of it ("BILD" of bild.de)."""
    if _DATE_SEGMENT.match(segment) or _BY_SEGMENT.match(segment):
        return True
    key = _key(segment)
    return not key or names_site(key, sites)


def name_key(text: str) -> str:
    """The key a site's name is compared by (:func:`site_keys`' keys): NFKC, case-folded,
    "ä"→"ae" etc., accents dropped, letters and digits only ("Börsen-Zeitung" →
    "boersenzeitung")."""
    return _key(text)


def names_site(key: str, sites: Collection[str]) -> bool:
    """Whether a name whose :func:`name_key` is ``key`` names the site of ``sites`` (keys):
    the rule of :func:`is_site_name` ("Spiegel Online" of spiegel.de, "BILD" of bild.de)."""
    return any(
        key == s
        or (len(s) >= 4 and key.startswith(s) and len(key) - len(s) <= SITE_SUFFIX_CHARS)
        or (len(key) >= 4 and s.startswith(key) and len(key) >= 0.6 * len(s))
        for s in sites
    )


def strip_site_segments(title: str | None, sites: set[str]) -> tuple[str | None, list[str]]:
    """``title`` without the segments naming the site (keys as made by :func:`_key`) at either
    end, and the segments cut.  A title whose every segment looks like the site is kept whole.
    Where the site's name at the end was cut at a separator without spaces, a section's name
    before it goes too (:data:`_SECTION_TAIL`; not among the segments returned).  Then the
    site's name as a label before a colon or in brackets at either end goes ("Vale Chronicle:
    Bridge closes", "Bridge closes [Vale Chronicle]", "(Vale Chronicle) Bridge closes";
    :func:`_strip_named`): a colon or a bracket that does not follow or hold a name of the
    site is the headline's own ("Brexit: what now", "Biden [sic] says")."""
    if not title:
        return title, []
    kept, cut = _strip_separated(title, sites)
    if kept:
        kept, named = _strip_named(kept, sites)
        cut += named
    return kept, cut


# A title's site name written as a label before a colon ("Vale Chronicle: Bridge closes") or
# in brackets at either end ("Bridge closes [Vale Chronicle]", "Bridge closes (Vale
# Chronicle)", "[Vale Chronicle] Bridge closes").  Only a name of the site is cut: "Brexit:
# what now" and "Biden [sic] says" keep theirs.  At most this many characters in the name.
SITE_LABEL_CHARS = 60
_COLON_LABEL = re.compile(rf"^\s*([^:]{{1,{SITE_LABEL_CHARS}}}?)\s*:\s+(?=\S)")
_BRACKET_END = re.compile(rf"\s*[\[(]([^\[\]()]{{1,{SITE_LABEL_CHARS}}})[\])]\s*$")
_BRACKET_START = re.compile(rf"^\s*[\[(]([^\[\]()]{{1,{SITE_LABEL_CHARS}}})[\])]\s*")


# A label is the site's name when its key is a site key, or one of at least this many
# characters and a short ending ("Vale Chronicle Online" of valechronicle): stricter than
# :func:`names_site`, as a label before a colon is as often a place or a topic that starts a
# site's name ("Washington: …" on washingtonpost.com, "Times Square: …" on times.example).
SITE_LABEL_STEM_CHARS = 6


def _labels_site(key: str, sites: set[str]) -> bool:
    return bool(key) and any(
        key == s
        or (
            len(s) >= SITE_LABEL_STEM_CHARS
            and key.startswith(s)
            and len(key) - len(s) <= SITE_SUFFIX_CHARS
        )
        for s in sites
    )


def _strip_named(title: str, sites: set[str]) -> tuple[str, list[str]]:
    """``title`` without a colon label or a bracketed name at either end that is the site's
    name (:func:`_labels_site` of its :func:`name_key`), and the names cut; a title that
    would be left without a letter or digit is kept whole."""
    cut: list[str] = []
    for pattern in (_COLON_LABEL, _BRACKET_END, _BRACKET_START):
        m = pattern.search(title)
        if m is None:
            continue
        rest = (title[: m.start()] + title[m.end() :]).strip()
        if _labels_site(_key(m.group(1)), sites) and _key(rest):
            cut.append(m.group(1).strip())
            title = rest
    return title, cut


def _strip_separated(title: str, sites: set[str]) -> tuple[str | None, list[str]]:
    """:func:`strip_site_segments` for the segments between separators."""
    spans = segment_spans(title)
    if len(spans) < 2:
        return title, []
    first, last = 0, len(spans)
    while last - first > 1 and is_site_name(title[slice(*spans[last - 1])], sites):
        last -= 1
    while last - first > 1 and is_site_name(title[slice(*spans[first])], sites):
        first += 1
    if (first, last) == (0, len(spans)):
        return title, []
    cut = [title[a:b] for a, b in spans[:first] + spans[last:]]
    kept = title[spans[first][0] : spans[last - 1][1]].strip()
    separator = title[spans[last - 1][1] : spans[last][0]] if last < len(spans) else " "
    if not any(ch.isspace() for ch in separator) and (section := _SECTION_TAIL.search(kept)):
        kept = kept[: section.start()]  # a section's name, not the site's: not in ``cut``
    return kept, cut


def site_keys(url: str | None, site: str | None) -> set[str]:
    """Keys of the names a page's site goes by, for :func:`strip_site_segments`: the labels of
    its URL's host (``www.miamiherald.com`` → ``miamiherald``) and its ``site`` (a host, or a
    name such as "Miami Herald")."""
    keys = _host_keys(url)
    if site:
        host = " " not in site.strip() and "." in site
        keys |= _host_keys(f"https://{site.strip()}") if host else {_key(site)}
    keys.discard("")
    return keys


def _host_keys(url: str | None) -> set[str]:
    m = re.match(r"[a-z][a-z0-9+.-]*://([^/:?#]+)", url or "", re.IGNORECASE)
    if not m:
        return set()
    labels = m.group(1).lower().split(".")
    keys = {_key(label) for label in labels[:-1] if label not in _HOST_NOISE}
    return {k for k in keys if len(k) >= 2}


def jsonld_objects(tree: Any) -> list[dict[str, Any]]:
    """The JSON-LD objects of a page (lxml tree): each ``application/ld+json`` script's
    top-level objects and those of its ``@graph``, in page order (at most 20 scripts; a
    script that does not parse is passed over)."""
    objects: list[dict[str, Any]] = []

    def walk(node: Any, depth: int) -> None:
        if depth > 4:
            return
        if isinstance(node, list):
            for item in node[:50]:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            objects.append(node)
            if "@graph" in node:
                walk(node["@graph"], depth + 1)

    for script in tree.xpath('//script[@type="application/ld+json"]')[:20]:
        text = _unwrapped(script.text or "")
        try:
            # strict=False: a raw newline or tab inside a string (CMSs write them) is allowed
            walk(json.loads(text, strict=False), 0)
        except (ValueError, RecursionError):
            continue
    return objects


# What CMSs wrap a JSON-LD block in: a CDATA section (XHTML habits, "//<![CDATA[ ... //]]>")
# or an HTML comment; json.loads fails on either, and the page's headline and publication
# date were lost with it (a 2020 article then took its 2025 modification date).
_JSONLD_WRAPPER = re.compile(
    r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$"
)


def _unwrapped(text: str) -> str:
    """A JSON-LD block without its wrapper (:data:`_JSONLD_WRAPPER`).  The pattern's closing half
    is tried at every character of the block (0.4 ms a page on the 439 Zyte + Fundus pages of
    bench/speed.py); a block whose stripped text neither opens with "<!" or "//" nor closes with
    "]]>" or "-->" has no wrapper to remove, and is returned as it is."""
    if text.lstrip().startswith(("<!", "//")) or text.rstrip().endswith(("]]>", "-->")):
        return _JSONLD_WRAPPER.sub("", text)
    return text


def _types(obj: dict[str, Any]) -> str:
    t = obj.get("@type")
    return " ".join(t) if isinstance(t, list) else str(t or "")


def _valid_date(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) < 8 or len(value) > 40:
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return None if placeholder_date(value) else value  # then the page's next source


def _names_site(h1: Any, text: str, title_tag: str | None) -> bool:
    """An <h1> that is the site's name: a masthead link to the home page, or the last segment
    of a <title> whose other segment is longer ("Headline | Site name")."""
    links = h1.findall(".//a")
    if len(links) == 1 and (links[0].get("href") or "").strip() in {"/", "./", "index.html"}:
        return True
    if not title_tag:
        return False
    segments = [p for p in SEGMENT_SEP.split(title_tag) if p.strip()]
    return (
        len(segments) >= 2
        and _key(segments[-1]) == _key(text)
        and max(len(p) for p in segments[:-1]) > len(text)
    )


def _fold(text: str) -> str:
    """Comparison form of a headline: NFKC, typographic quotes as ASCII ones, case folded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(text.casefold().split())


_QUOTES = str.maketrans("‘’‚‛′`“”„‟″«»", "\'\'\'\'\'\'\"\"\"\"\"\"\"")


# Scripts written without spaces (Han, kana, Thai...: clipper.scripts): there a "word" of a
# headline is a character pair of a run (marks included).
_TITLE_WORD = re.compile(rf"[{UNSPACED}]+|\w+")
_NO_SPACES = re.compile(f"[{UNSPACED}]")


def _title_words(text: str) -> tuple[set[str], set[str]]:
    """A headline's words (NFKC, case folded; Han/kana runs as character pairs), and those of
    them that are not three letters or fewer."""
    words: set[str] = set()
    long: set[str] = set()
    for token in _TITLE_WORD.findall(_fold(text)):
        if _NO_SPACES.search(token):
            pairs = {token[i : i + 2] for i in range(max(1, len(token) - 1))}
            words |= pairs
            long |= pairs
        else:
            words.add(token)
            if len(token) > 3:
                long.add(token)
    return words, long


def _shares_word(a: str, b: str) -> bool:
    """Whether two headlines have a word in common, not counting words of three letters or
    fewer ("and", "the", "der") while both have longer ones."""
    words_a, long_a = _title_words(a)
    words_b, long_b = _title_words(b)
    if long_a and long_b:
        return bool(long_a & long_b)
    return bool(words_a & words_b)


def _headline_part(
    candidate: str | None, h1: str | None, headings: _Headings | None = None
) -> str | None:
    """``candidate`` cut to the page's ``<h1>`` when it is that headline followed by a separator
    and more segments ("Headline - Section - Site name" whose site segments were not recognised
    by name): what follows a headline in a title is the site's furniture.  Without such an
    ``<h1>``, cut to one of the page's other ``headings`` (a theme's ``<h2 class=post-title>``
    under a masthead ``<h1>``) that the candidate holds whole at either end, next to a
    separator, with what it leaves shorter than itself ("Headline | TC Online", "TC Online |
    Headline": a site name nothing on the page declares)."""
    if not candidate:
        return candidate
    if (
        h1
        and len(candidate) > len(h1)
        and _fold(candidate[: len(h1)]) == _fold(h1)
        and SEGMENT_SEP.match(candidate, len(h1)) is not None
    ):
        return h1
    if headings is None or SEGMENT_SEP.search(candidate) is None:
        return candidate
    folded = _fold(candidate)
    for heading in headings.texts():
        head = _fold(heading)
        if len(head) * 2 <= len(folded) or len(head) >= len(folded):
            continue
        if len(head.split()) < 2 and not _NO_SPACES.search(head):
            continue  # one word (a label); a headline of an unspaced script has no spaces
        if _holds(candidate, folded, heading, head):
            return heading
    return candidate


def holds_as_segment(title: str, part: str) -> bool:
    """Whether ``title`` is ``part`` and more segments on either side, a separator between
    ("Local » Headline" holds "Headline"): what is left of a title once the site's name is cut,
    still carrying a section's name."""
    folded, head = _fold(title), _fold(part)
    return bool(head) and len(head) < len(folded) and _holds(title, folded, part, head)


def _holds(title: str, folded: str, part: str, head: str) -> bool:
    """Whether ``title`` (folded: ``folded``) starts or ends with ``part`` (folded: ``head``)
    next to a separator.  The separator is looked for in the title as written too: folding
    makes a guillemet a quote ("Local » Headline")."""
    if folded.startswith(head):
        return (
            SEGMENT_SEP.match(folded, len(head)) is not None
            or SEGMENT_SEP.match(title, len(part)) is not None
        )
    if folded.endswith(head):
        return (
            _ENDS_WITH_SEP.search(folded[: -len(head)]) is not None
            or _ENDS_WITH_SEP.search(title[: len(title) - len(part)]) is not None
        )
    return False


# A separator at the end of what precedes a headline in a title ("TC Online | ").
_ENDS_WITH_SEP = re.compile(f"(?:{SEGMENT_SEP.pattern})$")

# Headings a theme sets an article's headline in besides <h1>: <h2>-<h4>, and elements named
# for it ("entry-title", "post-title", "article-headline", hAtom's "entry-title").
_HEADLINE_CLASS = re.compile(
    r"(?:^|[\s_-])(?:entry|post|article|story|news)[_-]?(?:title|headline)(?:$|[\s_-])"
    r"|(?:^|\s)headline(?:$|\s)",
    re.IGNORECASE,
)
_HEADINGS = "//h2|//h3|//h4|//*[contains(@class, 'itle') or contains(@class, 'eadline')]"
_HEADING_TAGS = frozenset({"h2", "h3", "h4"})
# What rule 5 takes a headline from when a theme names it (<h1> is rule 3's).
_NAMED_HEADING_TAGS = frozenset({"h2", "h3", "h4", "div", "span", "a"})
_INLINE_TAGS = frozenset({"a", "em", "strong", "b", "i"})


class _Headings:
    """The texts of a page's headings other than ``<h1>`` (:data:`_HEADLINE_CLASS`), in page
    order, read once and only when asked for (most titles have no segment left to cut)."""

    def __init__(self, tree: Any) -> None:
        self._tree = tree
        self._texts: list[str] | None = None

    def texts(self) -> list[str]:
        if self._texts is None:
            self._texts = []
            for el in self._tree.xpath(_HEADINGS)[:200]:
                if not isinstance(el.tag, str):
                    continue
                if el.tag not in _HEADING_TAGS and not _HEADLINE_CLASS.search(
                    el.get("class") or ""
                ):
                    continue
                if (text := _clean(el.text_content())) and text not in self._texts:
                    self._texts.append(text)
        return self._texts


def page_meta(tree: Any, url: str | None) -> PageMeta:
    """Headline, declared publication date and site names of one parsed page (see module)."""
    meta = PageMeta()
    metas: dict[str, str] = {}
    head = tree.find("head")
    scope = head if head is not None and len(head) else tree  # metadata lives in <head>
    for el in scope.iter("meta"):
        name = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        content = el.get("content")
        if name and content and name not in metas:
            metas[name] = content
    article: dict[str, Any] | None = None
    sites = _host_keys(url)
    publisher_name: str | None = None
    jsonld = jsonld_objects(tree)
    for obj in jsonld:
        types = _types(obj)
        if article is None and _ARTICLE_TYPE.search(types) and obj.get("headline"):
            article = obj
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            sites.add(_key(publisher["name"]))
            publisher_name = publisher_name or _clean(publisher["name"])
        if re.search(r"Organization|WebSite", types) and isinstance(obj.get("name"), str):
            sites.add(_key(obj["name"]))
    for name in ("og:site_name", "twitter:site"):
        if metas.get(name):
            sites.add(_key(metas[name].lstrip("@")))
    meta.site_name = _clean(metas.get("og:site_name")) or publisher_name
    sites.discard("")

    meta.published = _declared_date(tree, article, jsonld, metas)
    if meta.published is not None:
        meta.published = offset_of_twin(meta.published, _page_times(tree, jsonld, metas))

    title_tag = _clean(next((t.text_content() for t in scope.iter("title")), None))
    stripped_title, cut = strip_site_segments(title_tag, sites)
    sites |= {_key(c) for c in cut if not _DATE_SEGMENT.match(c) and not _BY_SEGMENT.match(c)}
    sites.discard("")
    meta.site_names = sites
    if meta.published is None:
        meta.published = next((d for d in map(_title_date, cut) if d), None)

    h1_text: str | None = None
    for h1 in tree.iter("h1"):
        text = _clean(h1.text_content())
        if not text or _in_consent_banner(h1):
            continue
        if is_site_name(text, sites):
            key = _key(text)
            if key and key not in sites and names_site(key, sites):
                # the site's name as its masthead shows it, shorter than its host ("Kreisbote"
                # of kreisbote-tal.example): the name a <title>'s label uses ("Kreisbote: …")
                sites.add(key)
                stripped_title, _ = strip_site_segments(title_tag, sites)
            continue
        if _names_site(h1, text, title_tag):
            sites.add(_key(text))
            stripped_title, _ = strip_site_segments(title_tag, sites)
            continue
        h1_text = text
        break
    headline = article.get("headline") if article else None
    h1_headline = h1_text
    if h1_text and stripped_title and not _shares_word(h1_text, stripped_title):
        # An <h1> with no word of the page's <title> is a section's or a box's label
        # ("Allergies Health Center" over "Babies Who Eat Peanuts Early May Avoid Allergy").
        h1_headline = stripped_title
    # Lazily, in order: the microdata search walks the whole tree, and most pages stop earlier.
    candidates: tuple[Callable[[], str | None], ...] = (
        lambda: _clean(headline) if isinstance(headline, str) else None,
        lambda: _clean(metas.get("og:title")),
        lambda: _clean(metas.get("twitter:title")),
        lambda: _microdata_headline(tree),
        lambda: h1_headline,
    )
    headings = _Headings(tree)
    for candidate in candidates:
        title = _headline_part(strip_site_segments(candidate(), sites)[0], h1_text, headings)
        if title and not is_site_name(title, sites):  # og:title = og:site_name: no headline
            meta.title = title
            break
    meta.title_tag = _headline_part(stripped_title, h1_text, headings)
    meta.subhead = _first_subhead(tree, sites)
    return meta


def _declared_date(
    tree: Any, article: dict[str, Any] | None, jsonld: list[dict[str, Any]], metas: dict[str, str]
) -> str | None:
    """The publication date the page declares (see the module docstring), as written."""
    if article is not None and (date := _valid_date(article.get("datePublished"))):
        return date
    # A WebPage's mainEntity counts for the date only: its headline is often the SEO one, not
    # the page's (Fundus: Merkur's "… sät Zweifel" for "… lässt Zweifel aufkommen").
    entities = [e for o in jsonld if isinstance(e := o.get("mainEntity"), dict)]
    for obj in [*jsonld, *entities]:
        if _DATED_TYPE.search(_types(obj)) and (date := _valid_date(obj.get("datePublished"))):
            return date
    by_key = {re.sub(r"[^a-z0-9]", "", name): value for name, value in reversed(metas.items())}
    for name in _DATE_META:
        if date := _valid_date(by_key.get(name)):
            return date
    for xpath in (_MICRODATA_DATE, _MICROFORMAT_DATE):
        for el in tree.xpath(xpath):
            if date := _valid_date(el.get("content") or el.get("datetime")):
                return date
    return None


def _page_times(tree: Any, jsonld: list[dict[str, Any]], metas: dict[str, str]) -> Iterator[str]:
    """Every time the page gives of itself, for :func:`clipper.dates.offset_of_twin`: its meta
    tags' values (``date``, ``last-modified``, ``og:updated_time``...), its JSON-LD objects'
    (and their ``mainEntity``'s) ``date*`` values, its microdata's and ``<time>`` elements'.
    Lazy: read only for a declared time without an offset."""
    yield from metas.values()
    for obj in jsonld:
        for node in (obj, obj.get("mainEntity")):
            if isinstance(node, dict):
                yield from (
                    v for k, v in node.items() if k.startswith("date") and isinstance(v, str)
                )
    for el in tree.xpath(".//*[starts-with(@itemprop, 'date')] | .//time[@datetime]"):
        yield el.get("content") or el.get("datetime") or ""


# A day the page's own <title> ends with ("Headline | Europe | DW | 28.04.2023"): day, month and
# year separated by dots (the day-first order of every language that writes dots), or ISO.
_TITLE_DATE_DOTS = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")
_TITLE_DATE_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def _title_date(segment: str) -> str | None:
    """``YYYY-MM-DD`` when a ``<title>`` segment is a date written dd.mm.yyyy or ISO, else None
    (a page without a declared date: its teasers' dates mislead htmldate, Fundus' DW page)."""
    if m := _TITLE_DATE_DOTS.match(segment):
        day, month, year = (int(g) for g in m.groups())
    elif m := _TITLE_DATE_ISO.match(segment):
        year, month, day = (int(g) for g in m.groups())
    else:
        return None
    try:
        return datetime(year, month, day).strftime("%Y-%m-%d")
    except ValueError:
        return None


# A consent banner's box (OneTrust, Didomi, Cookiebot, Quantcast, Usercentrics, Sourcepoint and
# themes' own "cookie-notice"), by its id or class: its heading ("Welcome to the Post!") is none
# of the article's.
_CONSENT_BOX = re.compile(
    r"onetrust|didomi|cybotcookiebot|qc-cmp|usercentrics|sp_message|truste|cookie|consent"
    r"|gdpr|(?:^|[\s_-])cmp(?:$|[\s_-])",
    re.IGNORECASE,
)
# A page's masthead (the site's name and tagline above a blog theme's posts), by its tag, id or
# class: its short <p> ("News for Gull Point") is no paragraph of the article.
_MASTHEAD = re.compile(r"masthead|site-header|site-branding|branding|site-title|tagline"
                       r"|site-description", re.IGNORECASE)
_BOX_DEPTH = 8


def _in_consent_banner(el: Any) -> bool:
    """Whether ``el`` sits in a consent banner's box (:data:`_CONSENT_BOX`, within
    :data:`_BOX_DEPTH` ancestors)."""
    return _in_box(el, _CONSENT_BOX)


def _in_masthead(el: Any) -> bool:
    """Whether ``el`` is in the page's ``<header>`` or an element named as its masthead or
    tagline (:data:`_MASTHEAD`), within :data:`_BOX_DEPTH` ancestors."""
    return _in_box(el, _MASTHEAD, tag="header")


def _in_box(el: Any, named: re.Pattern[str], tag: str | None = None) -> bool:
    node = el
    for _ in range(_BOX_DEPTH):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag == tag or named.search(f"{node.get('id') or ''} {node.get('class') or ''}"):
            return True
        node = node.getparent()
    return False


def _microdata_headline(tree: Any) -> str | None:
    """The text of the page's schema.org microdata headline (``itemprop="headline"``: an
    ``<h1 itemprop=headline>`` below a section's ``<h1>Sports Items</h1>``), if any."""
    for el in tree.xpath('//*[@itemprop="headline"]'):
        text = _clean(el.get("content") or el.text_content())
        if text:
            return text
    return None


def _first_subhead(tree: Any, sites: set[str]) -> str | None:
    """Rule 5: the first ``<h2>`` of the ``<article>`` (else ``<main>``, else the page), or
    element a theme names as the headline (``<h3 class="entry-title">``, ``<div
    class="post-title">``: :data:`_HEADLINE_CLASS`), met before its first ``<p>``, when it is
    not the site's name."""
    scope = next((el for tag in ("article", "main") for el in tree.iter(tag)), tree)
    for el in scope.iter():
        if el.tag == "p" and not _in_masthead(el):
            return None
        if el.tag != "h2" and not (
            el.tag in _NAMED_HEADING_TAGS
            and _HEADLINE_CLASS.search(el.get("class") or "")
            # the headline's own element, not a box around it and its byline, date or label
            and all(child.tag in _INLINE_TAGS for child in el.iterdescendants())
        ):
            continue
        text = _clean(el.text_content())
        if text and not is_site_name(text, sites):
            return text
    return None
