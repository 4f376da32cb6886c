"""Blocks of an article body that trafilatura's precision settings leave out of the text they
keep, put back in page order: a lede standing apart above the body's container, and a list
standing between two kept paragraphs.

trafilatura takes its main text from the first element one of its body XPaths finds
(:mod:`clipper.splitbody`): what stands outside that element is lost, and inside a bare page
(paragraphs straight under ``<body>``, no container) its precision settings drop lists.  Both
are public bug reports of the kind: the first paragraph in a container of its own
(Purify #3, readability.php #84, Readability #692: "the first paragraph is missing"), and
``body > ul`` omitted (trafilatura #233: only ``favor_recall`` keeps it).

1. **A lede apart** (:func:`restore_lede`).  The body container is the element trafilatura's
   text came from (:func:`clipper.splitbody.body_container`).  Reading back from it towards
   the page's headline (the last ``<h1>`` before it), past what a reader skips between a lede
   and its body (a figure and its caption, an advertisement's slot, a share bar, a script),
   the ``<p>`` of prose that trafilatura did not keep (:func:`clipper.postclean.is_prose`,
   :data:`LEDE_MIN_WORDS` words or more, under half of them link text) are the article's
   opening paragraphs, up to :data:`LEDE_MAX_PARAGRAPHS`; the first other text (a byline, a
   dateline, a kept block) ends them.  They go before the first kept line that follows them.
   A paragraph that is the page's declared description (``og:description``, ``<meta
   name=description>`` or one of them cut short: a standfirst, which the extraction sets'
   truths disagree on, Zyte and Readability leaving it out, Fundus keeping it), or that stands
   in a box of its own (a figure, a caption, a byline or meta line, a notice or message bar,
   furniture as :func:`clipper.splitbody.in_furniture` says) is no lede and ends them too.
2. **A list between kept paragraphs** (:func:`restore_lists`).  A ``<ul>`` or ``<ol>`` of two
   items or more, none of them kept, whose element before it is a kept block (a paragraph, a
   heading, a quote) and whose element after it is a kept block or nothing, with under half
   its words linked, no picture, and outside a box (as in 1: an author box, a gallery,
   furniture), is the body's: its items go after the block before it, as trafilatura writes a
   list ("- item").

3. **A list in a table cell** (:func:`read_cell_lists_as_paragraphs`, before extraction).
   trafilatura's precision settings drop a ``<ul>`` or ``<ol>`` inside a table cell and leave
   the cell empty (its issues #531 and #335; its recall settings keep the items): each item of
   such a list becomes a paragraph of its cell, which the precision settings keep, written as
   the recall settings write it.

Measured with ``bench/extraction.py --reuse`` (the rules written on the kinds' public reports,
then checked page by page on the four sets; every page whose text changed is listed in the
commit): Zyte 0.9768 (no page changed), Fundus 0.9625 -> 0.9628, Readability 0.9427 (google-sre
+0.003 by a list), newspaper4k 0.8195 (no page changed); with :mod:`clipper.visibility`.
Rule 3 changed no page of the sets (the kind is in the probe of public reports).
Without the declared-description test the lede rule added 44 standfirsts: Zyte -0.0017, Fundus
+0.0018, Readability -0.0004, newspaper4k -0.0003.

Both run after the split body is restored, on the text trafilatura kept (its lines matched to
the page's blocks by their text, :func:`clipper.splitbody.taken_blocks`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

from lxml import etree

from clipper.pagetree import find_body
from clipper.postclean import is_prose
from clipper.scripts import count_words
from clipper.splitbody import (
    MIN_BLOCK_WORDS,
    body_container,
    in_furniture,
    insertion_point,
    norm,
    squash,
    taken_blocks,
)

# A lede is one to three paragraphs: more prose between the headline and the body container
# is something else (a teaser list, a summary box).
LEDE_MAX_PARAGRAPHS = 3
# A lede paragraph has this many words (a byline, a dateline, a kicker is shorter).
LEDE_MIN_WORDS = 12
# A block this share of whose words are link text is navigation, not body.
MAX_LINK_SHARE = 0.5
# A list put back has at least this many items.
MIN_LIST_ITEMS = 2

_BOX_TAGS = frozenset({"figure", "figcaption", "menu"})
# What stands between a lede and the body without breaking the two apart: a figure with its
# caption, an advertisement's slot, a share bar.
_GAP_TAGS = frozenset(
    {"figure", "figcaption", "picture", "video", "audio", "iframe", "aside", "script", "style",
     "noscript", "template", "button", "svg"}
)
_GAP_NAME = re.compile(
    r"caption|credit|advert|\bads?\b|ad-slot|ad-container|promo|sponsor|share|social|related",
    re.IGNORECASE,
)
_SUMMARY_KEYS = frozenset({"description", "og:description", "twitter:description"})
# A declared description this long that opens a paragraph is a cut of it (the page's summary).
SUMMARY_PREFIX_CHARS = 40
_CLOSING = re.compile(r"[\s.…]+$")
_BOX_NAME = re.compile(
    r"caption|credit|byline|author|dateline|share|social|subscribe|breadcrumb|advert|sponsor|"
    r"cookie|consent|gallery|slideshow|\bnav|menu|message|notice|alert|banner|"
    r"(?:^|[\s_-])meta(?:$|[\s_-])",
    re.IGNORECASE,
)


def _linked_share(el: Any) -> float:
    words = count_words(el.text_content() or "")
    if not words:
        return 0.0
    linked = sum(count_words(a.text_content() or "") for a in el.iter("a"))
    return linked / words


def _positions(lines: list[str], taken: dict[Any, int], order: dict[Any, int]) -> list[int | None]:
    """Each line's place in the page (``order``: each element's): that of the first kept block
    with its text; None for a line that is part of a block."""
    by_text: dict[str, int] = {}
    for el in taken:
        by_text.setdefault(norm(el.text_content()), order[el])
    return [by_text.get(line) for line in lines]


def _marked(el: Any, stop: Any, tags: frozenset[str], names: re.Pattern[str]) -> bool:
    """Whether ``el`` or an ancestor below ``stop`` has one of ``tags`` or a class or id
    matching ``names``."""
    node = el
    while node is not None and node is not stop:
        if node.tag in tags or names.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return False


def _in_box(el: Any, stop: Any) -> bool:
    """Whether ``el`` stands in a box of its own below ``stop``: furniture
    (:func:`clipper.splitbody.in_furniture`), a figure, a caption, a byline, a share bar, a
    gallery (by its tag, or its class and id)."""
    return in_furniture(el, stop) or _marked(el, stop, _BOX_TAGS, _BOX_NAME)


def _sibling(el: Any, step: int) -> Any | None:
    """The element before (``step`` -1) or after (1) ``el``, past comments."""
    node = el.getprevious() if step < 0 else el.getnext()
    while node is not None and not isinstance(node.tag, str):
        node = node.getprevious() if step < 0 else node.getnext()
    return node


def _folded(text: str) -> str:
    """``text`` on one line, case folded, without a closing full stop or ellipsis."""
    return _CLOSING.sub("", " ".join(text.split()).casefold())


def _declared_summaries(tree: Any) -> list[str]:
    """The page's declared descriptions (``<meta name=description>``, ``og:description``,
    ``twitter:description``), folded, a trailing ellipsis cut."""
    out = []
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        if key in _SUMMARY_KEYS:
            text = _folded(meta.get("content") or "")
            if text:
                out.append(text)
    return out


def _is_declared_summary(text: str, summaries: list[str]) -> bool:
    """Whether ``text`` is the page's declared description, or that description a cut of it."""
    folded = _folded(text)
    return any(
        folded == s or (len(s) >= SUMMARY_PREFIX_CHARS and folded.startswith(s))
        for s in summaries
    )


