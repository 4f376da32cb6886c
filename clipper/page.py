"""The records that flow through clipper's stages.

read → :class:`RawPage`; clean → :class:`Article` (or :class:`Rejection`); fingerprint adds a
signature; match/cluster/store work on stored page ids. Records are small, picklable dataclasses
so the cleaning stage can run in worker processes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

from clipper.junk import lost_characters, lost_note
from clipper.mojibake import REPAIRED_NOTE, repaired, repaired_body
from clipper.sites import site_key
from clipper.urls import url_key

InputKind = Literal["html", "text"]
# Where a page's publication date came from (stored as ``pages.date_source``): "declared", a
# date the page or its crawler states as the publication date (a record's or a dump header's
# date field, the page's JSON-LD ``datePublished``, ``article:published_time`` and the other
# metadata of :mod:`clipper.htmlmeta`, a date segment of its ``<title>``); "guessed", one a
# heuristic found in its text or URL (trafilatura's htmldate search, a text dump's dateline);
# "updated", the time of an "Updated" line ("Updated: …", "Actualizado el …", "अपडेटेड: …")
# that is the only date the page gives and no earlier version of it gave one: the page was
# published then at the latest (an upper bound, not its publication time).  The canonical's
# rule 6 ranks a declared date before a guessed or an updated one (:mod:`clipper.cluster`).
DateSource = Literal["declared", "guessed", "updated"]
DECLARED: DateSource = "declared"
GUESSED: DateSource = "guessed"
UPDATED: DateSource = "updated"
# What show and the digest write after a date of source "updated".
UPDATE_NOTE = "updated; published by then"


def digest(data: bytes | str) -> str:
    """Hex BLAKE2b-128 of ``data``: the raw-input and content hashes stored in the archive."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def storable(origin: str) -> str:
    """``origin`` as the archive can store it: a file name that is not UTF-8 (a Latin-1
    ``Caf\xe9.html`` a Windows zip or an old share leaves, which Python reads with surrogate
    escapes, ``os.fsdecode``) has its undecodable bytes written ``\\xe9``; any other origin is
    itself."""
    if origin.isascii():
        return origin
    try:
        origin.encode("utf-8")
    except UnicodeEncodeError:
        return origin.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return origin


