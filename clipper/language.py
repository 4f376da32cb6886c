"""The language of a page that does not declare one (a text dump, a JSONL record without a
``language`` field, HTML without ``lang``), or whose declaration its text belies (a site
template's ``lang="en"`` over Zulu news: :func:`believed_language`), identified from its text
with py3langid (Lui & Baldwin's langid.py, a naive Bayes model over byte n-grams trained on 97
languages; here restricted to the languages with an ISO 639-1 code, as clipper stores them).

Used for ``--lang`` filters and the story stage's per-language word weights: before, an
undeclared page was filtered out by every ``--lang`` and weighed as English.  The model loads
once per process, on the first page that needs it (about 0.1 s once :mod:`clipper.langmodel`
has unpacked it into the cache folder, 0.6 s before); a page costs about 0.2 ms (its first
:data:`SAMPLE_CHARS` characters, as for a declared page's check; a text that does not open in
its declared language costs about three times that).  Deterministic: a pure function
of the text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clipper.config import CleanConfig

# Characters of a page's text the identifier reads: a few sentences tell the language.
SAMPLE_CHARS = 600
# Fewer characters than this say too little (a headline, a caption): no language.
MIN_CHARS = 40
# Normalised probability the identifier must give its best language (below it, on mixed or
# short texts, a wrong language would hide the page from a --lang filter that would find it).
MIN_CONFIDENCE = 0.9


# One language, two codes: Norwegian ("no", the macrolanguage: what py3langid names it and what
# many pages declare) is stored as Bokmål ("nb", what about nine in ten Norwegian texts are
# written in, and the language wordfreq's Norwegian word weights are for), so a `--lang nb`
# filter finds an identified page and `--lang no` a declared one.  Nynorsk ("nn") stays itself.
STORED_AS = {"no": "nb"}


def stored_language(code: str) -> str:
    """The code clipper stores and compares for the primary language subtag ``code`` (lower
    case): itself, or its stored form in :data:`STORED_AS`."""
    return STORED_AS.get(code, code)


# A macrolanguage asked for in ``--lang`` whose members clipper stores apart, each under its own
# code: the filter takes every member (newcomer 30 finding 6: ``--lang no`` took Bokmål only
# and left Nynorsk pages out).  Norwegian ``no``/``nor`` is Bokmål and Nynorsk; Serbo-Croatian
# ``sh``/``hbs`` is Bosnian, Croatian and Serbian (the text identifier tells the three apart).
# Not Chinese (its members are all stored as ``zh``), Arabic, Persian, Estonian or Latvian (the
# same), nor Malay: ISO 639-3 counts Indonesian among its members, but a desk asking for
# ``ms`` means Malaysian and Bruneian text, and ``--lang id`` is one option away.
MACROLANGUAGES = {"no": ("nb", "nn"), "sh": ("bs", "hr", "sr")}
# The three-letter codes of those macrolanguages
MACROLANGUAGE_CODES = {"no": "no", "nor": "no", "sh": "sh", "hbs": "sh"}


def primary_language(tag: str | None) -> str | None:
    """The stored primary subtag of a page's language ``tag`` (``"de-AT"`` → ``"de"``,
    ``"no"`` → ``"nb"``, ``"pt_BR"`` → ``"pt"``), None for none."""
    if not tag:
        return None
    return stored_language(tag.split("-", 1)[0].split("_", 1)[0].lower())


def spellings(code: str) -> tuple[str, ...]:
    """Every code a page of the stored language ``code`` may carry in an archive: itself and
    the codes stored as it (pages stored before :data:`STORED_AS` keep "no"); for a
    macrolanguage of :data:`MACROLANGUAGES` (``no``, ``sh``), every member's and its own."""
    if code in MACROLANGUAGES:
        return tuple(sorted({code, *(s for m in MACROLANGUAGES[code] for s in spellings(m))}))
    return (code, *sorted(k for k, v in STORED_AS.items() if v == code))


@cache
def _identifier() -> Any:
    """py3langid's identifier over the ISO 639-1 languages (:func:`clipper.langmodel.identifier`:
    from the cache folder once unpacked there)."""
    from clipper import langmodel

    return langmodel.identifier()


def unload() -> None:
    """Let go of the identifier's model in this process (about 95 MB resident: py3langid's
    arrays and its n-gram automaton); the next :func:`detect_language` loads it again.

    ``dedupe``'s main process loads the model only to hand it to the cleaning workers it
    forks (:func:`clipper.workers.warm_up`), which keep their inherited copy; the main process
    itself identifies no language, so it lets go of the model once they are started."""
    _identifier.cache_clear()


def load() -> None:
    """Load the identifier's model now, unless it is loaded: a process about to fork cleaning
    workers hands it to them (see :func:`unload`)."""
    _identifier()


def identify(text: str) -> tuple[str, float]:
    """py3langid's best language for ``text`` (as stored: :func:`stored_language`) and its
    normalised probability (0-1), over the ISO 639-1 languages."""
    code, probability = _identifier().classify(text)
    return stored_language(str(code)), float(probability)


