"""The rest of a story a page carries in a ``data-`` attribute or a JSON script island, read as
the page's paragraphs.

A page that loads the rest of a story on scroll or on a click often sends it in the page
already, as the markup its script puts in place: ``<div class="lazy-block"
data-lazy-content="&lt;p&gt;…&lt;/p&gt;…">``, ``<div data-body='{"html": "<p>…</p>"}'>``.  A
crawler that runs no script sees the first paragraphs and an empty box, and trafilatura reads
no attribute: the text stopped after the stub (tranquility-reader#40's "the rest of the article
is missing", extract24's probe, ``bench/page_kinds.py`` fr-lazy-data-attr).

:func:`read_attribute_bodies` reads such a rest into the page, in place, before extraction: an
element of the body whose ``data-`` attribute holds paragraph markup (the attribute's value, or
the longest string of it that holds ``<p`` when the value is JSON) is followed by a ``<div>`` of
those paragraphs when all of:

* the markup holds :data:`MIN_PARAGRAPHS` paragraphs of prose
  (:func:`clipper.postclean.is_prose`) or more (a tooltip's or a share button's text is one
  line);
* the element shows at most :data:`STUB_WORDS` words itself (an empty box, a loader, a "Read
  more" button): a box that shows its content has no rest to load;
* none of those paragraphs is shown elsewhere on the page (a second rendition of the text: an
  app's copy of the article beside its markup);
* the element is in no box of its own (a dialog, a newsletter, comments, related stories, by
  the class or id of it or an ancestor: :data:`clipper.visibility.BOX_NAME`), nor in
  ``<aside>``, ``<nav>``, ``<footer>`` or ``<form>``.

A page whose visible body is a stub (its shown paragraphs of prose under :data:`STUB_PROSE_WORDS`
words) may carry the rest in a JSON script island instead (``<script type="application/json"
id="article-rest">{"body": "<p>…</p>"}</script>``, an island's props): the longest string of
paragraph markup under a body key (body, html, content, text, article, story, rest) and no
furniture key (related, teaser, comment, caption, summary…) is read after the last shown
paragraph, on the same conditions (a framework's state, Next.js or Nuxt, is read by
:mod:`clipper.statebody` when the markup gives no article).

The 714 extraction-set pages give the same texts (no page carries such an attribute or island
whose paragraphs it does not show).
"""

from __future__ import annotations

import json
import re
from typing import Any

from lxml import etree, html

from clipper.postclean import is_prose
from clipper.scripts import words_in
from clipper.visibility import BOX_NAME

__all__ = ["MIN_PARAGRAPHS", "STUB_PROSE_WORDS", "STUB_WORDS", "read_attribute_bodies"]

# Prose paragraphs an attribute's markup holds to be a story's rest.
MIN_PARAGRAPHS = 2
# Words the element holding the attribute may show itself (a loader, a "Read more" button).
STUB_WORDS = 8
# The attributes that may hold a rest: a data- attribute holding paragraph markup (XPath, so
# pages with none cost one pass in C).
_CANDIDATES = etree.XPath(
    "//body//@*[starts-with(name(), 'data-')][contains(., '<p') or contains(., '<P')]"
)
# The ids of the frameworks' page state, which clipper.statebody reads.
_STATE_IDS = frozenset({"__NEXT_DATA__", "__NUXT_DATA__"})
# A visible body under this many prose words is a stub whose rest an island may hold.
STUB_PROSE_WORDS = 150
# The keys of a JSON value that lead to a story's text, and those that lead to furniture.
_BODY_KEY = re.compile(r"body|html|content|text|article|story|rest", re.IGNORECASE)
_FURNITURE_KEY = re.compile(
    r"related|teaser|recommend|promo|comment|caption|summary|preview|excerpt|nav|footer|advert",
    re.IGNORECASE,
)
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "form"})
_VISIBLE_TEXT = etree.XPath(
    "//body//text()[not(ancestor::script) and not(ancestor::style) and not(ancestor::template)]"
)
# Bounds on one value: a JSON value's strings walked.
MAX_JSON_STRINGS = 5_000


def _json_strings(value: Any, found: list[str], body: bool = False) -> None:
    """The strings of a JSON ``value`` under a body key and no furniture key (``body``: the
    path so far has a body key), into ``found``."""
    if len(found) >= MAX_JSON_STRINGS:
        return
    if isinstance(value, str):
        if body:
            found.append(value)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not _FURNITURE_KEY.search(key):
                _json_strings(item, found, body or _BODY_KEY.search(key) is not None)
    elif isinstance(value, list):
        for item in value:
            _json_strings(item, found, body)


