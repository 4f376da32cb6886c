"""A title trafilatura took from a heading of the page's furniture: a menu's, a comment
section's, a sidebar box's, not the article's.

trafilatura's title search (``trafilatura.metadata.extract_title``) takes a page's only
``<h1>``, else the first heading its ``TITLE_XPATHS`` match, the last of which is any
``<h1>``-``<h3>`` whose class or id merely contains "title".  On a page whose headline is no
``<h1>`` (a blog theme's ``<div class="post">``, a saved print view) that catches the heading of
a box around the article: WordPress's comment section, ``<h2 class="comments-title">2 thoughts
on “…”</h2>``, or a menu's ``<h2 class="menu-title">Main menu</h2>`` (trafilatura#295's "Main
menu" title; its #4 and #144 are the same search taking another wrong heading).  A user sees
the page's ``<title>`` as its headline there, never "Main menu".

:func:`furniture_heading` says whether ``title`` is the text of such a heading: an ``<h1>``-
``<h6>`` inside (or being) a ``<nav>``, ``<aside>`` or ``<footer>``, or an element whose class
or id names a menu, a navigation, or comments and replies (the words whole between spaces,
"-" or "_": "comments-title", "comment-respond", "menu-title"; not "commentary").  ``<body>``
and ``<html>`` are not counted (a theme's ``<body class="has-menu">`` wraps the article too),
and a title that is also the text of a heading outside such boxes is the article's.
:func:`clipper.htmlclean.clean_html` then takes the next source of the headline (the page's
``<title>`` without its site segments).
"""

from __future__ import annotations

from typing import Any

from lxml.etree import XPath

__all__ = ["FURNITURE_WORDS", "furniture_heading"]

# Class and id words of the boxes around an article whose headings are not its headline:
# menus and navigation, comment sections (WordPress's "comments-title", "comment-reply-title"
# inside "#respond").
FURNITURE_WORDS = ("menu", "nav", "navigation", "comments?", "respond", "reply", "replies")

# The heading tags, walked in C in document order (lxml's ``iter``): the XPath
# ``//*[self::h1 or … or self::h6]`` finds the same elements in the same order, at ~2 ms a page
# on the 439 Zyte and Fundus pages of ``bench/speed.py`` (it tests every node of the page).
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_IN_FURNITURE = XPath(
    "ancestor-or-self::*[not(self::body or self::html)]"
    "[self::nav or self::aside or self::footer"
    " or re:test(concat(@class, ' ', @id),"
    f" '(?:^|[\\s_-])(?:{'|'.join(FURNITURE_WORDS)})(?:$|[\\s_-])', 'i')]",
    namespaces={"re": "http://exslt.org/regular-expressions"},
)


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def furniture_heading(tree: Any, title: str | None) -> bool:
    """True when ``title`` (trafilatura's title of the parsed page ``tree``, lxml) is the text
    of a heading inside the page's furniture and of no heading outside it (see the module
    docstring); False for no title, or a title no heading holds (a ``<title>`` or meta one).
    Reads the tree, never changes it."""
    if not title or not title.strip():
        return False
    key = _key(title)
    found = False
    for heading in tree.getroottree().iter(*_HEADINGS):
        if _key(heading.text_content()) != key:
            continue
        if not _IN_FURNITURE(heading):
            return False  # the article's own heading says it too
        found = True
    return found
