"""The filters of the archive's queries (``clipper search``, ``stories``, ``browse``, ``export``,
digest watchlists): ``--since``/``--until``, ``--site`` and ``--lang`` read and checked
(:class:`clipper.searchquery.QueryError` for a value that is none), and written as constant SQL
fragments whose values are bound parameters.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from clipper.dates import DateError, day_start, parse_when
from clipper.language import spellings
from clipper.searchquery import QueryError
from clipper.sites import is_host, site_key, site_spellings


def date_bounds(
    since: str | None,
    until: str | None,
    now: datetime | None = None,
    zone: tzinfo | None = None,
    *,
    days: bool = False,
) -> tuple[str | None, str | None]:
    """``--since``/``--until`` → (inclusive lower, exclusive upper) ISO strings.

    Each is a date, a date-time or a span back from ``now`` (``7d``; see :mod:`clipper.dates`),
    ``today``, ``yesterday`` and dates being days of ``zone`` (``--tz``; None: UTC).
    Both ends are inclusive for the user: ``--until 2025-03-11`` keeps the whole of that day.
    Stored dates are ISO strings (a date, or a date-time in UTC), which compare as text: a
    whole day is its date (``2025-03-11``) when it starts at midnight UTC (in UTC, or with
    ``days``: the bounds a stored date, a day, is compared with), else the UTC time it starts
    at in ``zone`` (``2025-03-10T17:00:00`` in Asia/Jakarta).
    Raises :class:`QueryError` for a value that is neither, or a ``since`` after ``until``.
    """

    def day(value: date) -> str:
        start = day_start(value, None if days else zone)
        if start == datetime.combine(value, datetime.min.time()):
            return value.isoformat()  # a day of UTC: its date, as a stored date is written
        return start.isoformat(timespec="seconds")

    lower = upper = None
    try:
        if since:
            start, has_time = parse_when(since, "--since", now, zone)
            lower = start.isoformat(timespec="seconds") if has_time else day(start.date())
        if until:
            end, has_time = parse_when(until, "--until", now, zone)
            if end.date() == date.max:
                upper = None  # the last day there is: no upper bound
            elif has_time:
                upper = (end + timedelta(seconds=1)).isoformat(timespec="seconds")
            else:
                upper = day(end.date() + timedelta(days=1))
    except DateError as error:
        raise QueryError(str(error)) from None
    if lower and upper and lower >= upper:
        raise QueryError(f"--since {since} is after --until {until}")
    return lower, upper


def normalise_site(site: str) -> str:
    """``https://www.Daily-Harbor.example/x`` → ``daily-harbor.example``, ``DerStandard`` →
    ``derstandard``: the spelling the archive stores (:func:`clipper.sites.site_key`)."""
    value = site_key(site)
    if not value:
        raise QueryError(f"--site {site!r} is not a site name (e.g. dailyharbor.example)")
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


def date_filters(
    since: str | None,
    until: str | None,
    params: dict[str, Any],
    now: datetime | None = None,
    zone: tzinfo | None = None,
) -> list[str]:
    """``--since``/``--until`` (:func:`date_bounds`, days of ``zone``) → constant SQL fragments
    over ``p``, a ``pages`` row: its publication date, falling back to the fetch date, then to
    when clipper stored the page (an undated text dump is found by the night it arrived); the
    bounds are put in ``params`` as ``since``/``until``.  Where a day of ``zone`` does not
    start at midnight UTC, a stored date (a day) is compared with the days
    (``since_day``/``until_day``), a stored time with the times the days start at.
    Raises :class:`QueryError`."""
    lower, upper = date_bounds(since, until, now, zone)
    lower_day, upper_day = date_bounds(since, until, now, zone, days=True)
    when = "coalesce(p.published, p.fetched_at, p.seen_at)"
    clauses = []
    for name, bound, by_day, test in (
        ("since", lower, lower_day, ">="), ("until", upper, upper_day, "<")
    ):
        if not bound:
            continue
        params[name] = bound
        if by_day == bound:
            clauses.append(f"{when} {test} :{name}")
        else:
            params[f"{name}_day"] = by_day
            clauses.append(
                f"CASE WHEN length({when}) = 10 THEN {when} {test} :{name}_day "
                f"ELSE {when} {test} :{name} END"
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
