"""An article body split over several containers of the same kind, restored whole.

News pages cut a long body into blocks: The New Yorker's ``data-testid="BodyWrapper"`` chunks
between full-width ads (the second starting at the paywall marker), Rzeczpospolita's
``div.articleBody`` blocks between ad rows.  trafilatura takes its main text from the first
element one of its body XPaths finds and stops there (its issues #85, #159, #304: "opening
the search space leads to boilerplate content really fast"), so everything in the later
blocks is lost, silently.

The rule (:func:`restore_split_body`), the same on every site:

1. The **body container** is the element trafilatura's text came from: walking down from
   ``<body>``, the child holding at least :data:`CONTAINER_SHARE` of the words of the page's
   blocks (``<p>``, headings, list items, quotes) whose text trafilatura kept, as long as one
   does; it must hold :data:`MIN_TAKEN_BLOCKS` of them and have a kind (below).
2. Its **same-kind cousins**: up to :data:`MAX_LEVELS` ancestors up, the elements reached by
   the same path of tags down from that ancestor, with the container's *kind*: the same tag,
   ``data-testid`` and ``itemprop``, class names shared at least half (Jaccard), or with no
   class the same ``id`` without its digits.  The nearest ancestor that has such cousins
   holding text trafilatura did not keep is used.  A cousin inside another one, inside or
   around the container, inside furniture (``aside``, ``nav``, ``footer``, ``header``,
   ``form``, or a class or id naming related stories, comments, teasers, newsletters), or
   whose branch carries a headline (``<h1>``: the next article of an endless scroll) is
   skipped.
3. Each cousin's text is what trafilatura extracts from it alone, with clipper's settings (its
   own pruning of ads and boxes inside; the news post-clean runs on the whole text after),
   without the lines the text already holds (compared without whitespace: trafilatura breaks
   a paragraph into lines at some inline elements); a line under :data:`MIN_BLOCK_WORDS`
   words (a box's "Read more" label) stays for the post-clean to judge.  A cousin adding no
   prose line (:func:`clipper.postclean.is_prose`) adds nothing.  Its lines go in page order:
   after the last kept line that stands before it in the page.

Measured with ``python bench/extraction.py --reuse`` (the rule written on Fundus's two pages
of the kind, confirmed on the other sets): 5 of 712 pages change, all for the better: Fundus
0.9603 -> 0.9623 (The New Yorker 0.636 -> 0.998, Rzeczpospolita 0.633 -> 0.984), Zyte
0.9741 -> 0.9768 (two pages of one magazine template, 0.52 -> 0.95 and 0.62 -> 0.96),
Readability 0.9427 (schema-org-context-object 0.947 -> 0.953), newspaper4k 0.8195 (no page
changed).  The check costs about 2 ms a page; a second extraction runs only for a cousin
holding text trafilatura did not keep.

A body cut short in the page's markup may be whole in its JSON-LD: publishers declare the
article's text (``articleBody``) for search engines even where the page shows subscribers' text
only to subscribers (a paywall's teaser) or loads the rest by script.  A text with fewer than
:data:`DECLARED_BODY_SHARE` of the words of the declared body (:data:`MIN_DECLARED_WORDS` words
or more), whose own lines the declared body holds (:data:`DECLARED_HOLDS_SHARE` of their
words: the declaration is this article's, not a related one's), is replaced by the declared
body, extracted as a page's body is (:func:`whole_declared_body`).  A text cut short of a
declared body that does not hold it is stored as partial, saying so (:func:`cut_short`), as a
text stopping at a paywall line is.  On the 712 pages of the four extraction sets neither rule
fires (every text holds 0.55 or more of its page's declared body, above).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from clipper.dumplines import normalise_line
from clipper.jsonld import jsonld_objects
from clipper.pagetree import find_body
from clipper.postclean import is_prose
from clipper.scripts import count_words

# The body container holds at least this share of the words of the blocks trafilatura kept.
CONTAINER_SHARE = 0.5
# ... and at least this many of those blocks (one block is a paragraph, not a container).
MIN_TAKEN_BLOCKS = 2
# How far up from the container its cousins are looked for (The New Yorker: 4 levels up to
# the chunk list; Rzeczpospolita: 5, up to the paywall wrapper holding the ad rows).
MAX_LEVELS = 6
# Class names a cousin shares with the container (Jaccard): "body articleBody -bottom-space"
# and "body articleBody" are one kind.
MIN_CLASS_OVERLAP = 0.5
# A block of trafilatura's text is found in the page by its text, if it has this many words.
MIN_BLOCK_WORDS = 5

# A text with fewer than this share of the words of the page's declared article body is cut
# short.  Of the 81 pages of the four extraction sets declaring one of 150 words or more (Zyte
# 12, Fundus 63, Readability 6), clipper's texts hold 0.55 of it and more (Corriere della
# Sera's complete text 0.55, the lowest); The New Yorker's half text held 0.47 before its
# split body was restored.
DECLARED_BODY_SHARE = 0.5
# A declared body shorter than this says too little (a summary in the articleBody field).
MIN_DECLARED_WORDS = 150
# A declared body that opens with the text's first paragraph (the teaser a "Read more" /
# "続きを読む" / "阅读全文" / "Selengkapnya" / "더보기" link cuts, the rest behind a click or a
# login) is the article from this many words: a short article's whole body, not a summary,
# which does not repeat the page's first paragraph word for word (newcomer 26: a 140-word
# article behind a one-paragraph teaser was stored as the teaser).
MIN_OPENED_DECLARED_WORDS = 60
# The share of the words of a text cut short that the declared body must hold for it to be
# taken as the page's text: a teaser's paragraphs are the article's first ones, a standfirst or
# a caption beside them may not be.
DECLARED_HOLDS_SHARE = 0.6

_BLOCK_TAGS = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote")
_FURNITURE_TAGS = frozenset({"aside", "nav", "footer", "header", "form"})
_FURNITURE_NAME = re.compile(
    r"related|recommend|teaser|comment|newsletter|sidebar|promo|more-stories|popular|"
    r"read-?more|outbrain|taboola",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True, slots=True)
class Restored:
    """A text with its split body restored: its lines in page order, and how many lines came
    from how many cousin containers."""

    lines: list[str]
    added: int
    containers: int


def norm(text: str | None) -> str:
    """A block's or a line's text as one line (:func:`clipper.dumplines.normalise_line`)."""
    return normalise_line(text or "")


def _kind(el: Any) -> tuple[str, frozenset[str], str | None, str | None, str] | None:
    """What makes two containers one kind; None for an element with no name of its own."""
    classes = frozenset((el.get("class") or "").split())
    testid = el.get("data-testid")
    itemprop = el.get("itemprop")
    id_stem = _DIGITS.sub("", el.get("id") or "")
    if not (classes or testid or itemprop or id_stem):
        return None
    return (el.tag, classes, testid, itemprop, id_stem)


def _same_kind(kind: tuple[str, frozenset[str], str | None, str | None, str], el: Any) -> bool:
    other = _kind(el)
    if other is None:
        return False
    tag, classes, testid, itemprop, id_stem = kind
    if other[0] != tag or other[2] != testid or other[3] != itemprop:
        return False
    if classes or other[1]:
        union = classes | other[1]
        return len(classes & other[1]) >= MIN_CLASS_OVERLAP * len(union)
    return bool(id_stem) and other[4] == id_stem


def in_furniture(el: Any, stop: Any) -> bool:
    """Whether ``el`` or an ancestor below ``stop`` is furniture by its tag or its name."""
    node = el
    while node is not None and node is not stop:
        if node.tag in _FURNITURE_TAGS:
            return True
        name = f"{node.get('class') or ''} {node.get('id') or ''}"
        if _FURNITURE_NAME.search(name):
            return True
        node = node.getparent()
    return False


def squash(text: str) -> str:
    """Text without its whitespace: a block trafilatura broke into lines at an inline element
    is still found in its text."""
    return "".join(text.split())


def taken_blocks(tree: Any, lines: list[str]) -> dict[Any, int]:
    """The page's blocks whose text trafilatura kept (as a line, inside one or over several),
    with their word counts."""
    joined = squash("".join(lines))
    taken: dict[Any, int] = {}
    for el in tree.iter(*_BLOCK_TAGS):
        content = el.text_content()
        # an ASCII block's line is its words joined by single spaces (normalise_line), so its
        # squashed line is its text squashed: normalised only where it is kept
        text = None if content.isascii() else norm(content)
        squashed = squash(content if text is None else text)
        # a word holds a character at least: the short and the unkept blocks (most of a page's)
        # are passed over without their words counted
        if len(squashed) < MIN_BLOCK_WORDS or squashed not in joined:
            continue
        words = count_words(norm(content) if text is None else text)
        if words >= MIN_BLOCK_WORDS:
            taken[el] = words
    # a block inside a kept block (a <p> in a <blockquote>) counts once
    return {el: n for el, n in taken.items() if not any(a in taken for a in el.iterancestors())}


def body_container(tree: Any, taken: dict[Any, int]) -> Any | None:
    """The element trafilatura's text came from (rule 1 of the module docstring), given the
    blocks it kept (:func:`taken_blocks`); None when no named element holds most of them."""
    body = find_body(tree) if tree.tag != "body" else tree
    if body is None or not taken:
        return None
    held: dict[Any, int] = {}
    count: dict[Any, int] = {}
    for el, words in taken.items():
        for anc in el.iterancestors():
            held[anc] = held.get(anc, 0) + words
            count[anc] = count.get(anc, 0) + 1
    total = sum(taken.values())
    node = body
    while True:
        best = max(node, key=lambda c: held.get(c, 0), default=None)
        if best is None or best in taken or held.get(best, 0) < CONTAINER_SHARE * total:
            break
        node = best
    if node is body or count.get(node, 0) < MIN_TAKEN_BLOCKS or _kind(node) is None:
        return None
    return node


def _cousins(container: Any) -> list[Any]:
    """The container's same-kind cousins at the nearest level that has some, in page order."""
    kind = _kind(container)
    assert kind is not None
    path = [container.tag]
    ancestor = container
    for _ in range(MAX_LEVELS):
        ancestor = ancestor.getparent()
        if ancestor is None or ancestor.tag in ("body", "html"):
            return []
        level = [ancestor]
        for tag in reversed(path):
            level = [c for node in level for c in node if c.tag == tag]
        found = [
            el
            for el in level
            if el is not container
            and _same_kind(kind, el)
            and not _related(el, container)
            and not in_furniture(el, ancestor)
            and not _next_article(el, ancestor, container)
        ]
        if found:
            return found
        path.append(ancestor.tag)
    return []


