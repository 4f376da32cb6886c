"""What a page writes for screen readers only, out of its tree before extraction, and the lists
of its table cells read as their items.

1. **Screen-reader text** (:func:`drop_screen_reader_text`).  Pages label links and icons for
   blind readers with text that a stylesheet moves off the screen: "(opens in a new window)",
   ", external link", "Skip to content", "Advertisement", "Share on Facebook".  The class names
   are the frameworks' own (:data:`SCREEN_READER_CLASSES`: Bootstrap's ``sr-only`` and
   ``visually-hidden``, WordPress's ``screen-reader-text``, HTML5 Boilerplate's
   ``visuallyhidden``, Drupal's ``element-invisible``, Tailwind's ``sr-only``...).  trafilatura
   reads them as text, so a sentence came out as "A spokesperson for the port operator, external
   link said…".  Such an element of at most :data:`MAX_WORDS` words is removed (the text after
   it stays), unless it is part of a word: the letter a drop cap shows as a picture, written
   for screen readers beside it ("<span class=sr-only>T</span>he").

2. **Lists in table cells** (:func:`read_cell_lists_as_paragraphs`).  trafilatura's precision
   settings drop a ``<ul>`` or ``<ol>`` inside a table cell, leaving the cell empty (its issues
   #531 and #335; its recall settings keep the items): each item of such a list becomes a
   paragraph of its cell, which the precision settings keep, as the recall settings write it.

Measured with ``bench/extraction.py --reuse`` on the four sets (with :mod:`clipper.leftout`):
rule 1 changed three pages: Fundus's The Nation 0.886 -> 0.988 (its related-story cards
carried each headline twice, once for screen readers, and read as prose), Readability's
nytimes-1 and nytimes-2 -0.003 and -0.006 ("Continue reading the main story", a
``visually-hidden`` skip link that Readability's truth keeps); rule 2 changed none (a page of
the kind is in the probe of public reports, not in the sets).
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from clipper.scripts import count_words

# The class names of the frameworks' screen-reader-only text (a stylesheet clips it to one
# pixel off the screen).
SCREEN_READER_CLASSES = frozenset(
    {
        "sr-only",
        "sr-only-focusable",
        "sr-text",
        "screen-reader-text",
        "screen-reader-only",
        "screenreader-only",
        "visually-hidden",
        "visually-hidden-focusable",
        "visuallyhidden",
        "u-visually-hidden",
        "is-visually-hidden",
        "element-invisible",
        "assistive-text",
        "a11y-hidden",
        "hidden-visually",
    }
)
# Screen-reader text is a label: a longer one is the page's content in a box the page shows
# some other way (a transcript, an accordion's panel).
MAX_WORDS = 12

_MARKED = etree.XPath(
    "//body//*[contains(@class, 'sr-') or contains(@class, 'visually')"
    " or contains(@class, 'screen') or contains(@class, 'invisible')"
    " or contains(@class, 'assistive') or contains(@class, 'a11y')]"
)


def _in_word(el: Any) -> bool:
    """Whether ``el`` joins the letters on either side of it into one word."""
    text = el.text_content() or ""
    tail = el.tail or ""
    before = el.getprevious()
    left = (before.tail if before is not None else el.getparent().text) or ""
    if before is not None and not left:
        left = before.text_content() or ""
    touches_right = bool(text) and text[-1:].isalnum() and tail[:1].isalnum()
    touches_left = bool(text) and text[:1].isalnum() and left[-1:].isalnum()
    return touches_right or touches_left


def drop_screen_reader_text(tree: Any) -> int:
    """Remove the screen-reader-only labels of the page's body, in place (module docstring,
    rule 1); returns how many."""
    doomed = []
    for el in _MARKED(tree):
        if not SCREEN_READER_CLASSES.intersection((el.get("class") or "").split()):
            continue
        text = el.text_content() or ""
        # a separator (": ", " – ") spoken between a kicker and a headline stays
        if not any(c.isalnum() for c in text) or count_words(text) > MAX_WORDS or _in_word(el):
            continue
        doomed.append(el)
    gone: set[Any] = set()
    for el in doomed:
        if gone.intersection(el.iterancestors()) or el.getparent() is None:
            continue
        el.drop_tree()  # lxml.html: the text after it stays
        gone.add(el)
    return len(gone)


_CELL_LISTS = etree.XPath("//td//ul | //td//ol | //th//ul | //th//ol")


def read_cell_lists_as_paragraphs(tree: Any) -> int:
    """Each item of a list inside a table cell made a paragraph of the cell, in place (module
    docstring, rule 2); returns how many lists."""
    lists = _CELL_LISTS(tree)
    for lst in reversed(lists):  # an inner list before the list holding it
        for item in lst:
            if item.tag == "li":
                item.tag = "p"
        lst.tag = "div"
    return len(lists)
