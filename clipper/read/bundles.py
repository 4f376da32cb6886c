"""Dumps shipped as one archive file: ``.zip`` and tar (``.tar``, ``.tar.gz``/``.tgz``,
``.tar.bz2``, ``.tar.xz``), read member by member with the standard library's :mod:`zipfile`
and :mod:`tarfile`; and a browser crawler's web archive, ``.wacz`` (Webrecorder's WACZ:
ArchiveWeb.page, Browsertrix), a zip whose ``archive/`` WARCs hold the pages, each read through
warcio as a ``.warc`` file is (its ``pages/pages.jsonl`` list, ``datapackage.json`` manifest and
``indexes/`` are the package's own files: ``crawl-file``, :func:`clipper.read.crawl_file`).

Each regular member is copied, one at a time, to a private temporary folder under its own base
name (so its extension picks its reader, as a file in a folder would) and read there; its pages
and rejections are known by ``ARCHIVE!MEMBER`` (``dump.zip!site/a.html``,
``dump.tar.gz!feed.jsonl:12``), whatever the temporary path was, so a re-run names them alike.
Members are taken in sorted name order (deterministic, as a folder's walk), hidden ones
(a part starting with "."), an operating system's ``Thumbs.db`` and ``desktop.ini`` and macOS's
``__MACOSX`` resource forks left out, and a saved page's resource folder's members counted
``page-resource``, as in a folder (:mod:`clipper.read.files`).  An archive whose member names
hold no ``/`` but ``\\`` (Windows PowerShell 5.1's ``Compress-Archive`` writes
``Noticias\\Nota_files\\style.css``) has its folders read at the backslashes, as unzip, 7-Zip
and Windows Explorer read them; a member is still known by its name as written.
A member is copied up to ``ReadLimits.max_decompressed_bytes`` (a zip bomb stops there:
``too-large``); an archive inside an archive is not opened (``unsupported-file``: unpack it);
a damaged archive is ``corrupt`` from the first member that cannot be read, the members before
it kept; a zip cut short (no central directory: a download or copy stopped) has its members
whose local entries are whole read, and is ``truncated`` (:func:`_cut_zip_members`).
"""

from __future__ import annotations

import io
import struct
import tarfile
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.failures import mb
from clipper.read.files import resource_detail, resource_folder_owner, skipped_name

