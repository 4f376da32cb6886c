"""What a run did: :class:`RunSummary`, the counts ``clipper dedupe`` prints and stores with the
run, the stage timings and the first problems of each kind in input order."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

from clipper.page import DAMAGE_REASONS, NOT_PAGES, READ_REASONS, Rejection
from clipper.store.runs import BatchOutcome

# Problems kept whole for the summary, at most this many of each reason (so the one truncated
# file is not crowded out by the 400 HTTP errors before it); beyond, only their counts.
_EXAMPLES_PER_REASON = 3


@dataclass
class RunSummary:
    """What a run did; printed by ``clipper dedupe`` and stored with the run."""

    run_id: int | None = None
    status: str = "running"
    dry_run: bool = False
    inputs: list[str] = field(default_factory=list)
    pages_read: int = 0
    already_archived: int = 0
    skipped: dict[str, int] = field(default_factory=dict)
    # WARC records that never hold a page (request, metadata, warcinfo, revisit, dns), by reason:
    # a crawl's housekeeping, not problems; never in ``skipped`` or ``examples``.
    not_pages: dict[str, int] = field(default_factory=dict)
    stored: int = 0
    exact_duplicates: int = 0
    new_clusters: int = 0
    joined_existing: int = 0
    canonical_changes: int = 0
    # pages of earlier runs the run moved to another cluster (Runs.run_outcome)
    moved_pages: int = 0
    # page id -> its cluster before the run moved it (BatchOutcome.moved_from, the first
    # batch's of each page): what ``moved_pages`` is counted from; not printed or stored
    moved_from: dict[int, int] = field(default_factory=dict, repr=False)
    new_stories: int = 0
    # stored pages whose record gave a publication date clipper could not read (kept without it)
    dates_unread: int = 0
    # stored records without an address or a date holding unread fields that look like one
    # (RawPage.fields_unread)
    fields_unread: int = 0
    # ``dedupe --field NAME=FIELD``: {"NAME=FIELD": records read holding FIELD}, and the records
    # read while --field was given (RawPage.named_fields); a FIELD no record holds is reported
    # once, with the count (a mistyped name was ignored without a word: newcomer 26 finding 5)
    fields_named: dict[str, int] = field(default_factory=dict)
    records_named: int = 0
    # stored pages whose payload was cut short (RawPage.partial): kept as far as they go
    partial_pages: int = 0
    # stored pages of JSON records whose bytes were not UTF-8, read in another charset
    # (RawPage.decoded: "not UTF-8, read as Windows-1252")
    pages_redecoded: int = 0
    # stored pages whose front matter was no YAML and read in part (RawPage.header_problem)
    headers_unread: int = 0
    # stored pages read without the scraper's metadata expected of them: not in their folder's
    # manifest, or a sidecar that is no JSON (RawPage.metadata_problem)
    metadata_unread: int = 0
    # skipped parts of inputs that were damaged or cut short (DAMAGE_REASONS at a record's
    # offset or a line: "dump.warc.gz@5120"), the whole records around them read: not inputs
    # that held no page
    damaged_parts: int = 0
    # WARC revisit records (of ``not_pages["warc-revisit"]``) that found the stored page they
    # repeat (its last fetch moved to theirs when later), and those that found none
    # (clipper.revisits): their original capture was never read, or they name none
    revisits_matched: int = 0
    revisits_unmatched: int = 0
    # revisits of earlier runs, read before their original capture, that found it among this
    # run's pages (clipper.revisits.match_waiting): their page's last fetch moved now
    revisits_matched_later: int = 0
    seconds: float = 0.0  # wall seconds of the run itself (from taking the archive's lock)
    # wall seconds spent waiting for another dedupe run to let go of the archive's write lock
    lock_wait_seconds: float = 0.0
    # wall seconds since the clipper process started, start-up included (importing, opening
    # and upgrading the archive); set by the command line, None elsewhere
    wall_seconds: float | None = None
    # Main-process wall seconds per stage ("read", "wait-workers", "bands", "verify", ...):
    # where a run's time went (bench/oneday.py prints it per 1,000 pages).  Not stored.
    stage_seconds: dict[str, float] = field(default_factory=dict)
    examples: list[dict[str, str]] = field(default_factory=list)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def skipped_pages(self) -> int:
        """Skipped pages of ``pages_read`` (cleaning rejected them, or a page read twice): with
        ``already_archived`` and ``stored`` they add up to ``pages_read``.  The rest of
        ``skipped`` are inputs read into no page at all (a WARC 404, a bad JSON line)."""
        return sum(n for reason, n in self.skipped.items() if reason not in READ_REASONS)

    @property
    def inputs_without_page(self) -> int:
        """Inputs read into no page at all (a WARC 404, a bad JSON line, an unsupported file):
        the skipped that are neither pages read (:attr:`skipped_pages`) nor damaged parts of
        an input (:attr:`damaged_parts`)."""
        return self.skipped_total - self.skipped_pages - self.damaged_parts

    @property
    def copies_in_new_clusters(self) -> int:
        """Stored pages that joined one of tonight's new clusters as a copy of its canonical:
        with ``new_clusters`` and ``joined_existing`` they add up to ``stored``."""
        return max(0, self.stored - self.new_clusters - self.joined_existing)

    @property
    def fields_named_unheld(self) -> list[str]:
        """The ``NAME=FIELD`` of ``dedupe --field`` that no record read held."""
        return [named for named, held in self.fields_named.items() if not held]

    def note_named_fields(self, held: frozenset[str]) -> None:
        """A record read with ``dedupe --field``, holding the FIELDs ``held``."""
        self.records_named += 1
        for named in self.fields_named:
            if named.split("=", 1)[1] in held:
                self.fields_named[named] += 1

    def note_unread_date(self, origin: str, detail: str) -> None:
        """A stored page whose declared publication date was not read (``detail`` says why)."""
        self.dates_unread += 1
        self._example({"origin": origin, "reason": "date-unread", "detail": detail})

    def note_partial(self, origin: str, detail: str) -> None:
        """A stored page whose payload was cut short (``detail`` says where and why)."""
        self.partial_pages += 1
        self._example({"origin": origin, "reason": "partial", "detail": detail})

    def note_decoded(self, origin: str, detail: str) -> None:
        """A stored page whose record was not UTF-8 and was read as ``detail`` says."""
        self.pages_redecoded += 1
        self._example({"origin": origin, "reason": "not-utf8", "detail": detail})

    def note_unread_fields(self, origin: str, detail: str) -> None:
        """A stored record whose address or date may sit in fields clipper does not read
        (``detail`` names them)."""
        self.fields_unread += 1
        self._example({"origin": origin, "reason": "fields-unread", "detail": detail})

    def note_header(self, origin: str, detail: str) -> None:
        """A stored page whose front matter was read in part (``detail`` says what was left)."""
        self.headers_unread += 1
        self._example({"origin": origin, "reason": "front-matter", "detail": detail})

    def note_metadata(self, origin: str, detail: str) -> None:
        """A stored page read without the scraper's metadata expected of it (``detail`` says
        why: its manifest does not list it, its sidecar is no JSON)."""
        self.metadata_unread += 1
        self._example({"origin": origin, "reason": "metadata-unread", "detail": detail})

    def note_revisits(
        self, matched: int, unmatched: list[tuple[str, str]], matched_later: int = 0
    ) -> None:
        """The run's revisit records: ``matched`` found their page; ``unmatched`` (origin,
        why) did not, each an example of ``revisit-unmatched``; ``matched_later``: earlier
        runs' revisits that found their page among this run's."""
        self.revisits_matched_later += matched_later
        self.revisits_matched += matched
        self.revisits_unmatched += len(unmatched)
        for origin, detail in unmatched:
            self._example({"origin": origin, "reason": "revisit-unmatched", "detail": detail})

    def note_rejection(self, rejection: Rejection) -> None:
        if rejection.reason in NOT_PAGES:
            self.not_pages[rejection.reason] = self.not_pages.get(rejection.reason, 0) + 1
            return
        self.skipped[rejection.reason] = self.skipped.get(rejection.reason, 0) + 1
        if rejection.reason in DAMAGE_REASONS and _POSITION_END.search(rejection.origin):
            self.damaged_parts += 1
        self._example(
            {"origin": rejection.origin, "reason": rejection.reason, "detail": rejection.detail}
        )

    def _example(self, example: dict[str, str]) -> None:
        """Keep ``example`` if it is among the first ``_EXAMPLES_PER_REASON`` of its reason in
        input order (:func:`input_order` of origins), whatever order the workers finished in:
        the same dump gives the same first problems, in the same order."""
        same = [e for e in self.examples if e["reason"] == example["reason"]]
        if len(same) >= _EXAMPLES_PER_REASON:
            last = max(same, key=lambda e: input_order(e["origin"]))
            if input_order(example["origin"]) >= input_order(last["origin"]):
                return
            self.examples.remove(last)
        self.examples.append(example)
        self.examples.sort(key=lambda e: input_order(e["origin"]))

    def add(self, outcome: BatchOutcome) -> None:
        self.exact_duplicates += outcome.exact_duplicates
        self.new_clusters += outcome.new_clusters
        self.joined_existing += outcome.joined_existing
        self.canonical_changes += outcome.canonical_changes
        for page_id, cluster_id in outcome.moved_from.items():
            self.moved_from.setdefault(page_id, cluster_id)

    def set_outcome(self, outcome: BatchOutcome) -> None:
        """The whole run's counts (``Store.run_outcome``) in place of the per-batch sums."""
        self.stored = outcome.stored
        self.canonical_changes = outcome.canonical_changes
        self.exact_duplicates = outcome.exact_duplicates
        self.new_clusters = outcome.new_clusters
        self.joined_existing = outcome.joined_existing
        self.moved_pages = outcome.moved_pages

    def as_dict(self) -> dict[str, Any]:
        """The summary as ``--json`` prints it; a dry run's ``run_id`` is None: its run was
        rolled back with everything else, so no command can look it up; so is that of a run
        that read nothing into an archive it made, which is not left behind."""
        shown = asdict(self)
        del shown["moved_from"]
        return shown | {
            "run_id": None if self.dry_run else self.run_id,
            "skipped_total": self.skipped_total,
            "skipped_pages": self.skipped_pages,
            "inputs_without_page": self.inputs_without_page,
            "copies_in_new_clusters": self.copies_in_new_clusters,
        }

    @contextmanager
    def timed(self, stage: str) -> Iterator[None]:
        """Add the wall time of the ``with`` block to ``stage_seconds[stage]``."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.stage_seconds[stage] = (
                self.stage_seconds.get(stage, 0.0) + time.perf_counter() - started
            )


_POSITION = re.compile(r"((?:[:@]\d+)*)$")
# An origin naming a place inside its input: a record's offset or a line ("a.warc@5120",
# "wire.jsonl:17")
_POSITION_END = re.compile(r"[:@]\d+$")


def input_order(origin: str) -> tuple[str, tuple[int, ...]]:
    """A sort key giving origins in the order a run reads them: by path (as a folder is
    walked), then ``:LINE``, ``:N`` and ``@OFFSET`` by number (``wire.jsonl:9`` before
    ``wire.jsonl:10``)."""
    position = _POSITION.search(origin)
    tail = position.group(1) if position else ""
    numbers = tuple(int(n) for n in re.findall(r"\d+", tail))
    return origin[: len(origin) - len(tail)], numbers
