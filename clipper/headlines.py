"""A cluster's headline: what clusters, stories, search and the digest show for a story's
copies, chosen from the titles of all of them.

The canonical page is the most complete text, not always the best titled: an untitled text
record can carry the article six titled copies trimmed, and a canonical's own guessed headline
can be an outlier ("Guest Commentary: …" above a wire story whose copies all say "Trump names
EU a global foe…").  So the headline is the canonical's title unless it has none, or no other
copy shares it while at least two copies agree on another; then it is the title most copies
share (:func:`choose_headline`), unless the canonical's shares a word of four letters or more
with it: then both are headlines of one article (a wire story's own above copies that ran it
under a headline of their own), and the canonical's stays -- unless a copy under that title
carries the canonical's very text (same content hash): the canonical is then one more copy
of the article its copies name, re-headlined (newcomer 34's portal that ran an agency story
whole under a title of its own, the canonical beside four copies under the agency's).
Copies are counted by source
(``pages.source_key``: the versions of one page count once, the canonical's own versions not
at all), titles compared case- and punctuation-insensitively.  A function of the cluster's
members, never of their arrival order (ties: the longest copy's title, then the title's text).
When the headline kept is the canonical's and copies spell it with or without marks the words'
fold leaves out (Arabic harakat and tatweel, Catalan's punt volat: "الزَّهْرَاء" / "الزهراء",
"col·legis" / "collegis"), the headline is spelled as the language writes it
(:func:`usual_spelling`: unvocalised Arabic and Hebrew, Catalan with its punt volat, which a
copy typed without it only drops), so the title does not depend on which outlet's page is
shown (newcomer 37, finding 6).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import bindparam, text

from clipper.scripts import caseless, unvocalised, word_runs
from clipper.sitenames import site_keys, strip_site_segments
from clipper.spelling import GEMINATE_DOT
from clipper.store.rows import chunks

# Copies that must agree on a title for it to replace a canonical's title no copy shares.
AGREEING_COPIES = 2


def headline_key(title: str) -> str:
    """Comparison key of a headline: its words (``\\w`` runs with their combining marks:
    :func:`clipper.scripts.word_runs`), casefolded (:func:`clipper.scripts.caseless`: Turkish's
    "İ" and "I" too), without Arabic harakat, Hebrew points and
    tatweels (:func:`clipper.scripts.unvocalised`: a headline vocalised or stretched is the same
    headline, as its words are to matching and search), one space apart."""
    return " ".join(word_runs(unvocalised(caseless(title))))


def reading_headline_key(title: str | None, url: str | None, site: str | None) -> str:
    """What two readings of one page (its address or file, one text) must share for their
    headlines to be one headline, spelt two ways: :func:`headline_key` of ``title`` without
    the segments naming the page's site at either end ("X | Site", "Site - X":
    :func:`clipper.sitenames.strip_site_segments` over :func:`clipper.sitenames.site_keys` of
    ``url`` and ``site``, as cleaning strips a crawler's title); "" for no headline.  A
    reading whose key differs from every stored reading's of its text is the page's next
    version (``clipper.pipeline``): a function of one reading, so readings in any order fall
    into the same versions."""
    if not title or not title.strip():
        return ""
    stripped, _ = strip_site_segments(title, site_keys(url, site))
    return headline_key(stripped or title)


@dataclass(frozen=True, slots=True)
class Copy:
    """A titled page of the cluster other than the canonical (and its versions)."""

    title: str
    word_count: int
    source_key: str
    # its text is the canonical's own (the same content hash): only the headline differs
    same_text: bool = False


@dataclass(slots=True)
class _Group:
    """The copies whose titles share one :func:`headline_key`."""

    sources: set[str] = field(default_factory=set)
    spellings: dict[str, tuple[set[str], int]] = field(default_factory=dict)
    same_text: bool = False  # a copy of the canonical's own text is among them

    def add(self, copy: Copy) -> None:
        self.sources.add(copy.source_key)
        self.same_text = self.same_text or copy.same_text
        sources, longest = self.spellings.get(copy.title, (set(), 0))
        sources.add(copy.source_key)
        self.spellings[copy.title] = (sources, max(longest, copy.word_count))

    def rank(self) -> tuple[int, int, str]:
        """(-sources, -words of the longest copy, its spelling) of the spelling most sources
        use, ties: the longest copy's, then the first in code-point order."""
        return min(
            (-len(sources), -longest, title)
            for title, (sources, longest) in self.spellings.items()
        )


def unmarked(title: str) -> str:
    """``title`` without the marks search and fingerprints fold away and a copy may add or
    drop: Arabic harakat, Hebrew points and tatweels (:func:`clipper.scripts.unvocalised`) and
    the punt volat between two l's (``col·legis`` → ``collegis``: :data:`clipper.spelling.
    GEMINATE_DOT`); case and every other letter kept."""
    plain = unvocalised(title)
    return GEMINATE_DOT.sub("", plain) if "\u00b7" in plain else plain


