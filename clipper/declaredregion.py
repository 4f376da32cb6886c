"""The country a page declares itself of, which narrows the clocks a time written without a
zone can be on (:func:`clipper.sitezones.clock_country`) where its address names none: a
Mexican outlet on ``.com`` says ``<html lang="es-MX">``, so its "10:00" is Mexico's (UTC-8 to
-5), not any clock from UTC-12 to UTC+14.

Read where a page or its crawler states it outright, and only when every such statement names
one country (:func:`declared_region`):

- a language tag's region in the page's head: ``<html lang="pt-BR">``, ``og:locale`` "es_MX",
  ``Content-Language``, ``<meta name="language">`` (:func:`clipper.declaredlanguage.declared_tags`;
  ``og:locale:alternate`` names the page's other editions, not it);
- a crawler record's language tag (``"language": "en-IN"``) and its country field
  (``"country": "MX"``: an ISO 3166 code; a country's name is not read);
- the address's first path segment naming an edition: ``/mx/``, ``/es-mx/``, ``/en_in/``
  (:func:`path_region`).  A bare segment is read only where it is credible: not a section's
  name (:data:`SECTION_SEGMENTS`: a Japanese site's ``/pr/`` is its press releases, not Puerto
  Rico; ``/tv/``, ``/ad/``, ``/ai/``), not one naming a country where none of the page's
  declared languages is written (a ``sv`` page's ``/gt/`` is not Guatemala's:
  :data:`clipper.config.EDITION_LANGUAGE_SHARE`), and not one that is also a language code
  (``/es/``, ``/ar/``, ``/uk/``, ``/ca/``) on a page declaring that language or none: that
  names a language edition as often as a country's.  ``/br/`` on a ``pt`` page, ``/mx/`` on
  an ``es`` one, ``/us/`` on an ``en`` or ``es`` one, ``/uk/`` on an ``en`` one are.

A region a publishing system writes by default for its language whatever the site's country
(:data:`TEMPLATE_REGIONS`: WordPress's and Yoast's ``en_US``, Joomla's ``en-GB``, WordPress's
Spanish ``es_ES`` and French ``fr_FR``, which Latin American, African and Canadian outlets keep)
is not read as a statement.  A page stating no country whose declared language is written in
one country's clocks (``nb``, ``fi``, ``lt``: :mod:`clipper.languageclocks`, a table with
reasons) is of that country.  Two statements naming two countries (``es-MX`` and ``/ar/``'s
Argentina; ``pt-BR`` and ``"country": "PT"``) name none.  A country zone.tab does not list
(``419``, ``EU``) is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from urllib.parse import urlsplit

from clipper.config import EDITION_LANGUAGE_SHARE
from clipper.declaredlanguage import declared_tags, known_language
from clipper.languageclocks import language_country
from clipper.sitezones import country_zones

# Language and region pairs publishing systems write by default for the language, whatever
# the site's country: WordPress's install default and Yoast's og:locale en_US, Joomla's
# en-GB, and the first locale WordPress offers for Spanish and French (es_ES, fr_FR), which
# sites in Latin America, Africa and Canada keep.  Stated, they say the language only.
TEMPLATE_REGIONS = frozenset({("en", "US"), ("en", "GB"), ("es", "ES"), ("fr", "FR")})

# Two letters that lead news addresses as a section's or a service's name far more often than
# as a country's edition, in any language: never read as the country they spell (F1 of
# newcomer 38; bench/HISTORY.md, "A country in an address").  Each with what it names.
SECTION_SEGMENTS: dict[str, str] = {
    "ad": "adverts and advertorials (tokyo-np.co.jp/ad/, kommersant.ru/ad), not Andorra",
    "ai": "artificial-intelligence news (newcomer 38's Japanese portals, forbes.com/ai/), not "
          "Anguilla",
    "fm": "a paper's radio (kommersant.ru/fm/), not Micronesia",
    "my": "the reader's own page and subscriptions (hankookilbo.com/my/), not Malaysia",
    "me": "the reader's own page, account and history (tagesanzeiger.ch/me/), not Montenegro",
    "pr": "press releases and paid posts (mainichi.jp/pr/), not Puerto Rico",
    "sc": "sponsored content (businessinsider.com/sc/), not the Seychelles",
    "tv": "television and video (timesofindia.indiatimes.com/tv/, srf.ch/tv/, "
          "expressen.se/tv/), not Tuvalu",
}

_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?[-_]([A-Za-z]{2}|\d{3})(?![A-Za-z0-9])")
_SEGMENT = re.compile(r"/([A-Za-z]{2})(?:[-_]([A-Za-z]{2}))?(?=/|$)")
_COUNTRY_SPELLINGS = {"UK": "GB"}


def tag_region(tag: str | None) -> str | None:
    """The country a language tag names (``pt-BR`` → ``BR``, ``zh-Hant-TW`` → ``TW``,
    ``es_MX`` → ``MX``), else None: no region, a region of no one country (``es-419``), one
    zone.tab does not list, or a publishing system's default (:data:`TEMPLATE_REGIONS`)."""
    m = _TAG.match((tag or "").strip())
    if not m:
        return None
    language, region = known_language(m.group(1)), m.group(3).upper()
    if (language, region) in TEMPLATE_REGIONS:
        return None
    return _country(region)


