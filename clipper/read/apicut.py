"""A news API's text that the API itself cut short, by the marker it documents at the cut.

- NewsAPI (``/v2/everything``, ``/v2/top-headlines``): ``content`` is "truncated to 200
  chars", then ``… [+1166 chars]`` (the ellipsis, then how many characters it left out);
- GNews (``/v4/search``, ``/v4/top-headlines``): ``content`` is cut by plan, then
  ``... [1514 chars]``.

Such a text is the opening of the article, not the article: the record is read as a page cut
short (``RawPage.partial``, counted and stored so, as a WARC payload cut short is) and the
marker is no part of its text.  Other text fields clipper reads (webz.io's ``text``, Diffbot's
``text``, Event Registry's ``body``, the crawlers' Markdown) document no such marker.
"""

from __future__ import annotations

import re

# The documented markers at the very end of the text: an ellipsis ("…" or "..."), then the
# count in brackets, NewsAPI's with a "+" and GNews' without.
_MARKER = re.compile(r"\s*(?:…|\.\.\.)\s*\[\+?(\d{1,9}) chars\]\s*\Z")


def api_cut(text: str) -> tuple[str, str | None]:
    """``(text, why)``: ``text`` without the cut marker at its end and why it is partial
    ("the API sent the text's opening only (1166 characters left out: … [+1166 chars])"), or the
    text as given and None when it ends with no such marker."""
    # the marker ends the text: a text ending otherwise is not searched (the search tries the
    # marker at every space of the text: 4 % of a one-day night's main-process CPU)
    found = _MARKER.search(text) if text.rstrip().endswith(" chars]") else None
    if found is None:
        return text, None
    left = int(found.group(1))
    kept = text[: found.start()].rstrip()
    if not kept:
        return text, None
    marker = found.group(0).strip()
    return kept, f"the API sent the text's opening only ({left} characters left out: {marker})"
