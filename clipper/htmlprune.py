"""Structural fixes of an article page's tree before extraction: inline link teasers and hidden
elements out, section headings, words inside sentences and linked sentences kept.

1. **Link teasers** (:func:`drop_link_teasers`).

News sites put links to other articles between body paragraphs: "**Mehr zum Thema** – <a>linked
headline</a>", "Lesen Sie auch: <a>…</a>", "Read more: <a>…</a>", "À lire aussi : <a>…</a>",
"Leggi anche: <a>…</a>".  trafilatura keeps them because they sit inside the body and are mostly
prose-like text.  The rule here is structural, so it needs no phrase list and works in every
language: a paragraph is a **link teaser** when

* it is short (at most :data:`MAX_WORDS` words),
* one or more links cover a headline-sized part of it (at least :data:`MIN_LINK_WORDS` words and
  at least :data:`MIN_LINK_SHARE` of its letters), and
* what is not link text is a short label (at most :data:`MAX_LABEL_WORDS` words) that does not end
  a sentence, standing before the link ("Label: <a>", "Label – <a>", "<b>Label</b> <a>").

Words are counted by :func:`clipper.scripts.count_words`: whitespace tokens, except in scripts
written without spaces (Han, kana, Thai...), where a run counts a word per few characters,
so "相关阅读：<a>…</a>" and "【関連記事】<a>…</a>" are judged by the same sizes as
"Read more: <a>…</a>".

A paragraph that is only a link (no label) is left to trafilatura's link-density checks.  A
sentence that merely contains a link ("The <a>report</a> was published on Monday.") keeps more
than a label of its own text and is never touched.

2. **Heading permalinks** (:func:`unwrap_heading_anchors`): a link inside a heading to a place
on the same page (``href="#…"``) becomes its text; trafilatura's precision settings deleted such
headings as link lists (every section heading of a blog or documentation page).

3. **Words inside sentences** (:func:`keep_inline_words`): a span in the middle of a sentence
loses the class or style that trafilatura's precision settings delete spans for ("link",
"…-bottom", a border), so no sentence loses words.  And an inline element that trafilatura
deletes with its text wherever it stands (its ``MANUALLY_CLEANED``: ``<time>``, ``<label>``,
``<output>``) or reads as a block of its own (``<q>``, which split the sentence in two) becomes
its text, in quotation marks for ``<q>`` as a browser shows it, when it stands inside a
sentence of a ``<p>``: "The board met on <time>Friday</time> in Oslo" lost "Friday".  A
dateline that is only a ``<time>`` ("Published <time>3 March</time>") is left to trafilatura.

4. **Linked section headings** (:func:`unwrap_section_heading_links`): a list article's item
headings that link to what they review keep their text when a real paragraph follows them.

Measured with ``python bench/extraction.py`` (tuned on Readability's pages, confirmed on Zyte,
Fundus and newspaper4k): rules 2 and 3 together +0.0010 on Readability (toc-missing,
gitlab-blog, mercurial, topicseed-1, cnet-svg-classes), +0.0002 on Zyte (one page), no change on
Fundus and newspaper4k (no page there has either shape); rule 4 +0.0007 on Readability (yahoo-1,
wikia, tumblr, videos-1, lazy-image-2, lwn-1), Zyte one page better (+0.00003), Fundus and
newspaper4k unchanged.

5. **Paragraphs written as divs** (:func:`read_prose_divs_as_paragraphs`): a ``<div>`` of
prose with no block inside, after a paragraph or a section heading of the article, becomes a
``<p>`` (Readability +0.0033, the other sets unchanged).

6. **Hidden elements** (:func:`drop_hidden_elements`): what HTML's ``hidden`` attribute keeps
out of view (a consent banner, a form's messages, a hidden paragraph) is removed, except what
the reader does see later: ``hidden="until-found"`` sections, React's streamed segments and a
hidden article body (a paywall's; Readability +0.0017, Fundus +0.0001, Zyte and newspaper4k
unchanged).

7. **Linked sentences in their own wrappers** (:func:`unwrap_linked_paragraphs`): a short
paragraph holding a link, alone inside one or more ``<div>`` (component-built pages), loses
those wrappers, which trafilatura's precision settings deleted with it (Fundus +0.0008, Zyte
+0.0003, Readability and newspaper4k unchanged).

8. **Layout tables** (:func:`unwrap_layout_tables`): a ``<table>`` one of whose own cells holds
a heading or two paragraphs is the page's layout (a site built before CSS, a mail-like
template), not data: its rows and cells become ``<div>``s.  trafilatura's table rendering made
the whole table one line, the navigation cell ("| Home Archive | Gears Mount a size…") and every
paragraph of the article run together (its issue #890's page shape).

9. **Ruby annotations** (:func:`read_ruby_as_base_text`): a ``<ruby>`` is inline (HTML's
definition: a run of base text with its reading, ``<rt>``, shown above it, and fallback
parentheses, ``<rp>``, for browsers without ruby); the base text stays in its sentence and the
reading goes, so "韓国の<ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>
大統領は" is read "韓国の尹錫悦大統領は", as a reader reads it.  trafilatura deletes ``<rt>`` and
``<rp>`` but keeps an ``<rb>`` with line breaks around it as a line of its own (Japanese papers
write ruby for every Korean and Chinese name: one sentence became three lines).

10. **List sentences** (:func:`unlink_list_sentences`): a paragraph of the body whose words are
mostly links, places or teams listed in a sentence ("Power was cut in <a>Bærum</a>,
<a>Asker</a>, <a>Lier</a> and <a>Drammen</a> on Sunday."), loses its links (their text stays), so
that trafilatura's link-density tests do not take it for navigation; a tag list, a "Related:
A | B | C" bar or a row of navigation links is no sentence and keeps them.  A reader's fault
(a paragraph of linked towns missing), rebuilt from trafilatura's link-density code: on the four
sets' 712 pages no text changed (``bench/extraction.py --reuse``, 2026-12-02 22:48).

11. **"Read also" boxes** (:func:`drop_read_also_boxes`): a box between the article's
paragraphs that opens with a "read also" label of a language table (``related``: "Czytaj
więcej", "Lesen Sie auch", "Read more") over another article's linked headline and its lead
("Czytaj więcej / Konflikty zbrojne / <a>Kolejna tura rozmów USA-Iran…</a> / <p>W poniedziałek
wieczorem do stolicy Pakistanu… Donalda Tr...</p>": Rzeczpospolita, newcomer 16) goes whole:
trafilatura dropped the label and the link and kept the lead as a paragraph of the article.
Measured with ``bench/extraction.py --reuse`` (2026-12-03): drops the leads on Rzeczpospolita's two
Fundus pages (0.614 -> 0.633, 0.947 -> 0.981) and changes no text of Zyte, Readability or
newspaper4k.

Measured and left out: any ``<div>`` holding only a prose text (no ``<p>``) read as a paragraph,
wherever it stands (Readability +0.0007, Zyte −0.0008, Fundus −0.0006, newspaper4k −0.0020:
sidebars and promos are such divs too); an article's ``<header>`` with its headline and a
standfirst opened for the precision settings, which delete every ``<header>`` (Zyte +0.0027, Fundus
+0.0008, Readability −0.0001, newspaper4k −0.0002: their truths leave the standfirst out; branch
``extraction-headers``); the page's declared description (og:description, JSON-LD), found in the
body as an element's whole text above the text's first line, put at the top of a text lacking it
(tuned on Fundus 0.9571 -> 0.9635; confirming sets Zyte 0.9740 -> 0.9705, Readability 0.9414 ->
0.9408, newspaper4k 0.8190 -> 0.8176, 28 / 8 / 12 pages worse: their truths leave the standfirst
out; branch ``extraction-standfirst``).
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Any

from lxml import etree

from clipper.scripts import SENTENCE_END, SENTENCE_INSIDE, count_words

__all__ = [
    "MAX_LABEL_WORDS",
    "MAX_WORDS",
    "MIN_LINK_SHARE",
    "MIN_LINK_WORDS",
    "drop_hidden_elements",
    "drop_link_teasers",
    "drop_read_also_boxes",
    "keep_inline_words",
    "read_prose_divs_as_paragraphs",
    "read_ruby_as_base_text",
    "unlink_list_sentences",
    "unwrap_heading_anchors",
    "unwrap_layout_tables",
    "unwrap_linked_paragraphs",
    "unwrap_section_heading_links",
]

MAX_WORDS = 30
MAX_LABEL_WORDS = 4
MIN_LINK_WORDS = 3
MIN_LINK_SHARE = 0.5

_BLOCKS = ("p", "li", "div", "h2", "h3", "h4", "h5", "h6")
_BLOCK_CHILDREN = frozenset(("p", "div", "ul", "ol", "li", "table", "section", "article"))
# Links long enough to be a headline, selected in C (six characters: a short CJK headline).
_HEADLINE_LINKS = etree.XPath("//a[string-length(normalize-space(.)) >= 6]")
_LABEL_END = re.compile(r"[:：–—\-|»›>•·】]\s*$")
_SENTENCE_END = re.compile(r"[.!?…。！？]\s*$")
_words = count_words  # words in any script


def _is_teaser(el: Any) -> bool:
    text = " ".join(el.text_content().split())
    if not text or _words(text) > MAX_WORDS:
        return False
    links = el.findall(".//a")
    if not links:
        return False
    link_text = " ".join(" ".join(a.text_content().split()) for a in links)
    if _words(link_text) < MIN_LINK_WORDS:
        return False
    if len(link_text.replace(" ", "")) < MIN_LINK_SHARE * len(text.replace(" ", "")):
        return False
    # The label: the text before the first link (the rest after the links must be punctuation).
    label = (el.text or "").strip()
    for child in el.iterdescendants():
        if child.tag == "a":
            break
        label += " " + (child.text or "") + " " + (child.tail or "")
    label = " ".join(label.split())
    tail = " ".join((links[-1].tail or "").split())
    if not label or _words(label) > MAX_LABEL_WORDS or _SENTENCE_END.search(label):
        return False
    if _words(tail) > 1:
        return False
    first = links[0]
    bold_label = first.getprevious() is not None and first.getprevious().tag in {
        "b",
        "strong",
        "em",
        "span",
    }
    return bool(_LABEL_END.search(label) or bold_label)


def drop_link_teasers(tree: Any) -> int:
    """Remove link-teaser paragraphs (see the module docstring) from ``tree`` in place; returns
    how many were removed.  Elements with block children are not considered (a teaser is one
    paragraph).  Work is per link: only the block around a headline-sized link is examined."""
    doomed: list[Any] = []
    seen: dict[int, Any] = {}  # holds the proxies, so that an id is never reused meanwhile
    # Links with headline-sized text, selected in C: nav and footer links are one or two words.
    for link in _HEADLINE_LINKS(tree):
        if _words(link.text_content()) < MIN_LINK_WORDS:
            continue
        el = link.getparent()
        for _ in range(3):  # <p><strong><a>: the block is at most three levels up
            if el is None or el.tag in _BLOCKS:
                break
            el = el.getparent()
        if el is None or el.tag not in _BLOCKS or id(el) in seen:
            continue
        seen[id(el)] = el
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_CHILDREN for c in el):
            continue
        if _is_teaser(el):
            doomed.append(el)
    for el in doomed:
        _remove_keeping_tail(el)
    return len(doomed)


def _remove_keeping_tail(el: Any) -> None:
    """Remove ``el`` from its tree; the text after it (its tail) stays where it was."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


