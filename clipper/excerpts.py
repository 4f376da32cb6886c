"""A feed's excerpt of a page: the first sentence or two of the article, which a feed's
``<description>`` (and a feed reader's or an aggregator's record of it) gives in place of the
text, ending in an ellipsis ("…", "[…]", "[...]") and often a WordPress/Yoast note under it
("The post X appeared first on Y.", "Der Beitrag X erschien zuerst auf Y.").

Read with the page itself at the same address, the excerpt was stored as a version of it, and
the page "1 paragraph removed" from it, or the excerpt "4 paragraphs removed" from the page
(newcomer 25's finding 25).  :func:`excerpt_of` tells such a text: it is stored as a reading cut
short (``partial`` "excerpt"), which a whole reading of the page holding it makes a part of
that reading, not a version (:func:`clipper.versions.holder_of`; kept as version 0 when read
first).  :func:`without_feed_footer` drops the note under every item of such a feed, which is
no line of the article (a full ``content:encoded`` carries it too).
"""

from __future__ import annotations

import re

from clipper.scripts import words_in

# The note a WordPress SEO plugin (Yoast) puts under every feed item, in the languages it ships
# ("The post %1$s appeared first on %2$s."): the item's title, then its site.
_FEED_FOOTER = re.compile(
    r"^(?:The post .+ appeared first on .+"
    r"|Der Beitrag .+ erschien zuerst auf .+"
    r"|La entrada .+ se publicó primero en .+"
    r"|L[’'](?:article|entrée) .+ est apparu(?:e)? en premier sur .+"
    r"|L[’']articolo .+ proviene da .+"
    r"|O post .+ apareceu primeiro em .+"
    r"|Het bericht .+ verscheen eerst op .+"
    r"|(?:Pos|Artikel|Postingan) .+ (?:muncul|tampil) pertama (?:kali )?(?:di|pada) .+"
    r"|O artigo .+ apareceu primeiro em .+"
    r"|(?:Запись|Сообщение) .+ (?:впервые появилась|появились сначала на) .+"
    r"|投稿 ?.+ ?は ?.+ ?に最初に表示されました"
    r"|.+最先出[现現]在.+)"
    r"[.。]?$",
    re.IGNORECASE,
)

# What a feed's excerpt is stored as cut short (``pages.partial``; the digest and ``show`` say
# "cut short (excerpt)").
EXCERPT = "excerpt (a feed's teaser of the page: its first sentences, cut with an ellipsis)"

# An excerpt's end: the bracketed ellipsis WordPress and most CMSs put where they cut ("[…]",
# "[...]", "[&hellip;]" decoded, "(…)"), or a plain ellipsis ("…", "...").
_BRACKETED_END = re.compile(r"\s*[\[(](?:…|\.\.\.|&hellip;)[\])]\s*$")
_PLAIN_END = re.compile(r"\s*(?:…|\.\.\.)\s*$")


def without_feed_footer(lines: list[str]) -> tuple[list[str], bool]:
    """``lines`` (a text's paragraphs) without a feed footer note ending them
    (:data:`_FEED_FOOTER`), and whether there was one."""
    if lines and _FEED_FOOTER.match(" ".join(lines[-1].split())):
        return lines[:-1], True
    return lines, False


def excerpt_of(lines: list[str], max_words: int) -> list[str] | None:
    """The excerpt's own lines (its closing ellipsis and a feed footer under it left out) when
    ``lines`` are a feed's excerpt of a page, else None: they end in a bracketed ellipsis
    ("[…]"), or in a plain one ("…") with a feed footer under them or in at most ``max_words``
    words (``CleanConfig.excerpt_max_words``: a feed's two sentences, not an article whose
    last quote trails off)."""
    kept, footer = without_feed_footer(lines)
    if not kept:
        return None
    last = kept[-1]
    bracketed = _BRACKETED_END.search(last)
    plain = None if bracketed else _PLAIN_END.search(last)
    if bracketed is None and plain is None:
        return None
    if plain is not None and not footer and sum(map(words_in, kept)) > max_words:
        return None
    cut = bracketed or plain
    assert cut is not None
    return [*kept[:-1], last[: cut.start()]] if last[: cut.start()].strip() else kept[:-1]
