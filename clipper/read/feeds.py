"""RSS and Atom feeds saved as files (``.rss``, ``.atom``, or ``.xml`` holding a feed), read
with feedparser: each item one page, origin ``path:N`` for the Nth, made a record as a
feedparser-shaped JSON item is (:func:`clipper.read.fields.record_event`).

An item's page: its ``link`` as URL (an RSS ``<source url>`` as its outlet, as in feedparser's
JSON), its title, its ``published`` date (else Atom's ``updated``), its author and language,
and as body the item's full content (RSS ``content:encoded``, Atom ``<content>``; the
Yandex formats Russian sites publish, ``<yandex:full-text>`` beside a teaser ``<description>``
and Yandex Turbo's ``<turbo:content>``), cleaned as HTML (as text when the feed says plain text
or it holds no markup); without one, its summary, which is usually a teaser the cleaning then
rejects as too short.  When the feed was fetched is not in it: the pages have no fetch time.
"""

from __future__ import annotations

import io
import re
from collections.abc import Generator
from pathlib import Path
from typing import Any

import feedparser

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.failures import Event, Progress
from clipper.read.fields import record_event
from clipper.read.pages import read_whole
from clipper.read.sniffing import SNIFF_BYTES, ascii_compatible, wide_codec
from clipper.read.trafxml import opens_trafilatura_doc, trafilatura_page

_HTML_TYPES = ("text/html", "application/xhtml+xml")

# A feed's opening: what may come before its root element (a byte-order mark, the XML
# declaration, a style sheet's or another processing instruction, comments, a DOCTYPE such as
# RSS 0.91's), then the root element of RSS 0.9x/2.0 (``<rss``), Atom (``<feed`` in Atom's
# namespace, any prefix) or RSS 1.0 / 0.90 (``<rdf:RDF`` declaring RSS's or Netscape's RSS
# namespace).
_PROLOGUE = rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*"
_FEED_ROOT = re.compile(
    _PROLOGUE + rb"<(?:rss\b|(?:\w+:)?feed\b[^>]*http://www\.w3\.org/2005/Atom"
    rb"|(?:\w+:)?RDF\b[^>]*(?:purl\.org/rss/1\.0|my\.netscape\.com/rdf/simple/0\.9))",
    re.IGNORECASE | re.DOTALL,
)


# The encoding an XML declaration names.
_XML_ENCODING = re.compile(rb"""(<\?xml[^>]*?encoding\s*=\s*)["'][^"']*["']""")


def opens_feed(head: bytes) -> bool:
    """Whether ``head``, a file's first bytes (UTF-8, or UTF-16/32 made ASCII-searchable by
    :func:`clipper.read.sniffing.ascii_compatible`), opens an RSS, Atom or RDF feed by its
    root element, whatever the file is named: a feed saved as ``feed``, ``rss.php``,
    ``atom.aspx`` or ``news.txt`` is read as one (newcomer 26, finding 19)."""
    return _FEED_ROOT.match(head) is not None


def read_feed(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """One page per item of the feed at ``path`` (the one page of trafilatura's XML output:
    :mod:`clipper.read.trafxml`), or the rejection saying why there is none:
    ``too-large`` (it is parsed whole: ``max_line_bytes``), ``empty``, ``binary``,
    ``unsupported-file`` (XML that is no RSS or Atom feed: a sitemap's cousin, a config file),
    ``empty`` for a feed of no items.  A feed cut short (no closing tag) keeps its whole items
    and counts one ``truncated``: at ``path:N`` for an Nth item cut in the middle (not read:
    its text may end anywhere), else at ``path``."""
    origin = str(path)
    data = read_whole(path, gz, limits.max_line_bytes, "file", "a feed", limits)
    if isinstance(data, Rejection):
        yield data
        return
    if wide_codec(data[:SNIFF_BYTES]):
        # a UTF-16 or UTF-32 feed (Windows' "Unicode"): read as its UTF-8 copy, so that its
        # closing tags are found (:func:`_cut_short`) as in any other feed
        data = _XML_ENCODING.sub(rb'\1"utf-8"', ascii_compatible(data), count=1)
    if opens_trafilatura_doc(data):  # trafilatura's own XML: one page, not a feed
        yield trafilatura_page(data, origin, limits)
        return
    # a stream, never a string: feedparser fetches a string that looks like a URL
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False)
    if not parsed.get("version"):
        what = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        yield Rejection(
            origin, "unsupported-file", f"XML that is not an RSS or Atom feed{what}: {path.name}"
        )
        return
    channel = parsed.get("feed", {})
    entries = list(parsed.entries)
    cut = _cut_short(data)
    if not entries and not cut:
        yield Rejection(
            origin, "empty", f"a feed with no items ({channel.get('title', path.name)})"
        )
        return
    # a feed cut short (a download stopped): its last item is whole only if it was closed
    half = cut and len(entries) > len(_ITEM_END.findall(data))
    whole = entries[:-1] if half else entries
    for number, entry in enumerate(whole, 1):
        record = item_record(entry, channel, parsed.get("namespaces", {}))
        yield record_event(record, f"{origin}:{number}", limits)
        progress.done = number
    if cut:
        yield _cut_rejection(origin, len(whole), half)