@dataclass(slots=True)
class RawPage:
    """One page as a reader found it, before any cleaning.

    ``origin`` says where it came from precisely enough to find it again: the file path, plus
    ``:LINE`` (1-based) for a JSONL record or ``@OFFSET`` (byte offset of the record in the
    compressed file) for a WARC/ARC record.  ``body`` is the HTML (bytes, so trafilatura can
    honour the page's own charset) or the text of a text dump (str).
    """

    origin: str
    kind: InputKind
    body: bytes | str
    url: str | None = None
    fetched_at: str | None = None  # ISO 8601 as given by the crawler
    published: str | None = None  # ISO 8601 as given by the crawler
    title: str | None = None
    site: str | None = None
    raw_hash: str = field(default="")
    language: str | None = None  # as the crawler gave it (a JSON record's "language": "en-GB")
    country: str | None = None  # as the crawler gave it (a JSON record's "country": "MX")
    # The country the user states for the dump or the page's site (``dedupe --country``,
    # clipper.read.statedcountry), where the page states none of its own (ISO 3166).
    stated_country: str | None = None
    author: str | None = None  # as the crawler gave it: a record's author names, "; " between
    # A publication date the record gave but clipper could not read (as written, shortened):
    # the page is kept without it, and the run counts it.
    date_unread: str | None = None
    # A publication date the record wrote as a span back from its fetch ("il y a 3 heures"),
    # read as the fetch time minus the span (clipper.read.relativedates): a guess, ranked
    # after every date the page itself gives.
    published_relative: str | None = None
    # A record's date field that is the page's "Updated" line ("Aktualisiert am 4. Dezember
    # 2026, 11:05 Uhr"; clipper.read.recorddates.update_date): its date, source
    # "updated" (published by then at the latest), after every date the page itself gives.
    published_updated: str | None = None
    # When the record says its page last changed (its first field of
    # clipper.read.fieldnames.UPDATED_FIELDS: "date_modified", "updated"…; a feed entry's
    # <updated> beside its <published>), ISO 8601 as read: the page's update where it is
    # really later than its publication (clipper.modifiedtimes.modified_update).
    modified: str | None = None
    # The date a text dump's file name gives ("efe_servicio_20261204_0932.txt": 2026-12-04T09:32,
    # no zone; clipper.read.filenamedates): a guess, ranked after every date the page gives, and
    # the year of a dateline written without one ("MADRID, 4 dic (EFE).-") when the dump has no
    # fetch time (newcomer 33, finding 14).  None for other inputs.
    named_date: str | None = None
    # The day order the header dates of a plain text dump's folder settle ("day" when one of
    # them reads "20/11/2026", "month" for "11/20/2026"; clipper.read.dumporder.folder_order): how
    # its own "03/11/2026" header line is read.  None for other inputs and unsettled folders.
    dump_order: str | None = None
    # A page the crawler or the file cut short (a WARC record marked ``WARC-Truncated``, or
    # ending before its Content-Length): kept as far as it goes, and the run counts it; says why.
    partial: str | None = None
    # What identifies a record of a JSONL file or JSON array that has no URL, or a record whose
    # URL names no article (a front page): its site and content (:func:`record_key`), never
    # its line, which a re-export or another order moves.
    record_key: str | None = None
    # A WARC record's ``WARC-Payload-Digest`` (:func:`payload_digest`): what a later revisit
    # record of the same payload names (:mod:`clipper.revisits`); None for other inputs.
    payload_digest: str | None = None
    # A JSON record whose bytes were not UTF-8, read all the same: how ("not UTF-8, read as
    # Windows-1252", "UTF-8 with 1 stray byte, read as Windows-1252"); the run counts it.
    decoded: str | None = None
    # A text dump's or a ``.md`` file's front matter read in part (no YAML, lines left out):
    # what was left (:attr:`clipper.read.markdown.FrontMatter.problem`); the run counts it.
    header_problem: str | None = None
    # A record stored without an address or a publication date while it holds fields clipper
    # does not read whose values look like one (a spider's ``url_noticia``, ``fecha_publicacion``):
    # their names and the names clipper reads; the run counts it.
    fields_unread: str | None = None
    # A saved page whose scraper's metadata was expected and not read: its folder's manifest
    # does not list it, or its sidecar is no JSON (clipper.read.sidecars); the run counts it.
    metadata_problem: str | None = None
    # Of a record read with ``dedupe --field NAME=FIELD`` (ReadLimits.field_names): the FIELDs
    # given that it holds (the run reports one no record holds); None for other inputs.
    named_fields: frozenset[str] | None = None
    # An item of a broadcast transcript (clipper.read.bulletins), or the whole of one of one
    # story: the programme's title and which item ("RFI Afrique - Journal de 7h00: item 3 of
    # 6"); a short item is an article from a sentence of min_prose_article_words words, as a
    # titled brief is.  None for other inputs.
    broadcast: str | None = None
    # A saved HTML page whose markup is unclosed (no </body> or </html>): how its bytes end,
    # "text" or "tag" (:func:`clipper.cutpages.markup_end`); with a text that stops
    # mid-sentence it is a download cut short (clipper.pipeline).  None for other inputs.
    markup_end: str | None = None
    # A website mirror's page giving no fetch time: when its file was saved (its modification
    # time, ISO 8601 in UTC: clipper.read.savedtimes), its first sighting (``pages.seen_at``)
    # in place of the run's start, never a fetch time.  None for other inputs.
    saved_at: str | None = None
    # When the run reading it started (ISO 8601, UTC, no offset; set by the run,
    # clipper.pipeline.Deduper.submit): no date later than it is the page's publication date
    # (:func:`clipper.verdict.plausible_published`), one moment for every page of the run, so
    # the same pages in any order are dated alike.  None outside a run (then: the clock's now).
    read_by: str | None = None

    def __post_init__(self) -> None:
        self.origin = storable(self.origin)
        if not self.raw_hash:
            self.raw_hash = digest(self.body)  # of the input as read, mojibake and all
        # UTF-8 that was read as Windows-1252 and saved again ("Modiâ€™s"): undone, once, for
        # every reader (clipper.mojibake); the run counts the page (``decoded``)
        body = repaired_body(self.body)
        title = repaired(self.title) if self.title else None
        if body is not None or title is not None:
            self.body = body if body is not None else self.body
            self.title = title if title is not None else self.title
            self.author = (repaired(self.author) or self.author) if self.author else None
            self.decoded = f"{self.decoded}; {REPAIRED_NOTE}" if self.decoded else REPAIRED_NOTE
        # characters a decoder lost before clipper read the page (U+FFFD: a Hindi text read as
        # Windows-1252 and saved with errors="replace" loses every virama): damage counted, the
        # page kept (clipper.junk.is_junk_text does not take them for binary)
        if lost := lost_characters(self.body):
            note = lost_note(lost)
            self.decoded = f"{self.decoded}; {note}" if self.decoded else note

    @property
    def source_key(self) -> str:
        """What identifies this page across runs: its URL's key (:func:`clipper.urls.url_key`:
        every spelling of one address, tracking parameters dropped); a record's
        :func:`record_key` when it has no URL or one naming no article (a site's front page,
        a listing: :func:`clipper.urls.is_listing_address`), else its origin (a saved page's
        file)."""
        return self.record_key or (url_key(self.url) if self.url else self.origin)