# A "read also" box holds its label, a kicker, a linked headline and a lead of a sentence or
# two: at most this many words (the article around it is longer).
READ_ALSO_BOX_WORDS = 70
# Elements that may hold a box's label alone.
_LABEL_TAGS = ("p", "span", "div", "strong", "b", "h2", "h3", "h4", "h5", "h6", "header")
_LABEL_ANCESTORS = 3  # how far above its label a box may start


def drop_read_also_boxes(tree: Any) -> int:
    """Remove the "read also" boxes of ``tree`` (rule 11 of the module docstring) in place;
    returns how many.  A box: the first element above a label (an element whose whole text is a
    language table's ``related`` heading, :meth:`clipper.furniture.Matchers.is_related_heading`)
    that holds more than the label, within :data:`_LABEL_ANCESTORS` levels, of at most
    :data:`READ_ALSO_BOX_WORDS` words, holding a headline-sized link (:data:`MIN_LINK_WORDS`
    words or more) outside the label and no list, table or heading of the article."""
    from clipper.furniture import matchers

    m = matchers()
    doomed: list[Any] = []
    for el in tree.iter(*_LABEL_TAGS):
        # a label is an element of its own short text alone (no text_content() of every
        # element: a page's nested divs made that quadratic)
        text = el.text
        if len(el) or not text or len(text) > 60 or (el.tail and el.tail.strip()):
            continue
        label = " ".join(text.split())
        if not label or not m.is_related_heading(label):
            continue
        box = el.getparent()
        for _ in range(_LABEL_ANCESTORS):
            if box is None or box.tag in ("body", "article", "main", "html"):
                box = None
                break
            if " ".join(box.text_content().split()) != label:
                break
            box = box.getparent()
        if box is None or box.tag in ("body", "article", "main", "html"):
            continue
        if any(box is d or d in box.iterancestors() for d in doomed):
            continue
        whole = " ".join(box.text_content().split())
        if whole == label or _words(whole) > READ_ALSO_BOX_WORDS:
            continue
        if box.find(".//ul") is not None or box.find(".//table") is not None:
            continue
        links = [
            a for a in box.iter("a")
            if el not in a.iterancestors() and a is not el
            and _words(" ".join(a.text_content().split())) >= MIN_LINK_WORDS
        ]
        if links:
            doomed.append(box)
    for box in doomed:
        _remove_keeping_tail(box)
    return len(doomed)


