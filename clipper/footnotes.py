"""Footnote markers read as markers, not as letters of the word before them.

A footnote's reference in a sentence is a superscript link to the note ("… after a winter of
gales.<sup><a href="#fn1">1</a></sup> Commuters …"); a browser raises it, but as text it glued
to the word: "gales.1", "gales1" (a public report, session 35's row 29).  Written in brackets
("gales.[1]", as Wikipedia prints its own, "[1]") it stays the note's number, readable and
apart from the word, and the word is the word again for search and shingles.  Markers are not
dropped: the reference texts of ``../shared/data`` keep them (Readability's Wikipedia and SRE
book pages, 535 markers), and the metric's ``\\w+`` tokens of "gales.[1]" are those of
"gales.1".  A note's own label, a link back to its marker ("22" opening the note, Wikipedia's
"a b"), is left as the page writes it (the reference texts glue it too: bracketed, Readability's
set lost 0.00004 F1).  The note's arrow back to the text ("↩") is no word of the note: it goes
(Wikipedia's "^" stays: its notes' lines were lost with it)."""

from __future__ import annotations

import re
from typing import Any

from clipper.htmlprune import remove_keeping_tail

# A marker's text: a number, one or two letters, or a typographic mark, bracketed or not.
_MARKER = re.compile(r"\[?\s*(?:\d{1,3}|[a-zA-Z]{1,2}|[*†‡§¶]{1,3})\s*\]?")
_BRACKETED = re.compile(r"\[.*\]")
# A note's arrow back to its marker.
_BACK_LINK = re.compile(r"[↩↑⤴]\ufe0e?")
# What a page marks a note's reference with (DPUB-ARIA's role, O'Reilly's and EPUB's types).
_NOTEREF = (("role", "doc-noteref"), ("data-type", "noteref"), ("epub:type", "noteref"))


def _marked(el: Any) -> bool:
    return any(el.get(name) == value for name, value in _NOTEREF)


def _in_page(link: Any) -> bool:
    return (link.get("href") or "").strip().startswith("#")


def _references(tree: Any) -> tuple[list[Any], list[Any]]:
    """The elements of ``tree`` that may be a footnote's reference, in page order: a ``<sup>``
    holding an in-page link or inside one, an in-page link holding a ``<sup>``, an element
    marked as a note's reference (:data:`_NOTEREF`); and the in-page links.  One walk over
    the ``<sup>`` and ``<a>`` elements (an XPath union of the same took ~4 ms a page)."""
    references: list[Any] = []
    links: list[Any] = []
    for el in tree.iter("sup", "a"):
        if el.tag == "a":
            # a note's reference links to the note: only in-page links are looked at further
            if not _in_page(el):
                continue
            links.append(el)
            marked = any(child.tag == "sup" for child in el) or _marked(el)
        else:
            marked = (
                any(child.tag == "a" and _in_page(child) for child in el)
                or any(_in_page(link) for link in el.iterancestors("a"))
                or _marked(el)
            )
        if marked:
            references.append(el)
    return references, links


def bracket_footnote_markers(tree: Any) -> int:
    """Write each footnote marker of ``tree`` (lxml HTML, changed in place) in brackets, and
    remove each note's link back to its marker; returns how many markers were bracketed.

    A marker is a ``<sup>`` holding an in-page link (``href="#…"``), an in-page link holding a
    ``<sup>``, or an element the page marks as a note's reference (``role="doc-noteref"``,
    ``data-type="noteref"``), whose whole text is a number, one or two letters or a mark (*, †,
    ‡, §, ¶; :data:`_MARKER`).  A marker already bracketed ("[1]") is left as it is, and so is
    a note's label linking back to a marker (its link's target is a ``<sup>`` or an ``<a>``).
    A back link is an in-page link whose whole text is "↩", "↑" or "⤴".  A page holding no
    ``<sup>`` is left as it is (a marker is a superscript)."""
    if tree.find(".//sup") is None:
        return 0  # markers are raised (most pages hold no <sup>: ~0.05 ms, not a walk)
    bracketed = 0
    seen: set[Any] = set()
    references, links = _references(tree)
    ids = {el.get("id"): el for el in tree.iter() if el.get("id")} if references else {}
    for el in references:
        # the outermost element of one marker ("<a><sup>1</sup></a>" is met twice)
        outer = el
        parent = el.getparent()
        while parent is not None and parent.tag in ("sup", "a") and _is_marker(parent):
            outer, parent = parent, parent.getparent()
        if outer in seen or not _is_marker(outer) or _links_back(outer, ids):
            continue
        seen.add(outer)
        text = "".join(outer.itertext()).strip()
        if _BRACKETED.fullmatch(text):
            continue
        _set_text(outer, f"[{text}]")
        bracketed += 1
    for link in links:
        if _BACK_LINK.fullmatch("".join(link.itertext()).strip()):
            remove_keeping_tail(link)
    return bracketed


def _links_back(el: Any, ids: dict[str, Any]) -> bool:
    """Whether ``el`` (or a link in it) is a note's label pointing back at its marker: the
    in-page link's target is a ``<sup>`` or an ``<a>`` (the reference in the text)."""
    links = [el] if el.tag == "a" else []
    links += el.iter("a") if el.tag != "a" else []
    parent = el.getparent()
    while parent is not None and not links:
        if parent.tag == "a":
            links.append(parent)
        parent = parent.getparent()
    for link in links:
        href = (link.get("href") or "").strip()
        target = ids.get(href[1:]) if href.startswith("#") else None
        if target is not None and target.tag in ("sup", "a"):
            return True
    return False


def _is_marker(el: Any) -> bool:
    return _MARKER.fullmatch("".join(el.itertext()).strip()) is not None


def _set_text(el: Any, text: str) -> None:
    """``el``'s text becomes ``text``, set on its innermost first element (the link keeps its
    href), its other texts emptied (their elements' tails inside ``el`` too)."""
    inner = el
    while len(inner):
        inner = inner[0]
    for node in el.iter():
        node.text = None
        if node is not el:
            node.tail = None
    inner.text = text