def record_key(site: str | None, raw_hash: str) -> str:
    """``record:SITE:RAW_HASH``: the source key of a JSON record without a URL.  A record read
    again from another path or line (a moved dump, a re-export in another order) is the same
    page; the same text from two outlets is two pages.  (Before migration 0014 the key was the
    record's ``path:LINE``: a record moved to another line became a new "version" of whatever
    record had held that line.)"""
    return f"record:{site or ''}:{raw_hash}"


@dataclass(slots=True)
class Article:
    """A cleaned page: the article body and its metadata, ready to fingerprint and store.

    ``text`` is the body without the title, paragraphs separated by newlines.
    """

    origin: str
    kind: InputKind
    text: str
    raw_hash: str
    url: str | None = None
    site: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO date or datetime
    date_source: DateSource | None = None  # where ``published`` came from (None: undated)
    # The time the page's "Updated" line gives (ISO 8601, as ``published`` is written), also
    # when the page gives its posting time: stored as ``pages.updated`` (clipper.versiondates)
    updated: str | None = None
    # When the page's metadata or its record says it last changed (clipper.modifiedtimes:
    # article:modified_time, dateModified, a record's date_modified…), ISO 8601 as read; the
    # update (``updated``) where the page shows none and it is really later than the
    # publication (clipper.verdict.checked_update); not stored itself.
    modified: str | None = None
    fetched_at: str | None = None
    saved_at: str | None = None  # as RawPage.saved_at
    language: str | None = None
    # The country the page or its crawler states it is of (clipper.declaredregion: "es-MX",
    # a record's "country", an address's /mx/), else None: narrows the clocks of a time
    # written without a zone (clipper.sitezones.clock_country).
    region: str | None = None
    record_key: str | None = None  # as RawPage.record_key
    # Another site's page that this page's canonical link or og:url names: the original a
    # syndicated copy declares (clipper.read.provenance.declared_original); None for most.
    declared_original: str | None = None
    # A publication date the page declared but cleaning dropped as impossible (after the page
    # was fetched: :func:`clipper.verdict.plausible_published`); not stored, the run counts it.
    date_ignored: str | None = None
    # An update time the page gave but cleaning dropped as impossible: after the page was
    # fetched (the publication date's rule), or before its publication date
    # (:func:`clipper.verdict.plausible_update`); not stored, the run counts it.
    update_ignored: str | None = None
    # A date line a text's cleaner dropped without reading a date from it, the page being
    # undated (:attr:`clipper.textdump.CleanedText.date_unread`), or a date an HTML page gives
    # that is not read (a Solar Hijri dateline, a Hijri-year meta date: clipper.htmlclean);
    # not stored, the run counts it.
    date_unread: str | None = None
    # The year and month (``YYYY-MM``) the page's address names with no day ("/2026/12/
    # politica/slug"), whose first day htmldate gave and cleaning passed over, the page giving
    # no other date (clipper.verdict.month_only); not stored, the run counts it.
    date_month: str | None = None
    # The record's date field reading left unread for want of a language (RawPage.date_unread)
    # was read as the page's text's language writes it, and is ``published``
    # (:func:`clipper.read.recorddates.reread_unread`): the run does not count it unread.
    date_reread: bool = False
    # The reader cut the page short (RawPage.partial): why; stored with the page.
    partial: str | None = None
    # RawPage.payload_digest, stored with the page (``pages.payload_digest``, migration 0029).
    payload_digest: str | None = None

    def __post_init__(self) -> None:
        self.origin = storable(self.origin)
        # One spelling of a site whatever field named it (a host, a publisher name,
        # trafilatura's sitename), as stored and as every --site filter asks for it.
        self.site = site_key(self.site)

    @property
    def source_key(self) -> str:
        """As :attr:`RawPage.source_key`, but a service page whose headline names its day
        ("Avis mortuaires du 5 décembre 2026") is that day's page at its address
        (``ADDRESS#day=DAY``: :func:`clipper.servicepages.service_address`), so another day's
        list read there is a page of its own, not the next version of the one stored."""
        if self.record_key:
            return self.record_key
        address = url_key(self.url) if self.url else self.origin
        if not self.title:
            return address
        from clipper.servicepages import service_address  # not at start-up: query commands

        return service_address(address, self.title, self.url, self.site)


