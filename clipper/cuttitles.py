"""A headline cut short in the page's markup, and the whole one beside it.

A page's ``<meta property="og:title" content="…">`` holding an unescaped ``"`` ends at it: HTML
parsers close the attribute there, so the headline of an abbreviation written with gershayim as
the keyboard types them (``מצבא ארה"ב``) or of a quotation (``Minister: "We will rebuild"``) is
read as ``…מצבא ארה``, ``Minister: `` (newcomer 50a, finding 5), while the page's ``<h1>`` and
``<title>`` hold all of it.  The same cut shows when a site trims its ``og:title`` or JSON-LD
``headline`` to a length mid-word.  :func:`whole_title` gives the longer title that the chosen one
is such a cut of.
"""

from __future__ import annotations

from collections.abc import Iterable

# What stands at the cut in the whole title: a quotation mark an attribute's value ends at.
_QUOTES = "\"'"


def cut_of(title: str, whole: str) -> bool:
    """Whether ``title`` is ``whole`` cut short: ``whole`` (as written, spaces collapsed) starts
    with it and goes on either with a quotation mark (the attribute closed by an unescaped
    ``"``: ``ארה`` of ``ארה"ב``, ``Minister:`` of ``Minister: "We…"``; ``'`` for a value in
    single quotes) or within a word (a trim
    mid-word: ``Kfar Sa`` of ``Kfar Saba``); a title that ends where a word does and is followed
    by more words (``Teva to invest`` of ``Teva to invest $350m``: a site's shorter headline) is
    not."""
    title, whole = " ".join(title.split()), " ".join(whole.split())
    if len(whole) <= len(title) or not title or not whole.startswith(title):
        return False
    after = whole[len(title)]
    if whole[len(title) :].lstrip()[:1] in tuple(_QUOTES):
        return True  # the space before the quote is stripped with the value ("Minister: ")
    return title[-1].isalnum() and after.isalnum()


def whole_title(title: str, others: Iterable[str | None]) -> str:
    """The first of ``others`` (the page's ``<h1>``, its ``<title>`` without the site's name)
    that ``title`` is a cut of (:func:`cut_of`), else ``title``."""
    return next((other for other in others if other and cut_of(title, other)), title)
