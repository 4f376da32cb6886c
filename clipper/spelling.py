"""Spelling variants one outlet writes for another's: the one fold the fingerprint's words
(:func:`clipper.words.words`), the paragraph comparison (:mod:`clipper.changes`) and search
(:func:`clipper.searchtext.fold`, for the variants it did not fold already) share, so a copy
that differs only in them is a copy, an "exact copy" and found by either spelling.

:func:`folded` is NFKC and case folding, then each script's variants: any script's digits as
ASCII and Persian and Urdu yeh, keheh and heh as the Arabic letters (:func:`clipper.scripts
.keyboard_folded`), Arabic letter variants and tatweel (:func:`clipper.scripts.arabic_folded`),
Devanagari spellings (:func:`clipper.scripts.devanagari_folded`), zero-width joiners and
non-joiners left out, Persian's affixes typed apart by a space joined (:func:`clipper.scripts
.persian_affixes_joined`), and, from migration 0044, the variants of :func:`variants_folded`:

- the apostrophe: Ukrainian writes it as the modifier letter ``ʼ`` (U+02BC, what its
  orthography recommends and many CMSs' typography prints), as ``’`` or as the keyboard's
  ``'``; ``ʻ`` (U+02BB: Uzbek's ``oʻ``, Hawaiian's okina) the same.  All fold to ``'``, which
  no word holds (``п'ять`` is the words ``п`` and ``ять`` whichever was written; ``ʼ`` is a
  letter to Unicode, so it kept ``пʼять`` one word, and no shingle met).
- Russian ``ё`` as ``е``: most Russian outlets print ``е`` for it, agencies often ``ё``
  (Belarusian always writes ``ё``; a copy in it and one without are still one text).
- a traditional Chinese character as its simplified form (OpenCC's ``t2s`` one character at a
  time, :mod:`clipper.hanfold`, as search folds it since migration 0038): a mainland reprint
  converted from a Taiwanese or Hong Kong wire story is a copy of it.

For search alone, :func:`half_space_spellings` writes a Persian word holding a half-space both
joined and as its parts (migration 0045), so a query typing a space for it finds it too.

What it does not fold, measured: letters' accents (a Turkish text typed in ASCII, Vietnamese
"không dấu"): search folds them, the fingerprint does not (README, Known limits: Vietnamese
tones distinguish words).
"""

from __future__ import annotations

import re
import unicodedata

from clipper.hanfold import simplified_text
from clipper.scripts import (
    arabic_folded,
    devanagari_folded,
    keyboard_folded,
    persian_affixes_joined,
)

# Apostrophes as written: the modifier letters apostrophe (U+02BC) and turned comma (U+02BB),
# the right single quotation mark (U+2019) and the keyboard's '.
APOSTROPHES = "\u02bc\u02bb\u2019"
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")
# Variants :func:`variants_folded` folds that change a text's words: ’ was no word's
# character before either (the words are the same with it or '), ʼ and ʻ were letters.
_WORD_APOSTROPHE = re.compile("[\u02bc\u02bb]")
_YO = "\u0451"  # ё (Ё case-folds to it)
# Han characters (the ranges clipper.scripts.HAN_KANA holds for Han: unified ideographs,
# extension A, compatibility ideographs)
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def apostrophes_folded(value: str) -> str:
    """``value`` with each apostrophe of :data:`APOSTROPHES` written ``'``."""
    if value.isascii() or _APOSTROPHE.search(value) is None:
        return value
    return _APOSTROPHE.sub("'", value)


def variants_folded(value: str) -> str:
    """``value`` (NFKC, case-folded) with its apostrophes ``'`` (:func:`apostrophes_folded`),
    ``ё`` as ``е`` and its traditional Chinese characters simplified
    (:func:`clipper.hanfold.simplified_text`); any other text as it is."""
    if value.isascii():
        return value
    value = apostrophes_folded(value)
    if _YO in value:
        value = value.replace(_YO, "\u0435")
    if _HAN.search(value) is not None:
        value = simplified_text(value)
    return value


def variants_vary(value: str) -> bool:
    """Whether :func:`variants_folded` changes the words of ``value`` (NFKC, case-folded): it
    holds ``ʼ``, ``ʻ``, ``ё`` or a traditional Chinese character.  (``’`` for ``'`` changes
    no word.)"""
    if value.isascii():
        return False
    if _WORD_APOSTROPHE.search(value) is not None or _YO in value:
        return True
    return _HAN.search(value) is not None and simplified_text(value) != value


# A word of Arabic-script letters (and their marks) joined to the next by a zero-width
# non-joiner: Persian's half-space (می‌شود, زاینده‌رود, سه‌شنبه).
_HALF_SPACED = re.compile(
    "[\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff]+(?:\u200c[\u0620-\u065f\u066e-\u06d3\u06d5-\u06ff]+)+"
)


def half_space_spellings(value: str) -> str:
    """``value`` with each Arabic-script word holding a zero-width non-joiner written both ways
    a reader types it: joined, then its parts apart (``زاینده‌رود`` → ``زایندهرود زاینده رود``),
    for search (:func:`clipper.searchtext.fold`, migration 0045): a query typing a space for the
    half-space (``زاینده رود``, ``می شود``), as many Persian keyboards and writers do, finds the
    text, as one typing nothing does.  Other text as it is."""
    if "\u200c" not in value:
        return value
    return _HALF_SPACED.sub(
        lambda found: found[0].replace("\u200c", "") + " " + found[0].replace("\u200c", " "),
        value,
    )


def folded(text: str) -> str:
    """``text`` NFKC, case-folded and with every spelling variant of the module docstring
    folded: what the fingerprint's words are cut from and paragraphs are compared on."""
    normal = devanagari_folded(
        arabic_folded(keyboard_folded(unicodedata.normalize("NFKC", text).casefold()))
    )
    if "\u200c" in normal or "\u200d" in normal:
        # a joiner or non-joiner shapes letters (clipper.dumplines keeps it): the same word
        # with it or without, as stored texts had none before 2026-12-03
        normal = normal.replace("\u200c", "").replace("\u200d", "")
    # Persian's می/نمی and ها/های/تر/ترین typed apart by a space, joined as the non-joiner's
    # removal joins them
    return variants_folded(persian_affixes_joined(normal))