def _markup(value: str) -> str | None:
    """The paragraph markup an attribute's ``value`` (or a script island's text) holds: the
    value, or the longest string holding ``<p`` under a body key of the JSON it is."""
    stripped = value.strip()
    if stripped[:1] not in ("{", "["):
        return value
    try:
        parsed = json.loads(stripped)
    except ValueError:
        return None
    strings: list[str] = []
    _json_strings(parsed, strings)
    held = [s for s in strings if "<p" in s or "<P" in s]
    return max(held, key=len) if held else None


def _paragraphs(markup: str) -> tuple[Any, list[str]] | None:
    """A ``<div>`` of the elements ``markup`` holds and its paragraphs of prose."""
    try:
        parts = html.fragments_fromstring(markup)
    except (etree.ParserError, ValueError):
        return None
    holder = html.Element("div")
    for part in parts:
        if not isinstance(part, str):
            holder.append(part)
    paragraphs = [_words(p.text_content()) for p in holder.iter("p")]
    return holder, [p for p in paragraphs if is_prose(p)]


def _words(text: str) -> str:
    return " ".join(text.split())


def _in_a_box(el: Any) -> bool:
    for node in (el, *el.iterancestors()):
        if not isinstance(node.tag, str):
            continue
        if node.tag in _FURNITURE_TAGS:
            return True
        if BOX_NAME.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _shown(tree: Any) -> str:
    """The page's visible text, whitespace runs made one space (no script's or style's)."""
    return _words("".join(_VISIBLE_TEXT(tree)))


def _islands(tree: Any) -> list[Any]:
    """The page's JSON script islands holding paragraph markup (``<p``, or ``\\u003cp`` as
    JSON escapes it), not a framework's page state (:data:`_STATE_IDS`), in page order: the
    scripts found by a walk in C (lxml's ``iter``), their type and text tested here (the
    elements the XPath ``//script[@type='application/json'][contains(., '<p') or ...]`` finds,
    at ~2/3 of its cost)."""
    found = []
    for script in tree.getroottree().iter("script"):
        if script.get("type") != "application/json" or script.get("id") in _STATE_IDS:
            continue
        text = script.text or ""
        if "<p" in text or "\\u003cp" in text:
            found.append(script)
    return found


def read_attribute_bodies(tree: Any) -> int:
    """Read the rests of stories held in ``data-`` attributes or JSON script islands into
    ``tree`` (lxml.html), in place (module docstring); returns how many were read."""
    attributes = _CANDIDATES(tree)
    islands = _islands(tree)
    if not attributes and not islands:
        return 0
    shown: list[str] = []  # the page's visible text, once needed

    def read_after(anchor: Any, markup: str | None) -> bool:
        """Put the paragraphs of ``markup`` after ``anchor`` if they are a rest (see above)."""
        found = _paragraphs(markup) if markup else None
        if found is None or len(found[1]) < MIN_PARAGRAPHS:
            return False
        if not shown:
            shown.append(_shown(tree))
        if any(p in shown[0] for p in found[1]):
            return False
        holder = found[0]
        anchor.addnext(holder)
        holder.tail, anchor.tail = anchor.tail, None
        return True

    read = 0
    for attribute in attributes:
        el = attribute.getparent()
        if el is None or el.getparent() is None:
            continue
        if words_in(_words(el.text_content())) > STUB_WORDS or _in_a_box(el):
            continue
        read += read_after(el, _markup(str(attribute)))
    for island in islands:
        last, prose_words = _shown_prose(tree)
        if last is None or prose_words >= STUB_PROSE_WORDS or _in_a_box(last):
            continue
        read += read_after(last, _markup(island.text or ""))
    return read


def _shown_prose(tree: Any) -> tuple[Any, int]:
    """The body's last ``<p>`` of prose and the prose words of its ``<p>`` elements (as a
    length rule counts them, :func:`clipper.scripts.words_in`: a Chinese article of 300 words
    shows a few spaces or none, and is no stub)."""
    last, words = None, 0
    for p in tree.iter("p"):
        text = _words(p.text_content())
        if is_prose(text):
            last, words = p, words + words_in(text)
    return last, words
