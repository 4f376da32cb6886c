"""Markdown pages: what crawlers built for language models write (Firecrawl's and Crawl4AI's
``markdown``, Jina Reader's "Markdown Content:"), as ``.md`` files or a record's ``markdown``
field.  A Markdown body is rendered to HTML with markdown-it-py (CommonMark and tables; raw
HTML in it is escaped, never run) and cleaned as an HTML page, so its headings, links and
images come out as an article's text and title, not as ``#``, ``[text](url)`` and ``![](…)``.

A ``.md`` file's provenance, when it states any: Jina Reader's header lines (``Title:``,
``URL Source:``, ``Published Time:`` before ``Markdown Content:``, blank lines between them or
not; any other ``Key: value`` line there is read as a text dump's header line is: ``URL:``,
``Date:``, ``Quelle:``) or a YAML front matter block (``---`` lines around ``key: value``
lines, the field names of JSON records).  Origin ``path``.  A ``.md`` file that names no source
URL is a README or notes beside a dump, not a page.  A file by another name (``.txt``, the name
``curl https://r.jina.ai/URL > page.txt`` gives it) that opens with such a header is Markdown
too (:func:`opens_markdown_header`): what it holds says so.
"""

from __future__ import annotations

import html
import re
from functools import cache
from typing import Any

from markdown_it import MarkdownIt

from clipper.read.crawlstatus import jina_status

# Jina Reader's plain-text answer: "Key: value" header lines (its own: Title, URL Source,
# Published Time, Description, Warning; or a scraper's URL:/Date: in their place), blank lines
# between them or not, then "Markdown Content:" and the Markdown.
_JINA_HEADER = re.compile(
    r"\A\s*((?:[^\W\d_][\w .'-]{0,40}?:[ \t]*[^\n]*\n+){1,12})Markdown Content:[ \t]*\n"
)
_URL_LINE = re.compile(r"^(?:URL Source|URL)[ \t]*:[ \t]*\S", re.MULTILINE | re.IGNORECASE)
# Jina's own labels, by the field names JSON records use (others: clipper.read.fields.field_name)
JINA_FIELDS = {"Title": "title", "URL Source": "url", "Published Time": "date_publish"}
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
            name, _, value = line.partition(":")
            name = JINA_FIELDS.get(name.strip(), name.strip())
            if name == "Warning":
                if jina_status(value) is not None:
                    record["warning"] = value.strip()  # the HTTP error it met: no article
            elif value.strip() and name not in record:
                record[name] = value.strip()
        return {**record, "markdown": text[jina.end() :]}
    front = front_matter(text)
    if front:
        fields, end = front
        return {**fields, "markdown": text[end:]}
    return {"markdown": text}


def opens_markdown_header(head: str) -> bool:
    """Whether a text opens with Jina Reader's header (:data:`_JINA_HEADER`: ``Key: value``
    lines, then ``Markdown Content:``) naming where the page came from (a ``URL Source:`` or
    ``URL:`` line): Markdown, whatever the file's name.  ``head``: the file's first bytes as
    text (a few KB is plenty: the header has at most 12 lines)."""
    jina = _JINA_HEADER.match(head.replace("\r\n", "\n").lstrip("\ufeff"))
    return jina is not None and _URL_LINE.search(jina.group(1)) is not None


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