# What may stand between a section heading and its first paragraph: a video or image embed.
_EMBEDS = frozenset(("div", "figure", "iframe", "picture", "img", "video"))
# A section's first paragraph is at least this long; a teaser's summary under a linked headline
# is a sentence or two.  At 25 words newspaper4k lost 0.0002 (a teaser with a long summary), at
# 60 Readability kept 0.0001 less.
SECTION_PARAGRAPH_WORDS = 40


def unwrap_section_heading_links(tree: Any) -> int:
    """Replace the links inside a section heading (``<h2>``-``<h4>``) by their text when the
    heading is followed, past any embeds (a video, a figure), by a paragraph of at least
    :data:`SECTION_PARAGRAPH_WORDS` words; in place, returns how many headings.

    A list article's items are headed by links to what they review ("<h3><a>“Harbour Lights”
    ($20)</a></h3>", then the paragraphs about it); trafilatura's precision settings delete a
    heading that is all link.  A teaser list's linked headlines are followed by a short
    summary or by the next headline, and stay links (trafilatura's link-density checks)."""
    n = 0
    for h in [h for h in tree.iter("h2", "h3", "h4") if h.find(".//a") is not None]:
        nxt = h.getnext()
        while nxt is not None and (
            not isinstance(nxt.tag, str) or (nxt.tag in _EMBEDS and nxt.find(".//p") is None)
        ):
            nxt = nxt.getnext()
        if nxt is None or nxt.tag != "p":
            continue
        if _words(" ".join(nxt.text_content().split())) < SECTION_PARAGRAPH_WORDS:
            continue
        for a in h.findall(".//a"):
            a.drop_tag()
        n += 1
    return n


