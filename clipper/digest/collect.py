"""What goes into a digest: the stories that arrived or grew in a window, per watchlist.

Reads are bounded by the window, never the archive: the runs that overlap the window (a short
table), the pages those runs stored (``pages.run_id`` is indexed), their clusters and stories,
and then only those stories' clusters and pages.  Matching a watchlist reads the canonical
articles of those stories and the copies that arrived in the window
(:mod:`clipper.digest.matching`).  Everything is SQLAlchemy Core over
the models, so it runs unchanged on SQLite and PostgreSQL.

A story is **new** when every page of it was stored in the window, **updated** when it had
pages before and gained some in the window.  Stories rank by how many outlets (distinct sites)
carried them, then pages, then the latest page's date, then story id (for a stable order).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from clipper.changes import held_share, version_changes
from clipper.config import DigestConfig, MatchConfig
from clipper.digest.lead import lead_paragraph
from clipper.digest.matching import Document, matches
from clipper.digest.watchlists import Watch
from clipper.digest.window import Window, runs_done_before, unfiled_pages
from clipper.headlines import cluster_headlines
from clipper.language import stored_language
from clipper.models import Cluster, Page, Run, Story
from clipper.searchquery import Node, parse_query
from clipper.sites import within
from clipper.store.rows import chunks


@dataclass(frozen=True)
class Outlet:
    """A site that carried the story, and its page: the one stored in the digest's window if
    it has one, else the earliest with a URL.  ``new``: an updated story's outlet whose every
    page of the story was stored in the window (it picked the story up since the last digest);
    False throughout a new story."""

    site: str
    url: str | None
    new: bool = False


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
    # "fetched" (no publication date: the fetch time) or "archived" (neither: when clipper
    # stored it); :data:`DATE_SOURCES`
    date_source: str | None = None
    # ``date`` is a publication time its source wrote without a time zone, stored as written
    # (``pages.published_zoneless``): shown "(no time zone given)", never as UTC
    date_zoneless: bool = False


@dataclass(frozen=True)
class PageUpdate:
    """A page of the story (one address or file) that had a new version stored in the
    window: its site and URL, the newest version's number and what it changed since the
    version before (:func:`clipper.changes.version_changes`)."""

    site: str | None
    url: str | None
    version: int
    changes: list[str]
    # the page's first version, read whole after fetches of it cut short or a shorter reading
    # of its capture (version 0: no versions, clipper.versions.number_versions): told as
    # "Read whole", not as a new version
    read_whole: bool = False


@dataclass(frozen=True)
class DigestStory:
    """One story of the digest.  ``status`` is ``new`` or ``updated``; ``date`` is the lead
    article's publication date (else fetch date); ``outlets`` counts distinct sites over all the
    story's pages, ``outlet_links`` lists at most ``max_outlet_links`` of them; ``new_pages`` is
    how many of ``pages`` were stored in the window; ``other_articles`` are the story's other
    clusters (earliest first), ``more_articles`` how many were left out; ``latest`` is the
    newest page's date (publication, else fetch, else stored time).  ``pages`` counts pages
    (addresses or files, whatever versions each has) and ``new_pages`` those first stored in
    the window; ``new_versions`` counts the versions stored in the window of pages stored
    before, and ``updates`` says what the newest of them changed, page by page (at most
    ``DigestConfig.max_updates``)."""

    story_id: int
    status: Literal["new", "updated"]
    headline: str
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


@dataclass
class _PageRow:
    id: int
    cluster_id: int
    site: str | None
    url: str | None
    run_id: int
    date: str | None
    source_key: str = ""
    version: int = 1
    similarity: float | None = None  # Jaccard to its cluster's canonical (Page.similarity)


@dataclass
class _Candidate:
    story: Story
    clusters: dict[int, Cluster] = field(default_factory=dict)
    pages: list[_PageRow] = field(default_factory=list)


def window_runs(session: Session, window: Window) -> list[int]:
    """Runs that stored pages in the window: started before its end and either started in it,
    finished in it, or still running.  (An interrupted run has no end time: its start counts.)
    After a recorded digest (``window.after_run``): the runs after those that had ended when
    it read the archive (:mod:`clipper.digest.window`), started before the window's end."""
    if window.after_run is not None:
        return list(
            session.scalars(
                select(Run.id)
                .where(Run.id > window.after_run, Run.started_at <= window.until)
                .order_by(Run.id)
            )
        )
    return list(
        session.scalars(
            select(Run.id)
            .where(
                Run.started_at <= window.until,
                or_(
                    Run.started_at >= window.since,
                    Run.finished_at >= window.since,
                    Run.status == "running",
                ),
            )
            .order_by(Run.id)
        )
    )


