"""Markdown pages: what crawlers built for language models write (Firecrawl's and Crawl4AI's
``markdown``, Jina Reader's "Markdown Content:"), as ``.md`` files or a record's ``markdown``
field.  A Markdown body is rendered to HTML with markdown-it-py (CommonMark and tables; raw
HTML in it is escaped, never run) and cleaned as an HTML page, so its headings, links and
images come out as an article's text and title, not as ``#``, ``[text](url)`` and ``![](…)``.

A ``.md`` file's provenance, when it states any: Jina Reader's header lines (``Title:``,
``URL Source:``, ``Published Time:`` before ``Markdown Content:``, blank lines between them or
not; any other ``Key: value`` line there is read as a text dump's header line is: ``URL:``,
``Date:``, ``Quelle:``) or a YAML front matter block (``---`` lines around ``key: value``
lines, the field names of JSON records; lists, as Obsidian Web Clipper writes ``author:``,
through PyYAML; ``[[wiki links]]`` as their names).  Origin ``path``.  A ``.md`` file that
names no source URL is a README or notes beside a dump, not a page.  A file by another name
(``.txt``, the name ``curl https://r.jina.ai/URL > page.txt`` gives it) that opens with such a
header is Markdown too (:func:`opens_markdown_header`): what it holds says so.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any, NamedTuple

import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from clipper.dumpblocks import MENU_RUN, MENU_WORDS
from clipper.dumplines import normalise_line
from clipper.furniture.consent import consent_lines
from clipper.read.crawlstatus import jina_status
from clipper.scripts import SENTENCE_END, count_words

# Jina Reader's plain-text answer: "Key: value" header lines (its own: Title, URL Source,
# Published Time, Description, Warning; or a scraper's URL:/Date: in their place), blank lines
# between them or not, then "Markdown Content:" and the Markdown.
_JINA_HEADER = re.compile(
    r"\A\s*((?:[^\W\d_][\w .'-]{0,40}?:[ \t]*[^\n]*\n+){1,12})Markdown Content:[ \t]*\n"
)
_URL_LINE = re.compile(r"^(?:URL Source|URL)[ \t]*:[ \t]*\S", re.MULTILINE | re.IGNORECASE)
# Jina's own labels, by the field names JSON records use
# (others: clipper.read.fieldnames.field_name)
JINA_FIELDS = {"Title": "title", "URL Source": "url", "Published Time": "date_publish"}
# YAML front matter: "---" lines around simple "key: value" lines.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n((?:[^\n]*\n){0,64}?)---[ \t]*\n")


@cache
def _renderer() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def markdown_tokens(text: str) -> list[Token]:
    """A Markdown text's block and inline tokens (markdown-it-py's parse, as rendered here)."""
    return _renderer().parse(text)


def markdown_html(
    text: str, title: str | None = None, meta: Mapping[str, object] | None = None
) -> str:
    """A Markdown body as an HTML page (``title``, when given, as its ``<title>``), without the
    site's navigation a whole-page rendering keeps (:func:`_navigation`).  ``meta``: the
    crawler's record of the page's meta tags (Crawl4AI's and Firecrawl's ``metadata``): its
    ``og:``, ``article:`` and ``twitter:`` keys become the page's ``<meta property>`` tags, so
    its publication date, site name and headline are read as a page's
    (:mod:`clipper.htmlmeta`)."""
    head = f"<title>{html.escape(title)}</title>" if title else ""
    head += "".join(
        f'<meta property="{html.escape(name)}" content="{html.escape(value.strip())}">'
        for name, value in sorted((meta or {}).items())
        if isinstance(value, str) and value.strip() and _META_TAG.fullmatch(name)
    )
    renderer = _renderer()
    tokens = renderer.parse(text)
    drop = _navigation(tokens)
    if drop:
        tokens = _without(tokens, drop)
    body = renderer.renderer.render(tokens, renderer.options, {})
    return f"<html><head>{head}</head><body><article>{body}</article></body></html>"


# The meta tags a crawler's metadata record names as the page did (Open Graph, its article
# namespace, Twitter cards): "og:site_name", "article:published_time".
_META_TAG = re.compile(r"(?:og|article|twitter):[\w:.-]{1,60}", re.IGNORECASE)
# A paragraph of at least this many links and nothing else is a menu's row ("[Home](…) |
# [News](…)"); one link alone is a sentence's or a "read the report" line's.  Measured with
# bench/markdown_pages.py (whole-page Markdown of real pages, 2026-12-03, load 3-5): tuned on
# fundus, F1 0.7789 -> 0.7848 (better than a run of 4, 5-word menu lines, 8-word list items,
# or headings in runs: 0.7822, 0.7819, 0.7828, 0.7802); confirmed on zyte 0.7782 -> 0.7816
# and newspaper4k 0.6338 -> 0.6403.
MENU_ROW_LINKS = 2
# Text outside a list item's links that still leaves it a link list: separators.
_SEPARATORS = re.compile(r"[\W_]*")


def _navigation(tokens: Sequence[Token]) -> set[int]:
    """Indices of the ``inline`` tokens (paragraphs and list items; never headings or table
    cells) that are the site's navigation in a whole-page rendering (Crawl4AI's
    ``raw_markdown``, Jina Reader or Firecrawl without main-content filtering):

    - a **link-list item**: a list item that is nothing but links (and separators between
      them: ``* [Forside](https://…)``, ``- [Bochum](…) | [Bottrop](…)``): a menu's entry,
      a footer's, a "more stories" teaser's; and a paragraph of :data:`MENU_ROW_LINKS` links
      or more and nothing else (a menu's row);
    - a **menu run**: :data:`clipper.dumpblocks.MENU_RUN` or more paragraphs and list items in a
      row of at most :data:`clipper.dumpblocks.MENU_WORDS` words ending no sentence (link-list
      items among them), the text dumps' menu rule: ``- Bochum`` / ``- Bottrop`` / …;
    - a **consent banner**: the lines :func:`clipper.furniture.consent.consent_lines` finds in the
      paragraphs and items (a text dump's cookie banner is dropped so too).

    A list of sentences stays, links in it or not; so does a paragraph that is one link."""
    units: list[int] = []  # indices of the inline tokens of paragraphs and list items
    items: set[int] = set()
    headings: set[int] = set()  # a heading ends a menu run, never joins one
    depth = 0
    for i, token in enumerate(tokens):
        if token.type == "list_item_open":
            depth += 1
        elif token.type == "list_item_close":
            depth -= 1
        elif token.type == "inline" and i and tokens[i - 1].type == "paragraph_open":
            units.append(i)
            if depth:
                items.add(i)
        elif token.type == "inline" and i and tokens[i - 1].type == "heading_open":
            headings.add(len(units))
    lines = [normalise_line(_plain(tokens[i])) for i in units]
    words = [count_words(line) for line in lines]
    linked = [
        _links_only(tokens[i], 1 if i in items else MENU_ROW_LINKS) for i in units
    ]
    drop = {units[k] for k, is_link_list in enumerate(linked) if is_link_list}
    k, n = 0, len(units)
    while k < n:
        j = k
        while j < n and (
            linked[j] or (words[j] <= MENU_WORDS and not SENTENCE_END.search(lines[j]))
        ):
            j += 1
            if j in headings:
                break
        if j - k >= MENU_RUN:
            drop.update(units[k:j])
        k = max(j, k + 1)
    drop.update(units[k] for k in consent_lines(lines, words))
    return drop


def _plain(token: Token) -> str:
    """An inline token's words as a reader sees them (links as their text, no images)."""
    return " ".join(
        child.content for child in token.children or () if child.type in ("text", "code_inline")
    )


def _links_only(token: Token, least: int = 1) -> bool:
    """Whether an inline token is ``least`` links or more and nothing outside them but
    separators."""
    links, inside = 0, 0
    for child in token.children or ():
        if child.type == "link_open":
            links, inside = links + 1, inside + 1
        elif child.type == "link_close":
            inside -= 1
        elif (
            not inside
            and child.type in ("text", "code_inline")
            and not _SEPARATORS.fullmatch(child.content)
        ):
            return False
    return links >= least


_EMPTIED = ("list_item_close", "bullet_list_close", "ordered_list_close")


def _without(tokens: Sequence[Token], drop: set[int]) -> list[Token]:
    """The tokens without the paragraphs of the inline tokens ``drop`` names, and without the
    list items and lists left empty by that."""
    gone = {j for i in drop for j in (i - 1, i, i + 1)}
    kept = [token for i, token in enumerate(tokens) if i not in gone]
    emptied = True
    while emptied:
        emptied = False
        out: list[Token] = []
        for token in kept:
            if (
                out
                and token.type in _EMPTIED
                and out[-1].type == token.type.removesuffix("_close") + "_open"
            ):
                out.pop()
                emptied = True
                continue
            out.append(token)
        kept = out
    return kept


def markdown_record(text: str) -> dict[str, Any]:
    """A ``.md`` file's text as a record (read by :mod:`clipper.read.fields`):
    ``{"markdown": body, ...}`` with the fields its header states (and
    :data:`FRONT_MATTER_PROBLEM` when its front matter was read in part)."""
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
        problem = {FRONT_MATTER_PROBLEM: front.problem} if front.problem else {}
        return {**front.fields, **problem, "markdown": text[front.end :]}
    return {"markdown": text}


# Markdown's own syntax for a link or an image to an address: "[the board](https://…)",
# "![photo](//cdn…)"; no text dump or CMS body writes it.
_MARKDOWN_LINK = re.compile(r"!?\[[^\]\n]{0,500}\]\((?:https?:)?//[^\s)]+(?:\s+\"[^\"\n]*\")?\)")


def written_in_markdown(text: str) -> bool:
    """Whether a record's text field holds Markdown (a link or an image in Markdown's syntax):
    Jina Reader's JSON answer (``data.content``), an older Firecrawl's ``content``.  Rendered
    as a page is (:func:`markdown_html`), its text reads as the article's, without
    ``[…](https://…)`` and ``![…](…)``."""
    # every such link holds "](": a text without one is not searched (the pattern's optional
    # "!" leaves the search no literal to scan for: 2 % of a one-day night's main process)
    return "](" in text and _MARKDOWN_LINK.search(text) is not None


# An ATX heading line ("# Title", "## Section"), as html2text, pandoc and markdownify write
# a page's headings: no text dump or terminal browser writes one.
_HEADING_LINE = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
# Reference-style links (html2text --reference-links, pandoc): a definition "[1]: https://…",
# or a link or image naming one ("![photo][2]", "[the board][7]").
_REFERENCE_LINK = re.compile(
    r"^[ \t]{0,3}\[[^\]\n]{1,40}\]:[ \t]*(?:https?:)?//\S|!?\[[^\]\n]{1,500}\]\[\d{1,4}\]",
    re.MULTILINE,
)


def plainly_markdown(text: str) -> bool:
    """Whether a text dump is plainly Markdown: a heading line (``# Title``) and a link or an
    image in Markdown's syntax (``[Accueil](https://…)``, ``![photo](…)``, or their reference
    form ``![photo][2]`` / ``[2]: https://…``).  What html2text writes by default (and pandoc or
    markdownify to ``.txt``): read as a ``.md`` page is (:func:`markdown_html`), not line by
    line as a terminal browser's dump."""
    return _HEADING_LINE.search(text) is not None and (
        written_in_markdown(text) or _REFERENCE_LINK.search(text) is not None
    )


# A link's address broken across lines ("](https://video.site/la-sparatoria-in-una-scuola-in-"
# / "svezia/15e4…)"): html2text wraps a link with its address, breaking it at a hyphen or a
# slash, which leaves CommonMark no link to read.
_BROKEN_ADDRESS = re.compile(r"\]\((?:[^()\s]*\n[ \t]*){1,4}[^()\s]*\)")
_SPACE = re.compile(r"\s+")
# A line set in four columns or more: html2text's nested list items and their continuations,
# which after a blank line CommonMark reads as an indented code block (kept as "* [Climat](…)").
_DEEP_INDENT = re.compile(r"^[ \t]{4,}", re.MULTILINE)


def wrapped_markdown(text: str) -> str:
    """A converter's wrapped Markdown (html2text's default output) as CommonMark reads it as
    its writer meant: each link's address whole on one line, nested list items set in no
    further than a code block would start (a text dump's Markdown holds no code)."""
    whole = _BROKEN_ADDRESS.sub(lambda link: _SPACE.sub("", link.group()), text)
    return _DEEP_INDENT.sub("   ", whole)


def opens_markdown_header(head: str) -> bool:
    """Whether a text opens with Jina Reader's header (:data:`_JINA_HEADER`: ``Key: value``
    lines, then ``Markdown Content:``) naming where the page came from (a ``URL Source:`` or
    ``URL:`` line): Markdown, whatever the file's name.  ``head``: the file's first bytes as
    text (a few KB is plenty: the header has at most 12 lines)."""
    jina = _JINA_HEADER.match(head.replace("\r\n", "\n").lstrip("\ufeff"))
    return jina is not None and _URL_LINE.search(jina.group(1)) is not None


# The key under which :func:`markdown_record` and :func:`clipper.read.textheader.split_header`
# hand on what a front matter block left unread (:attr:`FrontMatter.problem`): the reader puts
# it on the page (``RawPage.header_problem``), never among its fields.
FRONT_MATTER_PROBLEM = "front matter problem"


class FrontMatter(NamedTuple):
    """A YAML front matter block read (:func:`front_matter`): its ``fields`` (scalars as
    strings, lists as their items), where the text after it starts (``end``, an index of the
    text) and, for a block YAML could not read whole, what was left unread (``problem``: the run
    counts the page, kept with the fields read), else None."""

    fields: dict[str, str | list[str]]
    end: int
    problem: str | None = None


# PyYAML's loader keeping every scalar as written ("2026-11-27", "None", "yes" stay strings):
# libyaml's when built with it.
_YAML_LOADER: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
# The lines of a header that is no YAML (trafilatura's ``--with-metadata`` writes its values
# unquoted: "title: Quay: the vote", "title: [Video] Storm"): "key: value" on one line, or a
# list item under a key left empty.
_WRITTEN_LINE = re.compile(r"([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+(.*?))?[ \t]*")
_WRITTEN_ITEM = re.compile(r"[ \t]*-[ \t]+(.*?)[ \t]*")


def front_matter(text: str) -> FrontMatter | None:
    """The fields of a YAML front matter block opening ``text`` (``---`` lines around a YAML
    mapping), parsed by PyYAML: values without their quotes; an empty one (``author:``, as
    Obsidian Web Clipper and hand-written templates leave a field the page did not name) left
    out; a list (Obsidian's ``author:`` then ``  - "[[Name]]"`` lines, ``tags: [a, b]``) as
    its scalar items; a wiki link ``[[Name]]`` or ``[[Note|Name]]`` as its name; nested
    mappings left out.  A block YAML refuses (trafilatura's unquoted ``title: Quay: the
    vote``) is read line by line, each ``key: value`` line as written
    (:data:`_WRITTEN_LINE`), and any other line is the :attr:`FrontMatter.problem`.  None
    without a block, or for one that is no mapping (a text between two rules)."""
    front = _FRONT_MATTER.match(text)
    if front is None:
        return None
    block = front.group(1)
    try:
        data = yaml.load(block, Loader=_YAML_LOADER)
    except yaml.YAMLError as error:
        return _written_header(block, front.end(), error)
    if not isinstance(data, dict):
        return None
    fields: dict[str, str | list[str]] = {}
    for name, value in data.items():
        if isinstance(value, str) and value.strip():
            fields[str(name)] = _unlinked(value.strip())
        elif isinstance(value, list):
            items = [_unlinked(v.strip()) for v in value if isinstance(v, str) and v.strip()]
            if items:
                fields[str(name)] = items
    return FrontMatter(fields, front.end())


def _written_header(block: str, end: int, error: yaml.YAMLError) -> FrontMatter | None:
    """A front matter block that is no YAML (``error`` says why) read line by line: each
    ``key: value`` line's value as written (quotes around it dropped, an empty one left out),
    list items under a key left empty as its list; other lines make the problem.  None when no
    line is ``key: value`` (no header at all)."""
    fields: dict[str, str | list[str]] = {}
    unread: list[int] = []
    listed: str | None = None
    for number, line in enumerate(block.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if listed is not None and (item := _WRITTEN_ITEM.fullmatch(line)):
            value = _unlinked(item.group(1).strip("\"'"))
            if value:
                previous = fields.get(listed)
                fields[listed] = [*(previous if isinstance(previous, list) else []), value]
            continue
        if written := _WRITTEN_LINE.fullmatch(line):
            name, value = written.group(1), (written.group(2) or "").strip("\"'")
            listed = None if value else name
            if value:
                fields.setdefault(name, _unlinked(value))
            continue
        unread.append(number)
    if not fields:
        return None
    problem = None
    if unread:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 1}: {getattr(error, 'problem', '')})" if mark else ""
        problem = (
            f"front matter is not YAML{where}; line {', '.join(map(str, unread[:5]))} of it "
            "is no 'key: value', left out; the page is kept with the fields read"
        )
    return FrontMatter(fields, end, problem)


# An Obsidian wiki link: [[Note]], or [[Note|shown name]].
_WIKI_LINK = re.compile(r"\[\[(?:[^\[\]|]*\|)?([^\[\]|]+)\]\]")


def _unlinked(value: str) -> str:
    """``value`` with a whole wiki link (``[[Guardian staff reporter]]``) as its name."""
    link = _WIKI_LINK.fullmatch(value.strip())
    return link.group(1).strip() if link else value
