"""A crawl's housekeeping beside its pages, counted ``crawl-file`` (not stored, not a problem):
a crawler's own files (``robots.txt``, a sitemap; HTTrack's log, cache and index page), a web
archive's manifest, indexes and page list (a WACZ's), and, in a website mirror, the style
sheets, scripts, images and CMS answers its pages use (:func:`crawl_file`,
:func:`httrack_page`)."""

from __future__ import annotations

import re
from pathlib import Path

from clipper.urls import crawl_endpoint

# A crawler's own files, which a website mirror (wget, HTTrack) saves beside the pages: read by
# crawlers, never an article (in a WARC they are housekeeping too, whatever their status).
_CRAWL_FILES = frozenset(
    {
        "robots.txt",
        "favicon.ico",
        "ads.txt",
        "app-ads.txt",
        "humans.txt",
        "security.txt",
        "crossdomain.xml",
        "browserconfig.xml",
        "site.webmanifest",
    }
)
_SITEMAP = re.compile(r"sitemap[\w.-]*\.xml(?:\.gz)?$|[\w.-]*[-_]sitemap\.xml(?:\.gz)?$")
# What a website mirror saves for its pages to show, or that they link to for download: style
# sheets, scripts, images, fonts, audio and video, and documents (the day's edition as a PDF, a
# council's agenda as .docx): none is an article clipper reads, and listed among "first
# problems" they hid the lines a user needs there, a 404 or a date not read (newcomer 37b, F10:
# 4 of 10 lines were logo.png and edition-2026-12-04.pdf).  Not the formats clipper reads (an
# .xlsx workbook, .srt/.vtt subtitles: clipper.read.formats).
_WEB_ASSETS = (
    ".css", ".js", ".mjs", ".map", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".svg",
    ".ico", ".bmp", ".tif", ".tiff", ".heic", ".jxl", ".woff", ".woff2", ".ttf", ".otf",
    ".eot", ".mp4", ".m4v", ".mov", ".avi", ".mkv", ".ogv", ".webm", ".mp3", ".m4a", ".aac",
    ".ogg", ".oga", ".opus", ".wav", ".flac", ".m3u8", ".swf", ".pdf", ".epub", ".doc",
    ".docx", ".odt", ".rtf", ".ppt", ".pptx", ".odp", ".xls", ".ods",
)


# A web archive's own files beside its WARCs (a WACZ's, zipped or unpacked): its manifest
# and its indexes of the WARCs' records (CDX, CDXJ, a ZipNum cluster's .idx).
_WEB_ARCHIVE_FILES = frozenset({"datapackage.json", "datapackage-digest.json"})
_WEB_ARCHIVE_INDEXES = (".cdx", ".cdxj", ".idx", ".cdx.gz", ".cdxj.gz")
# A WACZ's list of pages (``pages/pages.jsonl``, ``extraPages.jsonl``): its first line.
PAGE_LIST = re.compile(rb'^(?:\xef\xbb\xbf)?\s*\{[^\n]*"format"\s*:\s*"json-pages-')


# HTTrack's files in a mirror project's folder, beside the mirrored sites' folders: its log
# (hts-log.txt; hts-err.txt before 3.x), its lock and nohup output while it runs, and the two
# images of the index page it writes (backblue.gif, fade.gif); its cache is the hts-cache/
# folder (new.zip, new.txt, new.lst, doit.log, readme.txt ...).
_HTTRACK_FILES = frozenset(
    {
        "hts-log.txt",
        "hts-err.txt",
        "hts-nohup.out",
        "hts-in_progress.lock",
        "hts-ioinfo.txt",
        "backblue.gif",
        "fade.gif",
    }
)
# A page HTTrack writes itself (not a mirrored one, which says "Mirrored from …"): the project's
# index ("Local index - HTTrack Website Copier", "Index of locally available sites", "Created
# by HTTrack Website Copier", "Mirror and index made by HTTrack Website Copier").
_HTTRACK_PAGE = re.compile(
    rb"<title>[^<]{0,200}HTTrack Website Copier|Index of locally available sites"
    rb"|(?:Created|index made) by HTTrack Website Copier",
    re.IGNORECASE,
)


