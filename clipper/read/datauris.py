"""A saved page's inlined resources, dropped as the page is read: SingleFile (and a browser's or
a scraper's "single file" HTML) writes every image, font and style sheet into the page as a
base64 ``data:`` URI (``<img src="data:image/png;base64,iVBOR…">``, ``url(data:font/woff2;
base64,…)``), so a page of 40 KB of text weighs 5-50 MB.  None of it is text: the payloads are
left out while the file is read, a chunk at a time (:func:`read_slimmed`), so such a page is
read within ``max_page_bytes`` (and parsed in the time its text takes), not rejected
``too-large`` or parsed for minutes.  The URI's ``data:…;base64,`` prefix stays, so the markup
is what it was.  The page's raw hash is of the file's bytes as stored: a page read before is
known again.
"""

from __future__ import annotations

import hashlib
import re
from typing import Protocol

_CHUNK = 1 << 20
# "data:MEDIA/TYPE[;param=value]*;base64," (the prefix of an inlined binary resource).
_PREFIX = re.compile(
    rb"data:[\w.+-]{1,100}/[\w.+-]{1,100}(?:;[\w.+-]{1,100}=[\w.+\"-]{0,100}){0,8};base64,",
    re.IGNORECASE,
)
_PAYLOAD = re.compile(rb"[A-Za-z0-9+/=]*")
# Bytes kept back at a chunk's end when no prefix is open: a prefix cut by the chunk's end.
_TAIL = 512


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


def read_slimmed(f: _Readable, limit: int) -> tuple[bytes, str] | None:
    """``(bytes, raw hash)`` of the file ``f`` without its base64 ``data:`` URIs' payloads, and
    the BLAKE2b-128 of its bytes as stored (:func:`clipper.page.digest`'s); None when what is
    left is over ``limit`` bytes (read stops there).  Memory: the bytes kept and one chunk."""
    hashed = hashlib.blake2b(digest_size=16)
    kept = bytearray()
    pending = b""
    in_payload = False
    while chunk := f.read(_CHUNK):
        hashed.update(chunk)
        buffer, pending = pending + chunk, b""
        pos = 0
        while pos < len(buffer):
            if in_payload:
                pos = _PAYLOAD.match(buffer, pos).end()  # type: ignore[union-attr]
                if pos == len(buffer):
                    break  # the payload goes on in the next chunk
                in_payload = False
                continue
            found = _PREFIX.search(buffer, pos)
            if found is None:
                keep = max(pos, len(buffer) - _TAIL)
                kept += buffer[pos:keep]
                pending = buffer[keep:]
                break
            kept += buffer[pos : found.end()]
            pos, in_payload = found.end(), True
        if len(kept) > limit:
            return None
    kept += pending
    if len(kept) > limit:
        return None
    return bytes(kept), hashed.hexdigest()
