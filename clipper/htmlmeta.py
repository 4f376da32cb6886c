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
   ``<main>`` (else of the page) that comes before its first paragraph and is not the site's name;
   also before rule 4 when no ``<h1>`` is a headline (the masthead's is the site's name) and the
   ``<title>`` is a label of the page or the site, shorter than that heading and sharing none of
   its words ("Home | Site", "Site – Nachrichten", "Site: notizie e approfondimenti": a theme
   that titles every page so; :func:`_page_label`).

Every candidate loses the segments that name the site ("Headline | Site name", "Headline - Site",
"Site: Headline", "… | DW | 28.04.2023", "…：朝日新聞デジタル": :mod:`clipper.sitenames`): a
segment is the site's when it
matches ``og:site_name``, ``application-name``, the JSON-LD publisher, a label of the URL's host
(accents and ö/oe folded, so "Börsen-Zeitung" matches boersen-zeitung.de), or a segment that every
candidate of the page ends with, or a segment spelling out one of those names as an acronym
("APS - Agence de Presse Sénégalaise", "MAP - Maghreb Arabe Presse": an agency's pages titled
with its name, the report's headline in the ``<h1>`` or an ``<h2>``; only when that heading
shares no word with it: :func:`_spelled_out_names`); a date segment and a "by Author" segment
go too.  A segment
that opens with the site's name and runs on ("The Guardian view on Hong Kong: ...") is a
headline, not the site: only a short ending may follow the name ("Globalnews.ca", "Spiegel
Online").  An ``<h1>``
equal to one of those site names, or to a segment cut from ``<title>``, is the site's name and
is skipped.  A candidate that is the page's ``<h1>`` followed by a separator and more segments
("Headline - Die Neue Tageszeitung", "Headline | Sport") is cut to the ``<h1>``: what follows a
headline there is the site's or section's name, even when nothing on the page declares it
(Fundus +2 -1 pages; Readability -2, whose expected titles keep site and author suffixes).
A candidate that is a cut of the ``<h1>`` or the ``<title>`` (an ``og:title`` ended by an
unescaped ``"``, a trim mid-word) gives way to the whole one (:mod:`clipper.cuttitles`).
Order by measurement: JSON-LD > og:title > h1 > title gives 0.83 exact on Fundus
(og > JSON-LD 0.84 there but 0.56 instead of 0.58 on Readability; h1 first 0.74).

Publication date: :func:`clipper.pagedates.declared_date` (its module says the order), else a date
segment of the page's ``<title>`` (:func:`clipper.pagedates.title_date`); its declared
modification time: :func:`clipper.modifiedtimes.declared_modified`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from clipper.cuttitles import whole_title
from clipper.dates import offset_of_twin
from clipper.entities import unescape
from clipper.jsonld import jsonld_objects, types_of
from clipper.modifiedtimes import declared_modified
from clipper.pagedates import declared_date, page_times, title_date, unread_declared
from clipper.scripts import UNSPACED, caseless
from clipper.sitenames import (
    ACRONYM_MAX_CHARS,
    ACRONYM_MIN_CHARS,
    SEGMENT_SEP,
    is_date_or_byline,
    is_site_name,
    name_key,
    names_site,
    segment_spans,
    site_keys,
    spells_out,
    strip_site_segments,
    worded_date,
)

__all__ = ["PageMeta", "continued_in", "dated_in", "holds_as_segment", "page_meta"]

_ARTICLE_TYPE = re.compile(r"article|posting|report|story|blog", re.IGNORECASE)


@dataclass(slots=True)
class PageMeta:
    """What the page declares about itself."""

    title: str | None = None  # JSON-LD headline, og:title or <h1> (None: none of them)
    title_tag: str | None = None  # <title> without its site segments
    subhead: str | None = None  # the article's first <h2> before any paragraph (rule 5)
    published: str | None = None
    # when the page says it last changed (clipper.modifiedtimes.declared_modified: its
    # article:modified_time, JSON-LD dateModified…), as written; the offset of its twin as
    # ``published``'s (None: none)
    modified: str | None = None
    # a declared date left unread, when the page declares none read (pagedates.unread_declared)
    date_unread: str | None = None
    site_names: set[str] = field(default_factory=set)
    # The site's name as the page declares it: og:site_name, else the JSON-LD publisher's name
    # (never a guess from the title or a copyright line)
    site_name: str | None = None
    # A time the page shows without an offset (its "Actualizado 04/12/2026 19:15" line) with
    # the offset of the page's own time of that minute that gives one (its
    # article:modified_time "2026-12-04T19:15:00-03:00"): clipper.dates.offset_of_twin, read
    # lazily (newcomer 33, F15: the update line's time was stored and shown zoneless)
    with_twin_offset: Callable[[str], str] = lambda value: value


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    text = " ".join(unescape(text).replace("\u00ad", "").split())
    return text or None


def _names_site(h1: Any, text: str, title_tag: str | None) -> bool:
    """An <h1> that is the site's name: a masthead link to the home page (:func:`_links_home`),
    or the last segment of a <title> whose other segment is longer ("Headline | Site name")."""
    links = h1.findall(".//a")
    if len(links) == 1 and _links_home(links[0].get("href")):
        return True
    if not title_tag:
        return False
    segments = [p for p in SEGMENT_SEP.split(title_tag) if p.strip()]
    return (
        len(segments) >= 2
        and name_key(segments[-1]) == name_key(text)
        and max(len(p) for p in segments[:-1]) > len(text)
    )


def _links_home(href: str | None) -> bool:
    """Whether ``href`` is a site's home page: "/", "./", "index.html", or a site's root written
    whole ("https://gazette.example/", "//www.gazette.example"), as WordPress themes write
    their masthead's link and as html2text and other converters keep it ("# [Gazette](https://
    gazette.example/)" over "## Headline": a page with no address, whose site no host names).
    A fragment ("https://gazette.example/#top") is still the home page; a permalink has a
    path, and no headline links to a site's root."""
    href = (href or "").strip()
    if href in {"/", "./", "index.html"}:
        return True
    parts = urlsplit(href)
    return bool(parts.netloc) and parts.path in {"", "/"} and not parts.query


def _fold(text: str) -> str:
    """Comparison form of a headline: NFKC, typographic quotes as ASCII ones, case folded."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    return " ".join(caseless(text).split())


_QUOTES = str.maketrans("‘’‚‛′`“”„‟″«»", '\'\'\'\'\'\'"""""""')


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


# A <title> of at most this many words, no sentence's punctuation and its long words
# capitalised ("Tagesbote", "Il Mattino del Sud") is an outlet's name, not a headline, when the
# page's <h1> shares none of its words and has at least ``OUTLET_H1_MIN_WORDS`` words, more than
# it (an <h1> of a section's label, "Allergies Health Center", is shorter than the headline
# in the <title>).
OUTLET_NAME_MAX_WORDS = 4
OUTLET_H1_MIN_WORDS = 4
_SENTENCE_MARK = re.compile(r"[,.;:!?¿¡\"“”«»()]")


def _outlet_name(title: str, h1: str, sites: set[str]) -> bool:
    """Whether a page's (site-stripped) ``<title>`` is its outlet's name beside its ``<h1>``
    headline: a name of the site (:func:`clipper.sitenames.is_site_name` of ``sites``), or a
    short capitalised name sharing no word with a longer ``<h1>``
    (:data:`OUTLET_NAME_MAX_WORDS`, :data:`OUTLET_H1_MIN_WORDS`)."""
    if is_site_name(title, sites):
        return True
    words = title.split()
    h1_words = h1.split()
    return (
        len(words) <= OUTLET_NAME_MAX_WORDS
        and len(h1_words) >= max(OUTLET_H1_MIN_WORDS, len(words) + 1)
        and not _SENTENCE_MARK.search(title)
        and all(w[:1].isupper() or not w[:1].isalpha() for w in words if len(w) > 3)
        and not _shares_word(h1, title)
    )


def _spelled_out_names(
    titles: tuple[str | None, ...], sites: set[str], heading: Callable[[], str | None]
) -> set[str]:
    """Keys (:func:`clipper.sitenames.name_key`) of the segments of ``titles`` (the page's
    ``<title>``, og:title, twitter:title) that spell out an acronym
    (:func:`clipper.sitenames.spells_out`: "Agence de Presse Sénégalaise" of "APS") among the
    site's names ``sites`` (the address's label, og:site_name) or written in capitals as the
    title's other segment ("MAP - Maghreb Arabe Presse": then that acronym's key too), when
    the page's ``heading`` (its ``<h1>``, else rule 5's ``<h2>``) is another headline, sharing
    no word with it: an agency's pages title every report with its name so.  A headline whose
    capitals happen to spell the site's name ("Britain Braces for Cold" on bbc.example) is the
    page's ``<h1>`` too, and stays.  Empty when none does (most pages: no heading read)."""
    names = [key for key in sites if ACRONYM_MIN_CHARS <= len(key) <= ACRONYM_MAX_CHARS]
    found: dict[str, str] = {}
    for title in titles:
        cleaned = _clean(title)
        if not cleaned:
            continue
        segments = [cleaned[a:b].strip() for a, b in segment_spans(cleaned)]
        capitals = [seg for seg in segments if _ACRONYM.fullmatch(seg)]
        for segment in segments:
            spelled = [a for a in (*names, *map(name_key, capitals)) if spells_out(segment, a)]
            if spelled:
                found[name_key(segment)] = segment
                found.update((key, key) for key in spelled if key not in sites)
    if not found:
        return set()
    head = heading()
    if not head or any(_shares_word(head, segment) for segment in found.values()):
        return set()
    return set(found)