@dataclass(slots=True, frozen=True)
class Rejection:
    """A page or input that yielded no article, with a reason from a small fixed vocabulary
    (e.g. ``"no-article"``, ``"too-short"``, ``"not-html"``, ``"unreadable"``) so summaries can
    count by reason."""

    origin: str
    reason: str
    detail: str = ""
    url: str | None = None  # the page's URL when it had one (set by the pipeline)
    # a ``warc-revisit``'s re-fetch (a revisit record, an HTTP 304): the capture it names,
    # matched to a stored page at the run's end (clipper.revisits)
    revisit: Revisit | None = None
    # when the page rejected was fetched (ISO 8601, UTC, as stored; set by the pipeline)
    fetched_at: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "origin", storable(self.origin))


@dataclass(slots=True, frozen=True)
class Revisit:
    """A WARC ``revisit`` record (or a ``response`` answering HTTP 304 Not Modified): the
    crawler fetched ``url`` at ``fetched_at`` and got the payload of an earlier capture, which
    it names by its address and time (``refers_to_url``, ``refers_to_date``: the
    ``WARC-Refers-To-Target-URI`` and ``WARC-Refers-To-Date``) and by its payload digest
    (``payload_digest``, :func:`payload_digest`).  Times ISO 8601 as written (None: not given
    or unreadable); any of the three may be missing."""

    url: str | None
    fetched_at: str | None
    refers_to_url: str | None = None
    refers_to_date: str | None = None
    payload_digest: str | None = None


def payload_digest(value: str | None) -> str | None:
    """A ``WARC-Payload-Digest`` as clipper stores and compares it: ``algorithm:value`` with
    the algorithm in lower case and the value in upper case (base32, as Heritrix, warcprox and
    warcio write SHA-1s, is case-blind; so is hex); None for an empty value or one naming no
    algorithm."""
    if not value or ":" not in value:
        return None
    algorithm, _, digest_value = value.strip().partition(":")
    algorithm, digest_value = algorithm.strip().lower(), digest_value.strip().upper()
    return f"{algorithm}:{digest_value}" if algorithm and digest_value else None