def _window_clusters(session: Session, runs: list[int]) -> dict[int, int]:
    """cluster id → pages the window's runs stored in it."""
    counts: dict[int, int] = defaultdict(int)
    for chunk in chunks(runs):
        for cluster_id, count in session.execute(
            select(Page.cluster_id, func.count())
            .where(Page.run_id.in_(chunk), Page.cluster_id.is_not(None))
            .group_by(Page.cluster_id)
        ):
            if cluster_id is not None:
                counts[cluster_id] += count
    return counts


def _candidates(session: Session, cluster_ids: Iterable[int]) -> dict[int, _Candidate]:
    """The stories of ``cluster_ids``, with all their clusters and pages."""
    story_ids: set[int] = set()
    for chunk in chunks(sorted(cluster_ids)):
        story_ids.update(
            story_id
            for story_id in session.scalars(
                select(Cluster.story_id).where(Cluster.id.in_(chunk))
            )
            if story_id is not None
        )
    found: dict[int, _Candidate] = {}
    for chunk in chunks(sorted(story_ids)):
        for story in session.scalars(select(Story).where(Story.id.in_(chunk))):
            found[story.id] = _Candidate(story)
        for cluster in session.scalars(select(Cluster).where(Cluster.story_id.in_(chunk))):
            assert cluster.story_id is not None
            found[cluster.story_id].clusters[cluster.id] = cluster
    story_of = {cid: sid for sid, cand in found.items() for cid in cand.clusters}
    for chunk in chunks(sorted(story_of)):
        for row in session.execute(
            select(
                Page.id,
                Page.cluster_id,
                Page.site,
                Page.url,
                Page.run_id,
                func.coalesce(Page.published, Page.fetched_at, Page.seen_at).label("date"),
                Page.source_key,
                Page.version,
                Page.similarity,
            ).where(Page.cluster_id.in_(chunk))
        ):
            found[story_of[row.cluster_id]].pages.append(
                _PageRow(row.id, row.cluster_id, row.site, row.url, row.run_id, row.date,
                         row.source_key, row.version, row.similarity)
            )
    return found


def outlet_pages(
    pages: list[_PageRow], runs: set[int], lead_cluster: int | None, canonical_ids: set[int]
) -> dict[str, Outlet]:
    """Each site's link in a story (site -> Outlet, in the order of ``pages`` sorted as
    follows): its page stored in the window (``runs``) if it has one (the news: an updated
    story's outlet links its new article, not the one it ran weeks ago), then one with a URL,
    then its page in the lead article's cluster (its copy of the article the digest shows,
    not another article of the story: a video page, a section front; newcomer 21), then its
    cluster's canonical (the article itself, not a print or app rendition of it that joined
    its cluster), then its closest copy (the highest similarity), then the earliest."""
    outlets: dict[str, Outlet] = {}
    for page in sorted(
        pages,
        key=lambda p: (
            p.run_id not in runs,
            p.url is None,
            p.cluster_id != lead_cluster,
            p.id not in canonical_ids,
            -(p.similarity or 0.0),
            p.date or "",
            p.id,
        ),
    ):
        if page.site and page.site not in outlets:
            outlets[page.site] = Outlet(page.site, page.url)
    return outlets


# What a shown date is (Article.date_source): a page's publication date as declared or as
# guessed (Page.date_source), else its fetch time, else the time clipper stored it.
DATE_SOURCES = ("published", "guessed", "fetched", "archived")


@dataclass
class _Canonical:
    title: str | None
    url: str | None
    site: str | None
    date: str | None
    language: str | None
    text: str | None
    date_source: str | None = None
    date_zoneless: bool = False


def _date_source(published: str | None, source: str | None, fetched_at: str | None,
                 seen_at: str | None) -> str | None:
    if published:
        return "guessed" if source == "guessed" else "published"
    if fetched_at:
        return "fetched"
    return "archived" if seen_at else None


