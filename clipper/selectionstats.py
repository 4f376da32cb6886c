"""Counts of a selection of the archive: what a monthly report to a client cites ("in December
the bank was in 9 pages of 6 outlets: 4 articles, 3 stories"), for ``clipper stats`` given a
filter (``--watch``, ``--since``/``--until``, ``--site``, ``--lang``, ``--region``,
``--query``).

The selection is ``clipper export``'s (:class:`clipper.export.Filters`: the same pages, read
the same way, one pass over its rows as they stream), so a count here is a count of the rows a
spreadsheet of the same export holds, said in the archive's units:

- ``pages``: addresses (else origins) once each; a page's older versions are the rows beyond
  one (``older_versions``; ``stored_pages`` = both, the export's rows);
- ``articles``: clusters (an article and its copies), ``stories``: stories (an event's
  articles), ``outlets``: registrable domains (:func:`clipper.sites.outlet_key`, as every
  outlet count), each counted among the selected pages only;
- ``top_outlets``: the outlets with most pages, ties by name; ``first_day``/``last_day``:
  the earliest and latest day of the selection's pages (``YYYY-MM-DD``): the publication
  day as export writes it on ``--tz``'s clock (a time its source wrote without a zone, its
  own day), else the fetch day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import tzinfo
from typing import Any

from clipper.archive import Archive
from clipper.export import Filters, records
from clipper.sites import outlet_key


@dataclass(frozen=True)
class OutletCount:
    """An outlet and the selection's pages and articles it carried."""

    outlet: str
    pages: int
    articles: int


@dataclass(frozen=True)
class SelectionCounts:
    """The counts of one selection (see the module)."""

    pages: int
    older_versions: int
    articles: int
    stories: int
    outlets: int
    pages_without_site: int
    first_day: str | None
    last_day: str | None
    top_outlets: list[OutletCount] = field(default_factory=list)

    @property
    def stored_pages(self) -> int:
        """Every selected row: pages and their older versions (the export's rows)."""
        return self.pages + self.older_versions

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "stored_pages": self.stored_pages}


def selection_counts(
    archive: Archive, filters: Filters, top: int = 10, clock: tzinfo | None = None
) -> SelectionCounts:
    """The counts of the pages ``filters`` select (:func:`clipper.export.records`: its errors
    for a malformed filter or an unknown watchlist), ``top`` outlets listed, days on
    ``clock``'s calendar (``--tz``; None: UTC).  One pass, memory in the distinct keys
    counted."""
    return count(records(archive, False, filters, clock), top)


def count(rows: Iterable[dict[str, Any]], top: int = 10) -> SelectionCounts:
    """:class:`SelectionCounts` of export records ``rows`` (``url``, ``origin``, ``site``,
    ``cluster_id``, ``story_id``, ``published``, ``fetched_at``: ISO 8601, a day first)."""
    pages: set[str] = set()
    rows_seen = 0
    articles: set[int] = set()
    stories: set[int] = set()
    outlet_pages: Counter[str] = Counter()
    outlet_articles: dict[str, set[int]] = {}
    without_site: set[str] = set()
    first: str | None = None
    last: str | None = None
    for row in rows:
        rows_seen += 1
        key = row["url"] or row["origin"]
        new_page = key not in pages
        pages.add(key)
        if row["cluster_id"] is not None:
            articles.add(row["cluster_id"])
        if row["story_id"] is not None:
            stories.add(row["story_id"])
        outlet = outlet_key(row["site"])
        if outlet is None:
            without_site.add(key)
        elif new_page:
            outlet_pages[outlet] += 1
        if outlet is not None and row["cluster_id"] is not None:
            outlet_articles.setdefault(outlet, set()).add(row["cluster_id"])
        when = row["published"] or row["fetched_at"]
        day = when[:10] if when else None
        if day and (first is None or day < first):
            first = day
        if day and (last is None or day > last):
            last = day
    ranked = sorted(outlet_pages.items(), key=lambda item: (-item[1], item[0]))[:top]
    return SelectionCounts(
        pages=len(pages),
        older_versions=rows_seen - len(pages),
        articles=len(articles),
        stories=len(stories),
        outlets=len(outlet_pages),
        pages_without_site=len(without_site),
        first_day=first,
        last_day=last,
        top_outlets=[
            OutletCount(name, pages_of, len(outlet_articles.get(name, ())))
            for name, pages_of in ranked
        ],
    )
