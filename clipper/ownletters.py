"""Whether a page is written in its language's own letters, or with the letters another
keyboard typed for them (:func:`stand_in_letters`): rule 6's choice between copies whose
publication does not decide (:func:`clipper.originals.originals_first`) shows the page a
reader of the language reads as written (newcomer 39: a Persian story retyped on an Arabic
keyboard, ``ي ك`` for ``ی ک`` and spaces for its half-spaces, was shown over the Persian
page, since its spaces made it eight words longer).

A copy typed with another keyboard's letters is the same text to the fingerprint, search and
the paragraph comparison (:mod:`clipper.spelling` folds each of these), so only the page shown
tells them apart.  The stand-ins, per language (the page's stored language, its primary
subtag):

- Persian and Urdu: Arabic yeh ``ي``, alef maksura ``ى`` and kaf ``ك`` for their yeh ``ی``
  and keheh ``ک`` (an Arabic keyboard, Windows' Persian layout before Vista, an old CMS:
  the letters Lucene's PersianNormalizer folds, :data:`clipper.scripts.KEYBOARD_LETTERS`);
- Arabic: Persian yeh ``ی`` and keheh ``ک`` for ``ي ى ك`` (a Persian keyboard typing Arabic);
- Romanian: ``ş ţ`` with a cedilla for its ``ș ț`` with a comma below (the letters of
  ISO 8859-2's era, :func:`clipper.spelling.letter_variants_folded`);
- languages written in Cyrillic: a Latin letter typed inside a Cyrillic word for the
  Cyrillic one it looks like (``кiлометрiв``, :func:`clipper.spelling.lookalikes_folded`);
- Turkish and Azerbaijani: a text of :data:`TURKISH_LETTERS_WITHIN` letters or more holding
  none of ``ı ş ğ`` (typed on a keyboard without them, :func:`clipper.spelling
  .turkish_ascii_folded`).
"""

from __future__ import annotations

import re

from clipper.spelling import lookalikes_folded

# (the letters another keyboard types for a language's own, its own letters), by the
# language's primary subtag
_ARABIC = re.compile("[\u064a\u0649\u0643]")
_PERSIAN = re.compile("[\u06cc\u06a9]")
_STAND_INS = {
    "fa": (_ARABIC, _PERSIAN),
    "ur": (_ARABIC, _PERSIAN),
    "ar": (_PERSIAN, _ARABIC),
    "ro": (re.compile("[\u015f\u0163\u015e\u0162]"), re.compile("[\u0219\u021b\u0218\u021a]")),
}
# Languages written in Cyrillic (CLDR's default script) whose text a Russian or Latin keyboard
# may type with Latin look-alikes
CYRILLIC_LANGUAGES = frozenset(
    {"ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "mn", "tg", "tt", "ba", "cv", "os", "sah"}
)
# Turkish and Azerbaijani: ı ş ğ, which a text of theirs this long always holds (a sentence
# or two: "bir", "iş", "değil", "için" are among the commonest words)
_TURKISH_OWN = re.compile("[ışğİŞĞəƏ]")
_LETTER = re.compile(r"[^\W\d_]")
TURKISH_LETTERS_WITHIN = 200


def stand_in_letters(text: str, language: str | None) -> bool:
    """Whether ``text`` (a page's headline and the start of its text), of a page in
    ``language`` (a stored language tag, or None: no judgement), is typed with another
    keyboard's letters for its language's own (the module docstring).  A text holding both
    is typed with the ones it holds more of (a Persian page quoting an Arabic name keeps its
    own letters)."""
    if not text or language is None:
        return False
    code = language.split("-", 1)[0].lower()
    if text.isascii() and code not in ("tr", "az"):
        return False
    letters = _STAND_INS.get(code)
    if letters is not None:
        stand_ins, own = letters
        return len(stand_ins.findall(text)) > len(own.findall(text))
    if code in CYRILLIC_LANGUAGES:
        return lookalikes_folded(text.casefold()) != text.casefold()
    if code in ("tr", "az"):
        return (
            _TURKISH_OWN.search(text) is None
            and len(_LETTER.findall(text)) >= TURKISH_LETTERS_WITHIN
        )
    return False
