"""What a reader sees of a page, settled before extraction: the labels a page writes for screen
readers only go, and the rest of a story it folds away behind "Read more" is unfolded.  One pass
over the page's elements finds both, by their class names and inline styles
(:func:`settle_visibility`).

1. **Screen-reader text** (:func:`drop_screen_reader_text`).  Pages label links and icons for
   blind readers with text that a stylesheet moves off the screen: "(opens in a new window)",
   ", external link", "Skip to content", "Advertisement".  The class names are the frameworks'
   own (:data:`SCREEN_READER_CLASSES`: Bootstrap's ``sr-only`` and ``visually-hidden``,
   WordPress's ``screen-reader-text``, HTML5 Boilerplate's ``visuallyhidden``, Drupal's
   ``element-invisible``, Tailwind's ``sr-only``...).  trafilatura reads them as text, so a
   sentence came out as "A spokesperson for the port operator, external link said…".  Such an
   element of at most :data:`MAX_WORDS` words is removed (the text after it stays), unless it
   is part of a word (the letter a drop cap shows as a picture, written for screen readers
   beside it: "<span class=sr-only>T</span>he") or holds no letter or digit (a ": " spoken
   between a kicker and a headline keeps the two apart).

2. **A folded rest** (:func:`unfold_collapsed_body`).  A page that shows the first paragraphs
   of a story and the rest on a click often sends the rest in the same page, in a block hidden
   by an inline ``style="display: none"`` that the button's script removes; trafilatura deletes
   every such element (its ``OVERALL_DISCARD_XPATH``), so the text stopped after the first
   paragraphs.  A hidden block is unfolded (``display: none`` struck from its style) when it
   continues the body, all of:

   * it holds :data:`FOLDED_PARAGRAPHS` paragraphs of prose (:data:`PROSE_WORDS` words and a
     sentence) or more;
   * it follows, in its own parent, a shown paragraph of prose: the body's first paragraphs;
   * none of its paragraphs is also shown elsewhere on the page: a page that carries its
     article twice (a desktop and a mobile rendition, one hidden) has its text already;
   * it is no box of its own (a dialog, a pop-up, a newsletter, consent, comments, account or
     ad-blocker message, by its class or id).

   The risk is a hidden second rendition of the article: un-hiding any ``display: none`` block
   of two prose paragraphs took Business Insider's page of the Zyte set from 1.0 to 0.44 in
   session 21; the last three conditions are the guard.

Measured with ``bench/extraction.py --reuse`` on the four sets (with :mod:`clipper.leftout`):
rule 1 changed three pages, Fundus's The Nation 0.886 -> 0.988 (its related-story cards carried
each headline twice, once for screen readers, and read as prose), Readability's nytimes-1 and
nytimes-2 -0.003 and -0.006 ("Continue reading the main story", a ``visually-hidden`` skip link
that Readability's truth keeps).  Rule 2 changed no page: of the 19 hidden blocks of two prose
paragraphs or more on the 714 pages (account and password messages, an ad-blocker's appeal, a
consent dialog, an Internet Explorer warning, a timeline box), none follows a shown paragraph
of its parent.  Both kinds are in the probe of public reports.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from clipper.pagetree import find_body
from clipper.scripts import SENTENCE_INSIDE, count_words

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
# A folded rest holds at least this many prose paragraphs (a widget's message is one line).
FOLDED_PARAGRAPHS = 2
# Words of a paragraph of prose (a button's caption, a label is shorter).
PROSE_WORDS = 10


_DISPLAY_NONE = re.compile(r"display\s*:\s*none\s*(!\s*important)?\s*;?", re.IGNORECASE)
BOX_NAME = re.compile(
    r"modal|popup|pop-up|dialog|overlay|tooltip|newsletter|subscribe|consent|cookie|comment|"
    r"menu|\bnav|share|related|recommend|message|notification|adblock|password|verif",
    re.IGNORECASE,
)


def _marked(tree: Any) -> tuple[list[Any], list[Any]]:
    """The body's elements with a screen-reader class, and those hidden by an inline
    ``display: none``, in page order."""
    body = find_body(tree) if tree.tag != "body" else tree
    labels: list[Any] = []
    folded: list[Any] = []
    for el in body.iter(etree.Element) if body is not None else ():
        classes = el.get("class")
        # a part of every SCREEN_READER_CLASSES name, the gate before its names are split and
        # compared: substring tests, inline (asked of every element with a class: ~0.3 µs an
        # element less than the alternation as a regular expression; settle_visibility 0.81
        # -> 0.69 ms a page on the 439 Zyte and Fundus pages of bench/speed.py)
        if (
            classes is not None
            and (
                "sr-" in classes
                or "visually" in classes
                or "screen" in classes
                or "invisible" in classes
                or "assistive" in classes
                or "a11y" in classes
            )
            and SCREEN_READER_CLASSES.intersection(classes.split())
        ):
            labels.append(el)
        style = el.get("style")
        if style and _DISPLAY_NONE.search(style):
            folded.append(el)
    return labels, folded


def settle_visibility(tree: Any) -> tuple[int, int]:
    """:func:`drop_screen_reader_text` and :func:`unfold_collapsed_body` on the page ``tree``
    (lxml.html), in place, from one pass over its elements; returns how many of each."""
    labels, folded = _marked(tree)
    return _drop_labels(labels), _unfold(tree, folded)


def drop_screen_reader_text(tree: Any) -> int:
    """Remove the screen-reader-only labels of the page's body, in place (module docstring,
    rule 1); returns how many."""
    return _drop_labels(_marked(tree)[0])


def unfold_collapsed_body(tree: Any) -> int:
    """Strike ``display: none`` from the hidden blocks that continue the page's body, in place
    (module docstring, rule 2); returns how many."""
    return _unfold(tree, _marked(tree)[1])


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


def _drop_labels(labels: list[Any]) -> int:
    gone: set[Any] = set()
    for el in labels:
        if gone.intersection(el.iterancestors()) or el.getparent() is None:
            continue
        text = el.text_content() or ""
        if not any(c.isalnum() for c in text) or count_words(text) > MAX_WORDS or _in_word(el):
            continue
        el.drop_tree()  # lxml.html: the text after it stays
        gone.add(el)
    return len(gone)


def _text(el: Any) -> str:
    return " ".join((el.text_content() or "").split())


def _prose(text: str) -> bool:
    return count_words(text) >= PROSE_WORDS and SENTENCE_INSIDE.search(text) is not None


def _boxed(el: Any) -> bool:
    return any(
        BOX_NAME.search(f"{node.get('class') or ''} {node.get('id') or ''}")
        for node in (el, *el.iterancestors())
        if node.tag not in ("body", "html")
    )


def _shown_before(el: Any, hidden: set[Any]) -> bool:
    """Whether a shown paragraph of prose stands before ``el`` in its parent."""
    before = el.getprevious()
    while before is not None:
        if isinstance(before.tag, str) and before not in hidden:
            texts = [before] if before.tag == "p" else list(before.iter("p"))
            if any(_prose(_text(p)) for p in texts):
                return True
        before = before.getprevious()
    return False


def _unfold(tree: Any, folded: list[Any]) -> int:
    hidden = set(folded)
    candidates = []
    for el in folded:
        if hidden.intersection(el.iterancestors()):
            continue  # inside another hidden block: judged with it
        paragraphs = [t for t in (_text(p) for p in el.iter("p")) if _prose(t)]
        if len(paragraphs) >= FOLDED_PARAGRAPHS and _shown_before(el, hidden) and not _boxed(el):
            candidates.append((el, paragraphs))
    if not candidates:
        return 0
    shown = {
        text
        for p in tree.iter("p")
        if p not in hidden and not hidden.intersection(p.iterancestors())
        for text in (_text(p),)
        if _prose(text)
    }
    unfolded = 0
    for el, paragraphs in candidates:
        if any(t in shown for t in paragraphs):
            continue  # a second rendition of what the page shows
        el.set("style", _DISPLAY_NONE.sub("", el.get("style") or ""))
        unfolded += 1
    return unfolded
