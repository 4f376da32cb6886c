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
  converted from a Taiwanese or Hong Kong wire story is a copy of it.  From migration 0053 a
  Chinese text's vocabulary too (:func:`clipper.hanfold.mainland_text`: Taiwan's ``軟體``,
  ``網路``, ``資訊``, ``影片`` as the Mainland's ``软件``, ``网络``, ``信息``, ``视频``): a
  Taiwanese site's repost of a Mainland report is a copy of it.

For search alone, :func:`half_space_spellings` writes a Persian word holding a half-space both
joined and as its parts (migration 0045), so a query typing a space for it finds it too.

From migration 0046 (:func:`script_variants_folded`):

- Vietnamese's tone mark on ``oa``, ``oe`` and ``uy`` ending a syllable: the old placement
  on the second vowel (``hoà``, ``khoẻ``, ``thuỷ``, ``Uỷ ban``, Tuổi Trẻ's and Unikey's
  "old style") as the new one on the first (``hòa``, ``khỏe``, ``thủy``, ``Ủy ban``); both are
  standard and outlets differ (``quý``: ``u`` is part of ``qu``, not moved).
- A Latin letter typed inside an otherwise Cyrillic word as the Cyrillic letter it looks like
  (``a c e i o p x y`` → ``а с е і о р х у``): Ukrainian typed on a Russian layout writes ``і``
  as the Latin ``i`` (``кiлометрiв``).  Only inside a word holding a Cyrillic letter and no
  other Latin letter, or as a one-letter word between two Cyrillic words (``мости i дороги``):
  ``iPhone``, ``Apple`` and ``Kyiv`` stay.
- Korean's middle dots between two nouns (``미ㆍ중``, ``한·미``): the Korean IME's ``ㆍ``
  (U+318D, a Hangul letter to Unicode, so ``미ㆍ중`` was one word), the katakana ``・``
  (U+30FB, U+FF65) and ``‧`` (U+2027) are written ``·`` (U+00B7), which no word holds.

From migration 0047 (:func:`turkish_ascii_folded`): a line holding a letter only Turkish (and
Azerbaijani) writes, ``ı``, ``ş`` or ``ğ``, has its Turkish letters ``ı ş ğ ç ö ü â î û`` as the
ASCII letters a Turkish text typed without them has (``Çanakkale'de yağış`` and ``Canakkale'de
yagis`` are the same words).  A line decides, not a word: ``göre`` and ``için`` hold none of the
three, and the ASCII copy of their line is folded alike only when the line is.

From migration 0049 (:func:`letter_variants_folded`, before the Turkish fold; newcomer 24's
findings 12 and 7):

- Romanian's ``ș`` and ``ț`` with a comma below (U+0219, U+021B: the letters its orthography
  has) as ``ş`` and ``ţ`` with a cedilla (U+015F, U+0163: what ISO 8859-2-era code pages,
  legacy fonts and many CMSs still print).  A site read once from a spider's text in cedilla
  letters and once from a crawl in comma letters was two clusters, "4 paragraphs edited".
  The comma letters fold to the cedilla ones, before the Turkish fold: a line in either form
  is then the same line to it.
- Catalan's geminated ``l·l`` (the punt volat U+00B7, or ``ŀ`` U+0140, whose NFKC form is
  ``l·``) as ``ll``: ``col·lectiu``, ``coŀlectiu`` and ``collectiu`` are one word, not the
  words ``col`` ``lectiu`` (which also made ``legalment`` find ``il·legalment``).  Only
  between two ``l`` inside a word (:data:`GEMINATE_DOT`); a middle dot elsewhere separates words.

