"""The texts one page was seen with, and what changed between two of them.

A page seen again with a changed text (the same URL, or the same file when it has none) is
stored as its next version (``pages.version``, 1 = the oldest; 0 = a reading cut short kept
beside the version that holds its text, a fetch of it: :func:`number_versions`); each version
clusters like any page, so an old version usually sits in its newer version's cluster as a
variant.  ``clipper show page:ID`` names a page's versions; ``clipper show page:ID --diff``
prints what changed between it and the next version (the previous one for the newest),
paragraph by paragraph (:func:`clipper.changes.paragraph_diff`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import text

from clipper.archive import Archive
from clipper.changes import compare_texts, held_share, opens, paragraph_diff
from clipper.dates import zoned_times
from clipper.headlines import reading_headline_key
from clipper.refs import NotFound, resolve
from clipper.scripts import words_in
from clipper.seentimes import shown_date
from clipper.sitenames import site_keys
from clipper.versionchanges import as_compared, changed_since, headline_change, told_edits


@dataclass(frozen=True)
class VersionRef:
    """One version of a page: its page id, number and cluster (None: an interrupted run)."""

    page_id: int
    version: int
    cluster_id: int | None


def versions_of(connection: Any, source_key: str) -> list[VersionRef]:
    """Every version stored under ``source_key``, oldest first (an index seek: the unique
    ``(source_key, raw_hash)`` index); not the fetches cut short kept beside them (version 0:
    :func:`cut_short_fetches`)."""
    rows = connection.execute(
        text(
            "SELECT id, version, cluster_id FROM pages WHERE source_key = :key "
            "AND version > 0 ORDER BY version, id"
        ),
        {"key": source_key},
    ).all()
    return [VersionRef(row.id, row.version, row.cluster_id) for row in rows]


@dataclass(frozen=True)
class CutShortFetch:
    """A reading cut short stored under a page's address whose text a version of the page
    holds (``pages.version`` 0, :func:`number_versions`): its page id, fetch time (None:
    unknown) and why it was cut short; ``partial`` None: a whole but shorter reading of a
    version's capture (another extractor's text of the same fetch, :func:`fuller_reading_of`)."""

    page_id: int
    fetched_at: str | None
    partial: str | None


def cut_short_fetches(connection: Any, source_key: str) -> list[CutShortFetch]:
    """The readings kept under ``source_key`` that are no version of it (version 0: cut short,
    or a shorter reading of a version's capture), earliest fetched first (an index seek)."""
    rows = connection.execute(
        text(
            "SELECT id, fetched_at, partial FROM pages WHERE source_key = :key "
            "AND version = 0 ORDER BY coalesce(fetched_at, seen_at), id"
        ),
        {"key": source_key},
    ).all()
    return [CutShortFetch(row.id, row.fetched_at, row.partial) for row in rows]


class Numbered(NamedTuple):
    """What :func:`number_versions` decides for the pages of one address: each page's
    ``pages.version`` (0: a reading cut short, or a shorter reading of a capture, that a
    version holds: not a version), and for each of those the version it is a reading of
    (page id → page id)."""

    numbers: dict[int, int]
    holders: dict[int, int]


def number_versions(
    rows: Sequence[Any], texts: Mapping[int, Any], share: float
) -> Numbered:
    """Number the distinct texts stored under one address (``rows``: id, ``when``, the fetch
    time, else the publication time, else when clipper first saw it; ``seen_at``, ``partial``,
    ``origin``, ``content_hash``, ``fetched_at``) 1, 2, … by when they existed (a tie, one
    publication date and no fetch time, by the night its input's path names, :func:`night_of`,
    else by when clipper saw each; of one capture read cut
    short and whole, the whole reading is the newer; then, two nights' folders read in one
    run, by the read order of their inputs, :func:`read_order`; then by content hash).

    A reading cut short (``partial``) whose text is a part of a whole reading under the same
    headline (:func:`holder_of`, ``share`` of its words: ``MatchConfig.cut_reading_held_share``)
    is no version of the page but a fetch of that one: numbered 0, whichever was read first
    (read after the whole reading it is not stored at all: ``clipper.newpages``).  Its holder
    is the whole version the page had when it was fetched, else the first one after it.  So is
    a whole reading of a capture (the same fetch time) that a fuller reading of that capture
    holds (:func:`fuller_reading_of`: two extractors' texts of one fetch, one a paragraph
    short), whose holder is that fuller reading.  ``texts``: page id → a row with ``title``,
    ``url``, ``site``, ``text``, ``origin``, needed only for the addresses :func:`needs_texts`
    names (else may be empty)."""
    ordered = sorted(
        rows,
        key=lambda r: (
            r.when,
            night_of(r.origin, r.fetched_at) or r.seen_at,
            r.seen_at,
            r.partial is None,
            read_order(r.origin),
            r.content_hash,
        ),
    )
    holders: dict[int, int] = {}
    if not needs_texts(ordered):
        return Numbered(_numbers(ordered, holders), holders)
    wholes = [
        (at, _whole(r.id, texts[r.id], r.content_hash, r.fetched_at))
        for at, r in enumerate(ordered)
        if r.partial is None
    ]
    for _, whole in wholes:
        fuller = fuller_reading_of(
            whole.text,
            whole.headline,
            whole.fetched_at,
            [w for _, w in wholes],
            share,
            whole.conversion,
        )
        if fuller is not None and fuller.page_id is not None and whole.page_id is not None:
            holders[whole.page_id] = fuller.page_id
    versions = [(at, whole) for at, whole in wholes if whole.page_id not in holders]
    for at, row in enumerate(ordered):
        if row.partial is None:
            continue
        before = [whole for was, whole in reversed(versions) if was < at]
        after = [whole for was, whole in versions if was > at]
        stub = texts[row.id]
        holder = holder_of(
            stub.text,
            reading_headline_key(stub.title, stub.url, stub.site),
            before + after,
            share,
        )
        if holder is not None and holder.page_id is not None:
            holders[row.id] = holder.page_id
    return Numbered(_numbers(ordered, holders), holders)


def read_order(origin: str | None) -> str:
    """A key sorting inputs in the order clipper reads them: the path's folders and files by
    name (``2026-12-03/`` before ``2026-12-04/``), the numbers in an origin by value
    (``items.jsonl:9`` before ``items.jsonl:10``, a WARC's offsets).  The last tie-break of
    two texts of one address that no time tells apart (no fetch time, one publication date,
    one run): the same whatever order the command line names the inputs in."""
    return _NUMBER.sub(lambda m: m.group().zfill(20), origin or "")


_NUMBER = re.compile(r"\d+")
# A night's date in an input's path: "…/2026-12-03/items.jsonl", "playwright-2026-12-03.jsonl".
_PATH_DAY = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def night_of(origin: str | None, fetched_at: str | None) -> str | None:
    """The day (``YYYY-MM-DD``) the input of a reading without a fetch time names in its path,
    the last one written there (a nightly dump's folder or file name), standing in for the
    fetch time it lacks: two texts of one address with one publication date and no fetch
    time are numbered by their nights, whatever order the nights were stored in (newcomer 23,
    finding 27: a backfill stored newest first numbered the agency's update version 1);
    None with a fetch time, or a path naming no valid day."""
    if fetched_at is not None or not origin:
        return None
    for found in reversed(list(_PATH_DAY.finditer(origin))):
        try:
            return date(*(int(part) for part in found.groups())).isoformat()
        except ValueError:
            continue
    return None


def needs_texts(rows: Sequence[Any]) -> bool:
    """Whether :func:`number_versions` compares the texts of ``rows`` (one address's pages:
    ``partial``, ``fetched_at``): when they hold a reading cut short and a whole one, or two
    whole readings of one capture (the same fetch time)."""
    wholes = [r for r in rows if r.partial is None]
    if len(wholes) == len(rows) or not wholes:
        captures = [r.fetched_at for r in wholes if r.fetched_at is not None]
        return len(set(captures)) < len(captures)
    return True


def _numbers(ordered: Sequence[Any], holders: Mapping[int, int]) -> dict[int, int]:
    """1, 2, … in ``ordered``'s order, 0 for the readings ``holders`` names."""
    numbers: dict[int, int] = {}
    number = 0
    for row in ordered:
        if row.id not in holders:
            number += 1
        numbers[row.id] = 0 if row.id in holders else number
    return numbers


def _whole(page_id: int, row: Any, content_hash: str, fetched_at: str | None) -> WholeReading:
    return WholeReading(
        row.origin,
        reading_headline_key(row.title, row.url, row.site),
        row.text,
        content_hash,
        page_id,
        fetched_at=fetched_at,
        kind=row.kind,
    )


@dataclass(frozen=True)
class WholeReading:
    """A reading of a page that was not cut short, which a reading cut short may be a part of:
    a stored version (``page_id``, ``version``) or a page of the batch being stored (both
    None), with its origin, headline key (:func:`clipper.headlines.reading_headline_key`),
    text, content hash and fetch time (ISO 8601 as stored, None when unknown: what tells
    two readings of one capture, :func:`fuller_reading_of`)."""

    origin: str
    headline: str
    text: str
    content_hash: str
    page_id: int | None = None
    version: int | None = None
    fetched_at: str | None = None
    kind: str = "html"  # the input's kind (clipper.page.RawPage.kind): "text" a plain text

    @property
    def conversion(self) -> bool:
        """Whether it is a crawl's conversion record's text (:func:`is_conversion`)."""
        return is_conversion(self.kind, self.origin)

    def named(self) -> str:
        """How a message names it: ``page:12 (version 2)``, or the input it is read from."""
        if self.page_id is None:
            return f"the reading from {self.origin}"
        return f"page:{self.page_id} (version {self.version})"


def holder_of(
    text: str, headline: str, wholes: Sequence[WholeReading], share: float
) -> WholeReading | None:
    """The first of ``wholes`` (newest first) under ``headline`` whose text holds at least
    ``share`` of ``text``'s words (:func:`clipper.changes.held_share`) or opens with the whole
    of it (:func:`clipper.changes.opens`: a feed's excerpt, :mod:`clipper.excerpts`), else
    None: the whole reading a reading cut short is a part of.  Such a reading is not the page's
    next version (it would be the page "as it reads now" and an edit removing what the paywall
    hid): the pipeline counts it as a fetch of that reading (its last fetch moves) and says why
    it is not stored (``MatchConfig.cut_reading_held_share``)."""
    for whole in wholes:
        if whole.headline == headline and (
            held_share(whole.text, text) >= share or opens(whole.text, text)
        ):
            return whole
    return None


def fuller_reading_of(
    text: str,
    headline: str,
    fetched_at: str | None,
    wholes: Sequence[WholeReading],
    share: float,
    conversion: bool = False,
) -> WholeReading | None:
    """The fullest of ``wholes`` that is another reading of the same capture as ``text`` (the
    same fetch time ``fetched_at``, under ``headline``), with more words than it and holding at
    least ``share`` of them (:func:`clipper.changes.held_share`); None when none is, or the
    fetch time is unknown.  Two extractors' readings of one fetch (a crawler's WARC record and
    news-please's record of it, whose text lost a paragraph) are one text of the page, not an
    edit made within the second: the shorter is a reading of the fuller one, as a reading cut
    short is (:func:`holder_of`), whichever was read first.  The fullest: most words, then the
    smallest content hash (the same in any order).

    A crawl's conversion record (``conversion``, :func:`is_conversion`: a WET file's text of a
    page, which has no headline and keeps the page's footer) is a reading of the page's HTML
    reading of the same capture whatever its headline and words (:func:`_html_reading_of`); no
    other reading is ever one of a conversion record's."""
    if fetched_at is None:
        return None
    if conversion and (html := _html_reading_of(fetched_at, wholes)) is not None:
        return html
    same = [
        w
        for w in wholes
        if w.fetched_at == fetched_at
        and w.headline == headline
        and (conversion or not w.conversion)
    ]
    if not same:
        return None  # (the text's words are not counted: every new page is asked)
    words = words_in(text)
    fuller = [
        whole
        for whole in same
        if words_in(whole.text) > words and held_share(whole.text, text) >= share
    ]
    return min(fuller, key=lambda w: (-words_in(w.text), w.content_hash), default=None)


def _html_reading_of(fetched_at: str, wholes: Sequence[WholeReading]) -> WholeReading | None:
    """Of ``wholes``, the HTML reading fetched at ``fetched_at``, the
    fullest (most words, then the smallest content hash); None when there is none.  One
    capture's response and its conversion record (the same ``WARC-Target-URI`` and
    ``WARC-Date``, as Common Crawl writes a WET file beside its WARC) are one fetch of the
    page: the HTML reading, which has the headline, is the page."""
    html = [w for w in wholes if w.fetched_at == fetched_at and w.kind == "html"]
    return min(html, key=lambda w: (-words_in(w.text), w.content_hash), default=None)


_WARC_RECORD = re.compile(r"@\d+$")


def is_conversion(kind: str, origin: str | None) -> bool:
    """Whether a reading of ``kind`` from ``origin`` is a crawl's conversion record: a plain
    text read from a WARC file (its origin ``PATH@OFFSET``, :mod:`clipper.read.warc`, which
    reads no other plain-text record), not a text dump's or a JSON record's text."""
    return kind == "text" and bool(_WARC_RECORD.search(origin or ""))


@dataclass(frozen=True)
class VersionText:
    page_id: int
    version: int
    title: str | None
    date: str | None  # publication date, else fetch date
    # when clipper first saw this text: its fetch time, else when a run archived it (an input
    # without a fetch time)
    seen_at: str
    text: str
    fetched_at: str | None = None  # None: the input gave no fetch time
    # ``date`` is a publication time its source wrote without a time zone (as
    # clipper.browse.Canonical.date_zoneless): shown and written as stored, no offset made up
    date_zoneless: bool = False


@dataclass(frozen=True)
class VersionDiff:
    """Two versions of one page, older first, and what changed: ``summary`` (["version 1 →
    version 2 (of 2)", "1 paragraph edited since", ...]) and ``diff``, unified diff lines
    with one paragraph a line (the headline as ``# HEADLINE``), empty when the texts are the
    same (whitespace and case aside)."""

    older: VersionText
    newer: VersionText
    versions: list[VersionRef]
    summary: list[str]
    diff: list[str]

    def as_dict(self) -> dict[str, Any]:
        """The fields as a JSON document, stored times with their zone (zoned_times)."""
        return zoned_times(asdict(self))


def version_diff(archive: Archive, ref: str) -> VersionDiff:
    """What changed between the page ``ref`` names (a cluster id names its canonical; see
    :func:`clipper.refs.resolve`) and its next version, or its previous one when it is the
    newest.  Raises :class:`clipper.refs.NotFound` when ``ref`` names nothing stored or a page
    with one version."""
    cluster_id, page_id = resolve(archive, ref)
    with archive.engine.connect() as connection:
        if page_id is None:
            page_id = connection.execute(
                text("SELECT canonical_page_id FROM clusters WHERE id = :id"), {"id": cluster_id}
            ).scalar_one()
        key, url, site = connection.execute(
            text("SELECT source_key, url, site FROM pages WHERE id = :id"), {"id": page_id}
        ).one()
        versions = versions_of(connection, key)
        if len(versions) < 2:
            raise NotFound(
                f"page:{page_id} has one version: its address or file was never seen with "
                "another text (nothing to compare)"
            )
        at = next(i for i, v in enumerate(versions) if v.page_id == page_id)
        pair = (at, at + 1) if at + 1 < len(versions) else (at - 1, at)
        older, newer = (_version_text(connection, versions[i].page_id) for i in pair)
    # a saved page's site-name <title>, its headline or dateline as a paragraph: no change
    sites = site_keys(url, site)
    old_title, old_text = as_compared(older.title, older.text, newer.title, sites)
    new_title, new_text = as_compared(newer.title, newer.text, old_title, sites)
    changes = compare_texts(new_title, new_text, old_title, old_text)
    diff = paragraph_diff(
        older.title,
        older.text,
        newer.title,
        newer.text,
        old_label=f"page:{older.page_id} (version {older.version})",
        new_label=f"page:{newer.page_id} (version {newer.version})",
    )
    head = f"version {older.version} → version {newer.version} (of {len(versions)})"
    since = told_edits(
        [
            headline_change(old_title, new_title) if said == "headline changed since" else said
            for said in changed_since(changes)
        ],
        changes,
    )
    return VersionDiff(older, newer, versions, [head, *since], diff)


def _version_text(connection: Any, page_id: int) -> VersionText:
    row = connection.execute(
        text(
            "SELECT id, version, title, coalesce(published, fetched_at) AS date, seen_at, text, "
            "fetched_at, CASE WHEN published IS NOT NULL THEN published_zoneless END AS zoneless, "
            "published_from, published_to FROM pages WHERE id = :id"
        ),
        {"id": page_id},
    ).one()
    # a zoneless time its site's clocks pin is that moment (clipper.seentimes)
    date, zoneless = shown_date(row.date, row.zoneless, row.published_from, row.published_to)
    return VersionText(
        row.id,
        row.version,
        row.title,
        date,
        row.seen_at,
        row.text,
        row.fetched_at,
        zoneless,
    )
