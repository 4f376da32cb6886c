"""Does an article match a watchlist's query?  The parsed query, evaluated on the article's words.

A digest asks this of the articles of one night's stories, not of the archive, so it evaluates
the query tree that :func:`clipper.searchquery.parse_query` builds (the language ``clipper search``
takes) in Python on those articles.  That keeps the digest independent of the database's
full-text engine (FTS5 on SQLite, ``tsvector`` on PostgreSQL) and bounded by the night.

The words are exactly those the full-text index holds: :func:`clipper.searchtext.search_text`
of the title and of the body (folded: NFKC, case, Latin accents; Chinese, Japanese and Korean
as character bigrams), and a query term becomes index words through
:func:`clipper.searchterms.query_tokens`.  A term matches where its words occur consecutively
within the title or within the body (as an FTS5 phrase does within one column), the last one
only as a prefix for ``word*``.  An exact-case term (``=Total``) is looked for in the article's
stored text with its capitals (:func:`clipper.casematch.occurs`), as ``clipper search`` checks
the pages its index found.  So a watchlist follows the stories whose canonical articles,
or copies stored in the digest's window, ``clipper search --variants`` would find
(``tests/test_digest.py`` checks this).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from clipper.casematch import occurs
from clipper.digraphia import PAGE as LATIN_PAGE
from clipper.searchquery import BinaryOp, Node, Term
from clipper.searchterms import query_tokens
from clipper.searchtext import search_text
from clipper.tonemarks import PAGE as TONED_PAGE


@dataclass
class Document:
    """An article's index words in order (title, a gap, body) and the set of them; ``body``
    as stored, for exact-case terms."""

    tokens: list[str]
    vocabulary: set[str] = field(default_factory=set)
    body: str | None = None

    @classmethod
    def of(cls, title: str | None, body: str | None, language: str | None = None) -> Document:
        """The document of a page's ``title`` and ``body`` in ``language`` (its stored tag, or
        None), read as the index reads them (:func:`clipper.searchtext.search_text`)."""
        tokens: list[str] = []
        for part in (title, body):
            if part:
                tokens.extend(search_text(part, language).split())
                tokens.append("")  # no phrase runs from a title into the body
        return cls(tokens, set(tokens) - {""}, body)

    def has(self, sequence: Sequence[str], prefix: bool) -> bool:
        """Whether the words of ``sequence`` occur here consecutively; with ``prefix`` the last
        one need only start a word."""
        if not sequence:
            return False
        *head, last = sequence
        if prefix:
            if not any(token.startswith(last) for token in self.vocabulary):
                return False
        elif last not in self.vocabulary:
            return False
        if not head:
            return True
        if any(word not in self.vocabulary for word in head):
            return False
        tokens, width = self.tokens, len(sequence)
        for start in range(len(tokens) - width + 1):
            if tokens[start] == head[0] and tokens[start : start + width - 1] == head:
                following = tokens[start + width - 1]
                if following == last or (prefix and following.startswith(last)):
                    return True
        return False

    def count(self, sequence: Sequence[str], prefix: bool) -> int:
        """How many times the words of ``sequence`` occur here consecutively (as :meth:`has`
        finds them; with ``prefix`` the last one need only start a word)."""
        if not self.has(sequence, prefix):
            return 0
        *head, last = sequence
        tokens, width = self.tokens, len(sequence)
        return sum(
            1
            for start in range(len(tokens) - width + 1)
            if tokens[start : start + width - 1] == head
            and (
                tokens[start + width - 1] == last
                or (prefix and tokens[start + width - 1].startswith(last))
            )
            and tokens[start + width - 1] != ""
        )


def matches(node: Node, document: Document) -> bool:
    """Evaluate a parsed query (:func:`clipper.searchquery.parse_query`) on ``document``."""
    if isinstance(node, Term):
        if node.exact:
            return occurs(document.body, node.text, node.prefix)
        # a Cyrillic term's Latin letters on a Serbian-family page only (clipper.digraphia)
        term = query_tokens(node.text, node.prefix, latin_pages=LATIN_PAGE in document.vocabulary)
        if term.toned and TONED_PAGE in document.vocabulary:
            # typed with Vietnamese marks, on a Vietnamese page: by them (clipper.tonemarks)
            return term.toned in document.vocabulary
        return any(
            document.has(way, term.prefix)
            and all(any(key in document.vocabulary for key in keys) for keys in bounds)
            for way, bounds in term.conditions
        )
    assert isinstance(node, BinaryOp)
    left = matches(node.left, document)
    if node.op == "AND":
        return left and matches(node.right, document)
    if node.op == "OR":
        return left or matches(node.right, document)
    return left and not matches(node.right, document)  # NOT: this but not that


def named_terms(node: Node, document: Document) -> int:
    """How many of the query's sought terms (those a match looks for: not the ones after a
    ``NOT``) ``document`` holds, each counted once: how far a headline or a lead names a
    watchlist (:mod:`clipper.digest.filing`)."""
    return sum(1 for term in _sought(node) if _occurrences(term, document))


def occurrences(node: Node, document: Document) -> int:
    """How many times ``document`` holds the query's sought terms (:func:`named_terms`'), all
    occurrences counted: how strongly an article matches a watchlist."""
    return sum(_occurrences(term, document) for term in _sought(node))


def _sought(node: Node) -> list[Term]:
    """The terms of a query a match looks for, in the query's order: both sides of ``AND``
    and ``OR``, the left of ``NOT``."""
    if isinstance(node, Term):
        return [node]
    assert isinstance(node, BinaryOp)
    if node.op in ("AND", "OR"):
        return _sought(node.left) + _sought(node.right)
    return _sought(node.left)


def _occurrences(term: Term, document: Document) -> int:
    """How many times ``document`` holds ``term``, as :func:`matches` reads one (an exact-case
    term once at most: whether it occurs)."""
    if term.exact:
        return int(occurs(document.body, term.text, term.prefix))
    if not matches(term, document):
        return 0
    way = query_tokens(term.text, term.prefix, latin_pages=LATIN_PAGE in document.vocabulary)
    if way.toned and TONED_PAGE in document.vocabulary:
        return document.tokens.count(way.toned)
    return max(document.count(words, way.prefix) for words, _ in way.conditions)
