"""``clipper clusters``: the archive's clusters listed, largest or most recent first, with the
filters that narrow them (a span, a size, sites, regions) and their count
(:func:`count_clusters`, which a list that finds none narrows by: :mod:`clipper.narrowing`);
``clipper show`` of one: :mod:`clipper.browse`.

It only reads, so it runs while a ``clipper dedupe`` writes (the archive is in WAL mode).
``first_seen`` and ``last_seen`` of a cluster are its pages' earliest and latest sighting (each
page's fetch, else its publication time; when runs archived them only where no page gives
either: :mod:`clipper.seentimes`).  ``outlets`` counts the distinct known sites of a cluster's
pages; pages without a site (plain-text dumps) are not counted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import tzinfo
from typing import Any, Literal

from sqlalchemy import text

from clipper.archive import Archive
from clipper.dates import zoned_times
from clipper.headlines import cluster_headlines
from clipper.quoting import quoted
from clipper.searchfilters import (
    credited_pages,
    date_bounds,
    date_source_sql,
    region_filter,
    stored_sites,
)
from clipper.searchquery import QueryError
from clipper.seendays import seen_kinds, stated_times, wall_times
from clipper.seentimes import FETCHED as FETCHED_SEEN
from clipper.seentimes import PUBLISHED as PUBLISHED_SEEN
from clipper.seentimes import shown_date

SortOrder = Literal["size", "recent"]
SORTS: tuple[SortOrder, ...] = ("size", "recent")


@dataclass(frozen=True)
class ClusterRow:
    cluster_id: int
    size: int
    outlets: int
    first_seen: str | None
    last_seen: str | None
    canonical_page_id: int
    title: str | None
    site: str | None
    date: str | None
    url: str | None
    # ``date`` is a publication time its source wrote without a time zone: written as stored,
    # without an offset (as Canonical.date_zoneless; show, search and export say it too)
    date_zoneless: bool = False
    # where ``date`` came from: "declared"/"guessed" (a publication date), "fetched" (its fetch
    # time: the page gives none); None when it has neither (searchfilters.date_source_sql)
    date_source: str | None = None
    # which time first_seen is: "fetched" (a page's fetch), "published" (a page's publication
    # time, before its fetch if it was fetched: clipper.seentimes.first_sighting), "archived"
    # (no page fetched or dated: when runs stored them, or a cluster stored before session 31
    # whose pages were not fetched); first_seen_as and last_seen_as say it of each end (a
    # cluster published, fetched later, is first seen published, last seen fetched)
    seen_as: str = FETCHED_SEEN
    first_seen_as: str = FETCHED_SEEN
    last_seen_as: str = FETCHED_SEEN
    # first_seen and last_seen are a publication time as written, on no known clock
    # (clipper.seentimes.wall_seen): shown and written without a zone
    first_seen_zoneless: bool = False
    last_seen_zoneless: bool = False

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON document, stored times with their zone (zoned_times); a
        zoneless ``date`` as written."""
        return zoned_times(asdict(self))


def _published_at_sql(table: str) -> str:
    """clipper.seentimes.published_at in SQL, of the pages row ``table``."""
    return (
        f"(CASE WHEN {table}.published_zoneless "
        f"THEN coalesce({table}.published_from, {table}.published) "
        f"WHEN length({table}.published) = 10 THEN {table}.published || 'T00:00:00' "
        f"ELSE {table}.published END)"
    )


# A page's first sighting, as a cluster's first seen counts it (clipper.seentimes.
# first_sighting): its publication time (published_at) where it is before the page's fetch (a
# day alone only when a day before the fetch's, a zoneless time only when its last possible
# second, published_to, is), else its fetch; a page not fetched by its
# publication time; else when a run stored it.
_FIRST_SIGHTING_SQL = (
    f"(CASE WHEN w.fetched_at IS NULL THEN coalesce({_published_at_sql('w')}, w.seen_at) "
    f"WHEN {_published_at_sql('w')} < w.seen_at AND (CASE WHEN length(w.published) = 10 "
    "THEN w.published < substr(w.seen_at, 1, 10) "
    "WHEN w.published_zoneless THEN w.published_to < w.seen_at ELSE 1 = 1 END) "
    f"THEN {_published_at_sql('w')} ELSE w.seen_at END)"
)


def _day_sighting_sql(table: str) -> str:
    """A page's last sighting (of the pages row ``table``) when it is a day alone
    (``YYYY-MM-DD``: never fetched, dated by its day alone), else null."""
    return (
        f"(CASE WHEN {table}.fetched_at IS NULL AND length({table}.published) = 10 "
        f"THEN {table}.published END)"
    )


def _first_day_sql(table: str) -> str:
    """A page's first sighting (of the pages row ``table``) when it is a day alone: never
    fetched and dated by its day alone, or fetched on a later day (seentimes.first_sighting),
    else null."""
    return (
        f"(CASE WHEN length({table}.published) = 10 AND ({table}.fetched_at IS NULL "
        f"OR {table}.published < substr({table}.seen_at, 1, 10)) THEN {table}.published END)"
    )


