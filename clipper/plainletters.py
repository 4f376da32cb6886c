"""Letters a language's writers replace when they type plainly, so that a word typed so finds
the page writing the letter, and the reverse (newcomer 48a, findings 1 and 2).

Azerbaijani desks type ``ə`` as ``e`` (most) or ``a`` (``Gence``, ``Ganca`` for ``Gəncə``), Kazakh,
Kyrgyz, Tatar, Uzbek and Tajik writers on a Russian keyboard type ``ә ғ қ ң ө ұ ү һ ў ҳ җ ҷ``
as ``а г к н о у у х у х ж ч`` (``Караганды`` for ``Қарағанды``), and Uzbek writers leave out
the apostrophe of ``oʻ`` and ``gʻ`` (``Ozbekiston`` for ``Oʻzbekiston``).  Three rules:

* :data:`PLAIN_LETTERS`: ``ə`` (and its look-alike ``ǝ``) and those Cyrillic letters fold to
  the letters typed for them everywhere (:func:`clipper.searchtext.fold`; migration 0098), as
  ``ı ş ç ğ`` and every accent already did: no other language writes them for another sound
  that a reader types otherwise.  Kazakh's ``і`` is Ukrainian's and Belarusian's letter, so
  it is written ``и`` in a Kazakh page's case-form keys only (:attr:`clipper.caserules.Rules
  .typed`).  Turkmen's ``ä ň ö ü ý ž``, Romanian's ``ş ș ţ ț``, Kazakh Latin's ``ä ğ ñ ö ū
  ü`` lose their marks as every accent does, Vietnamese ``đ`` is ``d`` (:data:`clipper
  .spelling.LATIN_LETTERS`).
* :func:`page_spelled`: on an Azerbaijani page (its stored language), its words holding ``ə``
  follow again with ``a`` for it (``ganca``), and on an Uzbek page its words holding ``oʻ``
  or ``gʻ`` (any apostrophe) follow again joined (``ozbekiston``), each with the words around
  it, so that a word or phrase typed so finds them; an English page's ``O'Neill`` keeps its
  two words.
* :func:`joined_query`: an Uzbek word typed with its apostrophe (``Oʻzbekistonda``, the
  words ``o`` ``zbekistonda``) is also sought joined, and by its Uzbek case-form keys, in an
  archive holding Uzbek pages.
"""

from __future__ import annotations

import re

from clipper.language import primary_language

# Latin ə (and the turned e some keyboards type for it) as e; the Cyrillic letters of Kazakh,
# Kyrgyz, Tatar, Bashkir, Uzbek and Tajik that a Russian keyboard lacks, as the letters typed
# for them (lower case: folding case-folds first)
PLAIN_LETTERS = {
    "\u0259": "e", "\u01dd": "e",
    "ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х",
    "ў": "у", "ҳ": "х", "җ": "ж", "ҷ": "ч",
}  # fmt: skip

# ə as written before folding (either case, and the turned e)
_SCHWA = re.compile("[\u0259\u018f\u01dd\u018e]")
# Uzbek's oʻ and gʻ: the letter, then an apostrophe (ʻ U+02BB as the 1995 alphabet writes it,
# and the ‘ ’ ' ` ʼ writers type for it), then a letter
_UZBEK_LETTER = re.compile("([oOgG])[\u02bb\u2018\u2019'`\u02bc](?=[^\\W\\d_])")
# The same in folded text (apostrophes written ', clipper.spelling.apostrophes_folded; ‘ and `
# are punctuation there as on a page)
_UZBEK_FOLDED = re.compile("(?<![^\\W\\d_])([og])['\u2018`](?=[a-z])")


def spelled_languages(language: str | None) -> str | None:
    """The language of a page's stored ``language`` tag whose words :func:`page_spelled`
    spells again (``az``, ``uz``), else None."""
    primary = primary_language(language)
    return primary if primary in ("az", "uz") else None


def page_spelled(value: str, language: str | None) -> str | None:
    """``value``, a title or body of a page in ``language``, as its writers type it plainly
    where that differs: an Azerbaijani page's ``ə`` as ``a`` (``Gəncə`` → ``Ganca``; its
    ``e`` spelling is the folded text's own), an Uzbek page's ``oʻ``/``gʻ`` joined
    (``Oʻzbekiston`` → ``Ozbekiston``); None for any other page, and where nothing changes."""
    spelled = spelled_languages(language)
    if spelled == "az" and _SCHWA.search(value) is not None:
        return _SCHWA.sub(lambda letter: "A" if letter[0] in "\u018f\u018e" else "a", value)
    if spelled == "uz" and _UZBEK_LETTER.search(value) is not None:
        return _UZBEK_LETTER.sub(r"\1", value)
    return None


def joined_query(folded: str, languages: frozenset[str] | None = None) -> str | None:
    """The folded query term ``folded`` with Uzbek's ``oʻ``/``gʻ`` joined (``o'zbekistonda``
    → ``ozbekistonda``), when it is one word so written and ``languages`` (an archive's, None
    for every one) holds Uzbek; else None."""
    if languages is not None and "uz" not in languages:
        return None
    if " " in folded or _UZBEK_FOLDED.search(folded) is None:
        return None
    joined = _UZBEK_FOLDED.sub(r"\1", folded)
    return joined if joined.isalpha() else None