# An acronym written as a title's segment: capitals only ("MAP", "ATOP").
_ACRONYM = re.compile(rf"[A-Z]{{{ACRONYM_MIN_CHARS},{ACRONYM_MAX_CHARS}}}")


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


def continued_in(title: str, part: str) -> bool:
    """Whether ``title`` is ``part``, a separator, and words that go on with the headline
    rather than name a site or a section ("Council's plan – what it means", "Bridge shut –
    but for how long?"): the rest, read as written, is at least two words and starts with a
    lower-case letter or holds a question's or a clause's mark (:data:`_CONTINUES`); a site's
    or a section's name is capitalised and unpunctuated ("– My website", "- remoteStorage" is
    one word).  Either order ("what it means – Council's plan" holds it too)."""
    if not holds_as_segment(title, part):
        return False
    if title.startswith(part):
        rest = SEGMENT_SEP.sub(" ", title[len(part) :], count=1)
    elif title.endswith(part):
        rest = _ENDS_WITH_SEP.sub(" ", title[: len(title) - len(part)], count=1)
    else:
        return False  # held only once folded: not judged
    rest = rest.strip()
    return len(rest.split()) >= 2 and (rest[:1].islower() or _CONTINUES.search(rest) is not None)


def dated_in(title: str, part: str) -> bool:
    """Whether ``title`` is ``part``, a separator, and a date written with its month's name that
    ends it ("Weekly review – 5 December", "Meet the Press - July 15, 2018", "Wochenrückblick –
    5. Dezember 2026": :func:`clipper.sitenames.worded_date`): the edition a show, a column or
    a review names, the headline's own (trafilatura cuts a ``<title>`` at its first dash, so
    the headline lost its date).  A date of numbers alone ("… | 05.12.2026 | Le Soir") is the
    site's stamp, cut with the site's name (:func:`clipper.sitenames.is_date_or_byline`)."""
    if not holds_as_segment(title, part) or not title.startswith(part):
        return False
    return worded_date(SEGMENT_SEP.sub(" ", title[len(part) :], count=1))