# The time of day of a sighting that may be a day alone's start (seentimes.published_at)
_MIDNIGHT = "00:00:00"


def _sighting_within(lower: bool) -> str:
    """A constant SQL test of the pages row ``w``: its first sighting is before ``:until``
    (not ``lower``); with ``lower``, it was seen between ``:since`` and ``:until``: its
    first sighting, its first fetch or its latest fetch is; a day alone by its day
    (``:since_day``, ``:until_day``: :func:`clipper.searchfilters.date_bounds`' days)."""
    first_day = _first_day_sql("w")
    if not lower:
        return (
            f"(CASE WHEN {first_day} IS NOT NULL THEN w.published < :until_day "
            f"ELSE {_FIRST_SIGHTING_SQL} < :until END)"
        )
    fetches = " OR ".join(
        f"w.{column} >= :since AND w.{column} < :until" for column in ("seen_at", "last_fetched_at")
    )
    return (
        f"((CASE WHEN {first_day} IS NOT NULL "
        "THEN w.published >= :since_day AND w.published < :until_day "
        f"ELSE {_FIRST_SIGHTING_SQL} >= :since AND {_FIRST_SIGHTING_SQL} < :until END) "
        f"OR w.fetched_at IS NOT NULL AND ({fetches}))"
    )


def clusters(
    archive: Archive,
    *,
    sort: SortOrder = "size",
    since: str | None = None,
    until: str | None = None,
    min_size: int = 1,
    sites: Sequence[str] = (),
    limit: int = 20,
    zone: tzinfo | None = None,
    regions: Sequence[str] = (),
    authors: Sequence[str] = (),
    agencies: Sequence[str] = (),
) -> list[ClusterRow]:
    """Clusters, largest first (``size``; ties: most recently seen) or most recently seen first
    (``recent``).  ``since``/``until`` keep clusters with a page seen within those dates (with
    one bound: last seen on or after ``since``, first seen on or before ``until``; with both, a
    page seen between them, not a cluster seen before and after them only, as
    :func:`clipper.stories.list_stories` does for reports); ``sites`` keeps those with a page
    from any of those sites or a subdomain of one (``--site``, repeatable); ``regions`` those
    with a page stating one of those countries (``--region``, ISO 3166:
    :func:`clipper.searchfilters.region_filter`); ``authors`` and ``agencies`` (``--author``,
    ``--agency``) those with a page whose byline names any of those people and which credits
    any of those agencies (:func:`clipper.searchfilters.credited_pages`).  Raises
    :class:`QueryError` for a malformed date, limit, country or name."""
    if sort not in SORTS:
        raise QueryError(f"unknown sort {quoted(sort)} (use one of {', '.join(SORTS)})")
    if limit < 1:
        raise QueryError("--limit must be at least 1")
    params: dict[str, Any] = {"limit": limit}
    clauses = _cluster_filters(
        params, since, until, min_size, sites, zone, regions, authors, agencies
    )
    order = (
        "c.pages DESC, c.last_seen DESC, c.id"
        if sort == "size"
        else "c.last_seen DESC, c.pages DESC, c.id DESC"
    )
    query = text(
        "SELECT c.id AS cluster_id, c.pages AS size, c.first_seen, c.last_seen, "
        "c.canonical_page_id, p.title, p.site, coalesce(p.published, p.fetched_at) AS date, "
        "p.url, CASE WHEN p.published IS NOT NULL THEN p.published_zoneless END AS zoneless, "
        "p.published_from, p.published_to, "
        f"{date_source_sql('p')} AS date_source, "
        "(SELECT count(DISTINCT v.outlet) FROM pages AS v WHERE v.cluster_id = c.id) AS outlets "
        "FROM clusters AS c JOIN pages AS p ON p.id = c.canonical_page_id "
        f"WHERE {' AND '.join(clauses)} ORDER BY {order} LIMIT :limit"
    )
    with archive.engine.connect() as connection:
        rows = connection.execute(query, params).all()
        heads = cluster_headlines(connection, (row.canonical_page_id for row in rows))
        # a day alone's start is shown as the day (clipper.seendays)
        seen = stated_times(connection, [(r.cluster_id, r.first_seen, r.last_seen) for r in rows])
        # which time each end is (clipper.seentimes.seen_as): fetched, published or archived
        kinds = seen_kinds(connection, [(r.cluster_id, r.first_seen, r.last_seen) for r in rows])
        published = [
            (r.cluster_id, *seen[r.cluster_id])
            for r in rows
            if PUBLISHED_SEEN in kinds[r.cluster_id]
        ]
        # which ends are a zoneless time, and those as written (clipper.seentimes.written_seen)
        zoneless = wall_times(connection, published)
        walls = {cid: ends for cid, (ends, _) in zoneless.items()}
        seen.update({cid: shown for cid, (_, shown) in zoneless.items()})
    return [
        ClusterRow(
            **{
                **{
                    k: v
                    for k, v in row._mapping.items()
                    if k not in ("zoneless", "published_from", "published_to")
                },
                "title": heads.get(row.canonical_page_id, row.title),
                "first_seen": seen[row.cluster_id][0],
                "last_seen": seen[row.cluster_id][1],
                "seen_as": kinds[row.cluster_id][0] or FETCHED_SEEN,
                "first_seen_as": kinds[row.cluster_id][0] or FETCHED_SEEN,
                "last_seen_as": kinds[row.cluster_id][1] or FETCHED_SEEN,
                "first_seen_zoneless": walls.get(row.cluster_id, (False, False))[0],
                "last_seen_zoneless": walls.get(row.cluster_id, (False, False))[1],
                # a zoneless time its site's clocks pin is that moment (clipper.seentimes)
                **dict(
                    zip(
                        ("date", "date_zoneless"),
                        shown_date(row.date, row.zoneless, row.published_from, row.published_to),
                        strict=True,
                    )
                ),
            }
        )
        for row in rows
    ]


