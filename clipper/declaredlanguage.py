"""The language a page or a crawler declares, as clipper stores a language: ``<html lang>``,
``Content-Language``, ``og:locale`` and friends in the page's head, or a crawler's language tag
(``en-GB``).  A page that declares none is identified from its text, and a declaration gives
way to a text beyond doubt in another language (:func:`clipper.language.believed_language`).
"""

from __future__ import annotations

import re

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
    rb"<meta\b[^>]*?" + _LANG_NAMES + rb"[^>]*?content\s*=\s*[\"']?\s*" + _CODE
    + rb"|<meta\b[^>]*?content\s*=\s*[\"']?\s*" + _CODE + rb"[-_A-Za-z]*[\"']?[^>]*?"
    + _LANG_NAMES,
    re.IGNORECASE,
)


# An HTML comment: what it holds declares nothing.  HTML5 Boilerplate's template (still on many
# news sites) writes <html lang="en"> inside Internet Explorer's conditional comments above the
# page's real <html lang="fr">.
_COMMENT = re.compile(rb"<!--.*?-->", re.DOTALL)


def declared_language(head: bytes) -> str | None:
    """The language a page declares (see above), as a known ISO 639 code: a header's
    "Content-Language: utf-8" (a charset where a language belongs) declares none, nor a tag
    inside an HTML comment."""
    if b"<!--" in head:
        head = _COMMENT.sub(b" ", head)
    for pattern in (_LANG_HTML, _LANG_META):
        for m in pattern.finditer(head):
            code = known_language((m.group(1) or m.group(2)).decode("ascii"))
            if code:
                return code
    return None


def known_language(code: str) -> str | None:
    """``code`` (an ISO 639-1 or -3 code, any case) as clipper stores a language: the shortest
    code of a language in the IANA registry (``eng``/``deu`` → ``en``/``de``, ``iw`` → ``he``;
    the ``langcodes`` package; Norwegian ``no`` as ``nb``:
    :func:`clipper.language.stored_language`), else None ("utf", "xx", "und", and the codes
    that name no language: "mul", "mis", "zxx", private use "x-..." and "qaa"-"qtz")."""
    import langcodes

    code = code.strip().lower()
    if not code or not langcodes.tag_is_valid(code):
        return None
    primary = langcodes.standardize_tag(code).split("-")[0]
    if primary in _NO_LANGUAGE or primary == "x" or "qaa" <= primary <= "qtz":
        return None
    return stored_language(primary)


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

