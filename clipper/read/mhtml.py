"""MHTML files (``.mhtml`` / ``.mht``, ``.gz`` allowed): a page saved as one file by Chrome's
"Save as... Webpage, Single File", Edge, Internet Explorer or Opera, origin ``path``.

An MHTML file is a MIME ``multipart/related`` message (RFC 2557), parsed with the standard
library's :mod:`email`: its root part (the ``start`` parameter, else the first ``text/html``
part) is the page, decoded from its transfer encoding (quoted-printable, base64) and then with
its declared charset like any HTML page; the style sheets and images beside it are not read.
The page's URL is the ``Snapshot-Content-Location`` Blink writes (else the root part's
``Content-Location``), its fetch date the message's ``Date``.
"""

from __future__ import annotations

from collections.abc import Generator
from email.message import EmailMessage, Message
from pathlib import Path

from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection, digest
from clipper.read.declareddates import iso_or_none
from clipper.read.decoding import Undecodable
from clipper.read.failures import Event, mb
from clipper.read.mime import header, parse_message, part_html
from clipper.read.pages import read_single, read_whole
from clipper.read.provenance import absolute_url, declared_url, site_of
from clipper.read.sniffing import SNIFF_BYTES, looks_like_html, page_head


def read_mhtml(path: Path, gz: bool, limits: ReadLimits) -> Generator[Event, None, None]:
    """The page of an MHTML file, or the rejection saying why there is none: ``too-large`` (the
    file, images included, over ``limits.max_line_bytes``: it is parsed whole; or its page over
    ``max_page_bytes``), ``empty``, ``binary``, ``no-body`` (no HTML part).  A plain HTML page
    under an MHTML name is read as one."""
    origin = str(path)
    # parsed whole, images included: bounded by max_line_bytes, not max_page_bytes
    data = read_whole(path, gz, limits.max_line_bytes, "file", "MHTML", limits)
    if isinstance(data, Rejection):
        yield data
        return
    if looks_like_html(data[:SNIFF_BYTES]):
        yield from read_single(path, gz, "html", limits)  # a plain page under an MHTML name
        return
    message = parse_message(data)
    root = _root_part(message)
    body = root.get_payload(decode=True) if root is not None else None
    if root is None or not isinstance(body, bytes) or not body.strip():
        kind = message.get_content_type()
        yield Rejection(origin, "no-body", f"no HTML part in the MHTML file (it is {kind})")
        return
    if len(body) > limits.max_page_bytes:
        yield Rejection(origin, "too-large", f"page is over {mb(limits.max_page_bytes)}")
        return
    address = absolute_url(header(message, "Snapshot-Content-Location")) or absolute_url(
        header(root, "Content-Location")
    )
    url = declared_url(page_head(body), address) or address
    html = part_html(root, body)
    if isinstance(html, Undecodable):
        # no code page tried decodes it: said so, as of a saved page (newcomer 39, F6)
        yield Rejection(origin, "undecodable", html.detail)
        return
    yield RawPage(
        origin=origin,
        kind="html",
        body=html,
        url=url,
        fetched_at=iso_or_none(header(message, "Date")),
        site=site_of(None, url),
        raw_hash=digest(body),
    )


def _root_part(message: EmailMessage) -> Message | None:
    """The page: the part the ``start`` parameter names, else the first ``text/html`` part
    (a message that is not multipart is its own part)."""
    start = message.get_param("start")
    parts = list(message.walk())
    if isinstance(start, str) and start.strip():
        for part in parts:
            if (header(part, "Content-ID") or "").strip() == start.strip():
                return part
    for part in parts:
        if not part.is_multipart() and part.get_content_type() in (
            "text/html",
            "application/xhtml+xml",
        ):
            return part
    return None
