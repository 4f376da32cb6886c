"""What a user writes for a country in ``--region`` (search, export, clusters, stories, watch
add), read as the ISO 3166 code the archive stores in ``pages.region``
(:mod:`clipper.declaredregion`: the country a page or its record states it is of), and the note
a command prints when no page of the archive is of that country.

A Lisbon researcher comparing Brazilian, Portuguese and Angolan coverage asked ``--lang pt-BR``
and got every Portuguese page (newcomer 35, finding 4): clipper keeps a page's language, not
the country it is written in; the country is ``--region BR``'s.  A page's region is what it or
its record states (``<html lang="pt-BR">``, a record's ``"country": "BR"``, an address's
``/br/``), else what ``dedupe --country`` gives it, else its address's country-code domain where
its language is written (``.com.br``: :func:`clipper.declaredregion.address_region`), else its
declared language's where only one country writes that language (``lang="pl"`` is Poland's:
:mod:`clipper.languageclocks`), else its dateline's place where its language is official
(:func:`clipper.placeregion.page_region`); a page stating two countries, or none in a language
of several on a ``.com`` with no dateline, has none and passes no ``--region``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import text

from clipper.declaredregion import field_region

if TYPE_CHECKING:
    from clipper.archive import Archive

__all__ = ["UnknownRegion", "absent_region_notes", "asked_region", "region_languages", "region_tag"]


class UnknownRegion(ValueError):
    """A ``--region`` value that is no ISO 3166 country code; the message says what to give."""


def asked_region(value: str) -> str:
    """``value`` (``--region``'s: ``br``, ``BR``, ``UK`` for GB) as the upper-case ISO 3166
    code the archive stores.  Raises :class:`UnknownRegion` for anything else, naming the
    country of a language tag given for it (``pt-BR`` → "give --region BR")."""
    code = field_region(value)
    if code is not None:
        return code
    parts = value.strip().replace("_", "-").split("-")
    region = field_region(parts[-1]) if len(parts) > 1 else None
    hint = f": for {value}'s country give --region {region}" if region is not None else (
        ": two letters, e.g. BR, PT, AO, MX, ES"
    )
    raise UnknownRegion(f"--region {value} is no ISO 3166 country code{hint}")


def region_tag(region: str) -> str:
    """A language tag naming the country ``region`` (an ISO 3166 code): its first official
    or de facto language's (CLDR's, through Babel: ``pl-PL``, ``pt-BR``, ``es-MX``), ``en-``
    where CLDR names none."""
    from babel.languages import get_official_languages

    languages = get_official_languages(region, de_facto=True)
    return f"{languages[0] if languages else 'en'}-{region}"


def _tag_named(region: str) -> str:
    """The language tag of ``region`` a note names (:func:`region_tag`), and when it is a
    publishing system's default that alone states no country (``es-ES``, ``fr-FR``:
    :data:`clipper.declaredregion.TEMPLATE_REGIONS`), what bears it out: the address's
    country-code domain or a time with its zone on that country's clocks."""
    from clipper.declaredregion import TEMPLATE_KEEPERS

    tag = region_tag(region)
    pair = (tag.split("-", 1)[0], region)
    if pair not in TEMPLATE_KEEPERS:
        return tag
    domain = "uk" if region == "GB" else region.lower()
    zoned = " or beside a time stated with its zone" if TEMPLATE_KEEPERS[pair] else ""
    return f"{tag} on a .{domain} address{zoned} ({tag} alone is a publishing system's default)"


def region_languages(region: str) -> list[str]:
    """The languages whose pages are of ``region`` when they state no country
    (:data:`clipper.languageclocks.LANGUAGE_CLOCKS`: ``PL`` → ``["pl"]``), sorted."""
    from clipper.languageclocks import LANGUAGE_CLOCKS

    return sorted(code for code, (country, _) in LANGUAGE_CLOCKS.items() if country == region)


def absent_region_notes(archive: Archive, regions: Sequence[str]) -> list[str]:
    """What ``search``, ``export``, ``clusters``, ``stories`` and ``watch add`` say of a
    ``--region`` (``regions``, stored codes) no page of the archive is of, in the order given:
    "no page of the archive states it is of BR (Brazil) …"; [] when every one has pages.  One
    look-up a region (a scan of ``pages`` only for a region no page has)."""
    from clipper.askedlanguage import country_name
    from clipper.sitezones import country_domain

    notes = []
    with archive.engine.connect() as connection:
        for region in dict.fromkeys(regions):
            found = connection.execute(
                text("SELECT 1 FROM pages WHERE region = :region LIMIT 1"), {"region": region}
            ).first()
            if found is None:
                own = " or ".join(f'lang="{code}"' for code in region_languages(region))
                domain = country_domain(region)
                notes.append(
                    f"no page of the archive states it is of {region} "
                    f"({country_name(region)}): a page's country is what it or its record "
                    f"states (a language tag such as {_tag_named(region)}, a record's "
                    f"\"country\" field, an address's /{region.lower()}/"
                    + (f", an address on .{domain} in a language written there" if domain else "")
                    + (f", or a language only {region} writes: {own})" if own else ")")
                    + f"; give a dump's or a site's pages theirs with clipper dedupe "
                    f"--country {region} or --country SITE={region}"
                )
    return notes
