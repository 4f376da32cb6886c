"""Story stems of the languages that write a noun's particle or case suffix onto it: Korean
(``삼성전자가``, ``삼성전자는``, ``삼성전자의`` → ``삼성전자``) and the Turkic languages, Turkish,
Azerbaijani, Turkmen, Uzbek, Kazakh and Kyrgyz (``hükümet``, ``hükümetin``, ``hükümete`` →
``hukumet``; ``THY'nin`` → ``thy``).

Two reporters of one event write its company and places with other particles and cases as
often as with the same ones, and a story term was the word as written: a Chosun analysis of a
Samsung result shared ``삼성전자`` with the Yonhap wire only where both wrote the same particle
after it (cosine 0.202 under the 0.24 bar; newcomer 49b), and a second Turkish report of one
event stayed its own story (newcomer 48a, finding 2).

Search reads these words already, and a story term is read the same way, from the same
tables (imported, not copied):

* a Korean word is its noun without the particle after it (:func:`clipper.koreanparticles.noun`:
  the particle agreeing with the noun's last syllable, a noun of two syllables or more left,
  the nouns that end in a particle's syllable kept whole: ``경기도``, ``전문가``);
* a Turkic word is one of its case keys (:func:`clipper.caseforms.word_keys`: the word
  folded as search folds it, without the longest case ending of its language's table,
  :data:`clipper.caserules.RULES`, and its final vowels, a voiced final consonant written
  voiceless: ``bakanlığında``, ``bakanlığı``, ``bakanlık`` → ``bakanlik``).  Search keys a
  page's word several ways and a query meets any of them; a story term is one of them, the
  same for a word whichever text it stands in: in Turkish the shortest that wordfreq's Turkish
  list holds (``hükümete``'s keys ``hukumet``, ``hukumete``, ``hukume`` give ``hukumet``),
  else the shortest; in the languages without a list (Azerbaijani, Turkmen, Uzbek, Kazakh,
  Kyrgyz) the shortest, but a word ending in a vowel keeps it (search's
  :attr:`clipper.caserules.Rules.stem_vowels`: ``şəbəkə``, ``şəbəkənin`` → ``sebeke``;
  ``Gəncə`` is no ``gənc``, "young").  A name's case suffix written after an apostrophe
  (``İstanbul'da``, ``THY'nin``, ``Havalimanı'ndaki``: :data:`clipper.caseforms
  .TURKISH_NAME_SUFFIXES`, and the relative ``-ki`` after a locative) is left out first, so the
  name is keyed as its bare form is.

On invented sets of Turkish nouns' forms (a script outside the repository; 30 nouns, 426
pairs of forms of one noun, tuned on; 15 nouns, 206 pairs, not), the shortest listed key makes
20 and 11 nouns one term (369 and 180 pairs), the shortest key 9 nouns of the first set (299
pairs), Snowball's Turkish stemmer (``snowballstemmer``) 11 and 4 (309 and 136 pairs), joining
words of other meanings too ("seç"/"seçim", "maden"/"made").  On 8 Azerbaijani nouns (57 of 82
pairs) and 5 Kazakh ones (36 of 55), the vowel kept: 4 and 2 nouns one term, against 1 and 1
with the shortest key, which also read "Gəncə" as "gənc" and "Bakı" as "bak".

A stem weighs as the most common of the forms the text wrote it in and of itself, as the other
stemmed languages' do (:func:`clipper.stories.termweights._stem_weights`): a Turkish key is a
word of the list, the noun's base form, and weighs as it ("krediyle", which the list lacks and
would weigh as the rarest word, weight 8, weighs as "kredi", 3.07; 265 of the 786 stems of
newcomer 48a's Turkish pages weigh by their key, lighter than every form written).  Search's
tables are search's to change: a stored story vector records them (:func:`source_version`), so
that a change of them computes stories again as a new vector version does."""

from __future__ import annotations

import functools
import hashlib

import numpy as np

from clipper.caseforms import TURKISH_NAME_SUFFIXES, word_keys
from clipper.caserules import RULES
from clipper.config import KOREAN_NOUN_SYLLABLES
from clipper.koreanparticles import PARTICLES, WHOLE_NOUNS, noun
from clipper.stories import termweights, weights

