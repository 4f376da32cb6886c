"""Files on disk: walking folders in a fixed order and opening files with bounded reads.

:func:`walk` yields regular files (or rejections for what cannot be walked) in sorted order;
:func:`open_bounded` opens a file, decompressing ``.gz`` / ``.bz2`` / ``.xz`` / ``.zst`` and raising
:class:`~clipper.read.failures.TooLarge` past ``ReadLimits.max_decompressed_bytes`` (bytes).
"""

from __future__ import annotations

import bz2
import codecs
import errno
import gzip
import io
import lzma
import os
import stat
from collections.abc import Collection, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import BinaryIO, Protocol

from clipper.config import ReadLimits
from clipper.page import Rejection
from clipper.read.failures import TooLarge, mb, os_detail
from clipper.read.sniffing import SNIFF_BYTES, binary_kind, wide_codec

DRAIN_CHUNK = 64 * 1024


def walk(
    top: Path, seen: set[str], skip: Collection[str] = frozenset()
) -> Iterator[Path | Rejection]:
    """Regular files under ``top`` in sorted order, or Rejections for what cannot be walked.

    Hidden entries and the files an operating system leaves in folders are skipped
    (:func:`skipped_name`); the files in a saved page's resource folder are ``page-resource``
    rejections, not files to read (:func:`resource_folder_owner`).

    ``top`` is followed when it is a symbolic link; links met inside a folder are not (as
    ``find``, ``rsync`` and ``os.walk`` do by default): a link to ``/`` or to another crawl
    would read far beyond the dump.  Each is a ``symlink`` rejection naming its target, so the
    user can name the target on the command line.  Entries whose real path is in ``skip`` (the
    archive's own files, when it lives inside the dump) are left out without a word.
    An explicit stack instead of recursion: folder depth must not hit the recursion limit.
    ``seen`` holds real paths, so a path named twice is read once.
    """
    stack: list[tuple[Path, str | None]] = [(top, None)]
    while stack:
        path, owner = stack.pop()
        if path is not top and path.is_symlink():
            yield Rejection(str(path), "symlink", _link_detail(path))
            continue
        try:
            # stat follows symlinks: a dangling link or a link-to-itself fails here (ENOENT/ELOOP).
            mode = path.stat().st_mode
            real = os.path.realpath(path)
        except (OSError, ValueError) as exc:
            yield Rejection(str(path), "unreadable", os_detail(exc))
            continue
        if real in skip and path is not top:
            continue
        if real in seen:
            yield Rejection(str(path), "already-read", f"same as {real}, read once")
            continue
        seen.add(real)
        if stat.S_ISDIR(mode):
            try:
                names = sorted(entry.name for entry in os.scandir(path))
            except OSError as exc:
                yield Rejection(str(path), "unreadable", os_detail(exc))
                continue
            # Reversed onto the stack so they come off in sorted order.
            stack.extend(
                (path / name, owner or resource_folder_owner(name, names))
                for name in reversed(names)
                if not skipped_name(name)
            )
        elif stat.S_ISREG(mode) and owner is not None:
            yield Rejection(str(path), "page-resource", resource_detail(owner))
        elif stat.S_ISREG(mode):
            yield path
        else:
            # FIFOs and devices: opening a FIFO would block forever.
            yield Rejection(str(path), "unreadable", "not a regular file")


# What an operating system leaves in folders, never input: Windows Explorer's thumbnail caches
# and folder settings, macOS's Finder settings and custom-icon file.  Skipped like hidden
# entries (names starting with ".", which macOS's .DS_Store and ._* files already are).
OS_LITTER = frozenset({"thumbs.db", "ehthumbs.db", "ehthumbs_vista.db", "desktop.ini", "icon\r"})


def skipped_name(name: str) -> bool:
    """Whether a folder's entry ``name`` is skipped without a word: hidden (``.name``) or
    :data:`OS_LITTER`."""
    return name.startswith(".") or name.lower() in OS_LITTER


# A browser's "Save page as… (complete)" (Chrome, Edge, Firefox, Internet Explorer) and Word's
# "Save as Web Page" write a page as NAME.htm(l) and its resources (style sheets, scripts,
# images, its frames' documents as saved_resource.html, Word's filelist.xml and themedata.thmx)
# into NAME_files beside it; localized Windows and Office spell the folder in their language.
RESOURCE_FOLDER_SUFFIXES = (
    "_files", ".files", "-Dateien", "_fichiers", "_archivos", "_arquivos", "_ficheiros",
    "_bestanden", "-filer", "_filer", "_tiedostot", "_pliki", "_soubory",
)
SAVED_PAGE_SUFFIXES = (".htm", ".html", ".xhtml", ".shtml", ".mht", ".mhtml")