# Names (lowercased) of the archive files read as bundles of files; the zips among them.
_ZIPS = (".zip", ".wacz")
BUNDLE_SUFFIXES = (*_ZIPS, ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")

_COPY_CHUNK = 1 << 20


def is_bundle(path: Path) -> bool:
    """Whether ``path`` names a zip (a WACZ too) or tar archive by its extension."""
    return path.name.lower().endswith(BUNDLE_SUFFIXES)


def bundle_members(
    path: Path, limits: ReadLimits
) -> Iterator[tuple[str, str, Path] | Rejection]:
    """``(member name as written, as a /-separated path, temporary copy)`` for each regular
    member of the archive at ``path``, in sorted name order, or the Rejection saying why a
    member (or the rest of the archive) cannot be read.  The copy exists until the next item
    is asked for; the folder goes at the end."""
    with tempfile.TemporaryDirectory(prefix="clipper-bundle-") as folder:
        try:
            if path.name.lower().endswith(_ZIPS):
                if _cut_zip(path):
                    yield from _cut_zip_members(path, Path(folder), limits)
                else:
                    yield from _zip_members(path, Path(folder), limits)
            else:
                yield from _tar_members(path, Path(folder), limits)
        except (zipfile.BadZipFile, tarfile.TarError, EOFError, OSError) as exc:
            yield Rejection(str(path), "corrupt", f"the archive cannot be read from here on: {exc}")


def _folders(names: list[str]) -> dict[str, str]:
    """Each of ``names`` (an archive's members) as a ``/``-separated path: a ``\\`` is a folder
    separator when no name holds a ``/`` (a Windows tool's archive), else a letter."""
    if any("/" in name for name in names) or not any("\\" in name for name in names):
        return {name: name for name in names}
    return {name: name.replace("\\", "/") for name in names}


def _wanted(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and not any(skipped_name(p) or p == "__MACOSX" for p in parts)


def _resources(path: Path, names: dict[str, str]) -> dict[str, Rejection]:
    """The members of ``names`` (as written → as paths: :func:`_folders`) in a saved page's
    resource folder (``NAME_files/`` beside ``NAME.htm``:
    :func:`~clipper.read.files.resource_folder_owner`), each as its ``page-resource``
    rejection, as in a folder."""
    beside: dict[PurePosixPath, set[str]] = {}
    for posix in names.values():
        parts = PurePosixPath(posix).parts
        for depth in range(len(parts)):
            beside.setdefault(PurePosixPath(*parts[:depth]), set()).add(parts[depth])
    found: dict[str, Rejection] = {}
    for name, posix in names.items():
        parts = PurePosixPath(posix).parts
        for depth in range(len(parts) - 1):
            parent = PurePosixPath(*parts[:depth])
            owner = resource_folder_owner(parts[depth], beside.get(parent, set()))
            if owner is not None:
                found[name] = Rejection(f"{path}!{name}", "page-resource", resource_detail(owner))
                break
    return found


def _zip_members(
    path: Path, folder: Path, limits: ReadLimits
) -> Iterator[tuple[str, str, Path] | Rejection]:
    with zipfile.ZipFile(path) as bundle:
        infos = sorted((i for i in bundle.infolist() if not i.is_dir()), key=lambda i: i.filename)
        names = _folders([i.filename for i in infos])
        resources = _resources(path, names)
        for info in infos:
            if not _wanted(names[info.filename]):
                continue
            if info.filename in resources:
                yield resources[info.filename]
                continue
            with bundle.open(info) as source:
                yield from _copied(path, info.filename, source, folder, limits, names)


# A zip member's local header (PKWARE's APPNOTE 4.3.7): signature, version, flags, method,
# time, date, CRC-32, compressed and uncompressed sizes, name and extra field lengths.
_LOCAL = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"
_STORED, _DEFLATED = 0, 8


def _cut_zip(path: Path) -> bool:
    """Whether ``path`` opens as a zip's first member but has no central directory: a zip cut
    short (a download or a copy stopped), whose whole members can still be read."""
    if zipfile.is_zipfile(path):
        return False
    with open(path, "rb") as f:
        return f.read(4) == _LOCAL_SIGNATURE


def _local_entries(path: Path) -> list[tuple[str, int, int, int, int]]:
    """``[(name, data offset, compressed size, method, CRC-32)…]``: the members whose local
    entry is whole, in file order, up to the first that is cut, encrypted or sized only by a
    data descriptor (unreadable without the central directory)."""
    entries: list[tuple[str, int, int, int, int]] = []
    size = path.stat().st_size
    with open(path, "rb") as f:
        while True:
            head = f.read(_LOCAL.size)
            if len(head) < _LOCAL.size or not head.startswith(_LOCAL_SIGNATURE):
                return entries  # the central directory, or the cut
            _, _, flags, method, _, _, crc, csize, _, nlen, xlen = _LOCAL.unpack(head)
            raw = f.read(nlen)
            start = f.tell() + xlen
            if flags & 0x9 or start + csize > size or len(raw) < nlen:
                return entries  # encrypted, sizes in a descriptor, or cut inside
            entries.append((raw.decode("utf-8" if flags & 0x800 else "cp437"), start, csize,
                            method, crc))  # fmt: skip
            f.seek(start + csize)


def _cut_zip_members(
    path: Path, folder: Path, limits: ReadLimits
) -> Iterator[tuple[str, str, Path] | Rejection]:
    """The whole members of a zip cut short (:func:`_cut_zip`), read by their local entries,
    then one ``truncated`` rejection saying where the file was cut and how many were read."""
    entries = _local_entries(path)
    entries = [e for e in entries if not e[0].endswith("/")]
    names = _folders(sorted(e[0] for e in entries))
    resources = _resources(path, names)
    with open(path, "rb") as f:
        for name, start, csize, method, crc in sorted(entries):
            if not _wanted(names[name]):
                continue
            if name in resources:
                yield resources[name]
                continue
            if csize > limits.max_decompressed_bytes:
                yield Rejection(f"{path}!{name}", "too-large",
                                f"member is over {mb(limits.max_decompressed_bytes)}")  # fmt: skip
                continue
            f.seek(start)
            data = f.read(csize)
            if method == _DEFLATED:
                inflate = zlib.decompressobj(-zlib.MAX_WBITS)
                data = inflate.decompress(data, limits.max_decompressed_bytes + 1)
                if len(data) > limits.max_decompressed_bytes:
                    over = mb(limits.max_decompressed_bytes)
                    yield Rejection(f"{path}!{name}", "too-large", f"member unpacks to over {over}")
                    continue
            elif method != _STORED:
                yield Rejection(f"{path}!{name}", "corrupt", f"compression method {method}")
                continue
            if zlib.crc32(data) != crc:
                yield Rejection(f"{path}!{name}", "corrupt", "member's data do not match its CRC")
                continue
            yield from _copied(path, name, io.BytesIO(data), folder, limits, names)
    yield Rejection(
        str(path),
        "truncated",
        f"zip cut short (no central directory) after {_whole_members(len(entries))}, which "
        "were read; the member it was cut inside, and any after it, are lost",
    )


def _whole_members(count: int) -> str:
    return f"{count} whole member" + ("" if count == 1 else "s")


def _tar_members(
    path: Path, folder: Path, limits: ReadLimits
) -> Iterator[tuple[str, str, Path] | Rejection]:
    with tarfile.open(path, "r:*") as bundle:
        members = sorted((m for m in bundle.getmembers() if m.isfile()), key=lambda m: m.name)
        names = _folders([m.name for m in members])
        resources = _resources(path, names)
        for member in members:
            if not _wanted(names[member.name]):
                continue
            if member.name in resources:
                yield resources[member.name]
                continue
            source = bundle.extractfile(member)
            if source is None:
                continue
            with source:
                yield from _copied(path, member.name, source, folder, limits, names)


def _copied(
    path: Path,
    name: str,
    source: IO[bytes],
    folder: Path,
    limits: ReadLimits,
    names: dict[str, str],
) -> Iterator[tuple[str, str, Path] | Rejection]:
    origin = f"{path}!{name}"
    base = PurePosixPath(names[name]).name
    if is_bundle(Path(base)):
        yield Rejection(origin, "unsupported-file", f"an archive inside an archive: unpack {base}")
        return
    copy = folder / base
    written = 0
    with open(copy, "wb") as out:
        while chunk := source.read(_COPY_CHUNK):
            written += len(chunk)
            if written > limits.max_decompressed_bytes:
                break
            out.write(chunk)
    if written > limits.max_decompressed_bytes:
        copy.unlink()
        yield Rejection(
            origin, "too-large", f"member unpacks to over {mb(limits.max_decompressed_bytes)}"
        )
        return
    try:
        yield name, names[name], copy
    finally:
        copy.unlink(missing_ok=True)
