"""A body written as a CMS's list of blocks, read as its text: the paragraphs, headings, quotes
and lists of the article, its images, embeds, ads and teasers left out.

The shapes read (a record's text field holding them: ``body``, ``content``, Arc XP's
``content_elements`` ...):

- a list of typed blocks ``[{"type": "paragraph", "text": "…"}, {"type": "image", …}]``: a
  scraper's or headless CMS's (Strapi, Storyblok, Ghost's mobiledoc cards), Arc XP's ANS
  ``content_elements`` (``{"type": "text", "content": "…"}``), WordPress's parsed Gutenberg
  blocks (``{"blockName": "core/paragraph", "innerHTML": "<p>…</p>"}``);
- Fundus's ``ArticleBody`` as its ``Article.to_json()`` writes it (``{"summary": ["…"],
  "sections": [{"headline": ["…"], "paragraphs": ["…", "…"]}]}``): the summary's paragraphs,
  then each section's headline and paragraphs, in the order of Fundus's own ``plaintext``
  (:func:`_article_body`);
- Sanity's Portable Text (``{"_type": "block", "children": [{"_type": "span", "text": …}]}``);
- Editor.js's document (``{"time": …, "blocks": [{"type": "paragraph", "data": {"text":
  …}}]}``) and Contentful's rich text (``{"nodeType": "document", "content": [{"nodeType":
  "paragraph", "content": [{"nodeType": "text", "value": …}]}]}``).

A block's kind is its ``type`` / ``_type`` / ``blockName`` / ``nodeType``; a block of a kind
that holds no article text (:data:`_NOT_TEXT`: an image's caption, an embedded post, an ad)
is left out.  Blocks are paragraphs (joined by blank lines); the pieces inside one block
(spans, text nodes) are inline (joined as they are); a list block's items are lines.
"""

from __future__ import annotations

import re
from typing import Any

# Kinds of block that hold no article text, as words of a block's type ("image", "core/embed",
# "interstitial_link", "ad-slot", "related_content").
_NOT_TEXT = frozenset(
    {
        "image", "img", "photo", "picture", "figure", "gallery", "slideshow", "video", "audio",
        "embed", "oembed", "iframe", "social", "tweet", "twitter", "instagram", "facebook",
        "tiktok", "youtube", "ad", "ads", "advert", "advertisement", "sponsored", "promo",
        "teaser", "related", "interstitial", "newsletter", "signup", "poll", "map", "widget",
        "divider", "separator", "spacer", "hr", "code", "script", "raw", "caption", "credit",
    }
)
# Where a block keeps its text: a string, or pieces (a list of inline nodes, or of a list
# block's items), or a nested object (Editor.js's ``data``).
_TEXT_KEYS = ("text", "content", "value", "html", "innerHTML", "data", "children", "items")
_KIND_KEYS = ("type", "_type", "blockName", "nodeType")
_KIND_WORD = re.compile(r"[a-z]+")
_MAX_DEPTH = 6  # rich text nests paragraphs, lists and their items a few levels at most


def blocks_text(value: object) -> str | None:
    """The article text of a body written as blocks (see the module docstring), paragraphs
    joined by blank lines; None when ``value`` is no such body (a string, a list of strings,
    an object of another shape) or its blocks hold no text."""
    sections = _article_body(value)
    if sections is not None:
        return "\n\n".join(sections) or None
    blocks = _blocks(value)
    if blocks is None:
        return None
    paragraphs = [text for block in blocks if (text := _block_text(block, 0).strip())]
    return "\n\n".join(paragraphs) or None


def _article_body(value: object) -> list[str] | None:
    """The paragraphs of Fundus's ``ArticleBody`` (``{"summary": [str], "sections":
    [{"headline": [str], "paragraphs": [str]}]}``, its ``serialize()``): the summary's, then each
    section's headline and paragraphs, as ``ArticleBody.text()`` joins them; None for any other
    shape."""
    if not isinstance(value, dict) or not isinstance(value.get("sections"), list):
        return None
    texts = value.get("summary") or []
    if not isinstance(texts, list):
        return None
    texts = list(texts)
    for section in value["sections"]:
        if not isinstance(section, dict):
            return None
        for key in ("headline", "paragraphs"):
            part = section.get(key) or []
            if not isinstance(part, list):
                return None
            texts.extend(part)
    if not all(isinstance(text, str) for text in texts):
        return None
    return [text.strip() for text in texts if text.strip()]


def _blocks(value: object) -> list[Any] | None:
    """The list of blocks ``value`` is or holds (an Editor.js or Contentful document), when
    every item is an object and one has a kind or a text."""
    if isinstance(value, dict):
        inner = value.get("blocks") if "blocks" in value else value.get("content")
        if value.get("nodeType", "document") != "document" or not isinstance(inner, list):
            return None
        value = inner
    if not (isinstance(value, list) and value and all(isinstance(b, dict) for b in value)):
        return None
    if not any(_kind(block) is not None or _has_text(block) for block in value):
        return None
    return value


def _kind(block: dict[str, Any]) -> str | None:
    for key in _KIND_KEYS:
        kind = block.get(key)
        if isinstance(kind, str) and kind.strip():
            return kind.strip().lower()
    return None


def _has_text(block: dict[str, Any]) -> bool:
    return any(isinstance(block.get(key), str) for key in ("text", "content", "value"))


def _is_text(kind: str | None) -> bool:
    """Whether a block of ``kind`` may hold article text (no kind: it may)."""
    return kind is None or not (set(_KIND_WORD.findall(kind)) & _NOT_TEXT)


def _block_text(node: object, depth: int) -> str:
    """The text of one block or inline node: its own string, else its pieces'."""
    if depth > _MAX_DEPTH:
        return ""
    if isinstance(node, str):
        return node
    if isinstance(node, list):
        if all(isinstance(item, str) for item in node):
            return "\n".join(item.strip() for item in node)  # a list block's items
        pieces = [_block_text(item, depth + 1) for item in node]
        # blocks inside a block (a list's items, a quote's paragraphs) are lines; inline nodes
        # (spans, text nodes) run on
        inline = all(isinstance(item, dict) and _inline(item) for item in node)
        return ("" if inline else "\n").join(piece for piece in pieces if piece)
    if not isinstance(node, dict) or not _is_text(_kind(node)):
        return ""
    for key in _TEXT_KEYS:
        value = node.get(key)
        if isinstance(value, str) and value.strip():
            return value
        if isinstance(value, list | dict) and (text := _block_text(value, depth + 1)):
            return text
    return ""


def _inline(node: dict[str, Any]) -> bool:
    """Whether a node is a piece of a line (a Portable Text span, a rich-text text node or a
    hyperlink), not a block of its own."""
    kind = _kind(node)
    return kind in ("span", "text", "hyperlink", "link") or (kind is None and "marks" in node)