def unwrap_heading_anchors(tree: Any) -> int:
    """Replace each in-page link inside a heading (``<h2><a href="#intro">Intro</a></h2>``,
    ``<h2>Intro <a href="#intro">#</a></h2>``) by its text, in place; returns how many.

    A heading's link to a place on the same page ("#section-id") is a permalink or a table of
    contents' target, written by blog engines and documentation generators (markdown-it-anchor's
    "header-anchor", Sphinx's "headerlink" ¶, GitHub's octicon link).
    trafilatura's precision settings delete a heading whose text is all link, or that holds a
    link without text, as a link list: with a permalink anchor that is every section heading of
    the article.  A link to the same page leads nowhere else, so it is not navigation; a
    heading linking elsewhere (a teaser's headline) is left to trafilatura's link-density
    checks.  A link without text (an icon, a "#" or "¶" mark) goes with its mark."""
    anchors = [
        a
        for h in tree.iter("h1", "h2", "h3", "h4", "h5", "h6")
        for a in h.iter("a")
        if (a.get("href") or "").strip().startswith("#")
    ]
    for a in anchors:
        text = " ".join(a.text_content().split())
        if not any(ch.isalnum() for ch in text):
            # "#", "¶", "🔗" or an icon: the mark goes, the text after it stays
            a.text = None
            for child in list(a):
                a.remove(child)
        a.drop_tag()
    return len(anchors)


# What trafilatura's precision settings delete by class or style (its PRECISION_DISCARD_XPATH:
# a "link" class token, "bottom" at a token's start or end, a "border" style) on a div, list,
# paragraph, section or span, wherever it is: on a span inside a sentence that cuts words out
# of the sentence.
_PRECISION_CLASS = re.compile(r"(^|\s)bottom|bottom(\s|$)|(^|\s)link(\s|$)")
_INLINE_MARKED = etree.XPath("//p//span[@class or contains(@style, 'border')]")


def _text(el: Any) -> str:
    return "".join(el.itertext()) if isinstance(el.tag, str) else ""


