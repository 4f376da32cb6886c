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

import codecs
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
    tell, else charset_normalizer's best among all (:func:`_guess`), else the one CJK superset
    code page the bytes decode cleanly in (:func:`cjk_superset`)."""
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
    return legacy_codec(text) or _guess(list(_normalizer(text))) or cjk_superset(text)


# The legacy code pages whose vendor supersets pages are really written in (Python's codec
# names, as :func:`codecs.lookup` gives them), each with those supersets, tried in turn when
# the bytes do not decode cleanly (:func:`clean_in`) in the code page detected or declared:
# Windows' (Microsoft's) Japanese, Korean and Traditional Chinese code pages add the NEC and IBM
# signs a Japanese release writes all the time ("㈱", "①", "Ⅱ", "髙" of 髙橋), Hangul syllables
# outside KS X 1001, and the euro and box-drawing signs; GB18030 holds every character; the
# Windows-125x code pages put letters and signs where ISO-8859 has C1 controls.  WHATWG decodes
# every label of the left column as its first superset; a guesser's answer (charset_normalizer
# names "shift_jis" for a dump with none of those signs) may be the narrower one.
SUPERSETS: dict[str, tuple[str, ...]] = {
    "shift_jis": ("cp932",),
    "euc_jp": ("euc_jis_2004",),  # JIS X 0213's row 13 holds NEC's "①", "㈱", "Ⅱ"
    "euc_kr": ("cp949",),
    "big5": ("big5hkscs", "cp950"),
    "big5hkscs": ("cp950",),
    "cp950": ("big5hkscs",),
    "gb2312": ("gb18030",),
    "gbk": ("gb18030",),
    "iso8859-1": ("cp1252",),
    "iso8859-7": ("cp1253",),
    "iso8859-8": ("cp1255",),
    "iso8859-9": ("cp1254",),
    "iso8859-11": ("cp874",),
    "tis-620": ("cp874",),
}
# The CJK code pages tried when charset_normalizer gives up: its first probe of a Japanese text
# dense with vendor signs (a headline "㈱さくらテクノロジー、①医療機関向け端末を発売　髙橋部長「Ⅱ
# 期も計画」") reads 20.4 % "mess" in CP932, over its 20 % threshold, and it rules every code
# page out (newcomer 38, F2: the client's release rejected as "control characters").
CJK_SUPERSETS = ("cp932", "cp949", "big5hkscs", "gb18030")
# A character standing alone between two ASCII letters, and the share of a text's non-ASCII
# characters that may stand so in a CJK code page's reading of it: a Western text's accented
# letter and the letter after it read as one CJK character ("für" as "f" + a kanji), while a
# CJK text's characters stand among their own ("AI技術" has none alone).
_LONE_BETWEEN_LETTERS = re.compile(r"(?<=[A-Za-z])[^\x00-\x7f](?=[A-Za-z])")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_LONE_SHARE = 0.25
# A C1 control (U+0080-U+009F): no text holds one; an ISO-8859 code page decodes the bytes a
# Windows one holds its letters in ("œ", "€", "…") as these.
_C1 = re.compile("[\x80-\x9f]")


def clean_in(data: bytes, codec: str) -> str | None:
    """``data`` decoded in ``codec`` when it decodes without an error and without a C1 control
    (:data:`_C1`), else None (also for a codec Python does not know)."""
    try:
        text = data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None
    return None if _C1.search(text) else text


def superset_decoded(data: bytes, codec: str) -> tuple[str, str] | None:
    """``(text, codec)``: ``data`` decoded cleanly (:func:`clean_in`) in ``codec``, else in the
    first of its vendor supersets (:data:`SUPERSETS`) that decodes it so; None when none does."""
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return None
    for candidate in (name, *SUPERSETS.get(name, ())):
        if (text := clean_in(data, candidate)) is not None:
            return text, candidate
    return None


def _cjk_in(text: bytes, codec: str) -> bool:
    """Whether ``text`` decodes cleanly in ``codec`` (:func:`clean_in`) as a CJK text: at most
    :data:`_LONE_SHARE` of its non-ASCII characters standing alone between ASCII letters."""
    decoded = clean_in(text, codec)
    if decoded is None:
        return False
    lone = len(_LONE_BETWEEN_LETTERS.findall(decoded))
    return lone <= _LONE_SHARE * len(_NON_ASCII.findall(decoded))


def cjk_superset(text: bytes) -> str | None:
    """The one CJK superset code page (:data:`CJK_SUPERSETS`) ``text`` (a page's text bytes,
    :func:`text_bytes`) decodes cleanly in (:func:`clean_in`) as CJK text, when
    charset_normalizer has ruled out every code page; when several do (GB18030 decodes nearly
    any pair of bytes), charset_normalizer's best among those only, allowing the "mess" of a
    language's own code pages (:data:`_OWN_MESS`: a Shift_JIS release reads 0.02 in CP932, 0.2
    in GB18030); None
    when none does.  A reading whose characters stand alone between ASCII letters (a Western
    text's accented letters, :func:`_cjk_in`) is no CJK text."""
    if text.isascii():
        return None
    clean = [codec for codec in CJK_SUPERSETS if _cjk_in(text, codec)]
    if len(clean) <= 1:
        return clean[0] if clean else None
    return _guess(list(_normalizer(text, clean, _OWN_MESS)))


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
