"""Links that trafilatura's precision settings would delete with their text, made text or
unwrapped (rules 2, 4, 7 and 10 of :mod:`clipper.htmlprune`): heading permalinks, linked
section headings, linked sentences in their own wrappers, list sentences."""

from __future__ import annotations

import functools
import itertools
import re
from typing import Any

from lxml import etree

from clipper.htmlprune import BLOCK_CHILDREN, MIN_LINK_SHARE
from clipper.scripts import SENTENCE_END, SENTENCE_INSIDE, count_words

_words = count_words  # words in any script


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
    (a teaser is left to :func:`clipper.htmlprune.drop_link_teasers` and trafilatura's link
    tests), and each ``<div>`` above it that holds nothing else, up to the first that holds
    more; not when one of those ``<div>`` is one trafilatura deletes for its class (a
    related-links box, a newsletter promo).

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
        if any(isinstance(c.tag, str) and c.tag in BLOCK_CHILDREN for c in p):
            continue
        if _is_list_sentence(p, links):
            found.append(links)
    for links in found:
        for a in links:
            a.drop_tag()
    return len(found)
