"""RSS and Atom feeds saved as files (``.rss``, ``.atom``, or ``.xml`` holding a feed), read
with feedparser: each item one page, origin ``path:N`` for the Nth, made a record as a
feedparser-shaped JSON item is (:func:`clipper.read.fields.record_event`).

An item's page: its ``link`` as URL (an RSS ``<source url>`` as its outlet, as in feedparser's
JSON), its title, its ``published`` date (else Atom's ``updated``), its author and language,
and as body the item's full content (RSS ``content:encoded``, Atom ``<content>``), cleaned as
HTML (as text when the feed says plain text or it holds no markup); without one, its
summary, which is usually a teaser the cleaning then rejects as too short.  When the feed was
fetched is not in it: the pages have no fetch time.
"""

from __future__ import annotations

import io
from collections.abc import Generator
from pathlib import Path
from typing import Any

import feedparser

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.failures import Event, Progress
from clipper.read.fields import record_event
from clipper.read.pages import read_whole

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_feed(
    path: Path, gz: bool, limits: ReadLimits, progress: Progress
) -> Generator[Event, None, None]:
    """One page per item of the feed at ``path``, or the rejection saying why there is none:
    ``too-large`` (it is parsed whole: ``max_line_bytes``), ``empty``, ``binary``,
    ``unsupported-file`` (XML that is no RSS or Atom feed: a sitemap's cousin, a config file),
    ``empty`` for a feed of no items."""
    origin = str(path)
    data = read_whole(path, gz, limits.max_line_bytes, "file", "a feed", limits)
    if isinstance(data, Rejection):
        yield data
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
    if not parsed.entries:
        yield Rejection(
            origin, "empty", f"a feed with no items ({channel.get('title', path.name)})"
        )
        return
    for number, entry in enumerate(parsed.entries, 1):
        yield record_event(item_record(entry, channel), f"{origin}:{number}", limits)
        progress.done = number


def item_record(entry: dict[str, Any], channel: dict[str, Any]) -> dict[str, Any]:
    """A feed item (feedparser's entry) as a record in the field names clipper reads."""
    record: dict[str, Any] = {
        "url": entry.get("link"),
        "title": entry.get("title"),
        "published": entry.get("published") or entry.get("updated"),
        "author": entry.get("author"),
    }
    if isinstance(source := entry.get("source"), dict) and source.get("title"):
        record["source"] = {"href": source.get("href"), "title": source["title"]}
    body, kind, language = _body(entry)
    # "content" is read as HTML when it holds markup, else as text (a plain summary)
    record["content" if kind in _HTML_TYPES else "text"] = body
    record["language"] = language or channel.get("language")
    return {key: value for key, value in record.items() if value}


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
