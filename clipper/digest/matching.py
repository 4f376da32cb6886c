"""Does an article match a watchlist's query?  The parsed query, evaluated on the article's words.

A digest asks this of the few hundred or thousand articles of one night's stories, not of the
archive, so it reads those articles and evaluates the query tree that
:func:`clipper.search.parse_query` builds (the same language ``clipper search`` takes) in
Python.  That keeps the digest independent of the database's full-text engine (SQLite FTS5 or
PostgreSQL) and bounded by the night's stories.

Words are found as the full-text index finds them: runs of letters, digits and private-use
characters (Unicode categories L*, N*, Co), compared after NFKD, removing combining marks and
casefolding, so ``zurich`` matches "Zürich" and ``STRIKE`` matches "strike".  Scripts written
without spaces between words (Han, Hiragana, Katakana, Thai, …) are split into single
characters, so a word or phrase in them matches wherever its characters appear in that order:
a substring search, which is how CJK queries are usually answered without a dictionary.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from clipper.search import BinaryOp, Node, Term, parse_query

# Scripts whose words are not separated by spaces: each character is matched on its own.
_UNSPACED_SCRIPTS = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3100, 0x312F),  # Bopomofo
    (0x31F0, 0x31FF),  # Katakana extensions
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3FFFF),  # CJK extensions B-H
)


def _unspaced(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _UNSPACED_SCRIPTS)


def _is_word_char(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co"


def fold(value: str) -> str:
    """Case- and accent-insensitive form: NFKD, combining marks removed, casefolded."""
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def words(value: str) -> list[str]:
    """The folded words of ``value`` in order (characters of unspaced scripts one by one)."""
    found: list[str] = []
    current: list[str] = []
    for char in fold(value):
        if _is_word_char(char):
            if _unspaced(char):
                if current:
                    found.append("".join(current))
                    current = []
                found.append(char)
            else:
                current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


@dataclass
class Document:
    """An article's words and, for each word, where it occurs (built once, queried often)."""

    tokens: list[str]
    positions: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, *parts: str | None) -> Document:
        tokens: list[str] = []
        for part in parts:
            if part:
                tokens.extend(words(part))
                tokens.append("")  # no phrase runs from a title into the body
        document = cls(tokens)
        for index, token in enumerate(tokens):
            if token:
                document.positions.setdefault(token, []).append(index)
        return document

    def has(self, sequence: Sequence[str], prefix: bool) -> bool:
        """Whether the words of ``sequence`` occur here consecutively; with ``prefix`` the last
        one need only start a word."""
        if not sequence:
            return False
        if len(sequence) == 1 and prefix:
            stem = sequence[0]
            return any(token.startswith(stem) for token in self.positions)
        for start in self.positions.get(sequence[0], ()):
            end = start + len(sequence)
            if end > len(self.tokens):
                continue
            window = self.tokens[start:end]
            if window[:-1] != list(sequence[:-1]):
                continue
            last = window[-1]
            if last == sequence[-1] or (prefix and last.startswith(sequence[-1])):
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
