"""``clipper dedupe``'s stages over one batch: read → clean → fingerprint → new pages → match →
cluster → store (:class:`Deduper`); which readings are new pages is :mod:`clipper.newpages`,
the match stage :mod:`clipper.verification`, the run around them (batches, commits, how it
ended) :mod:`clipper.run`, what the run says of a page stored without its date
:mod:`clipper.datenotes`.

Besides the readers' and the cleaner's rejection reasons, the pipeline has one of its own:
``duplicate``, a page read twice in one run (the same URL, or origin, with the same bytes or the
same text).  A page already stored by an earlier run is not a rejection: it is counted in
``already_archived`` (re-running a dump is normal and must not flood the log).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from clipper import allocator
from clipper.archived import (
    Identity,
    archived_readings,
    capture_of,
    identity,
    order_of,
    record_headline,
)
from clipper.cluster import Rules
from clipper.config import Config
from clipper.cutpages import (
    CUT_BEFORE_ARTICLE,
    CUT_DOWNLOAD,
    ends_mid_sentence,
    holds_a_sentence,
)
from clipper.datenotes import date_note
from clipper.dates import declared_offset, zoneless_time
from clipper.headlines import reading_headline_key
from clipper.idtable import IdTable
from clipper.newpages import (
    Added,
    CutShort,
    NewPages,
    Repeat,
    Unchanged,
    first_sighting,
    iso_datetime,
    new_pages,
    publication_time,
    reading_rank,
)
from clipper.page import KEPT_AS_FAR_AS_IT_GOES, Article, RawPage, Rejection
from clipper.revisits import Revisits, as_matched, keep_waiting, match_waiting
from clipper.scripts import words_in
from clipper.sightings import (
    Declared,
    ReadingKey,
    Sighting,
    Sightings,
    merge,
    reading_order,
    redate_clusters,
)
from clipper.sitetemplates import strip_templates
from clipper.sitetitles import strip_title_suffixes
from clipper.store import Store
from clipper.store.pages import NewPage
from clipper.store.readings import StoredReading
from clipper.store.rows import now
from clipper.storebatch import store_batch
from clipper.stories import StoryPool, update_stories
from clipper.stories.pending import PendingVectors
from clipper.summary import RunSummary
from clipper.verification import BatchMatcher
from clipper.workers import CHUNK_BYTES, Prepared, Workers

if TYPE_CHECKING:
    from clipper.run import RunFailed as RunFailed
    from clipper.run import dedupe as dedupe

# Cleaning's verdicts that a page holds no article (clipper.clean): of a page read cut short
# (RawPage.partial) they become ``cut-short``, saying where it was cut.  So does a text of
# mostly symbols (clipper.verdict): a page cut inside its markup leaves the head's scripts and
# tags, no debris of the crawl (newcomer 24, finding 3); binary content or control characters
# are what the record held, cut or not.
_NO_ARTICLE = frozenset({"no-article", "too-short"})
_CUT_MARKUP = ("not-text", "mostly symbols")


def _no_article(result: Rejection) -> bool:
    """Whether a page's rejection says its text holds no article (a cut is then why)."""
    return result.reason in _NO_ARTICLE or (
        result.reason == _CUT_MARKUP[0] and result.detail.startswith(_CUT_MARKUP[1])
    )


def _nothing_whole(page: RawPage, text: str) -> bool:
    """Whether ``page`` is a saved page cut off mid-download (:mod:`clipper.cutpages`: its
    markup unclosed, its ``text`` stopping mid-sentence) before a whole sentence of it came:
    rejected ``cut-short``, as a cut WARC record holding no article is."""
    return (
        page.partial is None
        and page.markup_end is not None
        and ends_mid_sentence(text)
        and not holds_a_sentence(text)
    )


