"""Serbian, Montenegrin, Bosnian and Macedonian in either script, decided by a page's language.

Serbian (and Montenegrin, and Bosnian in the Republika Srpska) is written in Cyrillic and in
Latin, one letter for one (``љ`` is ``lj``, ``њ`` ``nj``, ``џ`` ``dž``: the only letters that
take two), and its outlets publish both (rts.rs, novosti.rs: the same article under
``/cir/`` and ``/lat/``); Macedonian has one Latin form too.  Newcomer 47a's finding: the
Cyrillic page and its Latin twin were two clusters and two stories, and ``Elektroprivreda
Srbije`` found no Cyrillic page.

The letters come from cyrtranslit (``cyrtranslit.mapping.TRANSLIT_DICT``, the tables its
``to_latin`` reads for ``sr``, ``me`` and ``mk``), applied with ``str.translate`` (its
``to_latin`` builds the text a character at a time in Python): ``ђ`` → ``đ``, ``ћ`` →
``ć``, ``ж`` → ``ž``, Macedonian's ``ѓ`` → ``ǵ``, ``ќ`` → ``ḱ``, ``ѕ`` → ``dz``.  The accent
fold after it (:func:`clipper.spelling.accents_folded`) writes them without their accents, as
it writes a Latin text's (``Đerdap`` and ``Ђердап`` are both ``derdap``).

Which text: a *page* whose stored language (py3langid's, or the one it declares) is one of
:data:`LATIN_LANGUAGES` is read in Latin letters, the whole of it, by the fingerprint
(:func:`matched_text`, migration 0100), by search (:func:`clipper.searchtext.search_text`)
and by its story vector (:func:`clipper.stories.vectors.vectorize`, Serbo-Croatian only);
a page of any other language, Russian, Ukrainian, Belarusian, Bulgarian above all, is read as
written, whatever letters a line or a word of it holds.  (Session 47 decided it a line at a
time: a Russian table's ``Гороскоп`` was folded to Latin and its headline holding ``ю`` not.)
A query word in Cyrillic is sought in Latin letters too (:func:`query_latin`), on the pages
that hold :data:`PAGE` only, the Serbian-family pages and the Croatian ones
(:data:`SOUGHT_LANGUAGES`, migration 0101: ``Подравка`` finds a Croatian page's
``Podravka``): ``мост`` finds no Czech ``most``.

Uzbek is written in Latin letters (Kun.uz, Daryo: ``Toshkent``) and in Cyrillic (UzA, older
sites: ``Тошкент``), but not one letter for one: ``ш`` is ``sh``, ``ў`` ``oʻ``, ``е`` ``ye``
at a word's start and after a vowel, ``ц`` ``s`` or ``ts`` by its place, ``ъ`` ``ʼ``.  The
letters come from alifbo (:func:`uzbek_latin`: its ``from_cyrillic``, then ``to_old_latin``,
the 1995 Latin alphabet the Latin outlets write; cyrtranslit has no Uzbek table).  A page
stored in Uzbek (``uz``, ``uz-Cyrl``, ``uz-Latn``) is read in those Latin letters, the whole
of it (:func:`page_latin`: fingerprint, search, story vector), and holds :data:`UZBEK_PAGE`
after its search text; a Cyrillic query word all of whose letters are Uzbek's is sought in
those Latin letters too (:func:`query_uzbek`) on the pages holding :data:`UZBEK_PAGE` only:
``Тошкент`` finds ``Toshkent`` there and no Russian page's word (session 52, newcomer 51b).
"""

from __future__ import annotations

import re

from cyrtranslit.mapping import TRANSLIT_DICT

from clipper.caseforms import MARK
from clipper.language import primary_language

