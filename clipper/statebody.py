"""An article body a page carries only as text in its framework's state JSON.

A client-rendered page ships its data in a script and draws the article in the browser: Next.js
in ``<script id="__NEXT_DATA__" type="application/json">`` (``props.pageProps...``), Nuxt 3 in
``<script id="__NUXT_DATA__">`` (a flat array whose objects refer to other entries by index,
the ``devalue`` format), other apps in ``window.__INITIAL_STATE__ = {...}``,
``window.__PRELOADED_STATE__ = {...}`` or ``window.__APOLLO_STATE__ = {...}``.  A crawler that
runs no script sees the headline and a notice ("Bitte aktivieren Sie JavaScript", a loader)
and the page was rejected as an error page.  Where the body's paragraphs are plain text (or
inline markup) in that JSON, not paragraph markup in a string (:mod:`clipper.embedded`), they
are read from it by one rule for every site (:func:`state_body`):

1. The state: each inline script that is JSON (``type="application/json"``, a Next.js or Nuxt
   id), or that assigns a JSON object or array to a name (``window.X = {...}``); Nuxt's
   ``devalue`` array resolved to the objects it writes.  A Nuxt 2 ``window.__NUXT__ =
   (function(a, b, ...){...})(...)`` is JavaScript, not JSON, and is not read.
2. Its text leaves: strings of :data:`MIN_LEAF_WORDS` words or more (tags dropped), not an
   address, in the JSON's order, reached by a key naming a body (:data:`_BODY_PATH`: body,
   content, text, paragraph, article, story, block, element) and by no key naming furniture
   (one of its words begins :data:`_NOT_BODY_WORDS`: captions, teasers, leads, descriptions,
   bylines, titles, images, navigation, related articles, styles, widgets...).  An object
   that is a link card (a title-ish key beside an address-ish one: a teaser, a related
   article) holds its own leaves, not those of the objects around it.
3. Every object and array of the state is a candidate holding its leaves, each once (a leaf
   that a longer one holds is a fragment of it: a rich-text paragraph's runs beside its
   text), and so is a long string under a body key (``body``, ``text``, ``bodyText``...)
   split at its lines; it must hold :data:`MIN_PARAGRAPHS` prose paragraphs
   (:func:`clipper.postclean.is_prose`) and :data:`MIN_PROSE_WORDS` prose words.  The body
   is the candidate holding the most prose words, or, where that is an object, its child
   holding the most while that child holds over :data:`DESCEND_SHARE` of them (the article
   beside a rail of other stories' summaries, its block array inside the article); an
   array's items are one body's parts (blocks, sections) and are kept together.
4. It is the page's text only when the page does not show it: the page's visible text (its
   ``<body>`` without scripts and styles) holds under :data:`MAX_VISIBLE_SHARE` of its prose
   words.  A page whose markup shows its article never gets here either: clipper reads scripts
   only for a page that gave no article (:func:`clipper.extraction.from_embedded_body`).

The body is then extracted from ``<p>`` elements made of its paragraphs and post-cleaned as a
page's text is, and dated by the nearest date key of the objects around it
(:data:`clipper.embedded.DATE_KEYS`) when the page declares none.

Measured: over the 714 pages of the four extraction sets ``clean_page`` gives the same text,
partial mark and date as before, page by page (every page that states a body shows it, or its
script HTML was read already).  Their pages made client-rendered shells (the markup's body
replaced by a headline and "Please enable JavaScript", the scripts kept) hold 236 with a state
script; 20 more of those were read (Next.js, Nuxt 3 and window states of BBC, Washington Post,
CBC, NTV, t-online, Luxemburger Wort, Tages-Anzeiger, Aftonbladet and others), each but three
at F1 0.84-0.99 against the set's truth (0.75, 0.77, 0.83), none read worse; a Nuxt 2
``window.__NUXT__`` function (Bild, Fox News) stays unread.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from clipper.embedded import DATE_KEYS, date_value
from clipper.pagetree import find_body
from clipper.postclean import is_prose
from clipper.scripts import count_words

__all__ = ["StateBody", "state_body"]

# A text leaf has this many words (a one-word "type": "paragraph" or an id is not text).
MIN_LEAF_WORDS = 4
# A body has this many prose paragraphs and prose words (the article-sized check follows).
MIN_PARAGRAPHS = 2
MIN_PROSE_WORDS = 80
# From the object or array holding the most prose, the rule goes down into its child holding the
# most while that child holds over this share of it: the article's block array, not the page
# object around it holding a list of other articles' summaries too.
DESCEND_SHARE = 0.5
# The share of the body's prose words the page's visible text may hold: above it the page
# shows its article (and its markup gave none for another reason: not this rule's to mend).
MAX_VISIBLE_SHARE = 0.5
# Bounds on one page's state: the JSON values walked (a big app's state runs to ~100,000) and
# the depth (Nuxt's references can form cycles).
MAX_NODES = 400_000
MAX_DEPTH = 64

_STATE_IDS = frozenset({"__NEXT_DATA__", "__NUXT_DATA__"})
# "window.__INITIAL_STATE__ = {", "var __APOLLO_STATE__={", "self.state = ["
_ASSIGNMENT = re.compile(r"^\s*(?:(?:var|let|const)\s+)?[\w$][\w$.]*\s*=\s*(?=[{\[])")
# A key naming what is not the article's body: one of its words (camelCase, snake_case and
# kebab-case split) begins with one of these ("leadText", "image_caption", "teasers").
_NOT_BODY_WORDS = (
    "advert", "alt", "author", "banner", "bio", "byline", "caption", "class", "color",
    "comment", "copyright", "credit", "css", "cta", "description", "disclaimer", "error",
    "excerpt", "font", "footer", "footnote", "header", "headline", "href", "i18n", "image",
    "keyword", "label", "lead", "legal", "link", "menu", "message", "meta", "nav",
    "newsletter", "photo", "placement", "promo", "recirculation", "recommend", "related",
    "seo", "share", "sitemap", "social", "src", "style", "subtitle", "summary", "tag",
    "teaser", "theme", "title", "translation", "url", "video", "widget",
)
# ... or is one of these words.
_NOT_BODY_KEY_WORDS = frozenset({"ad", "ads"})
_KEY_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")
# A leaf counts only if some key on its way down names an article's body.
_BODY_PATH = re.compile(r"body|content|text|paragraph|article|story|block|element", re.I)
_BODY_KEYS = frozenset({"body", "content", "text", "articlebody", "bodytext", "articletext",
                        "fulltext", "html", "bodyhtml", "contenthtml"})
_TITLE_KEYS = frozenset({"title", "headline", "name"})
_ADDRESS_KEYS = frozenset({"url", "href", "link", "path", "slug", "canonical", "permalink"})
_TAG = re.compile(r"<[^>]*>")
_HAS_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_BLOCK_TAG = re.compile(r"<(?:p|div|h[1-6]|ul|ol|blockquote|table|section)[\s>]", re.I)
_URLISH = re.compile(r"^\s*(?:https?:|/|www\.)\S*\s*$")


@dataclass(frozen=True, slots=True)
class StateBody:
    """An article body read from a page's state: ``html`` (its paragraphs as ``<p>``
    elements), ``words`` (its prose words), and ``published`` (the date the objects around it
    give, ISO, or None)."""

    html: str
    words: int
    published: str | None


@dataclass(slots=True)
class _Candidate:
    leaves: list[str]
    keys: tuple[str, ...]  # the keys from the state's root down to it
    dates: list[str]  # date values of the objects around it, nearest first
    parent: int | None  # the index of the candidate around it
    is_object: bool = False  # a JSON object (its keys name parts of different kinds)


def _plain(leaf: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", leaf)).split())


def _states(tree: Any) -> Iterator[Any]:
    """The JSON values the page's inline scripts hold (see the module's step 1)."""
    for script in tree.iter("script"):
        kind = (script.get("type") or "").lower()
        code = script.text or ""
        if script.get("src") or "ld+json" in kind or len(code) < 2 * MIN_PROSE_WORDS:
            continue
        value: Any = None
        if "json" in kind or script.get("id") in _STATE_IDS:
            try:
                value = json.loads(code)
            except ValueError:
                continue
        elif kind in ("", "text/javascript", "application/javascript", "module"):
            m = _ASSIGNMENT.match(code)
            if m is None:
                continue
            try:
                value, _ = json.JSONDecoder().raw_decode(code, m.end())
            except ValueError:
                continue
        else:
            continue
        if script.get("id") == "__NUXT_DATA__" or _is_devalue(value):
            value = _undevalue(value)
        yield value


def _is_devalue(value: Any) -> bool:
    """Nuxt 3's payload: a list opening with ``["Reactive", 1]`` or ``["ShallowReactive", 1]``
    and an object whose values are indices."""
    return (
        isinstance(value, list)
        and len(value) > 1
        and isinstance(value[0], list)
        and len(value[0]) == 2
        and value[0][0] in ("Reactive", "ShallowReactive", "Ref", "ShallowRef")
    )


def _undevalue(flat: Any) -> Any:
    """The object a ``devalue`` array writes: entry 0 the root, an object's or array's values
    indices of other entries, ``["Reactive", i]``-style wrappers unwrapped; bounded by
    :data:`MAX_NODES` and :data:`MAX_DEPTH` (a cycle ends there)."""
    if not isinstance(flat, list) or not flat:
        return flat
    budget = [MAX_NODES]

    def at(i: Any, depth: int) -> Any:
        if not isinstance(i, int) or isinstance(i, bool) or not 0 <= i < len(flat):
            return None
        budget[0] -= 1
        if depth > MAX_DEPTH or budget[0] < 0:
            return None
        v = flat[i]
        if isinstance(v, dict):
            return {k: at(x, depth + 1) for k, x in v.items()}
        if isinstance(v, list):
            if len(v) == 2 and isinstance(v[0], str) and v[0] in (
                "Reactive", "ShallowReactive", "Ref", "ShallowRef", "EmptyRef", "EmptyShallowRef"
            ):
                return at(v[1], depth + 1)
            if v and isinstance(v[0], str):  # Date, Set, Map, ... written as [type, ...]
                return None
            return [at(x, depth + 1) for x in v]
        return v

    return at(0, 0)


def _not_body(key: str) -> bool:
    """Whether ``key`` names furniture (:data:`_NOT_BODY_WORDS`)."""
    words = [word.lower() for word in _KEY_WORD.findall(key)]
    return any(w.startswith(_NOT_BODY_WORDS) or w in _NOT_BODY_KEY_WORDS for w in words)


def _is_link_card(value: Any) -> bool:
    """An object naming another page: a title-ish key beside an address-ish one (a teaser, a
    related article, or an article of a list of them)."""
    if not isinstance(value, dict):
        return False
    keys = {k.lower() for k in value}
    return bool(keys & _TITLE_KEYS) and bool(keys & _ADDRESS_KEYS)


def _dates(obj: dict[str, Any]) -> list[str]:
    out = []
    for key in DATE_KEYS:
        value = obj.get(key)
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            date = date_value(str(value))
            if date is not None:
                out.append(date)
    return out


def _candidates(state: Any) -> list[_Candidate]:
    """Every object and array of the state, and every long string under a body key, with its
    text leaves (the module's steps 2 and 3), in the state's order."""
    out: list[_Candidate] = []
    parents: list[int] = []
    budget = [MAX_NODES]

    def walk(
        v: Any, keys: tuple[str, ...], body: bool, dates: list[str], open_: list[_Candidate]
    ) -> None:
        budget[0] -= 1
        if budget[0] < 0 or len(keys) > MAX_DEPTH:
            return
        if isinstance(v, (dict, list)):
            here = _dates(v) + dates if isinstance(v, dict) else dates
            me = len(out)
            # a link card is no part of the object around it (see below)
            parent = parents[-1] if parents and open_ else None
            out.append(_Candidate([], keys, here, parent, isinstance(v, dict)))
            inner = [*open_, out[me]]
            parents.append(me)
            items = v.items() if isinstance(v, dict) else ((None, x) for x in v)
            for k, x in items:
                if k is not None and _not_body(k):
                    continue
                down = (*keys, k) if k is not None else keys
                on_body = body or (k is not None and _BODY_PATH.search(k) is not None)
                if (
                    isinstance(x, str)
                    and k is not None
                    and k.lower() in _BODY_KEYS
                    and count_words(_plain(x)) >= MIN_PROSE_WORDS
                ):
                    out.append(_Candidate([x], down, here, me))
                # a link card's text is its own, not that of the objects around it
                walk(x, down, on_body, here, [] if _is_link_card(x) else inner)
            parents.pop()
        elif (
            isinstance(v, str)
            and body
            and not _URLISH.match(v)
            and count_words(_plain(v)) >= MIN_LEAF_WORDS
        ):
            for c in open_:
                c.leaves.append(v)

    walk(state, (), False, [], [])
    return out


def _paragraphs(leaf: str) -> list[str]:
    """A leaf as paragraph markup: its own block markup as written, inline markup in one
    ``<p>``, plain text a ``<p>`` per line."""
    if _BLOCK_TAG.search(leaf):
        return [leaf]
    if _HAS_TAG.search(leaf):
        return [f"<p>{leaf}</p>"]
    return [f"<p>{html.escape(line.strip())}</p>" for line in leaf.splitlines() if line.strip()]


def _prose(leaves: list[str]) -> tuple[list[str], int, int]:
    """``leaves`` each once, without those a longer one holds (a paragraph's text runs beside
    the paragraph), in their order, and their prose paragraphs' count and words."""
    plain = [_plain(leaf) for leaf in leaves]
    keep: set[int] = set()
    longer = ""
    for i in sorted(range(len(leaves)), key=lambda i: (-len(plain[i]), i)):
        if plain[i] not in longer:
            keep.add(i)
            longer += "\x00" + plain[i]
    kept = [leaf for i, leaf in enumerate(leaves) if i in keep]
    lines = (" ".join(ln.split()) for leaf in kept for ln in _plain_lines(leaf))
    prose = [ln for ln in lines if is_prose(ln)]
    return kept, len(prose), sum(count_words(p) for p in prose)


def _plain_lines(leaf: str) -> list[str]:
    return html.unescape(_TAG.sub(" ", leaf)).splitlines()


def _bodies(
    cands: list[_Candidate], min_words: int = MIN_PROSE_WORDS
) -> tuple[int, list[str], _Candidate] | None:
    """The body among one state's candidates: from the one holding the most prose words, down
    into an object's child holding the most while that child holds over :data:`DESCEND_SHARE`
    of them (the article beside other articles' summaries in the page's object, its block array
    inside the article); an array's items are one body's parts (its blocks, its sections)."""
    measured: dict[int, tuple[int, list[str]]] = {}
    children: dict[int, list[int]] = {}
    for i, cand in enumerate(cands):
        if sum(count_words(leaf) for leaf in cand.leaves) < min_words:
            continue
        leaves, paragraphs, words = _prose(cand.leaves)
        if paragraphs >= MIN_PARAGRAPHS and words >= min_words:
            measured[i] = (words, leaves)
            if cand.parent is not None:
                children.setdefault(cand.parent, []).append(i)
    if not measured:
        return None
    at = max(measured, key=lambda i: (measured[i][0], -i))
    while cands[at].is_object and children.get(at):
        child = max(children[at], key=lambda i: (measured[i][0], -i))
        if measured[child][0] <= DESCEND_SHARE * measured[at][0]:
            break
        at = child
    return measured[at][0], measured[at][1], cands[at]


def state_body(tree: Any, min_words: int = MIN_PROSE_WORDS) -> StateBody | None:
    """The article body the page ``tree`` (lxml) carries only as text in its state JSON (the
    module's rule), or None: no state, no body of :data:`MIN_PARAGRAPHS` prose paragraphs and
    ``min_words`` prose words (:data:`MIN_PROSE_WORDS`; less where the caller holds the body
    to a test of its own: a teaser's, :func:`clipper.splitbody.whole_declared_body`), or a
    body the page shows."""
    best: tuple[int, list[str], _Candidate] | None = None
    for state in _states(tree):
        found = _bodies(_candidates(state), min_words)
        if found and (best is None or found[0] > best[0]):
            best = found
    if best is None:
        return None
    words, leaves, cand = best
    if _visible_share(tree, leaves) >= MAX_VISIBLE_SHARE:
        return None
    markup = "\n".join(p for leaf in leaves for p in _paragraphs(leaf))
    return StateBody(markup, words, cand.dates[0] if cand.dates else None)


def _visible_share(tree: Any, leaves: list[str]) -> float:
    """The share of the words of ``leaves`` whose paragraph the page's visible text holds
    (compared without whitespace)."""
    body = find_body(tree)
    if body is None:
        return 0.0
    parts: list[str] = []
    for el in body.iter():
        if isinstance(el.tag, str) and el.tag not in ("script", "style", "template"):
            parts.append(el.text or "")
        parts.append(el.tail or "")
    visible = "".join("".join(parts).split())
    total = shown = 0
    for leaf in leaves:
        for line in _plain_lines(leaf):
            n = count_words(line)
            total += n
            if n and "".join(line.split()) in visible:
                shown += n
    return shown / total if total else 0.0
