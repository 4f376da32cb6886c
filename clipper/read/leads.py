"""A record's lead (standfirst, chapeau, dek): the paragraph a CMS keeps in a field of its own
above the body (``id;titre;chapeau;corps;…``), which its web page shows as the text's first
paragraph.  Read so (:func:`with_lead`), unless the body already opens with it; a record's
``description``/``summary`` stays a teaser, never text
(:data:`~clipper.read.fieldnames.DESCRIPTION_FIELDS`).
"""

from __future__ import annotations

import html
import re

import lxml.html
from lxml.etree import ParserError

# A page of its own, not a body's fragment: its lead is on it, not in a field beside it.
_WHOLE_PAGE = re.compile(r"<(?:html|body|head)\b", re.I)
_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """The words of ``text``, entities read and case folded: what a reader compares."""
    return _WORD.findall(html.unescape(text).casefold())


def _shown_text(body: str, markup: bool) -> str:
    """What a body shows: its HTML fragment's text, or the text as it is."""
    if not markup:
        return body
    try:
        return str(lxml.html.fromstring(body).text_content())
    except (ParserError, ValueError):  # nothing lxml can parse: compared as written
        return body


def with_lead(body: str, lead: str | None, markup: bool) -> str:
    """``body`` (a record's text, or its HTML fragment when ``markup``) with ``lead`` as its
    first paragraph: a paragraph of its own (a blank line after it, or ``<p>…</p>`` with its
    characters escaped) before the body, unless the body's first words are the lead's
    (compared case folded, entities read, punctuation and tags aside: a CMS that also kept
    the lead in its body), or the lead is blank, or the body is a whole page (``<html>``,
    ``<body>``: its lead is on it).  Newcomer 37b, finding 5: a CMS export's ``chapeau``
    column was dropped, its text opening at the body's second paragraph of the web page's."""
    wanted = _words(lead or "")
    if not wanted or (markup and _WHOLE_PAGE.search(body)):
        return body
    if _words(_shown_text(body, markup))[: len(wanted)] == wanted:
        return body
    paragraph = " ".join((lead or "").split())
    if markup:
        return f"<p>{html.escape(paragraph, quote=False)}</p>{body}"
    return f"{paragraph}\n\n{body}"
