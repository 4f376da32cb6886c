"""HTML character references in metadata: a title escaped once too often.

A CMS that escapes a headline it already escaped writes ``Sean Penn &amp;amp;#039;proposes``
into ``og:title``; the HTML parser decodes one layer and a plain ``html.unescape`` another,
which still leaves ``&#039;``.  :func:`unescape` decodes one layer as ``html.unescape`` does,
then more only while a well-formed character reference (``&#039;``, ``&#x2019;``, ``&amp;``:
with its semicolon) remains, so "AT&T" or "R&D" is never touched.
"""

from __future__ import annotations

import html
import re

# An HTML character reference: "&amp;", "&#39;", "&#x2019;".
ENTITY = re.compile(r"&(?:#[0-9]{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")
# Layers decoded at most: a triple escape is the worst seen (og:title of ok.co.uk); a bound keeps
# a crafted value from costing more than a few passes.
MAX_LAYERS = 4


def unescape(text: str) -> str:
    """``text`` with its character references decoded (``html.unescape``), and decoded again
    while the result still holds one (``&amp;#039;`` → ``&#039;`` → ``'``), at most
    :data:`MAX_LAYERS` layers in all; text without a reference comes back unchanged."""
    text = html.unescape(text)
    for _ in range(MAX_LAYERS - 1):
        if not ENTITY.search(text):
            break
        text = html.unescape(text)
    return text