# Openings whose answer is kept (least recently used dropped; ~3 MB a process of Latin-script
# text): a night's copies open alike, and each would be read again (the first 2,000 one-day
# records of bench/oneday.py: 676 cleaned texts open with the first SAMPLE_CHARS characters
# of an earlier one; ~220 of the 1,000 a worker gets when two share them).
_OPENINGS_KEPT = 4096


@lru_cache(maxsize=_OPENINGS_KEPT)
def _opening_language(sample: str) -> tuple[str, float]:
    """:func:`identify` of a text's first :data:`SAMPLE_CHARS` characters ``sample``."""
    return identify(sample)


def detect_language(text: str) -> str | None:
    """The ISO 639-1 code of the language ``text`` is written in (as stored:
    :func:`stored_language`), or None when it is shorter than :data:`MIN_CHARS` or the
    identifier is less sure than :data:`MIN_CONFIDENCE`, of the language or, for a member of a
    macrolanguage, of the macrolanguage (:func:`siblings`: an Indonesian text the identifier
    reads as ``id`` 0.72 and ``ms`` 0.28 is Indonesian)."""
    sample = text[:SAMPLE_CHARS]
    if len(sample.strip()) < MIN_CHARS:
        return None
    code, confidence = _opening_language(sample)
    if confidence >= MIN_CONFIDENCE:
        return code
    if siblings(code) and _family_probability(sample, code) >= MIN_CONFIDENCE:
        return code
    return None


# Openings identified ahead of their pages at most (:func:`detect_languages`): half the memo,
# so that none is dropped from it before its page asks for it.
OPENINGS_AHEAD = _OPENINGS_KEPT // 2


def detect_languages(texts: Iterable[str]) -> list[str | None]:
    """:func:`detect_language` of each of ``texts`` (at most :data:`OPENINGS_AHEAD` of them),
    back to back, each answer kept in the memo of openings as one page's is: what a worker
    asks of a chunk's pages before it cleans them one by one, so that each page then finds its
    opening's language there.  The identifier reads its tables (a 39 MB automaton and a 46 MB
    feature × language table) at rows scattered over them; one text after another they stay in
    the CPU's caches, one page's cleaning between two texts drops them.  The first 2,000 of
    bench/oneday.py's records prepared in chunks as a worker gets them (~70 pages): their raw
    openings identified ahead 157 µs each, where the identifications made while the pages are
    cleaned average 241 µs (load 11-13).  The same answers: each text's is
    :func:`detect_language`'s, a pure function of it.

    Raises ValueError for more than :data:`OPENINGS_AHEAD` texts."""
    texts = list(texts)
    if len(texts) > OPENINGS_AHEAD:
        raise ValueError(f"{len(texts)} texts: at most {OPENINGS_AHEAD} are identified ahead")
    return [detect_language(text) for text in texts]


@cache
def _families() -> dict[str, frozenset[str]]:
    """Stored code → the stored codes of its macrolanguage and the macrolanguage's members, for
    the languages of a macrolanguage the identifier names more than one of (the IANA
    registry's ``Macrolanguage`` field, the copy ``langcodes`` ships): Malay ``ms`` and
    Indonesian ``id``; Norwegian ``nb`` and ``nn``; Serbo-Croatian's ``hr``, ``bs`` and ``sr``."""
    from langcodes.registry_parser import parse_registry

    known = {stored_language(code) for code in _identifier().nb_classes}
    groups: dict[str, set[str]] = {}
    for entry in parse_registry():
        macro, subtag = entry.get("Macrolanguage", ""), entry.get("Subtag", "")
        if entry.get("Type") == "language" and len(macro) == 2 and len(subtag) == 2:
            groups.setdefault(macro, {stored_language(macro)}).add(stored_language(subtag))
    return {
        code: frozenset(group & known)
        for group in groups.values()
        if len(group & known) > 1
        for code in group & known
    }


def siblings(code: str) -> frozenset[str]:
    """The languages the identifier knows that share a macrolanguage with ``code`` (a stored
    code), itself included; empty when there are none (:func:`_families`)."""
    return _families().get(code, frozenset())


# Languages so close that the identifier reads a short line of one as the other (a Slovak
# cookie banner's sentence as Czech, a Danish one as Bokmål, a Belarusian one as Russian or
# Ukrainian) and whose sites write their banners in each other's words: Czech and Slovak; the
# Scandinavian languages, Danish, Bokmål, Nynorsk and Swedish; Serbo-Croatian's Bosnian,
# Croatian and Serbian, with Slovenian; the East Slavic languages, Russian, Ukrainian and
# Belarusian (stored codes).  Not a macrolanguage (:func:`siblings`): nothing is stored or
# filtered by it; it only lets one language's furniture phrases speak in a kin language's line.
KIN_GROUPS = (
    frozenset({"cs", "sk"}),
    frozenset({"da", "nb", "nn", "sv"}),
    frozenset({"bs", "hr", "sr", "sl"}),
    frozenset({"ru", "uk", "be"}),
)


