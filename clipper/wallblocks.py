"""A paywall or registration wall in a block of its own under the text an HTML page shows: the
mark of a text cut short (``partial="paywall"``) that trafilatura leaves out of what it reads.

A page that prints the wall's statement as a paragraph of its body ("Este conteúdo é exclusivo
para assinantes.") ends its extracted text with it, and :func:`clipper.htmlclean._paywall_cut`
marks it partial.  The same statement in a box of its own (``<div class="paywall">``, Piano's
``tp-modal``, a ``regwall``, a ``subscriber-only`` box) is dropped by the extraction with its
buttons, and the page read as a whole text (newcomer 39b, finding 1: a Portuguese and an
Italian teaser stored ``partial=None``).  :func:`wall_after_text` finds that box:

- a block whose class or id names a wall (:data:`WALL_NAMES`) holding a wall's statement or
  its call to subscribe, log in or register (the furniture tables' ``truncated`` and
  ``wall_calls``: "Questo contenuto è riservato agli abbonati", "Abonnez-vous pour lire la
  suite", "Déjà abonné ?"), or any block holding a wall's statement
  (:func:`clipper.notices.wall_prompt`), in every language with such phrases;
- shown to the reader (no ``display: none``, ``aria-hidden``, ``hide``/``hidden`` class on it
  or above it), not in a page's header, menu, sidebar or footer;
- after the last block whose text the extraction kept, with no kept text after it, inside the
  element holding the article's blocks (not beside the page's ``<body>``: a metered site's
  registration modal at the page's end stands beside a whole article), and with at most
  :data:`WALL_GAP_WORDS` words shown between the text and the wall (a share bar, tags).

Class names alone decide nothing: on the extraction sets' pages "paywall" names article
paragraphs (``<p class="paywall">``), loaders, advert slots and hidden modals, "premium" the
badges of teasers; each needs a wall's words and its place under the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate
from typing import Any

from clipper.dumplines import normalise_line
from clipper.furniture.compiled import matchers
from clipper.furniture.literals import fold
from clipper.notices import WALL_PROMPT_MAX_WORDS, wall_prompt
from clipper.scripts import count_words

__all__ = ["WALLED_CONTENT", "WALL_GAP_WORDS", "WALL_NAMES", "wall_after_text"]

# Class and id names of a wall's box, as paywall vendors and CMSs write them: "paywall",
# "pay-wall", "regwall", "reg-wall", "registration-wall", "subscriber-only",
# "subscribers-only", "subscription-wall", "premium" (a premium box: "premium-wall",
# "premium-barrier", "article-premium"), "paid-barrier" (Stern), "piano" and Piano's
# "tp-modal", "tp-container", "tp-iframe-wrapper", "metered", "abo-wall"/"abowall"
# (German papers), "muro" ("muro-pago": Spanish), "mur-payant" (French).
WALL_NAMES = re.compile(
    r"pay-?wall|reg(?:istration)?-?wall|subscri(?:ber|bers|ption)-?(?:only|wall|gate)"
    r"|premium|paid-?barrier|piano|tp-(?:modal|container|iframe)|meter(?:ed)?-?wall|metered"
    r"|abo-?wall|muro-?(?:de-?)?pago|mur-?payant|paygate|pay-?gate",
    re.IGNORECASE,
)
# Names of an element holding the text a wall locks, sent whole in the page's markup and
# hidden by a script or a style for a reader without access: Börsen-Zeitung's
# "content-full-body locked-default paywall", Rzeczpospolita's "paywallAccessWrapper", The New
# York Times' "meteredContent".  A wall under a text read from inside one cuts nothing the
# archive lacks (the Fundus pages' reference texts hold those articles whole).
WALLED_CONTENT = re.compile(r"pay-?wall|locked|metered", re.IGNORECASE)
# Words a reader sees between the text's last kept block and the wall (a share bar, tags, an
# author's line, a gradient's "Continue reading" label) at most.  A modal of a metered site
# sits past the page's related stories, sidebars and footer, which hold more.
WALL_GAP_WORDS = 40
# A wall's box: its statement, buttons and pitch, at most this many words (a registration
# wall's list of what a free account gives runs long; an article's section is longer still).
WALL_BOX_MAX_WORDS = 3 * WALL_PROMPT_MAX_WORDS
# The words of a box's shown text past which it is no wall's box, counted before its lines are
# cleaned (:func:`clipper.dumplines.normalise_line`, which drops a few): twice the box's most.
_LINES_GIVE_UP_WORDS = 2 * WALL_BOX_MAX_WORDS
# A class token saying the element is not shown (trafilatura's own hidden-class rule's tokens).
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hide|hidden|d-none|is-hidden|visually-hidden|sr-only)"
                           r"(?:$|\s)|(?:^|\s)hide-|-hide(?:$|\s|-)", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# Elements a reader does not see as the page's text, and the page's furniture around the
# article, where a wall's words are a promotion's ("Exclusivo para assinantes" over a teaser).
_UNSEEN = frozenset({"script", "style", "template", "noscript", "head", "title", "svg"})
_AROUND = frozenset({"header", "nav", "aside", "footer"})
# The blocks a wall's box and its lines are: a line ends at each.
_BOXES = frozenset({
    "p", "div", "section", "aside", "article", "li", "ul", "ol", "h2", "h3", "h4", "h5", "h6",
    "form", "blockquote", "dialog", "button", "br",
})


def wall_after_text(tree: Any, read: list[str]) -> str | None:
    """The wall's first line when a paywall or registration wall stands in a block of its own
    under the text cleaning kept (``read``: its lines, the wall's furniture gone) in the
    parsed page ``tree`` (lxml, as :func:`clipper.htmlclean.clean_html` pruned it), else None.
    The rules are in the module's docstring.  The boxes are looked for in the words under
    the text's last line (:func:`_boxes_under`), or where that line is not found, in the
    whole page by a wall's name or a wall's words; the kept blocks and the page's order are
    looked for only under a box holding a wall's words."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    if body is None or not read:
        return None
    # the boxes with a wall's words under the text (most pages: none), else the whole page's
    found = _boxes_under(body, read)
    if found is None:
        found = dict(_worded_walls(body))
        found.update(_named_walls(body))
    if not found:
        return None
    read_text = {normalise_line(line) for line in read}
    boxes = []
    for box, named in found.items():
        prompt = _wall_words(box, named)
        if prompt is not None and prompt not in read_text and _shown(box):
            boxes.append((box, prompt))
    if not boxes:
        return None
    kept = _kept_blocks(body, read)
    if not kept or any(_named_content(el) for el in kept):
        return None
    order = {el: i for i, el in enumerate(body.iter())}
    last = _last_kept(kept, read, order)
    for box, prompt in sorted(boxes, key=lambda found: order[found[0]]):
        if order[box] <= order[last] or _holds(box, last) or _holds(last, box):
            continue  # above the text, or holding it: the article's own box
        if any(order[el] > order[box] and not _holds(box, el) for el in kept):
            continue  # the article goes on below the box: a promotion inside it, no wall
        common = _common_ancestor(box, last)
        if common is None or common is body or common.tag == "html":
            continue  # beside the page's body: a metered site's modal, not the text's end
        if _gap_words(body, last, box) > WALL_GAP_WORDS:
            continue
        return prompt
    return None


# The words read after the text's last line for a wall's words before the box search runs:
# the gap and a box, WALL_GAP_WORDS + WALL_BOX_MAX_WORDS.
_LOOK_AHEAD_WORDS = WALL_GAP_WORDS + WALL_BOX_MAX_WORDS
# Places the last line's word is printed in past which the page is searched whole.
_MOST_PLACES = 4
# A list item's bullet opening an extracted line ("- Remove from canner…"), not on the page.
_BULLET = re.compile(r"^[-–•*]\s+")


def _boxes_under(body: Any, read: list[str]) -> dict[Any, bool] | None:
    """The boxes that may be a wall's under the text ``read`` (each with whether it is named
    as a wall), read only after the places the page prints the text's last line (of 5 words
    or more, as :func:`_last_kept` takes it; found by the text node holding its longest last
    word, lxml's XPath ``contains``), :data:`_LOOK_AHEAD_WORDS` words from each: the block
    of a line there saying the text is for subscribers or registered readers
    (:func:`clipper.notices.wall_prompt`), an element above those words named as a wall and
    holding a wall's words (:func:`_wall_words`).  None where the word is not found, or found
    in more than :data:`_MOST_PLACES` places: the whole page is searched.  ~2 ms a page where
    the whole page's search costs ~25 ms (bench/speed.py's pages, cProfile)."""
    lines = [line for line in read if count_words(line) >= 5] or read
    words = _BULLET.sub("", normalise_line(lines[-1])).split()
    if not words:
        return None
    word = max(words[-6:], key=len)
    places = body.xpath(".//text()[contains(., $word)]", word=word)
    if not places or len(places) > _MOST_PLACES:
        return None
    found: dict[Any, bool] = {}
    for text in places:
        owner = text.getparent()
        if owner is not None and text.is_tail:
            owner = owner.getparent()
        if owner is None or owner is body or not _shown(owner):
            continue
        found.update(_boxes_after(_block_of(owner, body), body))
    return found


def _boxes_after(block: Any, body: Any) -> dict[Any, bool]:
    """The boxes that may be a wall's in the :data:`_LOOK_AHEAD_WORDS` words of the texts
    after ``block`` (lxml's XPath ``following::text()``, not in a script or style): the
    block of a line saying the text is for subscribers or registered readers (the texts of
    one block joined, as :func:`_lines` joins them), an element above them named as a wall
    and holding a wall's words (:func:`_wall_words`)."""
    lines: list[tuple[Any, list[str]]] = []
    words = 0
    seen: set[Any] = {body}
    found: dict[Any, bool] = {}
    for text in block.xpath(_FOLLOWING_TEXTS):
        owner = text.getparent()
        if owner is not None and text.is_tail:
            owner = owner.getparent()
        if owner is None or owner is body:
            continue
        words += count_words(text)
        if words > _LOOK_AHEAD_WORDS:
            break
        here = _block_of(owner, body)
        if lines and lines[-1][0] is here:
            lines[-1][1].append(text)
        else:
            lines.append((here, [text]))
        for el in (owner, *owner.iterancestors()):
            if el in seen:
                break
            seen.add(el)
            if _named(el) and _wall_words(el, True) is not None:
                found[el] = True
    for here, texts in lines:
        line = normalise_line(" ".join(texts))
        if here not in found and line and wall_prompt([line]) is not None:
            found[here] = False
    return found


# The texts after an element in page order, of the elements a reader sees as text, white
# space alone left out: of the next 800 texts not in a script or a style (those first, so
# that the axis is cut before the rest is tested).
_FOLLOWING_TEXTS = (
    "following::text()[not(parent::script or parent::style)][position() <= 800]"
    "[normalize-space() and not(ancestor::noscript or ancestor::template or ancestor::svg)]"
)


def _named(el: Any) -> bool:
    """Whether ``el``'s class or id names a wall (:data:`WALL_NAMES`)."""
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    return names != " " and WALL_NAMES.search(names) is not None


def _last_kept(kept: list[Any], read: list[str], order: dict[Any, int]) -> Any:
    """The block holding the text's last line (of 5 words or more), its first in page order
    where the page prints it twice (a teaser's copy of the opening paragraph beside the whole
    text: Rzeczpospolita), else the last kept block."""
    lines = [line for line in read if count_words(line) >= 5] or read
    last_line = "".join(normalise_line(lines[-1]).split())
    holding = [el for el in kept if "".join(normalise_line(el.text_content()).split()) == last_line]
    return min(holding, key=order.__getitem__) if holding else max(kept, key=order.__getitem__)


def _named_content(el: Any) -> bool:
    """Whether ``el`` stands inside an element named as the walled text itself
    (:data:`WALLED_CONTENT`): the page ships its subscribers' text in its markup, whole.  Not
    the page's ``<body>`` or ``<html>``, whose class says the wall is up ("paywall-active")."""
    return any(
        WALLED_CONTENT.search(f"{a.get('class') or ''} {a.get('id') or ''}") is not None
        for a in el.iterancestors()
        if a.tag not in ("body", "html")
    )


def _named_walls(body: Any) -> list[tuple[Any, bool]]:
    """The elements whose class or id names a wall (:data:`WALL_NAMES`), in page order: the
    page's class and id values searched one by one (lxml gives each with its element)."""
    found: dict[Any, bool] = {}
    values = body.xpath(".//@class | .//@id")
    if WALL_NAMES.search("\n".join(values)) is None:
        return []  # most pages: one search of all their names at once
    for value in values:
        if WALL_NAMES.search(value):
            el = value.getparent()
            if el is not None and el.tag not in _UNSEEN:
                found[el] = True
    return list(found.items())


def _worded_walls(body: Any) -> list[tuple[Any, bool]]:
    """The blocks holding one of the literals of a wall's statement (the tables' ``truncated``
    phrases) in a text of their own: the page's texts folded and searched at once, each hit
    traced to the text it lies in (lxml gives each text with its element)."""
    finder = matchers().truncated_hint_finder
    if finder is None:
        return []
    texts = body.xpath(".//text()")
    folded = [fold(text) for text in texts]
    starts = list(accumulate((len(text) + 1 for text in folded), initial=0))
    found = []
    for _, start, end in finder.find_matches_as_indexes(" ".join(folded)):
        i = bisect_right(starts, start) - 1
        if end > starts[i] + len(folded[i]):
            continue  # across two texts
        text = texts[i]
        owner = text.getparent()
        if owner is not None and text.is_tail:
            owner = owner.getparent()
        if owner is None or owner is body or not isinstance(owner.tag, str):
            continue  # the page's loose text is no box
        found.append((_block_of(owner, body), False))
    return found


def _block_of(el: Any, body: Any) -> Any:
    """The block ``el`` stands in: itself, else its nearest block ancestor below ``body``."""
    node = el
    while node.tag not in _BOXES and node.getparent() is not None and node.getparent() is not body:
        node = node.getparent()
    return node


def _wall_words(box: Any, named: bool) -> str | None:
    """The box's wall line: its first line saying the text is for subscribers or registered
    readers (:func:`clipper.notices.wall_prompt`), or, in a box named as a wall, its first
    line opening with a call to subscribe, log in or register (the tables' ``wall_calls``);
    None when it holds neither, or more words than a wall's box does."""
    shown = _lines(box, _LINES_GIVE_UP_WORDS)
    lines = [line for line in map(normalise_line, shown or ()) if line]
    if not lines or count_words(" ".join(lines)) > WALL_BOX_MAX_WORDS:
        return None
    prompt = wall_prompt(lines)
    if prompt is not None or not named:
        return prompt
    m = matchers()
    # a call to subscribe to the paper, not to its newsletter ("Sign Up For Our Newsletter"
    # in a Piano box under a whole article: Zyte's practicalhorsemanmag.com page)
    return next(
        (
            line
            for line in lines
            if m.calls_to_subscribe(line) and not m.is_promotion(line)
        ),
        None,
    )


def _lines(box: Any, give_up: int) -> list[str] | None:
    """The box's shown text, a line per block (its paragraphs, its buttons' row); None once it
    holds more than ``give_up`` words (an article's container named "premium": walking the
    whole of it cost ~60 % of the wall's search on the extraction sets' pages)."""
    lines: list[str] = []
    current: list[str] = []
    words = 0
    for kind, value in _events(box):
        if kind == "text":
            words += count_words(value)
            if words > give_up:
                return None
            current.append(value)
        elif kind in ("start", "end") and value.tag in _BOXES and current:
            lines.append(" ".join(current))
            current = []
    if current:
        lines.append(" ".join(current))
    return lines


def _events(el: Any) -> Any:
    """``("start", element)``, ``("text", text)`` and ``("end", element)`` of ``el`` in page
    order, without the elements a reader does not see (:data:`_UNSEEN`, hidden ones) or their
    text; a child's tail after its end."""
    if not isinstance(el.tag, str) or el.tag in _UNSEEN or _hidden(el):
        return
    yield "start", el
    if el.text:
        yield "text", el.text
    for child in el:
        yield from _events(child)
        if child.tail:
            yield "text", child.tail
    yield "end", el


def _kept_blocks(body: Any, read: list[str]) -> list[Any]:
    """The innermost elements whose whole text is a line the extraction kept (a line of 5
    words or more, where the text has one)."""
    lines = [line for line in read if count_words(line) >= 5] or read
    wanted = {"".join(normalise_line(line).split()) for line in lines}
    found = []
    for el in body.iter("p", "li", "blockquote", "h2", "h3", "h4", "h5", "h6", "div", "td"):
        squashed = "".join(normalise_line(el.text_content()).split())
        if squashed and squashed in wanted:
            found.append(el)
    inner = set(found)
    return [el for el in found if not any(a in inner for a in el.iterancestors())]


def _hidden(el: Any) -> bool:
    """Whether ``el`` itself is hidden: a style, ``aria-hidden``, ``hidden``, a hiding class."""
    return (
        (el.get("aria-hidden") or "").lower() == "true"
        or el.get("hidden") is not None
        or _HIDDEN_STYLE.search(el.get("style") or "") is not None
        or _HIDDEN_CLASS.search(el.get("class") or "") is not None
    )


def _shown(el: Any) -> bool:
    """Whether a reader sees ``el`` as the page's text: neither it nor an element above it is
    hidden (:func:`_hidden`), unseen, or the page's header, menu, sidebar or footer."""
    node = el
    while node is not None and isinstance(node.tag, str):
        if node.tag in _UNSEEN or node.tag in _AROUND or _hidden(node):
            return False
        node = node.getparent()
    return True


def _holds(outer: Any, inner: Any) -> bool:
    """Whether ``inner`` is ``outer`` or inside it."""
    return inner is outer or any(a is outer for a in inner.iterancestors())


def _common_ancestor(a: Any, b: Any) -> Any | None:
    """The nearest element above both ``a`` and ``b``."""
    above = set(a.iterancestors())
    return next((x for x in b.iterancestors() if x in above), None)


def _gap_words(body: Any, last: Any, box: Any) -> int:
    """The words shown between the end of ``last`` and the start of ``box`` in page order,
    counted up to :data:`WALL_GAP_WORDS` + 1."""
    words, between = 0, False
    for kind, value in _events(body):
        if kind == "end" and value is last:
            between = True
        elif kind == "start" and value is box:
            break
        elif between and kind == "text":
            words += count_words(value)
            if words > WALL_GAP_WORDS:
                break
    return words