def _related(el: Any, container: Any) -> bool:
    return any(a is container for a in el.iterancestors()) or any(
        a is el for a in container.iterancestors()
    )


def _next_article(el: Any, ancestor: Any, container: Any) -> bool:
    """Whether the branch of ``ancestor`` holding ``el`` carries a headline of its own."""
    branch = el
    while branch.getparent() is not ancestor:
        branch = branch.getparent()
    if any(a is branch for a in container.iterancestors()):
        return False
    return next(branch.iter("h1"), None) is not None


def restore_split_body(
    tree: Any,
    text: str,
    extract: Callable[[str], str | None],
    taken: dict[Any, int] | None = None,
    container: Any | None = None,
) -> Restored | None:
    """trafilatura's ``text`` of the page ``tree`` (lxml, as extracted) with the paragraphs of
    its body container's same-kind cousins added in page order (module docstring), or None
    when there is nothing to add.  ``extract`` turns a cousin's HTML into its text (clipper's
    trafilatura call); it runs once per cousin, only on pages that have cousins.  ``taken``:
    :func:`taken_blocks` of the text's lines, and ``container`` their :func:`body_container`,
    when the caller has them."""
    lines = [ln for ln in map(norm, text.splitlines()) if ln]
    taken = taken_blocks(tree, lines) if taken is None else taken
    container = body_container(tree, taken) if container is None else container
    if container is None:
        return None
    cousins = [c for c in _cousins(container) if _has_untaken_prose(c, taken)]
    if not cousins:
        return None
    from lxml import etree  # lxml is trafilatura's; imported where it is needed

    order = {el: i for i, el in enumerate(tree.iter())}
    # where each kept line stands in the page: the first kept block with its text
    positions: list[int | None] = []
    by_text: dict[str, int] = {}
    for el in taken:
        by_text.setdefault(norm(el.text_content()), order[el])
    for line in lines:
        positions.append(by_text.get(line))
    seen = set(lines)
    held = squash("".join(lines))
    inserts: list[tuple[int, list[str]]] = []
    for cousin in cousins:
        html = etree.tostring(cousin, encoding="unicode", method="html")
        got = extract(f"<html><body><article>{html}</article></body></html>")
        new = []
        for line in map(norm, (got or "").splitlines()):
            if not line:
                continue
            # a short line ("Read more", a box's label) stays for the post-clean to judge
            if count_words(line) < MIN_BLOCK_WORDS or (
                line not in seen and squash(line) not in held
            ):
                seen.add(line)
                new.append(line)
        if not any(is_prose(line) for line in new):
            continue
        inserts.append((order[cousin], new))
    if not inserts:
        return None
    out = list(lines)
    out_pos = list(positions)
    for pos, new in inserts:
        at = insertion_point(out_pos, pos)
        out[at:at] = new
        out_pos[at:at] = [pos] * len(new)
    return Restored(out, sum(len(n) for _, n in inserts), len(inserts))