def __getattr__(name: str) -> Any:
    """``dedupe`` and ``RunFailed``, which moved to :mod:`clipper.run`, stay importable from
    here: tests, other branches, and bench/ scripts that import a checkout from before the move
    (``--before``, ``--against``) name them ``clipper.pipeline.dedupe``."""
    if name in {"dedupe", "RunFailed"}:
        from clipper import run

        return getattr(run, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(slots=True)
class _Batch:
    """A batch's new pages and, for each chunk of them sent to the workers, its results."""

    pages: list[RawPage] = field(default_factory=list)
    chunks: list[Callable[[], list[Prepared | Rejection]]] = field(default_factory=list)
    read: int = 0  # records read, new or not
    # Pages read again within the batch, with the identity of their first reading: each ends
    # as that one does (:meth:`Deduper._settle_repeats`).
    repeats: list[tuple[RawPage, Identity]] = field(default_factory=list)
    # What became of each first reading: the run that stored it before, or its rejection.
    fate: dict[Identity, StoredReading | Rejection] = field(default_factory=dict)
    # The first reading of each page in the batch by clipper.readingorder.reading_order (the
    # stored one's included); the repeats before it so far are cleaned too (``rereads``, by
    # id) for what they declare (``cleaned``), and end as their first reading does.
    best: dict[Identity, ReadingKey] = field(default_factory=dict)
    rereads: set[int] = field(default_factory=set)
    cleaned: dict[int, Article] = field(default_factory=dict)

    def results(self) -> list[Prepared | Rejection]:
        return [item for chunk in self.chunks for item in chunk()]


@dataclass(slots=True)
class Handover:
    """What a run's batches leave for its end (:meth:`Deduper.handover`): the summary so far,
    the readings of stored pages and the revisits to merge, the rejections not yet recorded,
    and where the story vectors are in their file."""

    summary: RunSummary
    sightings: Sightings
    revisits: Revisits
    pending_rejections: list[Rejection]
    vectors: tuple[IdTable, int]


class Deduper:
    """One run of the pipeline over an open archive session."""

    def __init__(
        self, store: Store, config: Config, summary: RunSummary, run_id: int, workers: Workers
    ) -> None:
        self.store = store
        self.config = config
        self.workers = workers
        self.summary = summary
        self.run_id = run_id
        self.started = now()
        self.pending_rejections: list[Rejection] = []
        # readings of pages already stored or read: merged into them at the run's end
        self.sightings = Sightings()
        # WARC revisit records: matched to the pages they repeat at the run's end
        self.revisits = Revisits()
        self.story_pool = StoryPool(config.stories)
        # page id → story vector of the run's stored canonicals, for the story stage at its
        # end: on disk, not in the main process (they grow with the night)
        self.story_vectors = PendingVectors()
        # candidate pairs against the archive and their verification, with their caches
        self.matching = BatchMatcher(store, config, workers, summary)

    def rebind(self, store: Store) -> None:
        """Work on ``store`` from now on: another session of the same archive (that of the
        process storing the batches, :mod:`clipper.batchprocess`)."""
        self.store = store
        self.matching.store = store

    def handover(self) -> Handover:
        """What the batches left for the story stage and the run's record, as the process
        that stored them hands it to the main process (:meth:`take_over`)."""
        return Handover(
            self.summary,
            self.sightings,
            self.revisits,
            self.pending_rejections,
            self.story_vectors.index(),
        )

    def take_over(self, left: Handover) -> None:
        """Continue from what another process's batches left (:meth:`handover`); the story
        vectors are in this run's file, which both processes hold open."""
        for name in (f.name for f in fields(self.summary)):
            setattr(self.summary, name, getattr(left.summary, name))
        self.sightings = left.sightings
        self.revisits = left.revisits
        self.pending_rejections = left.pending_rejections
        self.story_vectors.adopt(left.vectors)

    def finish_stories(self, run_ids: Sequence[int]) -> None:
        """The story stage, once for the whole run: every page ``run_ids`` stored (this run's
        and those of earlier runs that stopped before their own story stage).

        Once per run, not per batch: a story is a walk over the day's clusters in a fixed
        order, and a batch re-decides every later cluster its own ones move, so per batch the
        day was walked again and again (clusters compared per batch grew 639 → 5,962 over a
        10k one-day run: ``bench/story_stage.py``).  The result is the same walk over
        everything (``clipper.stories.group``), whatever the batches."""
        # What the batches kept for themselves goes before the stage holds the night's
        # clusters: the verification candidates (up to ``candidate_cache_pages``), the
        # archive's page cache (SQLite's: 64 MB) and the heap their last batch freed.
        self.matching.clear()
        self.store.backend.release_cache(self.store.session.connection())
        allocator.release()
        # Pages read again take what their readings agree on (clipper.sightings); those whose
        # times moved are re-dated, their clusters' and stories' times with them.
        with self.summary.timed("sightings"):
            moved = merge(
                self.store.session, self.sightings, self.run_id, Rules.of(self.config.match)
            )
            self.sightings.clear()
            # WARC revisits: re-fetches of unchanged pages, once every page of the run is
            # stored (clipper.revisits)
            revisited = self.revisits.match(self.store.session)
            self.revisits.clear()
            # and those of earlier runs read before their original, which this run stored
            earlier = match_waiting(self.store.session, self.run_id)
            keep_waiting(self.store.session, self.run_id, revisited.waiting)
            self.summary.note_revisits(revisited.matched, revisited.unmatched, earlier.matched)
            # matched revisits are notes, not rejections: this run's and earlier runs'
            self.pending_rejections = as_matched(self.pending_rejections, revisited.matched_origins)
            self.store.note_matched_revisits(self.run_id, revisited.matched_origins)
            self.store.note_matched_revisits(None, earlier.matched_origins)
            moved |= revisited.moved | earlier.moved
            redated = redate_clusters(self.store.session, moved) if moved else set()
        with self.summary.timed("stories"):
            page_ids = sorted(set(self.store.pages_of_runs(run_ids)) | moved)
            if page_ids:
                self.summary.new_stories += update_stories(
                    self.store.session,
                    page_ids,
                    self.run_id,
                    self.config.stories,
                    self.story_vectors,
                    self.story_pool,
                    redated=redated,
                ).new_stories
            self.story_vectors.clear()
            self.store.set_stories_pending([])

    def reject(self, rejection: Rejection) -> None:
        if rejection.revisit is not None:
            self.revisits.add(rejection.origin, rejection.revisit)
        self.summary.note_rejection(rejection)
        self.pending_rejections.append(rejection)

    def submit(self, raw_pages: Iterable[RawPage]) -> _Batch:
        """Read a batch (``raw_pages``) and send its new pages to the workers as they are
        read, in chunks of about ``workers.CHUNK_BYTES``; :meth:`finish` stores them.

        The run submits batch k+1 before finishing batch k, so workers clean while the main
        process reads and stores.
        """
        batch = _Batch()
        first_origin: dict[Identity, str] = {}  # the batch's pages, to skip repeats
        chunk: list[RawPage] = []
        size = 0
        for page in _timed(raw_pages, self.summary, "read"):
            batch.read += 1
            page.read_by = self.started  # no publication date after it (clipper.verdict)
            if page.named_fields is not None:
                self.summary.note_named_fields(page.named_fields)
            chunk.append(page)
            size += len(page.body)
            if size >= CHUNK_BYTES:
                self._submit_chunk(batch, chunk, first_origin)
                chunk, size = [], 0
        if chunk:
            self._submit_chunk(batch, chunk, first_origin)
        self.summary.pages_read += batch.read
        return batch

    def _submit_chunk(
        self, batch: _Batch, raw_pages: list[RawPage], first_origin: dict[Identity, str]
    ) -> None:
        with self.summary.timed("archived-check"):
            fresh = self._not_yet_archived(batch, raw_pages, first_origin)
        with self.summary.timed("submit"):
            batch.pages.extend(fresh)
            batch.chunks.append(self.workers.submit(fresh))

    def finish(self, batch: _Batch) -> None:
        # The batch before this one was stored after this one was submitted: skip its pages
        # again, exactly as if the batches had run one after the other.
        timed = self.summary.timed
        with timed("archived-check"):
            archived = archived_readings(self.store, batch.pages)
        with timed("wait-workers"):
            results = batch.results()
        prepared: list[Prepared] = []
        # captures this batch reads whole: a reading of one of them cut short is not stored
        whole = {
            capture: page.origin
            for page, result in zip(batch.pages, results, strict=True)
            if page.partial is None
            and not isinstance(result, Rejection)
            and (capture := capture_of(page)) is not None
        }
        for page, result, stored in zip(batch.pages, results, archived, strict=True):
            article = None if isinstance(result, Rejection) else result.article
            if (
                stored is None
                and page.partial is not None
                and id(page) not in batch.rereads
                and (capture := capture_of(page)) in whole
            ):
                cut = Rejection(
                    page.origin, "duplicate", f"read cut short; read whole from {whole[capture]}"
                )
                self.reject(_of_page(cut, page))
                batch.fate[identity(page)] = cut
                continue
            if id(page) in batch.rereads:
                if article is not None:
                    batch.cleaned[id(page)] = article
                continue
            if stored is not None:
                self._seen_before(page, stored, self._sighting(page, cleaned=article))
                batch.fate[identity(page)] = stored
            elif isinstance(result, Rejection) or _nothing_whole(page, result.article.text):
                if not isinstance(result, Rejection):
                    # a saved page cut in its article's first sentence: nothing usable came
                    result = Rejection(
                        page.origin,
                        "cut-short",
                        f"{CUT_BEFORE_ARTICLE}: what came holds no whole sentence "
                        f"({words_in(result.article.text)} words)",
                    )
                where = (
                    page.partial.removesuffix(KEPT_AS_FAR_AS_IT_GOES)
                    if page.partial
                    else (CUT_BEFORE_ARTICLE if page.markup_end == "text" else None)
                )
                if where is not None and _no_article(result):
                    # what came of a page cut short holds no article: the cut is why
                    result = replace(
                        result,
                        reason="cut-short",
                        detail=f"{where}: what came holds no article "
                        f"({result.reason}: {result.detail})",
                    )
                # with the page's URL: `clipper show URL` says why it was not stored
                self.reject(_of_page(result, page))
                batch.fate[identity(page)] = result
            else:
                prepared.append(result)
                result.article.payload_digest = page.payload_digest
                if page.partial is not None:
                    result.article.partial = page.partial
                elif page.markup_end is not None and ends_mid_sentence(result.article.text):
                    result.article.partial = CUT_DOWNLOAD  # an interrupted save (cutpages)
                if page.decoded is not None:
                    self.summary.note_decoded(page.origin, page.decoded)
                if page.header_problem is not None:
                    self.summary.note_header(page.origin, page.header_problem)
                if page.fields_unread is not None:
                    self.summary.note_unread_fields(page.origin, page.fields_unread)
                if page.metadata_problem is not None:
                    self.summary.note_metadata(page.origin, page.metadata_problem)
                if (note := date_note(page, result.article)) is not None:
                    self.summary.note_unread_date(page.origin, note)
                    # listed by clipper rejections --reason date-unread
                    self.pending_rejections.append(
                        _of_page(Rejection(page.origin, "date-unread", note), page)
                    )
        self._settle_repeats(
            batch,
            first_origin={identity(p): p.origin for p in batch.pages if id(p) not in batch.rereads},
        )
        with timed("templates"):
            strip_title_suffixes(self.store, self.config.clean, prepared)
            stripped = strip_templates(self.store, self.config.clean, prepared)
        with timed("new-pages"):
            pages = self._record(new_pages(stripped, self.store, self.config.match, self.started))
        if pages:
            store_batch(
                self.store,
                self.config,
                self.run_id,
                pages,
                self.matching,
                self.summary,
                self.story_vectors,
            )
        with timed("rejections"):
            self.store.record_rejections(self.run_id, self.pending_rejections)
        self.pending_rejections = []

    def _seen_before(
        self, page: RawPage | Article, stored: StoredReading, sighting: Sighting
    ) -> None:
        """A page already stored: by an earlier run (a re-read dump, only counted) or by this
        one (the same page twice in tonight's input: reported, with its URL so ``rejections
        --url`` finds it, and no input goes unexplained).  What this reading adds to the stored
        page (``sighting``) is merged at the run's end (:mod:`clipper.sightings`)."""
        self.sightings.add(sighting)
        if stored.run_id == self.run_id:
            self.reject(
                _of_page(Rejection(page.origin, "duplicate", f"same page as {stored.origin}"), page)
            )
        else:
            self.summary.already_archived += 1

    def _sighting(
        self,
        page: RawPage | Article,
        content_hash: str | None = None,
        cleaned: Article | None = None,
    ) -> Sighting:
        """``page``, read again, as a :class:`Sighting` of the stored page it repeats (by its
        bytes; by its text too when ``content_hash`` is given), with what it declares when it
        was cleaned (``page`` an Article, or ``cleaned``)."""
        fetched = iso_datetime(page.fetched_at)
        article = page if isinstance(page, Article) else cleaned
        return Sighting(
            page.source_key,
            page.raw_hash,
            content_hash,
            page.url,
            fetched,
            fetched or first_sighting(page.saved_at, self.started),
            page.origin,
            None
            if article is None
            else Declared(
                article.title,
                article.author,
                (published := publication_time(article.published)),
                reading_rank(article, page.origin),
                article.date_source if published else None,
                zoneless_time(article.published, published),
                declared_offset(article.published, published),
            ),
            # a text's reading is the version of its headline (clipper.headlines), as is a
            # text record's reading of bytes
            reading_headline_key(article.title, page.url, article.site)
            if content_hash is not None and article is not None
            else record_headline(page) or ""
            if isinstance(page, RawPage)
            else "",
            fetched_zoneless=zoneless_time(page.fetched_at, fetched),
        )

    def _not_yet_archived(
        self, batch: _Batch, raw_pages: list[RawPage], first_origin: dict[Identity, str]
    ) -> list[RawPage]:
        """The pages of ``raw_pages`` to clean: those neither stored nor read before in this
        batch (``first_origin``: the batch's pages read so far, updated), and those that are
        but come before every reading of their page known so far (``batch.best``): only a
        cleaned reading says what its headline and date are, and the kept reading's are kept
        (:mod:`clipper.sightings`).  A page read again is kept in ``batch.repeats`` to end as
        its first reading does."""
        unique: list[RawPage] = []
        repeats: list[RawPage] = []
        for page in raw_pages:
            key = identity(page)
            if key in first_origin:
                batch.repeats.append((page, key))
                repeats.append(page)
                continue
            first_origin[key] = page.origin
            batch.best[key] = order_of(page)
            unique.append(page)
        fresh: list[RawPage] = []
        for page, stored in zip(unique, archived_readings(self.store, unique), strict=True):
            key = identity(page)
            if stored is None or batch.best[key] < reading_order(stored.fetched_at, stored.origin):
                fresh.append(page)  # new, or read before its stored reading
            else:
                batch.best[key] = reading_order(stored.fetched_at, stored.origin)
                self._seen_before(page, stored, self._sighting(page))
                batch.fate[key] = stored
        for page in repeats:
            key = identity(page)
            if order_of(page) < batch.best[key]:
                batch.best[key] = order_of(page)
                batch.rereads.add(id(page))
                fresh.append(page)
        return fresh

    def _settle_repeats(self, batch: _Batch, first_origin: dict[Identity, str]) -> None:
        """Each page read twice in the batch ends as it would in a batch of its own after the
        first: already archived when the first was (by an earlier run), the first's rejection
        when cleaning rejected it (cleaning is a function of the page), else a ``duplicate`` of
        the first (what :meth:`_seen_before` reports for a page this run stored).  So the
        run's counts do not depend on the batch size."""
        for page, key in batch.repeats:
            fate = batch.fate.get(key)
            sighting = self._sighting(page, cleaned=batch.cleaned.get(id(page)))
            if isinstance(fate, Rejection):
                self.reject(_of_page(replace(fate, origin=page.origin, url=None), page))
            elif fate is not None:
                self._seen_before(page, fate, sighting)
            else:
                self.sightings.add(sighting)
                self.reject(
                    _of_page(
                        Rejection(page.origin, "duplicate", f"same page as {first_origin[key]}"),
                        page,
                    )
                )

    def _record(self, decided: NewPages) -> list[tuple[NewPage, Prepared]]:
        """Record what the new-page stage decided (:func:`clipper.newpages.new_pages`), in
        the batch's order: readings of stored pages and of the batch's own as sightings (a
        repeat, or a fetch cut short, reported as a ``duplicate``), pages cut short that are
        stored as such counted; returns the pages to store."""
        for decision in decided.decisions:
            article = decision.prepared.article if isinstance(decision, Added) else decision.article
            if isinstance(decision, Unchanged):
                sighting = self._sighting(article, decision.content_hash)
                self._seen_before(article, decision.stored, sighting)
            elif isinstance(decision, CutShort):
                self.sightings.add(decision.sighting)
                self.reject(decision.rejection)
            elif isinstance(decision, Repeat):
                self.sightings.add(self._sighting(article, decision.content_hash))
                self.reject(
                    _of_page(
                        Rejection(
                            article.origin, "duplicate", f"same page as {decision.first_origin}"
                        ),
                        article,
                    )
                )
            elif article.partial is not None:
                self.summary.note_partial(article.origin, article.partial)
        return decided.pages


def _of_page(rejection: Rejection, page: RawPage | Article) -> Rejection:
    """``rejection`` with the URL and fetch time of the reading it rejects (kept: what
    ``clipper show URL`` tells of a later fetch it did not store, and ``rejections --url``
    lists)."""
    return replace(
        rejection, url=page.url or rejection.url, fetched_at=iso_datetime(page.fetched_at)
    )


def _timed(items: Iterable[RawPage], summary: RunSummary, stage: str) -> Iterator[RawPage]:
    """``items``, with the time spent producing them (reading) counted as ``stage``."""
    iterator = iter(items)
    while True:
        with summary.timed(stage):
            item = next(iterator, None)
        if item is None:
            return
        yield item