# Every reason a rejection can give, by the stage that gives it.  They live here, with the
# records, so that the commands that only list rejections need not import the readers, the
# cleaner or the pipeline to know them (a query's start-up: bench/startup.py).
#
# Reading's (clipper.read).  A WARC's housekeeping records, which never hold a page (request,
# metadata, warcinfo, revisit and DNS records; responses with images, scripts, style sheets,
# robots.txt): a run counts them apart from the problems (a WARC of 100 pages carries some 300).
WARC_NOT_PAGES: frozenset[str] = frozenset(
    {"warc-request", "warc-metadata", "warc-info", "warc-revisit", "warc-dns", "not-html"}
)
# The same among a folder's files: the resources a browser saved beside a page (its NAME_files
# folder), and a crawler's own files and a website mirror's style sheets, scripts and images.
FILE_NOT_PAGES: frozenset[str] = frozenset({"page-resource", "crawl-file"})
# What a run counts apart from problems: a crawl's housekeeping and another clipper archive kept
# in a dump folder.
NOT_PAGES: frozenset[str] = WARC_NOT_PAGES | FILE_NOT_PAGES | {"clipper-archive"}
READ_REASONS: frozenset[str] = NOT_PAGES | frozenset(
    {
        "unreadable",
        "already-read",
        "symlink",
        "unsupported-file",
        "unfinished",
        "empty",
        "binary",
        "too-large",
        "truncated",
        "corrupt",
        "bad-json",
        "bad-record",
        "no-body",
        "warc-other",
        "warc-redirect",
        "warc-http-error",
        "http-error",
        "api-error",
        "missing-file",
        "link-list",  # an alert or digest e-mail listing other pages' articles
        "cover-note",  # a PR cover e-mail whose release is attached, not pasted
        "bad-subtitles",  # an .srt or .vtt file its library cannot parse, or holding no cue
        "undecodable",  # bytes no code page tried decodes (clipper.read.decoding.Undecodable)
    }
)
# How a reader's ``RawPage.partial`` ends when the page is kept as far as it goes (a WARC
# record cut short): not said of one that holds no article (``cut-short``).
KEPT_AS_FAR_AS_IT_GOES = "; the page is kept as far as it goes"
# Damage inside an input: a record or the rest of a file cut short or unreadable (the whole
# records and pages around it are read).  A run counts these apart from the inputs that held no
# page (clipper.summary.RunSummary.damaged_parts).
DAMAGE_REASONS: frozenset[str] = frozenset({"truncated", "corrupt"})
# Cleaning's (clipper.clean, clipper.workers), and ``cut-short``: a page read cut short
# (RawPage.partial: its record or file ends early) in which cleaning found no article as far
# as it goes (clipper.pipeline), not a page without one.
CLEAN_REASONS: frozenset[str] = frozenset(
    {
        "not-text",
        "no-article",
        "too-short",
        "error-page",
        "timeout",
        "extraction-error",
        "cut-short",
    }
)
# The pipeline's (clipper.pipeline): a page whose text is already stored under another address.
PIPELINE_REASONS: frozenset[str] = frozenset({"duplicate"})
# Notes on pages the run stored, kept beside the rejections so they can be listed (clipper
# rejections --reason date-unread): a page whose date line or declared date was not read, or
# was later than its fetch (newcomer 28 finding 5: the summary counted them, named three).  Not
# rejections: not counted among a run's or the archive's, nor said of a page by clipper show.
# ``revisit-matched``: a WARC revisit record (read as ``warc-revisit``) that found the stored
# page it repeats, moved to this reason once matched (clipper.revisits; newcomer 28 finding 10:
# ``rejections --all`` listed it as a rejection though the summary counted it matched).
KEPT_NOTES: frozenset[str] = frozenset({"date-unread", "revisit-matched"})
# the reason a matched revisit's record is kept under, and the one it was read with
REVISIT_MATCHED = "revisit-matched"