def insertion_point(positions: list[int | None], pos: int) -> int:
    """After the last line standing before page position ``pos``."""
    at = 0
    for i, p in enumerate(positions):
        if p is not None and p < pos:
            at = i + 1
    return at


def _has_untaken_prose(el: Any, taken: dict[Any, int]) -> bool:
    return any(
        b not in taken and count_words(norm(b.text_content())) >= MIN_BLOCK_WORDS
        for b in el.iter(*_BLOCK_TAGS)
    )


_TAG = re.compile(r"<[^>]+>")
_P_TAG = re.compile(r"<p[\s>]", re.IGNORECASE)


@dataclass(frozen=True)
class DeclaredBody:
    """The article body a page declares in its JSON-LD: its ``text`` as the page wrote it
    (plain text or HTML) and how many ``words`` it holds, its markup dropped."""

    text: str
    words: int

    def falls_short(self, words: int) -> bool:
        """Whether a text of ``words`` words is cut short of this body: the body holds
        :data:`MIN_DECLARED_WORDS` or more, the text fewer than :data:`DECLARED_BODY_SHARE` of
        them."""
        return self.words >= MIN_DECLARED_WORDS and words < DECLARED_BODY_SHARE * self.words


def declared_body(tree: Any) -> DeclaredBody | None:
    """The article body the page ``tree`` (lxml) declares in its JSON-LD: the longest
    ``articleBody`` string, or None."""
    bodies = [
        DeclaredBody(obj["articleBody"], count_words(_TAG.sub(" ", obj["articleBody"])))
        for obj in jsonld_objects(tree)
        if isinstance(obj.get("articleBody"), str) and obj["articleBody"].strip()
    ]
    return max(bodies, key=lambda body: (body.words, body.text), default=None)


