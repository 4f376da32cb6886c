"""What a digest tells of a story's pages: how many, how many new in the window, and for the
pages stored again in the window what their newest version changed (or that a page cut short
before was read whole), and for an outlet's update at a new address what it changed since the
outlet's page it updates.  Reads the two versions of each page told (an index seek by address),
never the archive.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clipper import graphemes, told
from clipper.changes import held_share
from clipper.config import DigestConfig, MatchConfig
from clipper.models import Page
from clipper.sitenames import site_keys
from clipper.versionchanges import version_changes


@dataclass
class PageRow:
    """A page row of a story as the digest reads it (one stored version)."""

    id: int
    cluster_id: int
    site: str | None
    url: str | None
    run_id: int
    date: str | None
    source_key: str = ""
    version: int = 1
    similarity: float | None = None  # Jaccard to its cluster's canonical (Page.similarity)
    outlet: str | None = None  # the site's registrable domain (Page.outlet), what outlets count
    # whether ``date`` is the page's own (published or fetched), not the time clipper stored it
    dated: bool = True

    @property
    def named(self) -> str | None:
        """The name the digest gives this page's site, one a digest: its outlet (registrable
        site, ``Page.outlet``: what a story's outlets count and its outlet list names), else its
        site (one that is no host: a site's name); None when it has neither.  A page read
        from an edition's host is named as its outlet line names it ("kursiv.media" for
        kz.kursiv.media; its address says the host; newcomer 51b)."""
        return self.outlet or self.site


@dataclass(frozen=True)
class PageUpdate:
    """A page of the story (one address or file) that had a new version stored in the
    window: its site (:attr:`PageRow.named`) and URL, the newest version's number and what it
    changed since the version before (:func:`clipper.versionchanges.version_changes`)."""

    site: str | None
    url: str | None
    version: int
    changes: list[str]
    # the page's first version, read whole after fetches of it cut short or a shorter reading
    # of its capture (version 0: no versions, clipper.versions.number_versions): told as
    # "Read whole", not as a new version
    read_whole: bool = False
    # an update at a new address: the outlet's page stored before in the same article (its
    # cluster) that this page, first stored in the window, updates (:func:`address_updates`);
    # ``changes`` are then told against that page's newest version stored before the window
    replaces: str | None = None
    # the article (cluster) the page belongs to, and that article's headline cut at a word to
    # DigestConfig.update_article_chars (:func:`article_name`) when it is not the article the
    # story leads with (set by clipper.digest.collect): the line names the article it tells of
    cluster_id: int | None = None
    article: str | None = None


def article_name(headline: str | None, limit: int) -> str | None:
    """``headline`` (an article's), its spaces made one, cut at a word to at most ``limit``
    characters (a script written without spaces at a character as read:
    :func:`clipper.graphemes.cut`) and ended with "…" when cut; None for no headline."""
    name = " ".join((headline or "").split())
    if not name:
        return None
    if len(name) <= limit:
        return name
    start = graphemes.cut(name, limit)  # never inside a character as read (clipper.graphemes)
    shown = start.rsplit(" ", 1)[0].rstrip(",;:—–-") if " " in start else start
    return shown + "…"


def page_updates(
    session: Session, pages: Iterable[PageRow], runs: set[int], limit: int
) -> tuple[int, int, int, list[PageUpdate]]:
    """The story's pages counted apart from their versions: (pages, pages first stored in the
    window, versions stored in the window of pages stored before, and for at most ``limit`` of
    those pages what their newest version changed since the one before it).  A page's first
    version stored in the window after fetches of it cut short stored before (version 0:
    clipper.versions.number_versions) is the page read whole, no new version.  Then the
    outlets' updates at a new address (:func:`address_updates`), told after the new versions,
    ``limit`` in all.  Reads the two versions of each page told (an index seek by address)."""
    by_page: dict[str, list[PageRow]] = {}
    for page in pages:
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
                    newest.named,
                    newest.url,
                    newest.version,
                    _cut_short_before(session, key),
                    read_whole=True,
                    cluster_id=newest.cluster_id,
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
                newest.named,
                newest.url,
                newest.version,
                _read_whole(older, newer, newest.version - 1)
                or version_changes(
                    older.title,
                    older.text,
                    newer.title,
                    newer.text,
                    site_keys(newest.url, newest.site),
                    DigestConfig.update_lead_chars,
                ),
                cluster_id=newest.cluster_id,
            )
        )
    updates += address_updates(session, by_page, runs)
    return len(by_page), new_pages, new_versions, updates[:limit]


def address_updates(
    session: Session, by_page: dict[str, list[PageRow]], runs: set[int]
) -> list[PageUpdate]:
    """An outlet's update of its article at a new address: a page first stored in the window
    (every version of it, ``runs``) in the cluster of a page of the same outlet (registrable
    site, ``PageRow.outlet``) stored before, dated no earlier than it, told as a new version
    of that page is (:func:`clipper.versionchanges.version_changes` against its newest version
    stored before the window) when it brings something new: a headline, a lead, paragraphs added or
    edited, a correction.  A second rendition of the article (an AMP, print or app page: the
    same text, or a shorter one) is no update, nor a page read cut short (``Page.partial``: a
    paywall's stub, a saved page whose download was cut, newcomer 34: "1 paragraph edited; 1
    paragraph removed" of the paragraph it stopped in).  One a cluster and outlet: its newest
    new page against its newest page before.  ``by_page``: the story's pages by ``source_key``.
    A wire agency's update with a new headline and lead at a new address joins its night-1
    page's cluster as a copy and was told nowhere (newcomer 27)."""
    fresh: dict[tuple[int, str], PageRow] = {}
    before: dict[tuple[int, str], PageRow] = {}
    for rows in by_page.values():
        for row in rows:
            if not row.outlet or not row.version:
                continue
            key = (row.cluster_id, row.outlet)
            if all(p.run_id in runs for p in rows):
                table = fresh
            elif row.run_id not in runs:
                table = before
            else:
                continue
            held = table.get(key)
            if held is None or (row.date or "", row.version, row.id) > (
                held.date or "",
                held.version,
                held.id,
            ):
                table[key] = row
    pairs = [
        (new, before[key])
        for key, new in sorted(fresh.items())
        if key in before and (new.date or "9") >= (before[key].date or "")
    ]
    if not pairs:
        return []
    wanted = {row.id for pair in pairs for row in pair}
    texts = {
        row.id: row
        for row in session.execute(
            select(Page.id, Page.title, Page.text, Page.partial).where(Page.id.in_(sorted(wanted)))
        )
    }
    told: list[PageUpdate] = []
    for new, old in pairs:
        if texts[new.id].partial is not None:
            continue  # a part of the article as far as it was read, not the outlet's update
        changes = version_changes(
            texts[old.id].title,
            texts[old.id].text or "",
            texts[new.id].title,
            texts[new.id].text or "",
            site_keys(new.url, new.site),
            DigestConfig.update_lead_chars,
        )
        if any(_brings_news(said) for said in changes):
            told.append(
                PageUpdate(
                    new.named,
                    new.url,
                    new.version,
                    changes,
                    replaces=old.url,
                    cluster_id=new.cluster_id,
                )
            )
    return told


def _brings_news(said: str) -> bool:
    """Whether a change told by :func:`clipper.versionchanges.version_changes` brings the reader
    something the page before lacked (not "same text", not paragraphs removed)."""
    return said.startswith(("headline changed", "new lead")) or any(
        word in said for word in (" added", " edited")
    )


def _cut_short_before(session: Session, key: str) -> list[str]:
    """What a page read whole after fetches of it cut short says: "an earlier fetch was cut
    short (paywall), not edited"; after a shorter reading of the same capture (another
    extractor's text of one fetch, ``partial`` null): "an earlier reading of the same fetch
    was shorter, not edited"."""
    kept = list(
        session.scalars(select(Page.partial).where(Page.source_key == key, Page.version == 0))
    )
    why = sorted({partial.split(" (")[0] for partial in kept if partial})
    said: list[str] = []
    if len(why) == 1:
        said.append(
            told.gettext("an earlier fetch was cut short (%(why)s), not edited", why=why[0])
        )
    elif why:
        said.append(
            told.gettext("earlier fetches were cut short (%(why)s), not edited", why=", ".join(why))
        )
    if None in kept:
        said.append(told.gettext("an earlier reading of the same fetch was shorter, not edited"))
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
    return [
        told.gettext(
            "read whole; version %(version)d was cut short (%(why)s), not edited",
            version=version,
            why=why,
        )
    ]
