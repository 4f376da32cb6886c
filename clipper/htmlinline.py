"""Inline elements read as a browser shows them inside a sentence (rules 3 and 9 of
:mod:`clipper.htmlprune`): the words trafilatura's precision settings delete or split off
inside a sentence, and ruby annotations read as their base text."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from lxml import etree

from clipper.htmlprune import remove_keeping_tail

# What trafilatura's precision settings delete by class or style (its PRECISION_DISCARD_XPATH:
# a "link" class token, "bottom" at a token's start or end, a "border" style) on a div, list,
# paragraph, section or span, wherever it is: on a span inside a sentence that cuts words out
# of the sentence.
_PRECISION_CLASS = re.compile(r"(^|\s)bottom|bottom(\s|$)|(^|\s)link(\s|$)")
_INLINE_MARKED = etree.XPath("//p//span[@class or contains(@style, 'border')]")


def _text(el: Any) -> str:
    return "".join(el.itertext()) if isinstance(el.tag, str) else ""


def _text_around(el: Any) -> tuple[str, str]:
    """The enclosing ``<p>``'s text before and after ``el`` (order within each not kept)."""
    before: list[str] = []
    after: list[str] = []
    node = el
    while node.tag != "p":
        parent = node.getparent()
        if parent is None:
            return "", ""
        after.append(node.tail or "")
        for sib in node.itersiblings():
            after.append(_text(sib) + (sib.tail or ""))
        for sib in node.itersiblings(preceding=True):
            before.append(_text(sib) + (sib.tail or ""))
        before.append(parent.text or "")
        node = parent
    return "".join(before), "".join(after)


def keep_inline_words(tree: Any) -> int:
    """Strip the class token or style that trafilatura's precision settings delete an element
    for, from inline elements *inside a sentence* (letters before and after them in the same
    ``<p>``), in place; returns how many.  "Según explicó en un comunicado <span class="link">
    <a>Twitter Lite</a></span> ahora estará disponible" lost its subject to that rule.  A
    block of its own with such a class (a "bottom" bar, a "link" box) is left to it.

    Also unwrap, in place and counted, the inline elements trafilatura deletes or splits off
    (:data:`_SENTENCE_ELEMENTS`) inside a sentence: letters before them in the ``<p>`` and,
    after them, letters or the punctuation that ends a clause (``on <time>Friday</time>.``)."""
    changed = _unwrap_sentence_elements(tree)
    for el in _INLINE_MARKED(tree):
        cls = el.get("class") or ""
        style = el.get("style") or ""
        bad_class = bool(_PRECISION_CLASS.search(cls))
        bad_style = "border" in style
        if not (bad_class or bad_style):
            continue
        if not any(ch.isalpha() for ch in el.text_content()):
            continue
        before, after = _text_around(el)
        if not (any(ch.isalpha() for ch in before) and any(ch.isalpha() for ch in after)):
            continue
        if bad_class:
            del el.attrib["class"]
        if bad_style:
            del el.attrib["style"]
        changed += 1
    return changed


# The formatting elements whose empty form trafilatura's precision settings (2.3.1) delete with
# the text that follows it (its tail): bold and italic (read as its <hi>) and <span>.  <u>,
# <sub>, <sup>, <small>, <font>, <a> and the rest keep their tail (measured one by one).  Found
# by lxml's iter(), not XPath ("//*[self::b or …][not(node())]": the same elements on the 714
# extraction-set pages, 0.57 -> 0.18 ms a page at load 18).
_EMPTY_FORMATTING_TAGS = ("b", "strong", "i", "em", "span")
# The blocks an inline element's sentence is read in.
_TEXT_BLOCKS = frozenset(
    ("p", "li", "td", "th", "dd", "dt", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
     "figcaption", "div", "section", "article", "body")
)


def _text_before(block: Any, el: Any) -> str:
    """``block``'s text before ``el``, a descendant of it, in document order."""
    parts: list[str] = []
    for event, node in etree.iterwalk(block, events=("start", "end")):
        if node is el:
            break
        if event == "start" and isinstance(node.tag, str):
            parts.append(node.text or "")
        elif event == "end" and node is not block:
            parts.append(node.tail or "")
    return "".join(parts)


def keep_words_after_empty_inline(tree: Any) -> int:
    """Unwrap, in place, every empty ``<b>``, ``<strong>``, ``<i>``, ``<em>`` or ``<span>`` (no
    text, no child) that words follow inside a sentence or at the opening of a ``<p>``; returns
    how many.  trafilatura's precision settings drop such an element *and the text after it*
    up to the next element, in a paragraph, a list item, a cell, a heading or a quotation
    alike: "<b>1925-40:</b> <b></b>“Howard Harding Jones…”" kept "1925-40:" only, WordPress's
    "<p><span id="more-265087"></span>The new policy…" lost its whole paragraph, and a link
    opening with an icon ("bei hohen Temperaturen <a><span class="icon"></span>dehne der Beton
    sich aus</a>.") lost its words from the middle of a sentence.

    "Inside a sentence": letters before the element in its block (:data:`_TEXT_BLOCKS`), and
    letters in the words after it.  An icon opening a button's label ("<li><span><em></em>
    Comments</span></li>", a count "<p><i></i>47</p>"), a gallery's heading or a pull quote's
    decorative mark opening a ``<blockquote>`` (its words a repeat of the body's) is left to
    trafilatura, which drops them.  An element that holds only spaces keeps its tail already
    (rule 12 of :mod:`clipper.htmlprune`)."""
    changed = 0
    empty = [
        el for el in tree.iter(*_EMPTY_FORMATTING_TAGS) if el.text is None and not len(el)
    ]
    for el in empty:
        if not el.tail or not any(ch.isalpha() for ch in el.tail):
            continue
        block = next((a for a in el.iterancestors() if a.tag in _TEXT_BLOCKS), None)
        if block is None:
            continue
        if not (block.tag == "p" or any(ch.isalpha() for ch in _text_before(block, el))):
            continue
        el.drop_tag()
        changed += 1
    return changed


