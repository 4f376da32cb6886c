"""Which legacy Latin code page a page or text is in, told by the letters each reading gives.

Windows-1252 (Western Europe), Windows-1250 and ISO-8859-2 (Central Europe) give the same
letters for most bytes and different ones for 56 to 89 of them.  On a short text the
statistical guessers (charset_normalizer, cchardet, trafilatura's) cannot tell them apart: a
Polish "Łąkowej" in Windows-1250 comes out "£¹kowej", a French "arrêt près" in Windows-1252
"arręt prčs".  A reading in the wrong code page gives letters no one language has together
("ę" with "č"), letters outside the language the page declares, or symbols inside words
("£¹"); the right one gives the letters of one language.  :func:`legacy_codec` picks the
reading whose non-ASCII characters fit one language's alphabet best (the declared language's,
when a page names one), on every character, so the choice is a property of the bytes alone.

Alphabets: the letters each language writes beyond ASCII (Unicode CLDR exemplar characters,
main set, lower case).
"""

from __future__ import annotations

import re
import unicodedata

# Lower-case letters beyond ASCII, per language (CLDR main exemplars).
ALPHABETS: dict[str, str] = {
    # Windows-1252 / ISO-8859-1
    "en": "",  # none beyond ASCII: a "£" read as "Ł" is a misfit on an English page
    "de": "äöüß",
    "fr": "àâæçéèêëîïôœùûüÿ",
    "es": "áéíñóúü",
    "it": "àèéìíîòóùú",
    "pt": "áâãàçéêíóôõú",
    "nl": "áéíóúàèëïöüĳ",
    "da": "æøåé",
    "no": "æøåéóòôè",
    "sv": "åäöé",
    "fi": "äöåšž",
    "is": "áðéíóúýþæö",
    "ca": "àçéèíïòóúü",
    "ga": "áéíóú",
    # Windows-1250 / ISO-8859-2
    "pl": "ąćęłńóśźż",
    "cs": "áčďéěíňóřšťúůýž",
    "sk": "áäčďéíĺľňóôŕšťúýž",
    "hu": "áéíóöőúüű",
    "sl": "čšž",
    "hr": "čćđšž",
    "bs": "čćđšž",
    "sr": "čćđšž",
    "ro": "ăâîșțşţ",
    "sq": "çë",
}

# The code pages compared, in the order a tie is broken (with no language named: the
# commonest legacy web encoding first).
CODECS = ("cp1252", "cp1250", "iso8859_2")
# The code page a language's legacy pages were written in: first on a tie when it is named.
_HOME = {lang: ("cp1250" if lang in ("pl", "cs", "sk", "hu", "sl", "hr", "bs", "sr", "ro", "sq")
                else "cp1252") for lang in ALPHABETS}

# Punctuation that stands anywhere (quotes, dashes, spaces, bullets, the euro), never a sign.
_NEUTRAL = set("„“”‚‘’«»‹›–—…•·\u00a0€°§©®™†‡‰")
_WORD = re.compile(r"\S+")


def language_of(tag: str | None) -> str | None:
    """The language subtag of a BCP 47 / POSIX tag (``pl-PL``, ``cs_CZ``, ``SK``) when
    :data:`ALPHABETS` knows it, else None."""
    if not tag:
        return None
    lang = re.split(r"[-_;,\s]", tag.strip().lower(), maxsplit=1)[0]
    return lang if lang in ALPHABETS else None


def _before_a_number(word: str, i: int) -> bool:
    """Whether ``word[i]`` is a currency sign before a digit 0-9 ("£5bn", "¥300m"): a price, not
    a letter read in the wrong code page (Polish "Łódź" in Windows-1252 is "£ódŸ", "Łąka"
    "£¹ka": a letter or a sign follows)."""
    after = word[i + 1 : i + 2]
    return unicodedata.category(word[i]) == "Sc" and after.isascii() and after.isdigit()


def misfits(text: str, language: str | None = None) -> tuple[int, int]:
    """``(misfits, non-ASCII characters)`` of ``text``: misfits are the characters no reading of
    one language explains: letters outside the alphabet of ``language`` (or of the language that
    fits best, when None or unknown), C1 controls and replacement characters, and signs (¹, £,
    ¿ ...) inside a word with letters, but a currency sign before a digit ("£5bn")."""
    letters: list[str] = []
    bad = 0
    seen = 0
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        has_letters = any(c.isalpha() for c in word)
        for i, c in enumerate(word):
            if c.isascii():
                continue
            seen += 1
            if c in _NEUTRAL or _before_a_number(word, i):
                continue
            if c.isalpha():
                letters.append(c.lower())
            elif unicodedata.category(c) in ("Cc", "Co", "Cn") or c == "\ufffd":
                bad += 1
            elif has_letters:
                bad += 1  # a sign inside a word: "£¹kowej", "bêdzie"
    if letters:
        langs = [language] if language in ALPHABETS else list(ALPHABETS)
        bad += min(sum(c not in ALPHABETS[lang] for c in letters) for lang in langs)
    return bad, seen


# A reading is taken when at most this share of its non-ASCII characters misfit (a foreign
# name in a long article); a text in another script or code page misfits far more (Russian in
# Windows-1251 read as Windows-1252: "Ïðèâåò", most of its letters).
_MAX_MISFIT_SHARE = 0.03


def legacy_codec(data: bytes, language: str | None = None) -> str | None:
    """The code page of :data:`CODECS` whose reading of ``data`` fits one language's letters
    best (:func:`misfits`; ``language``, a tag like ``pl-PL``, narrows it to that language),
    ties going to the named language's own code page, else to Windows-1252.  None when ``data``
    is ASCII, or when the best reading misfits more than :data:`_MAX_MISFIT_SHARE` of its
    characters, or ties with another on misfits (another script or code page, or nothing to
    tell them apart: a guesser's job).  A language tag that no reading fits (a template's
    default ``lang``) is set aside."""
    if data.isascii():
        return None
    lang = language_of(language)
    order = list(CODECS)
    if lang is not None:
        order.sort(key=lambda codec: codec != _HOME[lang])
    scored = []
    for rank, codec in enumerate(order):
        bad, seen = misfits(data.decode(codec, errors="replace"), lang)
        scored.append((bad, rank, codec, seen))
    scored.sort()
    (bad, _, codec, seen), runner_up = scored[0], scored[1]
    if bad <= _MAX_MISFIT_SHARE * seen and (bad == 0 or bad < runner_up[0]):
        return codec
    return legacy_codec(data, None) if lang is not None else None
