"""Blocks read as what they are (rules 5 and 8 of :mod:`clipper.htmlprune`): a paragraph
written as a ``<div>``, a table that lays out the page."""

from __future__ import annotations

from typing import Any

from clipper.scripts import SENTENCE_INSIDE, count_words

_words = count_words  # words in any script


# Inline elements: a <div> holding only these (at any depth) and text is a paragraph's content.
_INLINE = frozenset(
    ("a", "b", "i", "em", "strong", "span", "br", "small", "abbr", "code", "sup", "sub", "q",
     "cite", "mark", "time", "u", "s", "font")
)
# What may come right before such a <div> in an article: its paragraphs and section headings.
_PROSE_NEIGHBOURS = frozenset(("p", "h2", "h3", "h4"))
# A <div> read as a paragraph holds at least this many words (a caption or a label is shorter).
PROSE_DIV_WORDS = 40
# ... or is this many lines or more, broken by ``<br>`` (a poem's stanza, a song's verse).
LINE_BROKEN_DIV_LINES = 3


_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th")
_HEADINGS = ("h1", "h2", "h3")


def _own_table(el: Any) -> Any:
    """The nearest ``<table>`` above ``el`` (None outside every table)."""
    node = el.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def unwrap_layout_tables(tree: Any) -> int:
    """Turn each layout table's own rows and cells (not a data table's inside one of them) into
    ``<div>``s, and the table itself, in place; returns how many tables.  A table is a layout
    when one of its own cells (``<td>``/``<th>`` whose nearest table it is) holds an ``<h1>``-
    ``<h3>`` or two ``<p>`` whose nearest table it is too: a data table's cells hold values."""
    layouts = []
    for table in tree.iter("table"):
        paragraphs: dict[Any, int] = {}
        for el in table.iter("p", *_HEADINGS):
            if _own_table(el) is not table:
                continue
            cell = el.getparent()
            while cell is not None and cell.tag not in ("td", "th"):
                cell = cell.getparent()
            if cell is None:
                continue
            paragraphs[cell] = paragraphs.get(cell, 0) + (2 if el.tag in _HEADINGS else 1)
            if paragraphs[cell] >= 2:
                layouts.append(table)
                break
    for table in layouts:
        parts = [el for el in table.iter(*_TABLE_PARTS) if _own_table(el) is table]
        for el in [table, *parts]:
            el.tag = "div"
            for attribute in ("colspan", "rowspan", "width", "valign", "align"):
                el.attrib.pop(attribute, None)
    return len(layouts)


def read_prose_divs_as_paragraphs(tree: Any) -> int:
    """Turn into ``<p>`` each ``<div>`` that is a paragraph written as a div, in place; returns
    how many.  Such a div holds only text and inline elements at any depth (no block inside: a
    video embed's card, a teaser's image), at least :data:`PROSE_DIV_WORDS` words with a
    sentence end, and it follows a paragraph or a section heading inside an element with two
    ``<p>`` or more (the article).  trafilatura's precision settings read bare text in a div as
    nothing: a section of the article written as ``<div>`` text was lost.

    Measured with ``bench/extraction.py --reuse`` (tuned on Readability): Readability 0.9151 ->
    0.9184 (embedded-videos 0.686 -> 0.974, the three base-url pages 0.947 -> 1.000), Zyte,
    Fundus and newspaper4k unchanged.  Without the "no block at any depth" condition Fundus lost
    0.0001 (a CBC video card's "WATCH | …:" label became a paragraph); with a div alone among
    divs (no neighbouring ``<p>``), Zyte −0.0008 and newspaper4k −0.0020 (sidebars, promos).

    A div of :data:`LINE_BROKEN_DIV_LINES` lines or more that ``<br>`` breaks, text opening it (a
    stanza, a song's verse between the paragraphs), is one too however short: trafilatura kept
    the lines after its first ``<br>`` and lost the first (a lyrics page's missing line,
    Lyrics#362, NetsBlox#3289; ``bench/page_kinds.py`` es-lyrics-div-br)."""
    n = 0
    # The cheap tests first (a neighbour, the parent's paragraphs): most divs fail them, and
    # the walk over a div's descendants is the costly one (bench/extraction_time.py).
    for div in list(tree.iter("div")):
        prev = div.getprevious()
        while prev is not None and not isinstance(prev.tag, str):
            prev = prev.getprevious()
        if prev is None or prev.tag not in _PROSE_NEIGHBOURS:
            continue
        parent = div.getparent()
        if parent is None or len(parent.findall("p")) < 2:
            continue
        if any(isinstance(el.tag, str) and el.tag not in _INLINE for el in div.iterdescendants()):
            continue
        if not _line_broken(div):
            text = " ".join(div.text_content().split())
            if _words(text) < PROSE_DIV_WORDS or SENTENCE_INSIDE.search(text) is None:
                continue
        div.tag = "p"
        n += 1
    return n


def _line_broken(div: Any) -> bool:
    """Whether ``div`` opens with text of its own and ``<br>`` breaks it into
    :data:`LINE_BROKEN_DIV_LINES` lines or more."""
    if div.text is None or not div.text.strip():
        return False
    breaks = sum(1 for child in div if child.tag == "br")
    return breaks + 1 >= LINE_BROKEN_DIV_LINES
