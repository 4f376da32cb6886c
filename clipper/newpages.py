"""Which of a batch's cleaned readings are new pages: the new-page stage of
:class:`clipper.pipeline.Deduper`, a function of the batch and the archive (:func:`new_pages`).

A cleaned reading at an address (``source_key``) is one of:

- a reading of a stored version: the same text under the same headline (beyond spelling,
  :func:`clipper.headlines.reading_headline_key`) as a page stored there (:class:`Unchanged`,
  a sighting of it); the same text but for what one capture or extractor keeps and another
  not (a dateline paragraph or a wire's dateline opening the lead, a caption, a byline line,
  paragraph breaks and spaces) is the same text (:func:`clipper.versionchanges.capture_folded`);
- a reading cut short (``Article.partial``) whose text is a part of a whole reading of the page,
  stored or in the batch (:func:`clipper.versions.holder_of`): a fetch of that reading, not a
  version (:class:`CutShort`); so is a whole reading of a capture (the page's address and fetch
  time) that a fuller reading of the same capture holds, two extractors' texts of one fetch
  (:func:`clipper.versions.fuller_reading_of`);
- the same page as another reading in the batch (:class:`Repeat`; those differences aside,
  too): of a page's readings in one batch the best ranked is stored, whichever came first
  (:func:`reading_rank`: the earliest fetched, then the one saying best what the page is,
  :func:`clipper.readingorder.reading_quality`, then the first origin), and the others are
  repeats of it (newcomer 37b finding 4: a CMS export's row, its date zoneless, stored over
  the mirror's page of its address declaring its zone, and reported as the one dropped);
- else a new page: the page's first version, or its next one (a changed text, or the same text
  under a headline that differs beyond spelling), as the row to store (:class:`NewPage`).

The stage decides; the pipeline records what it decided (sightings, rejections, the pages to
store).  Also here: the times a reading is stored with (:func:`iso_datetime`,
:func:`publication_time`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING, Any

from clipper.config import MatchConfig
from clipper.dates import declared_offset, zoneless_time
from clipper.headlines import reading_headline_key
from clipper.minhash import signature_to_bytes
from clipper.page import UPDATED, Article, Rejection
from clipper.readingorder import ReadingKey, reading_order, reading_quality
from clipper.sightings import Sighting, titled_hash
from clipper.store import Store
from clipper.store.pages import NewPage
from clipper.store.readings import StoredReading, StoredText
from clipper.versionchanges import capture_folded
from clipper.versiondates import Dated, kept_date, stored_update
from clipper.versions import WholeReading, fuller_reading_of, holder_of, is_conversion

if TYPE_CHECKING:
    from clipper.workers import Prepared


def iso_datetime(value: str | None) -> str | None:
    """ISO 8601 (UTC when a zone is given) from the formats crawlers write, else None."""
    if not value or not isinstance(value, str):
        return None
    value = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    if len(value) <= 10 and parsed.hour == parsed.minute == parsed.second == 0:
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


def publication_time(value: str | None) -> str | None:
    """A publication date or time as stored: :func:`iso_datetime`, but a time of exactly
    midnight in the source's own zone is its day alone ("2018-07-15 00:00:00" →
    ``2018-07-15``).  news-please's ``date_publish`` and CC-News's ``date`` write a day whose
    time they do not know so, as do CMSs' JSON-LD ("2018-07-15T00:00:00+02:00"): read as a
    time, a reprint dated so ranked before the wire original it carries, published at 11:32
    that day, and became its cluster's canonical (clipper.cluster, rule 6: the earliest
    published, and a day after a time of that day).  The day written is kept: the source's
    local day.  A page really published at midnight to the second keeps its day."""
    stored = iso_datetime(value)
    if stored is None or len(stored) <= 10:
        return stored
    assert value is not None
    try:
        local = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            local = parsedate_to_datetime(value.strip())
        except (TypeError, ValueError, IndexError):
            return stored
    if (local.hour, local.minute, local.second, local.microsecond) == (0, 0, 0, 0):
        return local.date().isoformat()
    return stored


@dataclass(frozen=True, slots=True)
class Unchanged:
    """``article`` reads as the stored version ``stored`` (same text, same headline)."""

    article: Article
    content_hash: str
    stored: StoredReading


@dataclass(frozen=True, slots=True)
class CutShort:
    """``article``, read cut short, is a part of a whole reading, or a reading of a capture
    is a part of a fuller reading of it: counted as a fetch of it (``sighting``) and reported
    (``rejection``, a ``duplicate`` with the article's URL)."""

    article: Article
    sighting: Sighting
    rejection: Rejection


@dataclass(frozen=True, slots=True)
class Repeat:
    """``article`` is the same page (text, headline, address) as the batch's reading from
    ``first_origin``, the one stored (:func:`reading_rank`), whose text hashes to
    ``content_hash``."""

    article: Article
    content_hash: str
    first_origin: str


@dataclass(frozen=True, slots=True)
class Added:
    """``page``, the row to store for the reading ``prepared``: a new page or version."""

    page: NewPage
    prepared: Prepared


Decision = Added | Unchanged | CutShort | Repeat


@dataclass(slots=True)
class NewPages:
    """What :func:`new_pages` decided for each reading of the batch, in the batch's order."""

    decisions: list[Decision] = field(default_factory=list)

    @property
    def pages(self) -> list[tuple[NewPage, Prepared]]:
        """The rows to store, each with its prepared reading."""
        return [(d.page, d.prepared) for d in self.decisions if isinstance(d, Added)]


def new_pages(
    items: list[tuple[Prepared, str | None]], store: Store, config: MatchConfig, started: str
) -> NewPages:
    """The batch's readings (``items``: each prepared reading with the template lines cut
    from it, JSON or None) sorted into the pages to store and the readings that are none
    (module docstring), against the versions stored at their addresses
    (``Store.stored_versions``, an index seek per address).  ``started``: the run's start
    (ISO 8601), a page's ``seen_at`` when its reading gives no fetch time.  Pages are not
    the same text under the same headline at the same address as a stored page (a sighting
    of it).  The same text under a headline that differs beyond spelling is the page's next
    version, as a changed text is."""
    stored = store.stored_versions({item.article.source_key for item, _ in items})
    # the bytes stored under each address: a version of stored bytes under a new title
    taken = {(key, version.raw_hash) for key, found in stored.items() for version in found}
    # the batch's readings of each page (address, text, headline) still to decide between
    # (their slots in ``decided``), and the reading in each slot
    readings: dict[tuple[str, str, str], list[int]] = {}
    entries: dict[int, tuple[Prepared, str | None]] = {}
    decided = NewPages()
    wholes = _whole_readings(items, store, stored)
    # the addresses read twice in the batch or read with a text no stored version has: their
    # readings are told apart without what a capture or an extractor adds or leaves out
    # (datelines, captions, bylines, paragraph breaks: clipper.versionchanges.capture_folded; the
    # stored versions' texts asked for those alone)
    reread = Counter(item.article.source_key for item, _ in items)
    changed = {
        item.article.source_key
        for item, _ in items
        if item.article.source_key in stored
        and all(
            v.content_hash != item.fingerprint.content_hash for v in stored[item.article.source_key]
        )
    }
    stored_texts = store.whole_versions(changed) if changed else {}
    # each address's dates of its own (not an update's), stored and in the batch: what a
    # version dated by its update alone keeps (kept_date)
    dates = _own_dates(items, stored)
    for item, cut in items:
        article, fingerprint = item.article, item.fingerprint
        headline = reading_headline_key(article.title, article.url, article.site)
        unchanged = next(
            (
                version.reading
                for version in stored.get(article.source_key, [])
                if version.content_hash == fingerprint.content_hash
                and reading_headline_key(version.title, version.url, version.site) == headline
            ),
            None,
        )
        if unchanged is not None:
            decided.decisions.append(Unchanged(article, fingerprint.content_hash, unchanged))
            continue
        text_key = fingerprint.content_hash
        if article.partial is None and (
            reread[article.source_key] > 1 or article.source_key in stored_texts
        ):
            text_key = capture_folded(article.text)
            same = _same_reading(
                text_key,
                headline,
                stored_texts.get(article.source_key, []),
                stored.get(article.source_key, []),
            )
            if same is not None:
                decided.decisions.append(Unchanged(article, *same))
                continue
        key = (article.source_key, text_key, headline)
        if (
            article.partial is not None
            and (
                whole := holder_of(
                    article.text,
                    headline,
                    wholes.get(article.source_key, []),
                    config.cut_reading_held_share,
                )
            )
            is not None
        ):
            decided.decisions.append(_cut_short_reading(article, whole, started))
            continue
        if (
            article.partial is None
            and (
                fuller := fuller_reading_of(
                    article.text,
                    headline,
                    iso_datetime(article.fetched_at),
                    wholes.get(article.source_key, []),
                    config.cut_reading_held_share,
                    is_conversion(article.kind, article.origin),
                )
            )
            is not None
        ):
            decided.decisions.append(_shorter_reading(article, fuller, started))
            continue
        # the readings of one page in the batch: the best ranked is stored, whichever came
        # first, the others are repeats of it (below)
        readings.setdefault(key, []).append(len(decided.decisions))
        entries[len(decided.decisions)] = (item, cut)
        decided.decisions.append(Repeat(article, fingerprint.content_hash, article.origin))
    kept: set[int] = set()
    for slots in readings.values():
        best = min(slots, key=lambda slot: reading_rank(entries[slot][0].article))
        kept.add(best)
        first = entries[best][0]
        for slot in slots:
            if slot != best:
                decided.decisions[slot] = Repeat(
                    entries[slot][0].article,
                    first.fingerprint.content_hash,
                    first.article.origin,
                )
    for slot in sorted(kept):  # in the batch's order: ``taken`` grows as they are stored
        decided.decisions[slot] = _added(entries[slot], taken, dates, started)
    return decided


def first_sighting(saved_at: str | None, started: str) -> str:
    """When a reading without a fetch time was first seen (``pages.seen_at``): when a
    website mirror saved its file (``saved_at``, :mod:`clipper.read.savedtimes`) when that
    is before the run's ``started``, else the run's start."""
    return saved_at if saved_at is not None and saved_at < started else started


def reading_rank(article: Article, origin: str | None = None) -> ReadingKey:
    """``article``'s place among the readings of its page
    (:func:`clipper.readingorder.reading_order`: fetch time, what it says of the page,
    origin; ``origin`` the reading's when it is not the article's own)."""
    published = publication_time(article.published)
    return reading_order(
        iso_datetime(article.fetched_at),
        article.origin if origin is None else origin,
        reading_quality(
            article.date_source if published else None,
            published,
            zoneless_time(article.published, published),
            article.kind,
        ),
    )


def _added(
    entry: tuple[Prepared, str | None],
    taken: set[tuple[str, str]],
    dates: dict[str, list[Dated]],
    started: str,
) -> Added:
    """The row to store for the batch's reading ``entry`` (prepared, its template lines cut,
    JSON or None), a new page or version: ``taken`` the bytes stored under each address so
    far (updated), ``dates`` each address's own dates (:func:`_own_dates`), ``started`` the
    run's start."""
    item, cut = entry
    article, fingerprint = item.article, item.fingerprint
    headline = reading_headline_key(article.title, article.url, article.site)
    fetched = iso_datetime(article.fetched_at)
    raw_hash = article.raw_hash
    if (article.source_key, raw_hash) in taken:
        # a text record's bytes stored under another title: its own key beside them
        # (pages are unique by address and bytes), the bytes' hash and the headline's
        raw_hash = titled_hash(raw_hash, headline)
    taken.add((article.source_key, raw_hash))
    published = publication_time(article.published)
    dated = Dated(
        fetched,
        published,
        article.date_source if published else None,
        zoneless_time(article.published, published),
        declared_offset(article.published, published),
    )
    kept, updated = kept_date(dated, dates.get(article.source_key, []))
    # a version giving its posting time and its update keeps both (newcomer 30 finding 9)
    updated = updated or _update_of(article)
    page = NewPage(
        source_key=article.source_key,
        raw_hash=raw_hash,
        url=article.url,
        origin=article.origin,
        kind=article.kind,
        site=article.site,
        title=article.title,
        author=article.author,
        published=kept.published,
        date_source=kept.date_source,
        published_zoneless=kept.zoneless,
        published_offset=kept.offset,
        updated=updated,
        region=article.region,
        fetched_at=fetched,
        last_fetched_at=fetched,
        fetched_zoneless=zoneless_time(article.fetched_at, fetched),
        seen_at=fetched or first_sighting(article.saved_at, started),
        language=article.language,
        text=article.text,
        template_lines=cut,
        word_count=fingerprint.word_count,
        content_hash=fingerprint.content_hash,
        shingle_count=len(fingerprint.shingles),
        signature=signature_to_bytes(fingerprint.signature),
        declared_original=article.declared_original,
        partial=article.partial,
        payload_digest=article.payload_digest,
    )
    return Added(page, item)


def _update_of(article: Article) -> str | None:
    """The time ``article``'s "Updated" line gives (:attr:`clipper.page.Article.updated`) as
    ``pages.updated`` holds it (:func:`clipper.versiondates.stored_update`), or None."""
    stored = publication_time(article.updated)
    if stored is None:
        return None
    return stored_update(stored, zoneless_time(article.updated, stored))


def _own_dates(
    items: list[tuple[Prepared, str | None]], stored: dict[str, list[StoredText]]
) -> dict[str, list[Dated]]:
    """Each address's publication dates of its own (a date that is not an update's), of its
    stored versions and of the batch's readings."""
    found: dict[str, list[Dated]] = {}
    for key, versions in stored.items():
        for version in versions:
            if version.published and version.date_source != UPDATED:
                found.setdefault(key, []).append(
                    Dated(
                        version.reading.fetched_at,
                        version.published,
                        version.date_source,
                        version.published_zoneless,
                        version.published_offset,
                    )
                )
    for item, _ in items:
        article = item.article
        published = publication_time(article.published)
        if published and article.date_source != UPDATED:
            found.setdefault(article.source_key, []).append(
                Dated(
                    iso_datetime(article.fetched_at),
                    published,
                    article.date_source,
                    zoneless_time(article.published, published),
                    declared_offset(article.published, published),
                )
            )
    return found


def _same_reading(
    folded: str, headline: str, texts: list[Any], versions: list[StoredText]
) -> tuple[str, StoredReading] | None:
    """The content hash and stored reading of the stored version (of ``texts``:
    :meth:`clipper.store.Store.whole_versions` rows, ``versions``: the address's
    :class:`StoredText`) whose text is ``folded`` once what a capture or an extractor adds or
    leaves out is left out (:func:`clipper.versionchanges.capture_folded`) under the same
    ``headline``, else None."""
    for row in texts:
        if (
            reading_headline_key(row.title, row.url, row.site) == headline
            and capture_folded(row.text) == folded
        ):
            reading = next(
                (v.reading for v in versions if v.content_hash == row.content_hash), None
            )
            if reading is not None:
                return row.content_hash, reading
    return None


def _whole_readings(
    items: list[tuple[Prepared, str | None]],
    store: Store,
    stored: dict[str, list[StoredText]],
) -> dict[str, list[WholeReading]]:
    """For the addresses of the batch's readings cut short (``Article.partial``) and of its
    whole readings of a capture read twice (the same address and fetch time as another of the
    batch's whole readings or a stored version, ``stored``), the readings of them not cut
    short, newest first: the batch's own (in input order), then the stored versions
    (``Store.whole_versions``)."""
    keys = {item.article.source_key for item, _ in items if item.article.partial}
    captures = Counter(
        (key, version.reading.fetched_at)
        for key, versions in stored.items()
        for version in versions
        if version.reading.fetched_at is not None
    )
    for item, _ in items:
        article = item.article
        fetched = iso_datetime(article.fetched_at)
        if article.partial is None and fetched is not None:
            captures[(article.source_key, fetched)] += 1
    keys |= {key for (key, _), count in captures.items() if count > 1}
    if not keys:
        return {}
    found: dict[str, list[WholeReading]] = {}
    for item, _ in items:
        article = item.article
        if article.source_key in keys and article.partial is None:
            found.setdefault(article.source_key, []).append(
                WholeReading(
                    article.origin,
                    reading_headline_key(article.title, article.url, article.site),
                    article.text,
                    item.fingerprint.content_hash,
                    fetched_at=iso_datetime(article.fetched_at),
                    kind=article.kind,
                )
            )
    for key, rows in store.whole_versions(keys).items():
        found.setdefault(key, []).extend(
            WholeReading(
                row.origin,
                reading_headline_key(row.title, row.url, row.site),
                row.text,
                row.content_hash,
                row.id,
                row.version,
                row.fetched_at,
                row.kind,
            )
            for row in rows
        )
    return found


def _cut_short_reading(article: Article, whole: WholeReading, started: str) -> CutShort:
    """``article``, read cut short, is a part of ``whole`` (:func:`clipper.versions.holder_of`):
    not stored, it counts as a fetch of ``whole`` (its last fetch moves to this one's when
    later, as a WARC revisit's does; its first fetch, origin and headline stay) and is
    reported as a ``duplicate`` saying so, with its URL, so ``clipper show URL`` tells of a
    later fetch cut short."""
    fetched = iso_datetime(article.fetched_at)
    sighting = Sighting(
        article.source_key,
        None,
        whole.content_hash,
        None,
        None,  # no fetch of the whole text: its first fetch stays
        started,
        whole.origin,
        None,
        whole.headline,
        fetched,
    )
    when = f" fetched {fetched.replace('T', ' ')[:16]} UTC" if fetched else ""
    cut = Rejection(
        article.origin,
        "duplicate",
        f"a fetch cut short ({article.partial}){when}: its text is a part of "
        f"{whole.named()}, read whole; counted as a fetch of it, not a new version",
        article.url or None,
        fetched_at=fetched,
    )
    return CutShort(article, sighting, cut)


def _shorter_reading(article: Article, fuller: WholeReading, started: str) -> CutShort:
    """``article`` is another reading of the capture ``fuller`` was read from, and a part of
    it (:func:`clipper.versions.fuller_reading_of`: an extractor's text a paragraph short): not
    stored, it counts as a reading of ``fuller`` (as :func:`_cut_short_reading`'s fetch does)
    and is reported as a ``duplicate`` saying so, with its URL (``clipper show URL``)."""
    found = _cut_short_reading(article, fuller, started)
    when = (found.rejection.fetched_at or "").replace("T", " ")[:16]
    how = (
        f"the plain text of {fuller.named()}, read as HTML"
        if is_conversion(article.kind, article.origin)
        else f"shorter: its text is a part of {fuller.named()}, read fuller"
    )
    said = replace(
        found.rejection,
        detail=f"another reading of the same capture (fetched {when} UTC), {how}; counted as "
        "a reading of it, not a new version",
    )
    return replace(found, rejection=said)
