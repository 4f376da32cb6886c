"""Structural removal of inline link teasers from an article page, before extraction.

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
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from clipper.scripts import count_words

__all__ = [
    "MAX_LABEL_WORDS",
    "MAX_WORDS",
    "MIN_LINK_SHARE",
    "MIN_LINK_WORDS",
    "drop_link_teasers",
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
        parent = el.getparent()
        if parent is None:
            continue
        if el.tail and el.tail.strip():
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)
    return len(doomed)