def _canonicals(
    session: Session, page_ids: Iterable[int], with_text: bool, headlines: bool = True
) -> dict[int, _Canonical]:
    """The pages ``page_ids`` as the digest shows them; a canonical's title is its cluster's
    headline (``headlines``; a copy, ``headlines=False``, keeps its own)."""
    columns = [
        Page.id,
        Page.title,
        Page.url,
        Page.site,
        func.coalesce(Page.published, Page.fetched_at, Page.seen_at).label("date"),
        Page.language,
        Page.published,
        Page.date_source,
        Page.fetched_at,
        Page.seen_at,
        Page.published_zoneless,
    ]
    if with_text:
        columns.append(Page.text)
    found: dict[int, _Canonical] = {}
    for chunk in chunks(sorted(set(page_ids))):
        # a cluster's headline: its canonical's title, else its copies' (clipper.headlines)
        heads = cluster_headlines(session, chunk) if headlines else {}
        for row in session.execute(select(*columns).where(Page.id.in_(chunk))):
            found[row.id] = _Canonical(
                heads.get(row.id, row.title),
                row.url,
                row.site,
                row.date,
                row.language,
                row.text if with_text else None,
                _date_source(row.published, row.date_source, row.fetched_at, row.seen_at),
                bool(row.published and row.published_zoneless),
            )
    return found


def _primary(language: str | None) -> str | None:
    if not language:
        return None
    return stored_language(language.lower().replace("_", "-").split("-", 1)[0])


class _Documents(dict[int, Document]):
    """Canonical articles' words, tokenised when a query first asks (a story stops at its first
    matching article, so most of a big story's articles are never tokenised)."""

    def __init__(self, canonicals: dict[int, _Canonical]) -> None:
        super().__init__()
        self.canonicals = canonicals

    def __missing__(self, page_id: int) -> Document:
        canonical = self.canonicals[page_id]
        document = self[page_id] = Document.of(canonical.title, canonical.text)
        return document


def _follows(
    watch: Watch,
    node: Node,
    candidate: _Candidate,
    documents: _Documents,
    canonicals: dict[int, _Canonical],
    arrived: list[int],
) -> bool:
    """Whether ``watch`` follows the story: one of its articles (a cluster's canonical) or one
    of the copies that arrived in the window (``arrived``, page ids; in ``canonicals`` too)
    matches the query, in one of the watch's languages, and one of its pages comes from one of
    the watch's sites or a subdomain of one (:func:`clipper.sites.within`)."""
    if watch.sites and not any(
        within(p.site, site) for p in candidate.pages for site in watch.sites
    ):
        return False
    readings = [cluster.canonical_page_id for cluster in candidate.clusters.values()] + arrived
    for page_id in readings:
        if watch.languages and _primary(canonicals[page_id].language) not in watch.languages:
            continue
        if matches(node, documents[page_id]):
            return True
    return False


def _updates(
    session: Session, candidate: _Candidate, runs: set[int], limit: int
) -> tuple[int, int, int, list[PageUpdate]]:
    """The story's pages counted apart from their versions: (pages, pages first stored in the
    window, versions stored in the window of pages stored before, and for at most ``limit`` of
    those pages what their newest version changed since the one before it).  A page's first
    version stored in the window after fetches of it cut short stored before (version 0:
    clipper.versions.number_versions) is the page read whole, no new version.  Reads the two
    versions of each page told (an index seek by address)."""
    by_page: dict[str, list[_PageRow]] = {}
    for page in candidate.pages:
        by_page.setdefault(page.source_key, []).append(page)
    new_pages = sum(1 for rows in by_page.values() if all(p.run_id in runs for p in rows))
    grown = {
        key: rows
        for key, rows in by_page.items()
        if any(p.run_id in runs for p in rows) and not all(p.run_id in runs for p in rows)
    }
    # pages whose versions all came in the window: only fetches cut short came before
    read_whole = {
        key for key, rows in grown.items() if all(p.run_id in runs for p in rows if p.version)
    }
    new_versions = sum(
        1 for rows in grown.values() for p in rows if p.run_id in runs and p.version
    ) - len(read_whole)
    updates: list[PageUpdate] = []
    for key in sorted(grown)[:limit]:
        newest = max((p for p in grown[key] if p.run_id in runs), key=lambda p: p.version)
        if not newest.version:
            continue  # only a fetch cut short came in the window
        if key in read_whole:
            updates.append(
                PageUpdate(
                    newest.site, newest.url, newest.version,
                    _cut_short_before(session, key), read_whole=True,
                )
            )
            continue
        pair = {
            row.version: row
            for row in session.execute(
                select(Page.version, Page.title, Page.text, Page.partial).where(
                    Page.source_key == key, Page.version.in_([newest.version - 1, newest.version])
                )
            )
        }
        older, newer = pair.get(newest.version - 1), pair.get(newest.version)
        if older is None or newer is None:
            continue
        updates.append(
            PageUpdate(
                newest.site, newest.url, newest.version,
                _read_whole(older, newer, newest.version - 1)
                or version_changes(older.title, older.text, newer.title, newer.text),
            )
        )
    return len(by_page), new_pages, new_versions, updates


