"""Which reader a file goes to: its format by its name (the extension under an optional
compression suffix, :data:`FORMATS`), else by its first bytes when the name says nothing or
says what the bytes are not (:func:`format_by_content`); a WARC a crawler is still writing
(:func:`unfinished`).  The walk that reads each file so is :func:`clipper.read.read_pages`."""

from __future__ import annotations

import re
from pathlib import Path

from clipper.config import TRANSCRIPT_SNIFF_BYTES, ReadLimits
from clipper.read.feeds import opens_feed
from clipper.read.fieldnames import body_field_names, field_name, named_key
from clipper.read.files import compression_of, open_bounded
from clipper.read.markdown import opens_markdown_header
from clipper.read.sniffing import SNIFF_BYTES, ascii_compatible, looks_like_html, wide_codec
from clipper.read.transcripts import transcript_shaped

# Extension (after removing an optional compression suffix) → reader name.
FORMATS: dict[str, str] = {
    ".html": "html",
    ".htm": "html",
    ".shtml": "html",
    ".xhtml": "html",
    ".xht": "html",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mhtml": "mhtml",
    ".mht": "mhtml",
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jl": "jsonl",  # Scrapy's feed exports: `scrapy crawl news -o items.jl`
    ".jsonlines": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "tsv",
    ".xlsx": "xlsx",  # an Excel workbook: every sheet's rows (clipper.read.workbooks)
    ".xlsm": "xlsx",
    ".warc": "archive",
    ".wet": "archive",  # Common Crawl's extracted text: `CC-MAIN-....warc.wet.gz`
    ".arc": "archive",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",  # when it holds an RSS or Atom feed; other XML is unsupported-file
    ".eml": "eml",
    ".mbox": "mbox",  # a mail folder's export: Thunderbird, Google Takeout, mutt
    ".srt": "subtitles",  # a TV programme's subtitles (SubRip): clipper.read.subtitles
    ".vtt": "subtitles",  # WebVTT
}


def format_of(path: Path) -> tuple[str | None, bool]:
    """(reader name or None, whether the file is compressed) from the file name.  A query
    string wget kept in the name (``index.html?page=2``) is not part of the extension."""
    name = path.name.lower()
    compression = compression_of(path)
    gz = compression is not None
    stem = name.removesuffix(compression) if compression else name
    for candidate in dict.fromkeys((stem, stem.split("?", 1)[0])):
        for ext, fmt in FORMATS.items():
            if candidate.endswith(ext):
                return fmt, gz
    return None, gz


def first_bytes(path: Path, gz: bool, limits: ReadLimits) -> bytes | None:
    """A file's first bytes, or None when it cannot be read (its reader says why)."""
    try:
        with open_bounded(path, gz, limits) as f:
            head: bytes = f.read(SNIFF_BYTES)
            return head
    except Exception:  # not ours to judge here: the file's reader reports it
        return None


# JSON Lines: a first line opening an object with a quoted key (a text dump never starts so).
_JSON_LINES_START = re.compile(rb'^(?:\xef\xbb\xbf)?\s*\{\s*"')


def format_by_content(path: Path, gz: bool, limits: ReadLimits, fmt: str | None) -> str | None:
    """The format of a file of no format clipper knows by name, or of a text or JSON file, by
    what it holds when that is not what its name says: an RSS, Atom or RDF feed
    under any name (``feed``, ``rss.php``, ``atom.aspx``, ``news.txt``: its root element,
    :func:`clipper.read.feeds.opens_feed`; a ``.html`` is not sniffed: 0.1 ms a page) is a
    feed; an HTML page without an extension (a
    wget mirror's ``story.php?id=12``) or saved as ``.txt``, ``.jsonl`` or ``.json`` (a
    saver's wrong extension) is read as a page, not stored as markup or rejected line by line
    as bad JSON; JSON Lines saved as ``.txt`` are read as records, not stored as one page of
    raw JSON; Jina Reader's answer (``Title:``/``URL Source:`` ... ``Markdown Content:``)
    saved as ``.txt`` is Markdown; SubRip or WebVTT subtitles saved as ``.txt`` are
    subtitles, and a ``.txt`` shaped as a broadcast transcript a transcript (:func:`_transcript`).
    Anything unreadable keeps ``fmt`` (its reader says why)."""
    head = first_bytes(path, gz, limits)
    if head is None:
        return fmt
    if opens_feed(ascii_compatible(head)):
        return "feed"
    if looks_like_html(head):
        return "html"
    if fmt is None:
        return None
    if fmt == "text" and _JSON_LINES_START.match(head):
        return "jsonl"
    if fmt == "text" and opens_markdown_header(head.decode("utf-8", errors="replace")):
        return "markdown"  # Jina Reader's answer saved as .txt (clipper.read.markdown)
    if fmt == "text" and _is_table_header(head, limits.field_names):
        return "tsv"
    if fmt == "text" and _SUBTITLES_START.match(ascii_compatible(head)):
        return "subtitles"  # SubRip or WebVTT saved as .txt: clipper.read.subtitles
    if fmt == "text" and _transcript(path, gz, limits):
        return "transcript"  # a broadcast's transcript: clipper.read.bulletins
    return fmt


# Subtitles under a .txt name: WebVTT's "WEBVTT" line, or SubRip's first cue, its number then
# its "00:00:01,000 --> 00:00:04,000" timing (what a monitoring tool's "export as text" of
# an .srt writes).
_SUBTITLES_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:WEBVTT(?:[ \t]|\r?\n|$)"
    rb"|\d{1,6}[ \t]*\r?\n[ \t]*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->)"
)


def _transcript(path: Path, gz: bool, limits: ReadLimits) -> bool:
    """Whether a ``.txt`` file is a broadcast transcript by its opening's shape
    (:func:`clipper.read.transcripts.transcript_shaped`, its first
    :data:`~clipper.config.TRANSCRIPT_SNIFF_BYTES`)."""
    try:
        with open_bounded(path, gz, limits) as f:
            head: bytes = f.read(TRANSCRIPT_SNIFF_BYTES)
    except Exception:  # not ours to judge here: the file's reader reports it
        return False
    codec = wide_codec(head) or "utf-8"
    return transcript_shaped(head.decode(codec, errors="replace"))


def _is_table_header(head: bytes, named: tuple[tuple[str, str], ...]) -> bool:
    """Whether a ``.txt`` file opens with a tab-separated header row naming a text column
    (one clipper reads, or one ``dedupe --field`` names: ``named``): Excel's "Unicode Text"
    (UTF-16) or "Text (Tab delimited)" export of a clippings sheet, read as its rows, not
    stored as one page of table."""
    codec = wide_codec(head) or "utf-8-sig"
    first = head.decode(codec, errors="replace").split("\n", 1)[0].rstrip("\r").split("\t")
    cells = {field_name(cell) for cell in first}
    cells |= {ours for ours, theirs in named if named_key(first, theirs)}
    return len(first) >= 2 and bool(cells & set(body_field_names()))


UNFINISHED = (
    "an unfinished WARC (.open): read it when the crawler closes it (a crawl that died leaves "
    "it open: rename it without .open to read what it holds)"
)


def unfinished(path: Path) -> bool:
    """Whether ``path`` is a WARC or ARC a crawler is still writing: Heritrix names it
    ``….warc.gz.open`` (``.arc.gz.open``) until it closes it under its real name."""
    name = path.name
    return name.lower().endswith(".open") and format_of(path.with_name(name[:-5]))[0] == "archive"
