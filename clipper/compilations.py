"""Rule 5 of :mod:`clipper.cluster`: telling a compilation (a roundup, "news in brief") from a
longer copy of the articles it carries, from the match graph around one page.

A compilation is not the canonical of the articles it carries.  A page holding, below its
opening, two pages one right after the other that do not overlap (each only contained in
it, Jaccard below the full-copy bar) is a compilation (a roundup, "news in brief":
standalone articles one after another), not a longer copy of either.  A page only
contained in it does not join it, and stays its own canonical (or joins another canonical
it matches); full copies of the compilation still join it.  Where a piece sits: from its
offset (``match.Edge.offset``: where the compilation holds its first shared shingle), as
many words as the compilation covers of it (its word count times the pair's coverage).
Below the opening: more than ``MatchConfig.brief_max_offset`` words in, and not within
that of the opening of a full copy of the page (a brief of a story sits at the story's
opening, below an update paragraph in an updated copy).  Right after: the second starts
within ``MatchConfig.compilation_gap_words`` of the end of the first (an item's headline),
overlapping it by at most ``MatchConfig.compilation_overlap_words``, and they do not match
each other.  Measured on bench/syndication.py's holdout set (wire-syndication-texts):
"two pieces that do not overlap", without the "right after", took recall from 0.999 to
0.995: a long wire story holds a shorter agency story 290 words in and a rewrite of its
middle 650 words in, and an updated story its brief 214 words in and a rewrite 2,900
words in; excerpts of one story lie apart, the items of a roundup side by side.  (So a
roundup is told only when two items seen on their own pages follow each other in it.)
What the page opens with (a page it holds at its opening) counts as a piece too when the
piece right after it is another text's opening, held at the opening of a page this page
does not match: a roundup's first item (a short story it carries whole, or a brief) and
the second, the brief of its own story (a story's own brief and the excerpt after it are
no such pair; confirm set with roundups: a short story carried whole as a roundup's first
item, and its copies, no longer filed with the roundup, false-merge pairs 14 -> 6).  A
roundup of which only one item is seen on its own page, and no page of that item's story,
holds nothing that tells it from a story carrying an excerpt: that page still joins it
(wire-syndication-texts: the yahoo.com brief "Russian women push back at shaming over
World Cup dating" in the "AP News in Brief" pages).
A page that is nothing but whole pieces one after another, from its opening to its end, is
a compilation too when each piece stands under a headline of its own
(:func:`_whole_page`): a company's newsroom page of two or three whole press releases,
latest first, where no other page opens with the second (newcomer 26's finding 21).  And
two pieces under one headline (:func:`one_headline`, the pages' titles) are never two
articles side by side: one story over pages "X", "X (page 2)", "X (page 3)"; nor two pieces
a third page contained in the holder runs across (:func:`carried_across`): local rewrites of
a wire story, each a run of its paragraphs under an opening of its own, two of them
neighbouring runs (contained34's probe, 2026-12-05: a wire page and 7 rewrites made 3
clusters); nor two pieces that both open with words of their own above what the page carries
(``match.Edge.lead``, at least ``MatchConfig.compilation_own_opening``: two such rewrites
side by side with no third page across their seam, copies35): a roundup carries its items
from their first line.  Two earlier
attempts without the titles (branches canon26-newsroom, canon26-newsroom2) lost
bench/copy_kinds.py seed 2's story over page 1 and page 2 (recall 0.991 -> 0.969).
Matches stored before migration 0013 were given their offset by it; an edge without one
(None) never makes a compilation.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from typing import TYPE_CHECKING

from clipper.config import MatchConfig
from clipper.words import words as text_words

if TYPE_CHECKING:
    from clipper.cluster import Link, Rules


def is_compilation(
    page: int,
    links_of: Callable[[int], Sequence[Link]],
    words: Callable[[int], int],
    rules: Rules,
    title: Callable[[int], str] = lambda page: "",
) -> bool:
    """Rule 5: whether ``page`` holds two pieces side by side (:func:`_side_by_side`), or is
    nothing but whole pieces under headlines of their own (:func:`_whole_page`).
    ``links_of``: a page's matches (asked of this page, its full copies and its pieces only
    as far as the answer needs them); ``words``: a page's word count (asked of this page and
    its pieces); ``title``: a page's title as its rank key holds it (casefolded; "" when
    untitled: never a headline of its own; asked of pieces side by side).
    """
    copy_jaccard, opening_words = rules.copy_jaccard, rules.opening_words
    own = links_of(page)
    held = [
        link
        for link in own
        if not link.better and link.offset is not None and link.jaccard < copy_jaccard
    ]
    if len(held) < 2:
        return False  # one piece is no compilation
    # (page, first word, end) of the pages only contained in it, below its opening and at it
    below: list[tuple[int, int, int]] = []
    opening: list[tuple[int, int, int]] = []
    for link in held:
        piece = _extent(link, words)
        (opening if piece[1] <= opening_words else below).append(piece)

    def openers(holder: int) -> set[int]:  # the pages ``holder`` holds at its opening
        return {
            link.other
            for link in links_of(holder)
            if not link.better and link.offset is not None and link.offset <= opening_words
        }

    if below:
        at_opening = openers(page).union(
            *(openers(link.other) for link in own if link.jaccard >= copy_jaccard)
        )
        below = [piece for piece in below if piece[0] not in at_opening]
    linked = {link.other for link in own}

    def neighbours(other: int) -> Collection[int]:
        return {link.other for link in links_of(other)}

    def elsewhere(piece: int) -> bool:
        # pieces that are the opening of another text, one this page does not match (a
        # roundup's items: briefs of their own stories): one right after the page's opening
        # makes what the page opens with a piece too
        held_at = {
            link.other
            for link in links_of(piece)
            if link.better and link.offset is not None and link.offset <= opening_words
        }
        return bool(held_at - linked - {page})

    def headline(piece: int, other: int) -> bool | None:
        return one_headline(title(piece), title(other), rules.same_headline)

    extents = [_extent(link, words) for link in held]

    def across(piece: int, other: int) -> bool:
        return carried_across(piece, other, extents, neighbours, rules.overlap_words)

    leads = {link.other: link.lead for link in held}

    def rewritten(piece: int) -> bool:
        # a run of the page's text under an opening of its own (a local rewrite), not an
        # item carried from its first line (None: stored before its lead was: read as one)
        lead = leads.get(piece)
        return lead is not None and lead >= rules.own_opening

    pieces = below + opening
    if _side_by_side(
        pieces, neighbours, rules.overlap_words, rules.gap_words, opening_words, elsewhere,
        headline, across, rewritten,
    ):
        return True
    held_whole = {link.other for link in held if link.containment >= rules.whole_piece}
    return _whole_page(
        [piece for piece in pieces if piece[0] in held_whole], words(page), neighbours,
        headline, rules.gap_words, rules.overlap_words, across,
    )


def _extent(link: Link, words: Callable[[int], int]) -> tuple[int, int, int]:
    """(page, first word, end) of a page held by another: from the holder's offset
    (``match.Edge.offset``), as many words as the holder covers of it."""
    assert link.offset is not None
    return (link.other, link.offset, link.offset + round(words(link.other) * link.containment))


def carried_across(
    piece: int,
    other: int,
    extents: Collection[tuple[int, int, int]],
    neighbours: Callable[[int], Collection[int]],
    overlap_words: int,
) -> bool:
    """Whether two pieces side by side in one page are parts of one text there: a third page
    only contained in it (``extents``: (page, first word, end) of every such page) overlaps
    each of them by more than ``overlap_words`` (``MatchConfig.compilation_overlap_words``),
    so it carries the text across their seam, without matching both (``neighbours``: a page
    holding both whole is a shorter compilation of them, or a copy of one text carrying
    them).  Local rewrites of a wire story, each a run of its paragraphs under an opening
    of its own: two of them take paragraphs 6-8 and 9-12, a third paragraphs 4-9, and the
    wire's page is not a roundup of the first two (field-case kind
    contained-copies-new-opening, contained34's probe, 2026-12-05: a wire page and 7
    rewrites made 3 clusters).  A roundup's items are carried whole one after another; no
    page carries the end of one and the opening of the next but a copy of the roundup, which
    holds both whole."""
    spans = {page: (first, end) for page, first, end in extents}
    first_a, end_a = spans[piece]
    first_b, end_b = spans[other]
    for third, (first, end) in sorted(spans.items()):
        if third in (piece, other):
            continue
        if (
            min(end, end_a) - max(first, first_a) > overlap_words
            and min(end, end_b) - max(first, first_b) > overlap_words
            and not (piece in neighbours(third) and other in neighbours(third))
        ):
            return True
    return False


def _side_by_side(
    held: list[tuple[int, int, int]],
    neighbours: Callable[[int], Collection[int]],
    overlap_words: int,
    gap_words: int,
    opening_words: int = MatchConfig.brief_max_offset,
    elsewhere: Callable[[int], bool] = lambda piece: False,
    headline: Callable[[int, int], bool | None] = lambda piece, other: None,
    across: Callable[[int, int], bool] = lambda piece, other: False,
    rewritten: Callable[[int], bool] = lambda piece: False,
) -> bool:
    """Whether two of the pieces ``held`` by one page (page, first word, end) follow each
    other, the second starting between ``overlap_words`` before and ``gap_words`` after the
    end of the first, without matching each other (``neighbours``: the pages a piece
    matches) nor standing under one headline (``headline``: :func:`one_headline`; one story
    over several pages, "X", "X (page 2)": a Chinese or Japanese page 2 starts 150 words,
    characters, in) nor being carried across their seam by another page (``across``:
    :func:`carried_across`) nor both opening with words of their own above what the page
    carries (``rewritten``: ``match.Edge.lead`` at least
    ``MatchConfig.compilation_own_opening``; two local rewrites of neighbouring runs of one
    wire story, each under an intro line, where no third page crosses their seam: a roundup
    carries its items from their first line): two articles of a compilation side by side
    rather than parts of one text (rule 5).  A piece at the page's opening (starting within
    ``opening_words``) pairs only with one that is another text's opening (``elsewhere``): a
    story's brief and the excerpt after it are not two articles, a roundup's first item and
    the second, the brief of another story, are."""
    ordered = sorted(set(held), key=lambda piece: (piece[1], piece[2], piece[0]))
    for index, (page, first, end) in enumerate(ordered):
        for other, start, _ in ordered[index + 1 :]:
            if start - end > gap_words:
                break  # the pieces after it start later still
            if start - end < -overlap_words:
                continue
            if (
                (first > opening_words or elsewhere(other))
                and other not in neighbours(page)
                and not headline(page, other)
                and not across(page, other)
                and not (rewritten(page) and rewritten(other))
            ):
                return True
    return False


def _whole_page(
    held: list[tuple[int, int, int]],
    page_words: int,
    neighbours: Callable[[int], Collection[int]],
    headline: Callable[[int, int], bool | None],
    gap_words: int,
    overlap_words: int,
    across: Callable[[int, int], bool] = lambda piece, other: False,
) -> bool:
    """Whether the pieces ``held`` whole by a page of ``page_words`` words (page, first word,
    end) make the whole page one after another: the first within ``gap_words`` of its
    opening, each next one starting between ``overlap_words`` before and ``gap_words`` after
    the end of the one before (a headline between them), without matching it
    (``neighbours``) nor carried across their seam by another page (``across``) and under a
    headline of its own (``headline`` False: :func:`one_headline`), the
    last ending within ``gap_words`` of the page's end; two pieces at least.  A company's
    newsroom page of two or three whole press releases, latest first (newcomer 26's finding
    21): the piece it opens with is not the page's story, as a roundup's first item is not
    (:func:`_side_by_side`).  One story over two pages ("X", "X (page 2)") and a story's
    brief beside the rest of it under its headline are one article: the page stays their
    canonical."""
    ordered = sorted(set(held), key=lambda piece: (piece[1], piece[2], piece[0]))
    chained: set[int] = set()  # the pieces a chain from the opening reaches
    for index, (page, first, end) in enumerate(ordered):
        if first > gap_words and index not in chained:
            continue  # a chain's pieces follow each other: those before it are decided
        for later, (other, start, other_end) in enumerate(ordered[index + 1 :], index + 1):
            if start - end > gap_words:
                break  # the pieces after it start later still
            if (
                start - end >= -overlap_words
                and other not in neighbours(page)
                and headline(page, other) is False
                and not across(page, other)
            ):
                if page_words - other_end <= gap_words:
                    return True
                chained.add(later)
    return False


def only_adds_pieces(
    links: Iterable[Link],
    added: Collection[int],
    copy_jaccard: float,
    words: Callable[[int], int],
    overlap_words: int,
) -> bool:
    """Whether the pages ``added`` (a batch's) can only make a page a compilation, never
    unmake one, as ``clipper.reclustering`` asks :func:`is_compilation` with and without
    their matches (every page's): none of them is a full copy of it (``links``: its
    matches; a full copy's openers take pieces out), nor a piece of it overlapping two
    other pieces by more than ``overlap_words`` (``words``: a piece's word count; such a
    page may carry the text across two pieces' seam, :func:`carried_across`).  Otherwise
    what :func:`is_compilation`
    reads only gains with them: the page's pieces, the pages its pieces match (which rule
    out only pairs with a new piece), the pages matching it and the pages holding a piece
    at their opening (a new one is either left out with the first or counts with the
    second) and its old full copies' openers (which take out only new pieces).  So two
    pieces side by side, or a chain of them over the whole page, without them are still
    there with them: a page that is no compilation with them was none without them, and is
    not asked again (on bench/oneday.py's records a batch's pages are pieces of thousands
    of stored canonicals, 7,449 at 25k, nearly all of them no compilation)."""
    links = list(links)
    if any(link.jaccard >= copy_jaccard and link.other in added for link in links):
        return False
    held = [
        _extent(link, words)
        for link in links
        if not link.better and link.offset is not None and link.jaccard < copy_jaccard
    ]
    for page, first, end in held:
        if page not in added:
            continue
        overlapped = sum(
            min(end, other_end) - max(first, other_first) > overlap_words
            for other, other_first, other_end in held
            if other != page
        )
        if overlapped >= 2:
            return False
    return True


def one_headline(title: str, other: str, same_share: float) -> bool | None:
    """Whether two titles are one article's headlines: the shorter (in words:
    :func:`clipper.words.words`, a Chinese or Japanese character each) has at least
    ``same_share`` of its words in the other (``MatchConfig.compilation_same_headline``);
    None when either is untitled (nothing told).  "X" and "X (page 2)", "In brief: X" are
    one article's; two releases of one company share its name and little else."""
    first, second = text_words(title), text_words(other)
    if not first or not second:
        return None
    shorter, longer = sorted((first, second), key=len)
    held = set(longer)
    return sum(word in held for word in shorter) >= same_share * len(shorter)