def restore_left_out(
    tree: Any, lines: list[str], taken: dict[Any, int] | None = None, container: Any | None = None
) -> list[str] | None:
    """``lines`` (trafilatura's kept text of the page ``tree``, normalised) with a lede apart
    and the lists between kept blocks put back in page order (module docstring, rules 1 and
    2), or None when there is nothing to put back.  ``taken``: the page's blocks whose text
    ``lines`` holds (:func:`clipper.splitbody.taken_blocks`), and ``container`` their
    :func:`clipper.splitbody.body_container`, when the caller has them."""
    taken = taken_blocks(tree, lines) if taken is None else dict(taken)
    if not taken:
        return None
    order = page_order(tree)
    lede = restore_lede(tree, lines, taken, order, container)
    if lede is not None:
        lines, ledes = lede
        taken.update(ledes)
    return restore_lists(tree, lines, taken, order) or (lines if lede is not None else None)


def page_order(tree: Any) -> Callable[[], dict[Any, int]]:
    """Each element's place in the page ``tree``, as a function that makes the map the first
    time it is called (most pages have no lede apart and no list left out, and never need it:
    a map of every element was ~0.4 ms of a page's cleaning on the 439 Zyte and Fundus pages
    of ``bench/speed.py``).  Call it before the tree changes."""

    @functools.cache
    def order() -> dict[Any, int]:
        return {el: i for i, el in enumerate(tree.iter())}

    return order


# An <h1> before ``container`` in page order: one ``page_order`` places before it.
_HEADLINE_BEFORE = etree.XPath("boolean(preceding::h1 | ancestor::h1)")