def _text_around(el: Any) -> tuple[str, str]:
    """The enclosing ``<p>``'s text before and after ``el`` (order within each not kept)."""
    before: list[str] = []
    after: list[str] = []
    node = el
    while node.tag != "p":
        parent = node.getparent()
        if parent is None:
            return "", ""
        after.append(node.tail or "")
        for sib in node.itersiblings():
            after.append(_text(sib) + (sib.tail or ""))
        for sib in node.itersiblings(preceding=True):
            before.append(_text(sib) + (sib.tail or ""))
        before.append(parent.text or "")
        node = parent
    return "".join(before), "".join(after)


def keep_inline_words(tree: Any) -> int:
    """Strip the class token or style that trafilatura's precision settings delete an element
    for, from inline elements *inside a sentence* (letters before and after them in the same
    ``<p>``), in place; returns how many.  "Según explicó en un comunicado <span class="link">
    <a>Twitter Lite</a></span> ahora estará disponible" lost its subject to that rule.  A
    block of its own with such a class (a "bottom" bar, a "link" box) is left to it.

    Also unwrap, in place and counted, the inline elements trafilatura deletes or splits off
    (:data:`_SENTENCE_ELEMENTS`) inside a sentence: letters before them in the ``<p>`` and,
    after them, letters or the punctuation that ends a clause (``on <time>Friday</time>.``)."""
    changed = _unwrap_sentence_elements(tree)
    for el in _INLINE_MARKED(tree):
        cls = el.get("class") or ""
        style = el.get("style") or ""
        bad_class = bool(_PRECISION_CLASS.search(cls))
        bad_style = "border" in style
        if not (bad_class or bad_style):
            continue
        if not any(ch.isalpha() for ch in el.text_content()):
            continue
        before, after = _text_around(el)
        if not (any(ch.isalpha() for ch in before) and any(ch.isalpha() for ch in after)):
            continue
        if bad_class:
            del el.attrib["class"]
        if bad_style:
            del el.attrib["style"]
        changed += 1
    return changed



# Inline elements trafilatura deletes with their text (settings.MANUALLY_CLEANED: time, label,
# output) or reads as a quotation block that ends the paragraph's line (q).
_SENTENCE_ELEMENTS = etree.XPath("//p//time | //p//label | //p//output | //p//q")
# What may follow a word inside a sentence besides more words: the end of a clause.
_CLAUSE_END = frozenset(".,;:!?…)]»”’\"'。、，．！？」』）")


def _unwrap_sentence_elements(tree: Any) -> int:
    changed = 0
    for el in _SENTENCE_ELEMENTS(tree):
        if not any(ch.isalnum() for ch in el.text_content()):
            continue
        before, after = _text_around(el)
        following = after.strip()
        if not any(ch.isalpha() for ch in before):
            continue
        if not (any(ch.isalpha() for ch in after) or following[:1] in _CLAUSE_END):
            continue
        if el.tag == "q":
            el.text = "“" + (el.text or "")
            if len(el):
                el[-1].tail = (el[-1].tail or "") + "”"
            else:
                el.text += "”"
        el.drop_tag()
        changed += 1
    return changed