From migration 0076 (:func:`accents_folded`, last; newcomer 32's finding 10): every Latin and
Greek letter's accents, as search folds them (:func:`clipper.searchtext.fold`): the letter
decomposed (NFD) and its combining diacritics (U+0300-U+036F and their extension blocks)
dropped, and the Latin letters that carry their accent in the letter, which no decomposition
strips (:data:`LATIN_LETTERS`: ``ø ł đ ð ħ ŧ ı`` …, ``æ`` ``œ`` as ``ae`` ``oe``; ``ß`` is
``ss`` by case folding), written as an ASCII keyboard writes them.  A copy a scraper or a site
wrote without its accents ("Le president du Senegal a annonce" for "Le président du Sénégal a
annoncé", Vietnamese "không dấu", Polish, Czech, Romanian, Spanish, Portuguese, German ``ü`` as
``u``) has the words of the text it copies.  One rule for every language written in these
scripts: it makes the Turkish line fold (0047), Romanian's comma letters (0049) and Vietnamese's
tone placement (0046) hold by themselves (``ş`` ``ș`` ``ţ`` ``ț`` are ``s`` ``t``, ``hoà`` and
``hòa`` are ``hoa``); those folds stay before it, as each revision's rule was the one before
it and its fold.  Cyrillic letters keep theirs (``й`` ``ї`` ``ў`` are letters no writer leaves
out; ``ё`` is ``е`` above), and so do Indic vowel signs, kana's voicing marks and every other
script's.  A correction of accents alone is no new version, and ``show`` sees no paragraph
edited by it.

What it does not fold: German ``ü`` written ``ue`` (``Bruessel``; :mod:`clipper.umlauts` finds
it in search, which knows a page's language; the fingerprint does not, and ``ue`` is no umlaut
in ``Queen``, ``aktuell``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable

from clipper.config import HALF_SPACE_PHRASE_CONTEXT
from clipper.hanfold import mainland_text, simplified_text
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
    ``ё`` as ``е`` and a Chinese text in the Mainland's characters and vocabulary
    (:func:`clipper.hanfold.mainland_text`); any other text as it is."""
    if value.isascii():
        return value
    value = apostrophes_folded(value)
    if _YO in value:
        value = value.replace(_YO, "\u0435")
    if _HAN.search(value) is not None:
        value = mainland_text(value)
    return value


# Vietnamese's old tone placement on oa/oe/uy ending a syllable -> the new one (NFC, lower case:
# each of the five tones; "q" + "u" is a consonant, its "uý" not moved)
_OLD_TONE = {
    old: new
    for first, second, olds, news in (
        ("o", "a", "àáảãạ", "òóỏõọ"),
        ("o", "e", "èéẻẽẹ", "òóỏõọ"),
        ("u", "y", "ỳýỷỹỵ", "ùúủũụ"),
    )
    for old, new in zip((first + t for t in olds), (t + second for t in news), strict=True)
}
# (a class scans in C, several times faster than the pair's pattern: most texts hold none)
_TONED_SECOND = re.compile("[àáảãạèéẻẽẹỳýỷỹỵ]")
_OLD_TONE_PAIR = re.compile(
    "(?:o[àáảãạèéẻẽẹ]|(?<!q)u[ỳýỷỹỵ])(?![^\\W\\d_])"
)
# Latin letters that look like Cyrillic ones, typed inside a Cyrillic word
_LOOKALIKE = str.maketrans("aceiopxy", "\u0430\u0441\u0435\u0456\u043e\u0440\u0445\u0443")
# a look-alike beside a Cyrillic letter or alone between two Cyrillic words (opening with the
# Latin class, which re scans for in C: ~8 times faster than a Cyrillic letter first)
_MIXED_HINT = re.compile(
    "[aceiopxy](?:(?<=[\u0400-\u04ff].)|(?=[\u0400-\u04ff])"
    "|(?<=[\u0400-\u04ff] .)(?= [\u0400-\u04ff])|(?<=[\u0400-\u04ff], .)(?= [\u0400-\u04ff]))"
)
# a one-letter word between two Cyrillic words (Ukrainian's "і", "та і", "а"): "мости i дороги"
LONE_LOOKALIKE = "(?:(?<=[\u0400-\u04ff] )|(?<=[\u0400-\u04ff], ))[aceiopxy](?= [\u0400-\u04ff])"
_LONE = re.compile(LONE_LOOKALIKE)
_CYRILLIC_WORD = re.compile("(?<![^\\W\\d_])[\u0400-\u04ffaceiopxy]+(?![^\\W\\d_])")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Korean's middle dots as written (U+318D after NFKC is U+119E)
KOREAN_DOTS = "\u318d\u119e\u30fb\uff65\u2027"
_KOREAN_DOT = re.compile(f"(?<=[\uac00-\ud7a3])[{KOREAN_DOTS}](?=[\uac00-\ud7a3])")


def korean_dots_folded(value: str, dots: str = KOREAN_DOTS) -> str:
    """``value`` with a middle dot of ``dots`` (:data:`KOREAN_DOTS`) between two Hangul
    syllables written ``·`` (U+00B7): the same length, so spans found in it are spans of
    ``value``."""
    if value.isascii() or not any(dot in value for dot in dots):
        return value
    return _KOREAN_DOT.sub(lambda m: "\u00b7" if m[0] in dots else m[0], value)


def _cyrillic_word(found: re.Match[str]) -> str:
    word = found[0]
    return word.translate(_LOOKALIKE) if _CYRILLIC.search(word) else word


def lookalikes_folded(value: str) -> str:
    """``value`` (case-folded) with the Latin letters of a Cyrillic word typed for the Cyrillic
    ones they look like (``кiлометрiв`` → ``кілометрів``), and a one-letter word between two
    Cyrillic words (``мости i дороги``); the same length."""
    # (a Cyrillic letter first: a class scanned in C, where the hint's look-arounds are tried
    # at each of a Latin text's many a/c/e/i/o/p/x/y)
    if value.isascii() or _CYRILLIC.search(value) is None or _MIXED_HINT.search(value) is None:
        return value
    value = _CYRILLIC_WORD.sub(_cyrillic_word, value)
    return _LONE.sub(lambda m: m[0].translate(_LOOKALIKE), value)


def script_variants_folded(value: str) -> str:
    """``value`` (NFKC, case-folded) with Vietnamese's old tone placement as the new, Latin
    look-alikes in Cyrillic words Cyrillic and Korean's middle dots ``·`` (the module
    docstring; migration 0046)."""
    if value.isascii():
        return value
    if _TONED_SECOND.search(value) is not None and _OLD_TONE_PAIR.search(value) is not None:
        value = _OLD_TONE_PAIR.sub(lambda m: _OLD_TONE[m[0]], value)
    return korean_dots_folded(lookalikes_folded(value))


# Romanian's comma letters as the cedilla ones (lower case: folding case-folds first)
_RO_COMMA = str.maketrans("\u0219\u021b", "\u015f\u0163")
_RO_COMMA_LETTER = re.compile("[\u0219\u021b]")
# Catalan's punt volat between the two l of a geminated l inside a word (either case: search
# reads text before case folding)
GEMINATE_DOT = re.compile("(?<=[^\\W\\d_][lL])\u00b7(?=[lL][^\\W\\d_])")


def letter_variants_folded(value: str) -> str:
    """``value`` (NFKC, case-folded) with Romanian's ``ș`` ``ț`` as ``ş`` ``ţ`` and Catalan's
    ``l·l`` as ``ll`` (the module docstring; migration 0049)."""
    if value.isascii():
        return value
    if _RO_COMMA_LETTER.search(value) is not None:
        value = value.translate(_RO_COMMA)
    if "\u00b7" in value:
        value = GEMINATE_DOT.sub("", value)
    return value


def letter_variants_vary(value: str) -> bool:
    """Whether :func:`letter_variants_folded` changes ``value`` (NFKC, case-folded): what
    migration 0049 fingerprints again."""
    return letter_variants_folded(value) != value


def vocabulary_varies(value: str) -> bool:
    """Whether ``value`` (NFKC, case-folded) is a Chinese text whose words the vocabulary fold
    (:func:`clipper.hanfold.mainland_text`) gives otherwise than the character fold did: what
    migration 0053 fingerprints again."""
    return _HAN.search(value) is not None and mainland_text(value) != simplified_text(value)


def script_variants_vary(value: str) -> bool:
    """Whether :func:`script_variants_folded` changes ``value`` (NFKC, case-folded): what
    migration 0046 fingerprints again."""
    return script_variants_folded(value) != value


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


def half_space_spellings(value: str, context: int = HALF_SPACE_PHRASE_CONTEXT) -> str:
    """The Arabic-script words of ``value`` holding a zero-width non-joiner written with a
    space for it, as a reader types it on a keyboard without one (``زاینده‌رود`` → ``زاینده
    رود``), each with the ``context`` words before and after it (runs that meet are one run;
    in order, joined by spaces), for search (:func:`clipper.searchtext.search_text`, which
    indexes them after the text, whose words hold the half-space words joined: ``زایندهرود``;
    migrations 0045, 0088): a query typing a space for the half-space (``زاینده رود``, ``می
    شود``) finds the text, as one typing nothing does, and so does a phrase of up to
    ``context`` words more around it (``"سامانه حمل ونقل عمومی"``).  "" for a text holding
    none."""
    if "\u200c" not in value:
        return ""
    found = list(_HALF_SPACED.finditer(value))
    if not found:
        return ""
    chunks = [chunk.span() for chunk in _CHUNK.finditer(value)]
    starts = [start for start, _ in chunks]
    runs: list[list[int]] = []
    for word in found:
        first = bisect.bisect_right(starts, word.start()) - 1
        last = bisect.bisect_right(starts, word.end() - 1) - 1
        first, last = max(0, first - context), min(len(chunks) - 1, last + context)
        if runs and first <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], last)
        else:
            runs.append([first, last])
    return " ".join(
        value[chunks[first][0] : chunks[last][1]].replace("\u200c", " ") for first, last in runs
    )


# A run of characters other than white space: a word with its punctuation
_CHUNK = re.compile(r"\S+")


# Letters only Turkish and Azerbaijani write (case-folded: İ is i + U+0307, I is i), and the
# letters a Turkish text typed in ASCII writes for each of its own
_TURKISH_ONLY = re.compile("[ışğ]")
_TURKISH_ASCII = str.maketrans("ışğçöüâîû", "isgcouaiu")


def turkish_ascii_folded(value: str) -> str:
    """``value`` (NFKC, case-folded) with each line holding ``ı``, ``ş`` or ``ğ`` written with
    its Turkish letters ``ı ş ğ ç ö ü â î û`` as ``i s g c o u a i u`` (migration 0047): a
    Turkish text typed on a keyboard without them, as agencies' and readers' copies often are,
    has the words of the text it copies.  Other lines as they are (the same length)."""
    if value.isascii() or _TURKISH_ONLY.search(value) is None:
        return value
    return "\n".join(
        line.translate(_TURKISH_ASCII) if _TURKISH_ONLY.search(line) else line
        for line in value.split("\n")
    )


def turkish_variants_vary(value: str) -> bool:
    """Whether :func:`turkish_ascii_folded` changes ``value`` (NFKC, case-folded): it holds
    ``ı``, ``ş`` or ``ğ``."""
    return not value.isascii() and _TURKISH_ONLY.search(value) is not None


# Latin letters that carry their accent in the letter itself, so that no decomposition removes
# it (ø, ł, đ are letters of their own to Unicode, not o, l, d with a mark), written as the
# letters an English keyboard types for them, as Lucene's ASCIIFoldingFilter folds them; lower
# case only (folding case-folds first).  Search folds them alike (clipper.searchtext).
LATIN_LETTERS = {
    "ø": "o", "ł": "l", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ı": "i", "ŀ": "l", "ƚ": "l",
    "ƀ": "b", "ɨ": "i", "ʉ": "u", "æ": "ae", "œ": "oe", "þ": "th", "ĳ": "ij",
}  # fmt: skip
# The combining diacritics (Combining Diacritical Marks, their Extended and Supplement blocks,
# for Symbols, Half Marks): what a Latin or Greek letter's accents decompose into
ACCENT_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# Latin (Basic to Extended-B, IPA, Extended Additional, -C, -D, -E) and Greek letters
_LATIN_GREEK = (
    "a-z\u00c0-\u02af\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f"
    "\u0370-\u03ff\u1f00-\u1fff"
)
_ACCENT_MARK = re.compile(f"[{ACCENT_MARKS}]")


def _accented_letters() -> dict[str, str]:
    """Each Latin or Greek letter whose decomposition holds a combining diacritic, and the
    letter without them (``é`` → ``e``, ``ệ`` → ``e``, ``ș`` → ``s``, ``ΐ`` → ``ι``), with
    :data:`LATIN_LETTERS`: 762 letters, read once at import (~1 ms)."""
    table = dict(LATIN_LETTERS)
    for low, high in ((0xC0, 0x2AF), (0x370, 0x3FF), (0x1E00, 0x1FFF), (0x2C60, 0x2C7F),
                      (0xA720, 0xA7FF), (0xAB30, 0xAB6F)):  # fmt: skip
        for code in range(low, high + 1):
            letter = chr(code)
            decomposed = unicodedata.normalize("NFD", letter)
            if _ACCENT_MARK.search(decomposed) is not None:
                table[letter] = unicodedata.normalize("NFC", _ACCENT_MARK.sub("", decomposed))
    return table


_ACCENTED = _accented_letters()
# an accented letter: a class scanned in C, then a lookup per letter found (one pattern with
# the stray marks below as a second branch tried both at every character: 3 times the time)
_ACCENTED_LETTER = re.compile("[" + "".join(sorted(_ACCENTED)) + "]")
# the diacritics a Latin or Greek letter carries as marks of their own (what NFKC composes no
# letter with: case folding's "i̇" of "İ", a "x̄")
_STRAY_MARKS = re.compile(f"(?<=[{_LATIN_GREEK}])[{ACCENT_MARKS}]+")


def accents_folded(value: str) -> str:
    """``value`` (NFKC, case-folded) with every Latin and Greek letter's accents left out and
    :data:`LATIN_LETTERS` written as ASCII (``président`` → ``president``, ``không`` →
    ``khong``, ``łódź`` → ``lodz``, ``şi``/``și`` → ``si``, ``ıslak`` → ``islak``): the module
    docstring, migration 0076.  Other scripts' marks stay."""
    if value.isascii():
        return value
    if _ACCENTED_LETTER.search(value) is not None:
        value = _ACCENTED_LETTER.sub(lambda found: _ACCENTED[found[0]], value)
    if _ACCENT_MARK.search(value) is not None:
        value = _STRAY_MARKS.sub("", value)
    return value


def accents_vary(value: str) -> bool:
    """Whether :func:`accents_folded` changes ``value`` (NFKC, case-folded): what migration
    0076 fingerprints again."""
    return not value.isascii() and (
        _ACCENTED_LETTER.search(value) is not None or _STRAY_MARKS.search(value) is not None
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
    # (Romanian's comma letters as cedilla ones first: the Turkish fold reads the line's ş;
    # the accents last: what the Turkish, Romanian and Vietnamese tone folds leave of a
    # letter, the accent fold writes as they would, so each revision's rule is the one before
    # it and its fold)
    return accents_folded(
        turkish_ascii_folded(
            letter_variants_folded(
                script_variants_folded(variants_folded(persian_affixes_joined(normal)))
            )
        )
    )


def folded_lines(pieces: list[str], fold_alone: Callable[[str], str] = folded) -> list[str]:
    """``[folded(piece) for piece in pieces]``, the pieces holding no Han character folded in
    one call, one a line (``"\\n".join``), not one call a piece (~3-8 µs each: a page's story
    terms and sentences, hundreds of pieces).  The same answers: every fold of :func:`folded`
    reads a character, a word or a line (NFKC composes nothing across a line break, case
    folding reads a character, no pattern crosses a line break, the Turkish fold decides a
    line), and where a fold asks first whether the text holds what it changes, a piece it
    changes holds it itself.  A piece holding a line break is folded alone (it would be two
    lines to the others), and so is one holding a Han character: the Mainland's vocabulary
    (:func:`clipper.hanfold.mainland_text`) converts phrases, and a whole text by whether it
    holds kana; ``fold_alone`` folds those (:func:`folded`, or a cache of it).  An ASCII piece is
    its case fold (:func:`folded` changes nothing else)."""
    out = [piece.lower() if piece.isascii() else piece for piece in pieces]
    left = [i for i, piece in enumerate(pieces) if not piece.isascii()]
    together = [i for i in left if "\n" not in pieces[i] and _HAN.search(pieces[i]) is None]
    if len(together) > 1:
        lines = folded("\n".join([pieces[i] for i in together])).split("\n")
        for i, line in zip(together, lines, strict=True):
            out[i] = line
        taken = set(together)
        left = [i for i in left if i not in taken]
    for i in left:
        out[i] = fold_alone(pieces[i])
    return out
