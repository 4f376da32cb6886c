"""Serbian, Montenegrin, Bosnian and Macedonian in either script: one text, one set of words.

Serbian (and Montenegrin, and Bosnian in the Republika Srpska) is written in Cyrillic and in
Latin, one letter for one (``љ`` is ``lj``, ``њ`` ``nj``, ``џ`` ``dž``: the only letters that
take two), and its outlets publish both (rts.rs, novosti.rs: the same article under
``/cir/`` and ``/lat/``); Macedonian has one Latin form too.  Newcomer 47a's finding: the
Cyrillic page and its Latin twin were two clusters and two stories, and ``Elektroprivreda
Srbije`` found no Cyrillic page.

The letters come from cyrtranslit (``cyrtranslit.mapping.TRANSLIT_DICT``, the tables its
``to_latin`` reads for ``sr``, ``me`` and ``mk``), applied with ``str.translate`` (its
``to_latin`` builds the text a character at a time in Python): ``ђ`` → ``đ``, ``ћ`` →
``ć``, ``ж`` → ``ž``, Macedonian's ``ѓ`` → ``ǵ``, ``ќ`` → ``ḱ``, ``ѕ`` → ``dz``;
Montenegrin's ``с́`` and ``з́`` are ``с`` and ``з`` with a combining acute, which becomes
``ś`` ``ź``.  The accent fold after it (:func:`clipper.spelling.accents_folded`) then writes
them without their accents, as it writes the Latin text's (``Đerdap`` and ``Ђердап`` are
both ``derdap``).

Which text: the fingerprint knows no page's language, so a *line* is folded when every
Cyrillic letter it holds is a letter of these alphabets (:data:`SOUTH_SLAVIC_LETTERS`, from
the same tables): a Serbian or Macedonian line always is; a Russian, Ukrainian, Belarusian or
Bulgarian line almost never (``ы э ъ ь щ й я ю ё і ї є ґ ў`` are in nearly every line of
them), and one that is (a short headline, ``Путин в Белграде``) is folded alike in every copy
of it.  Search knows a page's language (:data:`LATIN_LANGUAGES`) and folds the whole of such a
page's text (:func:`latin_text`); a query term in Cyrillic is also sought in Latin
(:func:`query_latin`).
"""

from __future__ import annotations

import re

from cyrtranslit.mapping import TRANSLIT_DICT

from clipper.language import primary_language

# The cyrtranslit tables read: Serbian, Montenegrin (Serbian's and ś ź), Macedonian (ѓ ќ ѕ, ѐ
# ѝ); where two give a letter they give it alike.
_TABLES = ("sr", "me", "mk")
# The languages whose pages search reads in Latin: Serbian, Montenegrin (me, cnr), Bosnian,
# Serbo-Croatian, Macedonian, and Croatian (Latin only: a Croatian page quoting a Cyrillic
# name is found by its Latin spelling)
LATIN_LANGUAGES = frozenset({"sr", "me", "cnr", "bs", "sh", "mk", "hr"})


def _latin_table() -> dict[int, str]:
    """Each Cyrillic letter (either case) of :data:`_TABLES` and its Latin letters, as
    cyrtranslit's ``to_latin`` writes it (30 letters of Serbian, Macedonian's 5 others, in two
    cases: 70 entries).  Raises ``ValueError`` if two tables give one letter otherwise."""
    table: dict[int, str] = {}
    for code in _TABLES:
        for letter, latin in TRANSLIT_DICT[code]["tolatin"].items():
            if len(letter) != 1:
                continue  # Montenegrin's с́ з́: the letter and a combining acute, each its own
            if table.setdefault(ord(letter), latin) != latin:
                raise ValueError(f"cyrtranslit's tables differ on {letter!r}")
    return table


_LATIN = _latin_table()
SOUTH_SLAVIC_LETTERS = "".join(sorted(chr(code) for code in _LATIN))
# Any Cyrillic letter (Cyrillic and its Supplement), and one that is no letter of these alphabets
_CYRILLIC = re.compile("[\u0400-\u052f]")
_OTHER_CYRILLIC = re.compile(
    "["
    + "".join(
        chr(code) for code in range(0x400, 0x530) if code not in _LATIN and chr(code).isalpha()
    )
    + "]"
)


def _south_slavic(line: str) -> bool:
    return _CYRILLIC.search(line) is not None and _OTHER_CYRILLIC.search(line) is None


def latin_folded(value: str) -> str:
    """``value`` with each line whose Cyrillic letters are all Serbian, Montenegrin or
    Macedonian (:data:`SOUTH_SLAVIC_LETTERS`) written in Latin letters (``Електропривреда
    Србије`` → ``Elektroprivreda Srbije``, ``ђ`` → ``đ``); other lines as they are.  What the
    fingerprint's words fold (:func:`clipper.spelling.folded`, migration 0095): a line decides,
    as :func:`clipper.spelling.folded_lines` needs."""
    if value.isascii() or _CYRILLIC.search(value) is None:
        return value
    if _OTHER_CYRILLIC.search(value) is None:
        return value.translate(_LATIN)
    return "\n".join(
        line.translate(_LATIN) if _south_slavic(line) else line for line in value.split("\n")
    )


def latin_varies(value: str) -> bool:
    """Whether :func:`latin_folded` changes ``value``: what migration 0095 fingerprints
    again."""
    if value.isascii() or _CYRILLIC.search(value) is None:
        return False
    return _OTHER_CYRILLIC.search(value) is None or any(
        _south_slavic(line) for line in value.split("\n")
    )


def reads_latin(language: str | None) -> bool:
    """Whether search reads a page in ``language`` (a stored tag, or None) in Latin letters
    (:data:`LATIN_LANGUAGES`)."""
    primary = primary_language(language)
    return primary is not None and primary in LATIN_LANGUAGES


def latin_text(value: str) -> str:
    """``value``, the text of a page search reads in Latin (:func:`reads_latin`), with every
    Serbian, Montenegrin and Macedonian Cyrillic letter in Latin letters, whatever its line
    holds besides (a Russian name's ``й`` stays)."""
    if value.isascii() or _CYRILLIC.search(value) is None:
        return value
    return value.translate(_LATIN)


def query_latin(value: str) -> str | None:
    """A query word or phrase in Cyrillic in Latin letters (:func:`latin_text`) when every
    Cyrillic letter it holds is Serbian, Montenegrin or Macedonian (``Србије`` → ``Srbije``,
    ``Путин`` → ``Putin``); None for one holding no Cyrillic letter or another Cyrillic
    alphabet's (``Київ``), which no page search reads in Latin writes; None too for an
    acronym in capitals (``НАТО``, ``ЕПС``): its Latin letters would find any word so spelled
    (Italian ``nato``, "born"), which its capitals do not (:mod:`clipper.acronyms` finds
    ``NATO`` by its capitals only) — README Known limits."""
    if value.isascii() or not _south_slavic(value):
        return None
    if value.isupper() and sum(character.isalpha() for character in value) > 1:
        return None
    return value.translate(_LATIN)
