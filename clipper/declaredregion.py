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
Spanish ``es_ES`` and French ``fr_FR``, which Latin American, African and Canadian outlets keep) is
read only where the page bears it out against the outlets known to keep it (:func:`borne_out`;
newcomer 39b, finding 3: Spanish outlets' ``es-ES`` pages had no country, ``--region ES`` found
none, and their zoneless times sat on no clock): its address's country-code domain is the tag's
(``.es``), or a time it states with its zone is on the tag's country's clocks and on none of the
keepers' (EFE's "+01:00", a date line's "10:12 CET": no Latin American clock is east of UTC).  A
currency or a place the text names is no such evidence (an Argentine paper's copy of EFE's story on
Spain's floods names Teruel and euros), nor is how many of a site's pages carry the tag (a page's
country is the page's own, whatever else the archive holds, so the same pages in any order or
batches give the same countries). A user states the country of what a page states none of with
``dedupe --country`` (``stated``: the dump's or a site's,
:func:`clipper.read.statedcountry.stated_country`), which a page's own statements and a default tag
borne out come before.  A page stating no country whose declared language is written in one
country's clocks (``nb``, ``fi``, ``lt``: :mod:`clipper.languageclocks`, a table with reasons) is of
that country, but on an address of another country's domain where the language is written too
(``ko`` on ``.kp``, ``fi`` on ``.se``: :func:`address_region`), whose country the page's stored
region takes (:func:`clipper.placeregion.page_region`, as a Greek page's on ``.gr`` or
``.com.cy``: the Athens desk's report, session 48).  What is read here is also where a page's dates
are read (its zone abbreviations, :func:`clipper.read.zones.written_in`), so the address's country
stands in for no dateline's place there: the address names its clocks already
(:func:`clipper.sitezones.clock_country`).  Two statements naming two countries (``es-MX`` and
``/ar/``'s Argentina; ``pt-BR`` and ``"country": "PT"``) name none.  A country zone.tab does not
list (``419``, ``EU``) is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from functools import cache
from urllib.parse import urlsplit

from clipper.config import EDITION_LANGUAGE_SHARE
from clipper.declaredlanguage import declared_tags, known_language
from clipper.language import MACROLANGUAGES
from clipper.languageclocks import language_country
from clipper.sitezones import country_zones, host_of, offsets, site_country

# Language and region pairs publishing systems write by default for the language, whatever
# the site's country: WordPress's install default and Yoast's og:locale en_US, Joomla's
# en-GB, and the first locale WordPress offers for Spanish and French (es_ES, fr_FR).  Each
# with the countries whose outlets keep it (None: any country's), whose clocks a time the page
# states must not be on for the tag to be believed (:func:`borne_out`).
TEMPLATE_KEEPERS: dict[tuple[str, str], frozenset[str] | None] = {
    ("en", "US"): None,  # every country's sites: WordPress's install default
    ("en", "GB"): None,  # the Commonwealth's and Europe's sites: Joomla's default
    # the Spanish-speaking Americas' outlets (the US's Hispanic press too)
    ("es", "ES"): frozenset({
        "MX", "GT", "SV", "HN", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC", "PE",
        "BO", "PY", "UY", "AR", "CL", "US",
    }),
    # Canada's, Belgium's, Switzerland's, Luxembourg's, Monaco's, Haiti's and francophone
    # Africa's outlets
    ("fr", "FR"): frozenset({
        "CA", "BE", "CH", "LU", "MC", "HT", "SN", "CI", "ML", "BF", "NE", "GN", "TG", "BJ",
        "CM", "GA", "CG", "CD", "CF", "TD", "MG", "RW", "BI", "DJ", "KM", "MA", "DZ", "TN",
        "MR",
    }),
}
TEMPLATE_REGIONS = frozenset(TEMPLATE_KEEPERS)

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
    zone.tab does not list, or a publishing system's default (:data:`TEMPLATE_REGIONS`, which
    :func:`template_region` reads)."""
    m = _TAG.match((tag or "").strip())
    if not m:
        return None
    language, region = known_language(m.group(1)), m.group(3).upper()
    if (language, region) in TEMPLATE_REGIONS:
        return None
    return _country(region)


def template_region(tags: Iterable[str | None]) -> tuple[str, str] | None:
    """The (language, country) of the publishing system's default among ``tags``
    (:data:`TEMPLATE_REGIONS`: ``es_ES`` → ``("es", "ES")``) when they name one, else None."""
    found = set()
    for tag in tags:
        m = _TAG.match((tag or "").strip())
        if m and (pair := (known_language(m.group(1)), m.group(3).upper())) in TEMPLATE_REGIONS:
            found.add(pair)
    return found.pop() if len(found) == 1 else None


def borne_out(pair: tuple[str, str], url: str | None, published: str | None) -> bool:
    """Whether a page tagged with a publishing system's default ``pair`` (``("es", "ES")``) bears
    its country out: its address's country-code domain is the country's
    (:func:`clipper.sitezones.site_country`: ``.es``; another country's, ``.com.mx``, says the tag
    is the template's), or, on an address naming no country, ``published`` (ISO 8601) is a time
    written with a zone east or west of UTC that the country's clocks keep at that moment and no
    clock of the outlets keeping the default does (:data:`TEMPLATE_KEEPERS`: "+01:00" in December is
    Spain's, on no clock of the Americas; a keeper of any country's, ``en-US``'s, has none).  UTC
    itself ("Z", "+00:00") is no evidence: sites write their times in UTC whatever their country."""
    _, country = pair
    domain = site_country(host_of(url))
    if domain is not None:
        return domain == country  # another country's domain: the tag is the template's
    keepers = TEMPLATE_KEEPERS[pair]
    if keepers is None or not published or "T" not in published:
        return False
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return False
    offset = moment.utcoffset()
    if offset is None or not offset:
        return False
    wall = moment.replace(tzinfo=None)
    earliest, latest = offsets(country, wall)
    if not earliest <= offset <= latest:
        return False
    return not any(
        low <= offset <= high for low, high in (offsets(keeper, wall) for keeper in keepers)
    )


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
    stated: str | None = None,
    published: str | None = None,
) -> str | None:
    """The one country the page states (``head``: its HTML head's language tags; ``tags``: a
    crawler's language tags; ``country``: a record's country field; ``url``: its address's
    first path segment), as an ISO 3166 code; None when two name two.  When none states one,
    the country of a publishing system's default tag the page bears out (``es-ES`` on a
    ``.es`` address, or beside a time ``published`` with Spain's offset: :func:`borne_out`),
    else the one the user states for it (``stated``: ``dedupe --country``), else the country
    whose clocks the languages it declares are written on, where they are of one
    (:func:`clipper.languageclocks.language_country`: ``lang="no"`` is Norway's) and the
    address names no other country where one of them is written (:func:`address_region`:
    ``lang="ko"`` on ``.kp`` names none here, its stored region is North Korea's:
    :func:`clipper.placeregion.page_region`), else None."""
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
    if not found and (pair := template_region(languages)) and borne_out(pair, url, published):
        found = {pair[1]}
    if not found:
        if stated:
            return stated
        own = language_country(languages)
        return own if address_region(languages, url) in (None, own) else None
    return found.pop() if len(found) == 1 else None


def address_region(languages: Iterable[str | None], url: str | None) -> str | None:
    """The country of ``url``'s country-code domain (:func:`clipper.sitezones.site_country`:
    ``.gr``, ``.com.cy``, ``.co.uk``, ``.com.au``; a generic ``.tv``, ``.io``, ``.me``, ``.co``
    names none) when one of ``languages`` (language tags: ``el``, ``sr-Latn``, ``de``), or
    another standard of its macrolanguage (:func:`_standards`: ``bs`` on ``.rs``), is written
    there (:func:`written_there`: CLDR's territory languages, through Babel), else
    None: a Greek page on ``.com.cy`` is Cyprus's, a Serbian one on ``.ba`` Bosnia and
    Herzegovina's, a Korean one on ``.kp`` North Korea's; a German page on ``.com`` or a
    Japanese one on ``.gr`` names none.  An address is its publisher's, wherever the report
    was filed, where a dateline is the correspondent's (:func:`clipper.placeregion.
    page_region` reads it, then a dateline)."""
    country = site_country(host_of(url))
    if country is None:
        return None
    spoken = {known_language(_primary(tag)) for tag in languages}
    found = any(written_there(sibling, country) for sibling in _standards(spoken))
    return country if found else None


def _standards(languages: Iterable[str | None]) -> set[str]:
    """``languages`` (as clipper stores them) with the other standards of their macrolanguage
    (:data:`clipper.language.MACROLANGUAGES`: Serbo-Croatian's ``bs``, ``hr``, ``sr``): a text
    identifier tells them apart poorly (a Serbian paper's Latin page on ``.rs`` read as ``bs``),
    and their press is one language's for where it is written."""
    found = {language for language in languages if language}
    for members in MACROLANGUAGES.values():
        if found & set(members):
            found |= set(members)
    return found


def official_there(language: str | None, country: str) -> bool:
    """Whether ``language`` (as clipper stores it: ``sr``, ``de``, ``ta``) has an official
    status in ``country`` (an ISO 3166 code): official in the whole country, de facto or in a
    region of it (CLDR's territory languages' ``official_status``, through Babel): ``el`` in
    ``CY``, ``sr`` in ``ME``, ``ca`` in ``ES``, ``ta`` in ``IN``, ``bs`` in ``RS`` (a standard
    of Serbo-Croatian, as ``sr`` is: :func:`_standards`); not ``de`` in ``GR`` nor ``en`` in
    ``DE``, where it is written by a share of the people (:func:`written_there`)."""
    return language is not None and bool(_standards([language]) & _official_languages(country))


@cache
def _official_languages(country: str) -> frozenset[str]:
    from babel.core import get_global

    found = set()
    for code, facts in get_global("territory_languages").get(country, {}).items():
        if facts.get("official_status") and (language := known_language(_primary(code))):
            found.add(language)
    return frozenset(found)


def _country(code: str) -> str | None:
    code = code.strip().upper()
    code = _COUNTRY_SPELLINGS.get(code, code)
    return code if country_zones(code) else None