def _cut_short_before(session: Session, key: str) -> list[str]:
    """What a page read whole after fetches of it cut short says: "an earlier fetch was cut
    short (paywall), not edited"; after a shorter reading of the same capture (another
    extractor's text of one fetch, ``partial`` null): "an earlier reading of the same fetch
    was shorter, not edited"."""
    kept = list(
        session.scalars(select(Page.partial).where(Page.source_key == key, Page.version == 0))
    )
    why = sorted({partial.split(" (")[0] for partial in kept if partial})
    said = []
    if why:
        fetches = "an earlier fetch was" if len(why) < 2 else "earlier fetches were"
        said.append(f"{fetches} cut short ({', '.join(why)}), not edited")
    if None in kept:
        said.append("an earlier reading of the same fetch was shorter, not edited")
    return said


def _read_whole(older: Any, newer: Any, version: int) -> list[str] | None:
    """What a newer version changed when the older one (version ``version``) was a reading
    cut short (``pages.partial``: a news API's stub, a paywall, a capture ending early) that
    the newer, whole text holds (``MatchConfig.cut_reading_held_share`` of its words): the
    page read whole, not the outlet adding paragraphs; None for any other pair.  (Archives
    stored before such a reading stopped counting as a version keep pairs so numbered.)"""
    if older.partial is None or newer.partial is not None:
        return None
    if held_share(newer.text, older.text) < MatchConfig.cut_reading_held_share:
        return None
    why = older.partial.split(" (")[0]  # "paywall", "the API sent the text's opening only"
    return [f"read whole; version {version} was cut short ({why}), not edited"]


def _story(
    session: Session,
    candidate: _Candidate,
    runs: set[int],
    canonicals: dict[int, _Canonical],
    lead_text: str | None,
    config: DigestConfig,
) -> DigestStory:
    story = candidate.story
    pages, new_pages, new_versions, updates = _updates(
        session, candidate, runs, config.max_updates
    )
    lead = canonicals[story.lead_page_id]
    lead_cluster = next(
        (c.id for c in candidate.clusters.values() if c.canonical_page_id == story.lead_page_id),
        None,
    )
    canonical_ids = {c.canonical_page_id for c in candidate.clusters.values()}
    outlets = outlet_pages(candidate.pages, runs, lead_cluster, canonical_ids)
    others = sorted(
        (
            Article(
                cluster_id=cluster.id,
                title=canonicals[cluster.canonical_page_id].title,
                url=canonicals[cluster.canonical_page_id].url,
                site=canonicals[cluster.canonical_page_id].site,
                date=canonicals[cluster.canonical_page_id].date,
                pages=cluster.pages or 0,
                date_source=canonicals[cluster.canonical_page_id].date_source,
                date_zoneless=canonicals[cluster.canonical_page_id].date_zoneless,
            )
            for cluster in candidate.clusters.values()
            if cluster.id != lead_cluster
        ),
        key=lambda a: (a.date or "", a.cluster_id),
    )
    status: Literal["new", "updated"] = (
        "new" if all(p.run_id in runs for p in candidate.pages) else "updated"
    )
    if status == "updated":  # who picked the story up since: outlets with no page before
        before = {p.site for p in candidate.pages if p.site and p.run_id not in runs}
        outlets = {
            site: replace(outlet, new=site not in before) for site, outlet in outlets.items()
        }
    # new outlets first (the morning's question: who picked it up overnight?), then by site
    ranked_outlets = sorted(outlets.values(), key=lambda o: (not o.new, o.site))
    return DigestStory(
        story_id=story.id,
        status=status,
        headline=" ".join((story.title or lead.title or "").split()) or "(untitled)",
        lead=lead_paragraph(lead_text, config.lead_chars),
        url=lead.url,
        site=lead.site,
        date=lead.date,
        outlets=len(outlets),
        pages=pages,
        new_pages=new_pages,
        articles=len(candidate.clusters),
        outlet_links=ranked_outlets[: config.max_outlet_links],
        new_outlets=sum(o.new for o in ranked_outlets),
        other_articles=others[: config.max_other_articles],
        more_articles=max(0, len(others) - config.max_other_articles),
        latest=max((p.date or "" for p in candidate.pages), default=""),
        new_versions=new_versions,
        updates=updates,
        language=_primary(lead.language),
        date_source=lead.date_source,
        date_zoneless=lead.date_zoneless,
    )


