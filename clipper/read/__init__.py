"""Streaming readers for raw scraper dumps: files and folders in, :class:`RawPage` records out.

``read_pages(paths, limits, on_reject)`` walks each path (a file, or a folder read recursively in
sorted order), picks a reader by file extension and yields one :class:`RawPage` per page found.
Everything that yields no page is reported to ``on_reject`` as a :class:`Rejection`, so a summary
can say what was skipped and why; no input ever raises.  Memory does not grow with the size of a
dump: JSONL is read line by line, WARC/ARC record by record, and every read is bounded by
:class:`~clipper.config.ReadLimits`.

Formats (extension, case-insensitive; ``.gz``, ``.bz2``, ``.xz`` or ``.zst`` allowed on each, and
a file whose first bytes are one of these compressions is decompressed whatever its name:
:func:`clipper.read.files.compression_in`):

- ``.html`` / ``.htm`` / ``.shtml`` / ``.xhtml``, and any file of no other format that opens an
  HTML document (a wget mirror's ``story.php?id=12``, ``news/quay-widening``): one HTML page
  (``kind="html"``, body is bytes).  Its URL comes from the page's own ``<link
  rel="canonical">`` or ``og:url``, else from the address its saver wrote in (SingleFile, a
  browser's "Save as", HTTrack), with the fetch date the saver wrote.  (Every reader of HTML
  takes a page's own canonical link on the site it came from before the address it came
  from: :func:`clipper.read.provenance.declared_url`.)
- ``.mhtml`` / ``.mht``: a page saved as one file by a browser (Chrome's "Webpage, Single
  File"): its HTML part, with the URL and date the browser wrote (:mod:`clipper.read.mhtml`).
- ``.rss`` / ``.atom``, ``.xml`` holding a feed, and a file of any name that opens an RSS,
  Atom or RDF feed's root element (``feed``, ``rss.php``): a feed, one page per item
  (origin ``path:N``): its link, title, date and full content (:mod:`clipper.read.feeds`); a
  feed in a website mirror is a ``crawl-file``.
- ``.eml``: an e-mail newsletter, its HTML (else text) part, Subject, Date and sender
  (:mod:`clipper.read.newsletters`); ``.mbox``: each of its messages so (origin ``path:N``).
  An alert or digest listing links (a Google Alert) is ``link-list``
  (:mod:`clipper.read.digests`); a PR person's cover note is cut from the release pasted under
  it, and one whose release is attached is ``cover-note`` (:mod:`clipper.read.coverletters`).
- ``.md`` / ``.markdown``: a page as Markdown (Firecrawl, Crawl4AI, Jina Reader), rendered to
  HTML and cleaned as a page; its URL, title and date from Jina Reader's header or YAML front
  matter (:mod:`clipper.read.markdown`); one naming no source URL (a README) is
  ``unsupported-file``.  A record's ``markdown`` field is read the same way (Crawl4AI's
  ``fit_markdown``, the article, before its whole page's), and so is a text field written in
  Markdown (Jina Reader's JSON ``content``).
- ``.txt``: one text dump (``kind="text"``), decoded as UTF-8 or, failing that, by guessing;
  one opening with a tab-separated header row naming a text column (Excel's "Unicode Text"
  export) is read as a ``.tsv``.
  A text or HTML file is decoded as UTF-16 or UTF-32 when it has a byte-order mark or its NULs
  say so (every other byte; three of four); stray NULs and a NUL-padded end are dropped (NULs
  with other control bytes: ``binary``).  Such a page is named by its canonical link, og:url or
  saver's address as its UTF-8 bytes are (:func:`clipper.read.sniffing.page_head`).
- a ``.txt`` shaped as a broadcast transcript (timestamps, sound cues, speaker turns,
  station idents: :func:`clipper.read.transcripts.transcript_shaped`) and a TV programme's
  subtitles, ``.srt`` / ``.vtt`` (through webvtt-py): a bulletin, one page per news item
  (origin ``path, item N of the bulletin``), or one page (origin ``path``) for a transcript of
  one story, its cues, timings, idents and speaker labels left out, dated by its header or
  file name (:mod:`clipper.read.bulletins`, :mod:`clipper.read.subtitles`).
- ``.jsonl`` / ``.ndjson`` / ``.jl`` / ``.jsonlines``: one page per line, crawler field names
  (news-please, CC-NEWS, Scrapy feeds ...); UTF-8, or UTF-16 as Windows PowerShell writes it; a
  line not in UTF-8 is read in the code page its bytes show (Windows-1252 as ``open(path, "w")``
  writes on Windows; a stray Latin-1 byte in a UTF-8 line as Windows-1252), and the page says so
  (``RawPage.decoded``).
- ``.json``: one record (news-please writes a file per article) or an array of records, with
  the same field names; a ``.json`` file that is really JSON Lines is read as JSONL.  An API
  response or search export is read as the records it holds (NewsAPI ``articles``, The
  Guardian ``response.results``, Elasticsearch ``hits.hits``, Diffbot ``objects`` ...), and a
  record whose fields sit one level down (an Elasticsearch hit's ``_source``, a Guardian
  result's ``fields``) as those fields.
- ``.csv`` / ``.tsv``: one page per row under a header row naming the columns, with the same
  field names (Scrapy's and pandas' CSV exports; :mod:`clipper.read.tables`), origin
  ``path:N`` for the Nth row.
- ``.xlsx`` / ``.xlsm``: an Excel workbook, every sheet a table as a CSV is, through openpyxl
  in read-only mode (:mod:`clipper.read.workbooks`), origin ``book.xlsx!SHEET:N``.
- ``.warc`` / ``.arc``: HTML ``response``/``resource`` records, through warcio; ``.wet``
  (Common Crawl's extracted text): its ``conversion`` records as text pages.  A page cut
  short (``WARC-Truncated``, a file or gzip member cut) is kept as far as it goes, marked
  ``partial`` (the run counts partial pages); a record whose ``Content-Length`` is wrong is
  read whole to where it really ends (the next record, its gzip member's end) and marked
  ``partial`` too, the same in every container (:func:`clipper.read.warccuts.miscounted`).
- ``.zip`` and tar (``.tar``, ``.tar.gz``, ``.tgz``, ``.tar.bz2``, ``.tar.xz``): a dump shipped as
  one archive; each member is read as the file it is (:mod:`clipper.read.bundles`), origin
  ``archive!member`` followed by the member's own ``:LINE`` or ``@OFFSET``.  A ``.wacz``
  (Webrecorder's web archive: ArchiveWeb.page, Browsertrix) is such a zip: its WARCs are read,
  its page list, manifest and indexes are ``crawl-file`` (so, unpacked, are they).

Origins (``path`` made absolute, so a dump named from another directory gives the same
origins): ``path`` for a single-page file or a one-record ``.json``, ``path:LINE`` (1-based) for
a JSONL record, ``path:N`` (1-based) for the Nth record of a ``.json`` array,
``path@OFFSET`` (``ArchiveIterator.get_record_offset()``, in the file as stored) for a WARC/ARC
record.  Dates are kept as the crawler wrote them when they parse as ISO 8601 (JSON records'
publication dates: see :func:`~clipper.read.declareddates.declared_date`).

Rejection reasons (the fixed vocabulary; ``detail`` is a short human message):

- ``unreadable``: the path is missing, not a regular file, or cannot be opened/listed/read.
- ``already-read``: the path leads (through a symlink named on the command line or a repeated
  argument) to a file or folder already read in this run; it is read once.
- ``symlink``: a symbolic link inside a folder, not followed (as ``find`` and ``rsync`` do): a
  link to ``/`` or another crawl would read far beyond the dump; the detail names the target.
- ``unsupported-file``: an extension clipper does not read, in a file that does not open an HTML
  document (the file is ignored).
- ``unfinished``: a WARC/ARC its crawler is still writing (``job.warc.gz.open``, Heritrix's
  name until it closes the file): not read, since its last record may be half written and
  the closed file, read the next night, holds every record whole.  Read now, that record's
  page is stored cut short (or rejected), and the whole record of a page stored cut short
  counts as already archived when the closed file is read (same URL, same fetch time).
- ``empty``: the file, once decompressed, holds nothing but whitespace.
- ``binary``: an .html/.txt file or an HTML-labelled WARC payload that is really binary
  (NUL bytes, or the magic number of an image, PDF, archive ...).
- ``too-large``: a page over ``max_page_bytes``, a JSONL line over ``max_line_bytes``, or a
  compressed file decompressing past ``max_decompressed_bytes`` (the rest of it is not read).
- ``truncated``: compressed data or a WARC record ends early; whole lines/records before the
  damage are kept, the rest of the file is not read (a WARC record cut short that holds a page
  is not rejected: the page is kept partial).  A ``.json`` array cut short (a Scrapy export
  its crash left without ``]``) keeps its whole items: ``path:N`` for a cut Nth item, ``path``
  when the file ends after a whole one (:mod:`clipper.read.jsonarray`).
- ``corrupt``: damaged compressed data or a WARC/ARC stream that cannot be parsed; what came
  before is kept, the rest of the file is not read, except in a ``.warc.gz`` of one gzip member
  per record, where reading goes on at the next member that opens a record.
- ``bad-subtitles``: an ``.srt`` / ``.vtt`` file webvtt-py cannot parse (its words in the
  detail), or whose cues hold no text.
- ``undecodable``: a text dump, saved page, WARC record, MHTML file or e-mail whose bytes no
  code page tried decodes (:class:`clipper.read.decoding.Undecodable`: the detail names them).
- ``bad-json``: a JSONL line that is not valid JSON (in UTF-8, or in the code page its bytes show
  when they are not UTF-8: :func:`clipper.read.decoding.decode_not_utf8`).
- ``bad-record``: a JSONL line that is JSON but not an object, or has a field of the wrong type.
- ``no-body``: a record with no HTML or text to read (missing or empty body field/payload).
- ``warc-request``, ``warc-metadata``, ``warc-info``, ``warc-revisit``: WARC records of these
  types, which never hold a page of their own (with ``warc-dns`` and ``not-html``:
  :data:`NOT_PAGES`, a crawl's housekeeping, counted apart from problems).  A revisit's
  rejection carries the capture it repeats (``Rejection.revisit``): the run moves that page's
  last fetch (:mod:`clipper.revisits`).
- ``warc-other``: any other non-page WARC record type (conversion, continuation, unknown).
- ``warc-dns``: a ``dns:`` lookup record.
- ``warc-redirect``: an HTTP 3xx response (detail names the target); a 304 Not Modified (the
  answer to a conditional re-crawl: unchanged since an earlier capture) is ``warc-revisit``.
- ``warc-http-error``: any other non-2xx HTTP response (4xx, 5xx, unparseable status).
- ``http-error``: a record or Markdown page whose crawler states a 4xx/5xx HTTP status for it
  (Firecrawl's ``metadata.statusCode``, Crawl4AI's ``status_code``, Jina Reader's "Target URL
  returned error 404" warning: :mod:`clipper.read.crawlstatus`), whatever the page says.
- ``api-error``: a news API's error answer in place of results (NewsAPI's ``status: "error"``
  with its ``code`` and ``message``, an ``error``/``errors`` field, webz.io's ``warnings``
  beside an empty result), told in the API's own words (``clipper.read.envelopes.api_error``).
- ``not-html``: a 2xx response whose payload is not HTML (images, scripts, robots.txt ...).
- ``page-resource``: a file in a saved page's resource folder (``NAME_files`` beside
  ``NAME.htm``, what a browser's "Save page as… complete" and Word's "Save as Web Page" write:
  style sheets, scripts, images, the frames' ``saved_resource.html``); counted apart from
  problems (:data:`NOT_PAGES`).  Windows' ``Thumbs.db`` and ``desktop.ini`` are skipped like
  hidden entries (:func:`clipper.read.files.skipped_name`).
- ``crawl-file``: a crawler's own file (``robots.txt``, ``favicon.ico``, a sitemap), a web
  archive's manifest, index or page list (a WACZ's ``datapackage.json``, ``index.cdxj``,
  ``pages.jsonl``) and, in a website mirror, a style sheet, script, image, font, audio or
  video, a document its pages offer (the edition's PDF, a ``.docx``), or a CMS's
  machine-readable answer (WordPress's ``wp-json`` REST index and routes, ``xmlrpc.php``,
  oEmbed, a feed: :func:`clipper.urls.crawl_endpoint`), a scraper's sidecar or manifest of
  its saved pages (read with them: :mod:`clipper.read.sidecars`); counted apart from problems.
- ``missing-file``: a scraper's manifest row naming a file the dump does not hold
  (:mod:`clipper.read.sidecars`), at ``manifest.json:N``.
- ``clipper-archive``: another clipper archive in a dump folder (an SQLite database with its
  ``-clipper.lock`` beside it, and its journals), reported once for all its files and counted
  apart from problems, like the WARC housekeeping (:data:`NOT_PAGES`).

Modules, in the order a page passes through them:

- :mod:`clipper.read.files`: walking folders, opening files (compressed ones bounded by
  ``max_decompressed_bytes``).
- :mod:`clipper.read.pages`: ``.html`` / ``.txt`` single-page files (a saved page's inlined
  images and fonts left out as it is read: :mod:`clipper.read.datauris`), with what their
  scraper wrote beside them (:mod:`clipper.read.sidecars`).
- :mod:`clipper.read.mhtml`: ``.mhtml`` / ``.mht`` pages saved as one file.
- :mod:`clipper.read.feeds`: RSS / Atom feeds' items; :mod:`clipper.read.newsletters`:
  ``.eml`` and ``.mbox`` newsletters, :mod:`clipper.read.digests` the alerts and digests
  among them, :mod:`clipper.read.coverletters` PR cover notes (both through
  :mod:`clipper.read.fields`' records; MIME parsing shared with MHTML in
  :mod:`clipper.read.mime`).
- :mod:`clipper.read.markdown`: Markdown pages and fields.
- :mod:`clipper.read.subtitles`: broadcast transcripts (``.txt``) and subtitles (``.srt``,
  ``.vtt``), their lines read by :mod:`clipper.read.transcripts`, cut into items by
  :mod:`clipper.read.bulletins`.
- :mod:`clipper.read.records`: ``.jsonl`` / ``.json`` records.
- :mod:`clipper.read.tables`: ``.csv`` / ``.tsv`` rows; :mod:`clipper.read.workbooks`:
  ``.xlsx`` sheets' rows.
- :mod:`clipper.read.fields`: a record's crawler field names mapped onto a page.
- :mod:`clipper.read.warc`: ``.warc`` / ``.arc`` records through warcio.
- :mod:`clipper.read.warcrecords`: what one WARC / ARC record holds (a page, or what else).
- :mod:`clipper.read.sniffing`: a file's first bytes (binary or text, UTF-16/32, HTML).
- :mod:`clipper.read.decoding`: character sets (bytes to text).
- :mod:`clipper.read.provenance`: a page's URL and site as the dump states them.
- :mod:`clipper.read.declareddates`: the publication dates a dump states.
- :mod:`clipper.read.failures`: how a reading error becomes one :class:`Rejection`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath

from clipper.config import ReadLimits
from clipper.page import NOT_PAGES, READ_REASONS, RawPage, Rejection
from clipper.read.bundles import bundle_members, is_bundle
from clipper.read.crawlfiles import PAGE_LIST, crawl_file, wget_original
from clipper.read.failures import Event, Progress, guarded, os_detail
from clipper.read.feeds import read_feed
from clipper.read.files import compressed_file, walk
from clipper.read.formats import UNFINISHED, first_bytes, format_by_content, format_of, unfinished
from clipper.read.mhtml import read_mhtml
from clipper.read.newsletters import read_eml, read_mbox
from clipper.read.pages import read_markdown, read_single
from clipper.read.provenance import member_address, mirror_address, site_from_url
from clipper.read.records import read_json, read_jsonl
from clipper.read.savedtimes import saved_time
from clipper.read.sidecars import Sidecars, metadata_file
from clipper.read.statedcountry import stated_country
from clipper.read.subtitles import read_subtitles, read_transcript
from clipper.read.tables import read_table
from clipper.read.warc import read_archive
from clipper.read.warcsegments import Segments
from clipper.read.workbooks import read_workbook

__all__ = ["NOT_PAGES", "REASONS", "read_pages", "site_from_url"]

# Every reason reading gives, and those a run counts apart from problems: clipper.page.
REASONS: frozenset[str] = READ_REASONS


def read_pages(
    paths: Iterable[str | Path],
    limits: ReadLimits,
    on_reject: Callable[[Rejection], None],
    skip: Iterable[str | Path] = (),
    archive_of: Callable[[Path], Path | None] = lambda path: None,
) -> Iterator[RawPage]:
    """Yield every page found under ``paths``; report everything else to ``on_reject``.

    Deterministic: folders are walked in sorted name order, files read front to back.  Hidden
    entries (names starting with ".") and symbolic links inside folders are skipped (a link is
    reported); paths given explicitly are always read.  ``skip``: files never read when met
    inside a folder (the archive's own database files).  ``archive_of``: the database of
    another clipper archive a file of no format clipper reads belongs to
    (``Backend.archive_of``), reported once as ``clipper-archive``, not as an
    ``unsupported-file`` per file.  See the module docstring for formats, origins and
    rejection reasons.
    """
    seen: set[str] = set()
    archives: set[Path] = set()
    segments = Segments(limits)  # WARC records split across files: clipper.read.warcsegments
    skipped = frozenset(os.path.realpath(p) for p in skip)
    for path in paths:
        # Absolute (symlinks kept, ".." folded): a page without a URL is known by its origin, so
        # the same dump named from another directory must give the same origins.
        root = Path(os.path.abspath(path))
        sidecars = Sidecars(root, limits)
        for item in walk(root, seen, skipped):
            if isinstance(item, Rejection):
                on_reject(item)
                continue
            # a copy wget kept of a page (index.html.orig, index.html.1) is at the page's address
            address = mirror_address(root, wget_original(item))
            events = (
                _read_bundle(item, limits)
                # a crawl's own zip (HTTrack's hts-cache/new.zip) is housekeeping, not a bundle
                if is_bundle(item) and crawl_file(item, None) is None
                else _read_file(item, limits, address, sidecars, segments)
            )
            for event in events:
                if isinstance(event, RawPage):
                    if limits.countries:
                        # the country the user states for the dump or the page's site
                        event.stated_country = stated_country(
                            event.url, event.site, limits.countries
                        )
                    if (
                        address is not None
                        and event.fetched_at is None
                        and event.origin == str(item)
                    ):
                        # a mirror's page, the file itself: when it was saved (no fetch time)
                        event.saved_at = saved_time(item)
                    yield event
                elif event.reason != "unsupported-file" or (own := archive_of(item)) is None:
                    on_reject(event)
                elif own not in archives:
                    archives.add(own)
                    on_reject(
                        Rejection(
                            str(own),
                            "clipper-archive",
                            "another clipper archive (its database, journal and lock files): "
                            "not input",
                        )
                    )
    for event in segments.left():  # split WARC records whose continuation never came
        if isinstance(event, RawPage):
            if limits.countries:
                event.stated_country = stated_country(event.url, event.site, limits.countries)
            yield event
        else:
            on_reject(event)


def _read_bundle(path: Path, limits: ReadLimits) -> Iterator[Event]:
    """The events of every member of a zip or tar archive (:mod:`clipper.read.bundles`), each
    read as the file it is, known by ``ARCHIVE!MEMBER``."""
    for member in bundle_members(path, limits):
        if isinstance(member, Rejection):
            yield member
            continue
        name, folders, copy = member
        where, inside = f"{path}!{name}", str(copy)
        # a mirror shipped as an archive: its members' folders spell their addresses too
        for event in _read_file(copy, limits, member_address(PurePosixPath(folders).parts)):
            origin = event.origin.replace(inside, where, 1)
            if isinstance(event, Rejection):
                yield replace(event, origin=origin, detail=event.detail.replace(inside, where))
            else:
                event.origin = origin
                yield event


def _read_file(
    path: Path,
    limits: ReadLimits,
    address: str | None = None,
    sidecars: Sidecars | None = None,
    segments: Segments | None = None,
) -> Iterator[Event]:
    """The events of one file by its format; ``address``: where a website mirror's folders say
    an HTML page came from (:func:`clipper.read.provenance.mirror_address`), also the address
    of the file's own rejection (a mirror's ``crawl-file``, ``unsupported-file``, ``empty``
    page...), so ``clipper rejections --url`` and ``clipper show URL`` find it.
    ``sidecars``: the scraper's metadata of the walked folder's pages
    (:mod:`clipper.read.sidecars`); a sidecar or manifest itself is a ``crawl-file``.
    ``segments``: the run's WARC records waiting for the rest of their segments."""
    events = _file_events(path, limits, address, sidecars, segments)
    if address is None:
        yield from events
        return
    origin = str(path)
    for event in events:
        if isinstance(event, Rejection) and event.url is None and event.origin == origin:
            event = replace(event, url=address)
        yield event


