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
with the Malay roots of :data:`MALAY_ROOTS` added to that dictionary, and for both the derived
words that are words of their own (:data:`OWN_ROOTS`: ``pemerintah``, "government", is no
``perintah``, "order").  Snowball's Indonesian
stemmer (the pinned ``snowballstemmer``, which has no dictionary) was measured first and left:
it takes ``-lah`` off any word (``sekolah`` is ``seko``, ``masalah`` ``masa``) and does not
give back the root's first letter that ``meN-``/``peN-`` took (``menulis`` is ``ulis``,
``penambangan`` ``ambang``); ``bench/search_malay_roots.py`` gives both's figures.

A page of Indonesian or Malay (its stored language) is keyed by its words' roots as
:mod:`clipper.caseforms` keys case forms (:attr:`clipper.caserules.Rules.roots`): each word
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


# Derived words read as their own roots (each added to the dictionary, so that Sastrawi stops
# at it: "pemerintahan" is "pemerintah", not "perintah"): words a dictionary (KBBI) lists as
# headwords of their own, whose meaning is no longer the root's, and which news writes so often
# that a query of the root found nearly every page by them: "pemerintah" (government) and
# "perintah" (order), "perusahaan" (company) and "usaha" (effort), "menurut" (according to) and
# "turut" (take part), "melalui" (through) and "lalu" (then), "setelah" (after) and "telah"
# (already), "sebagai" and "berbagai" (as, various) and "bagai" (like), "sebagian" (part) and
# "bagi" (for), "tersebut" (the said) and "sebut" (mention), "terhadap" (towards) and "hadap"
# (face), "kebijakan" (policy) and "bijak" (wise).  Chosen on the merges of real text and of
# the tune set bench/search_malay_roots.py prints ("kebijakan" after its confirm set showed it).
OWN_ROOTS = frozenset(
    [
        "pemerintah",
        "perusahaan",
        "menurut",
        "melalui",
        "setelah",
        "sebagai",
        "berbagai",
        "sebagian",
        "tersebut",
        "terhadap",
        "kebijakan",
    ]
)


@functools.cache
def _stemmer(language: str) -> Any:
    """Sastrawi's stemmer of ``language`` (``id`` or ``ms``), its dictionary read once (its
    package ships it): Indonesian's roots and :data:`OWN_ROOTS`, and for Malay
    :data:`MALAY_ROOTS` beside them."""
    from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
    from Sastrawi.Stemmer.Stemmer import Stemmer
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    words = [*StemmerFactory().get_words(), *sorted(OWN_ROOTS)]
    if language == "ms":
        words += sorted(MALAY_ROOTS)
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