# The cyrtranslit tables read: Serbian, Montenegrin (Serbian's and ś ź), Macedonian (ѓ ќ ѕ, ѐ
# ѝ); where two give a letter they give it alike.
_TABLES = ("sr", "me", "mk")
# The languages whose pages are read in Latin letters: Serbian, Montenegrin (me, cnr),
# Bosnian, Serbo-Croatian and Macedonian, as py3langid or a page's declaration names them.
# Not Croatian (written in Latin alone: a Cyrillic query's Latin letters are no Croatian
# word's), nor Russian, Ukrainian, Belarusian, Bulgarian (their own alphabets).
LATIN_LANGUAGES = frozenset({"sr", "me", "cnr", "bs", "sh", "mk"})
# The languages whose pages a Cyrillic query's Latin letters are sought on: those read in Latin
# letters, and Croatian, Serbo-Croatian written in Latin letters alone (a desk searching
# Serbian Cyrillic for a Croatian company's name, "Подравка", expects the Croatian page
# "Podravka", as it finds a Serbian Latin one).  Not Slovenian, Czech, Slovak or Polish: other
# languages, whose "most" is no "мост" of the query's.
SOUGHT_LANGUAGES = LATIN_LANGUAGES | {"hr"}
# The index word every page of those languages holds after its words (a key of no letters): a
# query's Latin letters are sought on a page holding it only
PAGE = f"{MARK}latn"
# Uzbek: its pages are read in Latin letters by their own table (uzbek_latin), and hold this
# word after their words (a key of no letters, as clipper.tonemarks.PAGE): a Cyrillic query's
# Uzbek Latin letters are sought on a page holding it only
UZBEK = "uz"
UZBEK_PAGE = f"{MARK}{UZBEK}"


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


def reads_latin(language: str | None) -> bool:
    """Whether a page in ``language`` (a stored tag, or None: not known, read as written) is
    read in Latin letters (:data:`LATIN_LANGUAGES`: ``sr``, ``sr-Latn``, ``bs``, ``mk``...,
    and Uzbek: ``uz``, ``uz-Cyrl``, ``uz-Latn``)."""
    primary = primary_language(language)
    return primary is not None and (primary in LATIN_LANGUAGES or primary == UZBEK)


def reads_uzbek(language: str | None) -> bool:
    """Whether a page in ``language`` (a stored tag, or None) is Uzbek's, read in Latin
    letters by :func:`uzbek_latin` and holding :data:`UZBEK_PAGE` in its search text."""
    return primary_language(language) == UZBEK


def page_latin(value: str, language: str | None) -> str:
    """``value``, a text of a page in ``language`` that :func:`reads_latin` takes, in Latin
    letters: an Uzbek page's by :func:`uzbek_latin`, a Serbian-family page's by
    :func:`latin_text`."""
    return uzbek_latin(value) if reads_uzbek(language) else latin_text(value)


# The Cyrillic letters of Uzbek's alphabet (1940-1995, and still written): Russian's 33 and
# ў қ ғ ҳ, either case; a word holding another (Kazakh і ң ә ө ү ұ һ, Serbian ј љ њ, Ukrainian
# ї є ґ) is no Uzbek word
_UZBEK_CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюяўқғҳ")
_NOT_UZBEK = re.compile(
    "["
    + "".join(
        chr(code)
        for code in range(0x400, 0x530)
        if chr(code).isalpha() and chr(code).lower() not in _UZBEK_CYRILLIC
    )
    + "]"
)


def uzbek_latin(value: str) -> str:
    """``value`` with its Uzbek Cyrillic letters in the Latin letters of the 1995 alphabet, as
    alifbo writes them (``from_cyrillic``, then ``to_old_latin``: its positional rules for
    ``е``/``ye``, ``ц``/``s``/``ts``, its list of Russian loans): ``Тошкент шаҳри`` →
    ``Toshkent shahri``, ``Ўзбекистон`` → ``Oʻzbekiston``; a Latin text's letters of the 2026
    alphabet in the 1995 one (``Toşkent`` → ``Toshkent``); ``value`` itself when it holds
    neither.  Only for the text of an Uzbek page (:func:`reads_uzbek`) or an Uzbek query word
    (:func:`query_uzbek`).  About 7 µs a character (alifbo reads a character at a time)."""
    if value.isascii() or (_CYRILLIC.search(value) is None and _NEW_LATIN.search(value) is None):
        return value
    from alifbo import from_cyrillic, to_old_latin

    return to_old_latin(from_cyrillic(value).text).text