def _file_events(
    path: Path,
    limits: ReadLimits,
    address: str | None,
    sidecars: Sidecars | None,
    segments: Segments | None,
) -> Iterator[Event]:
    """:func:`_read_file`'s events, before its rejections are given the mirror's address."""
    origin = str(path)
    if unfinished(path):
        yield Rejection(origin, "unfinished", UNFINISHED)
        return
    if (housekeeping := crawl_file(path, address)) is not None:
        yield Rejection(origin, "crawl-file", housekeeping)
        return
    if sidecars is not None and (metadata := metadata_file(path, sidecars)) is not None:
        yield from metadata  # a page's sidecar, a folder's manifest: read with the pages
        return
    fmt, gz = format_of(path)
    if not gz and fmt != "archive" and compressed_file(path):
        # compressed bytes under a page's name (a server that sends gzip whatever the client
        # asked, saved by wget as story.php?id=5): read by what it holds (a WARC's reader
        # finds its own compression)
        gz = True
    if fmt in (None, "text", "jsonl", "json"):
        fmt = format_by_content(path, gz, limits, fmt)
    if fmt is None:
        yield Rejection(origin, "unsupported-file", f"not a format clipper reads: {path.name}")
        return
    if fmt == "jsonl" and PAGE_LIST.match(first_bytes(path, gz, limits) or b""):
        # a WACZ's list of its pages (URL, time, title, extracted text): the pages themselves
        # are read from its WARCs, whole; read here too, each would be stored twice
        yield Rejection(
            origin, "crawl-file",
            f"a web archive's list of pages ({path.name}): its pages are read from its WARCs",
        )
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield Rejection(origin, "unreadable", os_detail(exc))
        return
    if size == 0:
        yield Rejection(origin, "empty", "file is 0 bytes")
        return
    if fmt == "feed" and address is not None:
        # a feed a website mirror saved (under any name): its items are the mirror's pages
        yield Rejection(
            origin,
            "crawl-file",
            f"a feed or XML file saved by the mirror from {address}: not a page",
        )
        return
    progress = Progress(origin)
    events: Generator[Event, None, None]
    if fmt == "archive":
        progress.unit = "record"
        is_arc = path.with_suffix("").name.lower().endswith(".arc") if gz else (
            path.name.lower().endswith(".arc")
        )
        events = read_archive(path, gz, limits, progress, is_arc, segments)
    elif fmt == "jsonl":
        progress.unit = "line"
        events = read_jsonl(path, gz, limits, progress)
    elif fmt == "json":
        progress.unit = "record"
        events = read_json(path, gz, limits, progress)
    elif fmt == "mhtml":
        events = read_mhtml(path, gz, limits)
    elif fmt == "eml":
        events = read_eml(path, gz, limits)
    elif fmt == "mbox":
        progress.unit = "message"
        events = read_mbox(path, gz, limits)
    elif fmt == "feed":
        progress.unit = "item"
        events = read_feed(path, gz, limits, progress)
    elif fmt == "markdown":
        events = read_markdown(path, gz, limits)
    elif fmt in ("csv", "tsv"):
        progress.unit = "row"
        events = read_table(path, gz, limits, progress, tab=fmt == "tsv")
    elif fmt == "xlsx":
        progress.unit = "row"
        events = read_workbook(path, gz, limits, progress)
    elif fmt == "transcript":
        events = read_transcript(path, gz, limits)
    elif fmt == "subtitles":
        events = read_subtitles(path, gz, limits)
    else:
        events = read_single(
            path, gz, "html" if fmt == "html" else "text", limits, address, sidecars
        )
    yield from guarded(events, progress)
