"""The rest of an article that a page folds away behind a "Read more" button, unfolded before
extraction.

A page that shows the first paragraphs of a story and the rest on a click often sends the rest
in the same page, in a block hidden by an inline ``style="display: none"`` that the button's
script removes.  trafilatura deletes every such element (its ``OVERALL_DISCARD_XPATH``), so the
text stopped after the teaser paragraphs.  A hidden block is unfolded (its ``display: none``
struck from its style) when it continues the body, all of:

* it holds :data:`FOLDED_PARAGRAPHS` paragraphs of prose (:data:`PROSE_WORDS` words and a
  sentence) or more;
* it follows, in its own parent, a shown paragraph of prose: the body's first paragraphs;
* none of its paragraphs is also shown elsewhere on the page: a page that carries its article
  twice (a desktop and a mobile rendition, one hidden) has its text already;
* it is no box of its own (a dialog, a pop-up, a newsletter, consent or comments box, by its
  class or id).

The risk is a hidden second rendition of the article (un-hiding any ``display: none`` block of
two prose paragraphs changed Business Insider's page of the Zyte set from 1.0 to 0.44 in
session 21); the last three conditions are the guard.  On the 714 pages of the four extraction
sets 19 hidden blocks hold two prose paragraphs or more (account and password messages, an
ad-blocker's appeal, a consent dialog, an Internet Explorer warning, a Rzeczpospolita timeline
box); none follows a shown paragraph of its parent, and no page's text changed
(``bench/extraction.py --reuse``).  The kind is in the probe of public reports.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from clipper.scripts import SENTENCE_INSIDE, count_words

# A folded rest holds at least this many prose paragraphs (a widget's message is one line).
FOLDED_PARAGRAPHS = 2
# Words of a paragraph of prose (a button's caption, a label is shorter).
PROSE_WORDS = 10

_FOLDED = etree.XPath(
    "//body//*[contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')]"
)
_DISPLAY_NONE = re.compile(r"display\s*:\s*none\s*(!\s*important)?\s*;?", re.IGNORECASE)
_BOX_NAME = re.compile(
    r"modal|popup|pop-up|dialog|overlay|tooltip|newsletter|subscribe|consent|cookie|comment|"
    r"menu|\bnav|share|related|recommend|message|notification|adblock|password|verif",
    re.IGNORECASE,
)


def _text(el: Any) -> str:
    return " ".join((el.text_content() or "").split())


def _prose(text: str) -> bool:
    return count_words(text) >= PROSE_WORDS and SENTENCE_INSIDE.search(text) is not None


def _boxed(el: Any) -> bool:
    return any(
        _BOX_NAME.search(f"{node.get('class') or ''} {node.get('id') or ''}")
        for node in (el, *el.iterancestors())
        if node.tag not in ("body", "html")
    )


def unfold_collapsed_body(tree: Any) -> int:
    """Strike ``display: none`` from the hidden blocks that continue the page's body, in place
    (module docstring); returns how many."""
    folded = _FOLDED(tree)
    if not folded:
        return 0
    hidden = set(folded)
    shown: set[str] = set()
    for p in tree.iter("p"):
        if not hidden.intersection(p.iterancestors()) and p not in hidden:
            text = _text(p)
            if _prose(text):
                shown.add(text)
    unfolded = 0
    for el in folded:
        if hidden.intersection(el.iterancestors()):
            continue  # inside another hidden block: judged with it
        paragraphs = [_text(p) for p in el.iter("p")]
        paragraphs = [t for t in paragraphs if _prose(t)]
        if len(paragraphs) < FOLDED_PARAGRAPHS or any(t in shown for t in paragraphs):
            continue
        before = el.getprevious()
        shown_before = False
        while before is not None:
            if isinstance(before.tag, str) and before not in hidden:
                texts = [before] if before.tag == "p" else list(before.iter("p"))
                if any(_prose(_text(p)) for p in texts):
                    shown_before = True
                    break
            before = before.getprevious()
        if not shown_before or _boxed(el):
            continue
        el.set("style", _DISPLAY_NONE.sub("", el.get("style") or ""))
        unfolded += 1
    return unfolded
