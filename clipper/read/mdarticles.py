"""Markdown files a converter wrote from an article without a crawler's header (markdownify,
pandoc, html2text, a desk's own scripts): no Jina Reader ``URL Source:``, no front matter
``url:``, often a ``Source: https://…`` line under the headline.

A ``.md`` without a source URL beside a dump is usually its README or notes, and is not read
(:func:`clipper.read.pages.read_markdown`); one shaped as an article (:func:`article_shaped`:
a ``# headline`` first, then paragraphs of prose, no code) is read as a text dump is, known by
its path; its source line (:func:`source_line`: ``Source:``, ``Quelle:``, ``Bron:``,
``Źródło:``, ``Fonte:``, ``Fuente:``... or an address label, in the languages of
:mod:`clipper.read.headers`) gives its URL when its value is one.
"""

from __future__ import annotations

import re

from clipper.read.fieldnames import SOURCE_FIELD, URL_FIELDS, field_name
from clipper.read.markdown import markdown_tokens
from clipper.read.provenance import absolute_url
from clipper.scripts import SENTENCE_END, count_words

# A file of these names is a folder's notes, whatever it holds.
_NOTES_NAMES = frozenset(
    {"readme", "notes", "changelog", "changes", "license", "todo", "contributing", "index"}
)
# A paragraph of prose: at least this many words, ending a sentence.
PROSE_WORDS = 12
# An article has at least this many paragraphs of prose...
ARTICLE_PARAGRAPHS = 2
# ...which hold at least this share of its words outside headings (a README's lists of steps,
# options and links hold most of its words).
ARTICLE_PROSE_SHARE = 0.6

# "Source: https://…", "**Quelle:** <https://…>", "Bron: [https://…](https://…)": a label of
# at most four words, a colon (full width too), an address alone.
_SOURCE_LINE = re.compile(
    r"[ \t]*(?:\*\*|__)?(?P<label>[^\W\d_][\w .'-]{0,30}?)[ \t]*(?:\*\*|__)?[ \t]*[:：]"
    r"[ \t]*(?:\*\*|__)?[ \t]*(?P<value>\S+?)[ \t]*(?:\*\*|__)?[ \t]*"
)
_LINKED = re.compile(r"\[[^\]\n]*\]\((\S+?)\)|<(\S+)>")
# Where a converter writes the source line: under the headline or at the end.
_HEAD_LINES, _TAIL_LINES = 12, 5


def notes_name(stem: str) -> bool:
    """Whether a file's name (without its extension) names a folder's notes (README, NOTES,
    CHANGELOG...)."""
    return stem.split(".")[0].casefold() in _NOTES_NAMES


def source_line(markdown: str) -> tuple[str, str] | None:
    """``(url, markdown without that line)`` when a line among a Markdown text's first
    :data:`_HEAD_LINES` or last :data:`_TAIL_LINES` is a source or address label and an
    absolute address (``Source: https://…``, ``Bron: <https://…>``, a Markdown link to it),
    else None."""
    lines = markdown.split("\n")
    numbers = [*range(min(_HEAD_LINES, len(lines))), *range(len(lines))[-_TAIL_LINES:]]
    for number in dict.fromkeys(numbers):
        found = _SOURCE_LINE.fullmatch(lines[number])
        if found is None or not _source_label(found["label"]):
            continue
        value = found["value"]
        linked = _LINKED.fullmatch(value)
        url = absolute_url(next(filter(None, linked.groups())) if linked else value)
        if url:
            return url, "\n".join(lines[:number] + lines[number + 1 :])
    return None


def _source_label(label: str) -> bool:
    """Whether a line's label names the page's address or its source (``Source``, ``URL``,
    ``Quelle``, ``Bron``, ``Źródło``, ``Adres``, ``Lien``...)."""
    name = field_name(label)
    return name in URL_FIELDS or name == SOURCE_FIELD or name == "site"


def article_shaped(markdown: str) -> bool:
    """Whether a Markdown text is shaped as an article, not as a README or notes: it opens
    with a heading (``# headline``), holds no code (fenced or indented), at least
    :data:`ARTICLE_PARAGRAPHS` paragraphs of prose (:data:`PROSE_WORDS` words or more ending a
    sentence, outside lists) holding at least :data:`ARTICLE_PROSE_SHARE` of its words, no
    more list items than such paragraphs and at most one subheading for two of them."""
    tokens = markdown_tokens(markdown)
    blocks = [t for t in tokens if t.level == 0 and t.nesting >= 0 and t.type != "inline"]
    if not blocks or blocks[0].type != "heading_open":
        return False
    if any(t.type in ("fence", "code_block") for t in tokens):
        return False
    prose = prose_words = words = items = headings = 0
    depth = 0
    for i, token in enumerate(tokens):
        if token.type == "list_item_open":
            depth += 1
            items += 1
        elif token.type == "list_item_close":
            depth -= 1
        elif token.type == "heading_open":
            headings += 1
        elif token.type == "inline" and i and tokens[i - 1].type == "paragraph_open":
            n = count_words(token.content)
            words += n
            if not depth and n >= PROSE_WORDS and SENTENCE_END.search(token.content.rstrip()):
                prose += 1
                prose_words += n
    return (
        prose >= ARTICLE_PARAGRAPHS
        and prose_words >= ARTICLE_PROSE_SHARE * words
        and items <= prose
        and headings - 1 <= prose // 2
    )
