"""An article body that a page carries only inside a script, as HTML in a JavaScript string.

Some sites render the article in the browser from data shipped inside the page: Next.js's App
Router writes the server-rendered HTML of the body into ``self.__next_f.push([1, "…"])`` chunks,
other frameworks into a JSON blob.  The static page then holds the headline and metadata but no
``<p>`` of the body, and trafilatura finds no article.  :func:`embedded_body_html` gives the HTML
those strings hold: every JSON-style string literal of at least :data:`MIN_STRING_CHARS`
characters inside an inline script (JSON-LD excepted) that decodes to markup holding a ``<p>``
element, joined in page order (a body split over several chunks stays whole), when together they
hold at least :data:`MIN_PARAGRAPHS` paragraphs, each text once (a Next.js Pages Router payload,
``__NEXT_DATA__``, carries the body in the page's props and again in its data cache: the article
was read twice).  clipper extracts it only when the page itself gave no article
(:func:`clipper.clean.clean_page`), so a page whose body is in its markup never reads its
scripts.  Such a page declares no date in its markup either: the payload's own
(``"publishedAt"``, ``"datePublished"``..., the one nearest the body) is its declared
publication date (:func:`embedded_published`).

Measured with ``bench/extraction.py --reuse``: three of the 714 pages of the four sets were
rejected ("no main text") and now give their article: a Korean daily's Next.js page on Fundus
(0.9552 -> 0.9562), and two pixable.com pages on newspaper4k (0.8247 -> 0.8189), whose expected
text is the benchmark's note "MISSED ENTIRE ARTICLE BECAUSE IT'S LOADED DYNAMICALLY BY
JAVASCRIPT": the articles that note says were missed are what clipper now reads, so the metric
counts every word of them as wrong.  Zyte and Readability unchanged.  The Korean daily's page
(Hankook Ilbo) carried its article twice, in a query cache's JSON and in flight chunks, and was
read twice (0.653); read once and dated by its ``deployDt``: 0.973 (Fundus 0.9576 -> 0.9598 with
the other rules of that run).
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from typing import Any

from clipper.dates import placeholder_date

__all__ = [
    "DATE_KEYS",
    "MIN_PARAGRAPHS",
    "MIN_STRING_CHARS",
    "date_value",
    "embedded_body_html",
    "embedded_published",
]

MIN_STRING_CHARS = 200
MIN_PARAGRAPHS = 2
# A string literal with JSON escapes; long ones only (a body, not a label).  The inner pattern
# consumes one character or one escape per step, so matching is linear in the script's length.
_STRING = re.compile(r'"((?:[^"\\\n]|\\.){' + str(MIN_STRING_CHARS) + r',})"')
_PARAGRAPH = re.compile(r"<p[\s>]", re.IGNORECASE)
# A template marker the page's script replaces before showing the body ("$$ARTICLEAD$$": an
# advertisement's slot).
_PLACEHOLDER = re.compile(r"\$\$[A-Z][A-Z0-9_]*\$\$")
# What marks a script as possibly holding paragraph markup: "<p" itself or JSON's "\u003cp".
_HINTS = ("<p", "\\u003cp", "\\u003Cp", "\\x3cp")
_TAG = re.compile(r"<[^>]*>")
_PARAGRAPH_ELEMENT = re.compile(r"<p[\s>].*?(?:</p>|(?=<p[\s>])|$)", re.IGNORECASE | re.DOTALL)
# A publication date's keys in a payload, the first the most telling.
DATE_KEYS = (
    "datePublished", "date_published", "publishedAt", "published_at", "publishDate",
    "publish_date", "publishedDate", "published_date", "publicationDate", "publication_date",
    "firstPublished", "firstPublishedAt", "firstPublishedDate", "first_published_at", "pubDate",
    "publishedTime", "published_time", "deployDt", "deployDate", "releaseDate", "release_date",
)
# A publication date's key and value in a payload, its quotes JSON-escaped or not (a Next.js App
# Router chunk is JSON inside a JavaScript string): an ISO date or an epoch time (10 or 13 digits).
_DATE_KEY = re.compile(
    r'\\?"(?:' + "|".join(sorted(DATE_KEYS, key=len, reverse=True)) + r')\\?"\s*:\s*'
    r'(?:\\?"(?P<iso>\d{4}-\d{2}-\d{2}[^"\\]{0,30})\\?"'
    r'|\\?"(?P<dots>\d{4}\.\d{2}\.\d{2}(?: \d{2}:\d{2}(?::\d{2})?)?)\\?"'
    r"|(?P<epoch>\d{13}|\d{10})\b)"
)


def _paragraph_texts(markup: str) -> frozenset[str]:
    """The texts of the ``<p>`` elements of ``markup``, whitespace collapsed, tags dropped."""
    return frozenset(
        " ".join(_TAG.sub(" ", m.group(0)).split()) for m in _PARAGRAPH_ELEMENT.finditer(markup)
    )


def _payload_parts(tree: Any) -> list[tuple[str, str, int]]:
    """Each long string literal of the inline scripts that decodes to paragraph markup, as
    ``(markup, the script's code, the literal's offset in it)``, in page order."""
    parts: list[tuple[str, str, int]] = []
    for script in tree.iter("script"):
        if script.get("src") or "ld+json" in (script.get("type") or "").lower():
            continue
        code = script.text or ""
        if len(code) < MIN_STRING_CHARS or not any(h in code for h in _HINTS):
            continue
        for m in _STRING.finditer(code):
            try:
                value = json.loads(f'"{m.group(1)}"')
            except ValueError:
                continue
            if _PARAGRAPH.search(value):
                parts.append((_PLACEHOLDER.sub("", value), code, m.start()))
    return parts


def _once(parts: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``parts`` without those whose paragraphs another part holds all of (the same body in two
    fields or two scripts of the payload, or a teaser of it): the first of two with the same
    paragraphs, the one with more where one holds the other's, at the place of the first."""
    kept: list[tuple[tuple[str, str, int], frozenset[str]]] = []
    for part in parts:
        paragraphs = _paragraph_texts(part[0])
        if any(paragraphs <= other for _, other in kept):
            continue
        inside = [i for i, (_, other) in enumerate(kept) if other <= paragraphs]
        if inside:
            kept[inside[0]] = (part, paragraphs)
            kept = [k for i, k in enumerate(kept) if i not in inside[1:]]
        else:
            kept.append((part, paragraphs))
    return [part for part, _ in kept]


