"""A Hebrew abbreviation's gershayim and geresh, and a Hebrew prefix joined to a Latin word by a
hyphen, in search.

Hebrew writes an abbreviation with gershayim before its last letter (``צה״ל``, ``ארה״ב``,
``מנכ״ל``) and a foreign sound or a short form with a geresh (``ג׳ורג׳``, ``פרופ׳``); keyboards
type them ``"`` and ``'``, and many writers leave them out (``צהל``, ``ארהב``, ``מנכל``).  Search
splits a word at the mark (``צה ל``), so a query typed without it found nothing (newcomer 50a,
finding 3).  :func:`marks_joined` gives a text with each such mark between two Hebrew letters
taken out, as those writers write it: a Hebrew page's words so joined follow its text
(:mod:`clipper.searchtext`, migration 0106), and a query typed with the mark is sought so joined
too (:mod:`clipper.searchterms`), so either finds both.

A Hebrew prefix letter (``ה ו ב כ ל מ ש``, up to three) is joined by a hyphen to a word in Latin
letters or a number (``ה-IDE``, ``ב-2026``, ``ל-Nvidia``): a query so typed is sought as the
word alone too (:func:`unprefixed`), as the page's own hyphen leaves the word a word.
"""

from __future__ import annotations

import re

# A page of these languages (a stored primary subtag) is read for its abbreviations; one of no
# language too.
HEBREW_LANGUAGES = frozenset({"he", "yi"})

# A geresh or gershayim between two Hebrew letters: Hebrew's own (׳ ״), the keyboard's (' "), and
# the typographic quotes word processors turn those into (’ ”).
_MARK_BETWEEN = re.compile("(?<=[\u05d0-\u05ea])['\"\u05f3\u05f4\u2019\u201d](?=[\u05d0-\u05ea])")

# A Hebrew prefix of one to three letters joined by a hyphen (or maqaf ־) to a word in another
# script or a number, at the start of a word.
_PREFIX_HYPHEN = re.compile(
    "(?<![\\w\u05f3\u05f4'\"])[\u05d5\u05d4\u05d1\u05db\u05dc\u05de\u05e9]{1,3}[-\u05be](?=[^\\W\u05d0-\u05ea])"
)


def read_on(language: str | None) -> bool:
    """Whether a page in ``language`` (its stored tag, or None) is read for its abbreviations:
    a Hebrew or Yiddish page, or one of no language."""
    return language is None or language.split("-", 1)[0] in HEBREW_LANGUAGES


def marks_joined(value: str) -> str | None:
    """``value`` with each geresh and gershayim between two Hebrew letters taken out (``צה״ל``
    → ``צהל``, ``ג'ורג'`` → ``גורג'``: a mark ending the word stays), None when it holds none."""
    if (
        "\u05f3" not in value
        and "\u05f4" not in value
        and not re.search("['\"\u2019\u201d]", value)
    ):
        return None
    joined = _MARK_BETWEEN.sub("", value)
    return joined if joined != value else None


def unprefixed(value: str) -> str | None:
    """``value`` (a query term) without the Hebrew prefixes joined by a hyphen to a Latin word or
    a number (``ה-IDE`` → ``IDE``, ``ב-2026`` → ``2026``), None when it holds none."""
    bare = _PREFIX_HYPHEN.sub("", value)
    return bare if bare != value else None