def resource_folder_owner(name: str, siblings: Collection[str]) -> str | None:
    """The saved page whose resource folder ``name`` is (``NAME_files`` beside ``NAME.htm``,
    :data:`RESOURCE_FOLDER_SUFFIXES`, :data:`SAVED_PAGE_SUFFIXES`): that page's name among
    ``siblings`` (the names in the same folder, any letter case), else None.  A folder so
    named without its page beside it is an ordinary folder."""
    lowered = name.lower()
    for suffix in RESOURCE_FOLDER_SUFFIXES:
        if lowered.endswith(suffix.lower()) and len(name) > len(suffix):
            stem = lowered[: -len(suffix)]
            for sibling in siblings:
                if sibling.lower() in {stem + ext for ext in SAVED_PAGE_SUFFIXES}:
                    return sibling
    return None


def resource_detail(owner: str) -> str:
    """The detail of a ``page-resource`` rejection of a file in ``owner``'s resource folder."""
    return (
        f"a resource of the saved page {owner} (its style sheets, scripts, images, frames): "
        "not a page"
    )


def _link_detail(path: Path) -> str:
    try:
        target = os.readlink(path)
    except OSError as exc:
        return f"a symbolic link ({os_detail(exc)}): not followed"
    return (
        f"a symbolic link to {target}: links inside a folder are not followed; "
        "name the target on the command line to read it"
    )


def missing(path: str) -> str | None:
    """Why ``path`` (named on the command line) cannot be read at all, or None when it
    exists: "does not exist"; "a symbolic link loop (a → b → a)" (the path, then each link's
    target as ``readlink`` gives it, until one repeats); "a symbolic link to T, which does not
    exist" (a dangling link).  ``os.path.exists`` is False for all three."""
    if os.path.exists(path):
        return None
    if not os.path.islink(path):
        return "does not exist"
    chain, seen, at = [path], {os.path.abspath(path)}, path
    while os.path.islink(at) and len(chain) < 40:  # the kernel's own limit on links followed
        try:
            target = os.readlink(at)
        except OSError:
            break
        chain.append(target)
        at = os.path.join(os.path.dirname(at), target)
        if os.path.abspath(at) in seen:
            return f"a symbolic link loop ({' → '.join(chain)})"
        seen.add(os.path.abspath(at))
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return f"a symbolic link loop ({' → '.join(chain)})"
    return f"a symbolic link to {chain[-1]}, which does not exist"


class Reader(Protocol):
    """What the line and page readers need of a file: plain files and GzipFile both fit."""

    def read(self, size: int = -1, /) -> bytes: ...

    def readline(self, size: int = -1, /) -> bytes: ...


class _BoundedReader:
    """A binary reader that raises TooLarge once more than ``limit`` bytes came out of it.

    Wraps a GzipFile so a gzip bomb is stopped after ``max_decompressed_bytes`` no matter how
    the caller reads (whole-page reads and line reads both go through here).
    """

    def __init__(self, inner: Reader, limit: int) -> None:
        self._inner = inner
        self._limit = limit
        self._count = 0

    def _count_out(self, data: bytes) -> bytes:
        self._count += len(data)
        if self._count > self._limit:
            raise TooLarge(f"decompresses to over {mb(self._limit)} (max_decompressed_bytes)")
        return data

    def read(self, size: int = -1) -> bytes:
        return self._count_out(self._inner.read(size))

    def readline(self, size: int = -1) -> bytes:
        return self._count_out(self._inner.readline(size))

    def read1(self, size: int = -1) -> bytes:
        """At most one read of the compressed file (what came out before damage is returned
        before the damage raises)."""
        return self._count_out(self._inner.read1(size))  # type: ignore[attr-defined]


# Compressed files read as what they hold: the suffix after the format's own extension.
COMPRESSIONS = (".gz", ".bz2", ".xz", ".zst")


def compression_of(path: Path) -> str | None:
    """The compression suffix of ``path`` (one of :data:`COMPRESSIONS`, lower-case) or None."""
    suffix = path.suffix.lower()
    return suffix if suffix in COMPRESSIONS else None


# How many first bytes tell a compression (:func:`compression_in`).
MAGIC_BYTES = 10


def compression_in(head: bytes) -> str | None:
    """The compression (a :data:`COMPRESSIONS` suffix) that ``head``, a file's first
    :data:`MAGIC_BYTES` bytes or more, opens with: gzip's ``1f 8b``, bzip2's ``BZh`` + a block
    size + a block or end-of-stream magic, xz's ``fd 37 7a 58 5a 00``, Zstandard's frame (or
    the skippable frame of a dictionary, :data:`_ZSTD_DICTIONARY_FRAME`); else None."""
    if head.startswith(b"\x1f\x8b"):
        return ".gz"
    if head.startswith(b"BZh") and head[3:4] in _BZIP2_LEVELS and head[4:10] in _BZIP2_BLOCKS:
        return ".bz2"
    if head.startswith(b"\xfd7zXZ\x00"):
        return ".xz"
    if head.startswith((_ZSTD_MAGIC, _ZSTD_DICTIONARY_FRAME)):
        return ".zst"
    return None


def compressed_file(path: Path) -> str | None:
    """:func:`compression_in` of the file at ``path``, or None when it cannot be read (its
    reader says why)."""
    try:
        with open(path, "rb") as f:
            return compression_in(f.read(MAGIC_BYTES))
    except OSError:
        return None


