"""Parts of a parsed page (the lxml tree :func:`clipper.extraction.load_page` gives) that the
cleaning passes look up again and again."""

from __future__ import annotations

from typing import Any


def find_body(tree: Any) -> Any | None:
    """``tree.find(".//body")``: the page's ``<body>`` element under ``tree`` (an lxml element),
    or None.  Looked for among ``tree``'s children first: the HTML parser puts a page's one
    ``<body>`` right under its ``<html>`` (and ends the ``<head>`` at a ``<body>`` tag, so no
    other comes before it), where ElementPath's descendant search walks the head's elements
    first (~0.16 ms a page on the 439 Zyte and Fundus pages of ``bench/speed.py``, four
    passes of a page's cleaning asking; the child look-up ~3 µs).  A tree whose ``<body>`` is
    deeper (a fragment's holder, a part of a page) is searched as before."""
    body = tree.find("body")
    return body if body is not None else tree.find(".//body")
