"""Reading stories: for the CLI, search and show."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select, text
from sqlalchemy.orm import Session

from clipper.dates import zoned_times
from clipper.headlines import cluster_headlines
from clipper.models import Cluster, Page, Story, StoryVector
from clipper.seendays import story_times, story_walls
from clipper.store.rows import chunks


def page_event_date() -> ColumnElement[str]:
    """A page's event date as SQL: its publication date, else its fetch time, else when it was
    first seen (ISO 8601 text; what ``search --since/--until`` filters on, and whose first ten
    characters are :func:`clipper.stories.vectors.event_day` of a stored page)."""
    return func.coalesce(Page.published, Page.fetched_at, Page.seen_at)


@dataclass
class StorySummary:
    """A story as listed.  ``first_day``/``last_day``: the first and last day its pages were
    published (a page's publication date as stored: a time in UTC its UTC day, a time without
    a zone its own wall day); pages that give no date do not count, since the day they were
    fetched or archived is not when they were published; None when no page of the story
    gives one (:func:`dated_days`)."""

    id: int
    title: str | None
    first_day: str | None
    last_day: str | None
    first_seen: str | None
    last_seen: str | None
    size: int
    pages: int
    outlets: int
    lead_page_id: int
    # first_seen and last_seen are a publication time as written, on no known clock or
    # several (clipper.seendays.story_walls): written without an offset, as clusters --json
    first_seen_zoneless: bool = False
    last_seen_zoneless: bool = False
    # why the story's text was read cut short when no page of it holds a whole text (a paywall
    # teaser alone: "paywall"; :func:`cut_short`), else None
    partial: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """A line of ``clipper stories --json``: ``story_id`` (``id`` too, its first name),
        then the fields above (``partial`` last: null for a story with a whole text),
        ``first_seen``/``last_seen`` with their zone as ``clusters --json`` writes them
        (:func:`clipper.dates.zoned_times`; they were written without one, which pandas read
        as naive beside the clusters' UTC: newcomer 20)."""
        return zoned_times({"story_id": self.id, **asdict(self)})


@dataclass
class StoryCluster:
    cluster_id: int
    size: int
    day: str | None  # the first day its pages were published; None: none gives a date
    canonical_page_id: int
    title: str | None
    url: str | None
    site: str | None


@dataclass
class StoryDetail:
    story: StorySummary
    clusters: list[StoryCluster] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """``clipper show story:N --json``: ``story`` as a line of ``clipper stories --json``
        (:meth:`StorySummary.as_dict`), ``clusters`` as listed."""
        return {"story": self.story.as_dict(), "clusters": [asdict(c) for c in self.clusters]}


def dated_days(
    session: Session, ids: Iterable[int], *, by_cluster: bool = False
) -> dict[int, tuple[str, str]]:
    """story id (``by_cluster``: cluster id) → the first and last day (YYYY-MM-DD) one of its
    pages was published, for those with a page that gives a date.  Not the stored
    ``stories.first_day``/``last_day``, which order and pre-filter the list: they fall back on
    a page's fetch time, else the day clipper stored it, so a story of undated text dumps
    showed the run's day as its last (newcomer 28, finding 2).  Index seeks: clusters by
    story, pages by cluster."""
    key = Cluster.id if by_cluster else Cluster.story_id
    day = func.substr(Page.published, 1, 10)
    found: dict[int, tuple[str, str]] = {}
    for chunk in chunks(sorted(set(ids))):
        for row in session.execute(
            select(key.label("key"), func.min(day).label("first"), func.max(day).label("last"))
            .join(Page, Page.cluster_id == Cluster.id)
            .where(key.in_(chunk), Page.published.is_not(None))
            .group_by(key)
        ):
            found[row.key] = (row.first, row.last)
    return found


def cut_short(session: Session, story_ids: Iterable[int]) -> dict[int, str]:
    """story id → why its text was read cut short (``pages.partial`` up to its detail in
    brackets: "paywall", "excerpt"), for the stories none of whose pages holds a whole text:
    a paywall's teaser with no whole copy of its article in the archive is a story of its own,
    and says so wherever it is listed (session 30: it was listed as a whole story).  A teaser
    whose article is in the archive joins its story (its opening is the article's: a brief of
    it, :mod:`clipper.match`), which then holds a whole text.  Index seeks: clusters by story,
    pages by cluster."""
    found: dict[int, str] = {}
    for chunk in chunks(sorted(set(story_ids))):
        for row in session.execute(
            select(
                Cluster.story_id.label("story"),
                func.count(Page.id).label("pages"),
                func.count(Page.partial).label("cut"),
                func.min(Page.partial).label("why"),
            )
            .join(Page, Page.cluster_id == Cluster.id)
            .where(Cluster.story_id.in_(chunk))
            .group_by(Cluster.story_id)
        ):
            if row.pages and row.cut == row.pages:
                found[row.story] = row.why.split(" (")[0]
    return found


def _shown_seen(
    session: Session, rows: list[Story]
) -> dict[int, tuple[str | None, str | None, bool, bool]]:
    """story id → its first and last seen as printed, and whether each is a publication time
    as written on no known clock: a day alone's start as the day
    (:func:`clipper.seendays.story_times`), such a time as its page wrote it
    (:func:`clipper.seendays.story_walls`), else as stored."""
    stored = [(r.id, r.first_seen, r.last_seen) for r in rows]
    days = story_times(session.connection(), stored)
    walls = story_walls(session.connection(), stored)
    shown = {}
    for sid, first, last in stored:
        (first_wall, last_wall), (first_written, last_written) = walls[sid]
        day_first, day_last = days.get(sid, (first, last))
        shown[sid] = (
            first_written if first_wall else day_first,
            last_written if last_wall else day_last,
            first_wall,
            last_wall,
        )
    return shown


def _summary(
    row: Story,
    days: dict[int, tuple[str, str]],
    cut: dict[int, str] | None = None,
    seen: dict[int, tuple[str | None, str | None, bool, bool]] | None = None,
) -> StorySummary:
    """A story as listed; ``seen``: its first and last seen as printed (:func:`_shown_seen`),
    else as stored."""
    first_day, last_day = days.get(row.id, (None, None))
    first_seen, last_seen, first_wall, last_wall = (seen or {}).get(
        row.id, (row.first_seen, row.last_seen, False, False)
    )
    return StorySummary(
        id=row.id,
        title=row.title,
        first_day=first_day,
        last_day=last_day,
        first_seen=first_seen,
        last_seen=last_seen,
        size=row.size,
        pages=row.pages,
        outlets=row.outlets,
        lead_page_id=row.lead_page_id,
        first_seen_zoneless=first_wall,
        last_seen_zoneless=last_wall,
        partial=(cut or {}).get(row.id),
    )


def list_stories(
    session: Session,
    *,
    since: str | None = None,
    until: str | None = None,
    min_size: int = 1,
    limit: int | None = None,
    zone: tzinfo | None = None,
    last_from: str | None = None,
) -> list[StorySummary]:
    """Stories, latest first, with a report (one of its pages, dated as ``search`` dates it:
    its publication date, else fetch, else first sight) on or after ``since`` and on or before
    ``until`` (a date, a date-time or a span; ``today``, ``yesterday`` and dates are days of
    ``zone``, ``--tz``: None, UTC), by the one rule of every command
    (:func:`clipper.searchfilters.date_filters`: a time without a zone on its site's clocks),
    not a story whose days merely span them (one reported on the 8th and the 16th is not a
    story of the 9th); with one bound, a date-time counts by its day ("a report on or after
    this day").  ``min_size`` counts clusters; ``last_from`` (a day, ``YYYY-MM-DD``) keeps the
    stories whose last day as stored is on or after it.

    Raises :class:`clipper.searchquery.QueryError` for a ``since``/``until`` that is not a date."""
    query = _stories_query(since, until, min_size, zone)
    if last_from is not None:
        query = query.where(Story.last_day >= last_from)
    query = query.order_by(Story.last_day.desc(), Story.size.desc(), Story.id)
    if limit is not None:
        query = query.limit(limit)
    rows = list(session.scalars(query))
    days = dated_days(session, (row.id for row in rows))
    cut = cut_short(session, (row.id for row in rows))
    seen = _shown_seen(session, rows)
    return [_summary(row, days, cut, seen) for row in rows]


def count_stories(
    session: Session,
    *,
    since: str | None = None,
    until: str | None = None,
    min_size: int = 1,
    zone: tzinfo | None = None,
) -> int:
    """How many stories :func:`list_stories` lists with these filters and no limit (what a
    list that came out empty says the archive holds without a filter: :mod:`clipper.narrowing`).
    Raises :class:`clipper.searchquery.QueryError` as :func:`list_stories` does."""
    query = _stories_query(since, until, min_size, zone)
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _stories_query(
    since: str | None, until: str | None, min_size: int, zone: tzinfo | None
) -> Select[Story]:
    """:func:`list_stories`' selection of stories, unordered and unlimited."""
    from clipper.searchfilters import date_bounds, date_filters  # every command's dates

    query = select(Story).where(Story.size >= min_size)
    if bool(since) != bool(until):  # one bound: "a report on or after this day", its day
        since, until = (
            (since and _day_of(since, "--since", zone)),
            (until and _day_of(until, "--until", zone)),
        )
    params: dict[str, Any] = {}
    reports = date_filters(since, until, params, zone=zone, table="pages")
    if reports:
        # the stories whose days (as stored: a page's date as written, its wall day for a
        # time without a zone) come within a day of the bounds, then a report between them
        # as search finds a page (clipper.searchfilters.date_filters): index seeks, clusters
        # by story and pages by cluster
        lower, upper = date_bounds(since, until, zone=zone, days=True)
        if lower:
            query = query.where(Story.last_day >= _day_before(lower[:10]))
        if upper:  # exclusive: the next day, or a date-time one second after --until's
            query = query.where(Story.first_day <= _day_after(upper[:10]))
        query = query.where(
            select(Page.id)
            .join(Cluster, Page.cluster_id == Cluster.id)
            .where(Cluster.story_id == Story.id, text(" AND ".join(reports)).bindparams(**params))
            .exists()
        )
    return query


def _day_of(value: str, option: str, zone: tzinfo | None) -> str:
    """The day of ``zone`` (None: UTC) a ``--since``/``--until`` value names or falls on."""
    from clipper.dates import DateError, parse_when
    from clipper.searchquery import QueryError

    try:
        start, has_time = parse_when(value, option, None, zone)
    except DateError as error:
        raise QueryError(str(error)) from None
    if has_time and start > datetime.min:
        start = start.replace(tzinfo=UTC).astimezone(zone or UTC).replace(tzinfo=None)
    return start.date().isoformat()


def _day_before(day: str) -> str:
    return (date.fromisoformat(day) - timedelta(days=1)).isoformat() if day > "0001-01-01" else day


def _day_after(day: str) -> str:
    return (date.fromisoformat(day) + timedelta(days=1)).isoformat() if day < "9999-12-31" else day


def stories_for_clusters(session: Session, cluster_ids: Iterable[int]) -> dict[int, int | None]:
    """cluster id → story id (None for a cluster not yet in a story), for those that exist."""
    found: dict[int, int | None] = {}
    for chunk in chunks(sorted(set(cluster_ids))):
        for row in session.execute(
            select(Cluster.id, Cluster.story_id).where(Cluster.id.in_(chunk))
        ):
            found[row.id] = row.story_id
    return found


def story_detail(session: Session, story_id: int) -> StoryDetail | None:
    """A story and its clusters (earliest first), or None if there is no such story."""
    row = session.get(Story, story_id)
    if row is None:
        return None
    detail = StoryDetail(
        _summary(
            row,
            dated_days(session, [story_id]),
            cut_short(session, [story_id]),
            _shown_seen(session, [row]),
        )
    )
    items = session.execute(
        select(
            Cluster.id,
            Cluster.pages,
            Cluster.canonical_page_id,
            StoryVector.day,
            Page.title,
            Page.url,
            Page.site,
        )
        .join(StoryVector, StoryVector.cluster_id == Cluster.id)
        .join(Page, Page.id == Cluster.canonical_page_id)
        .where(Cluster.story_id == story_id)
        .order_by(StoryVector.day, Cluster.id)
    ).all()
    # a cluster's headline: its canonical's title, else its copies' (clipper.headlines)
    heads = cluster_headlines(session, (item.canonical_page_id for item in items))
    days = dated_days(session, (item.id for item in items), by_cluster=True)
    for item in items:
        detail.clusters.append(
            StoryCluster(
                cluster_id=item.id,
                size=item.pages or 0,
                day=days.get(item.id, (None, None))[0],
                canonical_page_id=item.canonical_page_id,
                title=heads.get(item.canonical_page_id, item.title),
                url=item.url,
                site=item.site,
            )
        )
    return detail
