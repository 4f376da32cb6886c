"""A page's modification time declared in metadata, and when it is the page's update.

A publishing system writes when an article last changed beside when it was published: HTML's
``article:modified_time``, ``og:updated_time``, JSON-LD's ``dateModified``, ``<meta
name="last-modified">``, microdata's ``itemprop="dateModified"``, a microformat's ``<time
class="updated">``; a crawler's record its ``date_modified``, ``modified``, ``updated``,
``updated_at``, ``lastModified`` (:data:`clipper.read.fieldnames.UPDATED_FIELDS`).
:func:`declared_modified` reads the HTML's, in the order the publication date is read
(:func:`clipper.pagedates.declared_date`: the article object first, then the meta tags, then
the body's markup), so that the two come from the same part of the page where they can.

Such a time is the page's update (``pages.updated``, as a shown "Updated" line's is) only when
:func:`modified_update` finds the page really changed after it was published: surely later than
the publication (on every clock the two can be on, :mod:`clipper.pubwindows`) by more than
:attr:`clipper.config.CleanConfig.update_after_seconds`, and not within
:attr:`clipper.config.CleanConfig.fetch_stamp_seconds` of the fetch or after it (a system that
stamps every page it serves with the time it served it: the stamp is the fetch, no change).
The same as the publication, within that margin (the save that published it), or earlier (a
scheduled post's last save before its publication time) is no update, and not counted: a
system's own stamps, nothing the user can fix.  A site that stamps every page of a night with
one time (its last build) is not told apart: README, Known limits.

Measured on the Zyte and Fundus pages (``python bench/modified_times.py``): see
``bench/HISTORY.md``, session 47 (dates47).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from clipper.jsonld import types_of
from clipper.page import RawPage
from clipper.pagedates import DATED_TYPE, valid_date
from clipper.pubwindows import fetch_bound, publication_span

__all__ = ["declared_modified", "line_update", "modified_update"]

# Meta tags naming the page's last change, compared without case and punctuation as the
# publication's are (Open Graph's article:modified_time and og:updated_time, schema.org's
# dateModified, Dublin Core's modified, the last-modified and lastmod names CMSs write; on the
# Zyte and Fundus pages 187, 48, 43, 5, 29 and 4 pages give them)
_MODIFIED_META = tuple(
    re.sub(r"[^a-z0-9]", "", name)
    for name in (
        "article:modified_time",
        "og:updated_time",
        "og:article:modified_time",
        "datemodified",
        "dc.date.modified",
        "dcterms.modified",
        "article:modified",
        "last-modified",
        "lastmod",
        "modified",
    )
)
# schema.org's microdata, then a microformat's <time> (hAtom's "updated", h-entry's
# "dt-updated"); not inside a link (a teaser's), and not a <time> that is also the posting
# time (WordPress themes mark theirs "entry-date published updated": one time, both classes).
_MICRODATA_MODIFIED = ".//*[@itemprop='dateModified'][not(ancestor::a)]"
_MICROFORMAT_MODIFIED = (
    ".//time[@datetime][contains(concat(' ', normalize-space(@class), ' '), ' updated ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' dt-updated ')]"
    "[not(contains(concat(' ', normalize-space(@class), ' '), ' published '))]"
    "[not(contains(concat(' ', normalize-space(@class), ' '), ' dt-published '))]"
    "[not(ancestor::a)]"
)


def declared_modified(
    tree: Any, article: dict[str, Any] | None, jsonld: list[dict[str, Any]], metas: dict[str, str]
) -> str | None:
    """The modification time the page declares (see the module docstring), ISO 8601 as
    written (:func:`clipper.pagedates.valid_date`: a crawler's forms too), or None.  ``tree``:
    the parsed page; ``article``: its JSON-LD article object; ``jsonld``: all its JSON-LD
    objects; ``metas``: its meta tags by lowercased name."""
    if article is not None and (when := valid_date(article.get("dateModified"))):
        return when
    entities = [e for o in jsonld if isinstance(e := o.get("mainEntity"), dict)]
    for obj in [*jsonld, *entities]:
        if DATED_TYPE.search(types_of(obj)) and (when := valid_date(obj.get("dateModified"))):
            return when
    by_key = {re.sub(r"[^a-z0-9]", "", name): value for name, value in reversed(metas.items())}
    for name in _MODIFIED_META:
        if when := valid_date(by_key.get(name)):
            return when
    for xpath in (_MICRODATA_MODIFIED, _MICROFORMAT_MODIFIED):
        for el in tree.xpath(xpath):
            if when := valid_date(el.get("content") or el.get("datetime")):
                return when
    return None


def _zoneless(value: str) -> bool:
    return datetime.fromisoformat(value.strip().replace("Z", "+00:00")).tzinfo is None


def modified_update(
    modified: str | None,
    published: str | None,
    fetched_at: str | None,
    host: str | None,
    region: str | None,
    after_seconds: float,
    stamp_seconds: float,
) -> str | None:
    """``modified`` (a declared modification time, ISO 8601 as read) when it is the page's
    update, else None: the page has a publication date ``published`` (as read) and
    ``modified`` is surely more than ``after_seconds`` later (two wall times or two days
    compared as written, one page's clock; else every moment ``modified`` can name, on the
    clocks of the country ``host``'s address or ``region`` names, else UTC-12 to UTC+14, after
    every moment ``published`` can, :func:`clipper.pubwindows.publication_span`) and not
    within ``stamp_seconds`` of the fetch ``fetched_at`` or after it (UTC, as clipper reads a
    fetch time: :func:`clipper.pubwindows.fetch_bound`) on every clock it can be on: a wall
    time of no known clock (news-please's zoneless ``date_modified``) is its fetch's stamp only
    when even its earliest reading, UTC+14's, is.  A value that is not ISO 8601 is none."""
    if not modified or not published:
        return None
    try:
        m_zoneless, p_zoneless = _zoneless(modified), _zoneless(published)
    except ValueError:
        return None
    m_day, p_day = len(modified.strip()) <= 10, len(published.strip()) <= 10
    m_span = publication_span(modified, m_zoneless, None, host, region)
    if m_day and p_day:
        later = modified.strip() > published.strip()
    elif not m_day and not p_day and m_zoneless and p_zoneless:
        wall = datetime.fromisoformat(modified.strip()) - datetime.fromisoformat(published.strip())
        later = wall.total_seconds() > after_seconds
    else:
        p_span = publication_span(published, p_zoneless, None, host, region)
        later = m_span[0] - p_span[1] > after_seconds
    if not later:
        return None
    if fetched_at:
        try:
            fetch = publication_span(fetch_bound(fetched_at).isoformat(), False)[0]
        except ValueError:
            return modified
        if m_span[0] > fetch - stamp_seconds:
            return None  # the fetch's own stamp (or after it): no change of the page
    return modified


def line_update(raw: RawPage) -> str | None:
    """The update a record's date field gives as a page shows one
    (:attr:`~clipper.page.RawPage.published_updated`: its "Updated" line, the update after its
    posting date), or None: not its modification field's time
    (:attr:`~clipper.page.RawPage.modified`), which dates a record giving no other date but
    is its update only by :func:`modified_update`'s rule."""
    update = raw.published_updated
    return None if update is not None and update == raw.modified else update
