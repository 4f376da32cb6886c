"""Alert and digest e-mails: a list of links to other pages' articles, not an article.

A Google Alert ("Google Alert - ferry fares"), a Talkwalker or Mention alert, a Meltwater
digest or a site's daily newsletter lists headlines, each a link to an article elsewhere with
its source's name and a snippet.  Read as a page, its list was one stored "article" of
headlines and snippets (newcomer 26, finding 4): it clusters with nothing, and shows up in
``search`` and the digest as a story of its own.  :func:`html_link_list` and :func:`text_link_list`
tell such a message's body from a newsletter that carries an article (its lead story in full, a few
links under it), and names the articles it lists so the rejection keeps them as references.

An *item* is a link whose text has at least :data:`ITEM_WORDS` words (a headline, not
"Unsubscribe" or "Read more"), to a web address (a mail service's or an alert's redirect,
``https://www.google.com/url?url=…``, read as the address it sends to) that is no
subscription's housekeeping (:data:`_HOUSEKEEPING`: unsubscribe, preferences, feedback, RSS
feeds) nor a site's front page, one per address (a headline and its "Read more" are one
item).  A *prose block* is a paragraph, table cell or list item holding no link, of at least
:data:`PROSE_WORDS` words; a *snippet* one that ends with an ellipsis (the digest cut it).
The body is a link list when it has :data:`MIN_ITEMS` items or more, no prose block longer
than :data:`MAX_PROSE_WORDS` words that is not a snippet, and, in reading order, at most
:data:`MAX_PROSE_RUNS` prose blocks that follow a prose block rather than an item: a digest's
snippet follows its headline (a snippet the digest cut counts never), an article's
paragraphs follow one another.  Plain text: blocks
between blank lines, an item the block holding an address, its headline the block's first
line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

import lxml.html
from lxml import etree

from clipper import graphemes
from clipper.quoting import quoted
from clipper.scripts import count_words

# A link list names at least this many articles (two links under an article are its "read
# also" box).
MIN_ITEMS = 3
# An item's link text is a headline of at least this many words.
ITEM_WORDS = 3
# A block of at least this many words outside the links is prose (a snippet or a paragraph);
# shorter ones are source names, dates and labels ("Harbour Times · 3 Dec 2026").
PROSE_WORDS = 8
# A prose block longer than this that does not end with an ellipsis is an article's paragraph
# (a digest's snippets are cut to two or three lines: Google's ~30 words).
MAX_PROSE_WORDS = 60
# Prose blocks that follow prose (not an item) allowed in a link list: its footer's lines
# ("You received this e-mail because…"); an article's paragraphs run longer.
MAX_PROSE_RUNS = 2
# How many of a link list's items its rejection names.
NAMED_ITEMS = 10

# Addresses of a subscription's own pages: an item is never one.
_HOUSEKEEPING = re.compile(
    r"unsubscribe|optout|opt-out|/alerts(?:/|$|\?)|preferences|/settings|/feedback|/feeds?/"
    r"|/manage|/profile|/account|mailto:|/share\b|/forward",
    re.IGNORECASE,
)
_ELLIPSIS = re.compile(r"(?:\.\.\.|…|……)\s*$")
_URL_IN_TEXT = re.compile(r"<?(https?://[^\s<>]+)>?")
_BLOCKS = frozenset(
    {
        "p",
        "div",
        "td",
        "th",
        "li",
        "dd",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "table",
        "tr",
        "tbody",
        "ul",
        "ol",
        "section",
        "article",
        "header",
        "footer",
        "center",
    }
)


@dataclass(frozen=True)
class Item:
    """One article a link list names: its headline and address."""

    title: str
    url: str


def target(href: str) -> str | None:
    """The web address a link ``href`` leads to: the ``http(s)`` address a redirect carries in
    its query (``?url=``, ``?u=``, ``?q=``: Google Alerts', Talkwalker's, a mail service's click
    tracking), else ``href`` itself when it is one; None for ``mailto:``, anchors and the like."""
    href = href.strip()
    if not href.lower().startswith(("http://", "https://")):
        return None
    for _, value in parse_qsl(urlsplit(href).query):
        if value.lower().startswith(("http://", "https://")):
            return value
    return href


def _item(text: str, url: str | None, seen: set[str]) -> Item | None:
    """The item a link of ``text`` to ``url`` is, or None (no headline, no article address,
    an address ``seen`` already: a headline's "Read more")."""
    title = " ".join(text.split())
    if url is None or url in seen or count_words(title) < ITEM_WORDS:
        return None
    if _HOUSEKEEPING.search(url) or urlsplit(url).path.strip("/") == "":
        return None  # a subscription's page, a site's front page
    seen.add(url)
    return Item(title, url)


def _decide(sequence: list[Item | str]) -> list[Item] | None:
    """The items of ``sequence`` (items and prose blocks in reading order) when it is a link
    list, else None."""
    items = [entry for entry in sequence if isinstance(entry, Item)]
    if len(items) < MIN_ITEMS:
        return None
    running = 0  # prose blocks following prose: an article's paragraphs, a footer's lines
    for before, entry in zip([None, *sequence], sequence, strict=False):
        if not isinstance(entry, str):
            continue
        if _ELLIPSIS.search(entry):
            continue  # a snippet the digest cut: never an article's paragraph
        if count_words(entry) > MAX_PROSE_WORDS:
            return None
        running += isinstance(before, str)
    return items if running <= MAX_PROSE_RUNS else None


def html_link_list(html: str | bytes) -> list[Item] | None:
    """The items of an e-mail's HTML part when it is a link list (module docstring), else
    None (also for markup lxml cannot parse)."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    for junk in list(root.iter("script", "style", "head")):
        junk.drop_tree()
    seen: set[str] = set()
    sequence: list[Item | str] = []
    for element in root.iter():
        if element.tag == "a":
            item = _item(element.text_content(), target(element.get("href") or ""), seen)
            if item is not None:
                sequence.append(item)
        elif element.tag in _BLOCKS and not any(
            child.tag in _BLOCKS or child.tag == "a" for child in element.iterdescendants()
        ):
            text = " ".join(element.text_content().split())
            if count_words(text) >= PROSE_WORDS:
                sequence.append(text)
    return _decide(sequence)


def text_link_list(text: str) -> list[Item] | None:
    """The items of an e-mail's plain-text part when it is a link list (module docstring),
    else None."""
    seen: set[str] = set()
    sequence: list[Item | str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        if not lines:
            continue
        found = next((m.group(1) for line in lines if (m := _URL_IN_TEXT.search(line))), None)
        if found is not None:
            if not _URL_IN_TEXT.fullmatch(lines[0]):
                item = _item(lines[0], target(found), seen)
                if item is not None:
                    sequence.append(item)
            continue
        joined = " ".join(lines)
        if count_words(joined) >= PROSE_WORDS:
            sequence.append(joined)
    return _decide(sequence)


def describe(items: list[Item], where: str) -> str:
    """The rejection's detail: "an alert or digest e-mail (Subject …) listing 3 articles, not
    an article: 'Ferry fares rise' <https://…>; …", naming the first :data:`NAMED_ITEMS`."""
    named = "; ".join(
        f"{quoted(graphemes.cut(item.title, 80))} <{item.url}>" for item in items[:NAMED_ITEMS]
    )
    more = f"; and {len(items) - NAMED_ITEMS} more" if len(items) > NAMED_ITEMS else ""
    return f"{where} listing {len(items)} articles, not an article: {named}{more}"
