"""The roots of Indonesian and Malay words, so that a root finds its derived forms:
``tambang`` finds ``pertambangan`` and ``ditambang``, ``biaya`` ``membiayai`` and
``pembiayaan``, ``salur`` ``menyalurkan``, ``olah`` ``pengolahan``, ``jana`` ``menjana``.

Indonesian and Malay write a word's derivation onto it: the prefixes ``meN-``, ``peN-``,
``di-``, ``ter-``, ``ber-``, ``per-``, ``ke-`` (``meN-``/``peN-`` taking the root's first
letter's place: ``tambang``/``penambangan``, ``salur``/``menyalurkan``), the suffixes
``-kan``, ``-an``, ``-i``, the particles ``-lah``, ``-kah`` and the possessives ``-nya``,
``-ku``, ``-mu``; Malay's ``memper-``/``diper-`` too (``peruntuk``/``memperuntukkan``).  A
reader types the root, and a page writes the derived word (newcomer 47b: ``tambang`` missed a
wire story of six outlets writing ``pertambangan`` and ``ditambang``).

The root is Sastrawi's (the ``PySastrawi`` package: Nazief and Adriani's algorithm with Asian's
confix-stripping and the enhanced rules of Arifin, Mahendra and Ciptaningtyas, 2009, each
candidate root checked against its dictionary of 29,932 Indonesian roots), for a Malay page
with the Malay roots of :data:`MALAY_ROOTS` added to that dictionary.  Snowball's Indonesian
stemmer (the pinned ``snowballstemmer``, which has no dictionary) was measured first and left:
it takes ``-lah`` off any word (``sekolah`` is ``seko``, ``masalah`` ``masa``) and does not
give back the root's first letter that ``meN-``/``peN-`` took (``menulis`` is ``ulis``,
``penambangan`` ``ambang``); ``bench/search_malay_roots.py`` gives both's figures.

A page of Indonesian or Malay (its stored language) is keyed by its words' roots as
:mod:`clipper.caseforms` keys case forms (:attr:`clipper.caseforms.Rules.roots`): each word
whose root is another word, of at least :data:`clipper.config.CASE_KEY_LETTERS` letters, is
followed by the root's key; a query word is sought by its root's key (a root, by itself)."""

from __future__ import annotations

import functools
from typing import Any

# Malay roots that Sastrawi's Indonesian dictionary lacks, so that a Malay page's derived word
# is read down to them (Malay's own words and spellings: Indonesian writes "menghasilkan",
# "ekspor", "insinyur", "kapasitas"): "jana" of "menjana" (newcomer 47b), and the roots of the
# derived words of the newcomer's Malay pages that stayed unrooted (bench/search_malay_roots.py
# lists them): "dieksport", "kejuruteraan", "berkapasiti".
MALAY_ROOTS = frozenset(["jana", "eksport", "jurutera", "kapasiti"])


@functools.cache
def _stemmer(language: str) -> Any:
    """Sastrawi's stemmer of ``language`` (``id`` or ``ms``), its dictionary read once (its
    package ships it): Indonesian's roots, and for Malay :data:`MALAY_ROOTS` beside them."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    words = StemmerFactory().get_words()
    if language == "ms":
        words = [*words, *sorted(MALAY_ROOTS)]
    return Stemmer(ArrayDictionary(words))


@functools.lru_cache(maxsize=1 << 16)
def root(word: str, language: str) -> str:
    """The root of the folded ``word`` (letters ``a``-``z`` only) of a page or query in
    ``language`` (``id`` or ``ms``): Sastrawi's, the word itself where no affix comes off to a
    root of its dictionary (``root("pertambangan", "id")`` → ``"tambang"``,
    ``root("menjana", "ms")`` → ``"jana"``, ``root("menjana", "id")`` → ``"menjana"``).
    Cached: news text repeats its words."""
    found: str = _stemmer(language).stem_word(word)
    return found or word
