"""What a scraper wrote about a saved page beside it: its URL, fetch time, title and HTTP status.

Two shapes, both JSON, read through the record field names (:mod:`clipper.read.fieldnames`,
``--field`` too) exactly as a record's fields are:

- a sidecar per page: ``NAME.json`` (or ``NAME.html.json``, ``NAME.meta.json``, ``NAME.meta``)
  beside ``NAME.html``, what a headless-browser scraper (Playwright, Puppeteer, crawlee, an
  Apify actor) writes with ``page.content()``: ``{"url" | "loadedUrl" | "finalUrl" |
  "requestUrl", "title", "loadedAt" | "fetchedAt" | "timestamp" | ..., "status"}``;
  news-please's record beside its saved page (``localpath`` naming it) is one too;
- a folder's manifest (``manifest.json``, ``index.json``, ``results.json``, ``metadata.json``,
  or their ``.jsonl``): rows (an array, an object's ``pages``/``items``/``results``/``files``
  array, JSON Lines, or an object keyed by file name) each naming a saved file
  (``file``, ``path``, ``localPath``, ``savedAs``, ``html``…, relative to the manifest's
  folder) and its metadata.

A sidecar without a body field and a manifest are metadata, never input records: reading them is
a ``crawl-file`` (:func:`metadata_file`); a manifest's row naming a file the dump does not hold
is a ``missing-file`` rejection at ``manifest.json:N``.  A page in a folder with a manifest that
does not list it, or whose sidecar cannot be read, is kept without that metadata and counted
(``RawPage.metadata_problem``).  A JSON file is parsed at most ``limits.max_page_bytes``; a
manifest once a read while the walk is inside its folder (:class:`Sidecars`), for its pages
and for itself.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.fieldnames import BODY_FIELDS, URL_FIELDS, field_name
from clipper.read.fieldvalues import BadField
from clipper.read.recorddates import fetch_time

# The saved page's own suffixes a sidecar's name replaces (``ferry.html`` → ``ferry.json``).
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# A sidecar's name beside ``NAME.html``: of ``NAME`` (stem) or of the whole ``NAME.html``.
_STEM_SIDECARS = (".json", ".meta.json", ".meta")
_NAME_SIDECARS = (".json", ".meta")
# A folder's manifest of the files saved in it.
MANIFEST_NAMES = frozenset(
    f"{stem}{ext}"
    for stem in ("manifest", "index", "results", "metadata")
    for ext in (".json", ".jsonl")
)
# Where a manifest row names its saved file, first present wins; its value a path ending in a
# page's suffix (so a row's "html" or "path" holding markup or a URL path is not one).
FILE_FIELDS = (
    "file", "filename", "fileName", "file_name", "filepath", "filePath", "file_path",
    "path", "localPath", "localpath", "local_path", "savedAs", "saved_as", "savedTo",
    "saved_to", "output", "outputPath", "output_path", "htmlFile", "html_file", "htmlPath",
    "html_path", "html",
)
# The arrays an object-shaped manifest keeps its rows in.
_ROW_ARRAYS = ("pages", "items", "results", "files", "entries", "documents", "data")
_FILE_SUFFIXES = (*_PAGE_SUFFIXES, ".mhtml", ".mht", ".md", ".txt")


def _json(path: Path, limits: ReadLimits) -> Any:
    """``path`` parsed as JSON (or JSON Lines: a list of its lines' values); raises ValueError
    or OSError when it is neither or is over ``limits.max_page_bytes``."""
    if path.stat().st_size > limits.max_page_bytes:
        raise ValueError(f"over {limits.max_page_bytes} bytes")
    text = path.read_bytes().decode("utf-8-sig")
    try:
        return json.loads(text)
    except ValueError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def _has_body(obj: dict[str, Any]) -> bool:
    """Whether a record holds a page's body (a text, HTML or Markdown field with a value)."""
    return any(
        field_name(key) in BODY_FIELDS and isinstance(value, str | list) and bool(value)
        and not _file_value(value)
        for key, value in obj.items()
    )


def _file_value(value: object) -> str | None:
    """``value`` when it is a file's path (one line, ending in a page's suffix), else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or len(value) > 1000 or "\n" in value or "<" in value:
        return None
    name = value.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return value if name.endswith(_FILE_SUFFIXES) else None


def _row_file(row: dict[str, Any]) -> tuple[str, str] | None:
    """``(field, relative path)`` of the saved file a manifest row names, else None."""
    for key, value in row.items():
        if key in FILE_FIELDS and (found := _file_value(value)) is not None:
            return key, found
    return None


def _parts(value: str) -> tuple[str, ...]:
    """A row's file path as path parts, ``/`` or ``\\`` between them, ``.`` left out."""
    pure = PureWindowsPath(value) if "\\" in value else PurePosixPath(value)
    return tuple(part for part in pure.parts if part not in (".", "/", "\\") and ":" not in part)


@dataclass
class Manifest:
    """A folder's manifest: its rows by the path of the file each names and by every shorter
    tail of that path (``/home/me/out/pages/a.html``, a path on the scraper's machine, is
    ``pages/a.html`` under the manifest's folder), a tail two rows share naming neither."""

    path: Path
    rows: list[tuple[int, tuple[str, ...], dict[str, Any]]]
    by_tail: dict[tuple[str, ...], dict[str, Any] | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for _, parts, meta in self.rows:
            for start in range(len(parts)):
                tail = parts[start:]
                known = self.by_tail.get(tail, meta)
                self.by_tail[tail] = meta if known is meta else None

    def entry(self, page: Path) -> dict[str, Any] | None:
        """The row naming ``page`` (a file under the manifest's folder), else None."""
        try:
            relative = page.relative_to(self.path.parent).parts
        except ValueError:
            return None
        tails = (self.by_tail.get(relative[start:]) for start in range(len(relative)))
        return next((meta for meta in tails if meta is not None), None)

    def missing(self) -> Iterator[Rejection]:
        """A ``missing-file`` rejection for each row whose file the dump does not hold."""
        folder = self.path.parent
        for number, parts, meta in self.rows:
            if any(folder.joinpath(*parts[start:]).is_file() for start in range(len(parts))):
                continue
            url = next(
                (v for k in URL_FIELDS if isinstance(v := meta.get(k), str) and v.strip()), None
            )
            yield Rejection(
                f"{self.path}:{number}",
                "missing-file",
                f"{self.path.name} row {number} names {'/'.join(parts)}, which is not in the "
                f"dump: its page was not saved{f' ({url})' if url else ''}",
                url,
            )


def manifest(path: Path, limits: ReadLimits) -> Manifest | None:
    """The manifest ``path`` is (its name one of :data:`MANIFEST_NAMES`, every row an object
    naming a saved file and holding no page body), else None: an ``index.json`` of articles is
    records, read as such."""
    if path.name.lower() not in MANIFEST_NAMES:
        return None
    try:
        if not _first_line_names_a_file(path):
            return None  # JSON Lines of records (a results.jsonl of articles): not parsed here
        data = _json(path, limits)
    except (OSError, ValueError):
        return None
    if isinstance(data, dict):
        arrays = [data[k] for k in _ROW_ARRAYS if isinstance(data.get(k), list)]
        if arrays:
            data = arrays[0]
        elif data and all(isinstance(v, dict) for v in data.values()):
            data = [{"file": k, **v} for k, v in data.items()]  # keyed by the file's name
    if not isinstance(data, list) or not data:
        return None
    rows = []
    for number, row in enumerate(data, 1):
        found = _row_file(row) if isinstance(row, dict) else None
        if found is None or _has_body(row):
            return None
        key, value = found
        parts = _parts(value)
        if not parts:
            return None
        rows.append((number, parts, {k: v for k, v in row.items() if k != key}))
    return Manifest(path, rows)


def _first_line_names_a_file(path: Path) -> bool:
    """Whether a ``.jsonl`` manifest's first line is a row naming a saved file (any other file:
    True, judged whole)."""
    if not path.name.lower().endswith(".jsonl"):
        return True
    with open(path, "rb") as f:
        first = f.readline(1024 * 1024).decode("utf-8-sig")
    row = json.loads(first) if first.strip() else None
    return isinstance(row, dict) and _row_file(row) is not None and not _has_body(row)


def _sidecar_names(page: str) -> list[str]:
    """The names a sidecar of the page named ``page`` may have, in the order tried."""
    names = [page + ext for ext in _NAME_SIDECARS]
    stem, dot, suffix = page.rpartition(".")
    if dot and f".{suffix.lower()}" in _PAGE_SUFFIXES:
        names = [stem + ext for ext in _STEM_SIDECARS] + names
    return names


def _sidecar_of(path: Path) -> Path | None:
    """The saved page ``path`` would be the sidecar of (by name: ``NAME.json`` beside
    ``NAME.html``), when that page exists; else None."""
    name = path.name
    lower = name.lower()
    stems = []
    for ext in (".meta.json", ".json", ".meta"):
        if lower.endswith(ext):
            stems.append(name[: -len(ext)])
    for stem in stems:
        candidates = [path.with_name(stem + ext) for ext in _PAGE_SUFFIXES]
        if stem.lower().endswith(_PAGE_SUFFIXES):
            candidates.insert(0, path.with_name(stem))
        for page in candidates:
            if page.is_file() and name in _sidecar_names(page.name):
                return page
    return None


def metadata_file(path: Path, sidecars: Sidecars) -> list[Rejection] | None:
    """When ``path`` is a page's sidecar without a body or a folder's manifest: its
    ``crawl-file`` rejection (its metadata is read with the pages it names), and a manifest's
    ``missing-file`` rejections; else None (read as what it is: news-please's record beside
    its page is a record).  A manifest is the one ``sidecars`` reads its pages' rows from,
    parsed once (:meth:`Sidecars.manifest`)."""
    origin = str(path)
    page = _sidecar_of(path)
    if page is not None:
        try:
            data = _json(path, sidecars.limits)
        except (OSError, ValueError):
            data = None
        if isinstance(data, dict) and not _has_body(data):
            return [
                Rejection(
                    origin,
                    "crawl-file",
                    f"the scraper's metadata of {page.name} (its URL, fetch time, title, "
                    "status): read with that page",
                )
            ]
        if not isinstance(data, dict | list):
            return [
                Rejection(
                    origin,
                    "crawl-file",
                    f"the scraper's metadata of {page.name}, not JSON: {page.name} is read "
                    "without it",
                )
            ]
    found = sidecars.manifest(path)
    if found is None:
        return None
    return [
        Rejection(
            origin,
            "crawl-file",
            f"a scraper's manifest of {len(found.rows)} saved files: their URLs and fetch "
            "times are read with them",
        ),
        *found.missing(),
    ]


@dataclass
class Metadata:
    """What a scraper says of one saved page: ``fields`` a record's fields (URL, fetch time,
    title, status ... under the scraper's names), or ``problem`` why it has none where some
    was expected (a manifest that does not list it, a sidecar that is no JSON)."""

    fields: dict[str, Any] | None = None
    problem: str | None = None
    # news-please's record (it holds the article): only its URL and fetch time are the page's
    record_too: bool = False


class Sidecars:
    """The sidecars and manifests of the pages under one walked root: a manifest is parsed
    once, for its pages' rows and for its own rejections (:func:`metadata_file`), and kept
    while the walk is in its folder (folders are walked depth first)."""

    def __init__(self, root: Path, limits: ReadLimits) -> None:
        self._root = root
        self.limits = limits
        # a folder's manifest (None: none), and every manifest-named file parsed, by path
        self._manifests: dict[Path, Manifest | None] = {}
        self._parsed: dict[Path, Manifest | None] = {}
        # the names in the folder last asked about: one listing a folder, not a stat a name
        self._folder: tuple[Path, frozenset[str]] | None = None
        self._folder_manifest: Manifest | None = None

    def of(self, page: Path) -> Metadata | None:
        """``page``'s metadata: its sidecar's, else its folder's (or an enclosing folder's,
        up to the root) manifest row's, else None (no sidecar, no manifest)."""
        folder, names = self._names(page.parent)
        for name in _sidecar_names(page.name):
            if name not in names or not (folder / name).is_file():
                continue
            try:
                data = _json(folder / name, self.limits)
            except (OSError, ValueError) as exc:
                return Metadata(
                    problem=f"its metadata file {name} is not JSON ({exc}): read without it"
                )
            if not isinstance(data, dict):
                continue
            if not _has_body(data):
                return Metadata(fields=data)
            local = data.get("localpath")
            if isinstance(local, str) and local.replace("\\", "/").rsplit("/", 1)[-1] == (
                page.name
            ):
                return Metadata(fields=data, record_too=True)
        found = self._folder_manifest
        if found is None:
            return None
        entry = found.entry(page)
        if entry is not None:
            return Metadata(fields=entry)
        return Metadata(
            problem=f"not listed in {found.path} (the scraper's manifest of its saved "
            "pages): read without its URL and fetch time"
        )

    def _names(self, folder: Path) -> tuple[Path, frozenset[str]]:
        """``folder`` and the names in it, listed once while the walk is in it; the manifest
        of its pages (its own, else the nearest enclosing folder's up to the root) found then."""
        if self._folder is None or self._folder[0] != folder:
            self._folder = folder, frozenset(_listing(folder))
            self._folder_manifest = next(
                (found for up in self._folders(folder) if (found := self._manifest(up))), None
            )
        return self._folder

    def _folders(self, folder: Path) -> list[Path]:
        folders = []
        while True:
            folders.append(folder)
            if folder == self._root or folder == folder.parent or self._root not in folder.parents:
                return folders
            folder = folder.parent

    def manifest(self, path: Path) -> Manifest | None:
        """The manifest the file ``path`` is (:func:`manifest`), else None: parsed at the
        first asking while the walk is in its folder.  A file of another name is no manifest
        and is not kept: what this holds stays the manifests of the folders the walk is in,
        not every file of a dump (kept, each file's asking cost a pass over all the files
        asked before it: 5,000 text dumps in one folder took ~22 CPU s to read, ~0.6 s now)."""
        if path.name.lower() not in MANIFEST_NAMES:
            return None
        if path not in self._parsed:
            self._forget(path.parent)
            self._parsed[path] = manifest(path, self.limits)
        return self._parsed[path]

    def _manifest(self, folder: Path) -> Manifest | None:
        if folder not in self._manifests:
            self._forget(folder)
            names = {n.lower(): n for n in _listing(folder) if n.lower() in MANIFEST_NAMES}
            self._manifests[folder] = next(
                (
                    found
                    for lower in sorted(names)
                    if (found := self.manifest(folder / names[lower])) is not None
                ),
                None,
            )
        return self._manifests[folder]

    def _forget(self, folder: Path) -> None:
        """Drops the manifests of the folders the walk has left (those not ``folder`` nor
        above it): a finished folder is never met again."""
        inside = {folder, *folder.parents}
        for done in [f for f in self._manifests if f not in inside]:
            del self._manifests[done]
        for done in [p for p in self._parsed if p.parent not in inside]:
            del self._parsed[done]


def _listing(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def news_please_fetch(meta: Metadata) -> tuple[str | None, str | None]:
    """``(URL, fetch time)`` of news-please's record of a saved page (``meta.record_too``)."""
    obj = meta.fields or {}
    url = obj.get("url")
    try:
        fetched = fetch_time(obj)
    except BadField:  # a field of the wrong type: no fetch time
        fetched = None
    return (url.strip() or None) if isinstance(url, str) else None, fetched
