"""Story stems of the languages that write their one-letter words onto the next word: Hebrew
(``טבע``, ``בטבע``, ``לטבע``, ``ושטבע`` → ``טבע``) and Arabic (``الشركة``, ``بالشركة``,
``للشركة`` → ``شركه``).

Hebrew writes "and", "that", "in", "to", "from", "as" and the article onto the word after
them, Arabic its article and "and", "in", "to", "as" (:mod:`clipper.prefixes`).  Two reporters
of one event write its company and places after other prefixes as often as after the same
ones, and a story term was the word as written: Calcalist's analysis of a Teva plant wrote
``ושטבע``, ``ובטבע``, ``שהמפעל`` where Ynet's report wrote ``טבע``, ``במפעל``, and the two shared
none of them (cosine 0.116 under the 0.24 bar; newcomer 50a: none of 3 Hebrew analyses joined
its event's story, where the demo's English ones do).  A prefixed form is also rarer than its
word, mostly absent from wordfreq's list, so it weighed as the rarest word (8): the analysis's
heaviest terms were such forms (``ושטבע`` 0.167), noise to every other article.

Search reads these words already, and a story term is read the same way, from the same
tables (imported, not copied): the word folded as search folds it (:func:`clipper.words
.words`: Arabic's hamza forms, ``ى``, ``ة`` as bare alef, ``ي``, ``ه``; Hebrew's points left
out), then without its attached prefixes and possessive and plural suffixes where wordfreq's
frequencies say the letters are affixes (:func:`clipper.prefixes.stem`: ``לבנון`` keeps its
``ל``, ``בטבע`` loses its ``ב``).  A stem weighs as the most common of the forms the text wrote
it in and of itself, as the other stemmed languages' do
(:func:`clipper.stories.termweights._stem_weights`): ``ושטבע``, which the list lacks, weighs as
``טבע``.  Persian and Urdu write their prepositions apart and are left as written.  Search's
tables are search's to change: a stored story vector records them (:func:`source_version`)."""

from __future__ import annotations

import functools
import hashlib
import re

from clipper import config
from clipper.prefixes import TABLE_VERSION, stem
from clipper.words import words

# clipper's stored language codes of the languages whose words are read without their prefixes
PREFIXED = ("he", "ar")

# Hebrew's prefix letters written with a hyphen before a foreign word or a number ("ו-IDE",
# "ב-Intel", "ל-2026": the academy's rule for a word not written in Hebrew letters)
_HYPHENED = re.compile("[\u05d5\u05e9\u05db\u05de\u05d1\u05dc\u05d4]{1,4}-")

# the margins and least letters clipper.prefixes reads a prefix or suffix by (clipper.config)
_MARGINS = tuple(
    name for name in dir(config) if name.startswith(("HEBREW_", "ARABIC_", "ARTICLE_OWN"))
)


@functools.lru_cache(maxsize=100_000)
def prefixed_stem(word: str) -> str:
    """The story stem of the lower-case ``word`` of Hebrew or Arabic (:data:`PREFIXED`): the
    word folded as search folds it, without its attached prefixes and suffixes
    (:func:`clipper.prefixes.stem`); a term that folds to more than one word (or none) is
    itself.  Hebrew's prefixes written with a hyphen before a foreign word are left out too
    (:data:`_HYPHENED`: ``ו-ide`` is ``ide``).  ``prefixed_stem("ושטבע")`` → ``"טבע"``;
    ``prefixed_stem("بالشركة")`` → ``"شركه"``; ``prefixed_stem("לבנון")`` → ``"לבנון"``."""
    hyphened = _HYPHENED.match(word)
    if hyphened is not None and hyphened.end() < len(word):
        word = word[hyphened.end() :]
    found = words(word)
    if len(found) != 1:
        return word
    return stem(found[0])


@functools.cache
def source_version() -> str:
    """A digest of what these stems are read by (:mod:`clipper.prefixes`' table version and
    the margins of :mod:`clipper.config` it reads): 16 hex digits, the same in every process
    (:func:`clipper.stories.storage.scheme` records it)."""
    read = (TABLE_VERSION, [(name, getattr(config, name)) for name in _MARGINS])
    return hashlib.sha256(repr(read).encode()).hexdigest()[:16]
