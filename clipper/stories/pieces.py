"""One article's story terms read once a piece: its own words, its passages and its lead are
put together from the terms of its paragraphs and of a long paragraph's sentences.

A story vector reads an article's text several times over: its reporter's own words (the text
without its quoted statements, :func:`clipper.statements.quoted_text`), its lead (the opening
sentences, :func:`clipper.stories.leads.opening`), each of its passages
(:func:`clipper.stories.passages.passages_of`: a paragraph, or each sentence of a long one) and
its frame lines.  Read apart, the passages cost a second reading of the whole text: 14.4 of
94.3 CPU s of ``bench/story_vectors.py`` under cProfile (session 47), vectorize 1.195 times
its cost without them.

The readers of story terms give a text the concatenation of what they give the pieces of it cut
at a line break (:mod:`clipper.paragraphs`: no term or name runs across one), so the own words'
terms are those of their lines, one after the other, and a line that is a passage of the text
(a paragraph of at most ``passage_words`` words, stripped) is read once for both.  A longer
paragraph's passages are its sentences (:func:`clipper.stories.leads.sentences`); where each of
its sentences but the last ends at ".", "!" or "?" its terms are those of its sentences one
after the other too: a name never runs across that punctuation, and the word after it opens
a sentence either way (:data:`clipper.stories.tokens._SENTENCE_GAP`), so a name there ("St.
Louis" is "St" and "Louis" read whole too) is read alike.  A paragraph cut after "।", "۔",
"؟" or a CJK full stop, where a word after the cut opens a passage but not a sentence of the
paragraph read whole, is read whole for the own words (and its sentences apart for its
passages, as before).  The terms are those of reading each text whole: the vectors are the
same (``bench/story_vectors.py --against``: the digest of every vector).
"""

from __future__ import annotations

from collections.abc import Callable

from clipper.stories.passages import paragraph_passages

# What the sentences of a paragraph read one after the other must end at (all but the last) for
# their terms to be the paragraph's: a sentence gap of the term readers.
_GAP_ENDS = frozenset(".!?")


class PieceTerms:
    """The story terms of the pieces of one article's text (a line, a passage, a sentence), each
    piece read once by ``read`` (a reader of :mod:`clipper.stories.tokens`' kind, the article's
    language and names fixed: a function of the piece's text, a new list each call) and kept
    while the article is read; ``most_words`` is ``StoryConfig.passage_words``."""

    __slots__ = ("_found", "_most_words", "_read")

    def __init__(self, read: Callable[[str], list[str]], most_words: int) -> None:
        self._read = read
        self._most_words = most_words
        self._found: dict[str, list[str]] = {}

    def of(self, piece: str) -> list[str]:
        """The terms of ``piece`` (a passage, a sentence, a line stripped), read once (the list
        kept: not to be changed)."""
        found = self._found.get(piece)
        if found is None:
            found = self._found[piece] = self._read(piece)
        return found

    def text(self, text: str) -> list[str]:
        """The terms of ``text`` (lines cut at "\\n"), what ``read(text)`` gives: each line's
        in order, a line read as its passages where they are its sentences cut at a sentence
        gap (see the module docstring), else whole."""
        out: list[str] = []
        for line in text.split("\n"):
            passages = paragraph_passages(line, self._most_words)
            if len(passages) > 1 and not all(p[-1] in _GAP_ENDS for p in passages[:-1]):
                passages = [line.strip()]
            for passage in passages:
                out += self.of(passage)
        return out