def count_clusters(
    archive: Archive,
    *,
    since: str | None = None,
    until: str | None = None,
    min_size: int = 1,
    sites: Sequence[str] = (),
    zone: tzinfo | None = None,
    regions: Sequence[str] = (),
    authors: Sequence[str] = (),
    agencies: Sequence[str] = (),
) -> int:
    """How many clusters :func:`clusters` lists with these filters and no limit (what a list
    that came out empty says the archive holds without a filter: :mod:`clipper.narrowing`).
    Raises :class:`QueryError` as :func:`clusters` does."""
    params: dict[str, Any] = {}
    clauses = _cluster_filters(
        params, since, until, min_size, sites, zone, regions, authors, agencies
    )
    query = text(f"SELECT count(*) FROM clusters AS c WHERE {' AND '.join(clauses)}")
    with archive.engine.connect() as connection:
        return int(connection.execute(query, params).scalar_one())


def _cluster_filters(
    params: dict[str, Any],
    since: str | None,
    until: str | None,
    min_size: int,
    sites: Sequence[str],
    zone: tzinfo | None,
    regions: Sequence[str],
    authors: Sequence[str] = (),
    agencies: Sequence[str] = (),
) -> list[str]:
    """:func:`clusters`' filters as constant SQL fragments over ``c`` (a ``clusters`` row),
    their values put into ``params``."""
    params["min_size"] = min_size
    # Constant fragments only; values are bound parameters.  Sizes are pages, a page's versions
    # counted once (clusters.pages, migration 0027).
    clauses = ["c.pages >= :min_size"]
    lower, upper = date_bounds(since, until, zone=zone)  # days of ``zone`` (--tz), as times
    # a sighting that is a day alone (a page dated by its day alone, never fetched; a first
    # sighting of one fetched on a later day too) is within the
    # bounds when its day reaches them, on --tz's clock (searchfilters.date_bounds' days): a
    # cluster's first or last seen at midnight may be such a day's start, and is checked page
    # by page (an index seek a cluster); any other first or last seen is a time, and decides
    lower_day, upper_day = date_bounds(since, until, zone=zone, days=True)
    if lower:
        params["since"], params["since_day"] = lower, lower_day
        clauses.append(
            "(c.last_seen >= :since OR c.last_seen >= :since_day AND EXISTS (SELECT 1 FROM "
            f"pages AS d WHERE d.cluster_id = c.id AND {_day_sighting_sql('d')} >= :since_day))"
        )
    if upper:
        params["until"], params["until_day"] = upper, upper_day
        clauses.append(
            f"(c.first_seen < :until AND substr(c.first_seen, 12) <> '{_MIDNIGHT}' "
            "OR (c.first_seen < :until OR c.first_seen < :until_day) AND EXISTS (SELECT 1 FROM "
            f"pages AS w WHERE w.cluster_id = c.id AND {_sighting_within(False)}))"
        )
    if lower and upper:  # a page seen in between: an index seek a cluster, past the span test
        clauses.append(
            "EXISTS (SELECT 1 FROM pages AS w WHERE w.cluster_id = c.id "
            f"AND {_sighting_within(True)})"
        )
    if sites:  # any of them or a subdomain of one (clipper.searchfilters.stored_sites)
        clauses.append(
            "EXISTS (SELECT 1 FROM pages AS s WHERE s.cluster_id = c.id "
            f"AND s.site IN {stored_sites(sites, params)})"
        )
    if regions:
        clauses.append(
            "EXISTS (SELECT 1 FROM pages AS r WHERE r.cluster_id = c.id "
            f"AND {region_filter(regions, params, table='r')})"
        )
    # the clusters of the pages page_credits names (a seek a name: no scan of the clusters),
    # each option a cluster with a page of it, as --site's and --region's
    if authors:
        listed = credited_pages(authors, (), params, name="author")
        clauses.append(f"c.id IN (SELECT ap.cluster_id FROM pages AS ap WHERE ap.id IN {listed})")
    if agencies:
        listed = credited_pages((), agencies, params, name="agency")
        clauses.append(f"c.id IN (SELECT gp.cluster_id FROM pages AS gp WHERE gp.id IN {listed})")
    return clauses
