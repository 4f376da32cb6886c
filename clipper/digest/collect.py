"""What goes into a digest: the stories that arrived or grew in a window, per watchlist.

Reads are bounded by the window, never the archive: the runs that overlap the window (a short
table), the pages those runs stored (``pages.run_id`` is indexed), their clusters and stories,
and then only those stories' clusters and pages (:mod:`clipper.digest.windowrows` reads
them).  Matching a watchlist reads the canonical articles of those stories and the copies that
arrived in the window (:mod:`clipper.digest.matching`).  Everything is SQLAlchemy Core over the
models, so it runs unchanged on SQLite and PostgreSQL.

A story is **new** when every page of it was stored in the window, **updated** when it had pages
before and gained some in the window. Stories rank by how many outlets (registrable sites:
``pages.outlet``) carried them, then pages, then the latest page's date, then story id (for a stable
order).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy.orm import Session

from clipper import told
from clipper.config import DigestConfig
from clipper.digest.filing import Follower, filed_under
from clipper.digest.lead import lead_paragraph
from clipper.digest.matching import Document, matches
from clipper.digest.result import Article, DigestGroup, DigestResult, DigestStory, Outlet
from clipper.digest.updates import PageRow, article_name, page_updates
from clipper.digest.watchlists import Watch
from clipper.digest.window import Window, runs_done_before, unfiled_pages
from clipper.digest.windowrows import (
    Candidate,
    Canonical,
    read_candidates,
    read_canonicals,
    window_clusters,
    window_runs,
)
from clipper.language import primary_language, spellings
from clipper.searchquery import Node, parse_query
from clipper.servicepages import service_kind
from clipper.sites import within
from clipper.stories.queries import cut_short


def outlet_pages(
    pages: list[PageRow], runs: set[int], lead_cluster: int | None, canonical_ids: set[int]
) -> dict[str, Outlet]:
    """Each outlet's link in a story (outlet -> Outlet, one a registrable site: ``Page.outlet``; in
    the order of ``pages`` sorted as follows): its page stored in the window (``runs``) if it has
    one (the news: an updated story's outlet links its new article, not the one it ran weeks ago),
    then one with a URL, then its page in the lead article's cluster (its copy of the article the
    digest shows, not another article of the story: a video page, a section front; newcomer 21),
    then its cluster's canonical (the article itself, not a print or app rendition of it that joined
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
        if page.outlet and page.outlet not in outlets:
            outlets[page.outlet] = Outlet(page.outlet, page.url)
    return outlets


class _Documents(dict[int, Document]):
    """Canonical articles' words, tokenised when a query first asks (a story stops at its first
    matching article, so most of a big story's articles are never tokenised)."""

    def __init__(self, canonicals: dict[int, Canonical]) -> None:
        super().__init__()
        self.canonicals = canonicals

    def __missing__(self, page_id: int) -> Document:
        canonical = self.canonicals[page_id]
        document = self[page_id] = Document.of(canonical.title, canonical.text, canonical.language)
        return document


def _follows(
    watch: Watch,
    node: Node,
    candidate: Candidate,
    documents: _Documents,
    canonicals: dict[int, Canonical],
    arrived: list[int],
) -> int | None:
    """The page by which ``watch`` follows the story, None when it does not: the first of its
    articles (a cluster's canonical), else of the copies that arrived in the window
    (``arrived``, page ids; in ``canonicals`` too), that matches the query, in one of the
    watch's languages, when one of its pages comes from one of the watch's sites or a
    subdomain of one (:func:`clipper.sites.within`)."""
    if watch.sites and not any(
        within(p.site, site) for p in candidate.pages for site in watch.sites
    ):
        return None
    readings = [cluster.canonical_page_id for cluster in candidate.clusters.values()] + arrived
    # a macrolanguage takes its members ("no": nb and nn; clipper.language.spellings)
    wanted = {code for language in watch.languages for code in spellings(language)}
    for page_id in readings:
        if wanted and primary_language(canonicals[page_id].language) not in wanted:
            continue
        if matches(node, documents[page_id]):
            return page_id
    return None


def _named_in(candidate: Candidate, page_id: int) -> Outlet | None:
    """The outlet and address of ``page_id`` when it is a copy, not one of the story's articles
    (a cluster's canonical): the one copy a watch found its words in (newcomer 31's F-S: a
    station's copy of a wire recall adding a paragraph on the client), else None."""
    if any(c.canonical_page_id == page_id for c in candidate.clusters.values()):
        return None
    page = next(p for p in candidate.pages if p.id == page_id)
    return Outlet(page.named or "", page.url)