# Inline elements trafilatura deletes with their text (settings.MANUALLY_CLEANED: time, label,
# output) or reads as a quotation block that ends the paragraph's line (q).
_SENTENCE_ELEMENTS = etree.XPath("//p//time | //p//label | //p//output | //p//q")
# What may follow a word inside a sentence besides more words: the end of a clause.
_CLAUSE_END = frozenset(".,;:!?…)]»”’\"'。、，．！？」』）")


def _unwrap_sentence_elements(tree: Any) -> int:
    changed = 0
    for el in _SENTENCE_ELEMENTS(tree):
        if not any(ch.isalnum() for ch in el.text_content()):
            continue
        before, after = _text_around(el)
        following = after.strip()
        if not any(ch.isalpha() for ch in before):
            continue
        if not (any(ch.isalpha() for ch in after) or following[:1] in _CLAUSE_END):
            continue
        if el.tag == "q":
            el.text = "“" + (el.text or "")
            if len(el):
                el[-1].tail = (el[-1].tail or "") + "”"
            else:
                el.text += "”"
        el.drop_tag()
        changed += 1
    return changed


# A ruby annotation's reading and its fallback parentheses (HTML's <rt>, <rp>, and the legacy
# <rtc> container of readings); <rb> and <rbc> hold the base text.
_RUBY_READING = ("rt", "rp", "rtc")
_RUBY_BASE = ("rb", "rbc")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")


def _wide(char: str) -> bool:
    """A character of a script written without spaces (East Asian Width F, W or H, as CSS Text
    3's segment-break rule asks), not Hangul, which Korean writes with spaces."""
    return (
        bool(char)
        and unicodedata.east_asian_width(char) in ("F", "W", "H")
        and _HANGUL.match(char) is None
    )


def _joined(left: str, right: str) -> tuple[str, str]:
    """``left`` and ``right``, the texts on both sides of a boundary, without the white space
    at the boundary when it holds a line break between two wide characters: a browser removes
    such a segment break (CSS Text 3, "Segment Break Transformation Rules"), so the HTML source
    wrapped at a ruby does not split a Japanese or Chinese word."""
    tail = left[len(left.rstrip()):]
    head = right[: len(right) - len(right.lstrip())]
    space = tail + head
    if "\n" not in space and "\r" not in space:
        return left, right
    before, after = left.rstrip()[-1:], right.lstrip()[:1]
    if _wide(before) and _wide(after):
        return left.rstrip(), right.lstrip()
    return left, right


def read_ruby_as_base_text(tree: Any) -> int:
    """Replace each ``<ruby>`` of ``tree`` by its base text, in place; returns how many.

    The reading (``<rt>``, ``<rtc>``) and its fallback parentheses (``<rp>``) go, the base
    text (``<rb>``, ``<rbc>`` or the ruby's own text, any inline element in it kept) takes the
    ruby's place inside its sentence, and a line break in the white space on either side of it,
    between two characters of a script written without spaces, goes as a browser drops it
    (:func:`_joined`): "韓国の\\n<ruby>尹錫悦<rt>…</rt></ruby>\\n大統領は" → "韓国の尹錫悦大統領は".
    Chinese pinyin and zhuyin ruby are the same markup.  Source: HTML Living Standard, "The
    ruby element"; CSS Text Module Level 3, segment break transformation."""
    rubies = list(tree.iter("ruby"))
    for ruby in rubies:
        parent = ruby.getparent()
        if parent is None:
            continue
        for el in [el for el in ruby.iter(*_RUBY_READING) if el is not ruby]:
            remove_keeping_tail(el)
        for el in list(ruby.iter(*_RUBY_BASE)):
            el.drop_tag()
        prev = ruby.getprevious()
        before, ruby.text = _joined(
            (prev.tail if prev is not None else parent.text) or "", ruby.text or ""
        )
        if prev is not None:
            prev.tail = before
        else:
            parent.text = before
        last = ruby[-1] if len(ruby) else None
        end, ruby.tail = _joined(
            (last.tail if last is not None else ruby.text) or "", ruby.tail or ""
        )
        if last is not None:
            last.tail = end
        else:
            ruby.text = end
        ruby.drop_tag()
    return len(rubies)

