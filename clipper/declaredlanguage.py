"""The language a page or a crawler declares, as clipper stores a language: ``<html lang>``,
``Content-Language``, ``og:locale`` and friends in the page's head, or a crawler's language tag
(``en-GB``).  A page that declares none is identified from its text, and a declaration gives
way to a text beyond doubt in another language (:func:`clipper.language.believed_language`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache, lru_cache
from itertools import chain

from clipper.language import stored_language

# A page's declared language: <html lang>, then a meta tag naming it (Content-Language,
# og:locale "de_DE", <meta name="language">, Dublin Core's DC.language), attributes in either
# order.  The code ends at anything but a letter: "de_DE", "de-AT".
_CODE = rb"([A-Za-z]{2,3})(?![A-Za-z])"
_LANG_HTML = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?\s*" + _CODE, re.IGNORECASE)
_LANG_NAMES = (
    rb"(?:http-equiv\s*=\s*[\"']?content-language|property\s*=\s*[\"']?og:locale"
    rb"|name\s*=\s*[\"']?(?:language|content-language|dc\.language))[\"'\s]"
)
_LANG_META = re.compile(
    rb"<meta\b[^>]*?"
    + _LANG_NAMES
    + rb"[^>]*?content\s*=\s*[\"']?\s*"
    + _CODE
    + rb"|<meta\b[^>]*?content\s*=\s*[\"']?\s*"
    + _CODE
    + rb"[-_A-Za-z]*[\"']?[^>]*?"
    + _LANG_NAMES,
    re.IGNORECASE,
)


# What every name of a language declaration holds, in lower case ("content-language",
# "og:locale", "language", "dc.language"): a match of :data:`_LANG_META` or :data:`_TAG_META`
# holds one, within its tag (none of their parts matches a ">").
_NAME_WORDS = (b"language", b"og:locale")


def _meta_matches(pattern: re.Pattern[bytes], head: bytes) -> Iterator[re.Match[bytes]]:
    """``pattern.finditer(head)`` for :data:`_LANG_META` and :data:`_TAG_META`, searched only in
    the tags (from the ">" before to the ">" after) that hold a declaration's name
    (:data:`_NAME_WORDS`, in the head lower-cased): each of their matches lies in one such tag,
    and the rest of a news page's head (~100 KB of styles, scripts and meta tags of other
    names, where both patterns were tried at every character of every meta tag: 0.4-0.55 ms a
    head on the 439 Zyte and Fundus pages of ``bench/speed.py``) is passed over, as is a
    stretch holding no ``<meta`` (a script's own "language" field)."""
    lowered = head.lower()
    spots = []
    for word in _NAME_WORDS:
        at = lowered.find(word)
        while at >= 0:
            spots.append(at)
            at = lowered.find(word, at + len(word))
    end = -1
    for at in sorted(spots):
        if at < end:
            continue  # in the tag searched already
        start = head.rfind(b">", 0, at) + 1
        end = head.find(b">", at)
        end = len(head) if end < 0 else end
        if lowered.find(b"<meta", start, end) >= 0:  # (a script's "language" is in none)
            yield from pattern.finditer(head, start, end)


# An HTML comment: what it holds declares nothing.  HTML5 Boilerplate's template (still on many
# news sites) writes <html lang="en"> inside Internet Explorer's conditional comments above the
# page's real <html lang="fr">.
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)


# Heads whose declarations are kept: a page's cleaning asks its head's language three times
# and its tags twice (its region, its tag, its text's language; ~0.3 ms a time).
_HEADS_KEPT = 2


@lru_cache(maxsize=_HEADS_KEPT)
def declared_language(head: bytes) -> str | None:
    """The language a page declares (see above), as a known ISO 639 code: a header's
    "Content-Language: utf-8" (a charset where a language belongs) declares none, nor a tag
    inside an HTML comment."""
    if b"<!--" in head:
        head = _COMMENT.sub(b" ", head)
    for m in chain(_LANG_HTML.finditer(head), _meta_matches(_LANG_META, head)):
        code = known_language((m.group(1) or m.group(2)).decode("ascii"))
        if code:
            return code
    return None


# The same declarations, the whole tag: "pt-BR", "es_MX", "zh-Hant-TW".
_TAG = rb"([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)"
_TAG_HTML = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?\s*" + _TAG, re.IGNORECASE)
_TAG_META = re.compile(
    rb"<meta\b[^>]*?"
    + _LANG_NAMES
    + rb"[^>]*?content\s*=\s*[\"']?\s*"
    + _TAG
    + rb"|<meta\b[^>]*?content\s*=\s*[\"']?\s*"
    + _TAG
    + rb"[\"']?[^>]*?"
    + _LANG_NAMES,
    re.IGNORECASE,
)


def declared_tags(head: bytes) -> list[str]:
    """Every language tag the page declares where :func:`declared_language` reads one, whole
    (``<html lang="pt-BR">``, ``og:locale`` "es_MX"), in the order found; none inside an HTML
    comment.  What :func:`clipper.declaredregion.declared_region` reads a country from."""
    return list(_declared_tags(head))


@lru_cache(maxsize=_HEADS_KEPT)
def _declared_tags(head: bytes) -> tuple[str, ...]:
    if b"<!--" in head:
        head = _COMMENT.sub(b" ", head)
    return tuple(
        (m.group(1) or m.group(2)).decode("ascii")
        for m in chain(_TAG_HTML.finditer(head), _meta_matches(_TAG_META, head))
    )