def restore_lede(
    tree: Any,
    lines: list[str],
    taken: dict[Any, int],
    page_order: Callable[[], dict[Any, int]],
    container: Any | None = None,
) -> tuple[list[str], dict[Any, int]] | None:
    """``lines`` with the lede paragraphs standing apart right above the body container put
    back before the first line after them (module docstring, rule 1), and those paragraphs
    with their words; None when there is none.  ``taken``: the page's blocks whose text
    ``lines`` holds (:func:`clipper.splitbody.taken_blocks`); ``page_order``: each element's
    place in the page (:func:`page_order`); ``container``: :func:`body_container` of
    ``taken``, when the caller has it."""
    container = body_container(tree, taken) if container is None else container
    if container is None:
        return None
    # no headline before the container (or around it), no lede: the page's map is not made
    if not _HEADLINE_BEFORE(container):
        return None
    order = page_order()
    start = order[container]
    headlines = [h for h in tree.iter("h1") if order[h] < start]
    if not headlines:
        return None
    headline_end = max(order[el] for el in headlines[-1].iter())
    around = set(container.iterancestors())
    holder = next((a for a in headlines[-1].iterancestors() if a in around), None)
    # the text between the headline and the container, in page order, by the element it is in
    owners: list[Any] = []
    for el in list(order)[headline_end + 1 : start]:
        if isinstance(el.tag, str) and el.text and el.text.strip():
            owners.append(el)
        if el not in around and el.tail and el.tail.strip():
            owners.append(el.getparent())
    held = squash("".join(lines))
    summaries = _declared_summaries(tree)
    found: list[Any] = []
    for owner in reversed(owners):
        p = owner if owner.tag == "p" else next(owner.iterancestors("p"), None)
        if p is not None and p in found:
            continue
        # what a reader skips between a lede and the body: a figure, a caption, an ad slot
        if _marked(owner, holder, _GAP_TAGS, _GAP_NAME):
            continue
        if p is None or p in taken:
            break
        text = norm(p.text_content())
        if (
            count_words(text) < LEDE_MIN_WORDS
            or not is_prose(text)
            or squash(text) in held
            or _linked_share(p) >= MAX_LINK_SHARE
            or _is_declared_summary(text, summaries)
            or _in_box(p, holder)
        ):
            break
        found.append(p)
        if len(found) > LEDE_MAX_PARAGRAPHS:
            return None
    if not found:
        return None
    out, out_pos = list(lines), _positions(lines, taken, order)
    for p in found:  # the last first: each goes before the ones after it
        pos = order[p]
        at = next((i for i, q in enumerate(out_pos) if q is not None and q > pos), 0)
        out.insert(at, norm(p.text_content()))
        out_pos.insert(at, pos)
    return out, {p: count_words(norm(p.text_content())) for p in found}


def restore_lists(
    tree: Any, lines: list[str], taken: dict[Any, int], page_order: Callable[[], dict[Any, int]]
) -> list[str] | None:
    """``lines`` with the lists standing between kept blocks (``taken`` and ``page_order`` as for
    :func:`restore_lede`) put back after the block before each (module docstring, rule 2), or
    None when there is none."""
    held = squash("".join(lines))
    body = find_body(tree) if tree.tag != "body" else tree
    found: list[tuple[Any, list[str]]] = []
    for lst in tree.iter("ul", "ol"):
        if any(a.tag in ("ul", "ol", "li") or a in taken for a in lst.iterancestors()):
            continue
        before, after = _sibling(lst, -1), _sibling(lst, 1)
        if before is None or before not in taken or (after is not None and after not in taken):
            continue
        items = [norm(li.text_content()) for li in lst if li.tag == "li"]
        items = [t for t in items if t]
        if len(items) < MIN_LIST_ITEMS or any(squash(t) in held for t in items):
            continue
        if count_words(" ".join(items)) < MIN_BLOCK_WORDS or _linked_share(lst) >= MAX_LINK_SHARE:
            continue
        if lst.find(".//img") is not None or _in_box(lst, body):
            continue
        found.append((lst, [f"- {t}" for t in items]))
    if not found:
        return None
    order = page_order()
    out, out_pos = list(lines), _positions(lines, taken, order)
    for lst, new in found:
        pos = order[lst]
        at = insertion_point(out_pos, pos)
        out[at:at] = new
        out_pos[at:at] = [pos] * len(new)
    return out


_CELL_LISTS = etree.XPath("//td//ul | //td//ol | //th//ul | //th//ol")


def read_cell_lists_as_paragraphs(tree: Any) -> int:
    """Each item of a list inside a table cell made a paragraph of the cell, in place (module
    docstring, rule 3); returns how many lists."""
    lists = _CELL_LISTS(tree)
    for lst in reversed(lists):  # an inner list before the list holding it
        for item in lst:
            if item.tag == "li":
                item.tag = "p"
        lst.tag = "div"
    return len(lists)