# Marks a headline's words carry and a site's name does not (a question, a clause's comma).
_CONTINUES = re.compile(r"[?!,;]")


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


def page_meta(tree: Any, url: str | None, site: str | None = None) -> PageMeta:
    """Headline, declared publication date and site names of one parsed page (see module).
    ``site``: the site its reader gave it (``RawPage.site``: a record's site field, an
    e-mail's sender), a name of its site beside its URL's host."""
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
    sites = site_keys(url, site)
    publisher_name: str | None = None
    jsonld = jsonld_objects(tree)
    for obj in jsonld:
        types = types_of(obj)
        if article is None and _ARTICLE_TYPE.search(types) and obj.get("headline"):
            article = obj
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            sites.add(name_key(publisher["name"]))
            publisher_name = publisher_name or _clean(publisher["name"])
        if re.search(r"Organization|WebSite", types) and isinstance(obj.get("name"), str):
            sites.add(name_key(obj["name"]))
    for name in ("og:site_name", "twitter:site", "application-name"):
        if metas.get(name):
            sites.add(name_key(metas[name].lstrip("@")))
    meta.site_name = _clean(metas.get("og:site_name")) or publisher_name
    sites.discard("")

    meta.with_twin_offset = lambda value: offset_of_twin(value, page_times(tree, jsonld, metas))
    meta.published = declared_date(tree, article, jsonld, metas)
    if meta.published is not None:
        meta.published = meta.with_twin_offset(meta.published)
    else:
        meta.date_unread = unread_declared(article, metas)
    modified = declared_modified(tree, article, jsonld, metas)
    meta.modified = meta.with_twin_offset(modified) if modified else None

    title_tag = _clean(next((t.text_content() for t in scope.iter("title")), None))
    stripped_title, cut = strip_site_segments(title_tag, sites)
    sites |= {name_key(c) for c in cut if not is_date_or_byline(c)}
    sites.discard("")
    meta.site_names = sites
    if meta.published is None:
        meta.published = next((d for d in map(title_date, cut) if d), None)

    h1_text: str | None = None
    masthead: set[str] = set()  # the site's name as the <h1>s skipped for it write it
    for h1 in tree.iter("h1"):
        text = _clean(h1.text_content())
        if not text or _in_consent_banner(h1):
            continue
        if is_site_name(text, sites):
            key = name_key(text)
            masthead.add(key)
            if key and key not in sites and names_site(key, sites):
                # the site's name as its masthead shows it, shorter than its host ("Kreisbote"
                # of kreisbote-tal.example): the name a <title>'s label uses ("Kreisbote: …")
                sites.add(key)
                stripped_title, _ = strip_site_segments(title_tag, sites)
            continue
        if _names_site(h1, text, title_tag):
            sites.add(name_key(text))
            stripped_title, _ = strip_site_segments(title_tag, sites)
            continue
        h1_text = text
        break
    spelled = _spelled_out_names(
        (title_tag, metas.get("og:title"), metas.get("twitter:title")),
        sites,
        lambda: h1_text or _first_subhead(tree, sites),
    )
    if spelled:
        # the site's acronym spelled out as the title ("APS - Agence de Presse Sénégalaise")
        # over a headline of its own words: the agency's masthead (newcomer 32, F8a)
        sites |= spelled
        stripped_title, _ = strip_site_segments(title_tag, sites)
    headline = article.get("headline") if article else None
    h1_headline = h1_text
    if stripped_title and h1_text and _outlet_name(stripped_title, h1_text, sites):
        # a <title> that is only the outlet's name ("Tagesbote", "Correio de Roraima" of
        # correiororaima.example; a browser-saved page's file name): the <h1> is the headline
        sites.add(name_key(stripped_title))
        sites.discard("")
    elif h1_text and stripped_title and not _shares_word(h1_text, stripped_title):
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
    if meta.title is not None:
        # an og:title an unescaped '"' cut short ("…מצבא ארה" of "…מצבא ארה"ב"): the <h1>'s
        meta.title = whole_title(meta.title, (h1_text, meta.title_tag))
    meta.subhead = _first_subhead(tree, sites)
    label, _ = strip_site_segments(title_tag, sites | masthead)
    if meta.title is None and h1_text is None and _page_label(label, meta.subhead):
        # rule 5 before rule 4: the masthead <h1> is the site's name and the <title> left
        # once the name is cut is the page's label or the site's tagline ("Home | Site",
        # "Site – Nachrichten", "Site: news and views"), not the article's heading
        meta.title = meta.subhead
    return meta


def _page_label(title: str | None, subhead: str | None) -> bool:
    """Whether a page's ``<title>`` (its site segments cut) is a label of the page or the
    site ("Home", "Startseite", "Nachrichten", "notizie e approfondimenti") beside the
    article's own heading ``subhead`` (rule 5): shorter than it and sharing none of its words,
    as a section's label is beside a headline (rule 3's test, the other way round).  Every
    article of such a theme has the same ``<title>``; its heading is the headline."""
    return bool(
        title
        and subhead
        and len(_fold(title)) < len(_fold(subhead))
        and not _shares_word(title, subhead)
    )


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
_MASTHEAD = re.compile(
    r"masthead|site-header|site-branding|branding|site-title|tagline"
    r"|site-description",
    re.IGNORECASE,
)
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