def declared_tag(head: bytes) -> str | None:
    """The whole tag of the language the page declares (:func:`declared_language`): the first
    of :func:`declared_tags` of that language ("en-US" of ``<html lang="en-US">``, "es_MX" of
    an ``og:locale``), region and all; None when the page declares none.  Its region tells how
    the page writes its dates of numbers, as a record's language field does
    (:func:`clipper.read.zones.written_in`: "03/04/2026" is 4 March on an ``en-US`` page, 3
    April on an ``es-MX`` one), whatever its publishing system's default says of its clocks
    (:data:`clipper.declaredregion.TEMPLATE_REGIONS`)."""
    language = declared_language(head)
    if language is None:
        return None
    for tag in declared_tags(head):
        if known_language(re.split(r"[-_]", tag, maxsplit=1)[0]) == language:
            return tag
    return language


def known_language(code: str) -> str | None:
    """``code`` (an ISO 639-1 or -3 code, any case) as clipper stores a language: the shortest
    code of a language in the IANA registry (``eng``/``deu`` → ``en``/``de``, ``iw`` → ``he``;
    the ``langcodes`` package; a language the text identifier names by its macrolanguage as
    that: ``cmn``/``yue`` → ``zh``, ``arb`` → ``ar``, :func:`_macrolanguages`; Norwegian
    ``no`` as ``nb``: :func:`clipper.language.stored_language`), else None ("utf", "xx",
    "und", and the codes that name no language: "mul", "mis", "zxx", private use "x-..." and
    "qaa"-"qtz")."""
    import langcodes

    code = code.strip().lower()
    if not code or not langcodes.tag_is_valid(code):
        return None
    primary = langcodes.standardize_tag(code).split("-")[0]
    if primary in _NO_LANGUAGE or primary == "x" or "qaa" <= primary <= "qtz":
        return None
    if len(primary) == 3:
        primary = _macrolanguages().get(primary, primary)
    return stored_language(primary)


def macrolanguage_member(code: str) -> str | None:
    """The macrolanguage clipper stores ``code`` under when ``code`` (any case, a BCP 47 tag's
    first subtag read) is an individual language of it that the text identifier does not
    name apart: Dari ``prs`` and Iranian Persian ``pes`` → ``fa``, ``arb`` → ``ar``, ``cmn``
    and ``yue`` → ``zh``, ``zsm`` → ``ms``, ``swh`` → ``sw`` (:func:`_macrolanguages`, the
    IANA registry's ``Macrolanguage`` field); None for any other code (``fa``, ``fas``,
    ``nob``: a code of the language itself)."""
    primary = re.split(r"[-_]", code.strip().lower(), maxsplit=1)[0]
    return _macrolanguages().get(primary) if len(primary) == 3 else None


@cache
def _macrolanguages() -> dict[str, str]:
    """ISO 639-3 language → the ISO 639-1 macrolanguage clipper stores it as, from the IANA
    registry's ``Macrolanguage`` field (the copy ``langcodes`` ships): Mandarin ``cmn``,
    Cantonese ``yue``, Wu ``wuu`` → ``zh``; Standard Arabic ``arb`` and the spoken Arabics
    (``arz``, ``ary``, ``apc``) → ``ar``; Standard Malay ``zsm`` → ``ms``; Iranian Persian
    ``pes`` → ``fa``; ``swh`` → ``sw``, ``ekk`` → ``et``, ``lvs`` → ``lv`` and so on.  The
    text identifier names these languages by the macrolanguage only, so a page in them is
    stored under it, and a ``--lang cmn`` must find it there (it found nothing).  A language
    with its own two-letter code stays itself (``nb``, ``nn``; ``hr``, ``bs``, ``sr``), and
    Serbo-Croatian ``sh`` takes none (the registry prefers sr, hr and bs).  langcodes' own
    ``macro=True`` folds only a macrolanguage's dominant member (``cmn`` but not ``yue``).
    Read once a process (0.3 s), when a three-letter code is first met."""
    from langcodes.registry_parser import parse_registry

    return {
        entry["Subtag"]: entry["Macrolanguage"]
        for entry in parse_registry()
        if entry.get("Type") == "language"
        and len(entry.get("Subtag", "")) == 3
        and len(entry.get("Macrolanguage", "")) == 2
        and entry["Macrolanguage"] not in _NOT_STORED_MACROLANGUAGES
    }


# Macrolanguages clipper never stores: its members are stored as themselves.
_NOT_STORED_MACROLANGUAGES = frozenset({"sh"})


# ISO 639 codes that are no one language: undetermined, multiple, uncoded, no linguistic content.
_NO_LANGUAGE = frozenset({"und", "mul", "mis", "zxx"})


_LANGUAGE_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")


def language_tag(value: str | None) -> str | None:
    """The primary subtag, lower case, of a language tag a crawler gave (``en-GB`` → ``en``,
    ``pt_BR`` → ``pt``); None for anything else (a language's name, an empty string)."""
    if not value:
        return None
    m = _LANGUAGE_TAG.fullmatch(value.strip())
    return known_language(m.group(1)) if m else None
