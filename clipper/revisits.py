"""WARC revisit records: re-fetches of unchanged pages, matched to the page they repeat.

A crawl that deduplicates (Heritrix, warcprox, Browsertrix) writes a page fetched again with
the same payload as a ``revisit`` record (profile ``identical-payload-digest``; a server's 304
Not Modified answer as ``server-not-modified``, or as a 304 ``response``): no payload, only the
capture it repeats.  It is a fetch of that page all the same, so it moves the page's
``last_fetched_at`` (and its cluster's and story's last seen) as a re-read of its bytes does
(:mod:`clipper.sightings`).

A revisit names the capture it repeats (:class:`clipper.page.Revisit`), and finds its stored
page by:

1. its payload digest (``WARC-Payload-Digest``): the page stored from a WARC record of that
   payload (``pages.payload_digest``, migration 0029), at the revisit's address
   (``WARC-Refers-To-Target-URI`` or ``WARC-Target-URI``) when one is; else the one address
   holding it (the page's own canonical link may have named it another address than the one
   crawled); held at several other addresses it is ambiguous and finds none;
2. else the capture's address and time (``WARC-Refers-To-Target-URI``, else
   ``WARC-Target-URI``, and ``WARC-Refers-To-Date``): the page at that address fetched then
   (its first or its latest fetch), which also finds the pages stored before migration 0029.

3. else, naming neither (a bare 304 ``response``, or a revisit without
   ``WARC-Refers-To-Date`` or digest: "unchanged since your last capture", the answer to the
   crawler's conditional GET sent with that capture's ``If-Modified-Since`` / ``If-None-Match``),
   the latest capture of its address fetched before it: the page at that address whose fetch
   is the latest at or before the revisit's (newcomer 29 finding 15: a 304 ten minutes after
   the page's capture in the same WARC was "unmatched").

A revisit naming a capture no dump read into the archive, or a bare one whose address holds
no capture before it, is counted, with its reason (:attr:`Outcome.unmatched`), and moves
nothing.

The run collects its revisits (:class:`Revisits`) and matches them at its end, after its pages
are stored, so a revisit finds a capture read in an earlier run, earlier in the same file, later
in it or in another file of the run, and the result does not depend on the order of the files;
moving a page's last fetch is a maximum, so the same revisits in any order give the same
times.  A revisit read in a run before the one that reads its original (a crawl's nights read
out of order, a backfill of older WARCs) is kept (``pending_revisits``, migration 0030:
:func:`keep_waiting`) when it names a capture and gives its fetch time; each run matches the
kept revisits naming a page it stored (:func:`match_waiting`), moves that page's last fetch as
the revisit would have, and forgets them.  So the same WARCs read in any order of runs give the
same last fetches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from clipper.models import Page, PendingRevisit
from clipper.newpages import iso_datetime  # the times pages are stored with
from clipper.page import REVISIT_MATCHED, Rejection, Revisit
from clipper.readingorder import reading_order
from clipper.store import changed
from clipper.store.rows import chunks
from clipper.urls import url_key

# What two revisits must share to be matched as one: the capture they name and where they are
# read from does not matter; the latest fetch among them is kept.
_Named = tuple[str | None, str | None, str | None, str | None]


@dataclass
class Outcome:
    """What the run's revisits did: ``matched`` revisits found their page (its last fetch
    moved to theirs when later: ``moved``, the ids of those pages); ``unmatched`` the
    others, ``(origin, why)`` each, in the order read; of those, ``waiting`` the ones a later
    run may still match (``(origin, revisit)``: they name a capture and give a fetch time)."""

    matched: int = 0
    matched_origins: list[str] = field(default_factory=list)  # where the matched ones were read
    moved: set[int] = field(default_factory=set)
    unmatched: list[tuple[str, str]] = field(default_factory=list)
    waiting: list[tuple[str, Revisit]] = field(default_factory=list)


@dataclass
class _Entry:
    count: int
    fetched_at: str | None  # the latest fetch among them (ISO 8601, as pages store it)
    origins: list[str]
    url: str | None
    revisits: list[Revisit] = field(default_factory=list)  # as read, one per origin


class Revisits:
    """A run's revisit records, one entry per capture named (a crawl revisiting a page every
    night holds one entry for it, with the latest fetch), matched at the run's end
    (:meth:`match`)."""

    def __init__(self) -> None:
        self._named: dict[_Named, _Entry] = {}

    def add(self, origin: str, revisit: Revisit) -> None:
        """``revisit``, read at ``origin`` (``path@OFFSET``)."""
        target = revisit.refers_to_url or revisit.url
        named = (
            url_key(target) if target else None,
            url_key(revisit.url) if revisit.url else None,
            iso_datetime(revisit.refers_to_date),
            revisit.payload_digest,
        )
        fetched = iso_datetime(revisit.fetched_at)
        entry = self._named.get(named)
        if entry is None:
            self._named[named] = _Entry(1, fetched, [origin], revisit.url, [revisit])
            return
        entry.count += 1
        entry.origins.append(origin)
        entry.revisits.append(revisit)
        if fetched is not None and (entry.fetched_at is None or fetched > entry.fetched_at):
            entry.fetched_at = fetched

    def clear(self) -> None:
        self._named.clear()

    def match(self, session: Session) -> Outcome:
        """Find each revisit's stored page (see the module docstring) and move its
        ``last_fetched_at`` to the revisit's fetch when that is later.  Index seeks only: the
        pages holding the revisits' payload digests (``ix_pages_payload_digest``) and those at
        their addresses (``source_key``), 500 a query."""
        named = self._named
        by_digest = _pages_by_digest(session, {n[3] for n in named if n[3]})
        # by address: the ones naming a capture's time, and the bare ones (rule 3)
        by_address = _pages_by_address(
            session, {n[0] for n in named if n[0] and (n[2] or not n[3])}
        )
        outcome = Outcome()
        latest: dict[int, str] = {}  # page id: the latest revisit's fetch
        stored: dict[int, str | None] = {}  # page id: its last fetch as stored
        for (address, crawled, when, digest), entry in named.items():
            fetched = entry.fetched_at
            pages, why = _found(address, crawled, when, digest, by_digest, by_address, fetched)
            if fetched is None:
                pages, why = [], "revisit gives no fetch time (WARC-Date); last fetched not moved"
            if not pages or fetched is None:
                outcome.unmatched += [(o, f"{why}: {entry.url or '?'}") for o in entry.origins]
                if fetched is not None and (digest is not None or (address and when)):
                    outcome.waiting += zip(entry.origins, entry.revisits, strict=True)
                continue
            outcome.matched += entry.count
            outcome.matched_origins += entry.origins
            for page in pages:
                stored[page.id] = page.last_fetched_at or page.fetched_at
                if fetched > latest.get(page.id, ""):
                    latest[page.id] = fetched
        outcome.moved = {
            pid for pid, when in latest.items() if (before := stored[pid]) is None or when > before
        }
        if outcome.moved:
            session.execute(
                update(Page),
                [{"id": pid, "last_fetched_at": latest[pid]} for pid in sorted(outcome.moved)],
            )
            changed.mark_pages(session, outcome.moved, changed.current_run(session))
        outcome.unmatched.sort(key=lambda item: _origin_order(item[0]))
        outcome.waiting.sort(key=lambda item: _origin_order(item[0]))
        return outcome


_KEPT = "kept: moved when a run reads that capture"


def _found(
    address: str | None,
    crawled: str | None,
    when: str | None,
    digest: str | None,
    by_digest: dict[str, list[Any]],
    by_address: dict[str, list[Any]],
    fetched: str | None = None,
) -> tuple[list[Any], str]:
    """The stored pages a revisit fetched at ``fetched`` names (module docstring), or none
    and why."""
    if digest is not None and (holding := by_digest.get(digest)):
        here = [page for page in holding if page.source_key in (address, crawled)]
        if here:
            return here, ""
        addresses = {page.source_key for page in holding}
        if len(addresses) == 1:
            return holding, ""
        if when is None:
            return [], (
                f"revisit's payload is held by pages at {len(addresses)} other addresses "
                "(ambiguous; last fetched not moved)"
            )
    if address is not None and when is not None:
        at = [
            page
            for page in by_address.get(address, [])
            if when in (page.fetched_at, page.last_fetched_at)
        ]
        if at:
            return at, ""
        return [], (
            f"revisit of a capture ({when}) of a page this archive never read "
            f"(last fetched not moved; {_KEPT})"
        )
    if digest is not None:
        return [], f"revisit of a payload this archive never read (last fetched not moved; {_KEPT})"
    if address is not None and fetched is not None:
        # a bare 304: unchanged since the crawler's latest capture of the address before it
        before = [
            page
            for page in by_address.get(address, [])
            if page.fetched_at is not None and page.fetched_at <= fetched
        ]
        if before:
            return [max(before, key=lambda page: (page.fetched_at, page.id))], ""
        return [], (
            "revisit names no earlier capture (no WARC-Refers-To-Date or WARC-Payload-Digest) "
            "and the archive holds no capture of its address fetched before it; last fetched "
            "not moved"
        )
    return [], (
        "revisit names no earlier capture (no WARC-Refers-To-Date or WARC-Payload-Digest: "
        "which version it saw is unknown; last fetched not moved)"
    )


def _pages_by_digest(session: Session, digests: Iterable[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for chunk in chunks(sorted(digests)):
        for row in session.execute(
            select(
                Page.id, Page.source_key, Page.payload_digest, Page.fetched_at,
                Page.last_fetched_at,
            ).where(Page.payload_digest.is_not(None), Page.payload_digest.in_(chunk))
        ):
            found.setdefault(row.payload_digest, []).append(row)
    return found


def _pages_by_address(session: Session, keys: Iterable[str]) -> dict[str, list[Any]]:
    found: dict[str, list[Any]] = {}
    for chunk in chunks(sorted(keys)):
        for row in session.execute(
            select(Page.id, Page.source_key, Page.fetched_at, Page.last_fetched_at).where(
                Page.source_key.in_(chunk)
            )
        ):
            found.setdefault(row.source_key, []).append(row)
    return found


def as_matched(rejections: list[Rejection], origins: Iterable[str]) -> list[Rejection]:
    """``rejections`` with the ``warc-revisit`` ones read at ``origins`` (those that found their
    page: :attr:`Outcome.matched_origins`) as ``revisit-matched``, a note, not a rejection."""
    matched = set(origins)
    return [
        replace(r, reason=REVISIT_MATCHED) if r.reason == "warc-revisit" and r.origin in matched
        else r
        for r in rejections
    ]


def _origin_order(origin: str) -> Any:
    """Origins in reading order: ``f.warc@900`` before ``f.warc@10000``."""
    return reading_order(None, origin)


def keep_waiting(session: Session, run_id: int, waiting: Sequence[tuple[str, Revisit]]) -> int:
    """Keep the run's unmatched revisits that a later run may match (:attr:`Outcome.waiting`)
    in ``pending_revisits``, each origin once (a file read again adds none); returns how many
    were added."""
    origins = {origin for origin, _ in waiting}
    known: set[str] = set()
    for chunk in chunks(sorted(origins)):
        known.update(
            session.scalars(
                select(PendingRevisit.origin).where(PendingRevisit.origin.in_(chunk))
            )
        )
    rows = [
        {
            "run_id": run_id,
            "origin": origin,
            "url": revisit.url,
            "address": url_key(target) if (target := revisit.refers_to_url or revisit.url)
            else None,
            "fetched_at": revisit.fetched_at,
            "refers_to_url": revisit.refers_to_url,
            "refers_to_date": revisit.refers_to_date,
            "payload_digest": revisit.payload_digest,
        }
        for origin, revisit in waiting
        if origin not in known and revisit.fetched_at is not None
    ]
    if rows:
        session.execute(insert(PendingRevisit), rows)
    return len(rows)


def match_waiting(session: Session, run_id: int) -> Outcome:
    """Match the revisits earlier runs kept (:func:`keep_waiting`) that name a page run
    ``run_id`` stored, by its payload digest or its address (index seeks, 500 a query): those
    that find their page now move its last fetch (:meth:`Revisits.match`) and are forgotten;
    the others stay kept.  The outcome counts the matched ones (``unmatched`` lists the kept
    ones looked at again, not to be counted twice)."""
    stored = session.execute(
        select(Page.source_key, Page.payload_digest).where(Page.run_id == run_id)
    ).all()
    digests = sorted({row.payload_digest for row in stored if row.payload_digest})
    keys = sorted({row.source_key for row in stored})
    rows: dict[int, Any] = {}
    for column, values in (
        (PendingRevisit.payload_digest, digests),
        (PendingRevisit.address, keys),
    ):
        for chunk in chunks(values):
            for row in session.scalars(
                select(PendingRevisit).where(
                    column.in_(chunk), PendingRevisit.run_id != run_id
                )
            ):
                rows[row.id] = row
    if not rows:
        return Outcome()
    revisits = Revisits()
    for row in rows.values():
        revisits.add(
            row.origin,
            Revisit(
                row.url, row.fetched_at, row.refers_to_url, row.refers_to_date,
                row.payload_digest,
            ),
        )
    outcome = revisits.match(session)
    still = {origin for origin, _ in outcome.unmatched}
    done = sorted(pid for pid, row in rows.items() if row.origin not in still)
    for chunk in chunks(done):
        session.execute(delete(PendingRevisit).where(PendingRevisit.id.in_(chunk)))
    return outcome