def embedded_body_html(tree: Any) -> str | None:
    """The paragraph markup held in the inline scripts' long string literals of ``tree`` (an
    lxml tree), each text once (:func:`_once`: a Next.js payload carries the body in the page's
    props and again in its data cache), joined by newlines in page order, or None when no script
    holds any."""
    body = "\n".join(markup for markup, _, _ in _once(_payload_parts(tree)))
    return body if len(_PARAGRAPH.findall(body)) >= MIN_PARAGRAPHS else None


def embedded_published(tree: Any) -> str | None:
    """The publication date the script payload holding the body gives (``"publishedAt":
    "2024-03-05T08:00:00Z"``, ``"datePublished"``, ``"publishDate"``, ``"first_published_at"``,
    Korean CMSs' ``"deployDt": "2026.01.29 18:40"``..., :data:`_DATE_KEY`; JSON-escaped inside a
    Next.js App Router chunk as well), as written (a dotted date as ISO, ``2026-01-29T18:40``),
    or an epoch time in seconds or milliseconds as an ISO time (UTC): of the keys in the script that
    holds the first body string, the one nearest to it (a payload lists related articles with
    their dates too); None when no body string or no such date."""
    parts = _once(_payload_parts(tree))
    if not parts:
        return None
    _, code, at = parts[0]
    found: list[tuple[int, str]] = []
    for m in _DATE_KEY.finditer(code):
        if m.group("dots"):  # "2026.01.29 18:40", as Korean CMSs write it
            day, _, time = m.group("dots").partition(" ")
            value = day.replace(".", "-") + (f"T{time}" if time else "")
        else:
            value = m.group("iso") or m.group("epoch")
        date = date_value(value)
        if date is not None:
            found.append((abs(m.start() - at), date))
    return min(found)[1] if found else None


def date_value(value: str) -> str | None:
    """``value`` (an ISO date or time, or an epoch time in seconds or milliseconds) as an ISO
    date or time (an epoch time in UTC), or None: unreadable, or a placeholder date."""
    if value.isdigit():
        seconds = int(value) / (1000 if len(value) == 13 else 1)
        return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return None if placeholder_date(value) else value
