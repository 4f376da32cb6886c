"""E-mail newsletters saved as ``.eml`` files (a mail client's "Save as", an export of a
monitoring inbox), origin ``path``, or as the messages of an ``.mbox`` file, origin
``path:N``: each message parsed with the standard library's
:mod:`email` (``policy.default``, :mod:`clipper.read.mime`), read as a record
(:func:`clipper.read.fields.record_event`).

The page is its HTML part (else its plain-text part), its ``Subject`` the title, its ``Date``
the publication time, its site the sender's: the ``List-Id`` (RFC 2919) when it is a host of
the ``From`` address's publisher (``<name.substack.com>`` from ``name@substack.com``), else the
``From`` address's domain (a mailing service's ``List-Id`` names the service, not the
outlet).  An alert or digest listing other pages' articles (a Google Alert, a Talkwalker,
Mention or Meltwater digest, a site's daily newsletter of headlines) is no article: it is
rejected ``link-list``, naming the articles it lists (:mod:`clipper.read.digests`); a
newsletter carrying an article is that article.
"""

from __future__ import annotations

import contextlib
import mailbox
import re
import shutil
import tempfile
from collections.abc import Generator
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Any

from clipper import graphemes
from clipper.config import ReadLimits
from clipper.page import RawPage, Rejection, digest
from clipper.quoting import quoted
from clipper.read.coverletters import Cover, cover_letter, html_blocks, text_blocks
from clipper.read.decoding import Undecodable
from clipper.read.digests import describe, html_link_list, text_link_list
from clipper.read.failures import Event, mb
from clipper.read.fields import record_event
from clipper.read.files import open_bounded
from clipper.read.mime import header, parse_message, part_html
from clipper.read.pages import read_whole
from clipper.read.provenance import same_publisher

_LIST_ID = re.compile(r"<([^<>\s]+)>\s*$")


def read_eml(path: Path, gz: bool, limits: ReadLimits) -> Generator[Event, None, None]:
    """The page of an ``.eml`` file, or the rejection saying why there is none: ``too-large``
    (the file, attachments included, over ``max_line_bytes``: it is parsed whole), ``empty``,
    ``binary``, and what :func:`message_event` rejects."""
    data = read_whole(path, gz, limits.max_line_bytes, "file", "an e-mail", limits)
    yield data if isinstance(data, Rejection) else message_event(data, str(path), limits)


def read_mbox(path: Path, gz: bool, limits: ReadLimits) -> Generator[Event, None, None]:
    """The page of each message of an ``mbox`` file (a mail client's export of a folder,
    Thunderbird's and Google Takeout's ``.mbox``), origin ``path:N`` (the Nth message, from 1),
    read with the standard library's :class:`mailbox.mbox`; a compressed one is unpacked to a
    temporary file first (``max_decompressed_bytes``).  Each message as :func:`message_event`
    reads it, ``too-large`` when over ``max_line_bytes``; an mbox holding no message is
    ``empty``."""
    with contextlib.ExitStack() as stack:
        where = path
        if gz:
            copy = stack.enter_context(tempfile.NamedTemporaryFile(suffix=".mbox"))
            with open_bounded(path, gz, limits) as f:
                shutil.copyfileobj(f, copy)
            copy.flush()
            where = Path(copy.name)
        box = mailbox.mbox(where, create=False)
        stack.callback(box.close)
        n = 0
        for n, key in enumerate(box.iterkeys(), start=1):
            data = box.get_bytes(key)
            origin = f"{path}:{n}"
            if len(data) > limits.max_line_bytes:
                yield Rejection(origin, "too-large", f"message is over {mb(limits.max_line_bytes)}")
            else:
                yield message_event(data, origin, limits)
        if n == 0:
            yield Rejection(str(path), "empty", "an mbox holding no message")


def message_event(data: bytes, origin: str, limits: ReadLimits) -> Event:
    """The page of one e-mail ``data`` (the message as saved), or its rejection: ``no-body``
    (no HTML or text part), ``link-list`` (an alert or digest of links:
    :mod:`clipper.read.digests`), ``cover-note`` (a PR person's cover note whose release is
    attached or missing: :mod:`clipper.read.coverletters`), and what a record's reading
    rejects.  A release pasted under a cover note is the page, without the note, titled by
    its own headline."""
    message = parse_message(data)
    part = message.get_body(preferencelist=("html", "plain"))
    payload = part.get_payload(decode=True) if part is not None else None
    if part is None or not isinstance(payload, bytes) or not payload.strip():
        kind = message.get_content_type()
        return Rejection(origin, "no-body", f"no HTML or text part in the e-mail (it is {kind})")
    subject = header(message, "Subject")
    if part.get_content_type() == "text/html":
        html = part_html(part, payload)
        if isinstance(html, Undecodable):
            # no code page tried decodes it: said so, as of a saved page (newcomer 39, F6)
            return Rejection(origin, "undecodable", html.detail)
        body = html if isinstance(html, str) else html.decode("utf-8", "replace")
        listed = html_link_list(body)
    else:
        body = str(part.get_content())
        listed = text_link_list(body)
    if listed is not None:
        shown = graphemes.cut(subject, 80) if subject else None
        where = f"an alert or digest e-mail ({quoted(shown)})" if shown else "an e-mail"
        return Rejection(origin, "link-list", describe(listed, where))
    plain = message.get_body(preferencelist=("plain",))
    cover = cover_letter(
        text_blocks(str(plain.get_content())) if plain is not None else html_blocks(body)
    )
    if cover is not None and cover.release is None:
        return Rejection(origin, "cover-note", _cover_detail(message, cover))
    record: dict[str, Any] = {
        "title": subject,
        "published": header(message, "Date"),
        "site": sender_site(message),
    }
    if cover is not None:  # the release pasted under a cover note, without it
        record["title"] = cover.headline or subject
        record["text"] = cover.release
    else:
        record["html" if part.get_content_type() == "text/html" else "text"] = body
    event = record_event({k: v for k, v in record.items() if v}, origin, limits)
    if isinstance(event, RawPage):
        event.raw_hash = digest(data)  # the message as saved, not the record made of it
    return event


def _cover_detail(message: EmailMessage, cover: Cover) -> str:
    """ "a PR cover note, not an article ('Dear Editor,'): its release is attached
    (release.pdf)", or "…: it holds no release"."""
    files = [name for part in message.iter_attachments() if (name := part.get_filename())]
    said = f"a PR cover note, not an article ({quoted(graphemes.cut(cover.note, 60))})"
    if files:
        return f"{said}: its release is attached ({', '.join(files[:5])})"
    return f"{said}: it holds no release"


def sender_site(message: EmailMessage) -> str | None:
    """The site a newsletter is filed under: its ``List-Id`` host when on the ``From``
    address's publisher's domain, else that domain, else the ``List-Id``; None without
    either."""
    domain = parseaddr(header(message, "From") or "")[1].rpartition("@")[2].lower() or None
    found = _LIST_ID.search(header(message, "List-Id") or "")
    list_host = found.group(1).lower() if found else None
    if list_host and domain and same_publisher(f"https://{list_host}/", f"https://{domain}/"):
        return list_host
    return domain or list_host