def httrack_page(head: bytes) -> str | None:
    """The ``crawl-file`` detail of a page HTTrack wrote itself (its project's index of the
    sites it mirrored), by the page's first bytes; None for any other page."""
    if _HTTRACK_PAGE.search(head) is None:
        return None
    return "HTTrack's index of the sites it mirrored: not a page of theirs"


# wget's copies of a file it saved, by GNU Wget's manual: ``NAME.orig``, the file as downloaded,
# kept by ``-K`` (``--backup-converted``) before ``-k`` converted its links; ``NAME.1``,
# ``NAME.2`` ..., the same address downloaded again into the same folder without ``-N`` or
# ``-nc`` (the first download keeps NAME).  Its log, when it runs in the background (``-b``):
# ``wget-log``, ``wget-log.1`` ...
_WGET_BACKUP = ".orig"
_WGET_NUMBERED = re.compile(r"(.+\.s?html?)\.([1-9]\d{0,3})$", re.IGNORECASE)
_WGET_LOG = re.compile(r"wget-log(?:\.\d+)?$")


def wget_original(path: Path) -> Path:
    """The file wget saved whose copy ``path`` is (``index.html`` for ``index.html.orig`` or
    ``index.html.1``): its address is that file's, what the mirror's folders spell for it
    (:func:`clipper.read.provenance.mirror_address`); ``path`` itself for any other file."""
    name = path.name
    if name.lower().endswith(_WGET_BACKUP) and len(name) > len(_WGET_BACKUP):
        return path.with_name(name[: -len(_WGET_BACKUP)])
    numbered = _WGET_NUMBERED.match(name)
    return path.with_name(numbered.group(1)) if numbered else path


def _wget_backup(path: Path) -> str | None:
    """The ``crawl-file`` detail of wget's ``-K`` backup beside the page it converted (that page
    is read; the backup is the same page with its original links), else None.  A backup
    without its page is read, as that page (:func:`wget_original`)."""
    original = wget_original(path)
    if not path.name.lower().endswith(_WGET_BACKUP) or not original.is_file():
        return None
    return (
        f"wget's backup (-K) of {original.name} as downloaded, before -k converted its links: "
        f"the page is read from {original.name}"
    )


def crawl_file(path: Path, address: str | None) -> str | None:
    """Why ``path`` is a crawl's housekeeping rather than input (the ``crawl-file`` detail),
    or None: a crawler's own file by its name (``robots.txt``, ``favicon.ico``, a sitemap;
    HTTrack's log, cache folder and index images: :data:`_HTTRACK_FILES`; wget's log, and its
    ``-K`` backup of a page it converted, beside that page: :func:`wget_original`), a
    web archive's manifest or index (a WACZ's ``datapackage.json``, ``index.cdxj``), or, in a
    website mirror (``address``: :func:`clipper.read.provenance.mirror_address`), a style
    sheet, script, image, font, audio or video its pages use or a document they offer
    (``.pdf``, ``.docx``: :data:`_WEB_ASSETS`; a query wget kept in the name aside) or a
    file its site's CMS answers (WordPress's ``wp-json``, ``xmlrpc.php``, an oEmbed answer, a
    feed saved as ``feed/index.html``: :func:`clipper.urls.crawl_endpoint`)."""
    name = path.name.lower()
    if name in _CRAWL_FILES or _SITEMAP.match(name):
        return f"a crawler's own file ({path.name}): not a page"
    if _WGET_LOG.match(name):
        return f"wget's log ({path.name}): not a page"
    if (backup := _wget_backup(path)) is not None:
        return backup
    if name in _HTTRACK_FILES or any(part.lower() == "hts-cache" for part in path.parts[:-1]):
        return f"HTTrack's own file ({path.name}): its log, cache or index images, not a page"
    if name in _WEB_ARCHIVE_FILES or name.endswith(_WEB_ARCHIVE_INDEXES):
        return f"a web archive's manifest or index ({path.name}): its pages are in its WARCs"
    if address is not None and name.split("?", 1)[0].endswith(_WEB_ASSETS):
        return (
            f"a website mirror's style sheet, script, image, font, media or document "
            f"({path.name}): not a page"
        )
    if address is not None and (endpoint := crawl_endpoint(address)) is not None:
        return f"{endpoint}, saved by the mirror from {address}: not a page"
    return None