def path_region(url: str | None, languages: Iterable[str | None] = ()) -> str | None:
    """The country the first segment of ``url``'s path names as an edition (``/mx/``,
    ``/es-mx/``, ``/en_IN/``), else None.  A bare segment names none when it is a section's
    name (:data:`SECTION_SEGMENTS`), a country none of ``languages`` (the page's declared
    language tags: ``ja``, ``pt-BR``) is written in (:func:`written_there`), or also a language
    code and the page declares that language or none (``/es/`` on a Spanish page is its
    Spanish edition; ``/br/``, Breton's code, on a Portuguese page is Brazil)."""
    if not url or "//" not in url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    m = _SEGMENT.match(path)
    if not m:
        return None
    if m.group(2):
        return tag_region(f"{m.group(1)}-{m.group(2)}") if known_language(m.group(1)) else None
    segment = m.group(1).lower()
    country = None if segment in SECTION_SEGMENTS else _country(segment)
    if country is None:
        return None
    spoken = {known_language(_primary(tag)) for tag in languages} - {None}
    # a segment that is also a language code (/es/, /br/ Breton's) names a language edition as
    # often: a country only on a page declaring another language, official there
    officially = known_language(segment) is not None
    if officially and (not spoken or known_language(segment) in spoken):
        return None
    if spoken and not any(written_there(language, country, officially) for language in spoken):
        return None
    return country


def written_there(language: str | None, country: str, officially: bool = False) -> bool:
    """Whether ``language`` (as clipper stores it: ``pt``, ``nb``, ``fil``) is written in
    ``country`` (an ISO 3166 code): official there, in a region of it or de facto, or spoken by
    at least :data:`clipper.config.EDITION_LANGUAGE_SHARE` percent of its people (CLDR's
    territory languages, through Babel): ``pt`` in ``BR``, ``es`` in ``US``, not ``ja`` in
    ``PR``.  ``officially``: only an official or de facto official language counts (``en`` in
    ``GB``, ``IN``; not in ``HR``, where 49 percent speak it)."""
    return language is not None and language in _territory_languages(country, officially)


@cache
def _territory_languages(country: str, officially: bool) -> frozenset[str]:
    from babel.core import get_global

    found = set()
    for code, facts in get_global("territory_languages").get(country, {}).items():
        status = facts.get("official_status")
        if (
            status in ("official", "de_facto_official")
            if officially
            else status or (facts.get("population_percent") or 0) >= EDITION_LANGUAGE_SHARE
        ):
            language = known_language(_primary(code))
            if language:
                found.add(language)
    return frozenset(found)


def _primary(tag: str | None) -> str:
    return (tag or "").strip().replace("_", "-").split("-", 1)[0]


def field_region(value: object) -> str | None:
    """The country a record's country field names: an ISO 3166 code, either case (``"mx"``,
    ``"GB"``, ``"UK"``), else None."""
    if not isinstance(value, str) or len(value.strip()) != 2:
        return None
    return _country(value)


def declared_region(
    head: bytes | None = None,
    tags: Iterable[str | None] = (),
    country: object = None,
    url: str | None = None,
) -> str | None:
    """The one country the page states (``head``: its HTML head's language tags; ``tags``: a
    crawler's language tags; ``country``: a record's country field; ``url``: its address's
    first path segment), as an ISO 3166 code; None when two name two.  When none states one,
    the country whose clocks the languages it declares are written on, where they are of one
    (:func:`clipper.languageclocks.language_country`: ``lang="no"`` is Norway's), else None."""
    languages = [*declared_tags(head or b""), *tags]
    found = {
        region
        for region in (
            *(tag_region(tag) for tag in languages),
            field_region(country),
            path_region(url, languages),
        )
        if region
    }
    if not found:
        return language_country(languages)
    return found.pop() if len(found) == 1 else None


def _country(code: str) -> str | None:
    code = code.strip().upper()
    code = _COUNTRY_SPELLINGS.get(code, code)
    return code if country_zones(code) else None
