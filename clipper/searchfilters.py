"""The filters of the archive's queries (``clipper search``, ``stories``, ``browse``, ``export``,
digest watchlists): ``--since``/``--until``, ``--site``, ``--lang`` and ``--region`` read and
checked (:class:`clipper.searchquery.QueryError` for a value that is none), and written as
constant SQL fragments whose values are bound parameters.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from clipper.dates import DateError, day_start, parse_when
from clipper.language import spellings
from clipper.quoting import quoted
from clipper.searchquery import QueryError
from clipper.sites import is_host, site_key, site_spellings


def date_bounds(
    since: str | None,
    until: str | None,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    *,
    days: bool = False,
    wall: bool = False,
) -> tuple[str | None, str | None]:
    """``--since``/``--until`` → (inclusive lower, exclusive upper) ISO strings.

    Each is a date, a date-time or a span back from ``now`` (``7d``; see :mod:`clipper.dates`),
    ``today``, ``yesterday`` and dates being days of ``zone`` (``--tz``; None: UTC).
    Both ends are inclusive for the user: ``--until 2025-03-11`` keeps the whole of that day.
    Stored dates are ISO strings (a date, or a date-time in UTC), which compare as text: a
    whole day is its date (``2025-03-11``) when it starts at midnight UTC (in UTC, or with
    ``days``), else the UTC time it starts at in ``zone`` (``2025-03-10T17:00:00`` in
    Asia/Jakarta).  With ``wall``, the bounds as a clock of ``zone`` reads them: a day its
    date, a time its wall time there (what a time written without a zone, on a site of
    unknown clocks, is compared with).  With ``days``, the bounds a date alone (a page dated
    by its day only) is compared with: the days of ``zone`` the bounds reach, the first and
    the one after the last (``--since 2026-12-04T10:00 --until 2026-12-05T09:00`` →
    ``("2026-12-04", "2026-12-06")``): a day is within the bounds when any of its moments is
    (newcomer 39: ``--since 2026-12-04T00:00`` left out the pages dated ``2026-12-04``, read
    as its first second on UTC's clock).
    Raises :class:`QueryError` for a value that is neither, or a ``since`` after ``until``.
    """

    def moment(value: datetime) -> str:
        if (wall or days) and zone is not None:
            # (a span back to the first day there is: no zone moves it)
            with contextlib.suppress(OverflowError):
                value = value.replace(tzinfo=UTC).astimezone(zone).replace(tzinfo=None)
        if days:  # the day of zone's clock the time falls on
            return value.date().isoformat()
        return value.isoformat(timespec="seconds")

    def day(value: date) -> str:
        start = day_start(value, None if days or wall else zone)
        if start == datetime.combine(value, datetime.min.time()):
            return value.isoformat()  # a day of UTC: its date, as a stored date is written
        return start.isoformat(timespec="seconds")

    lower = upper = None
    try:
        if since:
            start, has_time = parse_when(since, "--since", now, zone)
            lower = moment(start) if has_time else day(start.date())
        if until:
            end, has_time = parse_when(until, "--until", now, zone)
            if end.date() == date.max:
                upper = None  # the last day there is: no upper bound
            elif has_time and days:
                upper = _day_after(moment(end))  # the day the last second asked falls on
            elif has_time:
                upper = moment(end + timedelta(seconds=1))
            else:
                upper = day(end.date() + timedelta(days=1))
    except DateError as error:
        raise QueryError(str(error)) from None
    if lower and upper and lower >= upper:
        raise QueryError(f"--since {since} is after --until {until}")
    return lower, upper


def _day_after(day: str) -> str:
    """The day after ``day`` (``YYYY-MM-DD``); the last day there is stays itself."""
    value = date.fromisoformat(day)
    return day if value == date.max else (value + timedelta(days=1)).isoformat()


def normalise_site(site: str) -> str:
    """``https://www.Daily-Harbor.example/x`` → ``daily-harbor.example``, ``DerStandard`` →
    ``derstandard``: the spelling the archive stores (:func:`clipper.sites.site_key`)."""
    value = site_key(site)
    if not value:
        raise QueryError(f"--site {quoted(site)} is not a site name (e.g. dailyharbor.example)")
    return value


def normalise_lang(lang: str) -> str:
    """``en-GB`` → ``en``, ``deu``/``ger`` → ``de``, ``jpn`` → ``ja``, ``no`` → ``nb``, a
    country's ``jp``/``kr`` → ``ja``/``ko``: the code the archive stores for a page's language
    (:func:`clipper.askedlanguage.asked_language`, whose notice the command line prints).
    Raises :class:`QueryError` for a code that names no language (``zz``, ``english``,
    ``und``, private use), naming close matches."""
    from clipper.askedlanguage import UnknownLanguage, asked_language

    try:
        return asked_language(lang).code
    except UnknownLanguage as error:
        raise QueryError(str(error)) from None


def _like_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# A shown date's source when it is the page's fetch time (it has no publication date), as
# show, search --json and clusters --json say it (clipper.browse.FETCHED).
FETCHED = "fetched"


def date_source_sql(table: str = "p") -> str:
    """A constant SQL expression over ``table`` (a ``pages`` row): where its shown date,
    ``coalesce(published, fetched_at)``, came from: the page's ``date_source`` (``declared``
    or ``guessed``; null for a page stored before migration 0022) for a publication date,
    :data:`FETCHED` for a fetch time, null for neither (search and clusters JSON's ``date``
    held either without saying which before session 29)."""
    return (
        f"CASE WHEN {table}.published IS NOT NULL THEN {table}.date_source "
        f"WHEN {table}.fetched_at IS NOT NULL THEN '{FETCHED}' END"
    )


def date_filters(
    since: str | None,
    until: str | None,
    params: dict[str, Any],
    now: datetime | None = None,
    zone: tzinfo | None = None,
    table: str = "p",
) -> list[str]:
    """``--since``/``--until`` (:func:`date_bounds`, days of ``zone``) → constant SQL fragments
    over ``table``, a ``pages`` row (its name or alias): its publication date, falling back to
    the fetch date, then to when clipper stored the page where no page of its cluster gives
    either (an undated text dump is found by the night it arrived; an undated, unfetched copy
    of a dated article is in no bounds: its cluster is found by its dated pages, as
    ``clusters`` finds it); the bounds go into ``params`` under names starting
    ``since``/``until``.
    The one rule of every command that filters by publication:

    - a time stored in UTC (written with its zone; a fetch or storage time) against the UTC
      times the bounds name;
    - a date alone against the days asked (``--since 2026-12-03`` keeps a page dated the 3rd
      in any zone; where a day of ``zone`` does not start at midnight UTC, its date);
    - a time written without a zone on the clocks of the country the page's address names
      (``pages.published_from``/``published_to``, :func:`clipper.pubwindows.zoneless_bounds`):
      a moment where the country keeps one offset (India's "10:00" is 04:30 UTC), else every
      moment its clocks can mean, kept when any of them is within the bounds (Indonesia's
      "08:00", 23:00 to 01:00 UTC, is of the day before and of its day: inclusive);
    - a time written without a zone on a site whose address names no country, as written, on
      the reader's clock (``zone``): "2026-12-03 00:30" is a page of the 3rd.

    Raises :class:`QueryError`."""
    bounds = {
        "utc": date_bounds(since, until, now, zone),
        "day": date_bounds(since, until, now, zone, days=True),
        "wall": date_bounds(since, until, now, zone, wall=True),
    }
    # when clipper stored the page stands in only for a page of a cluster none of whose pages
    # gives a publication or fetch time (as clusters' first and last seen: "A"); an undated,
    # unfetched copy of a dated article is left out of the bounds, its cluster found by the
    # dated pages (newcomer 41: the copy stored tonight listed a 1 December story, shown with
    # its days, under stories --since today, and searched, exported by tonight's date)
    when = (
        f"coalesce({table}.published, {table}.fetched_at, CASE WHEN NOT EXISTS (SELECT 1 FROM "
        f"pages AS dated WHERE dated.cluster_id = {table}.cluster_id AND (dated.published IS "
        f"NOT NULL OR dated.fetched_at IS NOT NULL)) THEN {table}.seen_at END)"
    )
    clauses = []
    for side, name, test, span_end in ((0, "since", ">=", "to"), (1, "until", "<", "from")):
        if not bounds["utc"][side]:
            continue
        for kind, found in bounds.items():
            params[f"{name}_{kind}"] = found[side]
        clauses.append(
            f"CASE WHEN length({when}) = 10 THEN {when} {test} :{name}_day "
            f"WHEN {table}.published_{span_end} IS NOT NULL "
            f"THEN {table}.published_{span_end} {test} :{name}_utc "
            f"WHEN {table}.published IS NOT NULL AND {table}.published_zoneless "
            f"THEN {when} {test} :{name}_wall "
            f"ELSE {when} {test} :{name}_utc END"
        )
    return clauses


def language_filter(languages: Sequence[str], params: dict[str, Any], name: str = "lang") -> str:
    """A constant SQL fragment over ``p`` keeping pages in any of ``languages`` (``--lang``),
    compared as primary subtags (``en-GB`` and ``en`` both keep ``en`` pages); the values go
    into ``params`` under names starting with ``name``.  Raises :class:`QueryError`."""
    tests = []
    wanted = sorted({code for lang in languages for code in spellings(normalise_lang(lang))})
    for number, lang in enumerate(wanted):
        key = f"{name}{number}"
        params[key], params[key + "_prefix"] = lang, _like_escape(lang) + "-%"
        tests.append(
            f"lower(p.language) = :{key} OR lower(p.language) LIKE :{key}_prefix ESCAPE '\\'"
        )
    return "(" + " OR ".join(tests) + ")"


def normalise_region(region: str) -> str:
    """``br`` → ``BR``, ``uk`` → ``GB``: the ISO 3166 code the archive stores as a page's
    country (``pages.region``: :func:`clipper.askedregion.asked_region`).  Raises
    :class:`QueryError` for a value that is no country's code."""
    from clipper.askedregion import UnknownRegion, asked_region

    try:
        return asked_region(region)
    except UnknownRegion as error:
        raise QueryError(str(error)) from None


def region_filter(
    regions: Sequence[str], params: dict[str, Any], name: str = "region", table: str = "p"
) -> str:
    """A constant SQL fragment over ``table`` (a ``pages`` row's alias) keeping pages stating
    any of ``regions`` (``--region``, ISO 3166 codes: :func:`normalise_region`) as their
    country (``pages.region``); a page stating none passes none.  The values go into
    ``params`` under names starting with ``name``.  Raises :class:`QueryError`."""
    keys = []
    for number, region in enumerate(sorted({normalise_region(value) for value in regions})):
        params[f"{name}{number}"] = region
        keys.append(f":{name}{number}")
    return f"{table}.region IN ({', '.join(keys)})"


# The archive's distinct sites, one index seek each (a loose index scan over pages.site: its
# cost follows the number of sites, not of pages), as a recursive CTE SQLite and PostgreSQL run.
_KNOWN_SITES = (
    "WITH RECURSIVE known(site) AS (SELECT min(site) FROM pages UNION ALL "
    "SELECT (SELECT min(n.site) FROM pages AS n WHERE n.site > known.site) FROM known "
    "WHERE known.site IS NOT NULL) "
)


def stored_sites(sites: Sequence[str], params: dict[str, Any], name: str = "site") -> str:
    """A constant SQL list or subquery, to follow ``IN``, of the stored sites that are one of
    ``sites`` (:func:`normalise_site`) or a subdomain of one: ``people.com.cn`` takes
    ``politics.people.com.cn`` (:func:`clipper.sites.within`); a site's name (no dot:
    ``derstandard``) only itself.  Values go into ``params`` under names starting with
    ``name``.  With a host given, the archive's distinct sites are walked (one index seek a
    site).  Raises :class:`QueryError`."""
    keys, subdomains = [], []
    wanted = {spelling for site in sites for spelling in site_spellings(normalise_site(site))}
    for number, site in enumerate(sorted(wanted)):
        key = f"{name}{number}"
        keys.append(f":{key}")
        params[key] = site
        if is_host(site):
            params[key + "_sub"] = "%." + _like_escape(site)
            subdomains.append(f"known.site LIKE :{key}_sub ESCAPE '\\'")
    listed = ", ".join(keys)
    if not subdomains:
        return f"({listed})"
    tests = " OR ".join([f"known.site IN ({listed})", *subdomains])
    return f"({_KNOWN_SITES}SELECT known.site FROM known WHERE {tests})"


def site_filter(
    sites: Sequence[str], params: dict[str, Any], *, variants: bool, name: str = "site"
) -> str:
    """A constant SQL fragment, ``{id}`` standing for a page id, keeping (``variants``) the
    pages of any of ``sites`` or their subdomains (:func:`stored_sites`), else the canonical
    articles of the clusters one of them carried (any page of the cluster: ``clipper search``
    without ``--variants``).  The normalised sites go into ``params`` under names starting
    with ``name``.  Raises :class:`QueryError`."""
    listed = stored_sites(sites, params, name)
    if variants:
        return f"{{id}} IN (SELECT s.id FROM pages AS s WHERE s.site IN {listed})"
    return (
        "{id} IN (SELECT c.canonical_page_id FROM clusters AS c "
        f"JOIN pages AS s ON s.cluster_id = c.id WHERE s.site IN {listed})"
    )


def credited_pages(
    authors: Sequence[str], agencies: Sequence[str], params: dict[str, Any], name: str = "credit"
) -> str:
    """A constant SQL subquery, to follow ``IN``, of the ids of the pages whose byline names
    any of ``authors`` (``--author``: every word of the name a word of one name of the
    byline, in any order) and credits any of ``agencies`` (``--agency``: in its byline, its
    dateline or its closing credit, by any spelling of the agency); both given, a page passes
    both.  Looked up in ``page_credits`` by its primary key (:mod:`clipper.bylinekeys`): the
    pages of the names asked for are read, never the archive's.  Values go into ``params``
    under names starting with ``name``.  Raises :class:`QueryError` for a name of no word."""
    from clipper.bylinekeys import AGENCY, AUTHOR, agency_keys, name_words

    sets = []
    if authors:
        named = []
        for number, author in enumerate(authors):
            words = name_words(author)
            if not words:
                raise QueryError(
                    f"--author {quoted(author)} names no one: give a name, e.g. 'Jane Doe'"
                )
            keys = []
            for index, word in enumerate(words):
                params[f"{name}_a{number}_{index}"] = word
                keys.append(f":{name}_a{number}_{index}")
            named.append(
                f"SELECT b.page_id FROM page_credits AS b WHERE b.kind = '{AUTHOR}' "
                f"AND b.key IN ({', '.join(keys)}) GROUP BY b.page_id, b.name_index "
                f"HAVING count(DISTINCT b.key) = {len(words)}"
            )
        sets.append(" UNION ".join(named))
    if agencies:
        keys = []
        for agency in agencies:
            found = agency_keys(agency)
            if not found:
                raise QueryError(
                    f"--agency {quoted(agency)} names no agency: give its credit, e.g. AFP"
                )
            keys.extend(found)
        listed = []
        for number, key in enumerate(sorted(set(keys))):
            params[f"{name}_g{number}"] = key
            listed.append(f":{name}_g{number}")
        sets.append(
            f"SELECT g.page_id FROM page_credits AS g WHERE g.kind = '{AGENCY}' "
            f"AND g.key IN ({', '.join(listed)})"
        )
    if len(sets) == 1:
        return f"({sets[0]})"
    # both: the pages in both sets (each a subquery of its own, so each keeps its GROUP BY)
    return (
        "("
        + " INTERSECT ".join(f"SELECT * FROM ({part}) AS {name}{n}" for n, part in enumerate(sets))
        + ")"
    )


def credit_filter(
    authors: Sequence[str],
    agencies: Sequence[str],
    params: dict[str, Any],
    *,
    variants: bool,
    name: str = "credit",
) -> str:
    """A constant SQL fragment, ``{id}`` standing for a page id, keeping (``variants``) the
    pages whose own byline and credits name any of ``authors`` and any of ``agencies``
    (:func:`credited_pages`), else the canonical articles of the clusters a page of which
    does (``clipper search`` without ``--variants``: an agency's story whose copy credits it,
    as ``--site`` keeps a story any of its pages' sites carried).  Raises
    :class:`QueryError`."""
    listed = credited_pages(authors, agencies, params, name)
    if variants:
        return f"{{id}} IN {listed}"
    return (
        "{id} IN (SELECT c.canonical_page_id FROM pages AS s JOIN clusters AS c "
        f"ON c.id = s.cluster_id WHERE s.id IN {listed})"
    )