def _rank_key(story: DigestStory) -> tuple[int, int, str, int]:
    """Sorted in reverse: most outlets, then most pages, then latest, then newest story id."""
    return (story.outlets, story.pages, story.latest, story.story_id)


def collect(
    session: Session,
    window: Window,
    selection: str,
    watches: list[Watch],
    config: DigestConfig,
) -> DigestResult:
    """The digest of ``window``: one group per watch in ``watches`` (each holding the stories
    it follows), or one group of every story when ``watches`` is empty."""
    runs = window_runs(session, window)
    unfiled = unfiled_pages(session, runs)
    cluster_pages = _window_clusters(session, runs)
    candidates = _candidates(session, cluster_pages)
    canonical_ids = {
        cluster.canonical_page_id
        for candidate in candidates.values()
        for cluster in candidate.clusters.values()
    } | {candidate.story.lead_page_id for candidate in candidates.values()}
    matching = bool(watches)
    canonicals = _canonicals(session, canonical_ids, with_text=matching)
    # A copy that arrived in the window is followed too: a local paper's copy of a wire story
    # with a paragraph of its own naming a PR team's client is what the team watches for, and
    # the canonical (the wire story) never names it.
    run_set = set(runs)
    arrived = {
        sid: [p.id for p in candidate.pages if p.run_id in run_set and p.id not in canonical_ids]
        for sid, candidate in candidates.items()
    } if matching else {}
    if matching:
        copies = [page for ids in arrived.values() for page in ids]
        canonicals.update(_canonicals(session, copies, with_text=True, headlines=False))
    documents = _Documents(canonicals)
    groups: list[DigestGroup] = []
    members: list[list[int]] = []
    if matching:
        for watch in watches:
            node = parse_query(watch.query)
            members.append(
                [
                    sid
                    for sid, candidate in candidates.items()
                    if _follows(watch, node, candidate, documents, canonicals, arrived[sid])
                ]
            )
            groups.append(
                DigestGroup(
                    watch.name, watch.query, list(watch.sites), list(watch.languages),
                    total=len(members[-1]),
                )
            )
    else:
        members.append(sorted(candidates))
        groups.append(DigestGroup("All stories", None, [], [], total=len(candidates)))
    wanted = {sid for ids in members for sid in ids}
    lead_ids = {candidates[sid].story.lead_page_id for sid in wanted}
    lead_texts = (
        {pid: canonicals[pid].text for pid in lead_ids}
        if matching
        else {pid: c.text for pid, c in _canonicals(session, lead_ids, with_text=True).items()}
    )
    built: dict[int, DigestStory] = {}
    for sid in wanted:
        candidate = candidates[sid]
        lead_text = lead_texts[candidate.story.lead_page_id]
        built[sid] = _story(session, candidate, run_set, canonicals, lead_text, config)
    for group, ids in zip(groups, members, strict=True):
        ranked = sorted((built[sid] for sid in ids), key=_rank_key, reverse=True)
        group.stories = ranked[: config.max_stories]
    return DigestResult(
        since=window.since,
        until=window.until,
        basis=window.basis,
        selection=selection,
        runs=len(runs),
        stories_in_window=len(candidates),
        groups=groups,
        matched=len(built),
        matched_new=sum(1 for story in built.values() if story.status == "new"),
        runs_done=runs_done_before(window.runs_done, unfiled),
        unfiled=unfiled,
    )