def usual_spelling(canonical: str, copies: Iterable[Copy]) -> str:
    """The spelling of ``canonical`` (a title) to show: of it and the ``copies``' titles that
    are it but for marks (:func:`unmarked`), one written as the language is written in the
    news: without optional vowel marks and tatweel (:func:`clipper.scripts.unvocalised`), with
    Catalan's punt volat (the correct ``col·legis``, not a copy's ``collegis`` typed without
    it); then the one most sources use (the canonical's counts one), then the first in
    code-point order; the canonical itself when no copy spells it otherwise.  Whichever of
    those pages is the canonical, the same spelling."""
    plain = unmarked(canonical)
    sources: dict[str, set[str]] = {canonical: {""}}
    for copy in copies:
        if copy.title != canonical and unmarked(copy.title) == plain:
            sources.setdefault(copy.title, set()).add(copy.source_key)
        elif copy.title == canonical:
            sources[canonical].add(copy.source_key)
    if len(sources) == 1:
        return canonical
    return min(
        sources,
        key=lambda title: (
            unvocalised(title) != title,
            -title.count("\u00b7"),
            -len(sources[title]),
            title,
        ),
    )


def choose_headline(canonical: str | None, copies: Iterable[Copy]) -> str | None:
    """The cluster's headline from its canonical's title (None: untitled) and its other
    titled ``copies``: the canonical's title when a copy shares it or fewer than
    :data:`AGREEING_COPIES` sources agree on any title; else (and when the canonical has no
    title) the title shared by the most sources, ties: the one of the longest copy, then the
    title's text, spelled as most of its sources spell it, unless the canonical's title shares
    a word of four letters or more with it and no copy under that title has the canonical's
    text (:attr:`Copy.same_text`); None when nothing is titled.  The canonical's title kept
    is spelled as :func:`usual_spelling` spells it."""
    copies = list(copies)
    chosen = _chosen_headline(canonical, copies)
    return usual_spelling(canonical, copies) if chosen and chosen == canonical else chosen


def _chosen_headline(canonical: str | None, copies: list[Copy]) -> str | None:
    groups: dict[str, _Group] = {}
    for copy in copies:
        key = headline_key(copy.title)
        if key:
            groups.setdefault(key, _Group()).add(copy)
    if canonical and canonical.strip():
        if not groups or headline_key(canonical) in groups:
            return canonical
        if max(len(g.sources) for g in groups.values()) < AGREEING_COPIES:
            return canonical
    if not groups:
        return canonical or None
    group = min(groups.values(), key=lambda g: (-len(g.sources), g.rank()[1:]))
    best = group.rank()[2]
    if (
        canonical
        and canonical.strip()
        and not group.same_text
        and _topic_words(canonical) & _topic_words(best)
    ):
        # another headline of the same article (a wire story's own, where its copies ran
        # "Tarrow bridge: the end of an era"), not an outlier line: the canonical's stays;
        # but not when a copy ran the canonical's very text under the title the copies
        # agree on: the canonical is a re-headlined copy of that article
        return canonical
    return best


def _topic_words(title: str) -> set[str]:
    """The casefolded words of four letters or more of a headline."""
    return {word for word in word_runs(caseless(title)) if len(word) >= 4}


_MEMBERS = text(
    "SELECT c.canonical_page_id AS head, p.id, p.title, p.word_count, p.source_key, "
    "p.content_hash "
    "FROM clusters AS c JOIN pages AS p ON p.cluster_id = c.id "
    "WHERE c.canonical_page_id IN :ids AND (p.title IS NOT NULL OR p.id = c.canonical_page_id)"
).bindparams(bindparam("ids", expanding=True))


def cluster_headlines(connection: Any, canonical_page_ids: Iterable[int]) -> dict[int, str | None]:
    """canonical page id -> its cluster's headline (:func:`choose_headline`), for the given
    canonical pages; ``connection``: a SQLAlchemy Connection or Session.  Reads the titled
    pages of those clusters only; a page id that is no cluster's canonical is left out."""
    found: dict[int, str | None] = {}
    for chunk in chunks(sorted(set(canonical_page_ids))):
        members: dict[int, list[Any]] = {}
        for row in connection.execute(_MEMBERS, {"ids": chunk}):
            members.setdefault(row.head, []).append(row)
        for head, rows in members.items():
            own = next((r for r in rows if r.id == head), None)
            own_source = own.source_key if own is not None else None
            own_hash = own.content_hash if own is not None else None
            copies = [
                Copy(r.title, r.word_count or 0, r.source_key, r.content_hash == own_hash)
                for r in rows
                if r.id != head and r.title and r.source_key != own_source
            ]
            found[head] = choose_headline(own.title if own is not None else None, copies)
    return found
