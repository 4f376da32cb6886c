"""Which legacy code page bytes are in when nothing usable declares it: a page without a charset,
or one whose declared UTF-8 does not decode (a Windows-1251 page under a template's
``<meta charset="utf-8">``).

:func:`guess_codec` asks charset_normalizer, over the text of a page rather than its markup,
and among the code pages of the language the page names when it names one (:data:`CODEPAGES`).
Both matter on real pages: a Korean page's markup is ASCII, its text a few percent of its
bytes, so a guesser reading a page's first and last 5,000 bytes (trafilatura's) sees a few
Hangul bytes amid markup and reads EUC-KR as Cyrillic; and a short Russian text in Windows-1251
decodes as cleanly in Mac Cyrillic or a DOS code page.  Western and Central European code pages
are told apart by their letters (:mod:`clipper.read.alphabets`), which the guessers cannot do on
short text.
"""

from __future__ import annotations

import re
from typing import Any

from clipper.read.alphabets import CODECS, language_of, legacy_codec

# The legacy code pages a language's web pages were written in (Python's names; WHATWG's
# decoders: EUC-KR as CP949, Shift_JIS as CP932, GB2312/GBK as GB18030, Big5 as Big5-HKSCS),
# for the languages whose letters no Western or Central European code page holds.  A page naming
# one of these languages is guessed among its code pages only.
_CYRILLIC = ("cp1251", "koi8_u", "koi8_r", "iso8859_5")
CODEPAGES: dict[str, tuple[str, ...]] = {
    "ko": ("cp949",),
    "ja": ("cp932", "euc_jp", "iso2022_jp"),
    "zh": ("gb18030", "big5hkscs"),
    **{lang: _CYRILLIC for lang in ("ru", "uk", "be", "bg", "mk", "sr", "kk", "ky", "tg", "mn")},
    "el": ("cp1253", "iso8859_7"),
    "tr": ("cp1254", "iso8859_9"),
    **{lang: ("cp1257", "iso8859_13", "iso8859_4") for lang in ("lt", "lv", "et")},
    "vi": ("cp1258",),
    "he": ("cp1255", "iso8859_8"),
    "ar": ("cp1256", "iso8859_6"),
    "fa": ("cp1256",),
    "th": ("cp874",),
}

# Markup, scripts and styles: ASCII in every code page here (no trail byte of a double-byte
# code page is "<" or ">"), and what hides a page's few non-ASCII bytes from a guesser.
_MARKUP = re.compile(rb"<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>",
                     re.IGNORECASE | re.DOTALL)


_BLANKS = re.compile(rb"\s+")


def text_bytes(data: bytes) -> bytes:
    """``data`` without its markup (tags, comments, scripts, styles) and with its runs of
    blanks made one space: the bytes of its text, dense enough for the guesser's samples."""
    return _BLANKS.sub(b" ", _MARKUP.sub(b" ", data))


def guess_codec(data: bytes, language: str | None = None) -> str | None:
    """The code page ``data`` (bytes that are not UTF-8) is most likely in, or None.

    Read on the page's text (:func:`text_bytes`).  ``language`` is the language tag the page or
    its headers name (``ko``, ``ru-RU``, ``en``).  A language of :data:`CODEPAGES`: the best of
    its code pages by charset_normalizer.  A language of
    :data:`~clipper.read.alphabets.ALPHABETS`: the Western or Central European code page its
    letters tell (:func:`~clipper.read.alphabets.legacy_codec`), else charset_normalizer's
    best among those code pages (:func:`_guess`: Windows-1252 on a tie).  A tag that no code
    page of its own decodes (a template's default ``lang``), or none: the code page the letters
    tell, else charset_normalizer's best among all (:func:`_guess`)."""
    text = text_bytes(data)
    lang = (language or "").strip().lower().replace("_", "-").split("-")[0]
    if lang in CODEPAGES:
        guess = _guess(list(_normalizer(text, list(CODEPAGES[lang]), _OWN_MESS)))
        if guess is not None:
            return guess
    elif language_of(lang) is not None:
        guess = legacy_codec(text, lang) or _guess(list(_normalizer(text, list(CODECS))))
        if guess is not None:
            return guess
    return legacy_codec(text) or _guess(list(_normalizer(text)))


# charset_normalizer's threshold: the share of "mess" (odd sequences of characters) above which a
# code page is ruled out; 0.2 by default.  Among the code pages of the language a page names,
# more is allowed: a Japanese text full of Latin product names and half-width signs reads as
# 0.13 to 0.2 in its own Shift_JIS, and a page ruled out everywhere goes undecoded.
_DEFAULT_MESS = 0.2
_OWN_MESS = 0.4


def _normalizer(
    text: bytes, isolation: list[str] | None = None, mess: float = _DEFAULT_MESS
) -> Any:
    import charset_normalizer  # comes with trafilatura; imported lazily (slow import)

    return charset_normalizer.from_bytes(text, cp_isolation=isolation, threshold=mess)


# DOS, Mac and EBCDIC code pages: no scraper or web server of the last twenty years writes them,
# but on short text they decode as "cleanly" as the Windows code page that is really there.
_DESKTOP_CODEPAGES = re.compile(
    r"^(?:mac_|hp_roman8$|cp(?:437|7\d\d|85\d|86\d|869|1125|037|273|424|500|875|1026|1140)$)"
)
# How much worse (charset_normalizer's chaos, 0..1) a web code page may decode than a desktop
# one and still be preferred; and Windows-1252 than another web code page.
_DESKTOP_MARGIN = 0.05
_CP1252_MARGIN = 0.01


def _guess(matches: list[Any]) -> str | None:
    """The codec to decode with, from charset_normalizer's matches (best first), or None.

    On short text charset_normalizer ranks code pages by a chaos score that a few non-ASCII
    bytes cannot separate: Windows-1252 quotes and a euro sign come out first as cp775 or cp850
    ("‘€5m’" as "æÇ5mÆ"), Windows-1251 Russian as mac_cyrillic, and short Western text as
    Windows-1250/1257 ("fête" as "fęte").  So: desktop code pages only when no web code page
    decodes within :data:`_DESKTOP_MARGIN`; then Windows-1252, by far the commonest legacy web
    encoding, when it decodes within :data:`_CP1252_MARGIN` of the best.  A match stands for
    every code page that decodes the bytes the same way (``could_be_from_charset``): 1252 is
    often folded into 1250's match.
    """
    matches = [m for m in matches if m.encoding]
    if not matches:
        return None
    web = [m for m in matches if not _DESKTOP_CODEPAGES.match(m.encoding)]
    if web and web[0].chaos <= matches[0].chaos + _DESKTOP_MARGIN:
        matches = web
    best = matches[0]
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + _CP1252_MARGIN:
            return "cp1252"
    return str(best.encoding)