_BZIP2_LEVELS = frozenset(bytes([level]) for level in b"123456789")
_BZIP2_BLOCKS = (b"1AY&SY", b"\x17rE8P\x90")


@contextmanager
def open_bounded(path: Path, compressed: bool, limits: ReadLimits) -> Iterator[Reader]:
    """``path`` opened for binary reading; with ``compressed``, decompressed by what its first
    bytes show (:func:`compression_in`), else by its suffix, else as gzip (gzip, bzip2, xz
    through the standard library; Zstandard through ``zstandard``, with the dictionary a
    ``.warc.zst`` carries in its first frame) and bounded: reading past
    ``limits.max_decompressed_bytes`` raises :class:`~clipper.read.failures.TooLarge`, and
    damaged data raises ``EOFError`` (cut short) or another error while reading."""
    with open(path, "rb") as raw, ExitStack() as stack:
        if not compressed:
            yield raw
            return
        suffix = compression_in(raw.read(MAGIC_BYTES)) or compression_of(path) or ".gz"
        raw.seek(0)
        unpacked: Reader
        if suffix == ".bz2":
            unpacked = stack.enter_context(bz2.BZ2File(raw, mode="rb"))
        elif suffix == ".xz":
            unpacked = stack.enter_context(lzma.LZMAFile(raw, mode="rb"))
        elif suffix == ".zst":
            unpacked = stack.enter_context(_zstd_reader(raw))
        else:
            unpacked = stack.enter_context(gzip.GzipFile(fileobj=raw, mode="rb"))
        yield _BoundedReader(unpacked, limits.max_decompressed_bytes)


# A Zstandard skippable frame holding the dictionary of the frames after it (the WARC zstd
# convention of the IIPC, what Archive Team's wget-at writes); the dictionary may itself be
# Zstandard-compressed.
_ZSTD_DICTIONARY_FRAME = b"\x5d\x2a\x4d\x18"
_ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
_MAX_ZSTD_DICTIONARY = 16 * 1024 * 1024


def _zstd_reader(raw: BinaryIO) -> io.BufferedReader:
    import zstandard

    dictionary = None
    if raw.read(4) == _ZSTD_DICTIONARY_FRAME:
        size = int.from_bytes(raw.read(4), "little")
        if size > _MAX_ZSTD_DICTIONARY:
            raise TooLarge(f"a Zstandard dictionary of {mb(size)}")
        data = raw.read(size)
        if data.startswith(_ZSTD_MAGIC):
            data = zstandard.ZstdDecompressor().decompress(
                data, max_output_size=_MAX_ZSTD_DICTIONARY
            )
        dictionary = zstandard.ZstdCompressionDict(data)
    else:
        raw.seek(0)
    decompressor = zstandard.ZstdDecompressor(dict_data=dictionary)
    reader = decompressor.stream_reader(raw, read_across_frames=True)
    return io.BufferedReader(reader)


def sniff_records(path: Path, gz: bool, limits: ReadLimits) -> tuple[str | None, str | None]:
    """``(codec, binary)`` of a file of text records (JSON Lines, CSV, TSV), from its first
    :data:`~clipper.read.sniffing.SNIFF_BYTES` (decompressed with ``gz``).  ``codec``:
    ``"utf-16"`` (with a byte-order mark) / ``"utf-16-le"`` / ``"utf-16-be"`` for a UTF-16 file
    (what Windows PowerShell's ``>`` and ``Out-File`` write), the same for UTF-32
    (:func:`~clipper.read.sniffing.wide_codec`), else None (UTF-8).  ``binary``:
    what binary format the bytes are instead of text (:func:`~clipper.read.sniffing.binary_kind`:
    an image, an archive, random data), else None; the reader then gives one ``binary``
    rejection for the file, not one bad record for each line that random bytes happen to hold.
    """
    with open_bounded(path, gz, limits) as f:
        head = f.read(SNIFF_BYTES)
    codec = wide_codec(head)
    return codec, None if codec else binary_kind(head)


class Lines(Protocol):
    """What the JSON Lines reader needs of a file."""

    def readline(self, size: int = -1, /) -> bytes: ...


class Utf8Lines:
    """A UTF-16 file read as the UTF-8 lines JSON Lines readers expect.  Lines end at "\\n"
    only, as in UTF-8 JSON Lines (``codecs`` readers also split at U+2028, which JSON strings
    may hold as is); ``size`` counts characters."""

    def __init__(self, raw: Reader, codec: str) -> None:
        self._raw = raw
        self._decoder = codecs.getincrementaldecoder(codec)("replace")
        self._text = ""
        self._ended = False

    def readline(self, size: int = -1, /) -> bytes:
        while "\n" not in self._text and not self._ended and not 0 < size <= len(self._text):
            chunk = self._raw.read(DRAIN_CHUNK)
            self._text += self._decoder.decode(chunk, final=not chunk)
            self._ended = not chunk
        end = self._text.find("\n") + 1 or len(self._text)
        if size > 0:
            end = min(end, size)
        line, self._text = self._text[:end], self._text[end:]
        return line.encode("utf-8", "surrogatepass")