def front_page(candidate: Candidate, runs: set[int], canonicals: dict[int, Canonical]) -> int:
    """The page a story leads with in the digest (its headline, lead and link): for a story
    that had pages before the window (UPDATED) and gained a whole new article in it (a cluster
    every page of which the window's ``runs`` stored), the newest such article's canonical
    (by its date, publication else fetch; ties: the larger cluster, then the later id): a
    morning reader of an updated story wants the new development, not the weeks-old article
    its largest cluster is (newcomer 35, finding 3: a COP31 story led by a national plan
    three weeks old, its final deal the fourth line of a list).  Otherwise the story's lead,
    the canonical of its largest cluster (:class:`clipper.models.Story`)."""
    lead = candidate.story.lead_page_id
    if all(page.run_id in runs for page in candidate.pages):
        return lead  # a new story: every article is new, its largest leads
    by_cluster: dict[int, list[PageRow]] = defaultdict(list)
    for page in candidate.pages:
        by_cluster[page.cluster_id].append(page)
    fresh = [
        cluster
        for cluster in candidate.clusters.values()
        if by_cluster[cluster.id]
        and all(p.run_id in runs for p in by_cluster[cluster.id])
        and cluster.canonical_page_id in canonicals
    ]
    if not fresh:
        return lead
    newest = max(
        fresh,
        key=lambda c: (canonicals[c.canonical_page_id].date or "", c.pages or 0, c.id),
    )
    return newest.canonical_page_id


