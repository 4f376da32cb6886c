"""Does an article match a watchlist's query?  The parsed query, evaluated on the article's words.

A digest asks this of the few hundred or thousand articles of one night's stories, not of the
archive, so it reads those articles and evaluates the query tree that
:func:`clipper.search.parse_query` builds (the same language ``clipper search`` takes) in
Python.  That keeps the digest independent of the database's full-text engine (SQLite FTS5 or
PostgreSQL) and bounded by the night's stories.

Words are found as the full-text index finds them: runs of letters, digits and private-use
characters (Unicode categories L*, N*, Co), compared after NFKD, removing non-spacing marks and
casefolding, so ``zurich`` matches "Zürich" and ``STRIKE`` matches "strike".  Scripts written
without spaces between words (Han, Hiragana, Katakana, Thai, …) are split into single
characters, so a word or phrase in them matches wherever its characters appear in that order:
a substring search, which is how CJK queries are usually answered without a dictionary.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from clipper.search import BinaryOp, Node, Term, parse_query

# Scripts whose words are not separated by spaces: each character is matched on its own.
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Bopomofo}\p{Thai}\p{Lao}\p{Myanmar}\p{Khmer}"
# A word: one character of an unspaced script, or a run of other letters, digits and
# private-use characters.
_WORD = regex.compile(
    rf"[{_UNSPACED}]|[[\p{{L}}\p{{N}}\p{{Co}}]--[{_UNSPACED}]]+", flags=regex.VERSION1
)
_MARKS = regex.compile(r"\p{Mn}+")


def fold(value: str) -> str:
    """Case- and accent-insensitive form: NFKD, non-spacing marks removed, casefolded."""
    return _MARKS.sub("", unicodedata.normalize("NFKD", value)).casefold()


def words(value: str) -> list[str]:
    """The folded words of ``value`` in order (characters of unspaced scripts one by one)."""
    return _WORD.findall(fold(value))


@dataclass
class Document:
    """An article's words in order and the set of them (built once, queried often)."""

    tokens: list[str]
    vocabulary: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, *parts: str | None) -> Document:
        tokens: list[str] = []
        for part in parts:
            if part:
                tokens.extend(words(part))
                tokens.append("")  # no phrase runs from a title into the body
        return cls(tokens, set(tokens) - {""})

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
        for start, token in enumerate(tokens[: len(tokens) - width + 1]):
            if token == head[0] and tokens[start : start + width - 1] == head:
                following = tokens[start + width - 1]
                if following == last or (prefix and following.startswith(last)):
                    return True
        return False


def matches(node: Node, document: Document) -> bool:
    """Evaluate a parsed query (:func:`clipper.search.parse_query`) on ``document``."""
    if isinstance(node, Term):
        return document.has(words(node.text), node.prefix)
    assert isinstance(node, BinaryOp)
    left = matches(node.left, document)
    if node.op == "AND":
        return left and matches(node.right, document)
    if node.op == "OR":
        return left or matches(node.right, document)
    return left and not matches(node.right, document)  # NOT: this but not that


def compile_query(query: str) -> Node:
    """Parse ``query`` (raises :class:`clipper.search.QueryError` naming the problem)."""
    return parse_query(query)
