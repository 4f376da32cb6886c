"""Markdown pages: what crawlers built for language models write (Firecrawl's and Crawl4AI's
``markdown``, Jina Reader's "Markdown Content:"), as ``.md`` files or a record's ``markdown``
field.  A Markdown body is rendered to HTML with markdown-it-py (CommonMark and tables; raw
HTML in it is escaped, never run) and cleaned as an HTML page, so its headings, links and
images come out as an article's text and title, not as ``#``, ``[text](url)`` and ``![](…)``.

A ``.md`` file's provenance, when it states any: Jina Reader's header lines (``Title:``,
``URL Source:``, ``Published Time:`` before ``Markdown Content:``) or a YAML front matter block
(``---`` lines around ``key: value`` lines, the field names of JSON records).  Origin ``path``.
A ``.md`` file that names no source URL is a README or notes beside a dump, not a page.
"""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Any

from markdown_it import MarkdownIt

from clipper.read.crawlstatus import jina_status

# Jina Reader's plain-text answer: header lines, then the Markdown.
_JINA_HEADER = re.compile(
    r"\A\s*((?:(?:Title|URL Source|Published Time|Description|Warning): [^\n]*\n+)+)"
    r"Markdown Content:\n"
)
_JINA_FIELDS = {"Title": "title", "URL Source": "url", "Published Time": "date_publish"}
# YAML front matter: "---" lines around simple "key: value" lines.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[^\n]*\n){0,64}?)---[ \t]*\n")
_FRONT_LINE = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*?)\s*$", re.MULTILINE)


@cache
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_html(text: str, title: str | None = None) -> str:
    """A Markdown body as an HTML page (``title``, when given, as its ``<title>``)."""
    head = f"<title>{html.escape(title)}</title>" if title else ""
    body = _renderer().render(text)
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


def markdown_record(text: str) -> dict[str, Any]:
    """A ``.md`` file's text as a record (read by :mod:`clipper.read.fields`):
    ``{"markdown": body, ...}`` with the fields its header states."""
    jina = _JINA_HEADER.match(text)
    if jina:
        record: dict[str, Any] = {}
        for line in jina.group(1).splitlines():
            name, _, value = line.partition(": ")
            if name in _JINA_FIELDS and value.strip():
                record[_JINA_FIELDS[name]] = value.strip()
            elif name == "Warning" and jina_status(value) is not None:
                record["warning"] = value.strip()  # the HTTP error it met: no article
        return {**record, "markdown": text[jina.end() :]}
    front = front_matter(text)
    if front:
        fields, end = front
        return {**fields, "markdown": text[end:]}
    return {"markdown": text}


def front_matter(text: str) -> tuple[dict[str, str], int] | None:
    """The ``key: value`` fields of a YAML front matter block opening ``text`` (values without
    their quotes, blank ones left out) and where the text after it starts; None without one."""
    front = _FRONT_MATTER.match(text)
    if front is None:
        return None
    fields = {
        name: value.strip("\"'")
        for name, value in _FRONT_LINE.findall(front.group(1))
        if value.strip("\"'")
    }
    return fields, front.end()