# clipper's stored language codes of the Turkic languages keyed by clipper.caserules' tables
TURKIC = ("tr", "az", "tk", "uz", "kk", "ky")

# A name's suffix after its apostrophe: a case suffix (TURKISH_NAME_SUFFIXES), or one with the
# relative "-ki" after it ("İstanbul'daki", "Havalimanı'ndaki", "THY'ninki").
_APOSTROPHES = ("'", "\u2019", "\u02bc")


def _name_suffixed(word: str) -> str | None:
    """The name of a folded ``word`` written with a case suffix after its apostrophe
    (``istanbul'daki`` → ``istanbul``), else None."""
    name, mark, suffix = word.rpartition("'")
    if not mark or not name or "'" in name:
        return None
    if suffix.endswith("ki") and suffix[:-2] in TURKISH_NAME_SUFFIXES:
        suffix = suffix[:-2]
    return name if suffix in TURKISH_NAME_SUFFIXES else None


@functools.lru_cache(maxsize=100_000)
def turkic_stem(word: str, language: str) -> str:
    """The story stem of the lower-case ``word`` of ``language`` (one of :data:`TURKIC`): the
    shortest of its case keys (:func:`clipper.caseforms.word_keys`, of the word folded as
    search folds it, :func:`clipper.searchtext.fold`) that is a word of the language's word
    list (:func:`_listed`: Turkish's), else the shortest of them; in a language without a list
    a word ending in a vowel is not keyed without it (the key its case forms have).  A name's
    apostrophe suffix is left out first; the word folded where it has no key (too short),
    itself in another script.
    ``turkic_stem("hükümetin", "tr")`` → ``"hukumet"``; ``turkic_stem("thy'nin", "tr")`` →
    ``"thy"``."""
    from clipper.searchtext import fold  # imports regex: not at a query command's start

    folded = fold(word)
    for mark in _APOSTROPHES[1:]:
        folded = folded.replace(mark, "'")
    if "'" in folded:
        name = _name_suffixed(folded)
        # a name too short for a key is itself ("THY"); any other apostrophe is joined
        folded = name if name is not None else folded.replace("'", "")
    keys = word_keys(folded, language)
    if not keys:
        return folded if RULES[language].letters.fullmatch(folded) else word
    if language in weights.languages():  # wordfreq lists its words: Turkish
        keys = tuple(key for key in keys if _listed(key, language)) or keys
    else:
        # no list: a final vowel is the stem's own (clipper.caserules.Rules.stem_vowels), its
        # case forms' keys keep it ("şəbəkə" is "sebeke", as "şəbəkənin" and "şəbəkədə" are)
        vowels = RULES[language].vowels
        if folded[-1:] in vowels:
            keys = tuple(key for key in keys if key != folded.rstrip(vowels)) or keys
    return min(keys, key=lambda key: (len(key), key))


def _listed(key: str, language: str) -> bool:
    """Whether ``key`` is a word of ``language``'s own word table (wordfreq's: Turkish's)."""
    found = termweights._zipfs(np.array([weights.lookup_key(key)], np.uint64), language)
    return bool(found[0] > 0)


def korean_stem(word: str) -> str:
    """The Korean ``word`` without the particle after it (:func:`clipper.koreanparticles.noun`),
    else itself: ``korean_stem("삼성전자가")`` → ``"삼성전자"``; ``korean_stem("경기도")`` →
    ``"경기도"``."""
    return noun(word) or word


@functools.cache
def source_version() -> str:
    """A digest of what these stems are read by (the Turkic languages' tables of
    :data:`clipper.caserules.RULES`, their name suffixes, Korean's particles, the nouns kept
    whole and the fewest syllables a noun keeps): 16 hex digits, the same in every process
    (:func:`clipper.stories.storage.scheme` records it)."""
    read = (
        [repr(RULES[code]) for code in TURKIC],
        sorted(TURKISH_NAME_SUFFIXES),
        list(PARTICLES),
        sorted(WHOLE_NOUNS),
        KOREAN_NOUN_SYLLABLES,
    )
    return hashlib.sha256(repr(read).encode()).hexdigest()[:16]