def _cut_rejection(origin: str, whole: int, half: bool) -> Rejection:
    """The ``truncated`` rejection of a feed cut short after ``whole`` whole items, inside
    the next (``half``: at ``path:N``) or between items (at ``path``)."""
    if whole == 0:
        read = "no whole item"
    else:
        read = f"the {whole} whole item{'s' if whole > 1 else ''}" + (" before it" * half)
        read += " was read" if whole == 1 else " were read"
    if half:
        return Rejection(
            f"{origin}:{whole + 1}", "truncated", f"file cut short inside item {whole + 1}; {read}"
        )
    where = f"after item {whole}" if whole else "before its first item"
    return Rejection(origin, "truncated", f"file cut short {where} (no closing tag); {read}")


# A feed's closing tag (RSS 2.0's </rss>, Atom's </feed>, RSS 1.0's </rdf:RDF>) and an item's.
_FEED_END = re.compile(rb"</(?:[\w-]+:)?(?:rss|feed|RDF)\s*>$")
_ITEM_END = re.compile(rb"</(?:[\w-]+:)?(?:item|entry)\s*>")


def _cut_short(data: bytes) -> bool:
    """Whether a feed's bytes end before its closing tag: a download or a write cut short."""
    return _FEED_END.search(data.rstrip(b"\x00 \t\r\n")) is None


def item_record(
    entry: dict[str, Any], channel: dict[str, Any], namespaces: dict[str, str] | None = None
) -> dict[str, Any]:
    """A feed item (feedparser's entry) as a record in the field names clipper reads;
    ``namespaces``: the feed's prefixes and the namespaces they name (feedparser's
    ``namespaces``: where to find Yandex's elements, :func:`_yandex_body`)."""
    record: dict[str, Any] = {
        "url": entry.get("link"),
        "title": entry.get("title"),
        "published": entry.get("published") or entry.get("updated"),
        # Atom's <updated> beside its <published>: when the entry last changed
        # (clipper.modifiedtimes: its update where really later); the entry's own, not
        # feedparser's stand-in (its "updated" gives "published" where the entry has none)
        "updated": dict.get(entry, "updated") if entry.get("published") else None,
        "author": entry.get("author"),
    }
    if isinstance(source := entry.get("source"), dict) and source.get("title"):
        record["source"] = {"href": source.get("href"), "title": source["title"]}
    # a Yandex element's whole text when the item has no content element (a teaser beside it)
    yandex = None if entry.get("content") else _yandex_body(entry, namespaces or {})
    body, kind, language = yandex or _body(entry)
    # "content" is read as HTML when it holds markup, else as text (a plain summary)
    record["content" if kind in _HTML_TYPES else "text"] = body
    record["language"] = language or channel.get("language")
    return {key: value for key, value in record.items() if value}


# Yandex's namespaces (Yandex News' RSS, Yandex Turbo pages' RSS) and the element holding the
# item's whole text in each: plain text, HTML.
_YANDEX_BODIES = (
    ("http://news.yandex.ru", "full-text", "text/plain"),
    ("http://turbo.yandex.ru", "content", "text/html"),
)


def _yandex_body(
    entry: dict[str, Any], namespaces: dict[str, str]
) -> tuple[str, str, str | None] | None:
    """``(text, MIME type, None)`` of an item's whole text in a Yandex element (feedparser
    keeps an element of a namespace it does not know as ``PREFIX_NAME``, the prefix the feed
    declared for it: ``yandex_full-text``), or None without one.  Yandex News required it of
    every Russian outlet's feed, whose ``<description>`` is a teaser."""
    for uri, name, kind in _YANDEX_BODIES:
        for prefix, declared in namespaces.items():
            value = entry.get(f"{prefix}_{name}") if declared.rstrip("/") == uri else None
            if isinstance(value, str) and value.strip():
                return value, kind, None
    return None


def _body(entry: dict[str, Any]) -> tuple[str, str, str | None]:
    """``(text, MIME type, language)`` of an item's fullest body: its first HTML content, else
    its first content, else its summary (a teaser, mostly)."""
    contents = [c for c in entry.get("content", []) if (c.get("value") or "").strip()]
    chosen = next((c for c in contents if c.get("type") in _HTML_TYPES), None)
    chosen = chosen or (contents[0] if contents else None)
    if chosen is None:
        detail = entry.get("summary_detail", {})
        return entry.get("summary", ""), detail.get("type", "text/html"), detail.get("language")
    return chosen["value"], chosen.get("type", "text/html"), chosen.get("language")