def cut_short(declared: DeclaredBody | None, words: int) -> str | None:
    """Why a text of ``words`` words is cut short of the article body its page declares
    (:func:`declared_body`), or None when it is not (:meth:`DeclaredBody.falls_short`)."""
    if declared is None or not declared.falls_short(words):
        return None
    return (
        f"the text holds {words} of the {declared.words} words of the page's declared "
        "article body"
    )


def _opens_with(body: str, lines: list[str]) -> bool:
    """Whether the declared ``body`` (markup or text) opens with the first of ``lines`` (the
    text's first paragraph, compared without tags and whitespace)."""
    if not lines:
        return False
    first = "".join(lines[0].split())
    text = "".join(html.unescape(_TAG.sub(" ", body)).split())
    return len(first) >= 20 and text.startswith(first)


def whole_declared_body(
    declared: DeclaredBody | None, lines: list[str], extract: Callable[[str], str | None]
) -> list[str] | None:
    """The page's text read from the article body it declares (:func:`declared_body`), as
    normalised lines, when ``lines`` (the text extracted from its markup, post-cleaned) are
    cut short of it (:meth:`DeclaredBody.falls_short`) and it holds them
    (:data:`DECLARED_HOLDS_SHARE` of their words, compared without whitespace); else None.
    A declared body that opens with the text's first line (a teaser's paragraph) needs only
    :data:`MIN_OPENED_DECLARED_WORDS` words, not :data:`MIN_DECLARED_WORDS`.
    The declared body is made a page of paragraphs (its markup as written; plain text a
    paragraph a line) and ``extract`` (clipper's trafilatura call) reads it, so that the
    post-clean judges its lines as any page's."""
    words = count_words("\n".join(lines))
    if declared is None:
        return None
    if not declared.falls_short(words) and not (
        declared.words >= MIN_OPENED_DECLARED_WORDS
        and words < DECLARED_BODY_SHARE * declared.words
        and _opens_with(declared.text, lines)
    ):
        return None
    body = declared.text
    if not _P_TAG.search(body):
        body = "".join(
            f"<p>{html.escape(line.strip())}</p>"
            for line in html.unescape(body).splitlines()
            if line.strip()
        )
    text = extract(f"<html><body><article>{body}</article></body></html>")
    whole = [ln for ln in map(normalise_line, (text or "").splitlines()) if ln]
    joined = "".join("".join(whole).split())
    held = sum(count_words(line) for line in lines if "".join(line.split()) in joined)
    if not whole or held < DECLARED_HOLDS_SHARE * words:
        return None
    return whole