def _story(
    session: Session,
    candidate: Candidate,
    runs: set[int],
    canonicals: dict[int, Canonical],
    lead_text: str | None,
    config: DigestConfig,
    front: int | None = None,
) -> DigestStory:
    """The digest's entry for ``candidate``, led by ``front`` (:func:`front_page`; None: the
    story's own lead), whose opening ``lead_text`` is."""
    story = candidate.story
    pages, new_pages, new_versions, updates = page_updates(
        session, candidate.pages, runs, config.max_updates
    )
    front = story.lead_page_id if front is None else front
    lead = canonicals[front]
    lead_cluster = next(
        (c.id for c in candidate.clusters.values() if c.canonical_page_id == front),
        None,
    )
    canonical_ids = {c.canonical_page_id for c in candidate.clusters.values()}
    # a page's site is named one way in a digest: as its outlet line names it (PageRow.named)
    named = {page.id: page.named for page in candidate.pages}
    # an update of another article than the lead's names it (newcomer 37, finding 4)
    headlines = {
        c.id: canonicals[c.canonical_page_id].title
        for c in candidate.clusters.values()
        if c.canonical_page_id in canonicals
    }
    updates = [
        replace(
            update,
            article=article_name(headlines.get(update.cluster_id), config.update_article_chars),
        )
        if update.cluster_id is not None and update.cluster_id != lead_cluster
        else update
        for update in updates
    ]
    outlets = outlet_pages(candidate.pages, runs, lead_cluster, canonical_ids)
    by_cluster: dict[int, list[PageRow]] = defaultdict(list)
    for page in candidate.pages:
        by_cluster[page.cluster_id].append(page)
    others = sorted(
        (
            Article(
                cluster_id=cluster.id,
                title=canonicals[cluster.canonical_page_id].title,
                url=canonicals[cluster.canonical_page_id].url,
                site=named.get(
                    cluster.canonical_page_id, canonicals[cluster.canonical_page_id].site
                ),
                date=canonicals[cluster.canonical_page_id].date,
                pages=cluster.pages or 0,
                date_source=canonicals[cluster.canonical_page_id].date_source,
                date_zoneless=canonicals[cluster.canonical_page_id].date_zoneless,
                new=all(p.run_id in runs for p in by_cluster[cluster.id]),
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
        before = {p.outlet for p in candidate.pages if p.outlet and p.run_id not in runs}
        # and who updated its article at a new address (the link is the update)
        moved = {update.url for update in updates if update.replaces}
        outlets = {
            site: replace(outlet, new=site not in before, updated=outlet.url in moved)
            for site, outlet in outlets.items()
        }
    else:  # every article of a new story is new
        others = [replace(article, new=False) for article in others]
    # new outlets first (the morning's question: who picked it up overnight?), then by site
    ranked_outlets = sorted(outlets.values(), key=lambda o: (not o.new, o.site))
    return DigestStory(
        story_id=story.id,
        status=status,
        # led by a new article: its headline (the story's title is its largest article's)
        headline=" ".join(
            (
                (lead.title if front != story.lead_page_id else None)
                or story.title
                or lead.title
                or ""
            ).split()
        )
        or None,  # untitled: each rendering says so in its own language
        lead=lead_paragraph(lead_text, config.lead_chars),
        url=lead.url,
        site=named.get(front, lead.site),
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
        language=primary_language(lead.language),
        date_source=lead.date_source,
        date_zoneless=lead.date_zoneless,
        partial=cut_short(session, [story.id]).get(story.id),
    )


def backfill_before(window: Window, config: DigestConfig) -> str:
    """The time (ISO, UTC, to the second) before which a story stored in ``window`` is a
    backfill: the window's start less ``config.backfill_days``."""
    start = datetime.fromisoformat(window.since.replace("Z", "+00:00")).replace(tzinfo=None)
    return (start - timedelta(days=config.backfill_days)).isoformat(timespec="seconds")


def is_backfill(candidate: Candidate, runs: set[int], before: str) -> bool:
    """Whether every page of the story stored in the window (``runs``) is dated before
    ``before``: by its publication date, else its fetch time (a WARC's capture of 2019), else
    the time clipper stored it (never before the window: a page with no date of its own is the
    night's news), but a page with no date of its own whose article (cluster) has dated
    copies is dated as its latest dated copy (it is that article, not tonight's).  Dates
    compare as ISO strings; a day alone is before ``before`` only when the whole of it is (its
    day before ``before``'s: a page dated by the day the backfill starts is in part after it,
    as ``--since``/``--until`` read a day, newcomer 39)."""
    # an undated copy of a dated article (a text dump of a wire story its sites date): the
    # article's date, its latest copy's (the demo's Aldermouth strike: ten pages of
    # 2025-03-11 and one undated text dump, shown unmarked under a header saying older
    # stories are marked ARCHIVE, session 51)
    article_dates: dict[int, str] = {}
    for page in candidate.pages:
        if page.dated and page.date:
            article_dates[page.cluster_id] = max(page.date, article_dates.get(page.cluster_id, ""))
    dates = [
        page.date or ""
        if page.dated or page.cluster_id not in article_dates
        else article_dates[page.cluster_id]
        for page in candidate.pages
        if page.run_id in runs
    ]
    return bool(dates) and all(
        date < (before[:10] if len(date) == 10 else before) for date in dates
    )


def _rank_key(story: DigestStory) -> tuple[bool, int, int, str, int]:
    """Sorted in reverse: the night's news before a backfill's old stories, then most outlets,
    then most pages, then latest, then newest story id."""
    return (not story.backfill, story.outlets, story.pages, story.latest, story.story_id)


def collect(
    session: Session,
    window: Window,
    selection: str,
    watches: list[Watch],
    config: DigestConfig,
    leave_out_backfill: bool = False,
) -> DigestResult:
    """The digest of ``window``: one group per watch in ``watches`` (each holding the stories
    it follows), or one group of every story when ``watches`` is empty.  Stories that are a
    backfill (:func:`is_backfill`) are marked and ranked after the others, or left out and
    counted (``leave_out_backfill``)."""
    runs = window_runs(session, window)
    unfiled = unfiled_pages(session, runs)
    cluster_pages = window_clusters(session, runs)
    candidates = read_candidates(session, cluster_pages)
    in_window = len(candidates)
    run_set = set(runs)
    before = backfill_before(window, config)
    backfilled = {sid for sid, c in candidates.items() if is_backfill(c, run_set, before)}
    if leave_out_backfill:
        candidates = {sid: c for sid, c in candidates.items() if sid not in backfilled}
    canonical_ids = {
        cluster.canonical_page_id
        for candidate in candidates.values()
        for cluster in candidate.clusters.values()
    } | {candidate.story.lead_page_id for candidate in candidates.values()}
    matching = bool(watches)
    canonicals = read_canonicals(session, canonical_ids, with_text=matching)
    # a story all of whose articles are a recurring service page (the day's death notices,
    # weather, horoscope…: clipper.servicepages) is no news: left out, counted by kind
    services: dict[int, str] = {}
    for sid, candidate in candidates.items():
        kinds = {
            service_kind(canonicals[cluster.canonical_page_id].title)
            for cluster in candidate.clusters.values()
        }
        if len(kinds) == 1 and (kind := kinds.pop()) is not None:
            services[sid] = kind
    candidates = {sid: c for sid, c in candidates.items() if sid not in services}
    # A copy that arrived in the window is followed too: a local paper's copy of a wire story
    # with a paragraph of its own naming a PR team's client is what the team watches for, and
    # the canonical (the wire story) never names it.
    arrived = (
        {
            sid: [
                p.id for p in candidate.pages if p.run_id in run_set and p.id not in canonical_ids
            ]
            for sid, candidate in candidates.items()
        }
        if matching
        else {}
    )
    if matching:
        copies = [page for ids in arrived.values() for page in ids]
        canonicals.update(read_canonicals(session, copies, with_text=True, headlines=False))
    documents = _Documents(canonicals)
    groups: list[DigestGroup] = []
    members: list[list[int]] = []
    nodes: list[Node] = []
    follows: list[dict[int, int | None]] = []  # a group's story id -> the page it follows by
    if matching:
        for watch in watches:
            node = parse_query(watch.query)
            by = {
                sid: _follows(watch, node, candidate, documents, canonicals, arrived[sid])
                for sid, candidate in candidates.items()
            }
            nodes.append(node)
            follows.append(by)
            members.append([sid for sid, page_id in by.items() if page_id is not None])
            named_in = {
                sid: outlet
                for sid in members[-1]
                if (outlet := _named_in(candidates[sid], by[sid] or 0)) is not None
            }
            groups.append(
                DigestGroup(
                    watch.name,
                    watch.query,
                    list(watch.sites),
                    list(watch.languages),
                    total=len(members[-1]),
                    named_in=named_in,
                )
            )
    else:
        members.append(sorted(candidates))
        groups.append(DigestGroup(told.gettext("All stories"), None, [], [], total=len(candidates)))
    wanted = {sid for ids in members for sid in ids}
    fronts = {sid: front_page(candidates[sid], run_set, canonicals) for sid in wanted}
    lead_ids = set(fronts.values())
    lead_texts = (
        {pid: canonicals[pid].text for pid in lead_ids}
        if matching
        else {pid: c.text for pid, c in read_canonicals(session, lead_ids, with_text=True).items()}
    )
    built: dict[int, DigestStory] = {}
    for sid in wanted:
        candidate = candidates[sid]
        lead_text = lead_texts[fronts[sid]]
        built[sid] = _story(session, candidate, run_set, canonicals, lead_text, config, fronts[sid])
        if sid in backfilled:
            built[sid] = replace(built[sid], backfill=True)
    shown = [
        [s.story_id for s in sorted((built[sid] for sid in ids), key=_rank_key, reverse=True)]
        for ids in members
    ]
    shown = [ids[: config.max_stories] for ids in shown]
    if matching:  # a story several groups show is filed under one (clipper.digest.filing)
        listing: dict[int, list[int]] = defaultdict(list)
        for index, ids in enumerate(shown):
            for sid in ids:
                listing[sid].append(index)
        for sid, indices in listing.items():
            followers = [
                Follower(
                    groups[index].name,
                    nodes[index],
                    documents[page_id] if (page_id := follows[index][sid]) is not None else None,
                )
                for index in indices
            ]
            story = built[sid]
            home = filed_under(
                followers, story.headline, story.lead, canonicals[fronts[sid]].language
            )
            built[sid] = replace(story, filed_under=home)
    for group, ids in zip(groups, shown, strict=True):
        group.stories = [built[sid] for sid in ids]
    return DigestResult(
        since=window.since,
        until=window.until,
        basis=window.basis,
        selection=selection,
        runs=len(runs),
        stories_in_window=in_window,
        groups=groups,
        matched=len(built),
        matched_new=sum(1 for story in built.values() if story.status == "new"),
        runs_done=runs_done_before(window.runs_done, unfiled),
        unfiled=unfiled,
        backfilled=len(backfilled),
        backfilled_before=before,
        left_out_backfill=leave_out_backfill,
        service_pages=dict(sorted(Counter(services.values()).items())),
    )
