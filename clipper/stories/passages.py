"""A link must not rest on one passage of an article past its lead: a report that names a
story's company in one paragraph is another story.

A central bank's approval of one bank's rights issue, one paragraph of which said a telecom
would offer the bank's loans over its new network, joined the story of that telecom's network
rollout (newcomer 46): on the telecom's name, its towns, "network", "subscribers" and "2.4
million", all in that one paragraph.  The lead rule (:mod:`clipper.stories.leads`) let one of
its two links stand: the bank report's lead gave 0.19 of that cosine (0.15 asked) on "Kenya" in
"Central Bank of Kenya", "shillings" and "billion", words any two of the country's business
reports share.  Reports of one event share their terms throughout: a next-day feature, a
follow-up under a new lead, an account from another angle name the event's places, people and
figures in several of their paragraphs.

So a story vector carries, for each term, the *passage* past its lead that holds it
(:attr:`clipper.stories.termvector.Vector.passages`, :func:`passage_numbers`): a passage is a
paragraph of the stored text (one of its lines) of at most ``StoryConfig.passage_words`` words,
or a sentence of a longer one (a text stored without paragraph breaks is its sentences).  A
term of the lead (the headline and the opening, :mod:`clipper.stories.leads`) or of two
passages or more has none.  Of two clusters over the bar that pass the lead rule, the cosine
without the terms of either end's one passage giving the most of it (:func:`heaviest_passages`:
its products over the terms both hold that only that passage holds) must clear
``StoryConfig.passage_similarity_share`` of their bar, or they are not linked
(:func:`clipper.stories.scoring.linked` asks it of every pair over the bar).  Invented in
English, French and German (tests/test_story_passages.py), the bank's report keeps 0.13-0.30 of
the bar without its telecom paragraph, the rollout's follow-up under a new lead 1.6-2.4; of
bench/stories.py's labelled same-story links over the bar the lowest keeps 0.71.  A text
stored without paragraph breaks is its sentences, so a mention there over two sentences is two
passages, and a link resting on it holds.

Like the lead rule it reads the two articles only, never what else the archive holds, and a
pair's passage sums are added in one fixed order (the shared terms' products in ascending key
order), so the same pages in any order give the same links.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection, Mapping

import numpy as np
import numpy.typing as npt

from clipper.stories.leads import sentences, words
from clipper.stories.termvector import Vector

__all__ = [
    "MAX_PASSAGE",
    "heaviest_passages",
    "paragraph_passages",
    "passage_bytes",
    "passage_numbers",
    "passages_of",
]

# Passages are numbered 1-255 in a byte (0: none); a term of a later passage has none, so a
# passage past the 255th never counts as one (a text of more is a long report's tail).
MAX_PASSAGE = 255

_LINE_BREAK = re.compile(r"\n+")


def passages_of(text: str, most_words: int) -> list[str]:
    """The passages of ``text`` (a stored article's text, its paragraphs one a line), in order:
    each paragraph of at most ``most_words`` words (:func:`clipper.stories.leads.words`: a text
    written without spaces counts two characters a word), and each sentence of a longer one
    (:func:`clipper.stories.leads.sentences`)."""
    found: list[str] = []
    for paragraph in _LINE_BREAK.split(text):
        found.extend(paragraph_passages(paragraph, most_words))
    return found


def paragraph_passages(paragraph: str, most_words: int) -> list[str]:
    """The passages of one ``paragraph`` (a line of a stored text, :func:`passages_of`): itself
    stripped when it holds at most ``most_words`` words, else its sentences; none for a blank
    line."""
    paragraph = paragraph.strip()
    if not paragraph:
        return []
    if words(paragraph) <= most_words:
        return [paragraph]
    return sentences(paragraph)


def passage_numbers(
    passages: list[str],
    lead: Collection[str],
    terms_of: Callable[[str], Mapping[str, int]],
) -> dict[str, int]:
    """Each term (as ``terms_of`` reads a passage: the vector's own terms) that one passage of
    ``passages`` holds and the ``lead``'s terms do not, with that passage's number, 1 to
    :data:`MAX_PASSAGE`; a term of two passages or more, of the lead, or only of passages past
    the 255th is not given."""
    seen: Counter[str] = Counter()
    number: dict[str, int] = {}
    for at, passage in enumerate(passages, 1):
        for term in terms_of(passage):
            seen[term] += 1
            if at <= MAX_PASSAGE:
                number[term] = at
    return {t: n for t, n in number.items() if seen[t] == 1 and t not in lead}


def heaviest_passages(
    products: npt.NDArray[np.float64],
    lengths: npt.NDArray[np.int64],
    passages: npt.NDArray[np.uint8],
) -> npt.NDArray[np.float64]:
    """For each pair (``lengths[i]`` of ``products``, one after the other: the products of the
    terms both ends hold), the largest sum of its products over the terms of one passage of
    that end (``passages``, one a product: the term's passage number in that end, 0 for none),
    0.0 for a pair none of whose terms has one.  Each sum adds its products in their order
    (``np.bincount``), so a pair's sums are those of its terms in the order given."""
    if not len(lengths):
        return np.zeros(0)
    pair = np.repeat(np.arange(len(lengths)), lengths)
    held = np.flatnonzero(passages)
    slot = pair[held] * (MAX_PASSAGE + 1) + passages[held]
    # each (pair, passage) numbered in order, its products summed in their order
    slots, number = np.unique(slot, return_inverse=True)
    sums = np.bincount(number, weights=products[held], minlength=len(slots))
    heaviest = np.zeros(len(lengths))
    np.maximum.at(heaviest, slots // (MAX_PASSAGE + 1), sums)
    return heaviest


def passage_bytes(vector: Vector) -> npt.NDArray[np.uint8]:
    """:attr:`Vector.passages` of ``vector``, or a 0 a term for a vector without (no term has
    a passage: none is left out of a link)."""
    if len(vector.passages):
        return vector.passages
    return np.zeros(len(vector.keys), np.uint8)
