"""What a user writes for a language in ``--lang`` (search, export, watch add), read as the code
clipper stores (:func:`clipper.declaredlanguage.known_language`), saying so when it was read as
something else than it says.

Besides ISO 639 codes and BCP 47 tags (``en``, ``deu``, ``pt-BR``), people write a country's
code for its language: ``jp``, ``cn``, ``kr``, ``tw``, ``gr``, ``dk`` (newcomer 26 finding 11:
an Asia-Pacific desk's ``--lang kr`` was rejected or found nothing).  A two-letter code that is
an ISO 3166 country code is read as the country's language (CLDR's likely subtags, as the
``langcodes`` package gives them: ``und-KR`` → ``ko``) when it names no language, or a language
the text identifier never names (``kr`` is also Kanuri, ``tw`` Twi: a page is stored in them
only where it declares so), and the notice says what it was read as and how to write the other
(``kau``).  A code that is both a country's and a language clipper identifies stays the
language (``uk`` Ukrainian, ``ar`` Arabic, ``sa`` Sanskrit).  A tag whose region or script names
another script than its language's usual one (``zh-TW``, ``zh-Hant``, ``sr-Latn``) is read as
the language, all its scripts alike, with a notice: clipper keeps a page's language, not its
script; so is a former code (``in`` → ``id``, ``iw`` → ``he``).  A macrolanguage whose members
clipper stores apart is read as all of them, with a notice: Norwegian ``no`` takes Bokmål
``nb`` and Nynorsk ``nn``, Serbo-Croatian ``sh`` Bosnian, Croatian and Serbian
(:data:`clipper.language.MACROLANGUAGES`).  Anything else is
:class:`UnknownLanguage`, naming the close matches (a language's name written for its code,
``english`` → ``en``; codes a letter away).

Names come from the IANA language subtag registry ``langcodes`` ships, read once a process
(~0.1 s) and only when a message needs them; the identifier's languages from its model's copy in
the cache folder (~1 ms), and only for a code that is both a country's and a language.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

import langcodes

from clipper.declaredlanguage import known_language, macrolanguage_member
from clipper.language import MACROLANGUAGE_CODES, MACROLANGUAGES, stored_language
from clipper.quoting import quoted

# BCP 47's private-use region codes (RFC 5646, 2.2.4): no country's.
_PRIVATE_REGION = re.compile(r"AA|Q[M-Z]|X[A-Z]|ZZ")


class UnknownLanguage(ValueError):
    """A ``--lang`` value that names no language; the message lists close matches."""


@dataclass(frozen=True)
class AskedLanguage:
    """``code``, as clipper stores a language; ``notice``: how ``--lang`` was read, when it was
    read as something else than it says (None when not)."""

    code: str
    notice: str | None = None


def asked_language(value: str) -> AskedLanguage:
    """``value`` (``--lang``'s, any case, ``-`` or ``_`` between subtags) as a stored language
    code, and the notice saying how it was read (module docstring).  Raises
    :class:`UnknownLanguage` for a value that names no language nor a country."""
    tag = value.strip().replace("_", "-")
    macro = MACROLANGUAGE_CODES.get(tag.split("-")[0].lower())
    if macro is not None:
        named = [f"{code} ({_name(code)})" for code in MACROLANGUAGES[macro]]
        members = ", ".join(named[:-1]) + " and " + named[-1]
        return AskedLanguage(macro, f"--lang {value} takes {members}")
    stored = known_language(tag)
    country = _country_language(tag.lower())
    if (
        country is not None
        and country != stored
        and (stored is None or stored not in _identified())
    ):
        other = (
            ""
            if stored is None
            else (f"; for {_name(stored)} give {langcodes.Language.get(stored).to_alpha3()}")
        )
        return AskedLanguage(
            country,
            f"--lang {value} read as {country} ({_name(country)}), the language of the "
            f"country code {tag.upper()}{other}",
        )
    if stored is None:
        raise UnknownLanguage(_unknown(value))
    if macrolanguage_member(tag) is not None:  # "prs", "arb", "yue": a member of "fa", "ar", "zh"
        return AskedLanguage(stored, _member_notice(value, tag, stored))
    primary = tag.split("-")[0].lower()
    if len(primary) == 2 and stored_language(primary) != stored:  # a former code: "in", "iw"
        return AskedLanguage(stored, f"--lang {value} read as {stored} ({_name(stored)})")
    if _script(tag) != _script(stored):
        return AskedLanguage(
            stored,
            f"--lang {value} read as {stored} ({_name(stored)}): clipper keeps a page's "
            "language, not its script, so pages in every script of it are taken",
        )
    region = _tag_region(tag)
    if region is not None:  # "pt-BR": the language anywhere; the country is --region's
        return AskedLanguage(
            stored,
            f"--lang {value} read as {stored} ({_name(stored)}) as written anywhere: clipper "
            f"keeps a page's language, not its country; --region {region} keeps the pages of "
            f"{country_name(region)}",
        )
    return AskedLanguage(stored)


def _member_notice(value: str, tag: str, stored: str) -> str:
    """How ``--lang`` read an individual language of a macrolanguage (``prs``): as the
    macrolanguage, and, when the member is most written in another country than the
    macrolanguage (CLDR's likely subtags: Dari Afghanistan, Persian Iran; Cantonese Hong Kong,
    Chinese China), the ``--region`` that keeps its pages, as ``fa-AF``'s notice says it."""
    member = tag.split("-")[0].lower()
    region = _tag_region(tag) or _likely_region(member)
    where = (
        f"; --region {region} keeps the pages of {country_name(region)}"
        if region is not None and region != _likely_region(stored)
        else ""
    )
    return (
        f"--lang {value} ({_member_name(member)}) read as {stored} ({_name(stored)}), the "
        f"macrolanguage it belongs to: clipper tells a page's language by its macrolanguage "
        f"only, so pages in every member of it are taken{where}"
    )


def _likely_region(code: str) -> str | None:
    """The country CLDR's likely subtags give a language (``prs`` → AF, ``fa`` → IR)."""
    try:
        return langcodes.Language.get(code).maximize().territory
    except (ValueError, LookupError):
        return None


def _member_name(code: str) -> str:
    """An ISO 639-3 language's first name in the IANA registry (``prs`` → Dari)."""
    for entry in _registry():
        described = entry.get("Description")
        if (
            entry.get("Type") == "language"
            and entry.get("Subtag") == code
            and isinstance(described, list)
            and described
        ):
            return str(described[0])
    return code


def _tag_region(tag: str) -> str | None:
    """The ISO 3166 country a language tag's region subtag names (``pt-BR`` → ``BR``), else
    None (no region, a UN M.49 area such as ``es-419``, a private-use code)."""
    parts = tag.split("-")
    region = next((part.upper() for part in parts[1:] if re.fullmatch(r"[A-Za-z]{2}", part)), None)
    if region is None or _PRIVATE_REGION.fullmatch(region):
        return None
    return region if langcodes.tag_is_valid(f"und-{region}") else None


def regional_tag(code: str) -> str | None:
    """The language of the country whose ISO 3166 code ``code`` (two letters) also is, tagged
    with that country as its region, when it is another language than ``code`` names: ``br``
    (Breton) → ``pt-BR``, ``ca`` (Catalan) → ``en-CA``, ``at`` (no language) → ``de-AT``;
    None for a code that is no country's, or whose country's language it names (``de``)."""
    country = _country_language(code.lower())
    if country is None or country == known_language(code):
        return None
    return f"{country}-{code.upper()}"


def language_name(code: str) -> str:
    """The language's first name in the IANA registry (``br`` → Breton), else ``code``."""
    return _name(code)


def country_name(region: str) -> str:
    """The country's first name in the IANA registry (``BR`` → Brazil), else ``region``."""
    for entry in _registry():
        described = entry.get("Description")
        if (
            entry.get("Type") == "region"
            and entry.get("Subtag") == region.upper()
            and isinstance(described, list)
            and described
        ):
            return str(described[0])
    return region


def _country_language(code: str) -> str | None:
    """The stored language of the country whose ISO 3166 code ``code`` is (two letters, not a
    private-use code), else None."""
    region = code.upper()
    if not re.fullmatch(r"[A-Z]{2}", region) or _PRIVATE_REGION.fullmatch(region):
        return None
    if not langcodes.tag_is_valid(f"und-{region}"):
        return None
    return known_language(langcodes.Language.get(f"und-{region}").maximize().language or "")


def _script(tag: str) -> str | None:
    """The script ``tag`` is written in, given or implied by its region (CLDR's likely
    subtags): ``zh-TW`` → Hant, ``zh`` → Hans."""
    try:
        return langcodes.Language.get(tag).maximize().script
    except (ValueError, LookupError):
        return None


def _unknown(value: str) -> str:
    """The message for a ``--lang`` naming no language, with the close matches."""
    names = _names()
    wanted = value.strip().lower()
    by_name = [code for code, name in names.items() if name.lower() == wanted]
    near = difflib.get_close_matches(wanted, sorted(names), n=4, cutoff=0.5)
    matches = by_name or near
    hint = "; close: " + ", ".join(f"{code} ({names[code]})" for code in matches) if matches else ""
    return (
        f"--lang {quoted(value)} is not a language code (ISO 639: e.g. en, de or deu, ja or jpn, "
        f"pt-BR; or a country's code, jp, kr){hint}"
    )


def _name(code: str) -> str:
    return _names().get(code, code)


@cache
def _names() -> dict[str, str]:
    """Two-letter language code → its first name in the IANA registry."""
    names: dict[str, str] = {}
    for entry in _registry():
        code, described = entry.get("Subtag"), entry.get("Description")
        if (
            entry.get("Type") == "language"
            and isinstance(code, str)
            and len(code) == 2
            and isinstance(described, list)
            and described
            and "Deprecated" not in entry
        ):
            names[code] = str(described[0])
    return names


@cache
def _registry() -> list[dict[str, object]]:
    from langcodes.registry_parser import parse_registry

    return list(parse_registry())


@cache
def _identified() -> frozenset[str]:
    """The languages the text identifier names (:func:`clipper.langmodel.languages`)."""
    from clipper import langmodel

    return langmodel.languages()
