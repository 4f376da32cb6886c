"""What a digest holds, as :func:`clipper.digest.collect.collect` returns it and the renderers
(:mod:`clipper.digest.render`: text, HTML, Atom, e-mail, JSON) read it: the window, the groups
(one a watchlist), their stories, and each story's outlets and other articles."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from clipper.digest.updates import PageUpdate


@dataclass(frozen=True)
class Outlet:
    """An outlet that carried the story (``site``: its registrable site, ``Page.outlet``), and
    its page: the one stored in the digest's window if
    it has one, else the earliest with a URL.  ``new``: an updated story's outlet whose every
    page of the story was stored in the window (it picked the story up since the last digest);
    False throughout a new story."""

    site: str
    url: str | None
    new: bool = False
    # the outlet's link is its update at a new address of a page of the story it ran before
    # (:func:`clipper.digest.updates.address_updates`): told "(updated)"
    updated: bool = False


@dataclass(frozen=True)
class Article:
    """A different report of the same event: a cluster's canonical article."""

    cluster_id: int
    title: str | None
    url: str | None
    site: str | None
    date: str | None
    pages: int
    # what ``date`` is: "published", "guessed" (a publication date found by a heuristic),
    # "updated" (an "Updated" line's time, the page's only date: published by then),
    # "fetched" (no publication date: the fetch time) or "archived" (neither: when clipper
    # stored it); :data:`clipper.digest.windowrows.DATE_SOURCES`
    date_source: str | None = None
    # ``date`` is a publication time its source wrote without a time zone, stored as written
    # (``pages.published_zoneless``): shown "(no time zone given)", never as UTC
    date_zoneless: bool = False
    # an updated story's article whose every page was stored in the window: told "(new)"
    new: bool = False


@dataclass(frozen=True)
class DigestStory:
    """One story of the digest. ``status`` is ``new`` or ``updated``; ``date`` is the lead article's
    publication date (else fetch date); ``outlets`` counts distinct outlets (registrable sites,
    ``Page.outlet``) over all the story's pages, ``outlet_links`` lists at most ``max_outlet_links``
    of them; ``new_pages`` is how many of ``pages`` were stored in the window; ``other_articles``
    are the story's other clusters (earliest first), ``more_articles`` how many were left out;
    ``latest`` is the newest page's date (publication, else fetch, else stored time). ``pages``
    counts pages (addresses or files, whatever versions each has) and ``new_pages`` those first
    stored in the window; ``new_versions`` counts the versions stored in the window of pages stored
    before, and ``updates`` says what the newest of them changed, page by page, then what an
    outlet's update at a new address changed since its page before (``PageUpdate.replaces``;
    at most ``DigestConfig.max_updates`` in all)."""

    story_id: int
    status: Literal["new", "updated"]
    # None: no article of the story has a headline; each rendering says "(untitled)" in the
    # digest's language (JSON: null)
    headline: str | None
    lead: str
    url: str | None
    site: str | None
    date: str | None
    outlets: int
    pages: int
    new_pages: int
    articles: int
    outlet_links: list[Outlet]
    other_articles: list[Article]
    more_articles: int
    latest: str
    new_versions: int = 0
    updates: list[PageUpdate] = field(default_factory=list)
    # the lead article's language as the archive stores it (primary subtag: "en", "de"), None
    # when unknown: the Atom entry's xml:lang
    language: str | None = None
    # what ``date`` is, as Article.date_source
    date_source: str | None = None
    # outlets of an updated story that carried it first in the window (Outlet.new); 0 for a
    # new story
    new_outlets: int = 0
    # as Article.date_zoneless
    date_zoneless: bool = False
    # stored in the window but published long before it: a backfill of older pages
    # (clipper.digest.collect.is_backfill), marked ARCHIVE and ranked after the night's news
    backfill: bool = False
    # why the story's text was read cut short when none of its pages holds a whole text (a
    # paywall teaser alone: "paywall"; clipper.stories.queries.cut_short), else None
    partial: str | None = None
    # the group (a watchlist's name) that shows the story in full when several follow it: the
    # one its headline, then its lead, names, then the strongest match
    # (clipper.digest.filing); the others list it in one line.  None when nothing is followed
    filed_under: str | None = None


@dataclass
class DigestGroup:
    """The stories of one watchlist (or of the query, or every story when nothing is
    followed), best first; ``total`` counts them all, ``stories`` holds at most
    ``max_stories``."""

    name: str
    query: str | None
    sites: list[str]
    languages: list[str]
    total: int
    stories: list[DigestStory] = field(default_factory=list)
    # story id: the copy (its outlet and address) whose text the watch found its words in,
    # for a story none of whose articles (clusters' canonicals) names them: the digest says
    # which copy names the client (newcomer 31's F-S)
    named_in: dict[int, Outlet] = field(default_factory=dict)


@dataclass
class DigestResult:
    """A whole digest: the window (ISO UTC), how it was chosen, and the groups."""

    since: str
    until: str
    basis: str
    selection: str
    runs: int
    stories_in_window: int
    groups: list[DigestGroup]
    # distinct stories over all groups, and how many of them are new: those a group left out
    # past ``DigestConfig.max_stories`` included
    matched: int = 0
    matched_new: int = 0
    # the window's runs_done (clipper.digest.window), for recording the digest; not shown
    runs_done: int | None = None
    # run id -> pages the window's runs stored that are in no story yet (a run killed before
    # its story stage: clipper.digest.window.unfiled_pages)
    unfiled: dict[int, int] = field(default_factory=dict)
    # stories stored in the window but published (else fetched) before ``backfilled_before``
    # (ISO, UTC: the window's start less DigestConfig.backfill_days): a backfill, each marked
    # ``backfill`` and ranked after the night's news, or left out (``left_out_backfill``)
    backfilled: int = 0
    backfilled_before: str | None = None
    left_out_backfill: bool = False
    # stories of the window left out as recurring service pages, by kind ("obituaries": 1):
    # the day's death notices, weather, horoscope… (clipper.servicepages), no news
    service_pages: dict[str, int] = field(default_factory=dict)

    @property
    def story_count(self) -> int:
        """Distinct stories over all groups (also those past a group's ``max_stories``)."""
        return self.matched

    @property
    def is_empty(self) -> bool:
        return all(group.total == 0 for group in self.groups)

    def as_dict(self) -> dict[str, Any]:
        document = asdict(self)
        del document["runs_done"]
        document["stories"] = self.story_count
        return document
