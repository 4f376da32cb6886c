"""Function words of the languages clipper reads that ``wordfreq`` has no list for, as word
tables: the words weigh as common words, not as rare ones.

A story term weighs ``8 − zipf`` (:mod:`clipper.stories.weights`), its zipf from ``wordfreq``'s
list of its language.  Of the languages clipper's identifier reads (:mod:`clipper.language`),
``wordfreq`` lists 41 (Korean's needs a tokeniser clipper does not install).  A text in any
other was weighed by English's list, where its words are unknown: Swahili's "kwa", "ya",
"hiyo", "ilisema" weighed as the rarest English words, so two unrelated Swahili reports shared
a cosine on them (session 47, ``tests/test_story_passages.py``'s Swahili reports).

For those of them that the stopwords-iso collection lists (the pinned ``stopwordsiso``
package: :func:`languages`), each listed word is a function word of its language: its table
(:func:`table`) gives it zipf :data:`LISTED_ZIPF`, the least a function word has in
:func:`clipper.stories.termweights._function_words`' sense (weight 2.0; English's "for" 1.0,
"network" 3.5), as written and folded as a story term (:func:`clipper.stories.tokens.fold`,
:func:`clipper.stories.accents.folded_term`).  Such a text is weighed by English's list and its
language's function words (:func:`clipper.stories.termweights.weighed_in`: the more common of the
two, English's loanwords weighing as before), and read as its language, a name opening a
sentence without a function word at its start (:func:`clipper.stories.storyterms._trimmed_names`).
The tables are built from the package's lists the first time a process meets a language (a
millisecond: a few hundred words), never per page.  Languages neither ``wordfreq`` nor
stopwords-iso lists are weighed by English's list, as before (README, Known limits).
"""

from __future__ import annotations

import functools
from importlib.metadata import version

import numpy as np

from clipper.stories.accents import folded_term
from clipper.stories.tokens import fold
from clipper.stories.weights import WeightTable, lookup_key
from clipper.stories.weights import languages as listed_languages

__all__ = ["LISTED_ZIPF", "languages", "source_version", "table"]

# The zipf a listed function word is given: :data:`clipper.stories.termweights.FUNCTION_WORD_ZIPF`,
# the least frequency that makes a word a function word (a template never fills with it, a name
# opening a sentence does not start with it).  stopwords-iso's lists hold their languages'
# articles, pronouns, prepositions and conjunctions, and some more frequent words ("kubwa",
# big); where wordfreq has a list too, its listed words' median zipf is 4.7-6.1.
LISTED_ZIPF = 6.0


def source_version() -> str:
    """The version of the ``stopwordsiso`` package the lists are read from (pinned: a new one's
    lists would move stored story vectors)."""
    return version("stopwordsiso")


@functools.cache
def languages() -> frozenset[str]:
    """The languages (ISO 639-1 codes) whose words weigh by their function words: those
    stopwords-iso lists that ``wordfreq`` has no usable list for
    (:func:`clipper.stories.weights.languages`) and that an article is weighed as
    (:func:`clipper.stories.termweights.weighed_as`): not Croatian (``hr``), weighed by
    wordfreq's Serbo-Croatian list, nor Norwegian (``no``) and Tagalog (``tl``), weighed by its
    Bokmål and Filipino lists."""
    import stopwordsiso

    from clipper.stories.termweights import weighed_as  # it imports this module

    own = frozenset(code for code in stopwordsiso.langs() if weighed_as(code) == code)
    return own - listed_languages()


@functools.cache
def table(language: str) -> WeightTable:
    """The function words of ``language`` (one of :func:`languages`) as a word table: each
    listed word of one token, as written and folded as a story term, with zipf
    :data:`LISTED_ZIPF` (its ``plain`` and ``merged`` values alike: a listed word's plural is
    no function word).  Raises ``KeyError`` for a language not in :func:`languages`."""
    if language not in languages():
        raise KeyError(language)
    import stopwordsiso

    keys: set[int] = set()
    for word in stopwordsiso.stopwords(language):
        if not word or any(c.isspace() for c in word):
            continue  # a phrase: a story term is one word
        term = fold(word)
        keys.update(map(lookup_key, {word.lower(), term, folded_term(term)}))
    found = np.array(sorted(keys), dtype=np.uint64)
    zipfs = np.full(len(found), LISTED_ZIPF)
    return WeightTable(found, zipfs, zipfs.copy())
