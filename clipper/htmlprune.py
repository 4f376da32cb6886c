"""Structural fixes of an article page's tree before extraction: inline link teasers and hidden
elements out, section headings, words inside sentences and linked sentences kept.

The rules, numbered as below, live by what they do to the tree: this module removes (1, 6, 11),
:mod:`clipper.htmllinks` turns links into text or unwraps them (2, 4, 7, 10),
:mod:`clipper.htmlinline` reads inline elements inside a sentence (3, 9, 12), and
:mod:`clipper.htmlblocks` reads blocks as what they are (5, 8);
:func:`clipper.htmlclean.clean_html` applies them in its order.

1. **Link teasers** (:func:`drop_link_teasers`).

News sites put links to other articles between body paragraphs: "**Mehr zum Thema** – <a>linked
headline</a>", "Lesen Sie auch: <a>…</a>", "Read more: <a>…</a>", "À lire aussi : <a>…</a>",
"Leggi anche: <a>…</a>".  trafilatura keeps them because they sit inside the body and are mostly
prose-like text.  The rule here is structural, so it needs no phrase list and works in every
language: a paragraph is a **link teaser** when

* it is short (at most :data:`MAX_WORDS` words),
* one or more links cover a headline-sized part of it (at least :data:`MIN_LINK_WORDS` words and
  at least :data:`MIN_LINK_SHARE` of its letters), and
* what is not link text is a short label (at most :data:`MAX_LABEL_WORDS` words, the separator
  after it not counted: "Další články k tématu – <a>" is a label of four words) that does not end
  a sentence, standing before the link ("Label: <a>", "Label – <a>", "<b>Label</b> <a>"), or with
  nothing between them when the label is a "read also" phrase of a language table (``related``:
  "관련기사 <a>…</a>", "関連記事 <a>…</a>", "CZYTAJ WIĘCEJ <a>…</a>").

Words are counted by :func:`clipper.scripts.count_words`: whitespace tokens, except in scripts
written without spaces (Han, kana, Thai...), where a run counts a word per few characters,
so "相关阅读：<a>…</a>" and "【関連記事】<a>…</a>" are judged by the same sizes as
"Read more: <a>…</a>".

A paragraph that is only a link (no label) is left to trafilatura's link-density checks.  A
sentence that merely contains a link ("The <a>report</a> was published on Monday.") keeps more
than a label of its own text and is never touched.

2. **Heading permalinks** (:func:`clipper.htmllinks.unwrap_heading_anchors`): a link inside a
heading to a place on the same page (``href="#…"``) becomes its text; trafilatura's precision
settings deleted such headings as link lists (every section heading of a blog or documentation
page).

3. **Words inside sentences** (:func:`clipper.htmlinline.keep_inline_words`): a span in the middle
of a sentence loses the class or style that trafilatura's precision settings delete spans for
("link", "…-bottom", a border), so no sentence loses words.  And an inline element that trafilatura
deletes with its text wherever it stands (its ``MANUALLY_CLEANED``: ``<time>``, ``<label>``,
``<output>``) or reads as a block of its own (``<q>``, which split the sentence in two) becomes
its text, in quotation marks for ``<q>`` as a browser shows it, when it stands inside a
sentence of a ``<p>``: "The board met on <time>Friday</time> in Oslo" lost "Friday".  A
dateline that is only a ``<time>`` ("Published <time>3 March</time>") is left to trafilatura.

4. **Linked section headings** (:func:`clipper.htmllinks.unwrap_section_heading_links`): a list
article's item headings that link to what they review keep their text when a real paragraph follows
them.

Measured with ``python bench/extraction.py`` (tuned on Readability's pages, confirmed on Zyte,
Fundus and newspaper4k): rules 2 and 3 together +0.0010 on Readability (toc-missing,
gitlab-blog, mercurial, topicseed-1, cnet-svg-classes), +0.0002 on Zyte (one page), no change on
Fundus and newspaper4k (no page there has either shape); rule 4 +0.0007 on Readability (yahoo-1,
wikia, tumblr, videos-1, lazy-image-2, lwn-1), Zyte one page better (+0.00003), Fundus and
newspaper4k unchanged.

5. **Paragraphs written as divs** (:func:`clipper.htmlblocks.read_prose_divs_as_paragraphs`): a
``<div>`` of prose with no block inside, after a paragraph or a section heading of the article,
becomes a ``<p>`` (Readability +0.0033, the other sets unchanged).

6. **Hidden elements** (:func:`drop_hidden_elements`): what HTML's ``hidden`` attribute keeps
out of view (a consent banner, a form's messages, a hidden paragraph) is removed, except what
the reader does see later: ``hidden="until-found"`` sections, React's streamed segments and a
hidden article body (a paywall's; Readability +0.0017, Fundus +0.0001, Zyte and newspaper4k
unchanged).

7. **Linked sentences in their own wrappers** (:func:`clipper.htmllinks.unwrap_linked_paragraphs`):
a short paragraph holding a link, alone inside one or more ``<div>`` (component-built pages), loses
those wrappers, which trafilatura's precision settings deleted with it (Fundus +0.0008, Zyte
+0.0003, Readability and newspaper4k unchanged).

8. **Layout tables** (:func:`clipper.htmlblocks.unwrap_layout_tables`): a ``<table>`` one of whose
own cells holds a heading or two paragraphs is the page's layout (a site built before CSS, a
mail-like template), not data: its rows and cells become ``<div>``s.  trafilatura's table rendering
made the whole table one line, the navigation cell ("| Home Archive | Gears Mount a size…") and
every paragraph of the article run together (its issue #890's page shape).

9. **Ruby annotations** (:func:`clipper.htmlinline.read_ruby_as_base_text`): a ``<ruby>`` is inline
(HTML's definition: a run of base text with its reading, ``<rt>``, shown above it, and fallback
parentheses, ``<rp>``, for browsers without ruby); the base text stays in its sentence and the
reading goes, so "韓国の<ruby><rb>尹錫悦</rb><rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>
大統領は" is read "韓国の尹錫悦大統領は", as a reader reads it.  trafilatura deletes ``<rt>`` and
``<rp>`` but keeps an ``<rb>`` with line breaks around it as a line of its own (Japanese papers
write ruby for every Korean and Chinese name: one sentence became three lines).

10. **List sentences** (:func:`clipper.htmllinks.unlink_list_sentences`): a paragraph of the body
whose words are mostly links, places or teams listed in a sentence ("Power was cut in <a>Bærum</a>,
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

12. **Words after an empty inline element**
(:func:`clipper.htmlinline.keep_words_after_empty_inline`): an empty ``<b>``, ``<strong>``,
``<i>``, ``<em>`` or ``<span>`` inside a sentence or opening a ``<p>`` is unwrapped, so the
words after it stay: trafilatura's precision settings dropped the element *with its tail*, a
plaque's quoted words after "<b>1925-40:</b> <b></b>" (Los Angeles Times), a link's words after
its icon in the middle of a sentence (MDR, NDR), a WordPress paragraph opening with its
``<span id="more-…">`` anchor (Pew Research), a sentence's second half after an empty
``<strong>`` (The Mirror).  Found on newspaper4k's and Fundus's pages (sets not tuned on);
measured with ``bench/extraction.py --reuse`` on all four, none lower (bench/HISTORY.md).

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

import re
from typing import Any

from lxml import etree

from clipper.furniture.compiled import matchers
from clipper.scripts import SENTENCE_INSIDE, count_words

__all__ = [
    "MAX_LABEL_WORDS",
    "MAX_WORDS",
    "MIN_LINK_SHARE",
    "MIN_LINK_WORDS",
    "drop_hidden_elements",
    "drop_link_teasers",
    "drop_read_also_boxes",
    "remove_keeping_tail",
]

MAX_WORDS = 30
MAX_LABEL_WORDS = 4
MIN_LINK_WORDS = 3
MIN_LINK_SHARE = 0.5

_BLOCKS = ("p", "li", "div", "h2", "h3", "h4", "h5", "h6")
BLOCK_CHILDREN = frozenset(("p", "div", "ul", "ol", "li", "table", "section", "article"))
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
    # the separator closing the label is no word of it ("Konuyla ilgili diğer haberler –")
    label_words = _words(_LABEL_END.sub("", label))
    if not label or label_words > MAX_LABEL_WORDS or _SENTENCE_END.search(label):
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
    # a label with no separator after it is a teaser's when it is a "read also" phrase of a
    # language table ("관련기사 <a>…</a>", "CZYTAJ WIĘCEJ <a>…</a>", "بیشتر بخوانید <a>…</a>")
    return bool(_LABEL_END.search(label) or bold_label or matchers().is_related_heading(label))


def drop_link_teasers(tree: Any) -> int:
    """Remove link-teaser paragraphs (see the module docstring) from ``tree`` in place; returns
    how many were removed.  Elements with block children are not considered (a teaser is one
    paragraph).  Work is per link: only the block around a headline-sized link is examined."""
    doomed: list[Any] = []
    seen: dict[int, Any] = {}  # holds the proxies, so that an id is never reused meanwhile
    # Links with headline-sized text, selected in C: nav and footer links are one or two words.
    for link in _HEADLINE_LINKS(tree):
        el = link.getparent()
        for _ in range(3):  # <p><strong><a>: the block is at most three levels up
            if el is None or el.tag in _BLOCKS:
                break
            el = el.getparent()
        # a block examined already is passed over before the link's words are counted
        if el is None or el.tag not in _BLOCKS or id(el) in seen:
            continue
        if _words(link.text_content()) < MIN_LINK_WORDS:
            continue
        seen[id(el)] = el
        if any(isinstance(c.tag, str) and c.tag in BLOCK_CHILDREN for c in el):
            continue
        if _is_teaser(el):
            doomed.append(el)
    for el in doomed:
        remove_keeping_tail(el)
    return len(doomed)


def remove_keeping_tail(el: Any) -> None:
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
    language table's ``related`` heading,
    :meth:`clipper.furniture.compiled.Matchers.is_related_heading`) that holds more than the
    label, within :data:`_LABEL_ANCESTORS` levels, of at most :data:`READ_ALSO_BOX_WORDS` words,
    holding a headline-sized link (:data:`MIN_LINK_WORDS` words or more) outside the label and
    no list, table or heading of the article."""
    from clipper.furniture.compiled import matchers

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
        remove_keeping_tail(box)
    return len(doomed)


# Words of a paragraph that counts as prose in a hidden element or a wrapper (a label, a
# button's caption or a "Subscribe now" link is shorter).
PROSE_PARAGRAPH_WORDS = 10
# A hidden element holding this many prose paragraphs is an article body a script or a paywall
# shows later, not a widget.
HIDDEN_BODY_PARAGRAPHS = 2
# The elements of the page with a ``hidden`` attribute, in page order: each attribute's parent
# (libxml2 tests an element's attributes faster this way than by an [@hidden] predicate).
_HIDDEN = etree.XPath("//@hidden/..")
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
        remove_keeping_tail(el)
    return len(doomed)