# The letters of the Latin alphabet approved in 2026 that the 1995 one writes otherwise
_NEW_LATIN = re.compile("[şçöğñŞÇÖĞÑ]")


def query_uzbek(value: str) -> str | None:
    """A query word or phrase in Uzbek Cyrillic in Latin letters (:func:`uzbek_latin`:
    ``Тошкентда`` → ``Toshkentda``), when every Cyrillic letter it holds is Uzbek's; None for
    one holding no Cyrillic letter or another alphabet's (``Қарағанды``'s ``ң`` is Kazakh's),
    which no Uzbek page writes.  Sought on the pages holding :data:`UZBEK_PAGE` only
    (:attr:`clipper.searchterms.QueryTokens.uzbek`): ``мост`` finds no Czech ``most``."""
    if value.isascii() or _CYRILLIC.search(value) is None:
        return None
    if _NOT_UZBEK.search(value) is not None:
        return None
    return uzbek_latin(value)


def sought_in_latin(language: str | None) -> bool:
    """Whether a Cyrillic query's Latin letters are sought on a page in ``language`` (a stored
    tag, or None): one :func:`reads_latin` takes, or a Croatian one
    (:data:`SOUGHT_LANGUAGES`); such a page holds :data:`PAGE` in its search text."""
    primary = primary_language(language)
    return primary is not None and primary in SOUGHT_LANGUAGES


def latin_text(value: str) -> str:
    """``value`` with every Serbian, Montenegrin and Macedonian Cyrillic letter in Latin
    letters, whatever its lines hold besides (a Russian name's ``й`` stays): ``Електропривреда
    Србије`` → ``Elektroprivreda Srbije``; ``value`` itself when it holds no Cyrillic.  Only for
    the text of a page :func:`reads_latin` takes."""
    if value.isascii() or _CYRILLIC.search(value) is None:
        return value
    return value.translate(_LATIN)


def matched_text(text: str, language: str | None) -> str:
    """The text the fingerprint's words are taken from for a page in ``language``: a page
    :func:`reads_latin` takes in Latin letters (:func:`page_latin`: a Cyrillic page and its
    Latin twin have the same shingles), any other page's ``text`` as it is.  The fingerprint
    (:func:`clipper.fingerprint.fingerprint_texts`) and a stored page read back for
    verification (:class:`clipper.verification.BatchMatcher`) call it alike."""
    return page_latin(text, language) if reads_latin(language) else text


def latin_varies(text: str, language: str | None) -> bool:
    """Whether :func:`matched_text` changes ``text`` of a page in ``language``: the pages
    migrations 0100 and 0110 (Uzbek's) fingerprint again."""
    return reads_latin(language) and page_latin(text, language) != text


def query_latin(value: str) -> str | None:
    """A query word or phrase in Cyrillic in Latin letters (:func:`latin_text`) when every
    Cyrillic letter it holds is Serbian, Montenegrin or Macedonian (``Србије`` → ``Srbije``,
    ``мост`` → ``most``, ``ЕПС`` → ``EPS``); None for one holding no Cyrillic letter or another
    Cyrillic alphabet's (``Київ``, ``Путіна``), which no Serbian-family page writes.  Sought on
    the pages holding :data:`PAGE` only (:attr:`clipper.searchterms.QueryTokens.latin`)."""
    if value.isascii() or _CYRILLIC.search(value) is None:
        return None
    if _OTHER_CYRILLIC.search(value) is not None:
        return None
    return value.translate(_LATIN)