def kin(code: str) -> frozenset[str]:
    """``code`` (a stored code), its :func:`siblings` and its close kin (:data:`KIN_GROUPS`):
    the languages a line the identifier reads as ``code`` may be written in."""
    found = {code} | siblings(code)
    for group in KIN_GROUPS:
        if found & group:
            found |= group
    return frozenset(found)


@lru_cache(maxsize=_OPENINGS_KEPT)
def _family_probability(sample: str, code: str) -> float:
    """The identifier's normalised probability that ``sample`` is written in ``code`` or one
    of its :func:`siblings`: the macrolanguage, whichever member."""
    family = siblings(code)
    return sum(float(p) for c, p in _identifier().rank(sample) if stored_language(str(c)) in family)


# Languages a text is never switched to from a declared one: py3langid's Latin is what it makes
# of lorem ipsum placeholders, lists of names and Latin species names in an English page.
NEVER_TAKEN = frozenset({"la"})
# About this many characters of a text's paragraphs, spread over the whole text, are weighed for
# a page of two languages: a long article read whole, a giant one every k-th paragraph (a
# paragraph costs about 0.1 ms; the first 20,000 characters alone missed a declared language
# that starts beyond them: bench/languages.py, 3 two-language pages of 32,000-40,000).
MIXED_CHECK_CHARS = 20_000


def believed_language(declared: str | None, text: str, config: CleanConfig) -> str | None:
    """The language clipper stores for a page that declares ``declared`` (a code as
    :func:`clipper.declaredlanguage.known_language` gives it, or None) and whose cleaned text
    is ``text``.

    Undeclared: the text's language (:func:`detect_language`, None when unsure).  Declared:
    the declaration, unless the text says otherwise beyond doubt, which a site template's
    ``<html lang="en">`` over Zulu, Xhosa or Swahili articles does.  All of: the text has at
    least ``config.text_language_min_chars`` characters; its first :data:`SAMPLE_CHARS` do not
    read as the declared language; it is not written in a script the declared language is
    written in but py3langid does not know it in
    (:func:`clipper.identifierscripts.unknown_script`: Kazakh in Latin letters, which it reads
    as Turkmen, Punjabi in Shahmukhi), unless py3langid reads it as English or Russian
    (:data:`clipper.identifierscripts.SECOND_LANGUAGES`); py3langid names another language than
    the declared one, not one of :data:`NEVER_TAKEN`, with probability at least
    ``config.text_language_min_probability`` (of that language, or of its macrolanguage when the
    declared one is outside it: :func:`siblings`, an Indonesian text under ``en`` read as ``id``
    0.91 and ``ms`` 0.09) on the first
    ``config.text_language_sample_chars``; and the paragraphs py3langid reads as the declared
    language (:func:`declared_share`) hold under ``config.text_language_mixed_share`` of their
    characters (a page of two languages keeps its declaration).  Deterministic: a pure
    function of its arguments."""
    if declared is None:
        return detect_language(text)
    sample = text[: config.text_language_sample_chars]
    if len(sample.strip()) < config.text_language_min_chars:
        return declared
    # most texts open in their declared language: read no further (a third of the cost)
    if _opening_language(text[:SAMPLE_CHARS])[0] == declared:
        return declared
    from clipper.identifierscripts import SECOND_LANGUAGES, unknown_script

    code, probability = identify(sample)
    if code not in SECOND_LANGUAGES and unknown_script(declared, sample):
        # a script the identifier never saw the declared language in (Kazakh in Latin
        # letters): its guess names another language whatever the text is
        return declared
    if probability < config.text_language_min_probability:
        family = siblings(code)
        if family and declared not in family:
            # sure of the macrolanguage, not of its member (Indonesian or Malay), as
            # detect_language is: a member of it, not the declared language outside it
            probability = _family_probability(sample, code)
    if (
        code == declared
        or code in NEVER_TAKEN
        or probability < config.text_language_min_probability
        or declared_share(declared, text) >= config.text_language_mixed_share
    ):
        return declared
    return code


def declared_share(declared: str, text: str) -> float:
    """The share (0-1) of the characters of ``text``'s paragraphs (lines of :data:`MIN_CHARS`
    characters or more; of a text longer than :data:`MIXED_CHECK_CHARS`, every k-th of them,
    about that many characters in all) that py3langid reads as the language ``declared``; 0
    when no paragraph is that long."""
    lines = [ln for ln in (raw.strip() for raw in text.splitlines()) if len(ln) >= MIN_CHARS]
    step = max(1, math.ceil(sum(map(len, lines)) / MIXED_CHECK_CHARS))
    read = in_language = 0
    for line in lines[::step]:
        read += len(line)
        if identify(line)[0] == declared:
            in_language += len(line)
    return in_language / read if read else 0.0