# Inline elements: a <div> holding only these (at any depth) and text is a paragraph's content.
_INLINE = frozenset(
    ("a", "b", "i", "em", "strong", "span", "br", "small", "abbr", "code", "sup", "sub", "q",
     "cite", "mark", "time", "u", "s", "font")
)
# What may come right before such a <div> in an article: its paragraphs and section headings.
_PROSE_NEIGHBOURS = frozenset(("p", "h2", "h3", "h4"))
# A <div> read as a paragraph holds at least this many words (a caption or a label is shorter).
PROSE_DIV_WORDS = 40


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
    divs (no neighbouring ``<p>``), Zyte −0.0008 and newspaper4k −0.0020 (sidebars, promos)."""
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
        text = " ".join(div.text_content().split())
        if _words(text) < PROSE_DIV_WORDS or SENTENCE_INSIDE.search(text) is None:
            continue
        div.tag = "p"
        n += 1
    return n



# Words of a paragraph that counts as prose in a hidden element or a wrapper (a label, a
# button's caption or a "Subscribe now" link is shorter).
PROSE_PARAGRAPH_WORDS = 10
# A hidden element holding this many prose paragraphs is an article body a script or a paywall
# shows later, not a widget.
HIDDEN_BODY_PARAGRAPHS = 2
_HIDDEN = etree.XPath("/descendant::*[@hidden]")
# React's streaming renderer sends each late part of a page in a <div hidden id="S:1f"> that an
# inline script moves into place: the reader sees it.
_REACT_SEGMENT = re.compile(r"S:[0-9a-f]+")


def _prose_paragraphs(el: Any, min_words: int) -> int:
    n = 0
    for p in el.iter("p"):
        text = " ".join(p.text_content().split())
        if _words(text) >= min_words and SENTENCE_INSIDE.search(text) is not None:
            n += 1
    return n


def drop_hidden_elements(tree: Any) -> int:
    """Remove the elements of the page's body that carry HTML's ``hidden`` attribute, in place
    (the text after each stays); returns how many.  A browser shows none of them (``hidden``
    is ``display: none``); trafilatura deletes ``style="display: none"`` and
    ``aria-hidden="true"`` but reads a ``hidden`` element as text: a consent banner, a form's
    error and success messages, a disclaimer, a paragraph the page hides.

    Kept, because the reader does see them: ``hidden="until-found"`` (collapsed sections that
    find-in-page opens: an accordion's text); React's streamed segments (``<div hidden
    id="S:…">``, moved into place by the page's script); and an element holding the page's
    body, hidden until a script or a paywall check runs: :data:`HIDDEN_BODY_PARAGRAPHS`
    paragraphs of :data:`PROSE_PARAGRAPH_WORDS` words with a sentence, or the page's
    ``<h1>``, ``<main>`` or ``<article>``.

    Measured with ``bench/extraction.py --reuse``: Readability +0.0017 (its hidden-nodes page),
    Fundus +0.0001 (a hidden disclaimer and a consent banner on two Postmedia pages), Zyte and
    newspaper4k unchanged.  Without the body exception Fundus lost 0.0017 (ABC's article,
    shipped whole in a hidden paywall ``<div>``), without the React one 0.0001."""
    doomed = []
    for el in _HIDDEN(tree):
        if (el.get("hidden") or "").strip().lower() == "until-found":
            continue
        if _REACT_SEGMENT.fullmatch(el.get("id") or ""):
            continue
        if el.find(".//h1") is not None or el.find(".//main") is not None:
            continue
        if el.tag in ("main", "article") or el.find(".//article") is not None:
            continue
        if _prose_paragraphs(el, PROSE_PARAGRAPH_WORDS) >= HIDDEN_BODY_PARAGRAPHS:
            continue
        doomed.append(el)
    for el in doomed:
        _remove_keeping_tail(el)
    return len(doomed)


# A paragraph of this many characters or more survives trafilatura's precision settings in any
# wrapper (their backtracking link-density test looks at shorter blocks only: its 200).
WRAPPED_PARAGRAPH_CHARS = 200
# A paragraph unwrapped has at least this many words: a sentence, not a label with a link.
LINKED_PARAGRAPH_WORDS = 8
_LINKED_P = etree.XPath("//p[.//a]")


@functools.cache
def _discard_tests() -> tuple[Any, ...]:
    """trafilatura's expressions for what its precision settings delete by class, id or style
    (OVERALL_DISCARD_XPATH, TEASER_DISCARD_XPATH, PRECISION_DISCARD_XPATH), each asked of one
    element itself (``.//*[…]`` becomes ``self::*[…]``) rather than of a whole tree."""
    from trafilatura.xpaths import (  # imported lazily: slow import, workers only
        OVERALL_DISCARD_XPATH,
        PRECISION_DISCARD_XPATH,
        TEASER_DISCARD_XPATH,
    )

    return tuple(
        etree.XPath("self::" + expr.path.strip().removeprefix(".//"), namespaces=_RE_NS)
        for expr in (*OVERALL_DISCARD_XPATH, *TEASER_DISCARD_XPATH, *PRECISION_DISCARD_XPATH)
    )


_RE_NS = {"re": "http://exslt.org/regular-expressions"}


def _discarded(el: Any) -> bool:
    """trafilatura's precision settings delete ``el`` for its class, id or style."""
    return any(test(el) for test in _discard_tests())


def unwrap_linked_paragraphs(tree: Any) -> int:
    """Drop the ``<div>`` wrappers around a short paragraph that holds a link, in place (the
    paragraph takes their place); returns how many paragraphs.

    Sites built from components wrap every paragraph in its own ``<div>`` or three
    (``<div class="text-block"><div><p>…</p></div></div>``).  trafilatura's precision settings
    delete a ``<div>`` with an element inside, a link and under 200 characters of text (their
    backtracking link-density test): every sentence of such a page that links somewhere ("Having
    been neutral for decades, <a>both applied to join in May 2022</a>, shortly after…") was
    lost, while its unlinked sentences stayed.  Unwrapped: a ``<p>`` of
    :data:`LINKED_PARAGRAPH_WORDS` words or more with a sentence, under
    :data:`WRAPPED_PARAGRAPH_CHARS` characters, whose links cover less than half its letters
    (a teaser is left to :func:`drop_link_teasers` and trafilatura's link tests), and each
    ``<div>`` above it that holds nothing else, up to the first that holds more; not when one
    of those ``<div>`` is one trafilatura deletes for its class (a related-links box, a
    newsletter promo).

    Measured with ``bench/extraction.py --reuse`` (found on Fundus's BBC page): Fundus +0.0008
    (five pages better, two worse: a subscription and a campaign promo written as a linked
    sentence), Zyte +0.0003 (one page), Readability and newspaper4k unchanged.  With every
    length of paragraph Readability lost 0.0001 (engadget: the whole article's layout
    changed, and trafilatura's fallback took over)."""
    chains: list[list[Any]] = []
    for p in _LINKED_P(tree):
        chain: list[Any] = []
        node = p
        while True:
            parent = node.getparent()
            if parent is None or parent.tag != "div" or (parent.text or "").strip():
                break
            if (node.tail or "").strip() or sum(1 for c in parent if isinstance(c.tag, str)) != 1:
                break
            chain.append(parent)
            node = parent
        if not chain:
            continue
        text = " ".join(p.text_content().split())
        if len(text) >= WRAPPED_PARAGRAPH_CHARS or _words(text) < LINKED_PARAGRAPH_WORDS:
            continue
        if SENTENCE_INSIDE.search(text) is None:
            continue
        link_text = "".join("".join(a.text_content().split()) for a in p.iter("a"))
        if len(link_text) >= MIN_LINK_SHARE * len(text.replace(" ", "")):
            continue
        if any(_discarded(div) for div in chain):
            continue
        chains.append(chain)
    for chain in chains:
        for div in chain:
            div.drop_tag()
    return len(chains)



# A ruby annotation's reading and its fallback parentheses (HTML's <rt>, <rp>, and the legacy
# <rtc> container of readings); <rb> and <rbc> hold the base text.
_RUBY_READING = ("rt", "rp", "rtc")
_RUBY_BASE = ("rb", "rbc")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")


def _wide(char: str) -> bool:
    """A character of a script written without spaces (East Asian Width F, W or H, as CSS Text
    3's segment-break rule asks), not Hangul, which Korean writes with spaces."""
    return (
        bool(char)
        and unicodedata.east_asian_width(char) in ("F", "W", "H")
        and _HANGUL.match(char) is None
    )


def _joined(left: str, right: str) -> tuple[str, str]:
    """``left`` and ``right``, the texts on both sides of a boundary, without the white space
    at the boundary when it holds a line break between two wide characters: a browser removes
    such a segment break (CSS Text 3, "Segment Break Transformation Rules"), so the HTML source
    wrapped at a ruby does not split a Japanese or Chinese word."""
    tail = left[len(left.rstrip()):]
    head = right[: len(right) - len(right.lstrip())]
    space = tail + head
    if "\n" not in space and "\r" not in space:
        return left, right
    before, after = left.rstrip()[-1:], right.lstrip()[:1]
    if _wide(before) and _wide(after):
        return left.rstrip(), right.lstrip()
    return left, right


def read_ruby_as_base_text(tree: Any) -> int:
    """Replace each ``<ruby>`` of ``tree`` by its base text, in place; returns how many.

    The reading (``<rt>``, ``<rtc>``) and its fallback parentheses (``<rp>``) go, the base
    text (``<rb>``, ``<rbc>`` or the ruby's own text, any inline element in it kept) takes the
    ruby's place inside its sentence, and a line break in the white space on either side of it,
    between two characters of a script written without spaces, goes as a browser drops it
    (:func:`_joined`): "韓国の\\n<ruby>尹錫悦<rt>…</rt></ruby>\\n大統領は" → "韓国の尹錫悦大統領は".
    Chinese pinyin and zhuyin ruby are the same markup.  Source: HTML Living Standard, "The
    ruby element"; CSS Text Module Level 3, segment break transformation."""
    rubies = list(tree.iter("ruby"))
    for ruby in rubies:
        parent = ruby.getparent()
        if parent is None:
            continue
        for el in [el for el in ruby.iter(*_RUBY_READING) if el is not ruby]:
            _remove_keeping_tail(el)
        for el in list(ruby.iter(*_RUBY_BASE)):
            el.drop_tag()
        prev = ruby.getprevious()
        before, ruby.text = _joined(
            (prev.tail if prev is not None else parent.text) or "", ruby.text or ""
        )
        if prev is not None:
            prev.tail = before
        else:
            parent.text = before
        last = ruby[-1] if len(ruby) else None
        end, ruby.tail = _joined(
            (last.tail if last is not None else ruby.text) or "", ruby.tail or ""
        )
        if last is not None:
            last.tail = end
        else:
            ruby.text = end
        ruby.drop_tag()
    return len(rubies)


# What joins the links of a list sentence: commas, a semicolon, an ampersand, and at most one
# short word ("and", "und", "et", "og", "oraz", "или"), in any language: "<a>Asker</a>, <a>Lier</a>
# and <a>Drammen</a>".
_LIST_JOINER = re.compile(r"[\s,、，;；&]*(?:[^\W\d_]{1,4}[\s,]*)?", re.UNICODE)
# A list sentence holds at least this many words outside its links (its frame: "Power was cut
# in … on Sunday"); a tag list's or a result table's label ("Tags:", "Quarter-finalists:") is
# one word.
LIST_SENTENCE_FRAME_WORDS = 2
# ... and at least this many links: two are a pair in a sentence, not a list.
LIST_SENTENCE_LINKS = 3
_TEXT_OUTSIDE_LINKS = etree.XPath(".//text()[not(ancestor::a)]")
_LIST_SENTENCE_PARENTS = etree.XPath(
    "ancestor::*[self::nav or self::header or self::footer or self::aside or self::li"
    " or self::figure or self::figcaption or self::table]"
)


def _is_list_sentence(p: Any, links: list[Any]) -> bool:
    text = " ".join(p.text_content().split())
    if len(links) < LIST_SENTENCE_LINKS or SENTENCE_END.search(text) is None:
        return False
    link_text = "".join("".join(a.text_content().split()) for a in links)
    if len(link_text) < MIN_LINK_SHARE * len(text.replace(" ", "")):
        return False  # a sentence with a few links: rule 7 and trafilatura keep it
    # every gap between two consecutive links is a list joiner, and the links are the paragraph's
    # own inline children (not a box of blocks)
    for a, b in itertools.pairwise(links):
        if a.getparent() is not b.getparent() or a.getnext() is not b:
            return False
        if _LIST_JOINER.fullmatch(a.tail or "") is None:
            return False
    # the words outside the links, but for the joiners' short words ("and")
    joiners = {w for a in links[:-1] for w in (a.tail or "").split()}
    outside = " ".join(_TEXT_OUTSIDE_LINKS(p)).split()
    frame_words = [w for w in outside if any(c.isalpha() for c in w)]
    return len([w for w in frame_words if w not in joiners]) >= LIST_SENTENCE_FRAME_WORDS


def unlink_list_sentences(tree: Any) -> int:
    """Make the links of a *list sentence* plain text, in place; returns how many paragraphs.

    A list sentence is a ``<p>`` of the body whose words are mostly links, a list of places,
    teams or people each linked to its page and joined by commas and "and", inside a sentence:
    "Power was cut in <a>Bærum</a>, <a>Asker</a>, <a>Lier</a> and <a>Drammen</a> on Sunday."
    trafilatura's link-density tests take it for navigation (a ``<div>`` wrapping it with under
    200 characters, a paragraph of more than four links that are nine tenths of its text) and
    drop it.  Made plain text (clipper asks trafilatura for no links, so its text is the same)
    when all of: at least :data:`LIST_SENTENCE_LINKS` links cover at least
    :data:`MIN_LINK_SHARE` of its letters (a sentence with fewer links is rule 7's), each
    directly after the other with only a list joiner between them (commas, a semicolon, "&",
    one short word: :data:`_LIST_JOINER`), at least :data:`LIST_SENTENCE_FRAME_WORDS` words
    of its own outside them, and it ends like a sentence; not inside a ``<nav>``, ``<header>``,
    ``<footer>``, ``<aside>``, list item, figure or table.  Navigation and "Related: A | B | C"
    bars are joined by bars or nothing and end no sentence; a tag list ("Tags: A, B, C") has a
    one-word label and no full stop."""
    found: list[list[Any]] = []
    for p in tree.iter("p"):
        links = [a for a in p.iter("a") if a.text_content().strip()]
        if len(links) < LIST_SENTENCE_LINKS or _LIST_SENTENCE_PARENTS(p):
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_CHILDREN for c in p):
            continue
        if _is_list_sentence(p, links):
            found.append(links)
    for links in found:
        for a in links:
            a.drop_tag()
    return len(found)
